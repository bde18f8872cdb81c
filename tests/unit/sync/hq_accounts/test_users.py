"""Users as an admin makes them, and as a careless or hostile one types them."""

from __future__ import annotations

import re

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from sync.hq.accounts import users
from sync.hq.accounts.passwords import PasswordRefused
from sync.hq.accounts.scope import Role, role_of
from sync.hq.accounts.users import UserRefused
from sync.hq.database import VERSION_TABLE
from sync.hq.tables import metadata
from tests.unit.sync.hq_accounts.conftest import ABUJA, GOOD, RABAT


def test_users_are_listed_with_their_role_and_offices(hq: Engine) -> None:
    with hq.begin() as conn:
        users.add_user(
            conn, "Omar.Haddad", Role.OFFICE, actor="t", offices=[RABAT, ABUJA], password=GOOD
        )
        users.add_user(conn, "amina", Role.ADMIN, actor="t", password=GOOD)
        listed = users.list_users(conn)
    assert [(u.name, u.role, sorted(u.office_ids)) for u in listed] == [
        ("amina", Role.ADMIN, []),
        ("omar.haddad", Role.OFFICE, sorted([RABAT, ABUJA])),
    ]
    with hq.begin() as conn, pytest.raises(UserRefused, match="already a user"):
        users.add_user(conn, "OMAR.HADDAD", Role.ANALYST, actor="t", password=GOOD)


@pytest.mark.parametrize(
    "name",
    ["a", "x" * 65, "omar\x00", "omar\nroot", "ömar", "-omar", "om ar", "omar\x1b[31m", ""],
)
def test_names_outside_the_charset_are_refused(hq: Engine, name: str) -> None:
    with hq.begin() as conn, pytest.raises(UserRefused, match="2 to 64 characters"):
        users.add_user(conn, name, Role.ANALYST, actor="t", password=GOOD)
    with hq.connect() as conn:
        assert users.list_users(conn) == []


@pytest.mark.parametrize(
    ("role", "offices", "problem"),
    [
        (Role.OFFICE, [], "at least one office"),
        (Role.OFFICE, ["no-such-office"], "no office with the id “no-such-office”"),
        (Role.OFFICE, ["Programme Office Rabat"], "no office with the id"),  # a name, not an id
        (Role.OFFICE, ["' OR 1=1 --"], "no office with the id"),
        (Role.OFFICE, ["x" * 5000], "no office with the id"),
        (Role.ANALYST, [RABAT], "sees every office"),
    ],
)
def test_offices_must_exist_and_fit_the_role(
    hq: Engine, role: Role, offices: list[str], problem: str
) -> None:
    with hq.begin() as conn, pytest.raises(UserRefused, match=problem):
        users.add_user(conn, "omar", role, actor="t", offices=offices, password=GOOD)


def test_weak_passwords_and_unknown_roles_are_refused(hq: Engine) -> None:
    with hq.begin() as conn:
        for weak, problem in (
            ("short", "at least 12"),
            ("xx-omar-2026-xx", "name"),
            ("a\x00" * 8, "control"),
        ):
            with pytest.raises(PasswordRefused, match=problem):
                users.add_user(conn, "omar", Role.ANALYST, actor="t", password=weak)
    with pytest.raises(ValueError, match=re.escape("(admin|analyst|office|auditor)")):
        role_of("root")
    assert role_of(" Auditor ") is Role.AUDITOR


def test_hq_tables_and_migrations_agree(hq: Engine) -> None:
    """A table change without its migration fails here."""
    with hq.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda name, type_, _: (
                    not (type_ == "table" and name == VERSION_TABLE)
                )
            },
        )
        assert compare_metadata(context, metadata) == []
