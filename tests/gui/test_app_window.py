"""The placeholder window opens and tells the user where the store is and what to do."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.store.store import Store
from fieldapp.ui.app import MainWindow
from fieldapp.ui.qt import QLabel


def texts(window: MainWindow) -> str:
    return "\n".join(label.text() for label in window.findChildren(QLabel))


def test_window_without_a_store_says_how_to_make_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "nothing")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Field Office Data Collection"
    assert "fieldapp init --office NAME --country ISO3" in texts(window)


def test_window_with_a_store(qtbot: QtBot, store: Store, store_dir: Path) -> None:
    window = MainWindow(store_dir)
    qtbot.addWidget(window)
    window.show()
    assert "An encrypted store is ready" in texts(window)
    assert str(store_dir) in texts(window)
