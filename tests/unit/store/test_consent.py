"""Consent as events and the legal basis: a withdrawal is appended, never an edit; the basis
rules say which field is wrong and why; the registry filters by basis and hides the erased."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, update

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import ValidationError
from fieldapp.domain.vocab import RecordType
from fieldapp.store.consent import (
    CONSENT_EVENT,
    add_person,
    consent_history,
    record_consent,
    update_person,
)
from fieldapp.store.queries import (
    BASIS_NONE,
    BASIS_WITHDRAWN,
    count_people,
    list_people,
    person_record,
)
from fieldapp.store.repository import OUTBOX, PARTICIPANT, Repository
from fieldapp.store.store import Store

AMINA = ParticipantBase(full_name="Amina Haddad", sex="female", organization="Border Police")


def _add(store: Store, person: ParticipantBase = AMINA, consents: tuple = ()) -> str:  # type: ignore[type-arg]
    with store.transaction() as conn:
        return add_person(Repository(conn, store.identity), person, consents)


def _record(store: Store, pid: str) -> dict:  # type: ignore[type-arg]
    with store.engine.connect() as conn:
        row = person_record(conn, pid)
    assert row is not None
    return row


def test_withdrawal_is_an_event_and_the_history_keeps_the_consent(store: Store) -> None:
    pid = _add(store)
    record_consent(store, pid, given=True, on=date(2024, 3, 1))
    given = _record(store, pid)
    assert (given["consent"], given["consent_date"], given["version"]) == (
        True,
        date(2024, 3, 1),
        2,
    )
    record_consent(store, pid, given=False, on=date(2025, 6, 9))
    withdrawn = _record(store, pid)
    assert (withdrawn["consent"], withdrawn["consent_date"]) == (False, date(2025, 6, 9))
    assert withdrawn["version"] == 3
    with store.engine.connect() as conn:
        history = consent_history(conn, pid)
        sent = conn.execute(
            select(OUTBOX.c.version).where(OUTBOX.c.record_id == pid).order_by(OUTBOX.c.seq)
        ).scalars()
        assert list(sent) == [1, 2, 3]  # each change travels to HQ as a new version
    assert [(e.given, e.on) for e in history] == [
        (True, date(2024, 3, 1)),
        (False, date(2025, 6, 9)),
    ]
    assert {e.recorded_by for e in history} == {store.identity.recorded_by}


def test_consent_events_refused_with_reasons_and_nothing_written(store: Store) -> None:
    pid = _add(store)
    with pytest.raises(ValidationError, match="no consent was given on or before it"):
        record_consent(store, pid, given=False, on=date(2024, 1, 1))
    with pytest.raises(ValidationError, match="Consent date: cannot be in the future"):
        record_consent(store, pid, given=True, on=date(2999, 1, 1))
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(CONSENT_EVENT)).scalar_one() == 0
    assert _record(store, pid)["version"] == 1


def test_basis_rules_name_the_field_and_why(store: Store) -> None:
    pid = _add(store)
    cases = [
        ({"legal_basis": "because"}, "Legal basis: “because” is not a legal basis"),
        ({"legal_basis": "public interest"}, "Since: is required with a legal basis"),
        (
            {"legal_basis": "public interest", "basis_date": date(2999, 1, 1)},
            "Since: cannot be in the future",
        ),
        (
            {"legal_basis": "consent", "basis_date": date(2024, 1, 1)},
            "Legal basis: is consent, but no consent was given",
        ),
    ]
    for changes, message in cases:
        with pytest.raises(ValidationError, match=message), store.transaction() as conn:
            update_person(Repository(conn, store.identity), pid, changes)
    assert _record(store, pid)["legal_basis"] is None
    with store.transaction() as conn:
        update_person(
            Repository(conn, store.identity),
            pid,
            {"legal_basis": "legal obligation", "basis_date": date(2024, 1, 1), "basis_note": "x"},
        )
    saved = _record(store, pid)
    assert (saved["legal_basis"], saved["basis_note"]) == ("legal obligation", "x")
    assert saved["recorded_by"] == store.identity.recorded_by


def test_consent_basis_with_consent_withdrawn_is_kept_and_filtered(store: Store) -> None:
    consenting = AMINA.model_copy(update={"legal_basis": "consent", "basis_date": date(2024, 3, 1)})
    pid = _add(store, consenting, ((True, date(2024, 3, 1)),))
    other = _add(
        store,
        ParticipantBase(
            full_name="Omar Tazi",
            legal_basis="public interest",
            basis_date=date(2023, 1, 1),
        ),
    )
    nobody = _add(store, ParticipantBase(full_name="Sara Bennani"))
    record_consent(store, pid, given=False, on=date(2025, 1, 2))
    assert _record(store, pid)["legal_basis"] == "consent"
    with store.engine.connect() as conn:

        def names(basis: str, text: str = "") -> list[str]:
            people = list_people(conn, text, basis=basis)
            assert count_people(conn, text, basis) == len(people)
            return [p.full_name for p in people]

        assert names("") == ["Amina Haddad", "Omar Tazi", "Sara Bennani"]
        assert names("consent") == ["Amina Haddad"]
        assert names(BASIS_WITHDRAWN) == ["Amina Haddad"]
        assert names("public interest") == ["Omar Tazi"]
        assert names("public interest", "Oma") == ["Omar Tazi"]
        assert names("public interest", "Amina") == []
        assert names(BASIS_NONE) == ["Sara Bennani"]
        assert names("vital interest") == []
        assert names("x' OR 1=1 --") == []  # a hostile filter value finds nobody
    assert {other, nobody}


def test_erased_people_are_not_listed(store: Store) -> None:
    pid = _add(store)
    _add(store, ParticipantBase(full_name="Omar Tazi"))
    with store.transaction() as conn:  # as an erasure leaves the row: no name, erased_at set
        conn.execute(
            update(PARTICIPANT)
            .where(PARTICIPANT.c.id == pid)
            .values(erased_at=datetime(2026, 1, 1, tzinfo=UTC), organization="Border Police")
        )
    with store.engine.connect() as conn:
        assert [p.full_name for p in list_people(conn)] == ["Omar Tazi"]
        assert count_people(conn) == 1
        assert [p.full_name for p in list_people(conn, "Bor")] == []
    with pytest.raises(ValidationError, match="identity was erased"):
        record_consent(store, pid, given=True, on=date(2024, 1, 1))


def test_added_with_consents_the_person_shows_the_latest(store: Store) -> None:
    pid = _add(store, AMINA, ((False, date(2025, 2, 2)), (True, date(2024, 1, 1))))
    row = _record(store, pid)
    assert (row["consent"], row["consent_date"]) == (False, date(2025, 2, 2))
    with pytest.raises(ValidationError, match="Consent date: cannot be in the future"):
        _add(store, AMINA, ((True, date(2999, 2, 2)),))
    with store.engine.connect() as conn:
        assert count_people(conn) == 1
    with store.transaction() as conn:
        assert Repository(conn, store.identity).current(RecordType.PARTICIPANT, pid)["id"] == pid


def test_a_consent_ticked_without_its_event_becomes_one_when_withdrawn(store: Store) -> None:
    ticked = AMINA.model_copy(update={"consent": True, "consent_date": date(2024, 3, 1)})
    with store.transaction() as conn:  # as quick add writes it: no consent event
        pid = Repository(conn, store.identity).add_participant(ticked)
    record_consent(store, pid, given=False, on=date(2025, 1, 1))
    with store.engine.connect() as conn:
        assert [(e.given, e.on) for e in consent_history(conn, pid)] == [
            (True, date(2024, 3, 1)),
            (False, date(2025, 1, 1)),
        ]
