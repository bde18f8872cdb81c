"""The office's stored figures (`fieldapp.store.figures`): equal to those counted from scratch,
stale after any write to what they count, never stored older than they are."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import insert, select, text, update

from fieldapp.domain.codelists import codelists
from fieldapp.domain.figure_units import lists_digest, period_of
from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.records import utcnow
from fieldapp.domain.vocab import RecordType
from fieldapp.store import figures
from fieldapp.store.demo import generate
from fieldapp.store.report_queries import held_events, provenance
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 22)
UNITS = ["all", "2026", "2026-Q2", "2026-03", "2025"]


@pytest.fixture
def filled(store: Store) -> Store:
    with store.transaction() as conn:
        generate(conn, store.identity, events=30, people=200, seed=4, today=TODAY)
    return store


def counted(store: Store, period: Period) -> dict[str, object]:
    with store.engine.connect() as conn:
        return compute_indicators(conn, INDICATOR_TABLES, period).as_dict()


def read(store: Store, period: Period) -> dict[str, object]:
    with store.engine.connect() as conn:
        return figures.indicators(conn, period).as_dict()


def stored_units(store: Store) -> dict[tuple[str, str], int]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(figures.STORED.c.kind, figures.STORED.c.unit, figures.STORED.c.version)
        )
        return {(k, u): v for k, u, v in rows}


def test_stored_figures_equal_those_counted_from_scratch(filled: Store) -> None:
    for unit in UNITS:
        period = period_of(unit)
        first = read(filled, period)  # counted, then stored
        assert first == counted(filled, period)
        assert read(filled, period) == first  # read back from the store
    with filled.engine.connect() as conn:
        now = figures.version(conn)
    assert stored_units(filled) == {("tally", u): now for u in UNITS}
    assert read(filled, period_of("all"))["individuals_trained"] > 0  # not an empty store


def test_a_period_that_is_no_unit_is_counted_and_not_stored(filled: Store) -> None:
    period = Period(date(2026, 1, 15), date(2026, 5, 31))
    assert read(filled, period) == counted(filled, period)
    assert stored_units(filled) == {}


def test_every_kind_of_write_makes_the_stored_figures_stale(filled: Store) -> None:
    all_time = Period()
    with filled.engine.connect() as conn:
        event_id, person_id = conn.execute(
            text(
                "SELECT a.event_id, a.participant_id FROM attendance a JOIN event e "
                "ON e.id = a.event_id WHERE e.status = 'held' AND a.deleted_at IS NULL LIMIT 1"
            )
        ).one()
    writes = [
        lambda repo: repo.update_participant(person_id, {"sex": "other"}),
        lambda repo: repo.update_event(event_id, {"title": "Renamed"}, tags=None),
        lambda repo: repo.delete(RecordType.EVENT, event_id),
    ]
    before = read(filled, all_time)
    for write in writes:
        read(filled, all_time)  # stored, current
        with filled.transaction() as conn:
            write(Repository(conn, filled.identity, today=TODAY))
        assert read(filled, all_time) == counted(filled, all_time)
    assert read(filled, all_time) != before  # the writes moved the figures


UNREFERENCED = {  # a row of each table no other row refers to, so it may go and come back
    "event": "id NOT IN (SELECT event_id FROM attendance UNION SELECT event_id FROM head_count)",
    "participant": "id NOT IN (SELECT participant_id FROM attendance)",
    "event_tag": "1",
    "attendance": "1",
    "head_count": "1",
}


@pytest.mark.parametrize("table", sorted(UNREFERENCED))
def test_triggers_move_the_version_on_insert_update_and_delete(filled: Store, table: str) -> None:
    """Whoever writes (raw statements here, as an import or a restore might): it moves."""
    with filled.engine.connect() as conn:
        rowid = conn.execute(
            text(f"SELECT rowid FROM {table} WHERE {UNREFERENCED[table]} LIMIT 1")
        ).scalar_one()
        if table == "event":  # its tags go first (their own triggers are tested on their own)
            conn.execute(
                text(
                    f"DELETE FROM event_tag WHERE event_id = (SELECT id FROM event WHERE rowid = {rowid})"
                )
            )
            conn.commit()
        start = figures.version(conn)
    statements = [
        f"CREATE TEMP TABLE kept AS SELECT * FROM {table} WHERE rowid = {rowid}",
        f"DELETE FROM {table} WHERE rowid = {rowid}",
        f"INSERT INTO {table} SELECT * FROM kept",
        f"UPDATE {table} SET rowid = rowid WHERE rowid IN (SELECT max(rowid) FROM {table})",
    ]
    seen = []
    with filled.engine.connect() as conn:
        for stmt in statements:
            conn.execute(text(stmt))
            conn.commit()
            seen.append(figures.version(conn))
    assert seen == [start, start + 1, start + 2, start + 3]


def test_a_write_rolled_back_leaves_the_figures_current(filled: Store) -> None:
    read(filled, Period())
    with pytest.raises(RuntimeError), filled.transaction() as conn:
        conn.execute(update(PARTICIPANT).values(sex="male"))
        raise RuntimeError("cancelled")
    with filled.engine.connect() as conn:
        now = figures.version(conn)
    assert stored_units(filled) == {("tally", "all"): now}


def test_figures_counted_before_a_write_are_not_stored(filled: Store) -> None:
    """A read's snapshot older than a write committed meanwhile: what it counted is shown to
    that read, never stored as current."""
    period = period_of("2026")
    with filled.engine.connect() as old:
        figures.version(old)  # the read's snapshot starts here
        with filled.transaction() as conn:
            conn.execute(update(PARTICIPANT).values(sex="female"))
        seen_by_old = figures.indicators(old, period).as_dict()
    assert stored_units(filled) == {}
    assert seen_by_old != counted(filled, period)  # it did count the older records
    assert read(filled, period) == counted(filled, period)


def test_a_stored_tally_at_another_version_or_with_other_lists_is_counted_again(
    filled: Store,
) -> None:
    period = Period()
    truth = read(filled, period)
    forged = json.dumps({**json.loads(_body(filled)), "trained_named": 999_999})
    with filled.transaction() as conn:  # a tally left from an older version, or hand-edited
        conn.execute(
            update(figures.STORED).values(body=forged, version=figures.STORED.c.version - 1)
        )
    assert read(filled, period) == truth
    lists = codelists()
    other = replace(lists, training_event_types=lists.training_event_types[:1])
    assert lists_digest(other) != lists_digest(lists)
    with filled.engine.connect() as conn:
        assert (
            figures.indicators(conn, period, other).as_dict()
            == compute_indicators(conn, INDICATOR_TABLES, period, lists=other).as_dict()
        )
    assert read(filled, period) == truth  # and back with the lists in use


def _body(store: Store) -> str:
    with store.engine.connect() as conn:
        return str(conn.execute(select(figures.STORED.c.body)).scalar_one())


def test_stored_footer_equals_the_one_counted_and_reads_unsynced_now(filled: Store) -> None:
    period = period_of("2026")
    with filled.engine.connect() as conn:
        fresh = provenance(conn, held_events(period))
        first = figures.period_provenance(conn, period)
        again = figures.period_provenance(conn, period)
    assert first == fresh == again
    assert fresh.unsynced > 0 and fresh.attendances > 0
    with filled.transaction() as conn:  # HQ acknowledged everything: no record changed
        conn.execute(text("UPDATE outbox SET acked_at = '2026-11-23 10:00:00'"))
    with filled.engine.connect() as conn:
        after = figures.period_provenance(conn, period)
    assert after.unsynced == 0
    assert after.digest == fresh.digest and after.events == fresh.events


def test_warm_counts_the_stale_units_read_before(filled: Store) -> None:
    with filled.engine.connect() as conn:
        figures.tally(conn, period_of("2025-03"))
        figures.period_provenance(conn, period_of("2025"))
    with filled.transaction() as conn:
        conn.execute(update(PARTICIPANT).values(organization_type=None))
    done = figures.warm(filled.engine, today=TODAY)
    with filled.engine.connect() as conn:
        now = figures.version(conn)
    stored = stored_units(filled)
    assert done == 5  # 2025-03, the 2025 footer, and all time, 2026, 2026-Q4 for the dashboard
    assert stored == {
        ("tally", "2025-03"): now,
        ("provenance", "2025"): now,
        ("tally", "all"): now,
        ("tally", "2026"): now,
        ("tally", "2026-Q4"): now,
    }
    assert figures.warm(filled.engine, today=TODAY) == 0


def test_the_warmer_counts_once_the_records_stay_still(filled: Store) -> None:
    warmer = figures.Warmer(filled.engine, settle=0.2).start()
    try:
        with filled.transaction() as conn:
            conn.execute(
                insert(figures.STORED).values(
                    kind="tally",
                    unit="2026",
                    version=-1,
                    lists_digest="",
                    body="{}",
                    counted_at=utcnow(),
                )
            )
        deadline = time.monotonic() + 20
        while stored_units(filled).get(("tally", "2026")) == -1 and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        warmer.stop()
    with filled.engine.connect() as conn:
        assert stored_units(filled)[("tally", "2026")] == figures.version(conn)
    assert read(filled, period_of("2026")) == counted(filled, period_of("2026"))


def test_a_store_keeping_its_figures_counted_rekeys_and_closes(filled: Store) -> None:
    """The warmer's connections never stand in the re-key's way, nor outlive the store."""
    filled.keep_figures_counted()
    with filled.transaction() as conn:  # something for it to count
        conn.execute(update(PARTICIPANT).values(organization_type=None))
    time.sleep(0.5)
    filled.rekey(PASSPHRASE)
    assert filled.engine.pool.checkedout() == 0
    reopened = Store.open(filled.data.root, passphrase=PASSPHRASE)
    reopened.keep_figures_counted()
    reopened.close()
    assert reopened.engine.pool.checkedout() == 0


@pytest.mark.parametrize("damage", ["{not json", '{"trained_named": 1}', "[]"])
def test_a_damaged_stored_figure_is_counted_again_and_replaced(filled: Store, damage: str) -> None:
    period = period_of("2026")
    truth = read(filled, period)
    with filled.engine.connect() as conn:
        footer = figures.period_provenance(conn, period)
    with filled.transaction() as conn:  # at the current version: only the body is wrong
        conn.execute(update(figures.STORED).values(body=damage))
    assert read(filled, period) == truth
    with filled.engine.connect() as conn:
        assert figures.period_provenance(conn, period) == footer
    with filled.engine.connect() as conn:
        bodies = conn.execute(select(figures.STORED.c.body)).scalars().all()
    assert len(bodies) == 2 and damage not in bodies  # replaced by what was counted
