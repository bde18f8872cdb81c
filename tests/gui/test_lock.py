"""Auto-lock after idle: the database is closed, and typed text survives the unlock."""

from __future__ import annotations

import itertools
import json
import time

from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QTimer
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_idle


def test_idle_lock_closes_the_store_and_keeps_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    window.nav.setCurrentRow(1)
    window.events.new_event()
    editor = window.events.editor
    qtbot.keyClicks(editor.title, "Half-typed workshop title")
    editor.narrative.setPlainText("Notes taken during the opening session.")
    session.idle_timer.setInterval(300)  # the setting is in minutes; shortened for the test
    session.idle_timer.start()
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=5_000)
    wait_idle(qtbot, session)
    assert session.worker.store is None  # connection closed, key dropped
    assert window.stack.currentWidget() is window.unlock_view
    window.unlock_view.passphrase.setText("not the passphrase")
    window.unlock_view.button.click()
    qtbot.waitUntil(lambda: "not correct" in window.unlock_view.message.text(), timeout=5_000)
    assert not window.unlock_view.button.isEnabled()  # the growing delay
    qtbot.waitUntil(window.unlock_view.button.isEnabled, timeout=5_000)
    unlock(qtbot, window, PASSPHRASE)
    assert window.stack.currentWidget() is not window.unlock_view
    assert window.events.stack.currentWidget() is editor
    assert editor.title.text() == "Half-typed workshop title"
    assert editor.narrative.toPlainText() == "Notes taken during the opening session."


def test_lock_button(qtbot: QtBot, window: MainWindow) -> None:
    window.lock_button.click()
    assert not window.session.is_unlocked
    assert window.office.text() == "Locked"


def test_a_wait_owed_after_failures_elsewhere_does_not_freeze_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Wrong passphrases typed in another process (or before a restart) are owed here too;
    the wait is slept on the worker while the window keeps painting."""
    window.lock_button.click()
    wait_idle(qtbot, window.session)
    counter = window.session.data.unlock_failures
    counter.write_text(json.dumps({"count": 2, "last_failure": time.time()}), encoding="ascii")
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    start = time.monotonic()
    unlock(qtbot, window, PASSPHRASE)
    elapsed = time.monotonic() - start
    timer.stop()
    assert elapsed >= 1.8, "the 2 s owed were waited"
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 20 and max(gaps) < 0.5, "the UI thread never stopped for the wait"
    assert not counter.exists()
