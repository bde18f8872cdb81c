"""Long jobs, after Vorta's: `prepare` checks what was asked, in the user's terms, before
anything runs; `run` then does the work on a thread and database connections of its own
(never the one database worker, so searching and paging keep answering), says how far it got
("page 12", "row 3,000 of 20,000") and stops when asked, leaving nothing half-written.

Qt-free: the GUI runs jobs on a thread (`fieldapp.ui.jobs`), a test or the CLI may call
`run` directly.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.domain.validation import Problem
from fieldapp.store.operations import NO_CHANGES, Changes

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from fieldapp.store.store import Store


@dataclass(frozen=True)
class Step:
    """How far a job got: ``done`` of ``total`` (0: not known yet), and where it is in the
    user's terms: ``unit`` "page", "row" or "batch" and ``at`` (page 12), translated by the
    screen that shows it."""

    done: int
    total: int
    unit: str = ""
    at: int = 0

    @property
    def percent(self) -> int:
        if self.total <= 0:
            return 0
        return max(0, min(100, self.done * 100 // self.total))


Progress = Callable[[Step], None]
Cancelled = Callable[[], bool]


class JobCancelled(Exception):
    """The user cancelled the job; nothing was written."""


@dataclass(frozen=True)
class Finished:
    """What a job leaves: its result for the screen, the file it wrote, what changed."""

    value: Any
    path: Path | None = None
    changes: Changes = NO_CHANGES


class Job(ABC):
    """One long piece of work: checked first, then run once."""

    @abstractmethod
    def prepare(self) -> Problem | None:
        """What stops the job before it starts (a folder that cannot be written...), or None."""

    @abstractmethod
    def run(self, store: Store, progress: Progress, cancelled: Cancelled) -> Finished:
        """Do the work with connections of its own from ``store``; raise `JobCancelled` when
        ``cancelled()`` turns true."""


def check_cancelled(cancelled: Cancelled) -> None:
    if cancelled():
        raise JobCancelled("Cancelled; nothing was written.")


# The cancel flag of the job running on this thread: every statement it sends first checks
# it, so a job busy reading (before it writes anything) stops at its next query.
_CANCELLED: ContextVar[Cancelled | None] = ContextVar("cancelled", default=None)


def _before_statement(*_args: Any) -> None:
    cancelled = _CANCELLED.get()
    if cancelled is not None:
        check_cancelled(cancelled)


@contextmanager
def _queries_cancelled_by(engine: Engine, cancelled: Cancelled) -> Iterator[None]:
    from sqlalchemy import event

    if not event.contains(engine, "before_cursor_execute", _before_statement):
        event.listen(engine, "before_cursor_execute", _before_statement)
    token = _CANCELLED.set(cancelled)
    try:
        yield
    finally:
        _CANCELLED.reset(token)


def run_job(job: Job, store: Store, progress: Progress, cancelled: Cancelled) -> Finished:
    """Run a prepared ``job`` here (a job thread, or a test): its queries stop once cancelled."""
    check_cancelled(cancelled)
    with _queries_cancelled_by(store.engine, cancelled):
        return job.run(store, progress, cancelled)


def folder_problem(path: Path, field: str = "file") -> Problem | None:
    """Why a file cannot be written at ``path`` (its folder missing or read-only), or None."""
    folder = path.parent
    if not folder.is_dir():
        template = "The folder {folder} does not exist."
    elif not os.access(folder, os.W_OK | os.X_OK):
        template = "The folder {folder} cannot be written: choose another one."
    elif path.is_dir():
        template = "{name} is a folder: give a file name."
        return Problem(
            field,
            template.format(name=path.name),
            template=template,
            params=(("name", path.name),),
        )
    else:
        return None
    return Problem(
        field,
        template.format(folder=str(folder)),
        template=template,
        params=(("folder", str(folder)),),
    )
