"""The event form keeps what was typed and stays still (issue 13, items 5, 6 and 11): a figure
out of its range is refused with a message, never cut; a date typed over another is the date
typed; the end date follows the start; no problem before a field is left; fields never move
as messages come and go; the form's Save and Close fit a 1024x600 window."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from fieldapp.ui.event_editor import EventEditor
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QDate, QLabel, QLineEdit, QPoint, QPushButton, Qt, QWidget
from tests.gui.conftest import wait_idle


def editor_of(window: MainWindow) -> EventEditor:
    window.nav.setCurrentRow(1)
    window.events.new_event()
    return window.events.editor


def child(root: QWidget, kind: type, name: str) -> QWidget:
    found = root.findChild(kind, name)
    assert found is not None, name
    return found


def type_over(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds, type ``text`` over it and leave the field with Tab."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def problem_text(editor: EventEditor, field: str) -> str:
    line = child(editor, QLabel, f"{field}_problem")
    return line.text() if line.isVisibleTo(editor) else ""


def test_a_count_beyond_its_range_is_refused_not_cut(qtbot: QtBot, window: MainWindow) -> None:
    editor = editor_of(window)
    total = child(editor, QLineEdit, "head_count_total")
    scale = child(editor, QLabel, "head_count_total_scale").text()
    assert "0–100" in scale and "empty: not stated" in scale
    type_over(qtbot, total, "150000")
    assert total.text() == "150000"  # a spin box kept 15000 of it
    assert problem_text(editor, "head_count_total") == (
        "is more people than one event holds (at most 100000)."
    )
    type_over(qtbot, total, "twelve")
    assert problem_text(editor, "head_count_total") == "is not a whole number."
    type_over(qtbot, total, "120")
    assert problem_text(editor, "head_count_total") == ""
    assert editor.values()["head_count_total"] == "120"


def test_typing_over_a_date_gives_the_date_typed(qtbot: QtBot, window: MainWindow) -> None:
    editor = editor_of(window)
    editor.start.setDate(QDate(2026, 2, 15))
    editor.end.setDate(QDate(2026, 2, 15))
    start = child(editor, QLineEdit, "start_date_text")
    for typed, meant in (
        ("31 Mar 2026", date(2026, 3, 31)),
        ("5 dec 2026", date(2026, 12, 5)),
        ("12/11/2026", date(2026, 11, 12)),
        ("2027-01-30", date(2027, 1, 30)),
    ):
        type_over(qtbot, start, typed)
        assert editor.values()["start_date"] == meant, typed
    type_over(qtbot, start, "31 Feb 2026")
    assert problem_text(editor, "start_date") == "is not a date: type it like 10 Nov 2026."
    assert start.text() == "31 Feb 2026"  # kept as typed, to be corrected


def test_the_end_date_follows_the_start_and_never_precedes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = editor_of(window)
    editor.title.setText("Workshop in Amman")
    editor.start.setDate(QDate(2026, 11, 10))
    editor.end.setDate(QDate(2026, 11, 12))  # three days
    type_over(qtbot, child(editor, QLineEdit, "start_date_text"), "20 Nov 2026")
    assert editor.values()["end_date"] == date(2026, 11, 22)
    type_over(qtbot, child(editor, QLineEdit, "end_date_text"), "5 Nov 2026")
    assert "before the start date (20 Nov 2026)" in problem_text(editor, "end_date")
    editor.save()
    wait_idle(qtbot, window.session)
    assert window.events.stack.currentWidget() is editor  # not saved


def test_no_problem_shows_before_a_field_is_left_or_save_pressed(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = editor_of(window)
    assert [f for f in editor.errors if problem_text(editor, f)] == []
    reason = child(editor, QLabel, "event_reason")
    assert reason.text() == ""
    child(editor, QPushButton, "save_event").click()  # Save with an empty title
    assert problem_text(editor, "title") == "is required."
    assert reason.text() == "Cannot save yet — Title: is required."
    assert window.focusWidget() is editor.title  # the cursor is put where the problem is
    qtbot.keyClicks(editor.title, "Border security workshop")
    assert problem_text(editor, "title") == ""


def test_fields_do_not_move_as_messages_come_and_go(qtbot: QtBot, window: MainWindow) -> None:
    editor = editor_of(window)
    editor.resize(1000, 900)

    def places() -> dict[str, QPoint]:
        qtbot.wait(1)  # let the layouts settle
        form = editor.details.widget()  # where the fields sit (the user may scroll it)
        return {key: w.mapTo(form, QPoint(0, 0)) for key, w in editor.fields.items()}

    before = places()
    child(editor, QPushButton, "save_event").click()  # every problem shown
    type_over(qtbot, child(editor, QLineEdit, "head_count_total"), "-5")
    type_over(qtbot, child(editor, QLineEdit, "end_date_text"), "1 Jan 2000")
    editor.narrative.setPlainText("x" * 20_001)
    assert problem_text(editor, "title") and problem_text(editor, "end_date")
    assert places() == before
    editor.title.setText("Table-top exercise with a very long title " * 5)
    type_over(qtbot, child(editor, QLineEdit, "head_count_total"), "12")
    editor.end.setDate(editor.start.date())
    editor.narrative.setPlainText("Went well.")
    assert [f for f in editor.errors if problem_text(editor, f)] == []
    assert places() == before


def test_save_and_close_fit_a_1024x600_window(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 600)
    editor = editor_of(window)
    editor.title.setText("Workshop")
    screen = window.rect()
    assert screen.width() <= 1024 and screen.height() <= 600
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        qtbot.wait(1)
        for name in ("save_event", "close_event"):
            button = child(editor, QPushButton, name)
            place = button.rect().translated(button.mapTo(window, QPoint(0, 0)))
            assert screen.contains(place), (editor.tabs.tabText(tab), name, place)
            assert not button.visibleRegion().isEmpty()
    window.discard_typed_work()
