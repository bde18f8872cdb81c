"""API tokens for BI tools and scripts (``Authorization: Bearer fhq_<id>_<secret>``).

The token is shown once, when made; HQ keeps its id and the SHA-256 of its secret (256 random
bits need no slow hash). A token carries a role no higher than its user's and offices within
the user's (an office user's token names their offices as they were when it was made); it expires (one year at most) and can be revoked. Its reach is recomputed at each
use from the user as they are now: a disabled user's tokens, or a token whose user lost the
role it names, read nothing.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, or_, select, update
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.accounts.codes import sha256_hex
from sync.hq.accounts.moments import as_utc, now
from sync.hq.accounts.scope import Role, Scope
from sync.hq.accounts.users import User, UserRefused, get_user, user_by_id
from sync.hq.tables import HQ_API_TOKEN, HQ_API_TOKEN_OFFICE, HQ_OFFICE, HQ_USER

DEFAULT_LIFETIME = timedelta(days=30)
MAX_LIFETIME = timedelta(days=365)
_TEXT = re.compile(r"fhq_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")


@dataclass(frozen=True)
class ApiToken:
    token_id: str
    user_name: str
    role: Role
    office_ids: frozenset[str] | None  # None: every office (an admin's or analyst's token)
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None


@dataclass(frozen=True)
class TokenUse:
    """A valid token presented: whose it is, and what it may read now."""

    token_id: str
    user: User
    scope: Scope
    last_used_at: datetime | None = None  # before this use (`note_use` is due after a minute)


def _check_offices(conn: Connection, user: User, role: Role, offices: list[str]) -> None:
    for office_id in offices:
        known = (
            len(office_id) <= 64
            and conn.execute(
                select(HQ_OFFICE.c.office_id).where(HQ_OFFICE.c.office_id == office_id)
            ).first()
        )
        if not known:
            raise UserRefused(f"HQ has no office with the id “{office_id[:64]}”")
    if user.scope.narrowed(role, offices or None) is None:
        raise UserRefused(
            f"{user.name} ({user.role}) cannot give a token more than they may read: "
            f"role {role}, offices {', '.join(offices) or 'all'}"
        )
    if role is Role.OFFICE and not offices and user.role is not Role.OFFICE:
        raise UserRefused("a token with the office role names its offices (--office ID)")


def create(
    conn: Connection,
    user_name: str,
    *,
    actor: str,
    lifetime: timedelta = DEFAULT_LIFETIME,
    role: Role | None = None,
    offices: Iterable[str] = (),
    at: datetime | None = None,
) -> tuple[ApiToken, str]:
    """Make a token for ``user_name``; returns it and its text, which HQ does not keep."""
    moment = as_utc(at or now())
    user = get_user(conn, user_name)
    if user is None:
        raise UserRefused(f"no user “{user_name[:64]}”")
    if user.disabled:
        raise UserRefused(f"{user.name} is disabled")
    if not timedelta(0) < lifetime <= MAX_LIFETIME:
        raise UserRefused("a token lasts from a minute to a year (--expires 30d)")
    role = role or user.role
    office_ids = sorted({o.strip() for o in offices})
    _check_offices(conn, user, role, office_ids)
    if not office_ids and user.scope.office_ids is not None:
        office_ids = sorted(user.scope.office_ids)  # pinned: it never gains an office later
    token_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    conn.execute(
        insert(HQ_API_TOKEN).values(
            token_id=token_id,
            secret_hash=sha256_hex(secret),
            user_id=user.user_id,
            role=role.value,
            created_at=moment,
            expires_at=moment + lifetime,
        )
    )
    for office_id in office_ids:
        conn.execute(insert(HQ_API_TOKEN_OFFICE).values(token_id=token_id, office_id=office_id))
    detail = {"role": role.value, "offices": office_ids, "expires_at": str(moment + lifetime)}
    audit.append(conn, actor, "token.create", f"token:{token_id}", detail, at=moment)
    token = ApiToken(
        token_id,
        user.name,
        role,
        frozenset(office_ids) or None,
        moment,
        moment + lifetime,
        None,
        None,
    )
    return token, f"fhq_{token_id}_{secret}"


def _offices(conn: Connection, token_id: str) -> frozenset[str] | None:
    found = conn.execute(
        select(HQ_API_TOKEN_OFFICE.c.office_id).where(HQ_API_TOKEN_OFFICE.c.token_id == token_id)
    ).scalars()
    return frozenset(found) or None


def look_up(conn: Connection, text: str, now: datetime) -> TokenUse | None:
    """The token ``text`` is, and its reach now; None if unknown, wrong, revoked, expired, or
    its user disabled or no longer allowed what it names. Writes nothing (see `note_use`)."""
    match = _TEXT.fullmatch(text.strip()) if len(text) <= 100 else None
    if match is None:
        return None
    token_id, secret = match.groups()
    row = conn.execute(select(HQ_API_TOKEN).where(HQ_API_TOKEN.c.token_id == token_id)).first()
    if row is None or not hmac.compare_digest(row.secret_hash, sha256_hex(secret)):
        return None
    if row.revoked_at is not None or as_utc(row.expires_at) <= as_utc(now):
        return None
    user = user_by_id(conn, row.user_id)
    if user is None or user.disabled:
        return None
    scope = user.scope.narrowed(Role(row.role), _offices(conn, token_id))
    if scope is None:
        return None
    last = as_utc(row.last_used_at) if row.last_used_at else None
    return TokenUse(token_id, user, scope, last)


def note_use(conn: Connection, token_id: str, now: datetime) -> None:
    """Remember when a token was last used (at most once a minute: reads stay cheap)."""
    moment = as_utc(now)
    conn.execute(
        update(HQ_API_TOKEN)
        .where(
            HQ_API_TOKEN.c.token_id == token_id,
            or_(
                HQ_API_TOKEN.c.last_used_at.is_(None),
                HQ_API_TOKEN.c.last_used_at < moment - timedelta(minutes=1),
            ),
        )
        .values(last_used_at=moment)
    )


def revoke(conn: Connection, token_id: str, *, actor: str, at: datetime | None = None) -> bool:
    """Revoke a token (it is refused from now on); False if there is no such live token."""
    moment = as_utc(at or now())
    done = conn.execute(
        update(HQ_API_TOKEN)
        .where(HQ_API_TOKEN.c.token_id == token_id.strip()[:16])
        .where(HQ_API_TOKEN.c.revoked_at.is_(None))
        .values(revoked_at=moment)
    ).rowcount
    if done:
        audit.append(conn, actor, "token.revoke", f"token:{token_id.strip()}", {}, at=moment)
    return done > 0


def list_tokens(conn: Connection, user_name: str | None = None) -> list[ApiToken]:
    query = (
        select(HQ_API_TOKEN, HQ_USER.c.name)
        .join(HQ_USER, HQ_USER.c.user_id == HQ_API_TOKEN.c.user_id)
        .order_by(HQ_API_TOKEN.c.created_at)
    )
    if user_name is not None:
        query = query.where(HQ_USER.c.name == user_name.strip().lower())
    return [
        ApiToken(
            r.token_id,
            r.name,
            Role(r.role),
            _offices(conn, r.token_id),
            as_utc(r.created_at),
            as_utc(r.expires_at),
            as_utc(r.revoked_at) if r.revoked_at else None,
            as_utc(r.last_used_at) if r.last_used_at else None,
        )
        for r in conn.execute(query)
    ]
