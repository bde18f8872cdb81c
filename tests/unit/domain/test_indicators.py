"""The indicators on a small dataset whose every figure is worked out by hand below."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.domain.indicators import Indicators, Period, compute_indicators
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES

YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))


def ev(
    title: str,
    kind: str,
    start: date,
    end: date,
    status: str = "held",
    programme: str | None = None,
) -> EventBase:
    return EventBase(
        title=title,
        event_type=kind,
        start_date=start,
        end_date=end,
        status=status,
        programme=programme,
    )


@pytest.fixture
def figures(store: Store) -> Indicators:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=date(2026, 1, 1))
        amina, ivan, sam = repo.add_participants(
            [
                ParticipantBase(
                    full_name="Amina El Amrani",
                    sex="female",
                    birth_year=1990,
                    organization_type="law enforcement",
                ),
                ParticipantBase(full_name="Иван Петров", sex="male", birth_year=1980),
                ParticipantBase(full_name="Sam Reyes", sex="not recorded"),
            ]
        )
        e1 = repo.add_event(
            ev("Border workshop", "workshop", date(2025, 3, 3), date(2025, 3, 5), programme="BSM"),
            EventTags(beneficiary_countries=["MAR", "TUN"], outcomes=["2.1"]),
        )
        e2 = repo.add_event(
            ev("Regional conference", "conference", date(2025, 6, 10), date(2025, 6, 10)),
            EventTags(beneficiary_countries=["JOR"], outcomes=["3.1"]),
        )
        e3 = repo.add_event(
            ev(
                "CFT course", "training course", date(2025, 9, 1), date(2025, 9, 2), programme="CFT"
            ),
            EventTags(beneficiary_countries=["MAR"]),
        )
        e4 = repo.add_event(
            ev("Cancelled", "workshop", date(2025, 10, 1), date(2025, 10, 1), status="cancelled")
        )
        e5 = repo.add_event(ev("Last year", "workshop", date(2024, 12, 1), date(2024, 12, 1)))
        e6 = repo.add_event(ev("Deleted", "workshop", date(2025, 5, 5), date(2025, 5, 5)))
        repo.add_attendance(
            [
                AttendanceBase(
                    event_id=e1,
                    participant_id=amina,
                    days_attended=3,
                    pre_test_score=50,
                    post_test_score=70,
                    satisfaction=4,
                ),
                AttendanceBase(
                    event_id=e1,
                    participant_id=ivan,
                    days_attended=2,
                    pre_test_score=60,
                    post_test_score=55,
                    satisfaction=5,
                ),
                AttendanceBase(event_id=e1, participant_id=sam, role="trainer"),
                AttendanceBase(event_id=e2, participant_id=amina, satisfaction=2),
                AttendanceBase(
                    event_id=e3, participant_id=amina, pre_test_score=40, post_test_score=90
                ),
                AttendanceBase(event_id=e4, participant_id=ivan),
                AttendanceBase(event_id=e5, participant_id=ivan),
                AttendanceBase(event_id=e6, participant_id=sam),
            ]
        )
        repo.set_head_counts(
            e1,
            [
                HeadCountBase(event_id=e1, sex="female", age_band="25-34", count=5),
                HeadCountBase(event_id=e1, sex="not recorded", age_band="not recorded", count=2),
            ],
        )
        repo.delete(RecordType.EVENT, e6)
    with store.engine.connect() as conn:
        return compute_indicators(conn, INDICATOR_TABLES, YEAR_2025)


def test_headline_figures(figures: Indicators) -> None:
    assert figures.individuals_trained == 9  # Amina, Ivan + 7 counted at the workshop
    assert figures.participations == 11  # 4 registered participant rows + 7 counted
    assert figures.events_held == 3
    assert figures.workshops_organized == 1
    assert figures.women_share == pytest.approx(6 / 7, abs=1e-4)
    assert figures.sex_not_recorded == 2
    assert figures.person_days == 28  # 3 + 2 + 2 (whole course) + 7 x 3
    assert figures.countries_reached == 3
    assert figures.knowledge_gain_share == pytest.approx(2 / 3, abs=1e-4)
    assert figures.mean_knowledge_gain == pytest.approx(65 / 3, abs=0.01)
    assert figures.mean_satisfaction == pytest.approx(11 / 3, abs=0.01)


def test_breakdowns(figures: Indicators) -> None:
    b = figures.breakdowns
    assert b["sex_age"] == [
        {"sex": "female", "age_band": "25-34", "individuals_trained": 5},
        {"sex": "female", "age_band": "35-44", "individuals_trained": 1},
        {"sex": "male", "age_band": "45-54", "individuals_trained": 1},
        {"sex": "not recorded", "age_band": "not recorded", "individuals_trained": 2},
    ]
    assert b["organization_type"] == [
        {"key": "law enforcement", "individuals_trained": 1},
        {"key": "not recorded", "individuals_trained": 8},
    ]
    assert b["country"] == [
        {"key": "JOR", "events_held": 1, "individuals_trained": 0, "participations": 1},
        {"key": "MAR", "events_held": 2, "individuals_trained": 9, "participations": 10},
        {"key": "TUN", "events_held": 1, "individuals_trained": 9, "participations": 9},
    ]
    assert [r["key"] for r in b["outcome"]] == ["2.1", "3.1"]
    assert b["quarter"] == [
        {"key": "2025-Q1", "events_held": 1, "individuals_trained": 9, "participations": 9},
        {"key": "2025-Q2", "events_held": 1, "individuals_trained": 0, "participations": 1},
        {"key": "2025-Q3", "events_held": 1, "individuals_trained": 1, "participations": 1},
    ]
    assert [r["key"] for r in b["month"]] == ["2025-03", "2025-06", "2025-09"]
    assert {r["key"]: r["events_held"] for r in b["programme"]} == {
        "BSM": 1,
        "CFT": 1,
        "not recorded": 1,
    }
    assert b["event_type"] == [
        {"key": "conference", "events_held": 1},
        {"key": "training course", "events_held": 1},
        {"key": "workshop", "events_held": 1},
    ]


def test_an_empty_period_gives_zeros_not_errors(store: Store) -> None:
    with store.engine.connect() as conn:
        empty = compute_indicators(conn, INDICATOR_TABLES, YEAR_2025)
    assert empty.individuals_trained == 0 and empty.events_held == 0
    assert empty.women_share is None and empty.mean_satisfaction is None
    assert all(rows == [] for rows in empty.breakdowns.values())


def test_participation_is_shown_with_its_parts(figures: Indicators) -> None:
    assert (figures.participations_named, figures.participations_counted) == (4, 7)
    assert figures.participation.total == figures.participations == 11


def test_nationalities_count_each_person_once(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=date(2026, 1, 1))
        rania, omar, lina, nobody = repo.add_participants(
            [
                ParticipantBase(full_name="Rania Haddad", nationality="JOR"),
                ParticipantBase(full_name="Omar Saleh", nationality="JOR"),
                ParticipantBase(full_name="Lina Khoury", nationality="LBN"),
                ParticipantBase(full_name="Sam Reyes"),
            ]
        )
        first = repo.add_event(ev("One", "workshop", date(2025, 3, 3), date(2025, 3, 3)))
        second = repo.add_event(ev("Two", "workshop", date(2025, 4, 3), date(2025, 4, 3)))
        repo.add_attendance(
            [AttendanceBase(event_id=first, participant_id=p) for p in (rania, omar, nobody)]
            + [
                AttendanceBase(event_id=second, participant_id=rania),  # counted once
                AttendanceBase(event_id=second, participant_id=lina, role="trainer"),
            ]
        )
        repo.set_head_counts(first, [HeadCountBase(event_id=first, count=12)])
    with store.engine.connect() as conn:
        figures = compute_indicators(conn, INDICATOR_TABLES, YEAR_2025)
    assert figures.breakdowns["nationality"] == [
        {"key": "JOR", "people": 2},
        {"key": "not recorded", "people": 1},
    ]
