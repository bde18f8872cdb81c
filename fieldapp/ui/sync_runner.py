"""Sync in the background while the app is unlocked (DESIGN.md §6).

One cycle (`fieldapp.store.sync_cycle`, the CLI's too): on the database worker, apply HQ's
answers and seal what is pending; then the courier delivers, in a thread of its own so a slow
link never holds the database; then the new answers are applied on the worker. A cycle runs
soon after unlocking, a little after each change, on demand, and every few minutes; after a failure it waits with the courier's full-jitter backoff. The
courier needs no secret, so a lock in the middle of a delivery loses nothing: the answers wait
in the inbox for the next unlock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.store.operations import Changes
from fieldapp.store.sealing import batch_files
from fieldapp.store.store import Store
from fieldapp.store.sync_client import (
    EnrollAnswer,
    Enrolled,
    EnrollRequest,
    ask_hq,
    enroll_finish,
    enroll_request,
)
from fieldapp.store.sync_cycle import SyncCycle
from fieldapp.ui.qt import QObject, QTimer, Signal
from fieldapp.ui.session import Session
from fieldapp.ui.worker import Failed
from sync.courier import Contact, backoff
from sync.link import Link, LinkError

ROUTINE_MS = 5 * 60 * 1000  # a cycle every five minutes while all is well
AFTER_UNLOCK_MS = 1_000
AFTER_CHANGE_MS = 10_000  # a burst of edits travels together


@dataclass(frozen=True)
class SyncStatus:
    hq_url: str | None  # None: not enrolled
    running: bool
    contact: Contact
    batches_waiting: int
    refused_batches: list[str]  # HQ will never take these (with why)
    problem: str | None  # what stopped the last cycle on this device, if anything


class SyncRunner(QObject):
    status = Signal(object)  # SyncStatus

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.running = False
        self.failures = 0
        self.refused: list[str] = []
        self.problem: str | None = None
        self.cycle: SyncCycle | None = None  # the one under way, or the last
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)
        session.unlocked.connect(lambda _identity: self._after(AFTER_UNLOCK_MS))
        session.locked.connect(self.timer.stop)
        session.changed.connect(self._changed)

    # --- state ------------------------------------------------------------------------------

    def link(self) -> Link | None:
        """The courier's copy of the link (a damaged one is put back by the next cycle)."""
        try:
            return Link.load(self.session.data.link)
        except LinkError:
            return None

    def enrolled(self) -> bool:
        return self.session.data.link.exists()

    def current(self) -> SyncStatus:
        link = self.link()
        return SyncStatus(
            hq_url=link.hq_url if link else None,
            running=self.running,
            contact=Contact.load(self.session.data.contact),
            batches_waiting=len(batch_files(self.session.data.outbox)),
            refused_batches=list(self.refused),
            problem=self.problem,
        )

    def _announce(self) -> None:
        self.status.emit(self.current())

    # --- enrolling --------------------------------------------------------------------------

    def enroll(self, hq_url: str, token: str, ca_file: Path | None, on_error: Failed) -> None:
        """Enroll: the request made on the worker (a short store step), HQ asked on a thread
        of its own (it may take 40 s, or never answer: search and paging keep answering),
        then the link pinned on the worker."""

        def asked(request: EnrollRequest) -> None:
            self.session.jobs.call(
                lambda: ask_hq(request),
                lambda answer: self.session.run(
                    lambda store: finish(store, request, answer), done, on_error
                ),
                self.session.reporting(on_error),
            )

        def finish(store: Store, request: EnrollRequest, answer: EnrollAnswer) -> Enrolled:
            return enroll_finish(store, request, answer)

        def done(_enrolled: Enrolled) -> None:
            self.session.settings.hq_address = hq_url
            self.session.save_settings()
            self._announce()
            self.run_now()

        self.session.run(
            lambda store: enroll_request(store, hq_url, token, ca_file=ca_file), asked, on_error
        )

    # --- one cycle --------------------------------------------------------------------------

    def _changed(self, changes: Any) -> None:
        changes = Changes.coerce(changes)
        if changes.events or changes.people or changes.attendance:
            self._after(AFTER_CHANGE_MS)

    def _after(self, ms: int) -> None:
        if not self.enrolled() or not self.session.is_unlocked:
            self._announce()
            return
        if not self.timer.isActive() or self.timer.remainingTime() > ms:
            self.timer.start(ms)

    def cycle_through(
        self, cycle: SyncCycle, on_done: Callable[[SyncCycle], None], on_error: Failed
    ) -> None:
        """Run ``cycle``: prepare on the worker, carry on a thread of its own (the worker
        stays free for the screens), apply on the worker; then ``on_done(cycle)``. Locked
        meanwhile, the answers wait in the inbox for the next unlock."""

        def carried(_none: None) -> None:
            if not self.session.is_unlocked:
                on_done(cycle)
                return
            self.session.run(cycle.apply, lambda _summary: applied(), on_error)

        def applied() -> None:
            on_done(cycle)
            answered = cycle.answers is not None and cycle.answers.applied
            if answered or cycle.by_hand is not None:
                self.session.notify(Changes(sync=True))

        def prepared(_prepared: object) -> None:
            self.session.jobs.call(cycle.carry, carried, self.session.reporting(on_error))

        self.session.run(cycle.prepare, prepared, on_error)

    def run_now(self) -> None:
        if self.running or not self.enrolled() or not self.session.is_unlocked:
            return
        self.running = True
        self._announce()
        self.cycle = SyncCycle(self.session.data, keep_going=True)
        self.cycle_through(self.cycle, self._cycled, self._stopped)

    def _cycled(self, cycle: SyncCycle) -> None:
        if cycle.report is not None:
            self.refused += cycle.report.refused
            self.failures = self.failures + 1 if cycle.report.pending else 0
        self._stopped(None)

    def _stopped(self, error: BaseException | None) -> None:
        self.running = False
        problems = self.cycle.problems if self.cycle is not None else []
        joined = " ".join(p for p in problems if p) or None
        self.problem = joined if error is None else str(error)
        wait = ROUTINE_MS if not self.failures else int(max(5.0, backoff(self.failures)) * 1000)
        if self.session.is_unlocked:
            self.timer.start(wait)
        self._announce()
