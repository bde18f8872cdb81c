"""Settings › Files with names: the log of every PDF or export written here that carries
people's names (`fieldapp.store.output_log`), newest first: when, who, what, about what, how
many people. Read again whenever the screen is shown, so a file written a moment ago is there.
"""

from __future__ import annotations

from typing import Any

from fieldapp.store.output_log import SHOWN, LoggedOutput, output_count, outputs
from fieldapp.ui import labels
from fieldapp.ui.qt import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)
from fieldapp.ui.session import Session


class OutputLogBox(QGroupBox):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("Files with names"))
        self.setObjectName("output_log_box")
        explain = QLabel(
            self.tr(
                "Every PDF or export that carries people's names is recorded here and reported "
                "to HQ (how many people, not who): a person can ask which files included them."
            )
        )
        explain.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("output_log_count")
        self.count.setWordWrap(True)
        headers = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("About"),
            self.tr("People"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("output_log")
        self.table.setAccessibleName(self.tr("Files with names"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.count)
        layout.addWidget(self.table)
        session.unlocked.connect(self.refresh)
        self._show([0, []])

    def kind(self, kind: str) -> str:
        """The kinds of `privacy.OUTPUT_KINDS`, as the interface says them."""
        return {
            "event summary with names": self.tr("Event summary with names"),
            "sign-in sheet": self.tr("Sign-in sheet"),
            "certificates": self.tr("Certificates"),
            "people export": self.tr("People export"),
            "subject access report": self.tr("Subject access report"),
        }.get(kind, kind)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self, _why: object = None) -> None:
        if self.session.is_unlocked:
            self.session.read(_read, self._show)

    def _show(self, result: Any) -> None:
        total, rows = result
        self.table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            cells = [
                labels.minute(entry.at),
                entry.recorded_by or "—",
                self.kind(entry.kind),
                entry.subject,
                labels.number(entry.people),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.setVisible(bool(rows))
        if not total:
            self.count.setText(self.tr("No file with names has been written on this computer."))
        elif total > len(rows):
            self.count.setText(
                self.tr("{0} files with names written here; the latest {1} are listed.").format(
                    labels.number(total), labels.number(len(rows))
                )
            )
        else:
            self.count.setText(
                self.tr("%Ln file(s) with names written here, newest first.", "", total)
            )


def _read(conn: Any) -> tuple[int, list[LoggedOutput]]:
    return output_count(conn), outputs(conn, SHOWN)
