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
    from fieldapp.store.output_log import (
        CERTIFICATES,
        EVENT_NAMES,
        SIGN_IN,
        log_event_file,
        log_period_file,
    )

    store = open_store(args)
    output: Path = args.output
    lang = args.lang
    try:
        if args.kind == "period":
            period = Period(args.start, args.end)
            write_period_report(store, period, output, names=args.names, lang=lang or "en")
            if args.names:
                log_period_file(store, period)
            done = "the period highlights"
        elif args.kind == "event":
            write_event_report(store, args.event_id, output, names=args.names, lang=lang or "en")
            if args.names:
                log_event_file(store, EVENT_NAMES, args.event_id)
            done = "the event summary"
        elif args.kind == "signin":
            n = write_signin_sheet(
                store, args.event_id, output, blank_rows=args.blank, lang=lang or "en"
            )
            log_event_file(store, SIGN_IN, args.event_id)
            done = f"the sign-in sheet ({n} name{'s' if n != 1 else ''}, {args.blank} blank rows)"
        else:
            n = write_certificates(store, args.event_id, output, lang=lang)
            log_event_file(store, CERTIFICATES, args.event_id)
            done = f"{n} certificate{'s' if n != 1 else ''}"
    except NoCertificates as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()
    print(f"Wrote {done} to {output}.")
    return EXIT_OK


def report_language(text: str) -> str:
    """``--lang``: a language the reports are written in, or a clear refusal."""
    from fieldapp.domain.languages import LANGUAGES, NATIVE_NAMES

    code = text.strip().casefold()
    if code in LANGUAGES:
        return code
    known = ", ".join(f"{c} ({NATIVE_NAMES[c]})" for c in LANGUAGES)
    raise argparse.ArgumentTypeError(
        f"“{text}” is not a language the reports are written in: use {known}"
    )


def add_commands(add: AddCommand) -> None:
    """Register ``report {period,event,signin,certificates}``."""
    from fieldapp.cli import parse_date

    p = add(
        "report", cmd_report, "write a PDF: period highlights, event summary, sign-in, certificates"
    )
    kinds = p.add_subparsers(title="reports", dest="kind", metavar="REPORT", required=True)

    def output(q: argparse.ArgumentParser, default_lang: str = "en") -> None:
        q.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
        q.add_argument(
            "--lang",
            type=report_language,
            metavar="LANG",
            help=f"the language to write it in: en, fr, ar or ru (default: {default_lang})",
        )

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
    output(q, "the event's language, else en")
