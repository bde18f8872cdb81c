"""Lock-out after failed sign-ins: per user name and per client address, so neither guessing
one user's password from many addresses nor many users' from one address goes fast.

After ``after`` failures in a row (5 by default) the next attempt must wait 2 seconds, then 4,
8... up to ``cap`` (15 minutes). An attempt made while it must wait is refused unheard (no
password is hashed) and does not count. Failures older than a day are forgotten; a successful
sign-in forgets the user's (not the address's). Keys are kept whether or not the user exists,
so the lock-out says nothing about which names are real.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from sync.hq.accounts.moments import as_utc
from sync.hq.tables import HQ_SIGNIN_FAILURE

FORGET_AFTER = timedelta(days=1)


@dataclass(frozen=True)
class Lockout:
    """The thresholds (HQ's settings give them; these are the defaults)."""

    after: int = 5
    cap: timedelta = timedelta(minutes=15)
    first: timedelta = timedelta(seconds=2)  # the first wait; each failure after doubles it

    def delay(self, failures: int) -> timedelta:
        """How long the attempt after ``failures`` failures in a row must wait."""
        if failures < self.after:
            return timedelta(0)
        exponent = min(failures - self.after, 30)
        return min(self.first * 2**exponent, self.cap)


def keys(name: str, address: str) -> tuple[str, str]:
    return f"user:{name.strip().lower()[:64]}", f"address:{address[:200]}"


def wait(conn: Connection, lockout: Lockout, keys: tuple[str, ...], moment: datetime) -> int:
    """The seconds to wait before an attempt under these keys is heard (0: now)."""
    rows = conn.execute(
        select(HQ_SIGNIN_FAILURE.c.failures, HQ_SIGNIN_FAILURE.c.last_at).where(
            HQ_SIGNIN_FAILURE.c.key.in_(keys)
        )
    ).all()
    longest = timedelta(0)
    for failures, last_at in rows:
        last = as_utc(last_at)
        if moment - last > FORGET_AFTER:
            continue
        longest = max(longest, last + lockout.delay(failures) - moment)
    return int(-(-longest.total_seconds() // 1))  # rounded up


def _upsert(conn: Connection, key: str, moment: datetime) -> None:
    table = HQ_SIGNIN_FAILURE
    row = conn.execute(select(table.c.failures, table.c.last_at).where(table.c.key == key)).first()
    failures = 1
    if row is not None and moment - as_utc(row.last_at) <= FORGET_AFTER:
        failures = row.failures + 1
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(key=key, failures=failures, last_at=moment)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=[table.c.key], set_={"failures": failures, "last_at": moment}
        )
    )


def record_failure(conn: Connection, keys: tuple[str, ...], moment: datetime) -> None:
    for key in keys:
        _upsert(conn, key, moment)


def forget(conn: Connection, key: str) -> None:
    conn.execute(delete(HQ_SIGNIN_FAILURE).where(HQ_SIGNIN_FAILURE.c.key == key))
