"""``fieldapp import …`` and ``fieldapp export …``: spreadsheets in and out."""

from __future__ import annotations

import argparse
from collections.abc import Callable

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def add_commands(add: AddCommand) -> None:
    """Register the import and export commands (filled in by the data exchange work)."""
