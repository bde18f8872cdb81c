"""Run one heavy parse in a fresh process and say what came out and what it cost.

``python -m tests.unit.fuzz.heavy KIND FILE``: reads FILE (made by `test_memory.py`), notes the
peak RSS, parses, and prints one JSON line: the exception's name (or null), seconds, and how
far the peak RSS grew. A fresh process, so that no earlier test's peak hides this one's (its
VmHWM: ru_maxrss is kept across execve); its address space is capped, so a parser that does run away fails here, not the machine."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

HEADROOM = 768 * 1024 * 1024  # address space allowed beyond what the process holds at start


def _cap_address_space() -> None:
    if not sys.platform.startswith("linux"):
        return
    status = Path("/proc/self/status").read_text()
    size = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmSize"))
    limit = size * 1024 + HEADROOM
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _peak_mb() -> float:
    """This process's peak RSS. Linux: VmHWM, since ru_maxrss survives execve and would start
    at the peak of the test process that started this one (hiding what is measured here)."""
    status = Path("/proc/self/status")
    if status.exists():
        line = next(x for x in status.read_text().splitlines() if x.startswith("VmHWM"))
        return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # bytes on macOS


def _run(kind: str, data: bytes) -> Any:
    from sync.seal import open_batch, open_message
    from tests.unit.fuzz.hostile import DEVICE, HQ_BOX, HQ_SIGNING

    if kind == "batch":
        device = DEVICE.public_key()
        return open_batch(data, HQ_BOX, lambda _device_id: device)
    if kind.startswith("message:"):
        from sync import protocol

        model = getattr(protocol, kind.split(":", 1)[1])
        return open_message(data, model, HQ_SIGNING.public_key())
    if kind == "table":
        from fieldapp.reports.tabular import read_table

        path = Path(sys.argv[3])
        return read_table(path)
    raise ValueError(kind)


def main() -> None:
    kind, file = sys.argv[1], Path(sys.argv[2])
    import fieldapp.reports.tabular  # noqa: F401  (imports are not what is measured)
    import sync.seal  # noqa: F401
    import tests.unit.fuzz.hostile  # noqa: F401

    data = file.read_bytes()
    _cap_address_space()
    before, start = _peak_mb(), time.perf_counter()
    error = None
    try:
        _run(kind, data)
    except BaseException as exc:  # reported, not judged: the test asserts on the name
        error = type(exc).__name__
    seconds = time.perf_counter() - start
    print(json.dumps({"error": error, "seconds": seconds, "growth_mb": _peak_mb() - before}))


if __name__ == "__main__":
    main()
