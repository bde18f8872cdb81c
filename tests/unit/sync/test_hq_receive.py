"""HQ receives sealed batches: the same batch five times gives one answer and no new rows;
other bytes under the same id are a conflict; a tampered, unknown or revoked sender is refused
and nothing is stored."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Engine, func, insert, select, update

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from sync.hq.database import open_database
from sync.hq.keys import HqKeys
from sync.hq.receive import MAX_RECORDS, BatchConflict, BatchRefused, BatchTooLarge, receive_batch
from sync.hq.record_check import MAX_RECORD_BYTES
from sync.hq.tables import HQ_BATCH, HQ_DEVICE, HQ_TABLES
from sync.protocol import Acknowledgement
from sync.seal import open_batch, open_message, raw_public, seal_batch


@pytest.fixture
def hq(hq_db_url: str) -> Iterator[Engine]:
    engine = open_database(hq_db_url)
    yield engine
    engine.dispose()


def enrolled(hq: Engine, store: Store) -> Ed25519PrivateKey:
    device = Ed25519PrivateKey.generate()
    with hq.begin() as conn:
        conn.execute(
            insert(HQ_DEVICE).values(
                device_id=store.identity.device_id,
                office_id=store.identity.office_id,
                office_name=store.identity.office_name,
                public_key=raw_public(device.public_key()),
                enrolled_at=datetime.now(UTC),
            )
        )
    return device


def rows(hq: Engine) -> int:
    with hq.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(HQ_TABLES[RecordType.PARTICIPANT])
            ).scalar_one()
        )


def batches(hq: Engine) -> int:
    with hq.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(HQ_BATCH)).scalar_one())


def one_batch(store: Store, device: Ed25519PrivateKey, keys: HqKeys) -> bytes:
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="male") for i in range(3)]
        )
    [batch] = seal_pending(store, device, keys.box.public_key())
    return batch.path.read_bytes()


def test_the_same_batch_five_times(store: Store, hq: Engine) -> None:
    keys = HqKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
    sealed = one_batch(store, enrolled(hq, store), keys)
    answers = [receive_batch(hq, sealed, keys) for _ in range(5)]
    assert [a.replayed for a in answers] == [False, True, True, True, True]
    assert len({a.ack for a in answers}) == 1
    ack = open_message(answers[0].ack, Acknowledgement, keys.signing.public_key())
    assert [r.result for r in ack.results] == ["accepted"] * 3
    assert (rows(hq), batches(hq)) == (3, 1)


def test_same_id_other_bytes_is_a_conflict(store: Store, hq: Engine) -> None:
    keys = HqKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
    device = enrolled(hq, store)
    sealed = one_batch(store, device, keys)
    receive_batch(hq, sealed, keys)
    envelope = open_batch(sealed, keys.box, lambda _d: device.public_key())
    other = seal_batch(
        envelope.model_copy(update={"seq": envelope.seq + 1}), device, keys.box.public_key()
    )
    with pytest.raises(BatchConflict):
        receive_batch(hq, other, keys)
    assert (rows(hq), batches(hq)) == (3, 1)


def test_tampered_unknown_and_revoked_are_refused_and_nothing_is_stored(
    store: Store, hq: Engine
) -> None:
    keys = HqKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
    sealed = one_batch(store, Ed25519PrivateKey.generate(), keys)  # a key HQ never enrolled
    with pytest.raises(BatchRefused, match="not signed by an enrolled device"):
        receive_batch(hq, sealed, keys)
    for path in batch_files(store.data.outbox):
        path.unlink()
    device = enrolled(hq, store)
    sealed = one_batch(store, device, keys)
    tampered = bytearray(sealed)
    tampered[len(tampered) // 2] ^= 1
    with pytest.raises(BatchRefused, match="decrypted"):
        receive_batch(hq, bytes(tampered), keys)
    with hq.begin() as conn:
        conn.execute(update(HQ_DEVICE).values(revoked_at=datetime.now(UTC)))
    with pytest.raises(BatchRefused, match="not signed by an enrolled device"):
        receive_batch(hq, sealed, keys)
    assert (rows(hq), batches(hq)) == (0, 0)


def test_too_many_records_or_too_large_a_record_is_refused(store: Store, hq: Engine) -> None:
    keys = HqKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
    device = enrolled(hq, store)
    sealed = one_batch(store, device, keys)
    envelope = open_batch(sealed, keys.box, lambda _d: device.public_key())
    [first, *_] = envelope.records
    crowd = envelope.model_copy(
        update={"batch_id": str(uuid.uuid4()), "records": [first] * (MAX_RECORDS + 1)}
    )
    with pytest.raises(BatchTooLarge, match=f"at most {MAX_RECORDS}") as too_many:
        receive_batch(hq, seal_batch(crowd, device, keys.box.public_key()), keys)
    assert too_many.value.status == 413
    fat = first.model_copy(
        update={"data": {**first.data, "organization": "x" * (MAX_RECORD_BYTES + 1)}}
    )
    one_fat = envelope.model_copy(update={"batch_id": str(uuid.uuid4()), "records": [fat]})
    answer = receive_batch(hq, seal_batch(one_fat, device, keys.box.public_key()), keys)
    [result] = open_message(answer.ack, Acknowledgement, keys.signing.public_key()).results
    assert result.result == "rejected" and "larger than 256 KiB" in (result.reason or "")
    assert (rows(hq), batches(hq)) == (0, 1)
