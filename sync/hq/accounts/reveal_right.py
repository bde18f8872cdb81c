"""The right to reveal one person's identity at HQ (issue 16): admins hold it by their role
(`Reads.IDENTITIES`); another user holds it when granted (``fieldapp-hq user grant-reveal
NAME``), kept in ``hq_user.reveal_identities`` and read afresh at each reveal, so a revocation
takes effect at once. Granting and revoking are audited.

A token carries the grant only when it carries its user's own role: a token narrowed to a
lower role reads less, and revealing is more.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.accounts.moments import as_utc, now
from sync.hq.accounts.scope import Reads, Role, Scope
from sync.hq.accounts.users import User, UserRefused, get_user
from sync.hq.tables import HQ_USER


def granted(conn: Connection, user_id: int) -> bool:
    """Whether this user was granted the right (admins reveal by their role besides)."""
    found = conn.execute(
        select(HQ_USER.c.reveal_identities).where(HQ_USER.c.user_id == user_id)
    ).scalar_one_or_none()
    return bool(found)


def granted_names(conn: Connection) -> frozenset[str]:
    """The names of the users granted the right."""
    rows = conn.execute(select(HQ_USER.c.name).where(HQ_USER.c.reveal_identities.is_(True)))
    return frozenset(rows.scalars())


def may_reveal(conn: Connection, user: User, scope: Scope) -> bool:
    """Whether a caller (``user``, reaching HQ with ``scope``) may reveal identities at all;
    which people is the scope's business (another office's person is unknown to them)."""
    if scope.may(Reads.IDENTITIES):
        return True
    return scope.role is user.role and granted(conn, user.user_id)


def set_granted(
    conn: Connection, name: str, grant: bool, *, actor: str, at: datetime | None = None
) -> tuple[User, bool]:
    """Grant or revoke the right; the user, and whether anything changed (audited either
    way, as ``user.grant-reveal`` or ``user.revoke-reveal``). `UserRefused` for an unknown
    user, or a grant to an auditor (who sees no office's people)."""
    moment = as_utc(at or now())
    user = get_user(conn, name)
    if user is None:
        raise UserRefused(f"no user “{name.strip()[:64]}”")
    if grant and user.role is Role.AUDITOR:
        raise UserRefused(
            f"{user.name} is an auditor: an auditor reads the audit log, no office's people"
        )
    before = granted(conn, user.user_id)
    if before != grant:
        conn.execute(
            update(HQ_USER)
            .where(HQ_USER.c.user_id == user.user_id)
            .values(reveal_identities=grant, changed_at=moment)
        )
    action = "user.grant-reveal" if grant else "user.revoke-reveal"
    detail = {"changed": before != grant, "role": user.role.value}
    audit.append(conn, actor, action, f"user:{user.name}", detail, at=moment)
    return user, before != grant
