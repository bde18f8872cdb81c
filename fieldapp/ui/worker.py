"""The one database worker: every store operation runs here, one at a time, off the UI thread.

Widgets never touch the database: they `submit` a function of the open `Store`; its result (or
its error) comes back on the UI thread through a callback.
"""

from __future__ import annotations

import itertools
import queue
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldapp.store.store import Store, StoreError
from fieldapp.ui.qt import QObject, QThread, Signal

Job = Callable[[Store], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Locked(StoreError):
    def __init__(self) -> None:
        super().__init__("The store is locked.")


@dataclass
class _Pending:
    fn: Callable[[Store | None], Any]
    on_done: Done | None
    on_error: Failed | None


class _Thread(QThread):
    def __init__(self, worker: DbWorker) -> None:
        super().__init__()
        self.worker = worker

    def run(self) -> None:
        self.worker._loop()


class DbWorker(QObject):
    """Owns the open store (or none, when locked) and runs jobs on its own thread."""

    _finished = Signal(int, object, object)  # job id, result, error
    busy_changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.store: Store | None = None
        self._jobs: queue.Queue[tuple[int, _Pending] | None] = queue.Queue()
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._finished.connect(self._deliver)
        self._thread = _Thread(self)
        self._thread.start()

    def submit(self, fn: Job, on_done: Done | None = None, on_error: Failed | None = None) -> int:
        """Run ``fn(store)`` on the worker; fails with `Locked` if no store is open."""

        def guarded(store: Store | None) -> Any:
            if store is None:
                raise Locked()
            return fn(store)

        return self._put(_Pending(guarded, on_done, on_error))

    def submit_raw(
        self,
        fn: Callable[[Store | None], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> int:
        """Run ``fn`` with whatever store is open, or None: for opening and closing it."""
        return self._put(_Pending(fn, on_done, on_error))

    def _put(self, pending: _Pending) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = pending
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._jobs.put((job_id, pending))
        return job_id

    def _loop(self) -> None:
        while (item := self._jobs.get()) is not None:
            job_id, pending = item
            try:
                result = pending.fn(self.store)
            except BaseException as exc:  # delivered to the UI thread, which decides
                exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                self._finished.emit(job_id, None, exc)
            else:
                self._finished.emit(job_id, result, None)

    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        pending = self._pending.pop(job_id)
        if not self._pending:
            self.busy_changed.emit(False)
        if error is None:
            if pending.on_done is not None:
                pending.on_done(result)
        elif pending.on_error is not None:
            pending.on_error(error)
        elif not isinstance(error, Locked):
            # Nobody expected this job to fail: it is our bug (the crash hook logs and says so).
            sys.excepthook(type(error), error, error.__traceback__)

    def idle(self) -> bool:
        return not self._pending

    def stop(self) -> None:
        """Close the store and end the thread (at exit)."""

        def close(store: Store | None) -> None:
            if store is not None:
                store.close()
            self.store = None

        self.submit_raw(close)
        self._jobs.put(None)
        self._thread.wait(10_000)
