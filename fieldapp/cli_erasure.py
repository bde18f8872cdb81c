"""Being written (issue 16)."""

from __future__ import annotations

import argparse


def cmd_person_erase(args: argparse.Namespace) -> int:
    raise NotImplementedError


def cmd_retention_run(args: argparse.Namespace) -> int:
    raise NotImplementedError
