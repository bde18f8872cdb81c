"""The Qt side of long jobs (`fieldapp.store.jobs`): each runs on a thread of its own with its
own database connections, beside the one database worker, so search and paging keep
answering; its progress, result or error come back on the UI thread.

While a job runs the interpreter switches threads every millisecond (instead of five), so a
PDF laid out in Python does not hold the window or the worker for long at a time.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fieldapp.store.jobs import Finished, Job, Step, run_job
from fieldapp.store.store import Store
from fieldapp.ui.qt import QObject, Signal
from fieldapp.ui.worker import Locked

SWITCH_WHILE_RUNNING = 0.001  # seconds
PROGRESS_EVERY = 0.05  # at most 20 progress updates a second reach the window


@dataclass
class Running:
    """A job under way; `cancel` asks it to stop (it says so through its error callback)."""

    job: Job
    on_step: Callable[[Step], None] | None
    on_done: Callable[[Finished], None]
    on_error: Callable[[BaseException], None]
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def cancel(self) -> None:
        self.stop.set()

    @property
    def cancelled(self) -> bool:
        return self.stop.is_set()


@dataclass
class _Call(Job):
    fn: Callable[[], Any]

    def prepare(self) -> None:
        return None

    def run(self, store: Store, progress: Any, cancelled: Any) -> Finished:
        return Finished(self.fn())


class JobRunner(QObject):
    """Runs jobs on their own threads against the store ``store_of()`` gives (None: locked)."""

    _step = Signal(int, object)  # job id, Step (from the job's thread)
    _end = Signal(int, object, object)  # job id, Finished, error
    busy_changed = Signal(bool)

    def __init__(self, store_of: Callable[[], Store | None]) -> None:
        super().__init__()
        self._store_of = store_of
        self._running: dict[int, Running] = {}
        self._ids = itertools.count(1)
        self._switch = sys.getswitchinterval()
        self._step.connect(self._stepped)
        self._end.connect(self._ended)

    def start(
        self,
        job: Job,
        on_done: Callable[[Finished], None],
        on_error: Callable[[BaseException], None],
        on_step: Callable[[Step], None] | None = None,
    ) -> Running:
        """Run ``job`` (already prepared: see `Job.prepare`) on a thread of its own."""
        job_id = next(self._ids)
        running = Running(job, on_step, on_done, on_error)
        store = self._store_of()
        if not self._running:
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_WHILE_RUNNING)
            self.busy_changed.emit(True)
        self._running[job_id] = running
        running.thread = threading.Thread(
            target=self._work, args=(job_id, running, store), name=f"job-{job_id}", daemon=True
        )
        running.thread.start()
        return running

    def call(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Running:
        """Run ``fn()`` on a thread of its own: network calls (HQ may take 40 s to answer, or
        never), which must hold neither the window nor the database worker."""
        return self.start(_Call(fn), lambda finished: on_done(finished.value), on_error)

    def _work(self, job_id: int, running: Running, store: Store | None) -> None:
        last = 0.0

        def progress(step: Step) -> None:
            nonlocal last
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY or (step.total and step.done >= step.total):
                last = now
                self._step.emit(job_id, step)

        try:
            if isinstance(running.job, _Call):
                result = Finished(running.job.fn())
            elif store is None:
                raise Locked()
            else:
                result = run_job(running.job, store, progress, running.stop.is_set)
        except BaseException as exc:  # delivered to the UI thread, which decides
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._end.emit(job_id, None, exc)
        else:
            self._end.emit(job_id, result, None)

    def _stepped(self, job_id: int, step: Step) -> None:
        running = self._running.get(job_id)
        if running is not None and running.on_step is not None and not running.cancelled:
            running.on_step(step)

    def _ended(self, job_id: int, result: Any, error: BaseException | None) -> None:
        running = self._running.pop(job_id)
        if not self._running:
            sys.setswitchinterval(self._switch)
            self.busy_changed.emit(False)
        if error is None:
            running.on_done(result)
        else:
            running.on_error(error)

    def idle(self) -> bool:
        return not self._running

    def cancel_all(self) -> None:
        """Ask every job to stop (locking: the key is about to go)."""
        for running in self._running.values():
            running.cancel()

    def wait(self, seconds: float = 10.0) -> None:
        """Wait for the threads of cancelled jobs to end (at exit)."""
        deadline = time.monotonic() + seconds
        for running in list(self._running.values()):
            if running.thread is not None:
                running.thread.join(max(0.0, deadline - time.monotonic()))
