"""HQ's answers applied several per transaction, with the device killed (SIGKILL) between a
transaction's commit and the removal of its answer files: applied again at the next start,
nothing is lost and nothing counted twice."""

from __future__ import annotations

import base64
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.acks import QUARANTINE, apply_inbox, quarantined, write_ack
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import OUTBOX, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key
from sync.hq.keys import HqKeys
from sync.protocol import Acknowledgement, RecordResult
from sync.seal import open_batch, raw_private, sign_message
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
BATCHES = 12
# In the child: answers 5 to a transaction, and killed at the first answer file it removes
# (its first transaction has committed; no file of it is gone).
CHILD = """
import os, signal, sys, base64
from pathlib import Path
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fieldapp.store import acks
from fieldapp.store.store import Store
acks.GROUP_ANSWERS = 5
unlink = Path.unlink
def killed(self, *args, **kwargs):
    if self.suffix == ".ack":
        os.kill(os.getpid(), signal.SIGKILL)
    return unlink(self, *args, **kwargs)
Path.unlink = killed
store = Store.open(Path(sys.argv[1]), passphrase=sys.argv[2])
key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(sys.argv[3])).public_key()
acks.apply_inbox(store, key)
"""


def _answers(store: Store, hq: HqKeys) -> None:
    """HQ's signed answers to every sealed batch: all taken but one record each, refused."""
    device = device_signing_key(store)
    for path in batch_files(store.data.outbox):
        envelope = open_batch(path.read_bytes(), hq.box, lambda _: device.public_key())
        results = [
            RecordResult(
                type=r.type,
                id=r.id,
                version=r.version,
                result="rejected" if n == 0 else "accepted",
                reason="the nationality is not a country code" if n == 0 else None,
            )
            for n, r in enumerate(envelope.records)
        ]
        ack = Acknowledgement(
            batch_id=envelope.batch_id,
            device_id=envelope.device_id,
            received_at=datetime.now(UTC),
            results=results,
        )
        write_ack(store.data.inbox, sign_message(ack, hq.signing), envelope.batch_id)
        path.unlink()  # delivered


def test_answers_applied_again_after_a_kill_between_commit_and_removal(
    store: Store, store_dir: Path
) -> None:
    hq = HqKeys.generate()
    with store.transaction() as conn:
        Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(BATCHES * 4)]
        )
    seal_pending(store, device_signing_key(store), hq.box.public_key(), limit=4)
    store.data.inbox.mkdir(parents=True, exist_ok=True)
    _answers(store, hq)
    assert len(list(store.data.inbox.glob("*.ack"))) == BATCHES

    signing = base64.b64encode(raw_private(hq.signing)).decode("ascii")
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(store_dir), PASSPHRASE, signing], cwd=ROOT, timeout=120
    )
    assert child.returncode == -signal.SIGKILL
    with store.engine.connect() as conn:
        acked = conn.execute(
            select(func.count()).select_from(OUTBOX).where(OUTBOX.c.acked_at.is_not(None))
        ).scalar_one()
        held = conn.execute(select(func.count()).select_from(QUARANTINE)).scalar_one()
    # The first five answers committed, and every answer file is still there.
    assert (acked, held) == (5 * 4, 5)
    assert len(list(store.data.inbox.glob("*.ack"))) == BATCHES

    summary = apply_inbox(store, hq.signing.public_key())  # the next start
    assert list(store.data.inbox.glob("*.ack")) == []
    assert (summary.applied, summary.accepted, summary.rejected) == (BATCHES, BATCHES * 3, BATCHES)
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0
        entries = quarantined(conn)
    assert len(entries) == BATCHES  # each refused record once, not twice
    assert len({(t, i) for t, i, _, _ in entries}) == BATCHES
