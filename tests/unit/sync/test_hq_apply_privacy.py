"""HQ stores people as their office's policy says, whatever a device sends (DESIGN.md §12), on
SQLite and PostgreSQL: names from a hostile device under ``none`` are dropped; under
``shared`` they are ciphertext only; an erased person keeps only what the figures need and
cannot be brought back; a file with names logged on a device enters HQ's audit log once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, insert, select

from fieldapp.domain.privacy import ANONYMOUS_FIELDS, ERASED_AT_THE_OFFICE, OfficePolicy
from fieldapp.domain.records import EventBase, ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.output_log import log_output
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from sync.hq.accounts import audit
from sync.hq.apply import Signer, apply_batch
from sync.hq.database import open_database
from sync.hq.identities import IdentityKey, open_sealed
from sync.hq.policy import set_policy
from sync.hq.record_check import check_batch
from sync.hq.tables import HQ_OFFICE, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange
from tests.unit.sync.test_hq_apply import sealed_envelopes

TODAY = date(2026, 11, 22)
PEOPLE = HQ_TABLES[RecordType.PARTICIPANT]
NAME, EMAIL, PHONE = "Amina Benali", "amina.benali@police.example", "+212 600 111 222"


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[Engine]:
    engine = open_database(hq_db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def device_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    """The device took a bundle saying its office shares identities (`test_reference_policies`
    shows it taking one): it seals every field."""
    monkeypatch.setattr(
        "fieldapp.store.sealing.office_policy", lambda _store: OfficePolicy(identities="shared")
    )


def office(hq: Engine, store: Store, identities: str = "none") -> None:
    with hq.begin() as conn:
        conn.execute(
            insert(HQ_OFFICE).values(
                office_id=store.identity.office_id,
                name="Rabat",
                created_at=datetime.now(UTC),
                identities=identities,
                policy_version=1,
            )
        )


def person(store: Store) -> str:
    with store.transaction() as conn:
        return Repository(conn, store.identity).add_participant(
            ParticipantBase(
                full_name=NAME,
                sex="female",
                birth_year=1990,
                email=EMAIL,
                phone=PHONE,
                position="Inspector",
                nationality="MAR",
                organization_type="law enforcement",
            )
        )


def hostile(envelope: BatchEnvelope) -> BatchEnvelope:
    """The envelope as a device ignoring the policy would send it: names in every person."""
    records = [
        RecordChange(
            **{
                **r.model_dump(),
                "data": {**r.data, "full_name": NAME, "email": EMAIL, "phone": PHONE},
            }
        )
        if r.type == RecordType.PARTICIPANT.value
        else r
        for r in envelope.records
    ]
    return envelope.model_copy(update={"records": records})


def apply(
    hq: Engine, envelopes: list[BatchEnvelope], key: IdentityKey | None = None
) -> list[tuple[str, str | None]]:
    found = []
    for envelope in envelopes:
        with hq.begin() as conn:
            signer = Signer(envelope.device_id, envelope.office_id)
            results = apply_batch(conn, envelope, signer, today=TODAY, identity_key=key)
            found += [(r.result, r.reason) for r in results]
    return found


def stored(hq: Engine, person_id: str) -> dict[str, object]:
    with hq.connect() as conn:
        return dict(conn.execute(select(PEOPLE).where(PEOPLE.c.id == person_id)).mappings().one())


def test_names_from_a_hostile_device_are_dropped_under_none(store: Store, hq: Engine) -> None:
    office(hq, store)
    person_id = person(store)
    assert apply(hq, [hostile(e) for e in sealed_envelopes(store)]) == [("accepted", None)]
    row = stored(hq, person_id)
    assert (row["full_name"], row["email"], row["phone"], row["position"]) == ("", None, None, None)
    assert row["birth_year"] is None and row["identity_sealed"] is None
    assert (row["sex"], row["nationality"], row["organization_type"]) == (
        "female",
        "MAR",
        "law enforcement",
    )


@pytest.mark.usefixtures("device_shares")
def test_under_shared_identities_are_ciphertext_only(store: Store, hq: Engine) -> None:
    office(hq, store, "shared")
    key = IdentityKey.generate()
    person_id = person(store)
    assert apply(hq, sealed_envelopes(store), key) == [("accepted", None)]
    row = stored(hq, person_id)
    assert (row["full_name"], row["email"], row["phone"]) == ("", None, None)
    assert NAME not in json.dumps(row, default=str)
    identity = open_sealed(key, store.identity.office_id, person_id, str(row["identity_sealed"]))
    assert identity == {
        "full_name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "position": "Inspector",
        "birth_year": 1990,
    }
    # Without a key at apply time (HQ misconfigured), the identity is dropped, not kept clear.
    with store.transaction() as conn:
        Repository(conn, store.identity).update_participant(person_id, {"phone": "+212 600 1"})
    assert apply(hq, sealed_envelopes(store), None) == [("accepted", None)]
    row = stored(hq, person_id)
    assert row["identity_sealed"] is None and row["phone"] is None and row["full_name"] == ""


@pytest.mark.usefixtures("device_shares")
def test_an_erased_person_keeps_only_the_anonymous_fields_and_stays_erased(
    store: Store, hq: Engine
) -> None:
    office(hq, store, "shared")
    key = IdentityKey.generate()
    person_id = person(store)
    before = sealed_envelopes(store)
    assert apply(hq, before, key) == [("accepted", None)]
    assert stored(hq, person_id)["identity_sealed"] is not None

    # The device erased them (helper B's erasure writes the same: blanks and erased_at); a
    # hostile device leaves the name in: HQ keeps nothing of it either way.
    [envelope] = before
    [change] = envelope.records
    when = datetime(2026, 11, 20, tzinfo=UTC).isoformat()
    erased = RecordChange(
        **{
            **change.model_dump(),
            "version": change.version + 1,
            "data": {**change.data, "version": change.version + 1, "erased_at": when},
        }
    )
    assert apply(
        hq, [envelope.model_copy(update={"records": [erased], "batch_id": "b2"})], key
    ) == [("accepted", None)]
    row = stored(hq, person_id)
    assert row["identity_sealed"] is None
    kept = {k for k in ParticipantBase.model_fields if row[k] not in (None, "", False)}
    assert kept == {"sex", "nationality", "organization_type", "erased_at"}
    assert kept <= set(ANONYMOUS_FIELDS)
    # A later version that is not erased (an old backup restored on a device): refused.
    back = RecordChange(
        **{
            **change.model_dump(),
            "version": change.version + 2,
            "data": {**change.data, "version": change.version + 2},
        }
    )
    assert apply(hq, [envelope.model_copy(update={"records": [back], "batch_id": "b3"})], key) == [
        ("rejected", ERASED_AT_THE_OFFICE)
    ]
    assert stored(hq, person_id)["full_name"] == ""


def test_a_file_with_names_logged_on_a_device_enters_hqs_audit_once(
    store: Store, hq: Engine
) -> None:
    office(hq, store)
    person_id = person(store)
    sealed_envelopes(store)  # the person went before
    with store.transaction() as conn:
        log_output(
            conn,
            store.identity,
            kind="sign-in sheet",
            subject="Border management, Rabat",
            people_ids=[person_id],
        )
    envelopes = sealed_envelopes(store)
    assert apply(hq, envelopes) == [("accepted", None)]
    assert apply(hq, [e.model_copy(update={"batch_id": "again"}) for e in envelopes]) == [
        ("duplicate", None)
    ]
    with hq.connect() as conn:
        entries = [e for e in audit.entries(conn) if e.action == "device output"]
    assert len(entries) == 1
    [entry] = entries
    assert entry.actor == f"device {store.identity.device_id} ({store.identity.recorded_by})"
    detail = json.loads(entry.detail)
    assert (detail["kind"], detail["subject"], detail["people"]) == (
        "sign-in sheet",
        "Border management, Rabat",
        1,
    )
    assert NAME not in entry.detail


@pytest.mark.usefixtures("device_shares")
def test_when_sharing_stops_hq_drops_what_it_sealed_and_takes_no_more(
    store: Store, hq: Engine
) -> None:
    office(hq, store, "shared")
    key = IdentityKey.generate()
    person_id = person(store)
    apply(hq, sealed_envelopes(store), key)
    assert stored(hq, person_id)["identity_sealed"] is not None
    # Sharing stops: what HQ sealed goes at once, not at each person's next version.
    _, changed = set_policy(
        hq, "Rabat", identities="none", identity_key_configured=True, actor="cli:admin"
    )
    assert changed and stored(hq, person_id)["identity_sealed"] is None
    with hq.connect() as conn:
        [entry] = [e for e in audit.entries(conn) if e.action == "office.policy"]
    assert json.loads(entry.detail)["people_purged"] == 1
    with store.transaction() as conn:
        Repository(conn, store.identity).update_participant(person_id, {"phone": "+212 600 2"})
    apply(hq, [hostile(e) for e in sealed_envelopes(store)], key)
    row = stored(hq, person_id)
    assert row["identity_sealed"] is None and row["full_name"] == "" and row["phone"] is None


@pytest.mark.parametrize("identities", ["none", "shared"])
@pytest.mark.usefixtures("device_shares")
def test_a_refusal_never_quotes_what_identifies_a_person(
    store: Store, hq: Engine, identities: str
) -> None:
    """HQ's signed answer (kept in hq_batch, in the device's inbox, on sticks) says why a
    person is refused without repeating their e-mail, phone or birth year; under none a
    malformed e-mail is no reason at all (HQ never reads it)."""
    office(hq, store, identities)
    person_id = person(store)
    bad = {"email": "amina.benali(at)police.ma", "phone": "Amina Benali mobile"}
    [envelope] = sealed_envelopes(store)
    records = [
        RecordChange(
            **{
                **r.model_dump(),
                "data": {**r.data, **bad, "birth_year": 1066, "sex": "martian"},
            }
        )
        for r in envelope.records
    ]
    [(result, reason)] = apply(
        hq, [envelope.model_copy(update={"records": records})], IdentityKey(b"k" * 32)
    )
    assert result == "rejected" and reason is not None
    assert "martian" in reason  # what is wrong with a field that does not identify
    for value in (*bad.values(), "1066", "Amina", "police.ma"):
        assert value not in reason, value
    assert stored_or_none(hq, person_id) is None


def stored_or_none(hq: Engine, person_id: str) -> dict[str, object] | None:
    with hq.connect() as conn:
        row = conn.execute(select(PEOPLE).where(PEOPLE.c.id == person_id)).mappings().first()
    return None if row is None else dict(row)


@pytest.mark.usefixtures("device_shares")
def test_a_person_taken_out_of_the_registry_leaves_no_identity_at_hq(
    store: Store, hq: Engine
) -> None:
    """A tombstone (a duplicate merged away, a person deleted) needs no identity: HQ keeps
    none, even sealed, even under shared."""
    office(hq, store, "shared")
    person_id = person(store)
    key = IdentityKey(b"k" * 32)
    apply(hq, sealed_envelopes(store), key)
    assert stored(hq, person_id)["identity_sealed"] is not None
    with store.transaction() as conn:
        Repository(conn, store.identity).delete(RecordType.PARTICIPANT, person_id)
    assert apply(hq, sealed_envelopes(store), key) == [("accepted", None)]
    row = stored(hq, person_id)
    assert row["identity_sealed"] is None and row["full_name"] == "" and row["email"] is None


def test_an_event_s_narrative_stays_on_the_device(store: Store, hq: Engine) -> None:
    """The narrative is free text that may name trainees: it is not sealed, and HQ keeps
    none that a device sends anyway."""
    office(hq, store)
    with store.transaction() as conn:
        event_id = Repository(conn, store.identity).add_event(
            EventBase(
                title="Border workshop",
                event_type="workshop",
                start_date=date(2026, 3, 2),
                end_date=date(2026, 3, 2),
                status="held",
                narrative=f"{NAME} ({PHONE}) presented the case study.",
            )
        )
    [envelope] = sealed_envelopes(store)
    [event] = envelope.records
    assert event.data["narrative"] is None and event.data["title"] == "Border workshop"
    sent = event.model_copy(update={"data": {**event.data, "narrative": f"{NAME} spoke"}})
    assert apply(hq, [envelope.model_copy(update={"records": [sent]})]) == [("accepted", None)]
    with hq.connect() as conn:
        table = HQ_TABLES[RecordType.EVENT]
        kept = conn.execute(select(table.c.narrative).where(table.c.id == event_id)).scalar_one()
    assert kept is None


@pytest.mark.usefixtures("device_shares")
def test_records_read_before_a_policy_change_are_read_again_under_the_new_policy(
    store: Store, hq: Engine
) -> None:
    """HQ reads a batch's records before its write transaction (`check_batch`): should the
    office stop sharing identities in between, what was read under sharing is not stored."""
    office(hq, store, "shared")
    key = IdentityKey.generate()
    person_id = person(store)
    [envelope] = sealed_envelopes(store)
    signer = Signer(envelope.device_id, envelope.office_id)
    shared = OfficePolicy(identities="shared")
    checked = check_batch(envelope, signer, shared, today=TODAY, identity_key=key)
    assert checked.valid[RecordType.PARTICIPANT][0][2]["identity_sealed"] is not None
    set_policy(hq, "Rabat", identities="none", identity_key_configured=True, actor="test")
    with hq.begin() as conn:
        results = apply_batch(
            conn, envelope, signer, today=TODAY, identity_key=key, checked=checked
        )
    assert [r.result for r in results] == ["accepted"]
    row = stored(hq, person_id)
    assert row["identity_sealed"] is None and row["birth_year"] is None
