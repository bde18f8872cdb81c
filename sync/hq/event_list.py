"""HQ's consolidated list of events, as the console's events page and the dashboard's
drill-downs read it: the held events of a period in the caller's scope (the indicators' own
definition: `fieldapp.domain.indicator_query.Scope`), narrowed by what a breakdown's bar
stands for (an event type, a programme, a tag such as a beneficiary country or an outcome, a
month) and by words of the title, a page at a time, in SQL.

A bar of a breakdown and the list it opens count the same events: a test holds them equal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, func, literal, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from fieldapp.domain.indicator_query import Scope as Counted
from fieldapp.domain.indicator_sql import month
from fieldapp.domain.indicators import Period
from fieldapp.domain.vocab import NOT_RECORDED
from sync.hq import figures
from sync.hq.accounts.scope import Reads, Scope
from sync.hq.tables import HQ_EVENT_TAG, HQ_INDICATOR_TABLES, HQ_OFFICE

PAGE = 50
TAG_KINDS = ("country", "outcome", "pillar", "partner", "donor")


@dataclass(frozen=True)
class Narrowed:
    """What a list is narrowed to besides the period and the offices (None: anything)."""

    event_type: str | None = None
    programme: str | None = None  # NOT_RECORDED: events without one
    tag_kind: str | None = None
    tag_code: str | None = None
    month: str | None = None  # "2026-11"
    words: str | None = None  # in the title


@dataclass(frozen=True)
class EventRow:
    event_id: str
    office_id: str
    office_name: str
    title: str
    event_type: str
    start_date: date
    end_date: date
    host_country: str | None
    programme: str | None


@dataclass(frozen=True)
class EventPage:
    rows: list[EventRow]
    total: int
    page: int  # from 1
    pages: int


def held_events(
    conn: Connection,
    scope: Scope,
    period: Period,
    narrowed: Narrowed,
    office_id: str | None = None,
    page: int = 1,
    lists_training: tuple[str, ...] = (),
) -> EventPage:
    """The page ``page`` of the held events of ``period`` in ``scope`` (or ``office_id`` of
    it: `figures.NotFound` if it does not see it), narrowed by ``narrowed``, by start date."""
    offices = figures.offices_to_read(conn, scope, Reads.FIGURES, office_id)
    counted = Counted(
        HQ_INDICATOR_TABLES,
        period,
        office_id=None,
        office_ids=None if offices is None else tuple(sorted(offices)),
        event_id=None,
        training_types=lists_training,
    )
    e = HQ_INDICATOR_TABLES.event
    where = [*counted.conditions(), *_narrowing(narrowed)]
    total = conn.execute(select(func.count()).select_from(e).where(*where)).scalar_one()
    pages = max(1, -(-total // PAGE))
    page = min(max(page, 1), pages)
    rows = conn.execute(
        select(
            e.c.id,
            e.c.office_id,
            HQ_OFFICE.c.name,
            e.c.title,
            e.c.event_type,
            e.c.start_date,
            e.c.end_date,
            e.c.host_country,
            e.c.programme,
        )
        .join(HQ_OFFICE, HQ_OFFICE.c.office_id == e.c.office_id)
        .where(*where)
        .order_by(e.c.start_date.desc(), e.c.title, e.c.id)
        .limit(PAGE)
        .offset((page - 1) * PAGE)
    )
    return EventPage([EventRow(*r) for r in rows], total, page, pages)


def _narrowing(narrowed: Narrowed) -> list[ColumnElement[bool]]:
    event = HQ_INDICATOR_TABLES.event
    found: list[ColumnElement[bool]] = []
    if narrowed.event_type is not None:
        found.append(event.c.event_type == narrowed.event_type)
    if narrowed.programme is not None:
        found.append(
            event.c.programme.is_(None)
            if narrowed.programme == NOT_RECORDED
            else event.c.programme == narrowed.programme
        )
    if narrowed.tag_kind is not None and narrowed.tag_code is not None:
        t = HQ_EVENT_TAG
        found.append(
            exists().where(
                t.c.event_id == event.c.id,
                t.c.kind == narrowed.tag_kind,
                t.c.code == narrowed.tag_code,
            )
        )
    if narrowed.month is not None:
        found.append(month(event.c.start_date) == literal(narrowed.month))
    if narrowed.words:
        escaped = "".join("\\" + c if c in "\\%_" else c for c in narrowed.words)
        found.append(event.c.title.ilike(f"%{escaped}%", escape="\\"))
    return found
