"""``fieldapp report …``: the PDFs a liaison officer hands over, from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_report(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, EXIT_USAGE, open_store
    from fieldapp.domain.indicators import Period
    from fieldapp.reports.certificates import NoCertificates, write_certificates
    from fieldapp.reports.event_report import write_event_report
    from fieldapp.reports.period_report import write_period_report
    from fieldapp.reports.signin_sheet import write_signin_sheet

    store = open_store(args)
    output: Path = args.output
    try:
        if args.kind == "period":
            write_period_report(store, Period(args.start, args.end), output, names=args.names)
            done = "the period highlights"
        elif args.kind == "event":
            write_event_report(store, args.event_id, output, names=args.names)
            done = "the event summary"
        elif args.kind == "signin":
            n = write_signin_sheet(store, args.event_id, output, blank_rows=args.blank)
            done = f"the sign-in sheet ({n} names, {args.blank} blank rows)"
        else:
            n = write_certificates(store, args.event_id, output)
            done = f"{n} certificate{'s' if n != 1 else ''}"
    except NoCertificates as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    print(f"Wrote {done} to {output}.")
    return EXIT_OK


def add_commands(add: AddCommand) -> None:
    """Register ``report {period,event,signin,certificates}``."""
    from fieldapp.cli import parse_date

    p = add(
        "report", cmd_report, "write a PDF: period highlights, event summary, sign-in, certificates"
    )
    kinds = p.add_subparsers(title="reports", dest="kind", metavar="REPORT", required=True)

    def output(q: argparse.ArgumentParser) -> None:
        q.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")

    q = kinds.add_parser(
        "period", help="headline figures, breakdowns, charts and events of a period"
    )
    q.add_argument("--from", dest="start", type=parse_date, help="first day (YYYY-MM-DD)")
    q.add_argument("--to", dest="end", type=parse_date, help="last day (YYYY-MM-DD)")
    q.add_argument("--names", action="store_true", help="list participants' names under each event")
    output(q)
    q = kinds.add_parser("event", help="one event's details, participation and results")
    q.add_argument("event_id", metavar="ID", help="the event's id")
    q.add_argument("--names", action="store_true", help="list the people registered")
    output(q)
    q = kinds.add_parser(
        "signin", help="the sign-in sheet: names filled in, blank rows, signatures"
    )
    q.add_argument("event_id", metavar="ID", help="the event's id")
    q.add_argument("--blank", type=int, default=10, help="blank rows for walk-ins (default 10)")
    output(q)
    q = kinds.add_parser("certificates", help="a certificate per participant who completed")
    q.add_argument("event_id", metavar="ID", help="the event's id")
    output(q)
