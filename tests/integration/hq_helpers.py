"""A real HQ for the integration tests: `fieldapp-hq serve` in its own process on 127.0.0.1,
on SQLite or PostgreSQL."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import requests
from sqlalchemy import Engine, create_engine

if TYPE_CHECKING:
    from fieldapp.store.store import Store
    from sync.link import Link

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class RunningHq:
    url: str  # http://127.0.0.1:<port>
    data: Path  # HQ's folder (keys, log)
    db_url: str  # its database

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return hq_cli(self.data, "--db", self.db_url, *args)

    def token(self, office: str, *args: str) -> str:
        done = self.cli("token", "create", "--office", office, *args)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().splitlines()[-1]

    def engine(self) -> Engine:
        """HQ's database, read directly (dispose of it when done)."""
        return create_engine(self.db_url)

    def reader(self, role: str = "analyst", *offices: str) -> dict[str, str]:
        """Headers reading HQ as a new user of ``role`` (see `api_token`)."""
        return bearer(api_token(self.data, self.db_url, role, *offices))


def hq_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync.hq.cli", "--data", str(data), *args],
        capture_output=True,
        stdin=subprocess.DEVNULL,  # never a terminal: no password prompt
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


_users = itertools.count(1)


def api_token(data: Path, db_url: str, role: str = "analyst", *offices: str) -> str:
    """A new HQ user of ``role`` (office users: of ``offices``) and an API token of theirs, made
    as an operator makes them: ``fieldapp-hq user add`` and ``api-token create``."""
    name = f"{role}-{os.getpid()}-{next(_users)}"
    where = [arg for office in offices for arg in ("--office", office)]
    added = hq_cli(data, "--db", db_url, "user", "add", name, "--role", role, *where)
    assert added.returncode == 0, added.stderr
    made = hq_cli(data, "--db", db_url, "api-token", "create", "--user", name)
    assert made.returncode == 0, made.stderr
    return made.stdout.strip().splitlines()[-1]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def hq_process(data: Path, db_url: str, *options: str) -> Iterator[str]:
    """Start `fieldapp-hq [options] serve` on a free port; yield its URL; stop it."""
    port = free_port()
    data.mkdir(parents=True, exist_ok=True)
    with (
        open(data / f"hq-{port}.log", "wb") as log,  # HQ's own messages, for a failing test
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sync.hq.cli",
                "--data",
                str(data),
                "--db",
                db_url,
                *options,
                "serve",
                "--port",
                str(port),
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        ) as server,
    ):
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                pass
            assert time.monotonic() < deadline and server.poll() is None, "HQ did not start"
            time.sleep(0.1)
        try:
            yield url
        finally:
            server.terminate()
            server.wait(10)


@contextmanager
def running_hq(data: Path, db_url: str) -> Iterator[RunningHq]:
    with hq_process(data, db_url) as url:
        yield RunningHq(url, data, db_url)


def squat(hq_url: str, store: Store, link: Link, batch_id: str, seq: int) -> None:
    """Have another batch under ``batch_id`` (empty, properly signed by this device) reach HQ
    first, as a clone of this laptop would: HQ then refuses the real one (409, signed)."""
    from fieldapp.store.sync_client import device_signing_key
    from sync.protocol import BatchEnvelope
    from sync.seal import seal_batch, x25519_public

    squatter = BatchEnvelope(
        batch_id=batch_id,
        device_id=store.identity.device_id,
        office_id=store.identity.office_id,
        seq=seq,
        schema_version=7,
        created_at=datetime.now(UTC),
        records=[],
    )
    body = seal_batch(squatter, device_signing_key(store), x25519_public(link.hq_box_key))
    answer = requests.post(f"{hq_url}/api/v1/batches", data=body, timeout=10)
    assert answer.status_code == 200, answer.text
