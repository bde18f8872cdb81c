"""Retention: identities past the office's period are listed, then erased; nobody else."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, select, update

from fieldapp.domain.privacy import ERASED_BY_RETENTION
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store import retention
from fieldapp.store.erasure_list import ERASURE
from fieldapp.store.queries import list_people
from fieldapp.store.repository import OUTBOX, PARTICIPANT, Repository
from fieldapp.store.store import Store

TODAY = date(2026, 12, 2)


def fill(store: Store) -> dict[str, str]:
    """Old (last event 6 years ago), Recent (4 years ago, and also 6), Never (no event,
    last changed 7 years ago), New (no event, added today), Gone (deleted, 6 years ago)."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=TODAY)
        ids = dict(
            zip(
                ("old", "recent", "never", "new", "gone"),
                repo.add_participants(
                    [
                        ParticipantBase(full_name="Youssef Old", sex="male", birth_year=1970),
                        ParticipantBase(full_name="Nadia Recent", sex="female"),
                        ParticipantBase(full_name="Karim Never", sex="male"),
                        ParticipantBase(full_name="Salma New", sex="female"),
                        ParticipantBase(full_name="Hamid Gone", sex="male"),
                    ]
                ),
                strict=True,
            )
        )
        six, four, deleted = (
            repo.add_event(
                EventBase(
                    title=title,
                    event_type="workshop",
                    start_date=start,
                    end_date=start,
                    status="held",
                )
            )
            for title, start in (
                ("Six years ago", date(2020, 11, 30)),
                ("Four years ago", date(2022, 12, 1)),
                ("Deleted event", date(2025, 1, 15)),
            )
        )
        repo.add_attendance(
            [
                AttendanceBase(event_id=six, participant_id=ids["old"]),
                AttendanceBase(event_id=six, participant_id=ids["recent"]),
                AttendanceBase(event_id=four, participant_id=ids["recent"]),
                AttendanceBase(event_id=six, participant_id=ids["gone"]),
                # An event deleted since does not keep anyone: Old's last is still 2020.
                AttendanceBase(event_id=deleted, participant_id=ids["old"]),
            ]
        )
        repo.delete(RecordType.EVENT, deleted)
        repo.delete(RecordType.PARTICIPANT, ids["gone"])
        conn.execute(
            update(PARTICIPANT)
            .where(PARTICIPANT.c.id == ids["never"])
            .values(updated_at=datetime(2019, 5, 1, tzinfo=UTC))
        )
    return ids


def names(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return {
            pid: name
            for pid, name in conn.execute(select(PARTICIPANT.c.id, PARTICIPANT.c.full_name))
        }


def test_dry_run_lists_who_is_past_it_and_changes_nothing(store: Store) -> None:
    ids = fill(store)
    before = names(store)
    found = retention.due(store, 5, TODAY)
    assert [(d.person_id, d.full_name, d.last_event) for d in found] == [
        (ids["never"], "Karim Never", None),
        (ids["old"], "Youssef Old", date(2020, 11, 30)),  # the deleted event does not count
    ]  # (Hamid, deleted from the registry, kept no identity: nothing to erase)
    assert names(store) == before
    assert [d.person_id for d in retention.due(store, 7, TODAY)] == [ids["never"]]
    assert retention.due(store, None, TODAY) == found  # the policy's default: 5 years


def test_run_erases_exactly_them(store: Store) -> None:
    ids = fill(store)
    assert retention.run(store, 5, TODAY) == 2
    after = names(store)
    assert {k for k, pid in ids.items() if after[pid] == ""} == {"old", "never", "gone"}
    assert after[ids["recent"]] == "Nadia Recent" and after[ids["new"]] == "Salma New"
    with store.engine.connect() as conn:
        reasons = set(conn.execute(select(ERASURE.c.reason)).scalars())
        shown = {p.full_name for p in list_people(conn, limit=100)}
        unsynced = conn.execute(
            select(func.count())
            .select_from(OUTBOX)
            .where(OUTBOX.c.record_id == ids["old"], OUTBOX.c.batch_id.is_(None))
        ).scalar_one()
    assert reasons == {ERASED_BY_RETENTION}
    assert shown == {"Nadia Recent", "Salma New"}
    assert unsynced == 2  # added, then erased: the erasure travels
    assert retention.run(store, 5, TODAY) == 0  # nothing left to do


def test_the_offer_is_made_at_most_once_a_week(store: Store) -> None:
    fill(store)
    assert retention.is_due(store, TODAY) == 2
    retention.remember_answer(store, TODAY)
    assert retention.is_due(store, date(2026, 12, 8)) == 0
    assert retention.is_due(store, date(2026, 12, 9)) == 2
