"""HQ databases for the accounts tests: a real SQLite file (and, for the chain and one user's
flow, PostgreSQL through ``hq_db_url``), with two offices; Argon2id kept cheap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, insert

from sync.hq.accounts import passwords
from sync.hq.database import open_database
from sync.hq.tables import HQ_OFFICE

RABAT = "6f1c0a52-7d0e-4a8e-9a36-0d1f2b3c4d5e"
ABUJA = "0b7d9e14-2c3a-4f5b-8d6e-7f8091a2b3c4"
T0 = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
GOOD = "long enough passphrase 42"


class CheapHasher(PasswordHasher):
    """Argon2id at its lowest cost; a test may replace its methods (no __slots__ here)."""


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Production hashes cost ~0.2 s; the tests hash dozens of times."""
    cheap = CheapHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(passwords, "_HASHER", cheap)
    monkeypatch.setattr(passwords, "_DUMMY_HASH", cheap.hash("dummy"))


def with_offices(engine: Engine) -> Engine:
    with engine.begin() as conn:
        for office_id, name in ((RABAT, "Programme Office Rabat"), (ABUJA, "Liaison Office Abuja")):
            conn.execute(insert(HQ_OFFICE).values(office_id=office_id, name=name, created_at=T0))
    return engine


@pytest.fixture
def hq(tmp_path: Path) -> Iterator[Engine]:
    engine = with_offices(open_database(f"sqlite:///{tmp_path / 'hq.db'}"))
    yield engine
    engine.dispose()


@pytest.fixture
def hq_any(hq_db_url: str) -> Iterator[Engine]:
    """HQ's database on SQLite, then on PostgreSQL."""
    engine = with_offices(open_database(hq_db_url))
    yield engine
    engine.dispose()
