"""Enrollment: HQ issues a single-use, short-lived token for one of its offices; a device
presents it with its public key, is enrolled into that office (HQ's office id, whatever the
device thought), and gets HQ's public keys to pin. Revoking a device refuses its batches.

The token printed for the office is ``SECRET-FINGERPRINT``: HQ keeps only the secret's hash;
the fingerprint of HQ's public keys lets the device check it pins the right HQ.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.keys import HqKeys
from sync.hq.tables import HQ_BATCH, HQ_DEVICE, HQ_OFFICE, HQ_TOKEN
from sync.link import keys_fingerprint
from sync.seal import ed25519_public


class EnrollmentRefused(Exception):
    """The token is unknown, used or expired, or the request is malformed."""


@dataclass(frozen=True)
class Office:
    office_id: str
    name: str


@dataclass(frozen=True)
class Token:
    text: str  # what the office types: SECRET-FINGERPRINT
    office: Office
    expires_at: datetime


def _hash(token: str) -> str:
    secret = token.strip().upper().replace(" ", "").partition("-")[0]
    return hashlib.sha256(secret.encode("ascii", "replace")).hexdigest()


def find_office(conn: Connection, office: str) -> list[Office]:
    """Offices whose id or name is ``office``."""
    rows = conn.execute(
        select(HQ_OFFICE.c.office_id, HQ_OFFICE.c.name).where(
            (HQ_OFFICE.c.office_id == office.strip()) | (HQ_OFFICE.c.name == office.strip())
        )
    ).all()
    return [Office(r.office_id, r.name) for r in rows]


def office_for(conn: Connection, office: str) -> Office:
    """The office with this id or name, made (with a new id) when HQ has none of that name."""
    found = find_office(conn, office)
    if len(found) > 1:
        ids = ", ".join(o.office_id for o in found)
        raise EnrollmentRefused(f"several offices are named “{office}” ({ids}): give its id")
    if found:
        return found[0]
    name = office.strip()
    if not name or len(name) > 200:
        raise EnrollmentRefused("an office's name must have 1 to 200 characters")
    if not name.isprintable():
        raise EnrollmentRefused("an office's name cannot hold control characters")
    made = Office(str(uuid.uuid4()), name)
    conn.execute(
        insert(HQ_OFFICE).values(
            office_id=made.office_id, name=made.name, created_at=datetime.now(UTC)
        )
    )
    return made


def create_token(
    engine: Engine,
    keys: HqKeys,
    office: str,
    ttl: timedelta = timedelta(days=1),
    *,
    actor: str = "system",
) -> Token:
    """A token for the office with this id or name (made if new), audited as ``actor``'s."""
    with engine.begin() as conn:
        return issue_token(conn, keys, office, ttl, actor=actor)


def issue_token(
    conn: Connection,
    keys: HqKeys,
    office: str,
    ttl: timedelta = timedelta(days=1),
    *,
    actor: str,
) -> Token:
    """`create_token` in the caller's transaction, with its audit entry."""
    secret = base64.b32encode(secrets.token_bytes(15)).decode("ascii")
    public = keys.public()
    text = f"{secret}-{keys_fingerprint(public['hq_box_key'], public['hq_signing_key'])}"
    expires = datetime.now(UTC) + ttl
    target = office_for(conn, office)
    conn.execute(
        insert(HQ_TOKEN).values(
            token_hash=_hash(secret),
            office_id=target.office_id,
            office_name=target.name,
            expires_at=expires,
        )
    )
    detail = {"office_name": target.name, "expires_at": str(expires)}
    audit.append(conn, actor, "enrollment-token.create", f"office:{target.office_id}", detail)
    return Token(text, target, expires)


def _check_request(device_id: str, public_key: str) -> None:
    try:
        uuid.UUID(device_id)
    except ValueError:
        raise EnrollmentRefused("the device id is not a UUID") from None
    try:
        ed25519_public(public_key)
    except (ValueError, TypeError):
        raise EnrollmentRefused("the device's public key is not an Ed25519 key") from None


def enroll(engine: Engine, token: str, *, device_id: str, public_key: str) -> Office:
    """Register the device in the token's office; returns that office (id and name)."""
    _check_request(device_id, public_key)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        row = (
            conn.execute(select(HQ_TOKEN).where(HQ_TOKEN.c.token_hash == _hash(token)))
            .mappings()
            .first()
        )
        if row is None or row["used_at"] is not None:
            raise EnrollmentRefused("this enrollment token is unknown or was already used")
        expires = (
            row["expires_at"] if row["expires_at"].tzinfo else row["expires_at"].replace(tzinfo=UTC)
        )
        if expires < now:
            raise EnrollmentRefused("this enrollment token has expired; ask HQ for a new one")
        office = (
            Office(row["office_id"], row["office_name"])
            if row["office_id"]
            else office_for(conn, row["office_name"])
        )
        if conn.execute(
            select(HQ_DEVICE.c.device_id).where(HQ_DEVICE.c.device_id == device_id)
        ).first():
            raise EnrollmentRefused("this device is already enrolled")
        claimed = conn.execute(
            update(HQ_TOKEN)
            .where(HQ_TOKEN.c.token_hash == row["token_hash"], HQ_TOKEN.c.used_at.is_(None))
            .values(used_at=now, used_by=device_id)
        ).rowcount
        if claimed != 1:
            raise EnrollmentRefused("this enrollment token was already used")
        conn.execute(
            insert(HQ_DEVICE).values(
                device_id=device_id,
                office_id=office.office_id,
                office_name=office.name,
                public_key=public_key,
                enrolled_at=now,
            )
        )
    return office


def revoke(engine: Engine, device_id: str, *, actor: str = "system") -> bool:
    with engine.begin() as conn:
        return revoke_device(conn, device_id, actor=actor) is not None


def revoke_device(conn: Connection, device_id: str, *, actor: str) -> datetime | None:
    """Revoke a device in the caller's transaction, audited as ``actor``'s: when, or None if
    HQ knows no such device. A device revoked already keeps the moment it was (nothing new is
    audited)."""
    moment = datetime.now(UTC)
    done = conn.execute(
        update(HQ_DEVICE)
        .where(HQ_DEVICE.c.device_id == device_id, HQ_DEVICE.c.revoked_at.is_(None))
        .values(revoked_at=moment)
    ).rowcount
    if done != 1:
        return conn.execute(
            select(HQ_DEVICE.c.revoked_at).where(HQ_DEVICE.c.device_id == device_id)
        ).scalar()
    audit.append(conn, actor, "device.revoke", f"device:{device_id}")
    return moment


@dataclass(frozen=True)
class TokenState:
    """An enrollment token as the admin sees it: never its text, which HQ does not keep."""

    token_id: str  # the hash of its secret
    office_id: str | None
    office_name: str
    expires_at: datetime
    used_at: datetime | None
    used_by: str | None

    def live(self, moment: datetime) -> bool:
        return self.used_at is None and _aware(self.expires_at) > moment


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def list_tokens(conn: Connection, *, limit: int = 200) -> list[TokenState]:
    """The newest tokens first (by when they expire)."""
    rows = conn.execute(select(HQ_TOKEN).order_by(HQ_TOKEN.c.expires_at.desc()).limit(limit)).all()
    return [
        TokenState(r.token_hash, r.office_id, r.office_name, r.expires_at, r.used_at, r.used_by)
        for r in rows
    ]


def expire_token(conn: Connection, token_id: str, *, actor: str) -> bool:
    """End an unused token now, audited as ``actor``'s; False if there is no such live token."""
    moment = datetime.now(UTC)
    row = conn.execute(
        select(HQ_TOKEN).where(HQ_TOKEN.c.token_hash == token_id, HQ_TOKEN.c.used_at.is_(None))
    ).first()
    if row is None or _aware(row.expires_at) <= moment:
        return False
    conn.execute(
        update(HQ_TOKEN).where(HQ_TOKEN.c.token_hash == token_id).values(expires_at=moment)
    )
    target = f"office:{row.office_id}" if row.office_id else f"office-name:{row.office_name}"
    audit.append(conn, actor, "enrollment-token.expire", target)
    return True


@dataclass(frozen=True)
class Device:
    device_id: str
    office_id: str
    office_name: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_batch_at: datetime | None


def list_devices(conn: Connection) -> list[Device]:
    """Every device HQ enrolled, by office name, with when its last batch came."""
    last = (
        select(HQ_BATCH.c.device_id, func.max(HQ_BATCH.c.received_at).label("last_batch_at"))
        .group_by(HQ_BATCH.c.device_id)
        .subquery()
    )
    d = HQ_DEVICE
    rows = conn.execute(
        select(
            d.c.device_id,
            d.c.office_id,
            func.coalesce(HQ_OFFICE.c.name, d.c.office_name).label("office_name"),
            d.c.enrolled_at,
            d.c.revoked_at,
            last.c.last_batch_at,
        )
        .outerjoin(HQ_OFFICE, HQ_OFFICE.c.office_id == d.c.office_id)
        .outerjoin(last, last.c.device_id == d.c.device_id)
        .order_by(func.coalesce(HQ_OFFICE.c.name, d.c.office_name), d.c.enrolled_at)
    ).all()
    return [
        Device(
            r.device_id, r.office_id, r.office_name, r.enrolled_at, r.revoked_at, r.last_batch_at
        )
        for r in rows
    ]


def device_office(conn: Connection, device_id: str) -> str | None:
    """The name of the office of the device ``device_id`` (None: HQ knows no such device)."""
    return conn.execute(
        select(func.coalesce(HQ_OFFICE.c.name, HQ_DEVICE.c.office_name))
        .select_from(HQ_DEVICE)
        .outerjoin(HQ_OFFICE, HQ_OFFICE.c.office_id == HQ_DEVICE.c.office_id)
        .where(HQ_DEVICE.c.device_id == device_id)
    ).scalar()


def token_office(conn: Connection, token_id: str) -> str | None:
    """The name of the office the enrollment token ``token_id`` is for (None: no such token)."""
    return conn.execute(
        select(HQ_TOKEN.c.office_name).where(HQ_TOKEN.c.token_hash == token_id)
    ).scalar()
