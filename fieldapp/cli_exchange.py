"""``fieldapp import …`` and ``fieldapp export …``: spreadsheets in and out.

The commands are thin: `fieldapp.reports.people_import` and `fieldapp.reports.export` do the
work, the same code the desktop app runs. The report goes to stdout, each bad row to stderr
as ``row 7, column "Sexe": …``; a file with bad rows exits 2 and writes nothing (unless
``--skip-invalid``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldapp.reports.people_import import ImportPlan, ImportResult

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
LISTED = 20  # matches listed one by one before "… and N more"


def add_commands(add: AddCommand) -> None:
    """Register ``import people`` and ``export {events,people,attendance,indicators}``."""
    from fieldapp.cli import parse_date

    p = add("import", cmd_import, "import people from a spreadsheet (CSV or XLSX)")
    p.add_argument("what", choices=["people"], help="what the file holds")
    p.add_argument("file", type=Path, help="the .csv or .xlsx file")
    p.add_argument("--event", metavar="ID", help="also register them at this event")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument(
        "--skip-invalid", action="store_true", help="import the good rows, leave out the bad ones"
    )
    p.add_argument(
        "--map",
        metavar="HEADER=FIELD,…",
        help="say which column holds which field, e.g. 'Nom complet=full_name,Genre=sex' "
        "('Notes=' ignores a column)",
    )
    p.add_argument("--sheet", help="the workbook's sheet to read (default: the first)")
    p = add("export", cmd_export, "export events, people, attendance or indicators")
    p.add_argument("what", choices=["events", "people", "attendance", "indicators"])
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.csv or FILE.xlsx")
    p.add_argument("--from", dest="start", type=parse_date, help="events from this day")
    p.add_argument("--to", dest="end", type=parse_date, help="events up to this day")


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, EXIT_USAGE, open_store
    from fieldapp.cli_secrets import UsageError
    from fieldapp.reports.people_columns import parse_map_option
    from fieldapp.reports.people_import import commit_import, plan_import
    from fieldapp.reports.tabular import ExchangeError

    try:
        columns = parse_map_option(args.map) if args.map else None
    except ValueError as exc:
        raise UsageError(f"--map: {exc}.") from None
    store = open_store(args)
    try:
        with store.engine.connect() as conn:
            plan = plan_import(
                conn, args.file, columns=columns, sheet=args.sheet, event_id=args.event
            )
        _print_plan(plan)
        if plan.problems:
            for line in plan.problems:
                print(f"error: {line}", file=sys.stderr)
            return EXIT_USAGE
        for error in plan.errors:
            print(error, file=sys.stderr)
        if plan.errors and not args.skip_invalid:
            print(
                f"{len(plan.bad_rows)} row(s) have problems, so nothing was written. Correct "
                "them in the file, or give --skip-invalid to import the other rows.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if args.dry_run:
            print(f"Dry run: nothing was written. {_would(plan)}")
            return EXIT_OK
        result = commit_import(store, plan, skip_invalid=args.skip_invalid)
    except ExchangeError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    print(_done(plan, result))
    return EXIT_OK


def _print_plan(plan: ImportPlan) -> None:
    from fieldapp.reports.people_columns import FIELD_LABELS
    from fieldapp.reports.people_matching import MatchKind

    print(f"Read {plan.path.name} ({plan.source}): {len(plan.rows)} row(s) of people.")
    used = ", ".join(f"“{h}” → {FIELD_LABELS[f]}" for h, f in plan.mapping.by_header.items())
    print(f"Columns: {used or 'none recognised'}.")
    if plan.mapping.unmapped:
        print("Not read: " + ", ".join(f"“{h}”" for h in plan.mapping.unmapped) + ".")
    for note in plan.mapping.notes:
        print(f"Note: {note}")
    for kind, title in (
        (MatchKind.IN_REGISTRY, "Already in the registry (not added again"),
        (MatchKind.REPEATED, "Repeated in the file (added once"),
        (MatchKind.POSSIBLE, "Possible duplicates (added; check them under People › Duplicates"),
    ):
        found = plan.matched(kind)
        if not found:
            continue
        linked = "; registered at the event under that person" if plan.event_id else ""
        print(f"{title}{linked if kind is not MatchKind.POSSIBLE else ''}): {len(found)}")
        for match in found[:LISTED]:
            print(f"  {match}")
        if len(found) > LISTED:
            print(f"  … and {len(found) - LISTED} more")


def _would(plan: ImportPlan) -> str:
    text = f"Would add {plan.to_add} person(s) to the registry"
    if plan.bad_rows:
        text += f" and leave out {len(plan.bad_rows)} bad row(s)"
    if plan.event_id:
        text += f", and register them at “{plan.event_title}”"
    return text + "."


def _done(plan: ImportPlan, result: ImportResult) -> str:
    text = f"Added {result.added} person(s) to the registry"
    if result.in_registry or result.repeated:
        text += f" ({result.in_registry + result.repeated} row(s) were people already there)"
    if result.skipped:
        text += f"; left out {result.skipped} bad row(s)"
    if plan.event_id:
        text += f". Registered {result.registered} at “{plan.event_title}”"
        if result.already_at_event:
            text += f" ({result.already_at_event} already were)"
    return text + "."


def cmd_export(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, open_store
    from fieldapp.cli_secrets import UsageError
    from fieldapp.domain.indicators import Period
    from fieldapp.reports.export import export
    from fieldapp.reports.tabular import ExchangeError
    from fieldapp.store.output_log import log_export

    if args.what == "people" and (args.start or args.end):
        raise UsageError("--from and --to select events; people are exported all at once.")
    store = open_store(args)
    try:
        with store.engine.connect() as conn:
            count = export(conn, args.what, args.output, period=Period(args.start, args.end))
        log_export(store, args.what, Period(args.start, args.end))
    except ExchangeError as exc:
        raise UsageError(str(exc)) from None
    finally:
        store.close()
    print(f"Wrote {count} row(s) of {args.what} to {args.output}.")
    return EXIT_OK
