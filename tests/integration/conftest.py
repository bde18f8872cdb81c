"""Integration fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.hq_helpers import RunningHq, running_hq


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str) -> Iterator[RunningHq]:
    """A real HQ process (on SQLite, then on PostgreSQL) and its data folder."""
    with running_hq(tmp_path / "hq", hq_db_url) as running:
        yield running
