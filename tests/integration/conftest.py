"""Integration fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.hq_helpers import running_hq


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HQ process and its data folder."""
    data = tmp_path / "hq"
    with running_hq(data) as url:
        yield url, data
