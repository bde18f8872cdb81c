"""HQ's databases for the tests: a SQLite file, and a fresh PostgreSQL database per test.

``make test`` starts a local PostgreSQL and sets ``FIELDAPP_TEST_PG`` to a URL whose role may
create databases; each test gets its own database, dropped afterwards. Without the variable
(pytest run by hand) the PostgreSQL variants are skipped and say why.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ProgrammingError

BACKENDS = ["sqlite", "postgresql"]


def pg_admin_url() -> str:
    url = os.environ.get("FIELDAPP_TEST_PG", "")
    if not url:
        pytest.skip("PostgreSQL: set FIELDAPP_TEST_PG (make test starts a server and sets it)")
    return url


@contextmanager
def hq_database(backend: str, folder: Path) -> Iterator[str]:
    """The URL of an empty HQ database on ``backend``, removed afterwards."""
    if backend == "sqlite":
        folder.mkdir(parents=True, exist_ok=True)
        yield f"sqlite:///{folder / 'hq.db'}"
        return
    admin_url = pg_admin_url()
    name = f"hq_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            drop(admin, name)
        finally:
            admin.dispose()


def drop(admin: Engine, name: str) -> None:
    """Drop the test database. FORCE ends our own sessions in it, but not an autovacuum worker
    that happened to start there (PostgreSQL then says "must be a member of the role whose
    process is being terminated"): such a worker ends by itself within moments, so try again."""
    for attempt in range(40):
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except ProgrammingError as error:
            if "pg_signal_backend" not in str(error) or attempt == 39:
                raise
            time.sleep(0.25)
