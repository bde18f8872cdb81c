"""Through real widgets: first run, an event with three people and head counts, the dashboard."""

from __future__ import annotations

import re
from datetime import date

from pytestqt.qtbot import QtBot

from fieldapp.domain.indicators import Period
from fieldapp.domain.records import ParticipantBase
from fieldapp.ui.first_run import FirstRunWizard
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QDate, Qt, QWizard
from fieldapp.ui.session import Session
from tests.gui.conftest import wait_idle


def test_first_run_then_event_then_dashboard(qtbot: QtBot, session: Session) -> None:
    window = MainWindow(session)
    qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office_page
    office.office.setText("Programme Office Astana")
    office.country.setCurrentIndex(office.country.findData("KAZ"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.passphrase_page
    page.first.setText("short")
    assert "at least 10 characters" in page.hint.text() and not page.isComplete()
    for weak in ("aaaaaaaaaaaa", "Programme Office Astana 2026", "astana kazakhstan passphrase"):
        page.first.setText(weak)
        page.second.setText(weak)
        assert "too easy to guess" in page.hint.text() and not page.isComplete(), weak
        assert weak not in page.hint.text()
    page.first.setText("steppe winds carry seeds")
    page.second.setText("steppe winds carry seed")
    assert "differ" in page.hint.text() and not page.isComplete()
    page.second.setText("steppe winds carry seeds")
    assert page.isComplete()
    wizard.next()  # creates the store on the worker, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15_000)
    assert re.fullmatch(r"([A-Z2-9]{4}-){7}[A-Z2-9]{4}", wizard.recovery_page.key.text())
    assert not wizard.recovery_page.isComplete()
    wizard.recovery_page.confirm.setChecked(True)
    assert wizard.recovery_page.isComplete()
    wizard.accept()
    assert session.is_unlocked and session.identity is not None
    assert session.identity.office_name == "Programme Office Astana"
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.figures is not None, timeout=10_000)
    assert window.dashboard.figures.individuals_trained == 0

    # One person already in the registry, found by search (Cyrillic, any case).
    session.write(
        "participant",
        lambda repo: repo.add_participant(ParticipantBase(full_name="Иван Петров", sex="male")),
        lambda _v: None,
        lambda e: None,
    )
    wait_idle(qtbot, session)

    window.nav.setCurrentRow(1)
    events = window.events
    events.new_event()
    editor = events.editor
    editor.title.setText("Workshop on border security")
    editor.event_type.setCurrentIndex(editor.event_type.findData("workshop"))
    editor.status.setCurrentIndex(editor.status.findData("held"))
    today = QDate.currentDate()
    editor.start.setDate(today)
    editor.end.setDate(today)
    editor.tabs.setCurrentIndex(1)
    people = editor.attendance
    people.search.setText("ИВАН")  # as typed (QTest cannot synthesise Cyrillic key presses)
    qtbot.waitUntil(lambda: people.results.count() == 1, timeout=5_000)
    people.results.setCurrentRow(0)
    people._add_found(people.results.currentItem())
    for name, sex in (("Amina El Amrani", "female"), ("محمد العلي", "male")):
        people.q_name.setText(name)
        people.q_sex.setCurrentIndex(people.q_sex.findData(sex))
        people._quick_add()
        qtbot.waitUntil(
            lambda n=name: any(line.full_name == n for line in people.lines), timeout=5_000
        )
    assert [line.full_name for line in people.lines] == [
        "Иван Петров",
        "Amina El Amrani",
        "محمد العلي",
    ]
    editor.tabs.setCurrentIndex(2)
    editor.head_counts.cells[("female", "25-34")].setValue(4)
    editor.head_counts.cells[("male", "35-44")].setValue(2)
    assert "6" in editor.head_counts.total.text()
    assert editor.save_button.isEnabled(), editor.reason.text()
    editor.save_button.click()
    qtbot.waitUntil(lambda: events.stack.currentIndex() == 0, timeout=10_000)
    qtbot.waitUntil(lambda: events.model.total == 1, timeout=5_000)

    # The dashboard follows: 3 registered + 6 counted, 5 of them women of 9 with a recorded sex.
    window.nav.setCurrentRow(0)
    qtbot.waitUntil(
        lambda: (
            window.dashboard.figures is not None
            and window.dashboard.figures.individuals_trained == 9
        ),
        timeout=10_000,
    )
    figures = window.dashboard.figures
    assert figures.workshops_organized == 1
    assert figures.women_share == round(5 / 9, 4)
    assert window.dashboard.tiles["individuals_trained"].text().startswith("9\n")
    assert "56%" in window.dashboard.tiles["women_share"].text()
    # 3 people, the event, 3 attendances, 2 head counts. The count is read on the worker after
    # the dashboard's figures, so it may arrive a moment later: wait for it.
    qtbot.waitUntil(lambda: window.unsynced.text() == "9 unsynced", timeout=5_000)


def test_end_before_start_cannot_be_saved_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(1)
    window.events.new_event()
    editor = window.events.editor
    editor.title.setText("Training course")
    editor.start.setDate(QDate(2026, 3, 10))
    editor.end.setDate(QDate(2026, 3, 8))
    assert not editor.save_button.isEnabled()
    error = editor.errors["end_date"]
    assert error.isVisibleTo(editor) and "before the start date" in error.text()
    assert "End date" in editor.reason.text()
    editor.end.setDate(QDate(2026, 3, 12))
    assert editor.save_button.isEnabled()
    assert not editor.errors["end_date"].isVisibleTo(editor)


def test_a_future_event_cannot_be_held(qtbot: QtBot, window: MainWindow) -> None:
    window.events.new_event()
    editor = window.events.editor
    editor.title.setText("Next year's exercise")
    future = date.today().replace(year=date.today().year + 1)
    editor.start.setDate(QDate(future))
    editor.end.setDate(QDate(future))
    editor.status.setCurrentIndex(editor.status.findData("held"))
    assert not editor.save_button.isEnabled()
    assert "future" in editor.errors["status"].text()


def test_keyboard_navigation(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.people


def test_dashboard_custom_period(qtbot: QtBot, window: MainWindow) -> None:
    picker = window.dashboard.period_picker
    assert not picker.start.isVisibleTo(window)
    picker.choose("Custom")
    assert picker.start.isVisibleTo(window) and picker.end.isVisibleTo(window)
    picker.start.setDate(QDate(2025, 2, 1))
    picker.end.setDate(QDate(2025, 4, 30))
    assert window.dashboard.period() == Period(date(2025, 2, 1), date(2025, 4, 30))


def test_empty_lists_say_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "No events yet" in window.events.count.text(), timeout=5_000)
    qtbot.waitUntil(lambda: "No one yet" in window.people.count.text(), timeout=5_000)
    window.people.search.setText("nobody here")
    qtbot.waitUntil(
        lambda: window.people.count.text() == "Nobody found for “nobody here”.", timeout=5_000
    )


def test_pressing_save_twice_writes_one_event(qtbot: QtBot, window: MainWindow) -> None:
    window.events.new_event()
    editor = window.events.editor
    editor.title.setText("Workshop saved with a bouncing key")
    editor.save()
    editor.save()  # Ctrl+S held down: the second must not write a second event
    qtbot.waitUntil(lambda: window.events.stack.currentIndex() == 0, timeout=5_000)
    wait_idle(qtbot, window.session)
    qtbot.waitUntil(lambda: window.events.model.total == 1, timeout=5_000)
