"""HQ's signed acknowledgements: applied once, refused records quarantined with the reason,
the rest of the queue done; a forged answer is set aside."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select

from fieldapp.domain.privacy import ERASED_AT_THE_OFFICE
from fieldapp.domain.records import ParticipantBase
from fieldapp.store.acks import apply_inbox, quarantined, reseal_unanswered, write_ack
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import OUTBOX, PARTICIPANT, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from sync.protocol import Acknowledgement, RecordResult
from sync.seal import open_batch, sign_message


def fresh_keys() -> tuple[Ed25519PrivateKey, X25519PrivateKey, Ed25519PrivateKey]:
    """A device's signing key, HQ's box key and HQ's signing key."""
    return Ed25519PrivateKey.generate(), X25519PrivateKey.generate(), Ed25519PrivateKey.generate()


def answer(
    store: Store,
    device: Ed25519PrivateKey,
    hq: X25519PrivateKey,
    hq_signing: Ed25519PrivateKey,
    refuse: str,
) -> None:
    """What HQ sends back for each sealed batch: accepted, except the record ``refuse`` (an
    id: names do not leave the device under the default policy)."""
    public = device.public_key()
    for path in batch_files(store.data.outbox):
        envelope = open_batch(path.read_bytes(), hq, lambda _d: public)
        results = [
            RecordResult(
                type=r.type,
                id=r.id,
                version=r.version,
                result="rejected" if r.id == refuse else "accepted",
                reason="sex: “F” is not a known value" if r.id == refuse else None,
            )
            for r in envelope.records
        ]
        ack = Acknowledgement(
            batch_id=envelope.batch_id,
            device_id=envelope.device_id,
            received_at=datetime.now(UTC),
            results=results,
        )
        write_ack(store.data.inbox, sign_message(ack, hq_signing), envelope.batch_id)
        path.unlink()  # what the courier does once the answer is safe


def test_acks_mark_the_queue_and_quarantine_the_refused(store: Store) -> None:
    device, hq, hq_signing = fresh_keys()
    with store.transaction() as conn:
        ids = Repository(conn, store.identity).add_participants(
            [
                ParticipantBase(full_name=n, sex="female")
                for n in ("Amina El Amrani", "Bad Record", "Leïla Haddad")
            ]
        )
    seal_pending(store, device, hq.public_key())
    answer(store, device, hq, hq_signing, refuse=ids[1])
    summary = apply_inbox(store, hq_signing.public_key())
    assert (summary.applied, summary.accepted, summary.rejected) == (1, 2, 1)
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0
        assert quarantined(conn) == [("participant", ids[1], 1, "sex: “F” is not a known value")]
    assert list(store.data.inbox.glob("*.ack")) == []
    assert apply_inbox(store, hq_signing.public_key()).applied == 0  # nothing twice

    # The user fixes the record; its new version is accepted and leaves the quarantine.
    with store.transaction() as conn:
        Repository(conn, store.identity).update_participant(ids[1], {"full_name": "Fixed Record"})
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 1
    seal_pending(store, device, hq.public_key())
    answer(store, device, hq, hq_signing, refuse="nobody")
    apply_inbox(store, hq_signing.public_key())
    with store.engine.connect() as conn:
        assert quarantined(conn) == []
        assert (
            conn.execute(
                select(func.count()).select_from(OUTBOX).where(OUTBOX.c.acked_at.is_(None))
            ).scalar()
            == 0
        )


def test_a_forged_ack_is_set_aside_and_changes_nothing(store: Store) -> None:
    device, hq, hq_signing = fresh_keys()
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Omar Tazi", sex="male")
        )
    seal_pending(store, device, hq.public_key())
    impostor = Ed25519PrivateKey.generate()
    answer(store, device, hq, impostor, refuse="nobody")
    summary = apply_inbox(store, hq_signing.public_key())
    assert (summary.applied, summary.refused_files) == (0, 1)
    assert len(list((store.data.inbox / "refused").glob("*.ack"))) == 1
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 1


def test_stale_results_go_to_quarantine_with_hq_s_version(store: Store) -> None:
    device, hq, hq_signing = fresh_keys()
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Ahmed Benali", sex="male")
        )
    [batch] = seal_pending(store, device, hq.public_key())
    envelope = open_batch(batch.path.read_bytes(), hq, lambda _d: device.public_key())
    [record] = envelope.records
    ack = Acknowledgement(
        batch_id=envelope.batch_id,
        device_id=envelope.device_id,
        received_at=datetime.now(UTC),
        results=[
            RecordResult(
                type=record.type,
                id=record.id,
                version=record.version,
                result="stale",
                reason="HQ already holds a newer version (7)",
            )
        ],
    )
    write_ack(store.data.inbox, sign_message(ack, hq_signing), envelope.batch_id)
    batch.path.unlink()
    summary = apply_inbox(store, hq_signing.public_key())
    assert (summary.accepted, summary.rejected, summary.stale) == (0, 0, 1)
    with store.engine.connect() as conn:
        assert [(i, r) for _, i, _, r in quarantined(conn)] == [
            (record.id, "HQ already holds a newer version (7)")
        ]


def test_a_batch_that_vanished_unanswered_is_sealed_again(store: Store) -> None:
    device, hq, hq_signing = fresh_keys()
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(5)]
        )
    [lost] = seal_pending(store, device, hq.public_key())
    # A forged answer arrives and a fooled courier deletes the batch: the answer is set aside...
    forged = Acknowledgement(
        batch_id=lost.batch_id,
        device_id=store.identity.device_id,
        received_at=datetime.now(UTC),
        results=[],
    )
    write_ack(store.data.inbox, sign_message(forged, Ed25519PrivateKey.generate()), lost.batch_id)
    lost.path.unlink()
    summary = apply_inbox(store, hq_signing.public_key())
    assert (summary.applied, summary.refused_files) == (0, 1)
    assert (store.data.inbox / "refused" / f"{lost.batch_id}.ack").exists()
    # ...and the records, never answered by HQ, wait again and go in a new batch.
    assert reseal_unanswered(store) == 5
    [again] = seal_pending(store, device, hq.public_key())
    assert again.batch_id != lost.batch_id and again.records == 5
    assert reseal_unanswered(store) == 0  # a batch waiting in the outbox is not lost


def test_batches_stay_under_hq_s_size_whatever_the_text(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long, incompressible text: the batch is split, never refused by HQ for its size.
    (Narratives stay on the device, so the longest text travelling is a title: the limit is
    lowered here to what 500 such titles overflow.)"""
    import os

    from fieldapp.domain.records import EventBase
    from fieldapp.store import sealing

    limit = 64 * 1024
    monkeypatch.setattr(sealing, "BATCH_JSON_BYTES", limit)
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        for n in range(500):
            noise = os.urandom(140).hex()  # 280 random characters
            repo.add_event(
                EventBase(
                    title=f"Workshop {n} {noise}",
                    event_type="workshop",
                    start_date=datetime(2026, 3, 1).date(),
                    end_date=datetime(2026, 3, 2).date(),
                )
            )
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    sealed = seal_pending(store, device, hq.public_key())
    assert len(sealed) > 1 and sum(b.records for b in sealed) == 500
    sizes = [
        sum(
            len(r.model_dump_json().encode())
            for r in open_batch(b.path.read_bytes(), hq, lambda _d: device.public_key()).records
        )
        for b in sealed
    ]
    assert max(sizes) <= limit and min(sizes[:-1]) > limit // 2, sizes  # full, never over


def test_a_person_hq_knows_as_erased_is_erased_here_too(store: Store) -> None:
    """A backup from before an erasure, restored on a new computer (no erasures.json there):
    once HQ refuses the person as erased at the office, this device erases them too, and
    lists them outside the store for any later restore."""
    device, hq, hq_signing = fresh_keys()
    with store.transaction() as conn:
        person = Repository(conn, store.identity).add_participant(
            ParticipantBase(full_name="Ahmed Benali", sex="male", email="ahmed@example.org")
        )
    [batch] = seal_pending(store, device, hq.public_key())
    envelope = open_batch(batch.path.read_bytes(), hq, lambda _d: device.public_key())
    [record] = envelope.records
    ack = Acknowledgement(
        batch_id=envelope.batch_id,
        device_id=envelope.device_id,
        received_at=datetime.now(UTC),
        results=[
            RecordResult(
                type=record.type,
                id=record.id,
                version=record.version,
                result="rejected",
                reason=ERASED_AT_THE_OFFICE,
            )
        ],
    )
    write_ack(store.data.inbox, sign_message(ack, hq_signing), envelope.batch_id)
    batch.path.unlink()
    apply_inbox(store, hq_signing.public_key())
    with store.engine.connect() as conn:
        row = conn.execute(
            select(PARTICIPANT.c.full_name, PARTICIPANT.c.email, PARTICIPANT.c.erased_at).where(
                PARTICIPANT.c.id == person
            )
        ).one()
    assert (row.full_name, row.email) == ("", None) and row.erased_at is not None
    listed = json.loads(store.data.erasures.read_text(encoding="utf-8"))["erasures"]
    assert [(e["id"], e["reason"]) for e in listed] == [(person, "elsewhere")]
