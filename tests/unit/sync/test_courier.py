"""The courier's waiting: full jitter, capped at five minutes, never shorter than Retry-After;
and one courier at a time per folder."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from sync.courier import MAX_DELAY, Courier, CourierBusy, _FolderLock, backoff
from sync.link import Link


def test_full_jitter_backoff() -> None:
    rng = random.Random(1)
    for attempt in range(1, 20):
        waits = [backoff(attempt, rng=rng) for _ in range(200)]
        assert min(waits) >= 0 and max(waits) <= min(MAX_DELAY, 2**attempt)
    assert max(backoff(30, rng=rng) for _ in range(500)) > MAX_DELAY * 0.9  # it does reach the cap
    assert backoff(1, retry_after=120, rng=rng) >= 120


def test_one_courier_at_a_time(tmp_path: Path) -> None:
    link = Link(hq_url="http://127.0.0.1:9", hq_box_key="", hq_signing_key="", device_id="d")
    first = _FolderLock(tmp_path / "outbox" / ".courier.lock")
    first.acquire()
    try:
        with pytest.raises(CourierBusy):
            Courier(tmp_path / "outbox", tmp_path / "inbox", link).run(max_attempts=1)
    finally:
        first.release()
    report = Courier(tmp_path / "outbox", tmp_path / "inbox", link).run(max_attempts=1)
    assert (report.delivered, report.pending) == (0, 0)


def test_hq_unreachable_keeps_the_batch(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    batch = outbox / "00000001-2b1f0c4e-0000-4000-8000-000000000000.fab"
    batch.write_bytes(b"FAB1 sealed bytes")
    link = Link(
        hq_url="http://127.0.0.1:9", hq_box_key="", hq_signing_key="", device_id="d"
    )  # nothing listens
    waits: list[float] = []
    report = Courier(outbox, tmp_path / "inbox", link, sleep=waits.append).run(max_attempts=3)
    assert batch.exists() and report.pending == 1 and len(waits) == 2
    assert "could not be reached" in (report.last_error or "")
