"""Sync in the background while the app is unlocked (DESIGN.md §6).

One cycle: on the database worker, apply HQ's answers and seal what is pending; then the
courier delivers, in a thread of its own so a slow link never holds the database; then the new
answers are applied. A cycle runs soon after unlocking, a little after each change, on demand,
and every few minutes; after a failure it waits with the courier's full-jitter backoff. The
courier needs no secret, so a lock in the middle of a delivery loses nothing: the answers wait
in the inbox for the next unlock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldapp.store.acks import AckSummary, apply_inbox
from fieldapp.store.sealing import batch_files
from fieldapp.store.store import Store
from fieldapp.store.sync_client import Enrolled, Prepared, enroll, prepare
from fieldapp.ui.qt import QObject, QTimer, Signal
from fieldapp.ui.session import Session
from fieldapp.ui.worker import Failed
from sync.courier import Contact, Courier, CourierBusy, Report, backoff
from sync.link import Link, LinkError
from sync.seal import ed25519_public

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
    _courier_done = Signal(object)  # Report or exception, from the courier's thread

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.running = False
        self.failures = 0
        self.refused: list[str] = []
        self.problem: str | None = None
        self._courier_problem: str | None = None  # e.g. `fieldapp sync` delivering right now
        self._link_problems: list[str] = []  # sync.json found changed and put back
        self._pinned: Link | None = None  # the link the last cycle delivered with
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)
        self._courier_done.connect(self._delivered)
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
        def job(store: Store) -> Enrolled:
            return enroll(store, hq_url, token, ca_file=ca_file)

        def done(_enrolled: Enrolled) -> None:
            self.session.settings.hq_address = hq_url
            self.session.save_settings()
            self._announce()
            self.run_now()

        self.session.worker.submit(job, done, on_error)

    # --- one cycle --------------------------------------------------------------------------

    def _changed(self, what: str) -> None:
        if what not in ("settings", "sync"):
            self._after(AFTER_CHANGE_MS)

    def _after(self, ms: int) -> None:
        if not self.enrolled() or not self.session.is_unlocked:
            self._announce()
            return
        if not self.timer.isActive() or self.timer.remainingTime() > ms:
            self.timer.start(ms)

    def run_now(self) -> None:
        if self.running or not self.enrolled() or not self.session.is_unlocked:
            return
        self.running = True
        self._announce()
        self.session.worker.submit(prepare, self._prepared, self._stopped)

    def _prepared(self, prepared: Prepared) -> None:
        self._link_problems = prepared.problems
        self._deliver(prepared.link)

    def _deliver(self, link: Link) -> None:
        self._pinned = link
        data = self.session.data
        courier = Courier(
            data.outbox, data.inbox, link, reference=data.reference, contact=data.contact
        )

        def carry() -> None:
            try:
                result: Any = courier.run(max_attempts=1)
            except (CourierBusy, OSError) as exc:  # `fieldapp sync` is delivering right now
                result = exc
            self._courier_done.emit(result)

        threading.Thread(target=carry, name="courier", daemon=True).start()

    def _delivered(self, result: Report | Exception) -> None:
        self._courier_problem = str(result) if isinstance(result, Exception) else None
        if isinstance(result, Report):
            self.refused += result.refused
            self.failures = self.failures + 1 if result.pending else 0
        link = self._pinned
        if link is None or not self.session.is_unlocked:
            self._stopped(None)
            return
        key = ed25519_public(link.hq_signing_key)
        self.session.worker.submit(
            lambda store: apply_inbox(store, key), self._applied, self._stopped
        )

    def _applied(self, summary: AckSummary) -> None:
        self._stopped(None)
        if summary.applied:
            self.session.refresh_unsynced()
            self.session.changed.emit("sync")

    def _stopped(self, error: BaseException | None) -> None:
        self.running = False
        problems = [*self._link_problems, self._courier_problem]
        joined = " ".join(p for p in problems if p) or None
        self.problem = joined if error is None else str(error)
        wait = ROUTINE_MS if not self.failures else int(max(5.0, backoff(self.failures)) * 1000)
        if self.session.is_unlocked:
            self.timer.start(wait)
        self._announce()
