"""Sealed batches not yet sent (`fieldapp.store.sealing`): taking back those that carry
records which must not travel as they were sealed (a person erased since), with the courier
(`sync.courier`) paused meanwhile."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import OUTBOX
from fieldapp.store.store import StoreError
from sync.foreign_files import BATCH_NAME

COURIER_WAIT = 10.0  # seconds to wait for a courier delivering batches


class BatchesBeingSent(StoreError):
    """The courier holds the outbox longer than we wait."""


@contextmanager
def courier_paused(outbox: Path, wait: float | None = None) -> Iterator[None]:
    """Hold the courier's folder lock (`sync.courier`), so no batch is being sent while
    batches are deleted and sealed again. Waits up to ``wait`` seconds for a delivery."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no courier runs beside the app there
        yield
        return
    outbox.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(outbox / ".courier.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + (COURIER_WAIT if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BatchesBeingSent(
                        "Batches are being sent to HQ right now; try again in a minute."
                    ) from None
                time.sleep(0.2)
        yield
    finally:
        os.close(fd)  # releases the lock


def _batch_files(outbox: Path, batch_id: str) -> list[Path]:
    found: list[Path] = []
    for folder in (outbox, outbox / "refused"):
        if folder.is_dir():
            found += [
                p
                for p in folder.iterdir()
                if (m := BATCH_NAME.fullmatch(p.name)) is not None and m.group(2) == batch_id
            ]
    return found


def unseal_batches_of(conn: Connection, outbox: Path, person_ids: Sequence[str]) -> int:
    """Batches sealed but not yet sent that carry one of ``person_ids``: their files are
    deleted and their outbox rows wait again, to be sealed with the records as they are now.
    Batches already delivered (no file left) are not touched. Inside the caller's
    transaction, the courier paused (`courier_paused`): files go before the commit, so a
    crash leaves rows pointing at a missing batch, which the next sync seals again."""
    batch_ids: set[str] = set()
    for i in range(0, len(person_ids), 500):
        batch_ids.update(
            conn.execute(
                select(OUTBOX.c.batch_id)
                .where(
                    OUTBOX.c.record_type == RecordType.PARTICIPANT.value,
                    OUTBOX.c.record_id.in_(person_ids[i : i + 500]),
                    OUTBOX.c.batch_id.is_not(None),
                    OUTBOX.c.acked_at.is_(None),
                )
                .distinct()
            ).scalars()
        )
    resealed = 0
    for batch_id in sorted(batch_ids):
        files = _batch_files(outbox, batch_id)
        if not files:
            continue  # delivered (its answer waits in the inbox) or already lost
        conn.execute(
            update(OUTBOX)
            .where(OUTBOX.c.batch_id == batch_id, OUTBOX.c.acked_at.is_(None))
            .values(batch_id=None)
        )
        for path in files:
            path.unlink(missing_ok=True)
        resealed += 1
    return resealed
