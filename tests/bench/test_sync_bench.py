"""Sync benchmark (issue 4): 100k records sealed, delivered and applied over loopback.

Measured side by side in one run:
- end to end, as `fieldapp sync` runs it (`sync_cycle`): the device seals while the courier
  delivers each sealed batch to a real HQ process (which opens, checks and applies each in one
  transaction), then applies HQ's answers: records per second,
  and its ratio to a bare loop POSTing the same files to a trivial endpoint (uvicorn, no work);
- bytes on the wire per record (sealed batches up, signed answers down, bodies as sent);
- HQ's apply rate on SQLite and on PostgreSQL (the same sealed files, received by HQ's code
  in forked processes: `HQ_PROCESSES` of them at once, each its share of the batches, and one
  alone): new records, then the same records edited (each sent again at its version + 1).

Every figure issue 17 names is reported with `tests.bench.summary.row`.
"""

from __future__ import annotations

import multiprocessing
import resource
import shutil
import subprocess
import sys
import time
import uuid
from datetime import date
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import insert, select, update

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import OUTBOX, Repository
from fieldapp.store.sealing import batch_files, seal_pending
from fieldapp.store.store import Store
from fieldapp.store.sync_client import device_signing_key, enroll
from fieldapp.store.sync_cycle import sync_cycle
from sync.hq.database import Checkpointer, open_database
from sync.hq.keys import HqKeys
from sync.hq.receive import receive_batch
from sync.hq.tables import HQ_DEVICE
from sync.seal import open_batch, seal_batch, x25519_public
from tests.bench.summary import row
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.hq_databases import hq_database
from tests.integration.hq_helpers import ROOT, free_port, running_hq

RECORDS = 100_000
# HQ processes on one database applying batches at once (two uvicorn workers, or two HQ
# servers behind one address: `tests/integration/test_two_hq_processes.py`), the way HQ
# grows (issue 17); the rate of one process is measured beside it.
HQ_PROCESSES = 2
NAMES = ["Amina El Amrani", "Айгерим Ахметова", "فاطمة العلي", "Jean-Baptiste Ndiaye"]
ORGS = ["Ministry of Interior", "Border Guard Service", "National Police", "Customs"]


def make_store(root: Path) -> Store:
    store, _ = Store.create(
        root,
        passphrase=PASSPHRASE,
        office_name="Programme Office Rabat",
        country="MAR",
        kdf=FAST_KDF,
    )
    for start in range(0, RECORDS, 10_000):
        with store.transaction() as conn:
            Repository(conn, store.identity).add_participants(
                [
                    ParticipantBase(
                        full_name=f"{NAMES[i % 4]} {i}",
                        sex=("female", "male")[i % 2],
                        birth_year=1960 + i % 40,
                        nationality="MAR",
                        organization=ORGS[i % 4],
                        organization_type="government",
                        consent=True,
                        consent_date=date(2026, 3, 2),
                    )
                    for i in range(start, start + 10_000)
                ]
            )
    return store


def bare_loop(files: list[Path]) -> float:
    """Seconds to POST every file, one after the other, to a trivial endpoint."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.trivial_server", str(port)], cwd=ROOT
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                requests.get(f"{url}/health", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        with requests.Session() as session:
            start = time.perf_counter()
            for path in files:
                session.post(f"{url}/upload", data=path.read_bytes(), timeout=60).raise_for_status()
            return time.perf_counter() - start
    finally:
        server.terminate()
        server.wait(10)


def wire_bytes_down(url: str, files: list[Path]) -> int:
    """The answers' bytes as they travel (compressed), asked again: HQ replays its answers."""
    total = 0
    with requests.Session() as session:
        for path in files:
            with session.post(
                f"{url}/api/v1/batches", data=path.read_bytes(), timeout=60, stream=True
            ) as response:
                total += len(response.raw.read(decode_content=False))
    return total


def edited(
    files: list[Path], keys: HqKeys, device_key: Ed25519PrivateKey, hq_key: X25519PublicKey
) -> list[bytes]:
    """The same batches' records, each at its version + 1, sealed again as later batches."""
    public = device_key.public_key()
    out = []
    for path in files:
        envelope = open_batch(path.read_bytes(), keys.box, lambda _: public)
        records = [
            r.model_copy(
                update={"version": r.version + 1, "data": {**r.data, "version": r.version + 1}}
            )
            for r in envelope.records
        ]
        again = envelope.model_copy(
            update={
                "batch_id": str(uuid.uuid4()),
                "seq": envelope.seq + len(files),
                "records": records,
            }
        )
        out.append(seal_batch(again, device_key, hq_key))
    return out


def _receive_share(url: str, share: list[bytes], keys: HqKeys, ready: Barrier) -> None:
    """One HQ process (forked: ``keys`` inherited, not pickled) receiving its share."""
    engine = open_database(url)
    checkpointer = Checkpointer(engine).start()  # as `fieldapp-hq serve` runs it
    ready.wait()
    for sealed in share:
        received = receive_batch(engine, sealed, keys)
        assert b'"rejected"' not in received.ack and b'"stale"' not in received.ack
    checkpointer.stop()
    engine.dispose()


def received_by(
    url: str, batches: list[bytes], keys: HqKeys, processes: int
) -> tuple[float, float]:
    """Seconds ``processes`` HQ processes on the database at ``url`` take to receive
    ``batches`` (each its share, as devices post to several HQ workers at once), from the
    moment all are ready; and the CPU seconds they used (their start included: a loaded
    machine stretches the first, not the second)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    forked = multiprocessing.get_context("fork")
    ready = forked.Barrier(processes + 1)
    workers = [
        forked.Process(target=_receive_share, args=(url, batches[n::processes], keys, ready))
        for n in range(processes)
    ]
    for worker in workers:
        worker.start()
    ready.wait()
    start = time.perf_counter()
    for worker in workers:
        worker.join()
    took = time.perf_counter() - start
    assert all(worker.exitcode == 0 for worker in workers)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return took, cpu


def apply_rate(
    backend: str,
    folder: Path,
    keys: HqKeys,
    device: dict[str, object],
    files: list[Path],
    edits: list[bytes],
    processes: int,
) -> tuple[float, float, float]:
    """Records per second ``processes`` HQ processes apply (open, verify, one transaction per
    batch) on ``backend``: new records, then the same records edited; and their CPU
    microseconds per record (both)."""
    with hq_database(backend, folder) as url:
        engine = open_database(url)
        with engine.begin() as conn:
            conn.execute(insert(HQ_DEVICE).values(**device))
        engine.dispose()
        new, cpu_new = received_by(url, [path.read_bytes() for path in files], keys, processes)
        again, cpu_again = received_by(url, edits, keys, processes)
    return RECORDS / new, RECORDS / again, (cpu_new + cpu_again) / (2 * RECORDS) * 1e6


@pytest.mark.timeout(3600)  # 100k records twice over, on a machine others share
def test_sync_benchmark(tmp_path: Path) -> None:
    store = make_store(tmp_path / "device")
    with running_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        link = enroll(store, hq.url, hq.token("Programme Office Rabat")).link
        device_key = device_signing_key(store)

        # End to end, as `fieldapp sync` runs it (`sync_cycle`): sealing and carrying at once,
        # then HQ's answers applied.
        ends: dict[str, float] = {}
        t0 = time.perf_counter()
        cycle = sync_cycle(
            store.data, store, after=lambda step, _c: ends.setdefault(step, time.perf_counter())
        )
        t4 = time.perf_counter()
        assert cycle.prepared is not None and cycle.report is not None
        assert cycle.answers is not None and cycle.answers.accepted == RECORDS
        sealed = cycle.prepared.sealed
        assert cycle.report.delivered == len(sealed) and cycle.report.pending == 0
        with store.engine.connect() as conn:
            assert unsynced_count(conn) == 0
        up = sum(t.sent for t in cycle.report.transfers)

        # The same records sealed again (later batches of this device), kept for the rates.
        with store.transaction() as conn:
            conn.execute(update(OUTBOX).values(batch_id=None, acked_at=None))
        t_seal = time.perf_counter()
        seal_pending(store, device_key, x25519_public(link.hq_box_key))
        sealing_alone = time.perf_counter() - t_seal
        kept = tmp_path / "sealed"
        kept.mkdir()
        copies = [Path(shutil.move(f, kept / f.name)) for f in batch_files(store.data.outbox)]

        down = wire_bytes_down(hq.url, copies)
        engine = hq.engine()
        with engine.connect() as conn:
            device = dict(conn.execute(select(HQ_DEVICE)).mappings().one())
        engine.dispose()
        keys = HqKeys.load(hq.data / "hq_keys.json")
        edits = edited(copies, keys, device_key, x25519_public(link.hq_box_key))
    store.close()

    baseline = bare_loop(copies)
    end_to_end = t4 - t0
    rates = {
        (b, n): apply_rate(b, tmp_path / f"apply-{b}-{n}", keys, device, copies, edits, n)
        for b in ("sqlite", "postgresql")
        for n in (1, HQ_PROCESSES)
    }
    rate = RECORDS / end_to_end
    print(
        f"\n[sync bench] {RECORDS:,} records in {len(sealed)} batches"
        f"\n  sealed and carried at once {ends['carried'] - t0:.1f} s ({cycle.carried_while_sealing}"
        f" batches delivered while the rest were sealed; sealing alone takes {sealing_alone:.1f} s),"
        f" answers applied {t4 - ends['carried']:.1f} s"
        f"\n  end to end: {end_to_end:.1f} s = {rate:,.0f} records/s (target >= 8,000)"
        f"\n  bare POST loop of the same files to a trivial endpoint: {baseline:.2f} s"
        f" -> ratio end-to-end / bare = {end_to_end / baseline:.1f}"
        f"\n  bytes on the wire per record: {up / RECORDS:.0f} up + {down / RECORDS:.0f} down"
        f" = {(up + down) / RECORDS:.0f} (target <= 150)"
        + "".join(
            f"\n  HQ apply rate (new; edited), {n} HQ process{'es' if n > 1 else ''}:"
            f" SQLite {rates['sqlite', n][0]:,.0f}; {rates['sqlite', n][1]:,.0f} records/s,"
            f" PostgreSQL {rates['postgresql', n][0]:,.0f}; {rates['postgresql', n][1]:,.0f}"
            f" records/s (HQ's CPU per record: SQLite {rates['sqlite', n][2]:.0f} us,"
            f" PostgreSQL {rates['postgresql', n][2]:.0f} us)"
            for n in (1, HQ_PROCESSES)
        )
    )
    row(
        "speed",
        "sync end to end, 100k records, loopback",
        f"{rate:,.0f} records/s",
        ">= 8,000 records/s",
        rate >= 8_000,
        f"bare POST loop {baseline:.2f} s ({RECORDS / baseline:,.0f} records/s);"
        f" end to end {end_to_end / baseline:.1f}x it",
    )
    for backend, name, target in (
        ("sqlite", "SQLite", 20_000),
        ("postgresql", "PostgreSQL", 15_000),
    ):
        fresh, again, _ = rates[backend, HQ_PROCESSES]
        alone = rates[backend, 1]
        row(
            "speed",
            f"HQ apply rate, {name} (new; edited), {HQ_PROCESSES} HQ processes",
            f"{fresh:,.0f}; {again:,.0f} records/s",
            f">= {target:,} records/s both",
            min(fresh, again) >= target,
            f"one HQ process {alone[0]:,.0f}; {alone[1]:,.0f} records/s,"
            f" its CPU {alone[2]:.0f} us a record;"
            f" bare POST loop {RECORDS / baseline:,.0f} records/s",
        )
