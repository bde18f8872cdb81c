"""The courier SIGKILLed at 50 random moments while it delivers 10,000 records: at the end HQ
holds exactly the device's records at their latest versions, none twice, the outbox is empty
and every answer is applied."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.acks import apply_inbox
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll
from sync.hq.tables import HQ_BATCH, HQ_TABLES
from sync.seal import ed25519_public, x25519_public
from tests.integration.hq_helpers import RunningHq

ROOT = Path(__file__).resolve().parents[2]
RECORDS = 10_000
KILLS = 50
PER_BATCH = 25  # 400 batches: enough to go on being delivered through 50 kills


def courier(store_dir: Path) -> subprocess.Popen[bytes]:
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")
    }  # no passphrase: deliver only
    return subprocess.Popen(
        [sys.executable, "-m", "fieldapp", "sync", "--data-dir", str(store_dir)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_courier_killed_fifty_times(hq: RunningHq, store: Store, store_dir: Path) -> None:
    link = enroll(store, hq.url, hq.token("Kill Test Office")).link
    with store.transaction() as conn:
        ids = Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="female") for i in range(RECORDS)]
        )
    with store.transaction() as conn:  # some records change again: HQ must end at version 2
        repo = Repository(conn, store.identity)
        for pid in ids[:300]:
            repo.update_participant(pid, {"organization": "Border Guard Service"})
    device = device_signing_key(store)
    seal_pending(store, device, x25519_public(link.hq_box_key), limit=PER_BATCH)
    total = len(batch_files(store.data.outbox))
    assert total == RECORDS // PER_BATCH

    rng = random.Random(50)
    kills_mid_delivery = 0
    for _ in range(KILLS):
        before = len(batch_files(store.data.outbox))
        if before == 0:
            break
        proc = courier(store_dir)
        started = time.monotonic()
        while len(batch_files(store.data.outbox)) == before and proc.poll() is None:
            if time.monotonic() - started > 30:
                break
            time.sleep(0.002)  # until it has delivered its first batch...
        time.sleep(rng.uniform(0, 0.1))  # ...then a random moment later
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = len(batch_files(store.data.outbox))
        kills_mid_delivery += int(after > 0)
    final = courier(store_dir)
    assert final.wait(120) == 0
    assert batch_files(store.data.outbox) == []
    summary = apply_inbox(store, ed25519_public(link.hq_signing_key))
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0
        device_versions = dict(conn.execute(select(PARTICIPANT.c.id, PARTICIPANT.c.version)).all())
    assert summary.rejected == 0
    engine = hq.engine()
    table = HQ_TABLES[RecordType.PARTICIPANT]
    with engine.connect() as conn:
        hq_versions = dict(conn.execute(select(table.c.id, table.c.version)).all())
        batches = conn.execute(select(func.count()).select_from(HQ_BATCH)).scalar()
    engine.dispose()
    assert hq_versions == device_versions  # exactly the device's records, at their latest versions
    assert len(hq_versions) == RECORDS and batches == total
    assert kills_mid_delivery == KILLS, f"only {kills_mid_delivery} kills landed mid-delivery"
