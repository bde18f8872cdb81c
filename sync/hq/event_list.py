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

from sqlalchemy import exists, func, literal, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.event_tags import read_tags
from fieldapp.domain.indicator_query import Scope as Counted
from fieldapp.domain.indicator_sql import counted_rows, month, named_rows
from fieldapp.domain.indicators import Indicators, Period, compute_indicators
from fieldapp.domain.records import EventTags
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
    working_group: str | None = None  # likewise
    tag_kind: str | None = None
    tag_code: str | None = None
    month: str | None = None  # "2026-11"
    words: str | None = None  # in the title
    training: bool = False  # training events only (those whose people count as trained)
    organization_type: str | None = None  # training events people of this type took part in
    nationality: str | None = None  # events people of this nationality took part in


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
    if narrowed.training or narrowed.organization_type is not None:
        where.append(e.c.event_type.in_(lists_training))
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
    for column, value in (
        (event.c.programme, narrowed.programme),
        (event.c.working_group, narrowed.working_group),
    ):
        if value is not None:
            found.append(column.is_(None) if value == NOT_RECORDED else column == value)
    if narrowed.tag_kind is not None and narrowed.tag_code is not None:
        t = HQ_EVENT_TAG
        found.append(
            exists().where(
                t.c.event_id == event.c.id,
                t.c.kind == narrowed.tag_kind,
                t.c.code == narrowed.tag_code,
            )
        )
    if narrowed.organization_type is not None or narrowed.nationality is not None:
        found.append(_people_took_part(narrowed))
    if narrowed.month is not None:
        found.append(month(event.c.start_date) == literal(narrowed.month))
    if narrowed.words:
        escaped = "".join("\\" + c if c in "\\%_" else c for c in narrowed.words)
        found.append(event.c.title.ilike(f"%{escaped}%", escape="\\"))
    return found


def _people_took_part(narrowed: Narrowed) -> ColumnElement[bool]:
    """Events where a person of the organization type or nationality took part (registered
    by name; "not recorded": one without it, or people counted without names, who have
    neither), as the people breakdowns count them."""
    t = HQ_INDICATOR_TABLES
    event, a, p, hc = t.event, t.attendance, t.participant, t.head_count
    column, value = (
        (p.c.organization_type, narrowed.organization_type)
        if narrowed.organization_type is not None
        else (p.c.nationality, narrowed.nationality)
    )
    unknown = value == NOT_RECORDED
    named = exists().where(
        a.c.event_id == event.c.id,
        a.c.office_id == event.c.office_id,
        *named_rows(a),
        p.c.id == a.c.participant_id,
        p.c.office_id == a.c.office_id,
        column.is_(None) if unknown else column == value,
    )
    if not unknown or narrowed.nationality is not None:
        return named
    counted = exists().where(
        hc.c.event_id == event.c.id, hc.c.office_id == event.c.office_id, *counted_rows(hc)
    )
    return or_(named, counted)


@dataclass(frozen=True)
class EventPageData:
    """One event as the console's event page shows it: what it was, and its participation as
    the indicators count it, for the reader's role (below admin, no group of fewer than five
    people countable: `figures.for_reader`). Never who took part."""

    event: dict[str, object]  # its fields (`EventBase`'s)
    office_name: str
    tags: EventTags
    figures: Indicators
    training: bool


def event_page(
    conn: Connection, scope: Scope, event_id: str, lists: CodeLists
) -> EventPageData | None:
    """The event ``event_id`` if ``scope`` reads figures of its office (None: not found,
    whether it does not exist or belongs to an office the reader does not see)."""
    e = HQ_INDICATOR_TABLES.event
    row = (
        conn.execute(
            select(e, HQ_OFFICE.c.name.label("office_name"))
            .join(HQ_OFFICE, HQ_OFFICE.c.office_id == e.c.office_id)
            .where(e.c.id == event_id, e.c.deleted_at.is_(None))
        )
        .mappings()
        .first()
    )
    if row is None or not (scope.may(Reads.FIGURES) and scope.sees(row["office_id"])):
        return None
    found = compute_indicators(
        conn,
        HQ_INDICATOR_TABLES,
        Period(None, None),
        office_id=row["office_id"],
        event_id=event_id,
        lists=lists,
    )
    tags = read_tags(conn, HQ_EVENT_TAG, [event_id])[event_id]
    return EventPageData(
        dict(row),
        row["office_name"],
        tags,
        figures.for_reader(scope, found),
        row["event_type"] in lists.training_event_types,
    )
