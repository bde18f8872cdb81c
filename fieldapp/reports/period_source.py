"""Where a period highlights document reads its records, and the events it lists.

The device reads its own store; HQ reads its tables, restricted to the offices the reader's
scope sees. Nothing here needs the store's modules (HQ has no SQLCipher). Both go through the same selection (`fieldapp.domain.indicators`' held events) and
the same definition of participation (`indicator_sql`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import false, select
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.indicator_sql import counted_participants, named_participants
from fieldapp.domain.indicator_tally import Tally
from fieldapp.domain.indicators import IndicatorTables, Participated, Period
from fieldapp.domain.vocab import EventStatus


@dataclass(frozen=True)
class ListedEvent(Participated):
    """One line of the document's list of events."""

    id: str
    title: str
    event_type: str
    start_date: date
    end_date: date
    city: str | None
    host_country: str | None
    named: int  # people registered as participants
    counted: int  # people counted without names


@dataclass(frozen=True)
class PeriodSource:
    """Where a period highlights document reads its records: the device's store or HQ's
    tables, restricted at HQ to the offices a reader sees (None: every office in them)."""

    conn: Connection
    tables: IndicatorTables
    office_ids: Collection[str] | None = None
    lists: CodeLists | None = None  # which event types are training (None: those in use)
    # Where the figures come from when they are kept counted (the device's
    # `fieldapp.store.figures.tally`); None: counted from scratch over the tables.
    stored: Callable[[Period], Tally] | None = None


def period_events(source: PeriodSource, period: Period) -> list[ListedEvent]:
    """The events a period's figures count (held, living, starting in the period, of the
    offices read), by start date, with their participation."""
    e, a, hc = source.tables.event, source.tables.attendance, source.tables.head_count
    cond = [e.c.status == EventStatus.HELD.value, e.c.deleted_at.is_(None)]
    if period.start is not None:
        cond.append(e.c.start_date >= period.start)
    if period.end is not None:
        cond.append(e.c.start_date <= period.end)
    if source.office_ids is not None:
        offices = sorted(source.office_ids)
        cond.append(e.c.office_id.in_(offices) if offices else false())
    stmt = (
        select(
            e.c.id,
            e.c.title,
            e.c.event_type,
            e.c.start_date,
            e.c.end_date,
            e.c.city,
            e.c.host_country,
            named_participants(a, e.c.id).label("named"),
            counted_participants(hc, e.c.id).label("counted"),
        )
        .where(*cond)
        .order_by(e.c.start_date, e.c.title, e.c.id)
    )
    return [ListedEvent(**row) for row in source.conn.execute(stmt).mappings()]
