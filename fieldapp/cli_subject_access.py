"""Being written (issue 16)."""

from __future__ import annotations

import argparse


def cmd_person_report(args: argparse.Namespace) -> int:
    raise NotImplementedError
