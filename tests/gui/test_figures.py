"""The dashboard's figures as a reader takes them; dates written one way; the Events list's
delete question; Ctrl+N from any screen."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.domain.indicators import Period
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.store.store import Store
from fieldapp.ui.charts import BarChart
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication, QComboBox, QLabel, QMessageBox, QPushButton, Qt, QTimer
from tests.gui.conftest import wait_idle

WORKSHOP = EventBase(
    title="Amman workshop",
    event_type="workshop",
    status="held",
    start_date=date(2026, 11, 10),
    end_date=date(2026, 11, 12),
    city="Amman",
    host_country="JOR",
)


def add_workshop(store: Store) -> str:
    from fieldapp.store.repository import Repository

    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        return repo.add_event(WORKSHOP, EventTags(beneficiary_countries=["IRQ", "JOR", "LBN"]))


@pytest.fixture
def workshop(qtbot: QtBot, window: MainWindow) -> str:
    done: list[str] = []
    window.session.run(add_workshop, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.session.changed.emit("event")
    wait_idle(qtbot, window.session)
    return done[0]


def test_dashboard_counts_events_per_country_and_names_months(
    qtbot: QtBot, window: MainWindow, workshop: str
) -> None:
    window.dashboard.period_picker.choose("All time")
    wait_idle(qtbot, window.session)
    countries = window.findChild(BarChart, "events_per_country")
    assert countries.title == "Events per beneficiary country"
    assert countries.categories == ["Iraq", "Jordan", "Lebanon"]
    assert countries.series == [("events", [1.0, 1.0, 1.0])]
    months = window.findChild(BarChart, "events_by_month")
    assert months.categories == ["Nov"]  # the year in the title: names read whole
    assert months.title == "Events held by month, 2026"


NATIONALITIES = ["JOR", "JOR", "JOR", "IRQ", "IRQ", "SYR", None, None]


def add_people(store: Store, event_id: str) -> None:
    """8 participants (3 Jordanian, 2 Iraqi, 1 Syrian, 2 not recorded) and 12 counted."""
    from fieldapp.store.repository import Repository

    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [
                ParticipantBase(full_name=name, nationality=code)
                for name, code in zip(
                    ["محمد عبد الله", "Rania Haddad", "Omar Saleh", "Ali Hassan", "Zainab Kareem",
                     "Maria Khoury", "Sam Reyes", "Anna Petrova"],
                    NATIONALITIES,
                    strict=True,
                )
            ]
        )  # fmt: skip
        repo.add_attendance([AttendanceBase(event_id=event_id, participant_id=p) for p in people])
        repo.set_head_counts(event_id, [HeadCountBase(event_id=event_id, count=12)])


@pytest.fixture
def attended(qtbot: QtBot, window: MainWindow, workshop: str) -> str:
    """The workshop with 20 people: 8 named and 12 counted."""
    done: list[None] = []
    window.session.run(lambda store: add_people(store, workshop), done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.session.changed.emit("event")
    wait_idle(qtbot, window.session)
    return workshop


def test_dashboard_shows_participants_by_nationality(
    qtbot: QtBot, window: MainWindow, attended: str
) -> None:
    window.dashboard.period_picker.choose("All time")
    wait_idle(qtbot, window.session)
    chart = window.findChild(BarChart, "participants_by_nationality")
    assert chart.categories == ["Jordan", "Iraq", "Syria", "Not recorded"]
    assert chart.series == [("people", [3.0, 2.0, 1.0, 2.0])]
    countries = window.findChild(BarChart, "events_per_country")
    assert countries.series == [("events", [1.0, 1.0, 1.0])]  # events, not 20 people each


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_period_pdf_counts_events_per_country_and_people_per_nationality(
    qtbot: QtBot, window: MainWindow, attended: str, tmp_path: Path
) -> None:
    from fieldapp.reports.period_report import write_period_report

    pdf = tmp_path / "period.pdf"
    done: list[object] = []
    window.session.run(
        lambda store: write_period_report(store, Period(), pdf), done.append, pytest.fail
    )
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    text = " ".join(out.stdout.split())
    assert "Individuals trained 20 " in text
    assert (
        "Events per beneficiary country An event held for several countries counts once under "
        "each of them. Beneficiary country Events Iraq 1 Jordan 1 Lebanon 1 "
    ) in text
    assert "Iraq 20" not in text
    assert (
        "Participants by nationality People registered as participants at the period's events, "
        "each counted once. The 12 people counted without names have no nationality recorded "
        "and are not in this table. Nationality People Jordan 3 Iraq 2 Syria 1 "
        "Not recorded 2 "
    ) in text


def test_period_picker_offers_this_and_last_month(window: MainWindow) -> None:
    box = window.dashboard.period_picker.box
    offered = [box.itemData(i) for i in range(box.count())]
    assert "This month" in offered and "Last month" in offered


def test_delete_names_the_event_and_what_goes_with_it(
    qtbot: QtBot, window: MainWindow, workshop: str
) -> None:
    window.nav.setCurrentRow(1)
    events = window.events
    qtbot.waitUntil(lambda: events.model.rowCount() == 1, timeout=10_000)
    assert events.model.data(events.model.index(0, 3)) == "10 Nov 2026"
    events.table.selectRow(0)
    asked: list[str] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_no)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    events.delete_selected()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    # CLDR's range, as the one formatter writes it: thin spaces around the dash
    assert asked[0].startswith(
        "Delete “Amman workshop” (10\u2009–\u200912 Nov 2026) and its 0 attendances?"
    )
    wait_idle(qtbot, window.session)
    assert events.model.rowCount() == 1  # No: kept


def test_ctrl_n_from_the_dashboard_starts_a_new_event(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(0)
    window.activateWindow()
    qtbot.keyClick(window, "n", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.events
    assert window.events.stack.currentWidget() is window.events.editor


def add_planned_and_three_people(store: Store, event_id: str) -> None:
    """A planned event in November, and a woman, a man and a person of unrecorded sex at the
    held workshop."""
    from fieldapp.store.repository import Repository

    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        planned = WORKSHOP.model_copy(update={"title": "Next workshop", "status": "planned"})
        repo.add_event(planned, EventTags())
        people = repo.add_participants(
            [
                ParticipantBase(full_name="Rania Haddad", sex="female"),
                ParticipantBase(full_name="Omar Saleh", sex="male"),
                ParticipantBase(full_name="Sam Reyes"),
            ]
        )
        repo.add_attendance([AttendanceBase(event_id=event_id, participant_id=p) for p in people])


def test_dashboard_tiles_say_one_in_the_singular_and_what_the_figures_leave_out(
    qtbot: QtBot, window: MainWindow, workshop: str
) -> None:
    done: list[None] = []
    window.session.run(
        lambda store: add_planned_and_three_people(store, workshop), done.append, pytest.fail
    )
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.dashboard.period_picker.choose("All time")
    wait_idle(qtbot, window.session)
    tile = {k: window.findChild(QPushButton, f"tile_{k}").text() for k in window.dashboard.tiles}
    assert tile["workshops_organized"] == "1\nworkshop organized\n1 event held"
    assert tile["women_share"] == "50%\nwomen\nof 2 whose sex is recorded\nnot recorded: 1"
    assert tile["individuals_trained"].startswith("3\nindividuals trained\n")
    assert tile["countries_reached"] == "3\ncountries reached"
    planned = window.findChild(QLabel, "planned_not_counted")
    assert planned.isVisibleTo(window.dashboard)
    assert planned.text().startswith("1 planned event not counted yet: figures count held events")


def test_reports_names_events_by_day_and_says_one_workshop_in_the_singular(
    qtbot: QtBot, window: MainWindow, workshop: str, tmp_path: Path
) -> None:
    page = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(page))
    wait_idle(qtbot, window.session)
    choice = page.findChild(QComboBox, "report_event")
    assert choice.itemText(choice.findData(workshop)) == "10 Nov 2026 · Amman workshop"
    page.period.choose("All time")
    page.ask_path = lambda title, suggested, filters: str(tmp_path / "highlights.pdf")
    page.findChild(QPushButton, "make_pdf").click()
    status = page.findChild(QLabel, "job_status")
    qtbot.waitUntil(lambda: status.text().startswith("Saved"), timeout=30_000)
    assert status.text() == (
        f"Saved {tmp_path / 'highlights.pdf'}: 0 individuals trained, 1 workshop organized."
    )


def test_one_country_past_the_tenth_is_one_other_country(window: MainWindow) -> None:
    codes = ["AFG", "DZA", "EGY", "IRQ", "JOR", "KAZ", "LBN", "MAR", "SYR", "TUN", "YEM"]
    window.dashboard.show_nationalities([{"key": c, "people": 1} for c in codes])
    chart = window.findChild(BarChart, "participants_by_nationality")
    assert chart.categories[-1] == "1 other country"
