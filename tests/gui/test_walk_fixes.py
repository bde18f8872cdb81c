"""What a user walk of the event editor found (issue 13: nothing typed is lost, no value
changed silently): Enter adds a person once, the wheel scrolls rather than change a choice,
a typed country is completed or refused, quick add starts empty for each event, and a
discarded event does not come back."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from fieldapp.domain.records import ParticipantBase
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QGroupBox, QListWidget, QPushButton, Qt
from tests.gui.conftest import wait_idle
from tests.gui.test_attendance import new_event, write


def test_enter_in_organization_adds_the_person_once_after_the_duplicate_check(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = new_event(window, "Workshop", date(2026, 3, 10), date(2026, 3, 10))
    tab.q_name.setText("Salma Haddad")
    tab.q_sex.setCurrentIndex(tab.q_sex.findData("female"))
    tab.q_org.setText("Ministry of Interior")
    qtbot.keyClick(tab.q_org, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(tab.lines) >= 1, timeout=5_000)
    wait_idle(qtbot, window.session)
    qtbot.wait(50)
    assert [line.full_name for line in tab.lines] == ["Salma Haddad"]
    window.events.editor.forget_changes()


def test_enter_runs_the_registry_check_as_the_button_does(qtbot: QtBot, window: MainWindow) -> None:
    write(
        qtbot,
        window,
        lambda repo: repo.add_participants(
            [ParticipantBase(full_name="Omar Nasser", organization="Police", sex="male")]
        ),
    )
    tab = new_event(window, "Workshop", date(2026, 3, 10), date(2026, 3, 10))
    tab.q_name.setText("Omar Nasser")
    tab.q_sex.setCurrentIndex(tab.q_sex.findData("male"))
    tab.q_org.setText("Police")
    qtbot.keyClick(tab.q_org, Qt.Key.Key_Return)
    panel = tab.findChild(QGroupBox, "likely_duplicates")
    assert panel is not None
    qtbot.waitUntil(panel.isVisible, timeout=5_000)
    wait_idle(qtbot, window.session)
    qtbot.wait(50)
    found = tab.findChild(QListWidget, "duplicate_people")
    assert found is not None and found.count() == 1
    assert tab.lines == []  # nobody added before the user says who it is
    use = tab.findChild(QPushButton, "use_this_person")
    assert use is not None
    use.click()
    assert len(tab.lines) == 1
    window.events.editor.forget_changes()
