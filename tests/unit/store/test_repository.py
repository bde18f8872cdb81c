"""Writes through the repository: versions, tombstones, the outbox, and all-or-nothing batches."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.validation import ValidationError
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import (
    ATTENDANCE,
    HEAD_COUNT,
    OUTBOX,
    PARTICIPANT,
    RecordNotFound,
    Repository,
)
from fieldapp.store.store import Store


def outbox(store: Store) -> list[tuple[str, str, int, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(
                OUTBOX.c.record_type, OUTBOX.c.record_id, OUTBOX.c.version, OUTBOX.c.op
            ).order_by(OUTBOX.c.seq)
        )
        return [tuple(r) for r in rows]


def workshop() -> EventBase:
    return EventBase(
        title="Workshop",
        event_type="workshop",
        start_date=date(2025, 5, 5),
        end_date=date(2025, 5, 6),
        status="held",
    )


def test_create_update_delete_each_leave_an_outbox_row(store: Store) -> None:
    with store.transaction() as conn:
        pid = Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Leïla Haddad", sex="female")
        )
    with store.transaction() as conn:
        assert (
            Repository(conn, store.identity).update_participant(
                pid, {"organization": "Border Guard Service"}
            )
            == 2
        )
    with store.transaction() as conn:
        assert Repository(conn, store.identity).delete(RecordType.PARTICIPANT, pid) == 3
    assert outbox(store) == [
        ("participant", pid, 1, "upsert"),
        ("participant", pid, 2, "upsert"),
        ("participant", pid, 3, "delete"),
    ]
    with store.engine.connect() as conn:
        row = conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == pid)).mappings().one()
    assert row["deleted_at"] is not None and row["version"] == 3  # a tombstone, not a hard delete
    assert (
        row["office_id"] == store.identity.office_id
        and row["device_id"] == store.identity.device_id
    )


def test_a_rolled_back_write_leaves_no_outbox_row(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Omar Tazi", sex="male")
        )
        raise RuntimeError("the user cancelled")
    assert outbox(store) == []
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(PARTICIPANT)).scalar() == 0


def test_one_bad_row_writes_nothing(store: Store) -> None:
    people = [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(5)]
    people[3] = ParticipantBase(full_name="Bad Row", sex="female", email="no-at-sign")
    with pytest.raises(ValidationError) as caught, store.transaction() as conn:
        Repository(conn, store.identity).add_participants(people)
    [problem] = caught.value.problems
    assert (problem.row, problem.field) == (4, "email")
    assert str(problem) == "row 4, E-mail: “no-at-sign” is not an e-mail address."
    assert outbox(store) == []


def test_the_same_person_twice_at_one_event_is_refused(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        eid = repo.add_event(workshop())
        pid = repo.add_participant(ParticipantBase(full_name="Nadia Bennani", sex="female"))
        repo.add_attendance([AttendanceBase(event_id=eid, participant_id=pid)])
    with pytest.raises(ValidationError, match="already registered"), store.transaction() as conn:
        Repository(conn, store.identity).add_attendance(
            [AttendanceBase(event_id=eid, participant_id=pid)]
        )
    with pytest.raises(ValidationError, match="already registered"), store.transaction() as conn:
        other = Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Other", sex="male")
        )
        Repository(conn, store.identity).add_attendance(
            [
                AttendanceBase(event_id=eid, participant_id=other),
                AttendanceBase(event_id=eid, participant_id=other),
            ]
        )
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(ATTENDANCE)).scalar() == 1


def test_attendance_days_checked_against_the_event(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        eid = repo.add_event(workshop())
        pid = repo.add_participant(ParticipantBase(full_name="Karim Alaoui", sex="male"))
    with pytest.raises(ValidationError, match="lasts 2 day"), store.transaction() as conn:
        Repository(conn, store.identity).add_attendance(
            [AttendanceBase(event_id=eid, participant_id=pid, days_attended=3)]
        )


def test_update_with_a_bad_value_names_the_field(store: Store) -> None:
    with store.transaction() as conn:
        eid = Repository(conn, store.identity).add_event(workshop())
    with pytest.raises(ValidationError) as caught, store.transaction() as conn:
        Repository(conn, store.identity).update_event(eid, {"end_date": date(2025, 5, 1)})
    assert [p.field for p in caught.value.problems] == ["end_date"]
    with pytest.raises(ValidationError) as caught, store.transaction() as conn:
        Repository(conn, store.identity).update_event(eid, {"start_date": "next tuesday"})
    assert [p.field for p in caught.value.problems] == ["start_date"]


def test_event_tags_round_trip(store: Store) -> None:
    tags = EventTags(
        beneficiary_countries=["MAR", "TUN"],
        outcomes=["2.1", "3.1"],
        pillars=["II"],
        partners=["UNODC"],
        donors=["Japan"],
    )
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        eid = repo.add_event(workshop(), tags)
        assert repo.event_tags(eid) == tags
        repo.update_event(eid, {"title": "Renamed"}, EventTags(outcomes=["1.2"]))
        assert repo.event_tags(eid) == EventTags(outcomes=["1.2"])


def test_head_count_grid_is_replaced_cell_by_cell(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        eid = repo.add_event(workshop())
        repo.set_head_counts(
            eid,
            [
                HeadCountBase(event_id=eid, sex="female", age_band="25-34", count=4),
                HeadCountBase(event_id=eid, sex="male", age_band="25-34", count=3),
            ],
        )
        repo.set_head_counts(
            eid, [HeadCountBase(event_id=eid, sex="female", age_band="25-34", count=6)]
        )
    with store.engine.connect() as conn:
        alive = conn.execute(
            select(HEAD_COUNT.c.sex, HEAD_COUNT.c.count, HEAD_COUNT.c.version).where(
                HEAD_COUNT.c.deleted_at.is_(None)
            )
        ).all()
    assert [tuple(r) for r in alive] == [("female", 6, 2)]
    ops = [(t, op) for t, _, _, op in outbox(store) if t == "head_count"]
    assert ops == [("head_count", "upsert")] * 3 + [("head_count", "delete")]


def test_changing_a_deleted_record_is_refused(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        pid = repo.add_participant(ParticipantBase(full_name="Gone", sex="male"))
        repo.delete(RecordType.PARTICIPANT, pid)
        with pytest.raises(RecordNotFound):
            repo.update_participant(pid, {"full_name": "Back"})


def test_deleting_a_person_or_an_event_deletes_what_hangs_on_it(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        e1, e2 = repo.add_event(workshop()), repo.add_event(workshop())
        amina, omar = repo.add_participants(
            [
                ParticipantBase(full_name="Amina", sex="female"),
                ParticipantBase(full_name="Omar", sex="male"),
            ]
        )
        repo.add_attendance(
            [AttendanceBase(event_id=e, participant_id=p) for e in (e1, e2) for p in (amina, omar)]
        )
        repo.set_head_counts(
            e2, [HeadCountBase(event_id=e2, sex="male", age_band="18-24", count=3)]
        )
        repo.delete(RecordType.PARTICIPANT, amina)
        repo.delete(RecordType.EVENT, e2)
    with store.engine.connect() as conn:
        alive = conn.execute(
            select(ATTENDANCE.c.event_id, ATTENDANCE.c.participant_id).where(
                ATTENDANCE.c.deleted_at.is_(None)
            )
        ).all()
        counts = conn.execute(
            select(func.count()).select_from(HEAD_COUNT).where(HEAD_COUNT.c.deleted_at.is_(None))
        ).scalar()
    assert [tuple(r) for r in alive] == [(e1, omar)]
    assert counts == 0
    deletes = [(t, op) for t, _, _, op in outbox(store) if op == "delete"]
    assert sorted(deletes) == sorted(
        [("attendance", "delete")] * 3
        + [("head_count", "delete"), ("participant", "delete"), ("event", "delete")]
    )


def test_merge_moves_attendance_and_tombstones_the_other(store: Store) -> None:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        e1, e2 = repo.add_event(workshop()), repo.add_event(workshop())
        keep, other = repo.add_participants(
            [
                ParticipantBase(full_name="Leïla Haddad", sex="female"),
                ParticipantBase(full_name="Leila Haddad", sex="female"),
            ]
        )
        repo.add_attendance(
            [
                AttendanceBase(event_id=e1, participant_id=keep),
                AttendanceBase(event_id=e1, participant_id=other),
                AttendanceBase(event_id=e2, participant_id=other, post_test_score=80),
            ]
        )
        repo.merge_people(keep, other)
    with store.engine.connect() as conn:
        alive = conn.execute(
            select(
                ATTENDANCE.c.event_id, ATTENDANCE.c.participant_id, ATTENDANCE.c.post_test_score
            ).where(ATTENDANCE.c.deleted_at.is_(None))
        ).all()
        gone = conn.execute(
            select(PARTICIPANT.c.deleted_at).where(PARTICIPANT.c.id == other)
        ).scalar()
    assert sorted(tuple(r) for r in alive) == sorted([(e1, keep, None), (e2, keep, 80.0)])
    assert gone is not None
