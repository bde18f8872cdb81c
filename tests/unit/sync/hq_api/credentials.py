"""Credentials for tests of HQ's routes, made with the account services (no HTTP): a user of
a role and an API token of theirs, as ``fieldapp-hq user add`` and ``api-token create`` make
them. Users get no password (nothing to hash): they come with a token."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from sqlalchemy import Engine

from sync.hq.accounts import api_tokens, users
from sync.hq.accounts.scope import Role

_numbers = itertools.count(1)


def api_token(
    engine: Engine, role: Role = Role.ANALYST, *, offices: Iterable[str] = (), name: str = ""
) -> str:
    """A new user of ``role`` (office users: of ``offices``) and the text of a token of
    theirs, valid 30 days."""
    name = name or f"{role.value}-{next(_numbers)}"
    with engine.begin() as conn:
        users.add_user(conn, name, role, actor="test", offices=offices)
        _, text = api_tokens.create(conn, name, actor="test")
    return text


def bearer(
    engine: Engine, role: Role = Role.ANALYST, *, offices: Iterable[str] = ()
) -> dict[str, str]:
    """Headers reading HQ as a new user of ``role``."""
    return {"Authorization": f"Bearer {api_token(engine, role, offices=offices)}"}
