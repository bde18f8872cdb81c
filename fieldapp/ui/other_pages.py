"""The Reports and Settings screens.

Reports gets its full content (PDFs) from its own issue; until then it gives the period's
figures as text to copy. The Sync screen is `fieldapp.ui.sync_page`.
"""

from __future__ import annotations

from fieldapp.domain.indicators import compute_indicators
from fieldapp.reports.stats_text import render
from fieldapp.store.app_settings import LANGUAGES
from fieldapp.store.tables import INDICATOR_TABLES
from fieldapp.ui.period_picker import PeriodPicker
from fieldapp.ui.qt import (
    QApplication,
    QComboBox,
    QFont,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.session import Session


class ReportsPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.period = PeriodPicker()
        make = QPushButton(self.tr("Show the figures"))
        make.clicked.connect(self.refresh)
        self.text = QPlainTextEdit()
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.text.toPlainText()))
        self.text.setReadOnly(True)
        self.text.setFont(QFont("monospace"))
        self.text.setAccessibleName(self.tr("Figures for the period"))
        self.text.setPlaceholderText(
            self.tr(
                "Choose a period and press “Show the figures”. PDF reports come with the reports update."
            )
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period)
        top.addWidget(make)
        top.addWidget(copy)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)

    def refresh(self) -> None:
        period = self.period.period()
        office = self.session.identity.office_name if self.session.identity else ""
        self.session.read(
            lambda conn: render(compute_indicators(conn, INDICATOR_TABLES, period), office, period),
            self.text.setPlainText,
        )


class SettingsPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        s = session.settings
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(s.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after idle"))
        self.hq = QLineEdit(s.hq_address)
        self.hq.setPlaceholderText("https://hq.example.org")
        self.hq.setAccessibleName(self.tr("HQ address"))
        self.message = QLabel()
        save = QPushButton(self.tr("Save settings"))
        save.clicked.connect(self.save)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock after idle"), self.auto_lock)
        form.addRow(self.tr("HQ address"), self.hq)
        form.addRow(self.message, save)

    def save(self) -> None:
        s = self.session.settings
        language_changed = s.language != self.language.currentData()
        s.language = self.language.currentData()
        s.auto_lock_minutes = self.auto_lock.value()
        s.hq_address = self.hq.text().strip()
        self.session.save_settings()
        self.message.setText(
            self.tr("Saved. The language changes when the app is next opened.")
            if language_changed
            else self.tr("Saved.")
        )
