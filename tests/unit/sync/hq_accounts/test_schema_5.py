"""HQ schema 5 over a schema 4 database: what HQ knew stays, its offices can be given to users,
and the upgrade can be undone."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, text

from sync.hq.accounts import users
from sync.hq.accounts.scope import Role
from sync.hq.database import _config, open_database
from tests.unit.sync.hq_accounts.conftest import GOOD, RABAT

ACCOUNT_TABLES = {
    "hq_user",
    "hq_user_office",
    "hq_recovery_code",
    "hq_session",
    "hq_api_token",
    "hq_api_token_office",
    "hq_signin_failure",
    "hq_audit",
}


def test_schema_4_upgrades_to_5_and_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    old = create_engine(url)
    with old.begin() as conn:
        command.upgrade(_config(conn), "0004")
        conn.execute(
            text("INSERT INTO hq_office (office_id, name, created_at) VALUES (:id, 'Rabat', :at)"),
            {"id": RABAT, "at": "2026-11-30 10:00:00"},
        )
    old.dispose()

    hq = open_database(url)
    with hq.begin() as conn:
        made, _ = users.add_user(
            conn, "rabat", Role.OFFICE, actor="test", offices=[RABAT], password=GOOD
        )
    assert made.office_ids == {RABAT}
    assert set(inspect(hq).get_table_names()) >= ACCOUNT_TABLES
    hq.dispose()

    back = create_engine(url)
    with back.begin() as conn:
        command.downgrade(_config(conn), "0004")
    assert not ACCOUNT_TABLES & set(inspect(back).get_table_names())
    with back.connect() as conn:
        assert conn.execute(text("SELECT name FROM hq_office")).scalar_one() == "Rabat"
    back.dispose()
