"""Retention (DESIGN.md §12): a person's identity is kept for the office's retention period
after their last event, then erased (`fieldapp.store.erasure`); their attendances stay as
anonymous counts.

`due` lists who is past it (with names, for the officer's screen only), `run` erases them,
`is_due` says how many wait, at most once a week after the user last answered the offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, update
from sqlalchemy.engine import Connection

from fieldapp.domain.privacy import ERASED_BY_RETENTION
from fieldapp.store.erasure import erase_many
from fieldapp.store.office_policy import office_policy
from fieldapp.store.repository import ATTENDANCE, EVENT, PARTICIPANT
from fieldapp.store.store import SETTINGS, Store

ANSWERED_SETTING = "retention_answered"  # the day the user last answered the offer
OFFER_EVERY = timedelta(days=7)


@dataclass(frozen=True)
class Due:
    """A person past the retention period: their name is for the officer's screen only."""

    person_id: str
    full_name: str
    last_event: date | None  # the end of their last event; None: they attended none


def years_before(today: date, years: int) -> date:
    """The same day ``years`` years earlier (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def _years(store: Store, years: int | None) -> int:
    if years is None:
        return office_policy(store).retention_years
    if years < 1:
        raise ValueError("The retention period is at least one year.")
    return years


def _due_query(cutoff: date) -> Select[Any]:
    last = (
        select(ATTENDANCE.c.participant_id, func.max(EVENT.c.end_date).label("last_event"))
        .join(EVENT, EVENT.c.id == ATTENDANCE.c.event_id)
        .join(PARTICIPANT, PARTICIPANT.c.id == ATTENDANCE.c.participant_id)
        .where(EVENT.c.deleted_at.is_(None), ATTENDANCE.c.deleted_at.is_(None))
        .group_by(ATTENDANCE.c.participant_id)
        .subquery("last")
    )
    since = datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC)
    return (
        select(PARTICIPANT.c.id, PARTICIPANT.c.full_name, last.c.last_event)
        .outerjoin(last, last.c.participant_id == PARTICIPANT.c.id)
        .where(
            # (a person deleted from the registry kept no identity: nothing to erase)
            PARTICIPANT.c.erased_at.is_(None),
            PARTICIPANT.c.deleted_at.is_(None),
            or_(
                last.c.last_event < cutoff,
                and_(last.c.last_event.is_(None), PARTICIPANT.c.updated_at < since),
            ),
        )
    )


def due_on(conn: Connection, years: int, today: date) -> list[Due]:
    """People not erased whose last event (not deleted) ended more than ``years`` years
    before ``today``, or who attended none and were last changed before then. Oldest first.
    (People deleted from the registry hold no identity: `Repository.delete` blanks it.)"""
    stmt = _due_query(years_before(today, years))
    found = [Due(pid, name, last) for pid, name, last in conn.execute(stmt)]
    return sorted(found, key=lambda d: (d.last_event or date.min, d.full_name, d.person_id))


def due(store: Store, years: int | None = None, today: date | None = None) -> list[Due]:
    """Who is past the retention period (``years``: the office's policy when None)."""
    with store.engine.connect() as conn:
        return due_on(conn, _years(store, years), today or date.today())


def run(store: Store, years: int | None = None, today: date | None = None) -> int:
    """Erase everyone `due` (reason `ERASED_BY_RETENTION`); returns how many."""
    people = due(store, years, today)
    return erase_many(store, [d.person_id for d in people], ERASED_BY_RETENTION)


def is_due(store: Store, today: date | None = None) -> int:
    """How many people are past the office's retention period, to offer erasing them at
    unlock; 0 when the user answered the offer less than a week ago."""
    today = today or date.today()
    with store.engine.connect() as conn:
        answered = conn.execute(
            select(SETTINGS.c.value).where(SETTINGS.c.key == ANSWERED_SETTING)
        ).scalar()
        try:
            if answered and today - date.fromisoformat(answered) < OFFER_EVERY:
                return 0
        except ValueError:
            pass  # a damaged setting: offer again
        stmt = _due_query(years_before(today, _years(store, None)))
        return int(conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one())


def remember_answer(store: Store, today: date | None = None) -> None:
    """The user answered the offer (erase now or later): not offered again for a week."""
    value = (today or date.today()).isoformat()
    with store.transaction() as conn:
        done = conn.execute(
            update(SETTINGS).where(SETTINGS.c.key == ANSWERED_SETTING).values(value=value)
        ).rowcount
        if not done:
            conn.execute(SETTINGS.insert().values(key=ANSWERED_SETTING, value=value))


__all__ = ["Due", "due", "is_due", "remember_answer", "run"]
