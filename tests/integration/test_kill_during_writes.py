"""A writer SIGKILLed in the middle of its writes loses nothing it had committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import select

from fieldapp.store.repository import OUTBOX, PARTICIPANT
from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
RUNS = 20
WRITES = 1000


def run_and_kill(data: Path, run: int, rng: random.Random) -> tuple[list[str], bool]:
    env = {**os.environ, "FIELDAPP_PASSPHRASE": PASSPHRASE}
    with subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "tests/integration/writer_process.py"),
            str(data),
            str(run),
            str(WRITES),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        lines: list[str] = []
        stdout = proc.stdout
        reader = threading.Thread(target=lambda: lines.extend(line.strip() for line in stdout))
        reader.start()
        deadline = time.monotonic() + 60
        while "ready" not in lines and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 1.2))
        finished = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join()
        errors = proc.stderr.read()
    assert "ready" in lines, errors
    return [line for line in lines if line != "ready"], finished


def test_sigkill_mid_writes_twenty_times(new_store: tuple[Store, str], store_dir: Path) -> None:
    new_store[0].close()
    rng = random.Random(20261122)
    confirmed: list[str] = []
    mid_run_kills = 0
    for run in range(RUNS):
        ids, finished = run_and_kill(store_dir, run, rng)
        confirmed += ids
        mid_run_kills += int(not finished and 0 < len(ids) < WRITES)
        store = Store.open(store_dir, passphrase=PASSPHRASE)
        try:
            assert store.integrity_problems() == [], f"run {run}"
            with store.engine.connect() as conn:
                stored = set(conn.execute(select(PARTICIPANT.c.id)).scalars())
                queued = set(conn.execute(select(OUTBOX.c.record_id)).scalars())
        finally:
            store.close()
        missing = [pid for pid in confirmed if pid not in stored]
        assert missing == [], f"run {run}: {len(missing)} committed writes lost"
        assert stored <= queued, "every stored record has its outbox row"
    assert len(confirmed) > 0
    assert mid_run_kills >= RUNS // 2, f"only {mid_run_kills} kills landed mid-run"
