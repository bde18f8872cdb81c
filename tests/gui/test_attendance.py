"""An event's participant list as a field officer uses it (issue 13, items 2, 4 and 11, per-day
attendance, pasted names): one table (no widget per cell) where Tab moves between cells, a
tick per day, a quick add that finds the person already registered and writes nobody until
the event is saved, and pasted names previewed before anything is added."""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.event_drafts import load_event
from fieldapp.store.queries import list_people
from fieldapp.store.repository import ATTENDANCE, EVENT
from fieldapp.ui.attendance_tab import AttendanceTab
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import (
    QDate,
    QGroupBox,
    QListWidget,
    QPushButton,
    Qt,
    QTableView,
)
from tests.gui.conftest import wait_idle
from tests.gui.test_unsaved_work import Button, answer, close_button

CHECK = Qt.ItemDataRole.CheckStateRole


def run(qtbot: QtBot, window: MainWindow, fn: Any) -> Any:
    """What ``fn(connection)`` reads from the store, through the session's worker."""
    got: list[Any] = []
    window.session.read(fn, got.append, lambda e: got.append(e))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert not isinstance(got[0], BaseException), got[0]
    return got[0]


def write(qtbot: QtBot, window: MainWindow, fn: Any) -> Any:
    got: list[Any] = []
    window.session.write("participant", fn, got.append, lambda e: got.append(e))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert not isinstance(got[0], BaseException), got[0]
    return got[0]


def new_event(window: MainWindow, title: str, start: date, end: date) -> AttendanceTab:
    window.nav.setCurrentRow(1)
    window.events.new_event()
    editor = window.events.editor
    editor.title.setText(title)
    editor.start.setDate(QDate(start.year, start.month, start.day))
    editor.end.setDate(QDate(end.year, end.month, end.day))
    editor.tabs.setCurrentIndex(1)
    return editor.attendance


def table_of(tab: AttendanceTab) -> QTableView:
    table = tab.findChild(QTableView, "attendance_table")
    assert table is not None
    return table


def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_list_is_one_table_where_tab_moves_between_cells(
    qtbot: QtBot, window: MainWindow, qtmodeltester: Any
) -> None:
    tab = new_event(window, "Workshop", date(2026, 3, 10), date(2026, 3, 10))
    for n, name in enumerate(("Amina El Amrani", "محمد العلي", "Иван Петров")):
        tab.add_person(f"p-{n}", name, "Ministry of Interior")
    table = table_of(tab)
    qtmodeltester.check(table.model())
    assert headers(table)[:4] == ["Name", "Organization", "Role", "Days"]
    model = table.model()
    assert model.index(1, 0).data() == "محمد العلي"
    assert model.index(1, 1).data() == "Ministry of Interior"
    assert all(table.indexWidget(model.index(0, c)) is None for c in range(model.columnCount()))
    role = headers(table).index("Role")
    table.setFocus()
    table.setCurrentIndex(model.index(0, role))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == role + 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == role + 2

    table.selectRow(1)
    remove = tab.findChild(QPushButton, "remove_attendee")
    assert remove is not None
    remove.click()
    assert [line.full_name for line in tab.lines] == ["Amina El Amrani", "Иван Петров"]


def test_a_three_day_event_has_a_tick_per_day_and_days_follow_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    person = write(
        qtbot, window, lambda repo: repo.add_participant(ParticipantBase(full_name="Leïla Haddad"))
    )
    tab = new_event(window, "Three days in Amman", date(2026, 3, 10), date(2026, 3, 12))
    tab.add_person(person, "Leïla Haddad")
    table = table_of(tab)
    model = table.model()
    names = headers(table)
    assert [h for h in names if h.startswith("Day ")] == ["Day 1", "Day 2", "Day 3"]
    day2 = names.index("Day 2")
    tip = model.headerData(day2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "11" in tip and "2026" in tip
    days = names.index("Days")
    assert model.index(0, days).data() == "3"  # everybody came every day until unticked
    assert not model.flags(model.index(0, days)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, day2), Qt.CheckState.Unchecked.value, CHECK)
    assert model.index(0, days).data() == "2"

    editor = window.events.editor
    assert editor.save_button.isEnabled(), editor.reason.text()
    editor.save_button.click()
    qtbot.waitUntil(lambda: window.events.stack.currentIndex() == 0, timeout=10_000)
    event_id = editor.draft.id
    draft = run(qtbot, window, lambda conn: load_event(conn, event_id))
    [line] = draft.attendance
    assert (line.values["days_present"], line.values["days_attended"]) == ("101", 2.0)

    # Shortened to two days: the third day's tick goes, and the tab says so.
    editor.fill(draft)
    editor.tabs.setCurrentIndex(1)
    editor.end.setDate(QDate(2026, 3, 11))
    assert [h for h in headers(table) if h.startswith("Day ")] == ["Day 1", "Day 2"]
    assert editor.attendance.lines[0].values["days_present"] == "10"
    assert "2 day(s)" in editor.attendance.days_note.text()
    editor.end.setDate(QDate(2026, 3, 12))  # lengthened again before saving: the tick is back
    assert editor.attendance.lines[0].values["days_present"] == "101"
    editor.forget_changes()


def test_quick_add_finds_the_person_already_registered(qtbot: QtBot, window: MainWindow) -> None:
    twins = [
        ParticipantBase(
            full_name="Adil Alaoui",
            organization="Counter-Terrorism Unit",
            sex="male",
            birth_year=year,
        )
        for year in (1979, 1991)
    ]
    ids = write(qtbot, window, lambda repo: repo.add_participants(twins))
    tab = new_event(window, "Workshop", date(2026, 3, 10), date(2026, 3, 10))
    assert tab.q_sex.currentData() is None  # no default sex
    tab.q_name.setText("adil  ALAOUI")
    tab.q_org.setText("counter-terrorism unit")
    qtbot.keyClick(tab.q_name, Qt.Key.Key_Return)  # Enter adds...
    assert "Sex" in tab.q_message.text()  # ...once a sex is chosen
    assert tab.lines == []
    tab.q_sex.setCurrentIndex(tab.q_sex.findData("male"))
    qtbot.keyClick(tab.q_name, Qt.Key.Key_Return)
    panel = tab.findChild(QGroupBox, "likely_duplicates")
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    found = tab.findChild(QListWidget, "duplicate_people")
    assert found is not None
    shown = [found.item(i).text() for i in range(found.count())]
    assert len(shown) == 2 and all("Counter-Terrorism Unit" in s for s in shown)
    assert {"born 1979", "born 1991"} == {p for s in shown for p in s.split(" · ") if "born" in p}
    found.setCurrentRow(next(i for i, s in enumerate(shown) if "1991" in s))
    use = tab.findChild(QPushButton, "use_this_person")
    assert use is not None
    use.click()
    assert [(line.participant_id, line.new_person) for line in tab.lines] == [(ids[1], None)]
    assert not panel.isVisible()
    window.events.editor.forget_changes()


def test_quick_add_form_consent_date_only_when_ticked(qtbot: QtBot, window: MainWindow) -> None:
    tab = new_event(window, "Workshop", date(2026, 3, 10), date(2026, 3, 10))
    form = tab.quick
    assert form.q_consent_date.text().strip() == ""
    form.q_consent.setChecked(True)
    assert form.q_consent_date.date() == QDate.currentDate()
    form.q_consent.setChecked(False)
    assert form.q_consent_date.text().strip() == ""


def test_a_person_quick_added_to_a_discarded_event_is_not_in_the_registry(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = new_event(window, "Never saved", date(2026, 3, 10), date(2026, 3, 10))
    tab.q_name.setText("Zaynab Qasimi")
    tab.q_sex.setCurrentIndex(tab.q_sex.findData("female"))
    tab.quick.q_add.click()
    qtbot.waitUntil(lambda: len(tab.lines) == 1, timeout=5_000)
    wait_idle(qtbot, window.session)
    seen: list[str] = []
    answer(qtbot, Button.Discard, seen)
    close_button(window).click()
    qtbot.waitUntil(lambda: window.events.stack.currentIndex() == 0, timeout=5_000)
    assert run(qtbot, window, lambda conn: list_people(conn, "Zaynab")) == []


def test_pasted_names_are_previewed_and_added_only_on_ok(qtbot: QtBot, window: MainWindow) -> None:
    amina = write(
        qtbot,
        window,
        lambda repo: repo.add_participant(
            ParticipantBase(full_name="Amina El Amrani", organization="Ministry of Justice")
        ),
    )
    tab = new_event(window, "Workshop", date(2026, 3, 10), date(2026, 3, 10))
    pasted = (
        "Amina El Amrani\tMinistry of Justice\nNour Haddad\tCivil Protection\n\namina el amrani\n"
    )
    tab.paste_text(pasted)
    qtbot.waitUntil(lambda: tab.paste_preview is not None, timeout=5_000)
    preview = tab.paste_preview
    assert preview is not None
    whats = [preview.choices[i].currentText() for i in range(3)]
    assert whats[0].startswith("Use: Amina El Amrani · Ministry of Justice")
    assert whats[1] == "Add as a new person (sex not recorded)"
    assert whats[2] == "Skip: repeated above"
    preview.findChild(QPushButton, "paste_cancel").click()
    assert tab.lines == []  # nothing half-done

    tab.paste_preview = None
    tab.paste_text(pasted)
    qtbot.waitUntil(lambda: tab.paste_preview is not None, timeout=5_000)
    preview = tab.paste_preview
    assert preview is not None
    preview.findChild(QPushButton, "paste_add").click()
    assert [(line.participant_id == amina, line.full_name) for line in tab.lines] == [
        (True, "Amina El Amrani"),
        (False, "Nour Haddad"),
    ]
    assert tab.lines[1].new_person is not None and tab.lines[1].new_person.sex == "not recorded"
    window.events.editor.forget_changes()


def rows_written(conn: Connection) -> tuple[int, int]:
    """Events and attendances in the store, deleted or not."""
    count = [
        conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (EVENT, ATTENDANCE)
    ]
    return count[0], count[1]


def type_in_cell(qtbot: QtBot, table: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's own editor (the delegate's), type ``text`` over it, Enter."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.indexWidget(index)
    assert editor is not None, "no editor opened"
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.indexWidget(index) is None, timeout=2_000)


def test_a_score_or_satisfaction_out_of_its_scale_is_kept_and_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = new_event(window, "Workshop in Amman", date(2026, 3, 10), date(2026, 3, 10))
    tab.add_person("p-1", "Amina El Amrani", "Ministry of Justice")
    tab.add_person("p-2", "محمد العلي", "Civil Protection")
    table = table_of(tab)
    names = headers(table)
    assert "Pre-test (0–100)" in names and "Post-test (0–100)" in names
    assert "Satisfaction (1–5)" in names
    pre, satisfaction = names.index("Pre-test (0–100)"), names.index("Satisfaction (1–5)")
    editor = window.events.editor
    assert editor.save_button.isEnabled(), editor.reason.text()

    type_in_cell(qtbot, table, 0, pre, "150")
    type_in_cell(qtbot, table, 1, satisfaction, "9")
    model = table.model()
    assert model.index(0, pre).data() == "150"  # a spin box made it 15
    assert model.index(1, satisfaction).data() == "9"  # a spin box made it blank
    assert (tab.lines[0].values["pre_test_score"], tab.lines[1].values["satisfaction"]) == (150, 9)
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, pre).data(tip) == "must be between 0 and 100 (got 150)."
    assert model.index(1, satisfaction).data(tip) == "must be from 1 to 5 (got 9)."
    assert not editor.save_button.isEnabled()
    assert editor.reason.text() == (
        "Cannot save yet — \u2068Amina El Amrani\u2069, Pre-test score: must be between 0 and 100 "
        "(got 150)."  # the name set apart (FSI ... PDI): right in Arabic names too
    )

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save anyway
    wait_idle(qtbot, window.session)
    assert window.events.stack.currentWidget() is editor  # still open: nothing was saved
    assert run(qtbot, window, rows_written) == (0, 0)
    assert table.currentIndex() == model.index(0, pre)  # the cursor on the refused cell

    type_in_cell(qtbot, table, 0, pre, "85")
    type_in_cell(qtbot, table, 1, satisfaction, "")  # not asked: empty
    assert model.index(0, pre).data(tip) is None
    assert editor.reason.text() == "" and editor.save_button.isEnabled()
    editor.forget_changes()
