"""HQ's users: adding, listing, disabling them, their roles and offices, their passwords.

Every change is audited in the same transaction (``actor`` says who made it: ``cli:amina``,
``user:omar``). A user added without a password gets a one-time sign-in code, valid 24 hours,
with which they choose their password at first sign-in (`signin.redeem_signin_code`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Row

from sync.hq.accounts import audit, passwords
from sync.hq.accounts.codes import code_hash, make_code
from sync.hq.accounts.moments import as_utc, now
from sync.hq.accounts.scope import Role, Scope
from sync.hq.tables import HQ_API_TOKEN, HQ_OFFICE, HQ_SESSION, HQ_USER, HQ_USER_OFFICE

SIGNIN_CODE_LIFETIME = timedelta(hours=24)
_NAME = re.compile(r"[a-z0-9][a-z0-9._@-]{1,63}")
_OFFICE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class UserRefused(ValueError):
    """What was asked of a user cannot be done; the message says why."""


@dataclass(frozen=True)
class User:
    user_id: int
    name: str
    role: Role
    office_ids: frozenset[str]  # the offices an `office` user sees; empty for other roles
    disabled: bool
    has_password: bool
    has_totp: bool
    created_at: datetime
    changed_at: datetime
    language: str | None = None  # the console's, as the user chose it (None: the browser's)

    @property
    def scope(self) -> Scope:
        return Scope(self.role, self.office_ids if self.role is Role.OFFICE else None)


def valid_name(name: str) -> str:
    """``name`` as HQ keeps it (lower case), or `UserRefused` saying what is wrong."""
    cleaned = name.strip().lower()
    if not _NAME.fullmatch(cleaned):
        raise UserRefused(
            "a user name has 2 to 64 characters: letters a-z, digits and . _ @ -, "
            "starting with a letter or digit"
        )
    return cleaned


def _user(conn: Connection, r: Row[Any]) -> User:
    offices = conn.execute(
        select(HQ_USER_OFFICE.c.office_id).where(HQ_USER_OFFICE.c.user_id == r.user_id)
    ).scalars()
    return User(
        user_id=r.user_id,
        name=r.name,
        role=Role(r.role),
        office_ids=frozenset(offices),
        disabled=r.disabled_at is not None,
        has_password=r.password_hash is not None,
        has_totp=r.totp_secret is not None,
        created_at=as_utc(r.created_at),
        changed_at=as_utc(r.changed_at),
        language=r.language,
    )


def get_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(HQ_USER).where(HQ_USER.c.name == name.strip().lower())).first()
    return _user(conn, row) if row else None


def user_by_id(conn: Connection, user_id: int) -> User | None:
    row = conn.execute(select(HQ_USER).where(HQ_USER.c.user_id == user_id)).first()
    return _user(conn, row) if row else None


def _existing(conn: Connection, name: str) -> User:
    user = get_user(conn, name)
    if user is None:
        raise UserRefused(f"no user “{name[:64]}”")
    return user


def list_users(conn: Connection) -> list[User]:
    return [_user(conn, row) for row in conn.execute(select(HQ_USER).order_by(HQ_USER.c.name))]


def _checked_offices(conn: Connection, role: Role, offices: Iterable[str]) -> list[str]:
    wanted = sorted({o.strip() for o in offices})
    if role is not Role.OFFICE:
        if wanted:
            raise UserRefused(f"the {role} role sees every office: --office is for office users")
        return []
    if not wanted:
        raise UserRefused("an office user needs at least one office (--office ID)")
    for office_id in wanted:
        known = (
            _OFFICE_ID.fullmatch(office_id)
            and conn.execute(
                select(HQ_OFFICE.c.office_id).where(HQ_OFFICE.c.office_id == office_id)
            ).first()
        )
        if not known:
            raise UserRefused(f"HQ has no office with the id “{office_id[:64]!s}”")
    return wanted


def _set_offices(conn: Connection, user_id: int, office_ids: list[str]) -> None:
    conn.execute(delete(HQ_USER_OFFICE).where(HQ_USER_OFFICE.c.user_id == user_id))
    for office_id in office_ids:
        conn.execute(insert(HQ_USER_OFFICE).values(user_id=user_id, office_id=office_id))


def _credentials(
    name: str, password: str | None, moment: datetime
) -> tuple[str | None, dict[str, object]]:
    """The columns that set ``password`` (or, with None, a new one-time sign-in code, which is
    returned): hashing also checks the password's strength."""
    if password is not None:
        hashed = passwords.hash_password(password, name)
        return None, {
            "password_hash": hashed,
            "signin_code_hash": None,
            "signin_code_expires_at": None,
        }
    code = make_code()
    return code, {
        "password_hash": None,
        "signin_code_hash": code_hash(code),
        "signin_code_expires_at": moment + SIGNIN_CODE_LIFETIME,
    }


def add_user(
    conn: Connection,
    name: str,
    role: Role,
    *,
    actor: str,
    offices: Iterable[str] = (),
    password: str | None = None,
    at: datetime | None = None,
) -> tuple[User, str | None]:
    """Add a user; with no password, the one-time sign-in code they will set it with."""
    moment = as_utc(at or now())
    name = valid_name(name)
    if get_user(conn, name) is not None:
        raise UserRefused(f"there is already a user “{name}”")
    office_ids = _checked_offices(conn, role, offices)
    code, values = _credentials(name, password, moment)
    user_id = conn.execute(
        insert(HQ_USER)
        .values(name=name, role=role.value, created_at=moment, changed_at=moment, **values)
        .returning(HQ_USER.c.user_id)
    ).scalar_one()
    _set_offices(conn, user_id, office_ids)
    detail = {"role": role.value, "offices": office_ids, "password_set": password is not None}
    audit.append(conn, actor, "user.add", f"user:{name}", detail, at=moment)
    user = user_by_id(conn, user_id)
    assert user is not None
    return user, code


def _change(conn: Connection, user: User, moment: datetime, **values: object) -> None:
    conn.execute(
        update(HQ_USER).where(HQ_USER.c.user_id == user.user_id).values(changed_at=moment, **values)
    )


def end_sessions(conn: Connection, user_id: int) -> int:
    """End every session of a user (they must sign in again); the number ended."""
    return conn.execute(delete(HQ_SESSION).where(HQ_SESSION.c.user_id == user_id)).rowcount


def _keep_an_admin(conn: Connection, user: User) -> None:
    """Refuse a change that takes ``user``, an enabled admin, away from the admins when no
    other enabled admin is left: nobody could then manage HQ's users from the console."""
    if user.role is not Role.ADMIN or user.disabled:
        return
    others = conn.execute(
        select(func.count()).where(
            HQ_USER.c.role == Role.ADMIN.value,
            HQ_USER.c.disabled_at.is_(None),
            HQ_USER.c.user_id != user.user_id,
        )
    ).scalar_one()
    if not others:
        raise UserRefused(
            f"HQ's last enabled admin ({user.name}) stays one: make another admin first"
        )


def set_disabled(
    conn: Connection, name: str, disabled: bool, *, actor: str, at: datetime | None = None
) -> User:
    """Disable a user (their sessions end; their tokens stop working) or enable them again.
    The last enabled admin is not disabled."""
    moment = as_utc(at or now())
    user = _existing(conn, name)
    if disabled:
        _keep_an_admin(conn, user)
    _change(conn, user, moment, disabled_at=moment if disabled else None)
    ended = end_sessions(conn, user.user_id) if disabled else 0
    action = "user.disable" if disabled else "user.enable"
    audit.append(conn, actor, action, f"user:{user.name}", {"sessions_ended": ended}, at=moment)
    return _existing(conn, name)


def set_language(conn: Connection, user: User, language: str | None) -> None:
    """The language ``user`` reads the console in (None: their browser's): theirs to choose,
    so not an account change (``changed_at`` stays); audited as everything that changes."""
    conn.execute(update(HQ_USER).where(HQ_USER.c.user_id == user.user_id).values(language=language))
    actor = f"user:{user.name}"
    audit.append(conn, actor, "user.language", actor, {"language": language})


def reset_password(
    conn: Connection,
    name: str,
    *,
    actor: str,
    password: str | None = None,
    at: datetime | None = None,
) -> str | None:
    """Replace a user's password (or clear it and issue a one-time sign-in code, returned);
    their sessions end and their API tokens are revoked either way (a reset is what is done to
    an account someone else may hold)."""
    moment = as_utc(at or now())
    user = _existing(conn, name)
    code, values = _credentials(user.name, password, moment)
    _change(conn, user, moment, **values)
    ended = end_sessions(conn, user.user_id)
    revoked = conn.execute(
        update(HQ_API_TOKEN)
        .where(HQ_API_TOKEN.c.user_id == user.user_id, HQ_API_TOKEN.c.revoked_at.is_(None))
        .values(revoked_at=moment)
    ).rowcount
    detail = {
        "password_set": password is not None,
        "sessions_ended": ended,
        "tokens_revoked": revoked,
    }
    audit.append(conn, actor, "user.reset-password", f"user:{user.name}", detail, at=moment)
    return code


def set_role(
    conn: Connection,
    name: str,
    role: Role,
    *,
    actor: str,
    offices: Iterable[str] = (),
    at: datetime | None = None,
) -> User:
    """Give a user another role (and, for the office role, its offices). A new role ends the
    user's sessions: they sign in again as what they now are (an admin with a second factor)."""
    moment = as_utc(at or now())
    user = _existing(conn, name)
    if role is not Role.ADMIN:
        _keep_an_admin(conn, user)
    office_ids = _checked_offices(conn, role, offices)
    _change(conn, user, moment, role=role.value)
    _set_offices(conn, user.user_id, office_ids)
    ended = end_sessions(conn, user.user_id) if role is not user.role else 0
    detail = {
        "from": user.role.value,
        "role": role.value,
        "offices": office_ids,
        "sessions_ended": ended,
    }
    audit.append(conn, actor, "user.set-role", f"user:{user.name}", detail, at=moment)
    return _existing(conn, name)


def set_offices(
    conn: Connection, name: str, offices: Iterable[str], *, actor: str, at: datetime | None = None
) -> User:
    user = _existing(conn, name)
    return set_role(conn, user.name, user.role, actor=actor, offices=offices, at=at)
