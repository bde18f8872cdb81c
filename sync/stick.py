"""The courier by hand: a USB stick (DESIGN.md §6.7, §10).

``fieldapp sync --export DIR`` brings back HQ's answers found on the stick, then copies the
batches still waiting onto it; at HQ, ``fieldapp-hq import DIR`` answers them in place. A stick
can carry any file, name or symlink, so the rules are those of HTTP and stricter:

- an answer counts only if HQ signed it and it answers, by exact name, a batch of this device
  (``<batch id>.ack``, ``<batch id>.refusal``); anything else on the stick is left alone;
- no file is read or written through a symlink, none is read past a size cap;
- every problem is a message naming the file, and blocks nothing else.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from sync.atomic import fsync_dir, write_atomic
from sync.courier import (
    ACK_SUFFIX,
    BATCH_SUFFIX,
    MAX_ANSWER_BYTES,
    REFUSAL_SUFFIX,
    answer_problem,
    set_aside,
    signed_refusal,
)
from sync.foreign_files import (
    BATCH_ID,
    BATCH_NAME,
    ForeignFileError,
    is_regular,
    plain_folder,
    read_regular,
)
from sync.link import Link

DELIVERED_SUFFIX = ".delivered"


@dataclass
class StickReport:
    answers: int = 0  # HQ's signed answers brought back (their batches are done)
    refusals: int = 0  # HQ's signed refusals brought back (their records are sealed again)
    written: int = 0  # batches copied onto the stick
    problems: list[str] = field(default_factory=list)  # one line per stick file left alone


def exchange_folder(outbox: Path, inbox: Path, folder: Path, link: Link) -> StickReport:
    """Bring back HQ's answers from ``folder``, then copy the batches still waiting onto it."""
    report = StickReport()
    plain_folder(folder)
    inbox.mkdir(parents=True, exist_ok=True)
    ours = {m.group(2): outbox / m.group(0) for p in outbox.iterdir() if (m := _batch(p.name))}
    for name in sorted(os.listdir(folder)):
        for suffix in (ACK_SUFFIX, REFUSAL_SUFFIX):
            if name.endswith(suffix):
                batch_id = name[: -len(suffix)]
                if BATCH_ID.fullmatch(batch_id) and batch_id in ours:
                    try:
                        _take(folder / name, ours[batch_id], batch_id, inbox, link, report)
                    except OSError as exc:
                        report.problems.append(f"{name}: left on the stick ({exc.strerror or exc})")
    fsync_dir(outbox)
    for batch in sorted(ours.values()):
        if batch.exists():  # not answered just now
            try:
                _copy(batch, folder / batch.name, report)
            except OSError as exc:
                report.problems.append(
                    f"{batch.name}: not copied onto the stick ({exc.strerror or exc})"
                )
    return report


def _batch(name: str) -> re.Match[str] | None:
    return BATCH_NAME.fullmatch(name)


def _take(
    answer: Path, batch: Path, batch_id: str, inbox: Path, link: Link, report: StickReport
) -> None:
    """One answer on the stick to one of our batches: taken only if HQ signed it for it."""
    try:
        content = read_regular(answer, MAX_ANSWER_BYTES)
    except ForeignFileError as exc:
        report.problems.append(f"{answer.name}: left on the stick: {exc}")
        return
    if answer.name.endswith(ACK_SUFFIX):
        problem = answer_problem(link, batch_id, content)
        if problem:
            report.problems.append(f"{answer.name}: not taken ({problem}); the batch waits")
            return
        write_atomic(inbox / answer.name, content)  # the answer first, then the batch
        batch.unlink()
        report.answers += 1
    else:
        sealed = batch.read_bytes()
        if signed_refusal(link, content, hashlib.sha256(sealed).hexdigest(), len(sealed)) is None:
            report.problems.append(
                f"{answer.name}: not taken (not HQ's signed refusal of this batch); the batch waits"
            )
            return
        set_aside(batch, inbox, batch_id, content)
        report.refusals += 1
    # The stick shows what came back; what it carried for this batch is done with. Unlinking
    # removes a symlink itself, never what it points to; write_atomic replaces, never follows.
    for done in (answer, answer.parent / batch.name):
        if os.path.lexists(done) and not os.path.isdir(done):
            done.unlink()
    marker = answer.parent / f"{batch_id}{DELIVERED_SUFFIX}"
    try:
        write_atomic(marker, b"")
    except OSError as exc:  # the answer is taken all the same
        report.problems.append(f"{marker.name}: not written ({exc.strerror or exc})")


def _copy(batch: Path, target: Path, report: StickReport) -> None:
    data = batch.read_bytes()
    if is_regular(target):
        try:
            if read_regular(target, len(data)) == data:
                return  # already on the stick
        except ForeignFileError:
            pass
    write_atomic(target, data)
    report.written += 1


__all__ = ["BATCH_SUFFIX", "StickReport", "exchange_folder"]
