"""Revealing one person's identity at HQ (issue 16): a right, a reason, an audit entry.

`reveal` runs in one writing transaction: it checks the caller's right
(`sync.hq.accounts.reveal_right`), finds the person within the caller's scope (another
office's person is as unknown as a made-up id), checks that HQ holds their identity sealed
(their office shares identities, they were not erased), opens it (`sync.hq.identities`) and
appends the audit entry (who, which person, which office, the reason; never what was
revealed) before anything is returned. Every attempt that reveals nothing is audited too
(``identity.reveal-refused``, with the status answered and why), in the same way, so a
refusal is written even though nothing else is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fieldapp.domain.vocab import RecordType
from sync.hq.accounts import audit
from sync.hq.accounts.reveal_right import may_reveal
from sync.hq.accounts.scope import Scope
from sync.hq.accounts.users import User
from sync.hq.identities import (
    KEY_ENV,
    KEY_FILE_ENV,
    IdentityKey,
    IdentityKeyProblem,
    SealedIdentityError,
    open_sealed,
)
from sync.hq.tables import HQ_OFFICE, HQ_TABLES

REVEALED = "identity.reveal"
REFUSED = "identity.reveal-refused"


@dataclass(frozen=True)
class Revealed:
    person_id: str
    office_id: str
    fields: dict[str, Any]
    audit_seq: int


@dataclass(frozen=True)
class Refusal:
    """Why nothing was revealed, as the caller is told (``status``, ``message``)."""

    status: int
    message: str


def reveal(
    conn: Connection,
    *,
    user: User,
    scope: Scope,
    actor: str,
    person_id: str,
    reason: str,
    key: IdentityKey | IdentityKeyProblem | None,
) -> Revealed | Refusal:
    """Reveal ``person_id``'s identity to ``user`` (reaching HQ with ``scope``, named
    ``actor`` in the audit log) for ``reason``; ``key`` is HQ's identity key, None if none is
    configured, or why the one configured cannot be used. Audited whatever the outcome."""
    target = f"person:{person_id}"
    detail: dict[str, Any] = {"reason": reason}

    def refuse(status: int, message: str, why: str) -> Refusal:
        audit.append(conn, actor, REFUSED, target, detail | {"status": status, "why": why})
        return Refusal(status, message)

    if not may_reveal(conn, user, scope):
        return refuse(
            403,
            f"the {scope.role} role may not reveal identities unless granted the right "
            "(fieldapp-hq user grant-reveal NAME)",
            "no right",
        )
    people = HQ_TABLES[RecordType.PARTICIPANT]
    row = conn.execute(
        select(
            people.c.office_id,
            people.c.deleted_at,
            people.c.erased_at,
            people.c.identity_sealed,
        ).where(people.c.id == person_id)
    ).first()
    unknown = f"no person {person_id}"
    if row is None or row.deleted_at is not None:
        return refuse(404, unknown, "unknown")
    office_id = str(row.office_id)
    detail["office_id"] = office_id
    if not scope.sees(office_id):
        return refuse(404, unknown, "another office")
    if row.erased_at is not None:
        return refuse(
            404,
            f"person {person_id} was erased on {row.erased_at:%Y-%m-%d}: HQ holds no identity "
            "of theirs",
            "erased",
        )
    shares = conn.execute(
        select(HQ_OFFICE.c.identities).where(HQ_OFFICE.c.office_id == office_id)
    ).scalar_one_or_none()
    if shares != "shared":
        return refuse(
            409,
            f"office {office_id} does not share identities with HQ (its policy is "
            f"“{shares or 'none'}”): HQ holds no identity of person {person_id}",
            "office not sharing",
        )
    if not row.identity_sealed:
        return refuse(
            409,
            f"HQ holds no identity of person {person_id}: none reached HQ since their office "
            "began sharing identities",
            "nothing sealed",
        )
    if key is None or isinstance(key, IdentityKeyProblem):
        why = (
            str(key)
            if key is not None
            else f"HQ has no identity key: start it with {KEY_FILE_ENV} or {KEY_ENV}"
        )
        return refuse(503, f"identities cannot be revealed now: {why}", "no usable key")
    try:
        fields = open_sealed(key, office_id, person_id, row.identity_sealed)
    except SealedIdentityError as exc:
        return refuse(409, str(exc), "does not open")
    entry = audit.append(conn, actor, REVEALED, target, detail)
    return Revealed(person_id, office_id, fields, entry.seq)
