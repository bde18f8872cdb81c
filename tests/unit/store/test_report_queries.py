"""The footer's provenance (`fieldapp.store.report_queries.provenance`): its digest names the
records a PDF was computed from, whatever order the database reads them in, and moves when
any of them is edited, added or removed."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, cast, delete, func, insert, select, text, update

from fieldapp.domain.indicators import Period
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.report_queries import Provenance, held_events, provenance, record_sums
from fieldapp.store.repository import ATTENDANCE, EVENT, HEAD_COUNT, PARTICIPANT, Repository
from fieldapp.store.store import Store

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def fill(store: Store) -> dict[str, Any]:
    """Two held events of 2026 with 6 and 5 participants, one event of 2025 with its own."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        people = repo.add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(12)]
        )
        events = [
            repo.add_event(
                EventBase(
                    title=f"Workshop {i}",
                    event_type="workshop",
                    start_date=start,
                    end_date=start,
                    status="held",
                )
            )
            for i, start in enumerate([date(2026, 3, 1), date(2026, 5, 1), date(2025, 5, 1)])
        ]
        rows = repo.add_attendance(
            [AttendanceBase(event_id=events[0], participant_id=p) for p in people[:6]]
            + [AttendanceBase(event_id=events[1], participant_id=p) for p in people[4:9]]
            + [AttendanceBase(event_id=events[2], participant_id=people[11])]
        )
    return {"people": people, "events": events, "attendance": rows}


def footer(store: Store, period: Period = YEAR) -> Provenance:
    with store.engine.connect() as conn:
        return provenance(conn, held_events(period))


def same(a: Provenance, b: Provenance) -> bool:
    """The same records (the count of unsynced changes is the store's, not theirs)."""
    return (a.digest, a.data_as_of, a.events, a.people, a.attendances) == (
        b.digest,
        b.data_as_of,
        b.events,
        b.people,
        b.attendances,
    )


def test_digest_is_the_same_whatever_order_the_records_are_read_in(store: Store) -> None:
    fill(store)
    tables = [EVENT, PARTICIPANT, ATTENDANCE, HEAD_COUNT]
    listing = select(
        func.group_concat(ATTENDANCE.c.id + ":" + cast(ATTENDANCE.c.version, String))
    ).where(ATTENDANCE.c.event_id.in_(held_events(YEAR)))
    with store.transaction() as conn:
        # Without its indexes the table is read in the order its rows were written.
        for index in ATTENDANCE.indexes:
            conn.execute(text(f"DROP INDEX {index.name}"))
        first = conn.execute(listing).scalar_one()
    before = footer(store)
    assert (before.events, before.people, before.attendances) == (2, 9, 11)
    with store.transaction() as conn:
        saved = {t.name: [dict(r) for r in conn.execute(select(t)).mappings()] for t in tables}
        for table in reversed(tables):
            conn.execute(delete(table))
        for table in tables:  # the same records, written again in the reverse order
            for row in reversed(saved[table.name]):
                conn.execute(insert(table).values(**row))
        assert conn.execute(listing).scalar_one() != first, "read in another order"
    assert same(footer(store), before)


def test_digest_moves_when_a_record_it_covers_changes(store: Store) -> None:
    made = fill(store)
    seen = {footer(store).digest}

    def changed(edit: Any) -> Provenance:
        with store.transaction() as conn:
            edit(Repository(conn, store.identity), conn)
        now = footer(store)
        assert now.digest not in seen, "the digest did not move"
        seen.add(now.digest)
        return now

    changed(lambda repo, _: repo.update_attendance(made["attendance"][0], {"satisfaction": 4}))
    changed(lambda repo, _: repo.update_participant(made["people"][5], {"sex": "male"}))
    changed(lambda repo, _: repo.update_event(made["events"][1], {"city": "Rabat"}))
    # Only the version moves: the same number of records, every id the same.
    changed(
        lambda _, conn: conn.execute(
            update(ATTENDANCE)
            .where(ATTENDANCE.c.id == made["attendance"][3])
            .values(version=ATTENDANCE.c.version + 1)
        )
    )
    gone = changed(lambda repo, _: repo.delete(RecordType.ATTENDANCE, made["attendance"][1]))
    assert gone.attendances == 10


def test_digest_ignores_records_outside_the_period(store: Store) -> None:
    made = fill(store)
    before = footer(store)
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        repo.update_attendance(made["attendance"][-1], {"satisfaction": 2})  # 2025's event
        repo.update_participant(made["people"][10], {"sex": "male"})  # attended nothing
    assert same(footer(store), before)
    assert footer(store, Period()).people == 10


def test_record_sums_are_free_of_order_and_tell_one_line_apart() -> None:
    lines = [f"{i:08x}-0000-4000-8000-000000000000:{i % 3 + 1}" for i in range(500)]
    assert record_sums("\n".join(lines)) == record_sums("\n".join(reversed(lines)))
    assert record_sums(None) == record_sums("") == "0 0"
    for i in (0, 250, 499):  # one version edited
        edited = [*lines[:i], lines[i][:-1] + "9", *lines[i + 1 :]]
        assert record_sums("\n".join(edited)) != record_sums("\n".join(lines))
    assert record_sums("\n".join(lines[:-1])) != record_sums("\n".join(lines))
