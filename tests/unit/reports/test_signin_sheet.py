"""The sign-in sheet has sex and age-band columns (issue 13, item 11): filled in for people
already registered, boxes to tick for anyone not yet known, as head counts need them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.reports.signin_sheet import write_signin_sheet
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from tests.unit.reports.pdf_text import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_sex_and_age_band_filled_in_or_boxes_to_tick(store: Store, tmp_path: Path) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [
                ParticipantBase(full_name="Amina Benali", sex="female", age_band="25-34"),
                ParticipantBase(full_name="محمد عبد الله", sex="male", birth_year=1985),
                ParticipantBase(full_name="Sam Reyes"),  # neither recorded
            ]
        )
        event = repo.add_event(
            EventBase(
                title="Amman workshop",
                event_type="workshop",
                status="planned",
                start_date=date(2026, 11, 10),
                end_date=date(2026, 11, 12),
            )
        )
        repo.add_attendance([AttendanceBase(event_id=event, participant_id=p) for p in people])
    pdf = tmp_path / "sign-in.pdf"
    assert write_signin_sheet(store, event, pdf, blank_rows=4) == 3
    lines = [" ".join(line.split()) for line in pdf_text(pdf, layout=True).splitlines()]
    assert "# Name Organization, position Sex Age band Day 1 Day 2 Day 3" in lines
    assert "1 Amina Benali Female 25-34" in lines
    assert "3 محمد عبد الله Male 35-44" in lines  # born 1985: 41 when the event starts
    assert "2 Sam Reyes ☐F☐M☐O" in lines  # registered, but neither is recorded
    for blank in range(4, 8):
        assert f"{blank} ☐F☐M☐O" in lines
    assert lines.count("☐ <18 ☐ 18-24 ☐ 25-34 ☐ 35-44") == 1 + 4  # Sam and each blank row
    assert lines.count("☐ 45-54 ☐ 55-64 ☐ 65+") == 1 + 4
