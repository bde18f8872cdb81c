"""Signing in: a name, a password and (for admins, and anyone who set it up) a TOTP or
recovery code; or, the first time, a one-time sign-in code and a new password.

A refusal never says whether the name exists: an unknown name, a disabled user, a wrong
password or a wrong code give the same `Refused`, in the same time (a dummy hash is verified
when there is no real one). The audit log, which only auditors and admins read, keeps why.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection, Engine

from sync.hq.accounts import audit, lockout, passwords, sessions, totp
from sync.hq.accounts.codes import code_hash
from sync.hq.accounts.lockout import Lockout
from sync.hq.accounts.moments import as_utc
from sync.hq.accounts.scope import Role
from sync.hq.accounts.sessions import NewSession
from sync.hq.accounts.users import User, get_user
from sync.hq.database import read_only
from sync.hq.tables import HQ_USER

NOT_ACCEPTED = "The name, password or code was not accepted."


@dataclass(frozen=True)
class Refused:
    """No sign-in. ``retry_after``: seconds to wait before trying again (lock-out)."""

    message: str = NOT_ACCEPTED
    retry_after: int = 0


class _Attempt:
    """One attempt under a name and an address: the lock-out's keys and the audit entry."""

    def __init__(self, conn: Connection, name: str, address: str, moment: datetime) -> None:
        self.conn, self.name, self.address, self.moment = conn, name, address, moment
        self.keys = lockout.keys(name, address)

    def locked(self, rules: Lockout) -> Refused | None:
        seconds = lockout.wait(self.conn, rules, self.keys, self.moment)
        return self.refused_locked(seconds) if seconds > 0 else None

    def refused_locked(self, seconds: int) -> Refused:
        self.audit("signin.refused", {"reason": "locked out", "retry_after": seconds})
        return Refused(f"Too many failed attempts: try again in {seconds} s.", seconds)

    def failed(self, reason: str) -> Refused:
        lockout.record_failure(self.conn, self.keys, self.moment)
        self.audit("signin.refused", {"reason": reason})
        return Refused()

    def succeeded(self, user: User, action: str, detail: dict[str, Any]) -> User:
        lockout.forget(self.conn, self.keys[0])
        self.audit(action, detail, actor=f"user:{user.name}")
        return user

    def audit(self, action: str, detail: dict[str, Any], actor: str | None = None) -> None:
        printable = "".join(c if c.isprintable() else "?" for c in self.name[:64])
        detail = {"address": self.address[:200], **detail}
        audit.append(
            self.conn,
            actor or f"signin:{printable}",
            action,
            f"user:{printable}",
            detail,
            at=self.moment,
        )


def _stored_hash(conn: Connection, user: User | None) -> str | None:
    if user is None:
        return None
    return conn.execute(
        select(HQ_USER.c.password_hash).where(HQ_USER.c.user_id == user.user_id)
    ).scalar_one()


@dataclass(frozen=True)
class SignedIn:
    """A sign-in accepted: who, with which second factor, and the session made for them."""

    user: User
    second_factor: str | None  # "totp", "recovery code"; None: a password alone
    session: NewSession | None = None


@dataclass(frozen=True)
class _Seen:
    """What a short read found before the password is hashed (no lock held meanwhile)."""

    locked: bool
    user: User | None
    stored: str | None  # the hash the password is verified against


def _look(conn: Connection, name: str, address: str, moment: datetime, rules: Lockout) -> _Seen:
    if lockout.wait(conn, rules, lockout.keys(name, address), moment) > 0:
        return _Seen(True, None, None)
    user = get_user(conn, name) if len(name) <= 64 else None
    return _Seen(False, user, _stored_hash(conn, user))


def authenticate(
    engine: Engine,
    name: str,
    password: str,
    second_factor: str,
    address: str,
    now: datetime,
    *,
    rules: Lockout = Lockout(),  # noqa: B008 (frozen)
    session_lifetime: timedelta | None = None,
) -> SignedIn | Refused:
    """The user these credentials prove, or a refusal (audited either way); with
    ``session_lifetime``, a session is made for them in the same transaction.

    Three steps, so the Argon2 hash holds no write lock (on SQLite one writer at a time: a
    stranger's guesses would stall every device's batch): a short read (lock-out, the user,
    the hash), the password verified outside any transaction, then a short write that decides
    again on what it finds then (lock-out, the same hash, the user not disabled), spends the
    second factor and records the outcome. Guesses sent at once are judged as if one after
    the other: one that finds the name locked out when it is written is refused unheard."""
    moment = as_utc(now)
    with read_only(engine) as conn:
        seen = _look(conn, name, address, moment, rules)
    checked = passwords.Checked(False)
    if not seen.locked and not passwords.too_long(password):  # refused before any hashing
        checked = passwords.verify(seen.stored, password)  # dummy hash if no user
    with engine.begin() as conn:
        attempt = _Attempt(conn, name, address, moment)
        found = _settle(attempt, seen, checked, password, second_factor, rules)
        if isinstance(found, Refused):
            return found
        user, factor = found
        made = None
        if session_lifetime is not None:
            made = sessions.create(
                conn, user, moment, lifetime=session_lifetime, second_factor=factor
            )
        return SignedIn(user, factor, made)


def _settle(
    attempt: _Attempt,
    seen: _Seen,
    checked: passwords.Checked,
    password: str,
    second_factor: str,
    rules: Lockout,
) -> tuple[User, str | None] | Refused:
    conn = attempt.conn
    if (locked := attempt.locked(rules)) is not None:
        return locked
    if seen.locked:  # locked when read, free a moment later: still not heard, nor counted
        return attempt.refused_locked(1)
    if passwords.too_long(password):
        return attempt.failed("password too long")
    user = get_user(conn, attempt.name) if len(attempt.name) <= 64 else None
    if user is None or seen.user is None:
        return attempt.failed("unknown name")
    if user.user_id != seen.user.user_id or _stored_hash(conn, user) != seen.stored:
        return attempt.failed("password changed while signing in")
    if not checked.ok:
        return attempt.failed("wrong password")
    if user.disabled:
        return attempt.failed("user disabled")
    if user.role is Role.ADMIN and not user.has_totp:
        attempt.audit("signin.refused", {"reason": "admin without TOTP"})
        return Refused(
            "An admin signs in with a second factor: set it up first "
            f"(fieldapp-hq user totp {user.name})."
        )
    factor = None
    if user.has_totp:
        factor = totp.check(conn, user.user_id, second_factor, attempt.moment)
        if factor is None:
            return attempt.failed("wrong or reused second factor")
    if checked.new_hash is not None:  # Argon2 parameters raised since the hash was made
        conn.execute(
            update(HQ_USER)
            .where(HQ_USER.c.user_id == user.user_id, HQ_USER.c.password_hash == seen.stored)
            .values(password_hash=checked.new_hash)
        )
    attempt.succeeded(user, "signin.ok", {"second_factor": factor})
    return user, factor


def redeem_signin_code(
    conn: Connection,
    name: str,
    code: str,
    new_password: str,
    address: str,
    now: datetime,
    *,
    rules: Lockout = Lockout(),  # noqa: B008 (frozen)
) -> User | Refused:
    """Set a password with the one-time sign-in code ``fieldapp-hq user add`` printed. The
    code works once, for 24 hours. Raises `PasswordRefused` (the code kept) for a weak one."""
    attempt = _Attempt(conn, name, address, as_utc(now))
    if (locked := attempt.locked(rules)) is not None:
        return locked
    user = get_user(conn, name) if len(name) <= 64 else None
    row = None
    if user is not None:
        row = conn.execute(
            select(HQ_USER.c.signin_code_hash, HQ_USER.c.signin_code_expires_at).where(
                HQ_USER.c.user_id == user.user_id
            )
        ).first()
    stored, expires = (row.signin_code_hash, row.signin_code_expires_at) if row else (None, None)
    if not stored or not hmac.compare_digest(stored, code_hash(code)):
        return attempt.failed("wrong sign-in code")
    assert user is not None and expires is not None
    if as_utc(expires) < attempt.moment:
        return attempt.failed("sign-in code expired")
    if user.disabled:
        return attempt.failed("user disabled")
    hashed = passwords.hash_password(new_password, user.name)
    conn.execute(
        update(HQ_USER)
        .where(HQ_USER.c.user_id == user.user_id)
        .values(
            password_hash=hashed,
            signin_code_hash=None,
            signin_code_expires_at=None,
            changed_at=attempt.moment,
        )
    )
    return attempt.succeeded(user, "user.password-set", {"with": "sign-in code"})


def change_password(
    conn: Connection,
    user: User,
    old_password: str,
    new_password: str,
    address: str,
    now: datetime,
    *,
    rules: Lockout = Lockout(),  # noqa: B008 (frozen)
) -> User | Refused:
    """A signed-in user replaces their password, proving the old one: a wrong one counts as a
    failed sign-in (lock-out included). Raises `PasswordRefused` for a weak new one."""
    attempt = _Attempt(conn, user.name, address, as_utc(now))
    if (locked := attempt.locked(rules)) is not None:
        return locked
    if not passwords.verify(_stored_hash(conn, user), old_password).ok:
        return attempt.failed("wrong password (changing it)")
    hashed = passwords.hash_password(new_password, user.name)
    conn.execute(
        update(HQ_USER)
        .where(HQ_USER.c.user_id == user.user_id)
        .values(password_hash=hashed, changed_at=attempt.moment)
    )
    return attempt.succeeded(user, "user.password-change", {})
