"""Enrollment: HQ issues a single-use, short-lived token per office; a device presents it with
its public key and gets HQ's public keys to pin. Revoking a device refuses its batches."""

from __future__ import annotations

import base64
import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, insert, select, update

from sync.hq.tables import HQ_DEVICE, HQ_TOKEN


class EnrollmentRefused(Exception):
    """The token is unknown, used or expired, or the request is malformed."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.strip().upper().encode("ascii", "replace")).hexdigest()


def create_token(engine: Engine, office_name: str, ttl: timedelta = timedelta(days=1)) -> str:
    token = base64.b32encode(secrets.token_bytes(15)).decode("ascii")
    with engine.begin() as conn:
        conn.execute(
            insert(HQ_TOKEN).values(
                token_hash=_hash(token), office_name=office_name, expires_at=datetime.now(UTC) + ttl
            )
        )
    return token


def enroll(engine: Engine, token: str, *, device_id: str, office_id: str, public_key: str) -> str:
    """Register the device; returns the office name the token was made for."""
    if not (device_id and office_id and len(public_key) == 44):
        raise EnrollmentRefused("the request lacks the device id, office id or a public key")
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
                office_id=office_id,
                office_name=row["office_name"],
                public_key=public_key,
                enrolled_at=now,
            )
        )
    return str(row["office_name"])


def revoke(engine: Engine, device_id: str) -> bool:
    with engine.begin() as conn:
        done = conn.execute(
            update(HQ_DEVICE)
            .where(HQ_DEVICE.c.device_id == device_id)
            .values(revoked_at=datetime.now(UTC))
        ).rowcount
    return done == 1
