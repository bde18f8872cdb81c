"""One sync cycle (DESIGN.md §6), the same for the CLI, the background runner and the Sync
screen: prepare (with the unlocked store: apply HQ's answers, seal what waits) → carry (the
courier over the link, or a folder on a USB stick; needs no secret, touches no database) →
apply (HQ's new answers, with the store). `sync_cycle` carries each batch as soon as it is
sealed (`SyncCycle.prepare_and_carry`).

The steps are separate so the app can run each where it belongs: the store steps on the
database worker, the carrying on a thread of its own. `sync_cycle` runs all three in a row.
Without a store (the CLI given no passphrase, or the app locked meanwhile) only the carrying
happens; the answers wait in the inbox for the next unlock.

Batches fit the link (`batch_records`): the courier notes how fast the last batches and their
answers went, sealing notes a record's bytes, and the next sealing makes batches that take
about `BATCH_SECONDS` to travel: on a 64 kbit/s satellite link a few hundred records, so a
lost answer costs one short batch sent again; on an office network the largest.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fieldapp.store.acks import AckSummary, apply_inbox
from fieldapp.store.layout import DataDir
from fieldapp.store.sealing import BATCH_RECORDS, SealedBatch
from fieldapp.store.store import Store, StoreError
from fieldapp.store.sync_client import Prepared, prepare, seal, settle
from sync.courier import Contact, Courier, CourierBusy, Report
from sync.link import Link, LinkError
from sync.seal import ed25519_public
from sync.stick import StickReport, exchange_folder

BATCH_SECONDS = 8.0  # a batch takes about this long on the link, answer included, once known
MIN_BATCH_RECORDS = 50  # fewer, and the round trip per batch outweighs the records


def batch_records(contact: Contact, largest: int = BATCH_RECORDS) -> int:
    """How many records the next batches hold: as many as the link carries in `BATCH_SECONDS`
    at the speed it last showed (answers and lost tries included), between
    `MIN_BATCH_RECORDS` and ``largest``; ``largest`` while the link is not known yet."""
    if contact.link_rate is None or contact.record_bytes is None:
        return largest
    fits = contact.link_rate * BATCH_SECONDS / contact.record_bytes
    if not fits < largest:  # a very fast link (or a far-fetched file: infinity)
        return largest
    return max(MIN_BATCH_RECORDS, int(fits))


@dataclass
class SyncCycle:
    """One cycle's steps and what each found. ``by_hand``: a folder (USB stick) instead of
    the link; ``attempts``: how often the courier tries a batch before giving up for now."""

    data: DataDir
    by_hand: Path | None = None
    attempts: int = 1
    keep_going: bool = False  # the app's way: a busy courier or a lost folder is only shown
    prepared: Prepared | None = None
    report: Report | None = None  # the courier's
    stick: StickReport | None = None  # the folder's
    carry_problem: str | None = None  # why nothing was carried (`fieldapp sync` busy...)
    answers: AckSummary | None = None
    link: Link | None = field(default=None, repr=False)
    batch_records: int | None = None  # the most records a batch held, as chosen for the link
    carried_while_sealing: int = 0  # batches delivered before the last one was sealed

    # --- the steps --------------------------------------------------------------------------

    def prepare(self, store: Store) -> Prepared:
        """With the store: apply waiting answers, seal again what HQ refused, seal what is
        pending; the link is the one pinned in the store (``sync.json`` put back if changed).
        Batches are as large as the link suits; what a sealed record weighs is noted."""
        contact = Contact.load(self.data.contact)
        self.batch_records = batch_records(contact)
        self.prepared = prepare(store, batch_records=self.batch_records)
        self.link = self.prepared.link
        _note_record_bytes(self.data.contact, self.prepared)
        return self.prepared

    def prepare_and_carry(self, store: Store) -> None:
        """`prepare` and `carry` at once: the courier carries each batch as soon as it is
        sealed, while the next ones are sealed (on an office network HQ applies one batch
        while the device seals the next; on a slow link sealing hides behind the link).

        What comes before sealing (HQ's waiting answers, batches to seal again) is done
        first, alone. Batches are carried while sealing goes on only as long as HQ takes them
        at the first try; the rest go once all are sealed, with the retries `carry` makes.
        A batch is carried once its file is written, which may be just before its sealing
        commits: killed in between, its records travel again later (as after any crash
        between a batch's file and its commit), and HQ answers the copy as a duplicate."""
        contact = Contact.load(self.data.contact)
        self.batch_records = batch_records(contact)
        settled = settle(store)
        self.link = link = settled.link
        sealed: list[SealedBatch] = []
        failed: list[BaseException] = []
        finished = threading.Event()

        def sealing() -> None:
            try:
                sealed.extend(seal(store, link, self.batch_records or BATCH_RECORDS))
            except BaseException as exc:  # raised on the caller's thread, below
                failed.append(exc)
            finally:
                finished.set()

        sealer = threading.Thread(target=sealing, name="sealing", daemon=True)
        sealer.start()
        runs: list[Report] = []
        try:
            courier = Courier(self.data.outbox, self.data.inbox, link, contact=self.data.contact)
            while not finished.is_set():
                if not courier.pending():
                    finished.wait(0.05)
                    continue
                try:
                    run = courier.run(max_attempts=1)
                except (CourierBusy, OSError):
                    break  # as `carry` will find it, once sealing ends
                runs.append(run)
                if run.last_error is not None or run.refused:
                    break  # HQ unreachable, or refusing: the rest once sealed
        finally:
            sealer.join()
        if failed:
            raise failed[0]
        self.carried_while_sealing = sum(run.delivered for run in runs)
        self.prepared = settled.sealing(sealed)
        _note_record_bytes(self.data.contact, self.prepared)
        self.carry()
        if self.report is not None and runs:
            self.report = Report.of_runs([*runs, self.report])

    def carry(self) -> None:
        """Deliver the sealed batches and fetch HQ's answers: no store, no secret. A courier
        already at work in another process is a problem to show, not a failure."""
        link = self.link or self._link_on_disk()
        self.link = link
        data = self.data
        try:
            if self.by_hand is not None:
                self.stick = exchange_folder(data.outbox, data.inbox, self.by_hand, link)
                return
            courier = Courier(
                data.outbox, data.inbox, link, reference=data.reference, contact=data.contact
            )
            self.report = courier.run(max_attempts=self.attempts)
        except (CourierBusy, OSError) as exc:
            if not self.keep_going:
                raise
            self.carry_problem = str(exc)

    def apply(self, store: Store) -> AckSummary | None:
        """With the store: take HQ's answers the carrying brought (none: nothing to do)."""
        if self.link is None or not self.brought_answers:
            return None
        self.answers = apply_inbox(store, ed25519_public(self.link.hq_signing_key))
        return self.answers

    # --- what came of it --------------------------------------------------------------------

    @property
    def brought_answers(self) -> bool:
        if self.stick is not None:
            return bool(self.stick.answers or self.stick.refusals)
        return self.report is not None

    @property
    def pending(self) -> int:
        """Batches still waiting to be delivered (0 by hand: the folder took them)."""
        return self.report.pending if self.report is not None else 0

    @property
    def refused(self) -> list[str]:
        return list(self.report.refused) if self.report is not None else []

    @property
    def problems(self) -> list[str]:
        """What to tell the user beside the figures: a link file put back, a busy courier."""
        found = list(self.prepared.problems) if self.prepared is not None else []
        if self.carry_problem:
            found.append(self.carry_problem)
        return found

    def _link_on_disk(self) -> Link:
        try:
            link = Link.load(self.data.link)
        except LinkError as exc:
            raise StoreError(
                f"{exc} Unlock the store (give the passphrase) to put it back."
            ) from None
        if link is None:
            raise StoreError(
                "This device is not enrolled: run `fieldapp enroll --hq URL --token TOKEN` first."
            )
        return link


def _note_record_bytes(path: Path, prepared: Prepared) -> None:
    """Keep what a sealed record weighed (for the next batches' size); best effort."""
    records = sum(batch.records for batch in prepared.sealed)
    try:
        size = sum(batch.path.stat().st_size for batch in prepared.sealed)
    except OSError:
        return
    if records and size:
        contact = Contact.load(path)
        contact.record_bytes = size / records
        try:
            contact.save(path)
        except OSError:
            return


Step = Literal["prepared", "carried", "applied"]


def sync_cycle(
    data: DataDir,
    store: Store | None,
    *,
    by_hand: Path | None = None,
    attempts: int = 1,
    after: Callable[[Step, SyncCycle], None] | None = None,
) -> SyncCycle:
    """Prepare (if a store is given), carry, apply: the whole cycle, here and now; ``after``
    hears of each step as it ends (the CLI prints what it did)."""
    cycle = SyncCycle(data, by_hand=by_hand, attempts=attempts)
    told = after or (lambda _step, _cycle: None)
    if store is not None and by_hand is None:
        cycle.prepare_and_carry(store)
        told("prepared", cycle)
    else:
        if store is not None:
            cycle.prepare(store)
            told("prepared", cycle)
        cycle.carry()
    told("carried", cycle)
    if store is not None:
        cycle.apply(store)
        told("applied", cycle)
    return cycle
