"""The second factor: TOTP (RFC 6238, 30-second steps, six digits), required for admins, and
ten one-time recovery codes for a lost phone.

A code is accepted for the step before, the current one and the one after (clocks drift), and
only once: HQ remembers the last step it accepted for the user and refuses that step or an
earlier one, so a code seen over someone's shoulder cannot be replayed. A recovery code works
once (only its hash is kept).

The TOTP secret is stored as is (the service must compute codes from it) but never returned
after `setup`: no listing, export or API shows it.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime

import pyotp
from sqlalchemy import and_, delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.accounts.codes import code_hash, looks_like_code, make_code
from sync.hq.accounts.moments import as_utc, now
from sync.hq.accounts.users import UserRefused, get_user
from sync.hq.tables import HQ_RECOVERY_CODE, HQ_USER

ISSUER = "FieldApp HQ"
RECOVERY_CODES = 10
DRIFT_STEPS = 1


@dataclass(frozen=True)
class TotpSetup:
    uri: str  # otpauth://totp/... for an authenticator app (a QR code of it, or typed)
    secret: str  # the same, for typing by hand; shown once
    recovery_codes: tuple[str, ...]  # shown once


def setup(conn: Connection, name: str, *, actor: str, at: datetime | None = None) -> TotpSetup:
    """Give a user a new TOTP secret and new recovery codes (the old ones stop working)."""
    moment = as_utc(at or now())
    user = get_user(conn, name)
    if user is None:
        raise UserRefused(f"no user “{name[:64]}”")
    secret = pyotp.random_base32()
    conn.execute(
        update(HQ_USER)
        .where(HQ_USER.c.user_id == user.user_id)
        .values(totp_secret=secret, totp_last_step=None, changed_at=moment)
    )
    codes = tuple(make_code() for _ in range(RECOVERY_CODES))
    conn.execute(delete(HQ_RECOVERY_CODE).where(HQ_RECOVERY_CODE.c.user_id == user.user_id))
    for code in codes:
        conn.execute(
            insert(HQ_RECOVERY_CODE).values(user_id=user.user_id, code_hash=code_hash(code))
        )
    detail = {"recovery_codes": len(codes)}
    audit.append(conn, actor, "user.totp", f"user:{user.name}", detail, at=moment)
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.name, issuer_name=ISSUER)
    return TotpSetup(uri, secret, codes)


def _totp_step(secret: str, typed: str, moment: datetime) -> int | None:
    """The step whose code ``typed`` is (within the drift allowed), or None."""
    totp = pyotp.TOTP(secret)
    current = totp.timecode(moment)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), typed):
            return step
    return None


def _use_totp(conn: Connection, user_id: int, secret: str, typed: str, moment: datetime) -> bool:
    step = _totp_step(secret, typed, moment)
    if step is None:
        return False
    # Taking the step only if it is newer than the last one taken: a replay, or the same code
    # sent twice at once, finds no row to update.
    taken = conn.execute(
        update(HQ_USER)
        .where(
            and_(
                HQ_USER.c.user_id == user_id,
                or_(HQ_USER.c.totp_last_step.is_(None), HQ_USER.c.totp_last_step < step),
            )
        )
        .values(totp_last_step=step)
    ).rowcount
    return taken == 1


def _use_recovery_code(conn: Connection, user_id: int, typed: str, moment: datetime) -> bool:
    used = conn.execute(
        update(HQ_RECOVERY_CODE)
        .where(
            HQ_RECOVERY_CODE.c.user_id == user_id,
            HQ_RECOVERY_CODE.c.code_hash == code_hash(typed),
            HQ_RECOVERY_CODE.c.used_at.is_(None),
        )
        .values(used_at=moment)
    ).rowcount
    return used == 1


def check(conn: Connection, user_id: int, typed: str, at: datetime | None = None) -> str | None:
    """Use ``typed`` as the user's second factor: "totp" or "recovery code" when accepted (and
    then spent), None when not."""
    moment = as_utc(at or now())
    secret = conn.execute(
        select(HQ_USER.c.totp_secret).where(HQ_USER.c.user_id == user_id)
    ).scalar_one_or_none()
    if secret is None:
        return None
    typed = typed.strip().replace(" ", "")
    if len(typed) == 6 and typed.isascii() and typed.isdigit():
        return "totp" if _use_totp(conn, user_id, secret, typed, moment) else None
    if looks_like_code(typed):
        return "recovery code" if _use_recovery_code(conn, user_id, typed, moment) else None
    return None


def recovery_codes_left(conn: Connection, user_id: int) -> int:
    rows = conn.execute(
        select(HQ_RECOVERY_CODE.c.code_hash).where(
            HQ_RECOVERY_CODE.c.user_id == user_id, HQ_RECOVERY_CODE.c.used_at.is_(None)
        )
    ).all()
    return len(rows)
