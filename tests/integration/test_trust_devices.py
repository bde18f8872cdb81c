"""A compromised, enrolled device (DESIGN.md §10): it signs batches with its own key, and must
not write or overwrite another office's or device's records, nor pin a record with a huge
version. Two real offices enrolled at a real HQ process (SQLite, then PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from fieldapp.domain.vocab import RecordType
from fieldapp.store.acks import apply_inbox
from fieldapp.store.demo import generate
from fieldapp.store.repository import EVENT, Repository
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll, prepare
from sync.courier import Courier
from sync.hq.tables import HQ_TABLES
from sync.protocol import Acknowledgement, BatchEnvelope, RecordChange, Refusal
from sync.seal import ed25519_public, open_message, seal_batch, x25519_public
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.hq_helpers import RunningHq

TODAY = date.today()


def other_office(tmp_path: Path) -> Store:
    store, _ = Store.create(
        tmp_path / "abuja",
        passphrase=PASSPHRASE,
        office_name="Liaison Office Abuja",
        country="NGA",
        kdf=FAST_KDF,
    )
    return store


def synced(store: Store) -> None:
    """A full cycle, as `fieldapp sync` runs it."""
    prepared = prepare(store)
    report = Courier(store.data.outbox, store.data.inbox, prepared.link).run(max_attempts=2)
    assert report.pending == 0 and not report.refused, report
    apply_inbox(store, ed25519_public(prepared.link.hq_signing_key))


_readers: dict[str, dict[str, str]] = {}  # per HQ: an analyst's credentials


def reader(hq: RunningHq) -> dict[str, str]:
    if hq.url not in _readers:
        _readers[hq.url] = hq.reader()
    return _readers[hq.url]


def figures(hq: RunningHq, office_id: str) -> dict[str, Any]:
    answer = requests.get(
        f"{hq.url}/api/v1/indicators",
        params={"office_id": office_id},
        headers=reader(hq),
        timeout=30,
    )
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def hq_event(hq: RunningHq, event_id: str) -> dict[str, Any]:
    engine = hq.engine()
    table = HQ_TABLES[RecordType.EVENT]
    with engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == event_id)).mappings().one()
    engine.dispose()
    return dict(row)


def as_change(row: dict[str, Any], **changes: Any) -> RecordChange:
    data = {k: (v.isoformat() if isinstance(v, date | datetime) else v) for k, v in row.items()} | {
        "tags": {}
    }
    data.update(changes)
    return RecordChange(type="event", id=data["id"], version=data["version"], data=data)


def post(hq: RunningHq, store: Store, envelope: BatchEnvelope) -> requests.Response:
    hq_box = x25519_public(prepare(store).link.hq_box_key)
    sealed = seal_batch(envelope, device_signing_key(store), hq_box)
    return requests.post(f"{hq.url}/api/v1/batches", data=sealed, timeout=30)


def envelope_of(store: Store, records: list[RecordChange], **fields: Any) -> BatchEnvelope:
    return BatchEnvelope(
        batch_id=str(uuid.uuid4()),
        device_id=fields.get("device_id", store.identity.device_id),
        office_id=fields.get("office_id", store.identity.office_id),
        seq=99,
        schema_version=7,
        created_at=datetime.now(UTC),
        records=records,
    )


def test_a_device_cannot_write_for_another_office(
    hq: RunningHq, store: Store, tmp_path: Path
) -> None:
    abuja = other_office(tmp_path)
    enroll(store, hq.url, hq.token("Programme Office Rabat"))
    enroll(abuja, hq.url, hq.token("Liaison Office Abuja"))
    with abuja.transaction() as conn:
        generate(conn, abuja.identity, events=6, people=40, seed=3, today=TODAY)
    synced(abuja)
    b_office, b_device = abuja.identity.office_id, abuja.identity.device_id
    before = figures(hq, b_office)
    assert before["individuals_trained"] > 0 and before["events_held"] > 0
    with abuja.engine.connect() as conn:
        target = conn.execute(select(EVENT.c.id).where(EVENT.c.status == "held")).scalars().first()
    real = hq_event(hq, target)
    signing = ed25519_public(prepare(store).link.hq_signing_key)

    # 1. An envelope in office B's name, signed by A: the whole batch, refused and signed.
    forged = envelope_of(
        store,
        [as_change(real, status="cancelled", version=1_000_000)],
        office_id=b_office,
    )
    answer = post(hq, store, forged)
    assert answer.status_code == 403
    refusal = open_message(answer.content, Refusal, signing)
    assert "enrolled for office" in refusal.reason

    # 2. A batch signed by A claiming to be B's device: not signed by an enrolled device.
    answer = post(hq, store, envelope_of(store, [], device_id=b_device))
    assert answer.status_code == 403

    # 3. Records of B inside A's own envelope, each refused with its reason.
    invented = [
        as_change(
            real,
            id=str(uuid.uuid4()),
            version=1,
            title=f"Invented workshop {n}",
            status="held",
            office_id=b_office,
            device_id=b_device,
        )
        for n in range(20)
    ]
    records = [
        as_change(real, status="cancelled", version=1_000_000),  # B's event, B's office
        as_change(
            real,
            status="cancelled",
            version=real["version"] + 1,
            office_id=store.identity.office_id,
        ),
        as_change(
            real,
            id=str(uuid.uuid4()),
            version=1,
            office_id=store.identity.office_id,
            device_id=b_device,  # A's office, B's device
        ),
        as_change(
            real,
            id=str(uuid.uuid4()),
            version=2**60,
            office_id=store.identity.office_id,
            device_id=store.identity.device_id,
        ),
        as_change(
            real,
            id=str(uuid.uuid4()),
            version=50_000,
            office_id=store.identity.office_id,
            device_id=store.identity.device_id,
        ),
        *invented,
    ]
    answer = post(hq, store, envelope_of(store, records))
    assert answer.status_code == 200, answer.text
    ack = open_message(answer.content, Acknowledgement, signing)
    results = [(r.result, r.reason or "") for r in ack.results]
    assert [r for r, _ in results] == ["rejected"] * len(records)
    assert "another office" in results[0][1]
    assert "belongs to another office" in results[1][1]
    assert "not the device that sent it" in results[2][1]
    assert "out of range" in results[3][1]
    assert "too far ahead" in results[4][1]

    # B's figures and its event are as they were; B's own next edit is taken.
    assert figures(hq, b_office) == before
    assert hq_event(hq, target)["version"] == real["version"]
    assert hq_event(hq, target)["status"] == real["status"]
    with abuja.transaction() as conn:
        Repository(conn, abuja.identity, today=TODAY).update_event(
            target, {"title": "Border management workshop (revised)"}
        )
    synced(abuja)
    after = hq_event(hq, target)
    assert (after["title"], after["version"]) == (
        "Border management workshop (revised)",
        real["version"] + 1,
    )
    abuja.close()


def test_a_device_cannot_count_people_at_another_office_s_event(
    hq: RunningHq, store: Store, tmp_path: Path
) -> None:
    """Attendance and head counts that point at another office's event are refused, and an
    office's figures count only its own rows at its events; a record named twice in one batch,
    an absurd head count and a batch number far ahead are refused too."""
    abuja = other_office(tmp_path)
    enroll(store, hq.url, hq.token("Programme Office Rabat"))
    enroll(abuja, hq.url, hq.token("Liaison Office Abuja"))
    with abuja.transaction() as conn:
        generate(conn, abuja.identity, events=4, people=20, seed=5, today=TODAY)
    synced(abuja)
    b_office = abuja.identity.office_id
    before = figures(hq, b_office)
    with abuja.engine.connect() as conn:
        target = conn.execute(select(EVENT.c.id).where(EVENT.c.status == "held")).scalars().first()
    signing = ed25519_public(prepare(store).link.hq_signing_key)
    mine = {
        "office_id": store.identity.office_id,
        "device_id": store.identity.device_id,
        "version": 1,
        "updated_at": datetime.now(UTC).isoformat(),
        "deleted_at": None,
        "recorded_by": "intruder",
    }

    def head_count(count: int, event_id: str = target) -> RecordChange:
        record_id = str(uuid.uuid4())
        data = mine | {"id": record_id, "event_id": event_id, "sex": "male"}
        data |= {"age_band": "25-34", "count": count}
        return RecordChange(type="head_count", id=record_id, version=1, data=data)

    person = str(uuid.uuid4())
    attendance = str(uuid.uuid4())
    records = [
        head_count(5000),  # at B's event
        RecordChange(
            type="attendance",
            id=attendance,
            version=1,
            data=mine | {"id": attendance, "event_id": target, "participant_id": person},
        ),
    ]
    answer = post(hq, store, envelope_of(store, records))
    ack = open_message(answer.content, Acknowledgement, signing)
    assert [(r.result, r.reason) for r in ack.results] == [
        ("rejected", "the event it names belongs to another office")
    ] * 2
    assert figures(hq, b_office) == before

    own_event = str(uuid.uuid4())
    twice = head_count(3, own_event)
    answer = post(hq, store, envelope_of(store, [head_count(2**62, own_event), twice, twice]))
    ack = open_message(answer.content, Acknowledgement, signing)
    assert [r.result for r in ack.results] == ["rejected", "accepted", "rejected"]
    assert "more people than one event holds" in (ack.results[0].reason or "")
    assert ack.results[2].reason == "the record appears twice in the batch"
    indicators = requests.get(f"{hq.url}/api/v1/indicators", headers=reader(hq), timeout=30)
    assert indicators.status_code == 200

    far = envelope_of(store, []).model_copy(update={"seq": 2**31 - 1})
    answer = post(hq, store, far)
    assert answer.status_code == 403
    assert "far beyond" in open_message(answer.content, Refusal, signing).reason
    abuja.close()
