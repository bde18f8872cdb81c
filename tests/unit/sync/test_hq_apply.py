"""HQ applies a device's batches: once, at the newest version, refusing bad records one by one;
and the indicators computed at HQ equal the device's (one definition, other tables)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, func, select

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.vocab import RecordType
from fieldapp.store.demo import generate
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from sync.hq.apply import Signer, apply_batch
from sync.hq.database import open_database
from sync.hq.tables import HQ_INDICATOR_TABLES, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange
from sync.seal import open_batch

TODAY = date(2026, 11, 22)


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[Engine]:
    engine = open_database(hq_db_url)
    yield engine
    engine.dispose()


def sealed_envelopes(store: Store) -> list[BatchEnvelope]:
    device, hq_key = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    seal_pending(store, device, hq_key.public_key())
    public = device.public_key()
    envelopes = [
        open_batch(p.read_bytes(), hq_key, lambda _d: public)
        for p in batch_files(store.data.outbox)
    ]
    for path in batch_files(store.data.outbox):
        path.unlink()
    return envelopes


def signer_of(store: Store) -> Signer:
    return Signer(store.identity.device_id, store.identity.office_id)


def apply_all(hq: Engine, envelopes: list[BatchEnvelope]) -> list[str]:
    results = []
    for envelope in envelopes:
        with hq.begin() as conn:
            signer = Signer(envelope.device_id, envelope.office_id)
            results += [r.result for r in apply_batch(conn, envelope, signer, today=TODAY)]
    return results


def test_batches_apply_once_and_hq_figures_equal_the_device_s(store: Store, hq: Engine) -> None:
    with store.transaction() as conn:
        generate(conn, store.identity, events=20, people=300, seed=9, today=TODAY)
    envelopes = sealed_envelopes(store)
    results = apply_all(hq, envelopes)
    assert set(results) == {"accepted"}
    assert apply_all(hq, envelopes) == ["duplicate"] * len(results)  # the same batches again
    with store.engine.connect() as conn:
        device = compute_indicators(conn, INDICATOR_TABLES, Period()).as_dict()
    with hq.connect() as conn:
        at_hq = compute_indicators(conn, HQ_INDICATOR_TABLES, Period()).as_dict()
    assert at_hq == device


def test_newer_versions_win_and_old_ones_are_stale(store: Store, hq: Engine) -> None:
    from fieldapp.domain.records import ParticipantBase

    with store.transaction() as conn:
        pid = Repository(conn, store.identity, today=TODAY).add_participant(
            ParticipantBase(full_name="Omar Tazi", sex="male")
        )
    first = sealed_envelopes(store)
    with store.transaction() as conn:
        Repository(conn, store.identity, today=TODAY).delete(RecordType.PARTICIPANT, pid)
    second = sealed_envelopes(store)
    assert apply_all(hq, second) == ["accepted"]
    assert apply_all(hq, first) == ["stale"]  # a late, older batch changes nothing
    with hq.connect() as conn:
        row = (
            conn.execute(
                select(HQ_TABLES[RecordType.PARTICIPANT]).where(
                    HQ_TABLES[RecordType.PARTICIPANT].c.id == pid
                )
            )
            .mappings()
            .one()
        )
    assert row["version"] == 2 and row["deleted_at"] is not None


def test_a_bad_record_is_refused_with_its_reason_and_the_rest_applies(
    store: Store, hq: Engine
) -> None:
    from fieldapp.domain.records import ParticipantBase

    with store.transaction() as conn:
        Repository(conn, store.identity, today=TODAY).add_participants(
            [ParticipantBase(full_name=n, sex="female") for n in ("Amina", "Leïla", "Fatima")]
        )
    [envelope] = sealed_envelopes(store)
    bad = envelope.records[1].model_copy(update={"data": {**envelope.records[1].data, "sex": "F"}})
    foreign = envelope.records[2].model_copy(
        update={"data": {**envelope.records[2].data, "office_id": "another-office"}}
    )
    tampered = envelope.model_copy(
        update={
            "records": [
                envelope.records[0],
                bad,
                foreign,
                RecordChange(type="spaceship", id="x", version=1, data={}),
            ]
        }
    )
    with hq.begin() as conn:
        results = apply_batch(conn, tampered, signer_of(store), today=TODAY)
    assert [r.result for r in results] == ["accepted", "rejected", "rejected", "rejected"]
    assert "Sex" in (results[1].reason or "") and "“F”" in (results[1].reason or "")
    assert "another office" in (results[2].reason or "")
    assert "unknown record type" in (results[3].reason or "")
    with hq.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(HQ_TABLES[RecordType.PARTICIPANT])
            ).scalar()
            == 1
        )
