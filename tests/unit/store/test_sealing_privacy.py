"""What a device seals under its office's policy (DESIGN.md §12): under the default, a person
leaves without name, e-mail, phone, position or birth year, and each attendance carries the
attendee's age band at the event; a later birth year or event date that moves the band sends
the attendance again, so HQ's age figures follow without ever seeing a birth year."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from fieldapp.domain.privacy import OfficePolicy
from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import ATTENDANCE, Repository
from fieldapp.store.store import Store
from sync.protocol import BatchEnvelope
from tests.unit.sync.test_hq_apply import sealed_envelopes

TODAY = date(2026, 11, 22)


def records(envelopes: list[BatchEnvelope], kind: RecordType) -> list[dict[str, object]]:
    return [
        {**r.data, "version": r.version} for e in envelopes for r in e.records if r.type == kind
    ]


def registry(store: Store, birth_year: int | None = 1997) -> tuple[str, str, str]:
    """A person (27 at the event, 2025-01-06: band 25-34) at one event; their ids."""
    with store.transaction() as conn:
        repo = Repository(conn, store.identity, today=TODAY)
        event_id = repo.add_event(
            EventBase(
                title="Border management",
                event_type="workshop",
                start_date=date(2025, 1, 6),
                end_date=date(2025, 1, 7),
                status="held",
            )
        )
        person_id = repo.add_participant(
            ParticipantBase(
                full_name="Amina Benali",
                sex="female",
                birth_year=birth_year,
                email="amina@police.example",
                phone="+212 600 111 222",
                position="Inspector",
                basis_note="asked in person by Amina",
            )
        )
        [attendance_id] = repo.add_attendance(
            [AttendanceBase(event_id=event_id, participant_id=person_id)]
        )
    return event_id, person_id, attendance_id


def test_under_the_default_policy_no_identity_leaves_and_the_band_does(store: Store) -> None:
    registry(store)
    envelopes = sealed_envelopes(store)
    [person] = records(envelopes, RecordType.PARTICIPANT)
    assert person["full_name"] == ""
    for field in ("email", "phone", "position", "birth_year", "basis_note"):
        assert person[field] is None, field
    assert person["sex"] == "female"
    [attendance] = records(envelopes, RecordType.ATTENDANCE)
    assert attendance["age_band"] == "25-34"
    text = "".join(e.model_dump_json() for e in envelopes)
    assert "Amina" not in text and "police.example" not in text and "600 111" not in text


def test_the_birth_year_travels_when_the_policy_allows_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "fieldapp.store.sealing.office_policy", lambda _s: OfficePolicy(birth_year=True)
    )
    registry(store)
    [person] = records(sealed_envelopes(store), RecordType.PARTICIPANT)
    assert person["birth_year"] == 1997 and person["full_name"] == ""


def test_an_edit_that_moves_the_band_sends_the_attendance_again(store: Store) -> None:
    event_id, person_id, attendance_id = registry(store)
    sealed_envelopes(store)
    with store.transaction() as conn:  # 1997 -> 1989: 35 at the event
        Repository(conn, store.identity, today=TODAY).update_participant(
            person_id, {"birth_year": 1989}
        )
    [attendance] = records(sealed_envelopes(store), RecordType.ATTENDANCE)
    assert (attendance["age_band"], attendance["version"]) == ("35-44", 2)

    with store.transaction() as conn:  # the event was in 2021: 32 then
        Repository(conn, store.identity, today=TODAY).update_event(
            event_id, {"start_date": date(2021, 3, 1), "end_date": date(2021, 3, 2)}
        )
    [attendance] = records(sealed_envelopes(store), RecordType.ATTENDANCE)
    assert (attendance["age_band"], attendance["version"]) == ("25-34", 3)

    # An edit that leaves the band as it was sends no attendance.
    with store.transaction() as conn:
        Repository(conn, store.identity, today=TODAY).update_participant(
            person_id, {"birth_year": 1990}
        )
    assert records(sealed_envelopes(store), RecordType.ATTENDANCE) == []
    # Once the birth year is gone (erased), the attendance keeps its band.
    with store.transaction() as conn:
        Repository(conn, store.identity, today=TODAY).update_participant(
            person_id, {"birth_year": None}
        )
        kept = conn.execute(
            select(ATTENDANCE.c.age_band).where(ATTENDANCE.c.id == attendance_id)
        ).scalar()
    assert kept == "25-34"
