"""HQ failing in every way a network can make it fail, through a fault-injecting proxy between
the courier and a real HQ: 500s, 503s with Retry-After, hangs, connection resets, a batch
committed and then its answer lost, and HQ's answer cut short or altered (under a Content-Length
that still matches). The courier runs as its own process, again until its outbox is empty; at
the end HQ holds exactly the device's records at their latest versions, none twice, each batch
received once, and every answer is applied on the device."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

from sqlalchemy import distinct, func, select

from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.vocab import RecordType
from fieldapp.store.acks import apply_inbox
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll
from sync.courier import Link
from sync.hq.tables import HQ_BATCH, HQ_TABLES
from sync.protocol import Acknowledgement
from sync.seal import ed25519_public, open_message, x25519_public
from tests.integration.fault_proxy import Fault, FaultProxy
from tests.integration.hq_helpers import ROOT, RunningHq

RECORDS = 2_000
PER_BATCH = 100
UPDATED = 150  # records changed again before sealing: HQ must end with them at version 2
EACH = 3  # times each fault is injected
LONGEST_RUN = 2  # faults in a row on one batch (the courier's backoff doubles with each)
DELIVERY_DEADLINE = 240.0  # seconds, for all the courier runs together


def fault_schedule(rng: random.Random) -> list[Fault]:
    """Every fault EACH times in a random order, in runs of 1 to LONGEST_RUN, each run followed
    by a clean pass."""
    faults = [fault for fault in Fault if fault is not Fault.CLEAN] * EACH
    rng.shuffle(faults)
    schedule: list[Fault] = []
    while faults:
        run = rng.randint(1, LONGEST_RUN)
        schedule += [*faults[:run], Fault.CLEAN]
        del faults[:run]
    return schedule


def deliver(store_dir: Path, outbox: Path) -> int:
    """Run the courier (`fieldapp sync`, no passphrase: deliver only) until the outbox is empty;
    a run gives up after its last attempt on one batch, so run it again. Returns the runs."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("FIELDAPP_")}
    command = [sys.executable, "-m", "fieldapp", "sync", "--data-dir", str(store_dir)]
    deadline = time.monotonic() + DELIVERY_DEADLINE
    runs = 0
    while batch_files(outbox):
        left = deadline - time.monotonic()
        assert left > 0, f"the outbox is not empty after {runs} courier runs"
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=left, check=False
        )
        assert done.returncode in (0, 1), done.stderr  # 1: batches still waiting
        runs += 1
    return runs


def assert_converged(hq: RunningHq, store: Store, link: Link, batches: int) -> dict[str, int]:
    """HQ holds exactly the device's records at their latest versions, none twice, and each
    batch once; the device's outbox is empty and every answer applies cleanly. Returns HQ's
    version of each record."""
    assert batch_files(store.data.outbox) == []
    assert not list((store.data.outbox / "refused").glob("*"))
    summary = apply_inbox(store, ed25519_public(link.hq_signing_key))
    assert summary.rejected == 0
    with store.engine.connect() as conn:
        assert unsynced_count(conn) == 0
        device = dict(conn.execute(select(PARTICIPANT.c.id, PARTICIPANT.c.version)).all())
    table = HQ_TABLES[RecordType.PARTICIPANT]
    engine = hq.engine()
    try:
        with engine.connect() as conn:
            rows, ids = conn.execute(select(func.count(), func.count(distinct(table.c.id)))).one()
            at_hq = dict(conn.execute(select(table.c.id, table.c.version)).all())
            received = conn.execute(select(func.count()).select_from(HQ_BATCH)).scalar_one()
    finally:
        engine.dispose()
    assert at_hq == device
    assert rows == ids == len(device)
    assert received == batches
    return at_hq


def test_sync_converges_through_hq_faults(hq: RunningHq, store: Store, store_dir: Path) -> None:
    link = enroll(store, hq.url, hq.token("Fault Test Office")).link
    with store.transaction() as conn:
        ids = Repository(conn, store.identity).add_participants(
            [ParticipantBase(full_name=f"Person {i}", sex="male") for i in range(RECORDS)]
        )
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        for pid in ids[:UPDATED]:
            repo.update_participant(pid, {"organization": "Customs Administration"})
    seal_pending(store, device_signing_key(store), x25519_public(link.hq_box_key), limit=PER_BATCH)
    batches = len(batch_files(store.data.outbox))
    assert batches == RECORDS // PER_BATCH

    with FaultProxy(hq.url, fault_schedule(random.Random(2024))) as proxy:
        replace(link, hq_url=proxy.url).save(store.data.link)  # the device now talks to the proxy
        deliver(store_dir, store.data.outbox)
    assert not proxy.errors, proxy.errors[0]
    exchanges = proxy.exchanges

    injected = proxy.injected()
    assert all(injected[fault] >= 2 for fault in Fault), injected
    assert injected[Fault.CLEAN] == batches  # each batch's answer reached the device just once
    assert all(e.hq.status == 200 for e in exchanges if e.hq is not None)  # HQ never refused
    for before, after in pairwise(exchanges):
        if before.fault is Fault.BUSY:  # Retry-After: 1 is honoured
            assert after.arrived - before.answered >= 1.0
    lost = [e.hq.body for e in exchanges if e.fault is Fault.LOST and e.hq is not None]
    assert lost, "no batch was committed and then its answer lost"
    hq_key = ed25519_public(link.hq_signing_key)
    for answer in lost:  # sent again, the batch got the answer HQ kept: it was not applied twice
        batch_id = open_message(answer, Acknowledgement, hq_key).batch_id
        assert (store.data.inbox / f"{batch_id}.ack").read_bytes() == answer

    versions = assert_converged(hq, store, link, batches)
    assert Counter(versions.values()) == {1: RECORDS - UPDATED, 2: UPDATED}
