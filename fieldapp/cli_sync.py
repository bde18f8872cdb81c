"""``fieldapp enroll`` and ``fieldapp sync``: the link to HQ from the command line.

``sync`` exits 0 only when every batch was delivered and HQ refused none; 1 when something
still waits (HQ unreachable, or an answer HQ did not sign: whatever answered is named), or HQ
refused a batch (its records are sealed again at the next sync, HQ's reason is printed).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp import cli_secrets
from fieldapp.cli_secrets import UsageError

if TYPE_CHECKING:
    from fieldapp.store.acks import AckSummary
    from fieldapp.store.layout import DataDir
    from fieldapp.store.store import Store
    from fieldapp.store.sync_client import Prepared
    from fieldapp.store.sync_cycle import SyncCycle
    from sync.courier import Report
    from sync.link import Link

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_commands(add: AddCommand) -> None:
    p = add("enroll", cmd_enroll, "enroll this device with HQ (a token from HQ)")
    p.add_argument("--hq", required=True, help="HQ's address, e.g. https://hq.example.org")
    p.add_argument("--token", required=True, help="the enrollment token HQ gave the office")
    p.add_argument(
        "--ca",
        type=Path,
        metavar="FILE",
        help="the certificate (PEM) of the authority that signed HQ's, if not a public one",
    )
    p = add("sync", cmd_sync, "seal (with a passphrase), deliver to HQ, apply HQ's answers")
    p.add_argument("--once", action="store_true", help="one try per batch, no waiting")
    p.add_argument("--status", action="store_true", help="say what is waiting, send nothing")
    p.add_argument(
        "--export",
        type=Path,
        metavar="DIR",
        help="no link: exchange batches and answers through a folder (USB)",
    )


def cmd_enroll(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, open_store
    from fieldapp.store.sync_client import enroll

    store = open_store(args)
    try:
        done = enroll(store, args.hq, args.token, ca_file=args.ca)
    finally:
        store.close()
    print(f"Enrolled with HQ at {done.link.hq_url} as a device of {done.office_name}.")
    if done.office_changed:
        print("This store now uses HQ's id for the office.")
    print("HQ's keys are pinned; `fieldapp sync` sends the records.")
    return EXIT_OK


def _link(data: DataDir) -> Link:
    from sync.link import Link, LinkError

    try:
        link = Link.load(data.link)
    except LinkError as exc:
        raise UsageError(f"{exc} Unlock the store (give the passphrase) to put it back.") from None
    if link is None:
        raise UsageError(
            "This device is not enrolled: run `fieldapp enroll --hq URL --token TOKEN` first."
        )
    return link


def _store(args: argparse.Namespace) -> Store | None:
    """With a passphrase: the unlocked store (the cycle then applies answers and seals)."""
    if cli_secrets.passphrase(args.passphrase_file, can_prompt=False) is None:
        return None
    from fieldapp.cli import open_store

    return open_store(args)


def _print_prepared(prepared: Prepared) -> None:
    for line in prepared.problems:
        print(f"warning: {line}", file=sys.stderr)
    if prepared.resealed:
        print(f"sealing again {prepared.resealed} change(s) HQ refused or never answered")
    print(f"sealed {len(prepared.sealed)} batch(es); applied {prepared.acks.applied} answer(s)")


def _print_answers(summary: AckSummary) -> None:
    if summary.applied or not summary.refused_batches:
        print(
            f"HQ accepted {summary.accepted} record(s), refused {summary.rejected} (see quarantine)"
        )
    if summary.stale:
        print(
            f"HQ already held a newer version of {summary.stale} record(s); "
            "these changes were not taken (see quarantine)"
        )
    if summary.refused_batches:
        print(
            f"HQ refused {summary.refused_batches} batch(es): their {summary.to_reseal} "
            "change(s) will be sealed again at the next sync"
        )
    if summary.refused_files:
        print(
            f"set aside {summary.refused_files} answer(s) not signed by HQ (inbox/refused)",
            file=sys.stderr,
        )


def cmd_sync(args: argparse.Namespace) -> int:
    """Seal (when a passphrase is given), deliver, and apply HQ's answers."""
    from fieldapp.cli import EXIT_OK
    from fieldapp.domain.periods import local_minute
    from fieldapp.store.layout import DataDir
    from sync.courier import Contact, Courier

    data = DataDir(args.data_dir)
    link = _link(data)
    if args.status:
        contact = Contact.load(data.contact)
        waiting = Courier(data.outbox, data.inbox, link).pending()
        print(f"HQ: {link.hq_url}\nsealed batches waiting: {len(waiting)}")
        print(
            f"last contact: {local_minute(contact.last_contact, 'never')}; "
            f"last try: {local_minute(contact.last_attempt, 'never')}"
        )
        if contact.last_error:
            print(f"last problem: {contact.last_error}")
        for line in contact.refusals:
            print(f"refused by HQ: {line}")
        return EXIT_OK
    if args.export:
        return _sync_by_hand(args, data)
    from fieldapp.store.sync_cycle import sync_cycle

    def told(step: str, cycle: SyncCycle) -> None:
        if step == "prepared" and cycle.prepared is not None:
            _print_prepared(cycle.prepared)
        elif step == "carried" and cycle.report is not None:
            _print_delivered(cycle.report)
        elif step == "applied" and cycle.answers is not None:
            _print_answers(cycle.answers)

    store = _store(args)
    try:
        cycle = sync_cycle(data, store, attempts=1 if args.once else 8, after=told)
    finally:
        if store is not None:
            store.close()
    return EXIT_OK if not (cycle.pending or cycle.refused) else 1


def _print_delivered(report: Report) -> None:
    print(f"delivered {report.delivered}; waiting {report.pending}")
    if report.reference_version is not None:
        print(f"took HQ's code lists, version {report.reference_version} (in use from next unlock)")
    for line in report.refused:
        print(f"refused by HQ: {line}; its records will be sealed again", file=sys.stderr)
    if report.last_error and report.pending:
        print(f"not delivered yet: {report.last_error}", file=sys.stderr)


def _sync_by_hand(args: argparse.Namespace, data: DataDir) -> int:
    """``fieldapp sync --export DIR``: the same sealed files and answers, carried by hand."""
    from fieldapp.cli import EXIT_OK
    from fieldapp.store.sync_cycle import sync_cycle
    from sync.foreign_files import ForeignFileError

    def told(step: str, cycle: SyncCycle) -> None:
        if step == "prepared" and cycle.prepared is not None:
            _print_prepared(cycle.prepared)
        elif step == "carried" and cycle.stick is not None:
            report = cycle.stick
            for line in report.problems:
                print(f"on the stick: {line}", file=sys.stderr)
            print(
                f"brought back {report.answers} answer(s) from HQ; "
                f"{report.written} batch(es) written to {args.export}"
            )
            if report.refusals:
                print(
                    f"HQ refused {report.refusals} batch(es); their records will be sealed again",
                    file=sys.stderr,
                )
        elif step == "applied" and cycle.answers is not None:
            _print_answers(cycle.answers)

    store = _store(args)
    try:
        sync_cycle(data, store, by_hand=args.export, after=told)
    except ForeignFileError as exc:
        raise UsageError(str(exc)) from None
    finally:
        if store is not None:
            store.close()
    return EXIT_OK
