"""Exporting events, people, attendance and indicators to CSV or XLSX.

The people sheet has exactly the columns the importer reads back (`people_columns`), so an
export imports into another registry field for field. Rows are streamed from the database
to the file, so a large registry is never held in memory. Deleted records are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fieldapp.domain.event_tags import read_tags
from fieldapp.domain.indicators import IndicatorTables, Period, compute_indicators
from fieldapp.reports.export_columns import EVENT_FIELDS, TAG_HEADERS, indicator_rows
from fieldapp.reports.export_columns import column_label as _label
from fieldapp.reports.people_columns import EXPORT_FIELDS, EXPORT_HEADERS
from fieldapp.reports.tabular import CancelFlag, ExchangeError, Progress, write_table
from fieldapp.store.queries import COUNTED_WITHOUT_NAMES, REGISTERED_PARTICIPANTS
from fieldapp.store.report_queries import NAMED_PEOPLE
from fieldapp.store.repository import ATTENDANCE, EVENT, EVENT_TAG, PARTICIPANT

KINDS = ("events", "people", "attendance", "indicators")


@dataclass(frozen=True)
class Sheet:
    headers: Sequence[str]
    rows: Iterable[Sequence[Any]]
    total: int = 0  # rows to come, for a true progress bar (0: not known)


def _in_period(column: Any, period: Period) -> list[Any]:
    cond = []
    if period.start is not None:
        cond.append(column >= period.start)
    if period.end is not None:
        cond.append(column <= period.end)
    return cond


def people_sheet(conn: Connection) -> Sheet:
    """Every person in the registry, under the headers the importer reads."""
    stmt = (
        select(*(PARTICIPANT.c[f] for f in EXPORT_FIELDS))
        .where(*NAMED_PEOPLE)
        .order_by(PARTICIPANT.c.name_key, PARTICIPANT.c.id)
    )
    total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    return Sheet(EXPORT_HEADERS, (tuple(row) for row in conn.execute(stmt)), total)


def events_sheet(conn: Connection, period: Period) -> Sheet:
    """Events starting in the period, with their labels and how many took part."""
    stmt = (
        select(
            *(EVENT.c[f] for f in EVENT_FIELDS),
            REGISTERED_PARTICIPANTS,
            COUNTED_WITHOUT_NAMES,
            EVENT.c.narrative,
        )
        .where(EVENT.c.deleted_at.is_(None), *_in_period(EVENT.c.start_date, period))
        .order_by(EVENT.c.start_date, EVENT.c.title, EVENT.c.id)
    )
    events = list(conn.execute(stmt))
    tags = read_tags(conn, EVENT_TAG, [e[0] for e in events])
    headers = [
        *(_label(f) for f in EVENT_FIELDS),
        *TAG_HEADERS.values(),
        "Registered participants",
        "Counted without names",
        "Narrative",
    ]

    def rows() -> Iterator[Sequence[Any]]:
        for event in events:
            labels = tags[event[0]]
            joined = ["; ".join(getattr(labels, name)) for name in TAG_HEADERS]
            yield (*event[: len(EVENT_FIELDS)], *joined, *event[len(EVENT_FIELDS) :])

    return Sheet(headers, rows(), len(events))


def attendance_sheet(conn: Connection, period: Period) -> Sheet:
    """Who attended which event (events starting in the period), with scores."""
    a, e, p = ATTENDANCE, EVENT, PARTICIPANT
    columns = {
        "Event ID": e.c.id,
        "Event": e.c.title,
        _label("start_date"): e.c.start_date,
        "Person ID": p.c.id,
        _label("full_name"): p.c.full_name,
        _label("sex"): p.c.sex,
        "Organization": p.c.organization,
        **{
            _label(f): a.c[f]
            for f in (
                "role",
                "days_attended",
                "completed",
                "pre_test_score",
                "post_test_score",
                "satisfaction",
                "certificate_issued",
            )
        },
    }
    stmt = (
        select(*columns.values())
        .select_from(a.join(e, e.c.id == a.c.event_id).join(p, p.c.id == a.c.participant_id))
        .where(
            a.c.deleted_at.is_(None),
            e.c.deleted_at.is_(None),
            p.c.deleted_at.is_(None),
            *_in_period(e.c.start_date, period),
        )
        .order_by(e.c.start_date, e.c.title, e.c.id, p.c.name_key, a.c.id)
    )
    total = conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()
    return Sheet(list(columns), (tuple(row) for row in conn.execute(stmt)), total)


def indicators_sheet(conn: Connection, tables: IndicatorTables, period: Period) -> Sheet:
    result = compute_indicators(conn, tables, period)
    rows = indicator_rows(result, period)
    return Sheet(["Figure", "Breakdown", "Key", "Value"], rows, len(rows))


def export(
    conn: Connection,
    kind: str,
    path: Path,
    *,
    period: Period | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> int:
    """Write one kind of export to ``path`` (.csv or .xlsx); returns the number of rows."""
    from fieldapp.store.tables import INDICATOR_TABLES

    period = period or Period()
    if kind == "people":
        sheet = people_sheet(conn)
    elif kind == "events":
        sheet = events_sheet(conn, period)
    elif kind == "attendance":
        sheet = attendance_sheet(conn, period)
    elif kind == "indicators":
        sheet = indicators_sheet(conn, INDICATOR_TABLES, period)
    else:
        raise ExchangeError(f"“{kind}” cannot be exported (use one of {', '.join(KINDS)}).")
    return write_table(
        path, sheet.headers, sheet.rows, progress=progress, cancel=cancel, total=sheet.total
    )
