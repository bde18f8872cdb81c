"""The Qt binding itself must not corrupt Python: PySide6 6.12.0 drops a reference to None on
every void call under Python 3.11, and the app then aborts after a few thousand calls."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from fieldapp.ui.qt import QApplication, QLabel


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        app.processEvents()
    assert sys.getrefcount(None) > before - 200  # a leak would show as -4,000
