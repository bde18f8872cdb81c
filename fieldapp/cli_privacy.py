"""``fieldapp person {erase,report}`` and ``fieldapp retention run`` (DESIGN.md §12).

This module only declares the commands; each is carried out where its work lives:
erasure and retention in `fieldapp.cli_erasure`, the subject access report in
`fieldapp.cli_subject_access`."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli_reports import AddCommand, report_language


def cmd_person(args: argparse.Namespace) -> int:
    if args.action == "erase":
        from fieldapp.cli_erasure import cmd_person_erase

        return cmd_person_erase(args)
    from fieldapp.cli_subject_access import cmd_person_report

    return cmd_person_report(args)


def cmd_retention(args: argparse.Namespace) -> int:
    from fieldapp.cli_erasure import cmd_retention_run

    return cmd_retention_run(args)


def add_commands(add: AddCommand) -> None:
    """Register ``person {erase,report}`` and ``retention run``."""
    p = add("person", cmd_person, "erase one person's identity, or print all that is held on them")
    actions = p.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    q = actions.add_parser(
        "erase",
        help="erase the person's identity everywhere; their attendance stays as an anonymous count",
    )
    q.add_argument("person_id", metavar="ID", help="the person's id")
    q.add_argument("--yes", action="store_true", help="do not ask to confirm")
    q = actions.add_parser("report", help="a PDF of everything held on one person (subject access)")
    q.add_argument("person_id", metavar="ID", help="the person's id")
    q.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    q.add_argument(
        "--lang",
        type=report_language,
        metavar="LANG",
        help="the language to write it in: en, fr, ar or ru (default: en)",
    )
    p = add(
        "retention",
        cmd_retention,
        "erase the identities of people with no event in the office's retention period",
    )
    p.add_argument("action", choices=["run"])
    p.add_argument(
        "--dry-run", action="store_true", help="only say who would be erased, and how many"
    )
    p.add_argument(
        "--years",
        type=int,
        metavar="N",
        help="no event in N years (default: the office's policy, else 5)",
    )
