"""Server-side sessions for the console: the browser holds a random cookie (256 bits), HQ
holds only its SHA-256, with the user, the moments and the session's CSRF token.

A session lasts ``idle`` after its last request (sliding), and never beyond ``lifetime`` after
sign-in; a disabled user's sessions are worth nothing (and `users.set_disabled` ends them).
A session keeps the second factor it was signed in with: an admin's session made with a
password alone (its user promoted since) is worth nothing either (and `users.set_role` ends a
user's sessions when their role changes).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from sync.hq.accounts.codes import sha256_hex
from sync.hq.accounts.moments import as_utc
from sync.hq.accounts.scope import Role
from sync.hq.accounts.users import User, end_sessions, user_by_id
from sync.hq.tables import HQ_SESSION

IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=8)
MAX_COOKIE = 128  # characters; a longer cookie is not ours and is not even hashed


@dataclass(frozen=True)
class NewSession:
    cookie: str  # for the Set-Cookie header; HQ does not keep it
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True)
class Session:
    session_id: str
    user: User
    csrf_token: str
    created_at: datetime
    expires_at: datetime
    second_factor: str | None = None  # "totp" or "recovery code"; None: a password alone


def _session_id(cookie: str) -> str | None:
    if not cookie or len(cookie) > MAX_COOKIE:
        return None
    return sha256_hex(cookie)


def create(
    conn: Connection,
    user: User,
    now: datetime,
    *,
    idle: timedelta = IDLE,
    lifetime: timedelta = LIFETIME,
    second_factor: str | None = None,
) -> NewSession:
    """A session for ``user``, who proved ``second_factor`` ("totp", "recovery code") too."""
    moment = as_utc(now)
    cookie = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    expires = min(moment + idle, moment + lifetime)
    conn.execute(
        insert(HQ_SESSION).values(
            session_id=sha256_hex(cookie),
            user_id=user.user_id,
            created_at=moment,
            last_seen_at=moment,
            expires_at=expires,
            csrf_token=csrf,
            second_factor=second_factor,
        )
    )
    return NewSession(cookie, csrf, expires)


def look_up(conn: Connection, cookie: str, now: datetime) -> Session | None:
    """The live session of this cookie (None: unknown, expired, its user disabled, or an
    admin's session made without a second factor)."""
    session_id = _session_id(cookie)
    if session_id is None:
        return None
    row = conn.execute(select(HQ_SESSION).where(HQ_SESSION.c.session_id == session_id)).first()
    if row is None or as_utc(row.expires_at) <= as_utc(now):
        return None
    user = user_by_id(conn, row.user_id)
    if user is None or user.disabled:
        return None
    if user.role is Role.ADMIN and row.second_factor is None:
        return None
    return Session(
        session_id,
        user,
        row.csrf_token,
        as_utc(row.created_at),
        as_utc(row.expires_at),
        row.second_factor,
    )


def touch(
    conn: Connection,
    session: Session,
    now: datetime,
    *,
    idle: timedelta = IDLE,
    lifetime: timedelta = LIFETIME,
) -> datetime:
    """Note a request: the session now expires ``idle`` from now (at most ``lifetime`` after
    it began). Returns the new expiry."""
    moment = as_utc(now)
    expires = min(moment + idle, session.created_at + lifetime)
    conn.execute(
        update(HQ_SESSION)
        .where(HQ_SESSION.c.session_id == session.session_id)
        .values(last_seen_at=moment, expires_at=expires)
    )
    return expires


def end(conn: Connection, cookie: str) -> bool:
    """Sign out: the session is gone. Whether there was one."""
    session_id = _session_id(cookie)
    if session_id is None:
        return False
    return (
        conn.execute(delete(HQ_SESSION).where(HQ_SESSION.c.session_id == session_id)).rowcount > 0
    )


def end_others(conn: Connection, session: Session) -> int:
    """End the user's other sessions (after a password change); the number ended."""
    return conn.execute(
        delete(HQ_SESSION).where(
            HQ_SESSION.c.user_id == session.user.user_id,
            HQ_SESSION.c.session_id != session.session_id,
        )
    ).rowcount


def end_all(conn: Connection, user: User) -> int:
    return end_sessions(conn, user.user_id)


def csrf_ok(session: Session, token: str | None) -> bool:
    """Whether a form's CSRF token is this session's (compared in constant time)."""
    if not token or len(token) > MAX_COOKIE:
        return False
    return hmac.compare_digest(session.csrf_token.encode(), token.encode("utf-8", "replace"))


def remove_expired(conn: Connection, now: datetime) -> int:
    return conn.execute(delete(HQ_SESSION).where(HQ_SESSION.c.expires_at <= as_utc(now))).rowcount
