"""The People screen as a field officer finds it (issue 13, QA walk): the list is current when
shown after an event registered people, a search that finds nobody says so, counts read
"1 person" and "4 people"."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from fieldapp.domain.records import ParticipantBase
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QComboBox, QLabel, QLineEdit, QPushButton, QTableView
from tests.gui.conftest import wait_idle
from tests.gui.test_attendance import new_event, write
from tests.gui.test_recovery import dialog_of, fast_session, locked, wrong_passphrase

__all__ = ["fast_session", "locked"]  # the fixtures of the recovery tests, used here


def show_people(window: MainWindow) -> None:
    row = next(r for r in range(window.nav.count()) if window.nav.item(r).text() == "People")
    window.nav.setCurrentRow(row)


def test_people_quick_added_to_a_saved_event_are_listed_on_people(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = new_event(window, "Border workshop", date(2026, 3, 10), date(2026, 3, 10))
    names = ["Amina El Amrani", "Nour Haddad", "محمد العلي", "Zaynab Qasimi"]
    sex = tab.findChild(QComboBox, "quick_sex")
    for n, name in enumerate(names, 1):
        tab.findChild(QLineEdit, "quick_name").setText(name)
        sex.setCurrentIndex(sex.findData("female"))
        tab.findChild(QPushButton, "quick_add").click()
        qtbot.waitUntil(lambda n=n: len(tab.lines) == n, timeout=5_000)
    wait_idle(qtbot, window.session)
    window.events.editor.findChild(QPushButton, "save_event").click()
    qtbot.waitUntil(lambda: window.events.stack.currentIndex() == 0, timeout=10_000)
    wait_idle(qtbot, window.session)

    show_people(window)  # the first time this session, no search typed
    table = window.people.findChild(QTableView, "people_table")
    count = window.people.findChild(QLabel, "people_count")
    qtbot.waitUntil(lambda: table.model().rowCount() == 4, timeout=5_000)
    assert count.text() == "4 people"
    listed = {table.model().index(r, 0).data() for r in range(4)}
    assert listed == set(names)


def test_a_search_that_finds_nobody_says_so(qtbot: QtBot, window: MainWindow) -> None:
    write(qtbot, window, lambda repo: repo.add_participant(ParticipantBase(full_name="Amina")))
    show_people(window)
    count = window.people.findChild(QLabel, "people_count")
    qtbot.waitUntil(lambda: count.text() == "1 person", timeout=5_000)
    window.people.findChild(QLineEdit, "search_people").setText("xyz")
    qtbot.waitUntil(lambda: count.text() == "Nobody found for “xyz”.", timeout=5_000)
    window.people.findChild(QLineEdit, "search_people").setText("")
    qtbot.waitUntil(lambda: count.text() == "1 person", timeout=5_000)


def test_an_empty_registry_says_no_one_yet(qtbot: QtBot, window: MainWindow) -> None:
    show_people(window)
    count = window.people.findChild(QLabel, "people_count")
    qtbot.waitUntil(lambda: count.text() == "No one yet.", timeout=5_000)


def test_the_accepted_recovery_key_is_said_above_the_new_passphrase(
    qtbot: QtBot, locked: tuple[MainWindow, str]
) -> None:
    window, recovery_key = locked
    wrong_passphrase(qtbot, window, "not the passphrase at all")
    window.unlock_view.findChild(QPushButton, "use_recovery_key").click()
    dialog = dialog_of(window)
    dialog.findChild(QLineEdit, "recovery_key_input").setText(recovery_key)
    dialog.findChild(QPushButton, "check_recovery_key").click()
    first = dialog.findChild(QLineEdit, "new_passphrase")
    qtbot.waitUntil(first.isVisible, timeout=5_000)
    said = [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.text().startswith("The key is right.")
    ]
    assert [label.text() for label in said] == [
        "The key is right. Set a new passphrase for Programme Office Amman."
    ]
    above = said[0].mapTo(dialog, said[0].rect().bottomLeft()).y()
    assert above < first.mapTo(dialog, first.rect().topLeft()).y()
    dialog.grab().save("/tmp/h2_recovery.png")
