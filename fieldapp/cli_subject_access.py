"""``fieldapp person report ID -o FILE.pdf [--lang LANG]``: everything held on one person, as
a PDF to hand them (`fieldapp.reports.subject_access`). The report is itself a file with a
name, so it is logged (`fieldapp.store.output_log`) once written."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_person_report(args: argparse.Namespace) -> int:
    from fieldapp.cli import EXIT_OK, open_store
    from fieldapp.reports.subject_access import write_subject_access
    from fieldapp.store.output_log import SUBJECT_ACCESS, log_written

    output: Path = args.output
    store = open_store(args)
    try:
        # An unknown id raises RecordNotFound before anything is written (exit 2).
        held = write_subject_access(store, args.person_id, output, lang=args.lang or "en")
        log_written(store, SUBJECT_ACCESS, "one person", [args.person_id])
    finally:
        store.close()
    events = len(held.attended)
    files = len(held.files)
    print(
        f"Wrote everything held on the person {args.person_id} to {output} "
        f"({events} event{'s' if events != 1 else ''}, "
        f"{files} earlier file{'s' if files != 1 else ''} with names)."
    )
    return EXIT_OK
