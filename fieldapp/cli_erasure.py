"""``fieldapp person erase ID`` and ``fieldapp retention run`` (DESIGN.md §12): the work is
`fieldapp.store.erasure` and `fieldapp.store.retention`; here, asking and telling."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import func, select

from fieldapp.cli_secrets import UsageError


def _ask(question: str) -> bool:
    print(question, end=" ", flush=True)
    try:
        return input().strip().lower() == "yes"
    except EOFError:
        return False


def _attendances(n: int) -> str:
    if n == 1:
        return "1 attendance stays as an anonymous count"
    return f"{n} attendances stay as anonymous counts"


def cmd_person_erase(args: argparse.Namespace) -> int:
    from fieldapp.cli import open_store
    from fieldapp.store.erasure import erase_person
    from fieldapp.store.queries import person_record
    from fieldapp.store.repository import ATTENDANCE

    person_id = str(args.person_id).strip()
    if not args.yes and not sys.stdin.isatty():
        raise UsageError(
            "Not at a terminal, so nobody can confirm: add --yes to erase without asking."
        )
    store = open_store(args)
    try:
        with store.engine.connect() as conn:
            person = person_record(conn, person_id)
            attended = conn.execute(
                select(func.count())
                .select_from(ATTENDANCE)
                .where(ATTENDANCE.c.participant_id == person_id, ATTENDANCE.c.deleted_at.is_(None))
            ).scalar_one()
        if person is not None and person["erased_at"] is None and not args.yes:
            question = (
                f"Erase the identity of {person['full_name']} (id {person_id})? "
                f"Their {_attendances(attended)}. Type yes:"
            )
            if not _ask(question):
                print("Not erased; nothing was changed.")
                return 1
        done = erase_person(store, person_id)  # says so when unknown or erased already
    finally:
        store.close()
    print(
        f"Erased the identity of person {done.person_id}; their {_attendances(done.attendances)}"
        + (
            f", {done.batches_resealed} batch(es) waiting for HQ sealed again without them"
            if done.batches_resealed
            else ""
        )
        + ". HQ erases what it holds on them at the next sync."
    )
    return 0


def cmd_retention_run(args: argparse.Namespace) -> int:
    from fieldapp.cli import open_store
    from fieldapp.store import retention
    from fieldapp.store.office_policy import office_policy

    if args.years is not None and not 1 <= args.years <= 50:
        raise UsageError(f"--years {args.years}: give a number of years from 1 to 50.")
    store = open_store(args)
    try:
        years = args.years if args.years is not None else office_policy(store).retention_years
        people = retention.due(store, years)
        if args.dry_run:
            for person in people:
                last = (
                    f"last event ended {person.last_event.isoformat()}"
                    if person.last_event
                    else "no event, unchanged for longer"
                )
                print(f"{person.full_name or '(no name)'}  (id {person.person_id}; {last})")
            print(
                f"{len(people)} {'person' if len(people) == 1 else 'people'} with no event in "
                f"the last {years} years would be erased. Nothing was changed (--dry-run)."
            )
            return 0
        erased = retention.run(store, years)
    finally:
        store.close()
    print(
        f"Erased the identities of {erased} {'person' if erased == 1 else 'people'} with no "
        f"event in the last {years} years; their attendance stays as anonymous counts."
    )
    return 0
