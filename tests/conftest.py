"""Shared fixtures: every test gets a fresh encrypted store in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fieldapp.store.store import Store
from fieldapp.store.vault import KdfParams
from tests.hq_databases import BACKENDS, hq_database

PASSPHRASE = "correct horse battery staple"
# Argon2id kept cheap in tests so a test can unlock many times; the production cost is
# calibrated (and measured by the benchmark). The vault records the cost per slot.
FAST_KDF = KdfParams(memory_cost=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def new_store(store_dir: Path) -> Iterator[tuple[Store, str]]:
    store, recovery_key = Store.create(
        store_dir,
        passphrase=PASSPHRASE,
        office_name="Programme Office Rabat",
        country="MAR",
        kdf=FAST_KDF,
    )
    yield store, recovery_key
    store.close()


@pytest.fixture
def store(new_store: tuple[Store, str]) -> Store:
    return new_store[0]


@pytest.fixture(params=BACKENDS)
def hq_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty HQ database, once on SQLite and once on PostgreSQL."""
    with hq_database(request.param, tmp_path / "hq") as url:
        yield url
