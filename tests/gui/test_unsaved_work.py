"""Typed work is never thrown away without a word (issue 13, item 2): leaving an event that was
changed, by its Close button or by the window's X, asks whether to save, discard or stay; an
unchanged event closes at once."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication, QMessageBox, QPushButton, QTimer
from tests.gui.conftest import wait_idle

Button = QMessageBox.StandardButton


def answer(qtbot: QtBot, button: Button, seen: list[str]) -> None:
    """When the next question box shows, note its text and press ``button`` in it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)


def close_button(window: MainWindow) -> QPushButton:
    found = window.events.editor.findChild(QPushButton, "close_event")
    assert found is not None
    return found


def events_saved(qtbot: QtBot, window: MainWindow) -> int:
    wait_idle(qtbot, window.session)
    window.events.apply_filter()
    wait_idle(qtbot, window.session)
    return int(window.events.model.total)


def start_typing(window: MainWindow, title: str) -> Callable[[], bool]:
    window.nav.setCurrentRow(1)
    window.events.new_event()
    window.events.editor.title.setText(title)
    return lambda: window.events.stack.currentIndex() == 1  # the editor is still shown


def test_close_asks_and_cancel_keeps_the_typed_text(qtbot: QtBot, window: MainWindow) -> None:
    editing = start_typing(window, "Workshop in Amman")
    seen: list[str] = []
    answer(qtbot, Button.Cancel, seen)
    close_button(window).click()
    assert seen == ["Save the changes to “Workshop in Amman”?"]
    assert editing() and window.events.editor.title.text() == "Workshop in Amman"

    answer(qtbot, Button.Discard, seen)
    close_button(window).click()
    assert not editing()
    assert events_saved(qtbot, window) == 0


def test_close_then_save_writes_the_event(qtbot: QtBot, window: MainWindow) -> None:
    start_typing(window, "Table-top exercise, Tunis")
    seen: list[str] = []
    answer(qtbot, Button.Save, seen)
    close_button(window).click()
    qtbot.waitUntil(lambda: window.events.stack.currentIndex() == 0, timeout=5_000)
    assert events_saved(qtbot, window) == 1


def test_the_window_s_x_asks_too(qtbot: QtBot, window: MainWindow) -> None:
    editing = start_typing(window, "Expert meeting")
    seen: list[str] = []
    answer(qtbot, Button.Cancel, seen)
    assert window.close() is False  # the user chose to stay
    assert window.isVisible() and editing() and seen

    answer(qtbot, Button.Discard, seen)
    assert window.close() is True


def test_an_unchanged_event_closes_without_a_question(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(1)
    window.events.new_event()
    close_button(window).click()  # a question box here would block the test
    assert window.events.stack.currentIndex() == 0
    assert window.close() is True
