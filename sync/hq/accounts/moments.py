"""Moments as HQ's accounts store and compare them: aware, in UTC, to the microsecond.

SQLite hands back naive datetimes (the UTC ones we stored) and PostgreSQL aware ones; every
comparison and every hash in the audit chain goes through `as_utc`, so both databases agree.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (a naive one is taken to be UTC already)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def stamp(moment: datetime) -> str:
    """The one text form of a moment, e.g. ``2026-12-02T02:23:01.000000Z``."""
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
