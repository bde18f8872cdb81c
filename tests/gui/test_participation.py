"""Participation has one definition (issue 13, item 8): an event with 8 people registered by
name and 12 counted without names reads "20 (8 named + 12 counted)" in the Events list, on the
dashboard and in both PDFs; an event with only named people reads just its count."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.domain.indicators import Period
from fieldapp.domain.records import AttendanceBase, EventBase, HeadCountBase, ParticipantBase
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QPushButton, Qt
from tests.gui.conftest import wait_idle

WHOLE = "20 (8 named + 12 counted)"


def held(title: str, day: date) -> EventBase:
    return EventBase(
        title=title, event_type="workshop", status="held", start_date=day, end_date=day
    )


def fill(store: Store) -> str:
    """A workshop of 8 named and 12 counted people, and a seminar of 3 named people."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [ParticipantBase(full_name=f"Participant {i}", sex="female") for i in range(11)]
        )
        workshop = repo.add_event(held("Amman workshop", date(2026, 11, 10)))
        seminar = repo.add_event(held("Beirut seminar", date(2026, 10, 5)))
        repo.add_attendance(
            [AttendanceBase(event_id=workshop, participant_id=p) for p in people[:8]]
            + [AttendanceBase(event_id=workshop, participant_id=people[8], role="trainer")]
            + [AttendanceBase(event_id=seminar, participant_id=p) for p in people[8:]]
        )
        repo.set_head_counts(
            workshop,
            [
                HeadCountBase(event_id=workshop, sex="female", age_band="25-34", count=7),
                HeadCountBase(event_id=workshop, sex="male", age_band="35-44", count=5),
            ],
        )
    return workshop


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def workshop(qtbot: QtBot, window: MainWindow) -> str:
    done: list[str] = []
    window.session.run(fill, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.session.changed.emit("event")
    wait_idle(qtbot, window.session)
    return done[0]


def test_events_list_and_dashboard_show_participation_with_its_parts(
    qtbot: QtBot, window: MainWindow, workshop: str
) -> None:
    window.nav.setCurrentRow(1)
    model = window.events.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    column = [
        model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
    ].index("Participants")
    shown = {model.data(model.index(r, 0)): model.data(model.index(r, column)) for r in range(2)}
    assert shown == {"Amman workshop": WHOLE, "Beirut seminar": "3"}

    window.dashboard.period_picker.choose("All time")
    wait_idle(qtbot, window.session)
    tile = window.findChild(QPushButton, "tile_individuals_trained")
    shown_lines = " ".join(tile.text().split("\n"))  # a long line is wrapped to fit the tile
    assert "participations: 23 (11 named + 12 counted)" in shown_lines
    assert "participations: 23 (11 named + 12 counted)" in tile.accessibleName()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_both_pdfs_show_participation_with_its_parts(
    qtbot: QtBot, window: MainWindow, workshop: str, tmp_path: Path
) -> None:
    from fieldapp.reports.event_report import write_event_report
    from fieldapp.reports.period_report import write_period_report

    def write(store: Store) -> None:
        write_period_report(store, Period(), tmp_path / "period.pdf")
        write_event_report(store, workshop, tmp_path / "event.pdf")

    done: list[None] = []
    window.session.run(write, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=20_000)
    period = pdf_text(tmp_path / "period.pdf")
    assert "Participations 23 (11 named + 12 counted)" in period
    assert f"Amman workshop Workshop — {WHOLE}" in period  # its row in the list of events
    event = pdf_text(tmp_path / "event.pdf")
    assert f"Participations {WHOLE}" in event
    assert f"Participants: {WHOLE}" in event
