"""`fieldapp stats` in a terminal says what the screens and PDFs say: participation with its
parts, beneficiary countries as events, nationalities as people (issue 13, items 8 and 9)."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.reports.stats_text import render
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES


def test_stats_text(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [ParticipantBase(full_name=f"Person {i}", nationality="JOR") for i in range(5)]
            + [ParticipantBase(full_name=f"Other {i}") for i in range(3)]
        )
        event = repo.add_event(
            EventBase(
                title="Amman workshop",
                event_type="workshop",
                status="held",
                start_date=date(2026, 11, 10),
                end_date=date(2026, 11, 12),
            ),
            EventTags(beneficiary_countries=["IRQ", "JOR", "LBN"]),
        )
        repo.add_attendance([AttendanceBase(event_id=event, participant_id=p) for p in people])
        repo.set_head_counts(event, [HeadCountBase(event_id=event, count=12)])
    with store.engine.connect() as conn:
        figures = compute_indicators(conn, INDICATOR_TABLES, Period())
    lines = [" ".join(line.split()) for line in render(figures, "Office", Period()).splitlines()]
    assert "Participations 20 (8 named + 12 counted)" in lines
    at = lines.index("Events per beneficiary country:")
    assert lines[at + 1 : at + 4] == ["Iraq 1 event", "Jordan 1 event", "Lebanon 1 event"]
    at = lines.index("Participants by nationality (each person once):")
    assert lines[at + 1 : at + 3] == ["Jordan 5 people", "Not recorded 3 people"]
