"""Sealing reads the queue once (one ordered pass); changes written while it seals are not
lost: one of a record already in the queue travels with it (its batch carries the record's
latest version), one of a record not in the queue waits for the next sealing."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.store import sealing
from fieldapp.store.repository import OUTBOX, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from sync.seal import open_batch


def test_changes_written_while_sealing_are_carried_or_wait(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    device, hq = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        ids = repo.add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="male") for i in range(30)]
        )
        for pid in ids[:10]:  # changed twice before sealing: still one record each
            repo.update_participant(pid, {"organization": "Customs"})
    late: list[str] = []
    read_queue = sealing._queue

    def queue_then_writes(conn: Connection) -> Any:
        queue = read_queue(conn)
        with store.transaction() as writer:  # the user goes on working meanwhile
            repo = Repository(writer, store.identity)
            repo.update_participant(ids[-1], {"organization": "National Police"})
            late.extend(repo.add_participants([ParticipantBase(full_name="Late", sex="female")]))
        return queue

    monkeypatch.setattr(sealing, "_queue", queue_then_writes)
    sealed = seal_pending(store, device, hq.public_key(), limit=7)
    monkeypatch.undo()

    assert [b.records for b in sealed] == [7, 7, 7, 7, 2]
    records = [
        r
        for path in batch_files(store.data.outbox)
        for r in open_batch(path.read_bytes(), hq, lambda _: device.public_key()).records
    ]
    assert sorted(r.id for r in records) == sorted(ids)  # each once, the late one not yet
    last = next(r for r in records if r.id == ids[-1])
    assert last.data["organization"] == "National Police" and last.version == 2
    with store.engine.connect() as conn:
        waiting = conn.execute(
            select(OUTBOX.c.record_id).where(OUTBOX.c.batch_id.is_(None))
        ).scalars()
        assert list(waiting) == late  # the edit of a record sealed travelled with it
    again = seal_pending(store, device, hq.public_key(), limit=7)
    assert [b.records for b in again] == [1]
    with store.engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count()).select_from(OUTBOX).where(OUTBOX.c.batch_id.is_(None))
            ).scalar_one()
            == 0
        )
