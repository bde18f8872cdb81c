"""Batches carried by hand: HQ reads each sealed file from a folder and writes its signed
answer beside it, exactly as it would answer over HTTP."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from sync.atomic import write_atomic
from sync.courier import ACK_SUFFIX, BATCH_SUFFIX, batch_id_of
from sync.hq.keys import HqKeys
from sync.hq.receive import BatchConflict, BatchRefused, receive_batch


def import_folder(engine: Engine, keys: HqKeys, folder: Path) -> tuple[int, int]:
    taken = refused = 0
    for batch in sorted(folder.glob(f"*{BATCH_SUFFIX}")):
        batch_id = batch_id_of(batch)
        try:
            received = receive_batch(engine, batch.read_bytes(), keys)
        except (BatchRefused, BatchConflict) as exc:
            write_atomic(folder / f"{batch.stem}.refused.txt", f"{exc}\n".encode())
            refused += 1
            continue
        write_atomic(folder / f"{batch_id}{ACK_SUFFIX}", received.ack)
        taken += 1
    return taken, refused
