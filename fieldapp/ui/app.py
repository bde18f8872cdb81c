"""The desktop app's entry point.

For now a real window that says where the store is and what to do; the full app (wizard,
unlock, events, people, dashboard) is built by the desktop-app issue.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fieldapp.store.layout import DataDir
from fieldapp.ui.qt import QApplication, QLabel, QMainWindow, Qt, QVBoxLayout, QWidget


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Field Office Data Collection"))
        has_store = DataDir(data_dir).exists()
        if has_store:
            message = self.tr("An encrypted store is ready in:\n{0}").format(data_dir)
        else:
            message = self.tr(
                "No store yet in:\n{0}\n\nCreate one with:\n"
                "fieldapp init --office NAME --country ISO3"
            ).format(data_dir)
        title = QLabel(self.tr("Field Office Data Collection"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        body = QLabel(message)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setAccessibleName(self.tr("Store status"))
        layout = QVBoxLayout()
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(640, 360)


def run(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("fieldapp")
    window = MainWindow(data_dir)
    window.show()
    return int(app.exec())
