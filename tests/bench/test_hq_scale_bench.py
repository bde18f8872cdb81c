"""HQ at scale (issue 17, second table): HQ's tables filled in SQL with 50k, 500k and 5M
attendance rows (50 offices, four years: people attend about three events each, some events
have head counts, every event a beneficiary country and an outcome, six programmes), then each
dashboard query timed as ``/api/v1/indicators`` runs it (`sync.hq.figures.consolidated` in a
read-only transaction, the tallies it counted kept afterwards):

- *cold*: right after a batch changed one office (its stored tallies stale: it is counted again),
- *warm*: every office's tally stored and current,
- *from scratch*: `compute_indicators` over the same offices (the baseline),

on a PostgreSQL database made for the run (dropped after) and on SQLite, with the figures from
the stored tallies asserted equal to those counted from scratch. Medians of a few runs (other
work shares the machine). ``FIELDAPP_HQ_BENCH_SCALES`` (e.g. ``50000,500000``) picks scales;
``FIELDAPP_HQ_BENCH_SQLITE_MAX`` the largest one SQLite is filled to (default 5M).
"""

from __future__ import annotations

import os
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from fieldapp.domain.indicators import Indicators, Period, compute_indicators
from sync.hq import aggregates
from sync.hq.accounts.scope import Role, Scope
from sync.hq.database import open_database, read_only
from sync.hq.figures import consolidated
from sync.hq.tables import HQ_INDICATOR_TABLES
from tests.bench.summary import ms, row
from tests.hq_databases import drop

OFFICES = 50
YEARS = (2022, 2025)  # four years of events
PER_EVENT = 20  # attendance rows per event
VISITS = 3  # events each person attends
QUARTER = Period(date(2025, 4, 1), date(2025, 6, 30))
SCALES = [
    int(s) for s in os.environ.get("FIELDAPP_HQ_BENCH_SCALES", "50000,500000,5000000").split(",")
]
SQLITE_MAX = int(os.environ.get("FIELDAPP_HQ_BENCH_SQLITE_MAX", "5000000"))
TYPES = (
    "workshop",
    "training course",
    "conference",
    "expert group meeting",
    "webinar",
    "study visit",
    "table-top exercise",
    "consultation",
)
SEXES = ("female", "male", "female", "male", "not recorded", "other", "female", "male")
BANDS = ("18-24", "25-34", "35-44", "45-54", "55-64", "25-34", "35-44", "not recorded")
ORGS = ("government", "law enforcement", "border/customs", "judiciary/prosecution", "parliament")
COUNTRIES = ("MAR", "NGA", "KEN", "SEN", "TUN", "EGY", "GHA", "JOR", "LBN", "MLI")
OUTCOMES = ("1.1", "1.2", "1.3", "1.4", "1.5")
MEASURES = (
    ("all time, all offices", Period(), False, 1.0),
    ("one quarter, all offices", QUARTER, False, 0.3),
    ("one office, all time", Period(), True, 1.0),
    ("one office, one quarter", QUARTER, True, 1.0),
)


def _pick(values: tuple[str, ...], expr: str, dialect: str) -> str:
    """SQL choosing ``values[expr % len]``."""
    whens = " ".join(f"WHEN {n} THEN '{v}'" for n, v in enumerate(values))
    mod = f"({expr}) % {len(values)}"
    return f"(CASE {mod} {whens} END)"


def _numbers(n: int, dialect: str) -> str:
    """A FROM clause giving i = 0 .. n-1."""
    if dialect == "postgresql":
        return f"generate_series(0, {n - 1}) AS g(i)"
    return f"(WITH RECURSIVE g(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM g WHERE i < {n - 1}) SELECT i FROM g) AS g"


def _date(days: str, dialect: str) -> str:
    if dialect == "postgresql":
        return f"(DATE '{YEARS[0]}-01-01' + ({days})::int)"
    return f"date('{YEARS[0]}-01-01', '+' || ({days}) || ' days')"


def _div(a: str, b: str | int, dialect: str) -> str:
    return f"(({a}) / {b})"  # integers on both engines


def fill(engine: Engine, attendance: int) -> dict[str, int]:
    """HQ's tables with ``attendance`` rows of attendance, in SQL, ANALYZEd."""
    d = engine.dialect.name
    per_office = attendance // OFFICES
    events = per_office // PER_EVENT  # per office
    people = max(per_office // VISITS, 1)  # per office
    if people % 7919 == 0:
        people += 1
    span = (date(YEARS[1], 12, 31) - date(YEARS[0], 1, 1)).days
    stamp = (
        "TIMESTAMP '2026-01-01 00:00:00'" if d == "postgresql" else "'2026-01-01 00:00:00.000000'"
    )
    common = "1, " + stamp + ", {office}, 'dev-' || {office}, 'bench'"
    office = "'office-' || (i % 50)"
    with engine.begin() as conn:

        def x(sql: str) -> None:
            conn.exec_driver_sql(sql.replace("%", "%%") if d == "postgresql" else sql)

        x(
            "INSERT INTO hq_office (office_id, name, created_at, identities, share_birth_year,"
            " retention_years, policy_version) SELECT 'office-' || i, 'Office ' || i, "
            f"{stamp}, 'none', false, 5, 0 FROM {_numbers(OFFICES, d)}"
        )
        # events: i = local * 50 + office; the local number grows with the start date
        local = _div("i", OFFICES, d)
        start = _date(f"{local} * {span} / {events}", d)
        x(
            "INSERT INTO hq_event (id, version, updated_at, office_id, device_id, recorded_by,"
            " title, event_type, modality, start_date, end_date, programme, status, deleted_at)"
            f" SELECT 'e-' || i, {common.format(office=office)}, 'Event ' || i,"
            f" {_pick(TYPES, f'{local} * 7 + i % 50', d)}, 'in person', {start},"
            f" {_date(f'{local} * {span} / {events} + i % 3', d)},"
            f" 'Programme ' || (i % 6),"
            f" CASE WHEN i % 20 = 7 THEN 'planned' WHEN i % 40 = 3 THEN 'cancelled' ELSE 'held' END,"
            f" CASE WHEN i % 97 = 5 THEN {stamp} END"
            f" FROM {_numbers(events * OFFICES, d)}"
        )
        x(
            "INSERT INTO hq_event_tag (event_id, kind, code) SELECT 'e-' || i, 'country',"
            f" {_pick(COUNTRIES, 'i / 50 + i % 50', d)} FROM {_numbers(events * OFFICES, d)}"
            f" UNION ALL SELECT 'e-' || i, 'country', {_pick(COUNTRIES, 'i / 50 + i % 50 + 3', d)}"
            f" FROM {_numbers(events * OFFICES, d)} WHERE i % 5 = 1"
            f" UNION ALL SELECT 'e-' || i, 'outcome', {_pick(OUTCOMES, 'i / 50', d)}"
            f" FROM {_numbers(events * OFFICES, d)}"
        )
        x(
            "INSERT INTO hq_participant (id, version, updated_at, office_id, device_id,"
            " recorded_by, full_name, sex, nationality, organization_type, consent)"
            f" SELECT 'p-' || i, {common.format(office=office)}, '',"
            f" {_pick(SEXES, 'i / 50', d)}, {_pick(COUNTRIES, 'i / 50 + i % 7', d)},"
            f" CASE WHEN i % 11 = 0 THEN NULL ELSE {_pick(ORGS, 'i / 50', d)} END, false"
            f" FROM {_numbers(people * OFFICES, d)}"
        )
        # attendance: i = j * 50 + office; event j / 20 of the office, person (j * 7919) mod
        # people: each person at ~3 events, a third of the four years apart
        j = _div("i", OFFICES, d)
        person = f"(({j}) * 7919) % {people}"
        x(
            "INSERT INTO hq_attendance (id, version, updated_at, office_id, device_id,"
            " recorded_by, event_id, participant_id, role, days_attended, completed,"
            " pre_test_score, post_test_score, satisfaction, certificate_issued, age_band)"
            f" SELECT 'a-' || i, {common.format(office=office)},"
            f" 'e-' || (({j}) / {PER_EVENT} * 50 + i % 50), 'p-' || ({person} * 50 + i % 50),"
            " CASE WHEN i % 19 = 0 THEN 'trainer' ELSE 'participant' END,"
            " CASE WHEN i % 13 = 0 THEN 1 END, true,"
            " CASE WHEN i % 3 = 0 THEN 40 + i % 30 END, CASE WHEN i % 3 = 0 THEN 45 + i % 41 END,"
            " CASE WHEN i % 4 = 0 THEN 1 + i % 5 END, false,"
            f" {_pick(BANDS, f'{person} + {j} / ({people} * {PER_EVENT})', d)}"
            f" FROM {_numbers(per_office * OFFICES, d)}"
        )
        x(
            "INSERT INTO hq_head_count (id, version, updated_at, office_id, device_id,"
            " recorded_by, event_id, sex, age_band, count)"
            f" SELECT 'h-' || i || '-' || k.s, {common.format(office=office)}, 'e-' || i,"
            " k.s, '25-34', 3 + i % 9"
            f" FROM {_numbers(events * OFFICES, d)},"
            " (SELECT 'female' AS s UNION ALL SELECT 'male') AS k WHERE i % 10 = 4"
        )
        x(
            "INSERT INTO hq_office_figures (office_id, version)"
            f" SELECT 'office-' || i, 1 FROM {_numbers(OFFICES, d)}"
        )
    if d == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return {"events": events * OFFICES, "people": people * OFFICES}


@contextmanager
def bench_database(dialect: str, folder: Path) -> Iterator[Engine]:
    if dialect == "sqlite":
        folder.mkdir(parents=True, exist_ok=True)
        engine = open_database(f"sqlite:///{folder / 'hq.db'}")
        try:
            yield engine
        finally:
            engine.dispose()
        return
    admin_url = os.environ.get("FIELDAPP_TEST_PG", "")
    if not admin_url:
        pytest.skip("PostgreSQL: set FIELDAPP_TEST_PG")
    name = f"hq_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        engine = open_database(
            make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        )
        try:
            yield engine
        finally:
            engine.dispose()
    finally:
        try:
            drop(admin, name)
        finally:
            admin.dispose()


def _timed(work: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def read_figures(
    engine: Engine,
    period: Period,
    office: str | None,
    counted: list[aggregates.Counted] | None = None,
) -> Indicators:
    """The figures as the indicators route reads them (an admin: exact); the tallies it
    counted afresh are kept, and added to ``counted``."""
    counted = [] if counted is None else counted
    with read_only(engine) as conn:
        found = consolidated(conn, Scope(Role.ADMIN), period, office, counted=counted)
    aggregates.keep_in(engine, counted)
    return found


def from_scratch(engine: Engine, period: Period, office: str | None) -> Indicators:
    with read_only(engine) as conn:
        offices = None if office is None else [office]
        return compute_indicators(conn, HQ_INDICATOR_TABLES, period, office_ids=offices)


def changed(engine: Engine, office: str) -> None:
    """What a batch applied for ``office`` does to its figures version."""
    with engine.begin() as conn:
        aggregates.office_changed(conn, office)


def _measure(
    engine: Engine, period: Period, office: str | None, attendance: int
) -> tuple[float, float, float]:
    """(cold, warm, from scratch) seconds for one dashboard query, asserting its figures from
    the stored tallies equal those counted from scratch."""
    # Three runs at every scale: on a shared machine one slow run is the median of two.
    runs = 3
    read_figures(engine, period, office)  # every office's tally of the unit stored

    counted: list[aggregates.Counted] = []

    def cold() -> Indicators:
        changed(engine, "office-7")  # a batch of one office (the one asked for, if one is)
        return read_figures(engine, period, office, counted)

    cold_s, from_cold = _timed(cold, runs)
    # Each cold read found that office stale and counted it again, and it alone.
    assert [c.office_id for c in counted] == ["office-7"] * runs
    counted.clear()
    warm_s, from_warm = _timed(lambda: read_figures(engine, period, office, counted), runs)
    assert counted == []  # each warm read counted nothing
    scratch_s, scratch = _timed(
        lambda: from_scratch(engine, period, office), 1 if attendance > 500_000 else runs
    )
    assert from_cold.as_dict() == scratch.as_dict()
    assert from_warm.as_dict() == scratch.as_dict()
    return cold_s, warm_s, scratch_s


RESULTS: dict[tuple[str, int], dict[str, tuple[float, float, float]]] = {}


@pytest.mark.timeout(5400)  # 5M rows: minutes to fill, minutes to count from scratch
@pytest.mark.parametrize("attendance", SCALES, ids=[f"{n // 1000}k" for n in SCALES])
@pytest.mark.parametrize("dialect", ["postgresql", "sqlite"])
def test_hq_dashboard_at_scale(dialect: str, attendance: int, tmp_path: Path) -> None:
    if dialect == "sqlite" and attendance > SQLITE_MAX:
        pytest.skip(f"SQLite filled up to {SQLITE_MAX:,} rows (FIELDAPP_HQ_BENCH_SQLITE_MAX)")
    with bench_database(dialect, tmp_path / "hq") as engine:
        started = time.perf_counter()
        sizes = fill(engine, attendance)
        filled = time.perf_counter() - started
        print(
            f"\nHQ {dialect} {attendance:,} attendance, {sizes['events']:,} events,"
            f" {sizes['people']:,} people: filled in {filled:.0f} s"
        )
        started = time.perf_counter()
        with engine.begin() as conn:
            counted = aggregates.rebuild(conn)
        print(
            f"  first count of every office's all-time tally ({counted}): "
            f"{time.perf_counter() - started:.1f} s"
        )
        office = "office-7"
        found: dict[str, tuple[float, float, float]] = {}
        for measure, period, one, _target in MEASURES:
            found[measure] = _measure(engine, period, office if one else None, attendance)
            cold_s, warm_s, scratch_s = found[measure]
            print(
                f"  {measure:<26} cold {ms(cold_s):>9}  warm {ms(warm_s):>9}"
                f"  from scratch {ms(scratch_s):>9}  (x{scratch_s / cold_s:,.0f} faster cold)"
            )
        RESULTS[(dialect, attendance)] = found
        if attendance == max(SCALES):
            _report(attendance)


def _report(attendance: int) -> None:
    """One summary row per measure of the issue's HQ table, once both engines have run (or
    PostgreSQL alone, if SQLite is not filled this far)."""
    pg = RESULTS.get(("postgresql", attendance))
    lite = RESULTS.get(("sqlite", attendance))
    if pg is None or (lite is None and attendance <= SQLITE_MAX):
        return
    for measure, _period, _one, target in MEASURES:
        cold, warm, scratch = pg[measure]
        value = f"PG {ms(cold)} cold / {ms(warm)} warm"
        base = f"from scratch PG {ms(scratch)} (x{scratch / cold:,.0f})"
        if lite is not None:
            l_cold, l_warm, l_scratch = lite[measure]
            value += f"; SQLite {ms(l_cold)} / {ms(l_warm)}"
            base += f"; SQLite {ms(l_scratch)} (x{l_scratch / l_cold:,.0f})"
        value = f"{attendance / 1e6:g}M: {value}"
        row("hq", measure, value, f"<= {target * 1000:,.0f} ms", cold <= target, base)
