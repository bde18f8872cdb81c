"""The People screen's editor (issue 13, items 2, 5 and 11): leaving a changed person asks to
save, discard or stay; a birth year typed is kept (and refused with a message when wrong);
"Saved." is not in error red; Merge waits for a pair; the screen runs no SQL; Ctrl+N there
makes a new person, after quick add's look for the same person in the registry."""

from __future__ import annotations

import inspect
import re
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

import fieldapp.ui.people_page as people_page
import fieldapp.ui.person_fields as person_fields
import fieldapp.ui.person_form as person_form
from fieldapp.domain.records import ParticipantBase
from fieldapp.store.queries import count_people, person_record
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.people_page import DuplicatesDialog
from fieldapp.ui.qt import QLabel, QLineEdit, QListWidget, QPushButton, Qt
from tests.gui.conftest import wait_idle
from tests.gui.test_unsaved_work import Button, answer


def add_people(qtbot: QtBot, window: MainWindow, *people: ParticipantBase) -> list[str]:
    ids: list[str] = []
    for person in people:
        window.session.write(
            "participant",
            lambda repo, p=person: repo.add_participant(p),
            ids.append,
            lambda e: (_ for _ in ()).throw(e),
        )
    wait_idle(qtbot, window.session)
    assert len(ids) == len(people)
    return ids


def open_people(qtbot: QtBot, window: MainWindow, count: int) -> None:
    window.nav.setCurrentRow(2)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == count, timeout=5_000)


def select(qtbot: QtBot, window: MainWindow, row: int) -> None:
    window.people.table.selectRow(row)
    wait_idle(qtbot, window.session)


def field(window: MainWindow, name: str) -> QLineEdit:
    found = window.people.form.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def stored(qtbot: QtBot, window: MainWindow, person_id: str) -> dict[str, object]:
    got: list[dict[str, object] | None] = []
    window.session.read(lambda conn: person_record(conn, person_id), got.append)
    wait_idle(qtbot, window.session)
    assert got and got[0] is not None
    return got[0]


def test_leaving_a_changed_person_asks(qtbot: QtBot, window: MainWindow) -> None:
    amina, _omar = add_people(
        qtbot,
        window,
        ParticipantBase(full_name="Amina El Amrani", sex="female"),
        ParticipantBase(full_name="Omar Haddad", sex="male"),
    )
    open_people(qtbot, window, 2)
    select(qtbot, window, 0)
    organization = field(window, "person_organization")
    organization.setText("Ministry of Interior")
    seen: list[str] = []

    answer(qtbot, Button.Cancel, seen)  # another person: stay
    select(qtbot, window, 1)
    assert seen == ["Save the changes to “Amina El Amrani”?"]
    assert field(window, "person_full_name").text() == "Amina El Amrani"
    assert organization.text() == "Ministry of Interior"

    answer(qtbot, Button.Cancel, seen)  # another screen: stay
    window.nav.setCurrentRow(0)
    assert window.pages.currentWidget() is window.people and window.nav.currentRow() == 2

    answer(qtbot, Button.Cancel, seen)  # the window's X: stay
    assert window.close() is False

    answer(qtbot, Button.Save, seen)  # another screen: save, then go
    window.nav.setCurrentRow(0)
    wait_idle(qtbot, window.session)
    assert window.pages.currentWidget() is window.dashboard
    assert stored(qtbot, window, amina)["organization"] == "Ministry of Interior"
    assert len(seen) == 4


def test_discard_leaves_the_person_as_stored(qtbot: QtBot, window: MainWindow) -> None:
    amina, _omar = add_people(
        qtbot,
        window,
        ParticipantBase(full_name="Amina El Amrani", sex="female"),
        ParticipantBase(full_name="Omar Haddad", sex="male"),
    )
    open_people(qtbot, window, 2)
    select(qtbot, window, 0)
    field(window, "person_email").setText("amina@example.org")
    seen: list[str] = []
    answer(qtbot, Button.Discard, seen)
    select(qtbot, window, 1)
    assert seen and field(window, "person_full_name").text() == "Omar Haddad"
    assert stored(qtbot, window, amina)["email"] is None


def test_a_birth_year_typed_is_kept_and_checked(qtbot: QtBot, window: MainWindow) -> None:
    add_people(qtbot, window, ParticipantBase(full_name="Иван Петров", sex="male"))
    open_people(qtbot, window, 1)
    select(qtbot, window, 0)
    form = window.people.form
    problem = form.findChild(QLabel, "person_birth_year_problem")
    assert problem is not None and not problem.isVisibleTo(form)  # nothing before typing
    year = field(window, "person_birth_year")
    year.setFocus()
    qtbot.keyClicks(year, "1850")
    qtbot.keyClick(year, Qt.Key.Key_Tab)
    assert year.text() == "1850"  # a spin box from 1899 undid it without a word
    assert problem.isVisibleTo(form) and problem.text() == "1850 is not plausible for a trainee."
    year.selectAll()
    qtbot.keyClicks(year, "1985")
    assert not problem.isVisibleTo(form)
    window.discard_typed_work()


def test_saved_is_not_shown_in_error_red(qtbot: QtBot, window: MainWindow) -> None:
    add_people(qtbot, window, ParticipantBase(full_name="Amina El Amrani", sex="female"))
    open_people(qtbot, window, 1)
    select(qtbot, window, 0)
    form = window.people.form
    field(window, "person_position").setText("Prosecutor")
    save = form.findChild(QPushButton, "save_person")
    assert save is not None
    save.click()
    wait_idle(qtbot, window.session)
    reason = form.findChild(QLabel, "person_reason")
    assert reason is not None and reason.text() == "Saved."
    image = reason.grab().toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 160  # the letters, not the background
    ]
    window.grab().save("/tmp/b1_people_saved.png")
    assert inked, "nothing drawn"
    assert not [c for c in inked if c.red() > 120 and c.red() > 2 * c.green()]  # no red ink


def test_merge_waits_for_a_pair(qtbot: QtBot, window: MainWindow) -> None:
    dialog = DuplicatesDialog(window.session, window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, window.session)
    merge = dialog.findChild(QPushButton, "merge_duplicates")
    assert merge is not None
    assert dialog.message.text() == "No possible duplicates found."
    assert not merge.isEnabled()
    add_people(
        qtbot,
        window,
        ParticipantBase(full_name="Adil Alaoui", sex="male", birth_year=1980),
        ParticipantBase(full_name="Adil  ALAOUI", sex="male", birth_year=1980),
    )
    dialog.refresh()
    wait_idle(qtbot, window.session)
    assert dialog.list.count() == 1 and merge.isEnabled()


@pytest.mark.parametrize("module", [people_page, person_form, person_fields])
def test_the_people_screen_runs_no_sql(module: ModuleType) -> None:
    source = inspect.getsource(module)
    assert "sqlalchemy" not in source
    assert not re.search(r"(?<![.\w])(?<!def )select\(", source)  # sqlalchemy's, not a method


def new_person_by_keyboard(qtbot: QtBot, window: MainWindow, name: str, org: str) -> None:
    """Ctrl+N on People, then the name and organization typed."""
    qtbot.keyClick(window, "n", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.people  # not a new event
    form = window.people.form
    assert form.isEnabled() and field(window, "person_full_name").text() == ""
    qtbot.keyClicks(field(window, "person_full_name"), name)
    qtbot.keyClicks(field(window, "person_organization"), org)


def press(window: MainWindow, name: str) -> None:
    button = window.people.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    button.click()


def people_stored(qtbot: QtBot, window: MainWindow) -> int:
    got: list[int] = []
    window.session.read(lambda conn: count_people(conn, ""), got.append)
    wait_idle(qtbot, window.session)
    return got[0]


def test_ctrl_n_on_people_adds_a_person_found_by_search(qtbot: QtBot, window: MainWindow) -> None:
    add_people(qtbot, window, ParticipantBase(full_name="Amina El Amrani", sex="female"))
    open_people(qtbot, window, 1)
    new_person_by_keyboard(qtbot, window, "Fatima Zahra Benali", "Ministry of Justice")
    form = window.people.form
    reason = form.findChild(QLabel, "person_reason")
    assert reason is not None
    press(window, "save_person")  # sex not chosen yet: said, nothing saved
    assert reason.text() == "Cannot save yet: Sex: choose one, or “not recorded”."
    assert people_stored(qtbot, window) == 1
    form.sex.setCurrentIndex(form.sex.findData("female"))
    press(window, "save_person")
    qtbot.waitUntil(lambda: reason.text() == "Saved.", timeout=5_000)
    window.people.search.setText("benal")
    people = window.people.model

    def found_alone() -> bool:
        first = people.row_at(0)
        return (
            people.rowCount() == 1
            and first is not None
            and first.full_name == "Fatima Zahra Benali"
        )

    qtbot.waitUntil(found_alone, timeout=5_000)  # (the list first shows Amina, alone)
    found = people.row_at(0)
    assert found is not None
    record = stored(qtbot, window, found.id)
    assert (record["organization"], record["sex"]) == ("Ministry of Justice", "female")


def test_a_new_person_of_a_listed_name_and_organization_is_offered_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    _other, _unknown, unit = add_people(
        qtbot,
        window,
        ParticipantBase(full_name="Adil Alaoui", sex="male", organization="Ministry of Justice"),
        ParticipantBase(full_name="Adil Alaoui", sex="male", birth_year=1975),
        ParticipantBase(full_name="Adil Alaoui", sex="male", organization="Counter-Terrorism Unit"),
    )
    open_people(qtbot, window, 3)
    new_person_by_keyboard(qtbot, window, "adil  ALAOUI", "counter-terrorism unit")
    form = window.people.form
    form.sex.setCurrentIndex(form.sex.findData("male"))
    press(window, "save_person")
    offered = form.findChild(QListWidget, "person_duplicate_list")
    assert offered is not None
    qtbot.waitUntil(offered.isVisible, timeout=5_000)
    shown = [offered.item(i).text() for i in range(offered.count())]
    assert len(shown) == 2  # the Ministry of Justice's Adil is another man
    assert shown[0].startswith("Adil Alaoui · Counter-Terrorism Unit · ")
    assert people_stored(qtbot, window) == 3  # nothing added while the user decides
    press(window, "open_duplicate")
    wait_idle(qtbot, window.session)
    assert form.person_id == unit and not offered.isVisible()
    assert field(window, "person_organization").text() == "Counter-Terrorism Unit"

    new_person_by_keyboard(qtbot, window, "Adil Alaoui", "Counter-Terrorism Unit")
    form.sex.setCurrentIndex(form.sex.findData("male"))
    press(window, "save_person")
    qtbot.waitUntil(offered.isVisible, timeout=5_000)
    press(window, "save_new_anyway")  # two men of one name in one unit: the user knows
    wait_idle(qtbot, window.session)
    qtbot.waitUntil(lambda: people_stored(qtbot, window) == 4, timeout=5_000)
    assert form.person_id not in (None, unit)
