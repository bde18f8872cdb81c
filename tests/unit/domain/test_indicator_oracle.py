"""The indicators' statements give the tally the old scratch-table computation gave, on
random small data sets full of what the definitions must leave out or count once: events
cancelled, deleted, of another type or outside the period, trainers, deleted attendance,
a person at several events of one month, programme or country, attendance filed under
another office, bands no list has; at HQ also the same person twice at one event and
attendance whose person never arrived."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicator_people import Bounds, count_people
from fieldapp.domain.indicator_query import Scope, count_events, count_participations, count_tally
from fieldapp.domain.indicator_tally import Tally
from fieldapp.domain.indicators import IndicatorTables, Period
from fieldapp.domain.records import AttendanceBase, EventBase, HeadCountBase, ParticipantBase
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from sync.hq.database import open_database, read_only, upgrade
from sync.hq.tables import HQ_INDICATOR_TABLES
from tests.unit.domain import scratch_oracle

TYPES = ["workshop", "training course", "conference", "webinar", "not a type"]
BANDS = ["under 18", "18-24", "25-34", "35-44", "65+", "an old band"]
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def stamp(rng: random.Random, office: str, deleted: float = 0.1) -> dict[str, Any]:
    return {
        "id": f"r{rng.getrandbits(48):012x}",
        "version": 1,
        "updated_at": WHEN,
        "deleted_at": WHEN if rng.random() < deleted else None,
        "office_id": office,
        "device_id": "d",
        "recorded_by": "u",
    }


def fill(conn: Connection, t: IndicatorTables, rng: random.Random, *, hq: bool) -> list[str]:
    """A random data set; the ids of its events."""
    events = []
    for _ in range(rng.randint(1, 7)):
        start = date(2024, 11, 1) + timedelta(days=rng.randint(0, 480))
        event = EventBase(
            title="e",
            event_type=rng.choice(TYPES),
            start_date=start,
            end_date=start + timedelta(days=rng.randint(0, 3)),
            status=rng.choice(["held", "held", "held", "cancelled"]),
            programme=rng.choice([None, "P1", "P2"]),
            working_group=rng.choice([None, "W1", "W2"]),
        )
        events.append({**event.model_dump(), **stamp(rng, rng.choice(["o1", "o1", "o2"]))})
    conn.execute(insert(t.event), events)
    tags = {
        (e["id"], kind, code)
        for e in events
        for kind, code in rng.sample(
            [
                ("country", "MAR"),
                ("country", "TUN"),
                ("outcome", "1.1"),
                ("outcome", "2.1"),
                ("pillar", "I"),
                ("pillar", "II"),
            ],
            rng.randint(0, 3),
        )
    }
    if tags:
        conn.execute(
            insert(t.event_tag), [{"event_id": e, "kind": k, "code": c} for e, k, c in tags]
        )
    people = []
    for _ in range(rng.randint(1, 9)):
        person = ParticipantBase(
            full_name="p",
            sex=rng.choice(["female", "male", "not recorded"]),
            birth_year=rng.choice([None, rng.randint(1950, 2012)]),
            age_band=rng.choice([None, None, *BANDS]),
            nationality=rng.choice([None, "MAR", "JOR"]),
            organization_type=rng.choice([None, "police", "judiciary"]),
        )
        people.append({**person.model_dump(), **stamp(rng, "o1", deleted=0.05)})
    conn.execute(insert(t.participant), people)
    ids = [p["id"] for p in people] + (["never-arrived"] if hq else [])
    rows, alive = [], set()
    for _ in range(rng.randint(0, 25)):
        event, person = rng.choice(events), rng.choice(ids)
        row = {
            **AttendanceBase(
                event_id=event["id"],
                participant_id=person,
                role=rng.choice(["participant", "participant", "participant", "trainer"]),
                days_attended=rng.choice([None, 0.5, 1, 2.5]),
                pre_test_score=rng.choice([None, rng.randint(0, 100)]),
                post_test_score=rng.choice([None, rng.randint(0, 100)]),
                satisfaction=rng.choice([None, rng.randint(1, 5)]),
                age_band=rng.choice([None, *BANDS]),
            ).model_dump(),
            **stamp(rng, event["office_id"] if rng.random() < 0.9 else "o3"),
        }
        if row["deleted_at"] is None and not hq:  # the device keeps one alive row a pair
            if (event["id"], person) in alive:
                continue
            alive.add((event["id"], person))
        rows.append(row)
    if rows:
        conn.execute(insert(t.attendance), rows)
    cells = {
        (rng.choice(events)["id"], rng.choice(["female", "male"]), rng.choice(BANDS[:3]))
        for _ in range(rng.randint(0, 4))
    }
    counts = []
    for event_id, sex, band in cells:
        office = next(e["office_id"] for e in events if e["id"] == event_id)
        cell = HeadCountBase(event_id=event_id, sex=sex, age_band=band, count=rng.randint(0, 5))
        counts.append({**cell.model_dump(), **stamp(rng, office)})
    if counts:
        conn.execute(insert(t.head_count), counts)
    return [e["id"] for e in events]


def scopes(event_ids: list[str], rng: random.Random) -> list[dict[str, Any]]:
    year = Period(date(2025, 1, 1), date(2025, 12, 31))
    return [
        {"period": Period()},
        {"period": year},
        {"period": year, "office_id": "o1"},
        {"period": Period(), "office_ids": ["o2", "o1"]},
        {"period": year, "office_ids": []},
        {"period": Period(), "event_id": rng.choice(event_ids)},
    ]


def check(conn: Connection, t: IndicatorTables, seed: int, *, hq: bool) -> None:
    rng = random.Random(seed)
    transaction = conn.begin()
    try:
        event_ids = fill(conn, t, rng, hq=hq)
        for scope in scopes(event_ids, rng):
            period = scope.pop("period")
            expected = scratch_oracle.count_tally(conn, t, period, **scope)
            assert count_tally(conn, t, period, **scope) == expected, (seed, scope)
        # Bounds from another snapshot than the people's pass sees (fields too narrow, a
        # total that does not match): the pass counts again, with fields wide enough.
        year = Period(date(2025, 1, 1), date(2025, 12, 31))
        s = Scope(t, year, None, None, None, codelists().training_event_types)
        found = Tally()
        bounds = count_events(conn, s, found)
        count_participations(conn, s, found)
        count_people(conn, s, Bounds(dict.fromkeys(bounds.labels, 1), -1), found)
        assert found == scratch_oracle.count_tally(conn, t, year), seed
    finally:
        transaction.rollback()


def test_the_device_store_counts_as_the_oracle(store: Store) -> None:
    with store.engine.connect() as conn:
        for seed in range(6):
            check(conn, INDICATOR_TABLES, seed, hq=False)


def test_hq_counts_as_the_oracle_on_both_databases(hq_db_url: str, tmp_path: Path) -> None:
    engine = open_database(hq_db_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            for seed in range(100, 105):
                check(conn, HQ_INDICATOR_TABLES, seed, hq=True)
    finally:
        engine.dispose()


def test_hq_counts_in_a_read_only_transaction(hq_db_url: str) -> None:
    """As on a hot-standby replica: PostgreSQL refuses any table, even a temporary one, in a
    ``READ ONLY`` transaction (the old computation failed there)."""
    engine = open_database(hq_db_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            fill(conn, HQ_INDICATOR_TABLES, random.Random(3), hq=True)
        with engine.connect() as conn:
            expected = scratch_oracle.count_tally(conn, HQ_INDICATOR_TABLES, Period())
            conn.rollback()
        with read_only(engine) as conn:
            assert count_tally(conn, HQ_INDICATOR_TABLES, Period()) == expected
            assert expected.participations_named > 0
    finally:
        engine.dispose()
