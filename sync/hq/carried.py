"""Batches carried by hand: HQ reads each sealed file from a folder (a USB stick) and writes its
signed answer beside it, exactly as it would answer over HTTP: ``<batch id>.ack``, or a signed
``<batch id>.refusal``.

The stick may carry anything: only files named ``<seq>-<batch id>.fab`` that are regular files
(not symlinks) of at most HQ's batch size are read; everything else is left alone and named.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from fieldapp.domain.codelists import CodeLists
from sync.atomic import write_atomic
from sync.courier import ACK_SUFFIX, BATCH_SUFFIX, REFUSAL_SUFFIX
from sync.foreign_files import BATCH_NAME, ForeignFileError, plain_folder, read_regular
from sync.hq.identities import IdentityKey
from sync.hq.keys import HqKeys
from sync.hq.receive import receive_batch
from sync.hq.refusal import BatchRefusedError, digest, signed_refusal

MAX_CARRIED_BYTES = 8 * 1024 * 1024  # as over HTTP


@dataclass
class Carried:
    answered: int = 0
    refused: int = 0
    problems: list[str] = field(default_factory=list)  # one line per file left alone or refused


def import_folder(
    engine: Engine,
    keys: HqKeys,
    folder: Path,
    *,
    lists: CodeLists | None = None,
    identity_key: IdentityKey | None = None,
) -> Carried:
    """Receive every batch in ``folder``; records are checked against ``lists`` (HQ's),
    identities sealed with ``identity_key`` where the office shares them."""
    done = Carried()
    plain_folder(folder)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(BATCH_SUFFIX):
            continue
        match = BATCH_NAME.fullmatch(name)
        if match is None:
            done.problems.append(f"{name}: left alone (not named like a batch: SEQ-BATCHID.fab)")
            continue
        batch_id = match.group(2)
        try:
            sealed = read_regular(folder / name, MAX_CARRIED_BYTES)
        except ForeignFileError as exc:
            done.problems.append(f"{name}: left alone: {exc}")
            continue
        try:
            received = receive_batch(engine, sealed, keys, lists=lists, identity_key=identity_key)
        except BatchRefusedError as exc:
            if _answer(
                folder / f"{batch_id}{REFUSAL_SUFFIX}",
                signed_refusal(keys, digest(sealed), exc),
                done,
            ):
                done.problems.append(f"{name}: refused: {exc.reason}")
                done.refused += 1
            continue
        if _answer(folder / f"{batch_id}{ACK_SUFFIX}", received.ack, done):
            done.answered += 1
    return done


def _answer(path: Path, content: bytes, done: Carried) -> bool:
    """Write an answer onto the stick; a name taken by a folder (say) is reported, not fatal:
    the batch is answered again, the same, from the next stick."""
    try:
        write_atomic(path, content)
    except OSError as exc:
        done.problems.append(f"{path.name}: the answer cannot be written ({exc.strerror or exc})")
        return False
    return True
