"""A real HQ for the integration tests: `fieldapp-hq` in its own process on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def hq_cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sync.hq.cli", "--data", str(data), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@contextmanager
def running_hq(data: Path) -> Iterator[str]:
    """Start HQ on a free port; yield its URL; stop it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data.mkdir(parents=True, exist_ok=True)
    with (
        open(data / "hq.log", "wb") as log,  # HQ's own messages, for a failing test to read
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sync.hq.cli",
                "--data",
                str(data),
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
