"""The Settings screen. Reports is `fieldapp.ui.reports_page`, Sync `fieldapp.ui.sync_page`."""

from __future__ import annotations

from fieldapp.store.app_settings import LANGUAGES
from fieldapp.ui.qt import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from fieldapp.ui.session import Session


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
        save.setObjectName("save_settings")
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
