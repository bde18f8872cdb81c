"""GUI fixtures: a real encrypted store, the real session and main window, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.store.store import Store
from fieldapp.ui.app import install_translation
from fieldapp.ui.main_thread_gc import MainThreadCollector
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication
from fieldapp.ui.session import Session
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Each test starts in English, as the app does by default (its plural forms come from
    fieldapp_en.qm), and leaves English behind whatever it switched to."""
    install_translation(qapp, "en")
    yield
    install_translation(qapp, "en")


@pytest.fixture(autouse=True)
def collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (`fieldapp.ui.app.run`): cycles are collected on this thread only,
    never by the store's worker or the figures warmer, which would destroy widgets from the
    wrong thread (a crashed test worker). Torn down last: what the test left is collected here."""
    collector = MainThreadCollector(parent=qapp).start()
    yield
    collector.stop()
    collector.deleteLater()


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    window.unlock_view.passphrase.setText(passphrase)
    window.unlock_view.button.click()
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)


@pytest.fixture
def session(qtbot: QtBot, tmp_path: Path) -> Iterator[Session]:
    session = Session(tmp_path / "data", kdf=FAST_KDF)
    yield session
    session.shutdown()


@pytest.fixture
def window(qtbot: QtBot, session: Session) -> MainWindow:
    """The main window over a fresh store, unlocked."""
    store, _ = Store.create(
        session.data.root,
        passphrase=PASSPHRASE,
        office_name="Programme Office Rabat",
        country="MAR",
        kdf=FAST_KDF,
    )
    store.close()
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
    window.show()
    unlock(qtbot, window)
    return window


def wait_idle(qtbot: QtBot, session: Session) -> None:
    qtbot.waitUntil(session.worker.idle, timeout=10_000)
