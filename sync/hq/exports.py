"""HQ's exports: events, attendance and indicators of the offices a caller's scope sees, as
CSV or XLSX, yielded in chunks of bytes so a route streams them.

Rows come from the database as the client reads (CSV is written as it goes; XLSX, a zip
that needs its whole sheet before its directory, is built by openpyxl's write-only sheet in a
spooled temporary file, then read out in chunks). Attendance is pseudonymous: ids, sex, age
band, organization type, nationality, completion and days, never a name, e-mail or phone
(DESIGN.md §11: analysts read no identities); below admin, not even the sex, age band,
organization type or nationality (a reader would count the cells withheld from the figures
back from such rows: `sync.hq.disclosure`), and the indicators carry "<5" where the figures
do (`sync.hq.figures.for_reader`). Every text cell is neutralised as the device's
exports are (`fieldapp.reports.tabular`), so a title typed as "=HYPERLINK(…)" stays text.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from openpyxl import Workbook
from sqlalchemy import and_, false, func, select
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.event_tags import read_tags
from fieldapp.domain.indicator_sql import (
    age_band,
    counted_participants,
    event_days,
    named_participants,
)
from fieldapp.domain.indicators import Period, finish
from fieldapp.domain.vocab import RecordType
from fieldapp.reports.export_columns import EVENT_FIELDS, TAG_HEADERS, indicator_rows
from fieldapp.reports.export_columns import column_label as _label
from fieldapp.reports.tabular import csv_text, neutralised
from fieldapp.reports.xlsx_writer import _cell  # its text-stays-text cell
from sync.hq import aggregates
from sync.hq.accounts.scope import Reads, Role, Scope
from sync.hq.figures import for_reader, offices_to_read
from sync.hq.tables import HQ_EVENT_TAG, HQ_TABLES

KINDS = ("events", "attendance", "indicators")
FORMATS = ("csv", "xlsx")
CHUNK_BYTES = 64 * 1024
ROWS_AT_ONCE = 1000  # rows fetched per round trip (a server-side cursor on PostgreSQL)
ATTENDANCE_HEADERS = (
    "Participant ID",
    "Event ID",
    "Office ID",
    "Role",
    "Sex",
    "Age band",
    "Organization type",
    "Nationality",
    "Completed",
    "Days attended",
)
# What says who a person is, beyond their id: an admin's export only.
ATTRIBUTES = ("Sex", "Age band", "Organization type", "Nationality")


class UnknownExport(ValueError):
    """A kind or format HQ does not export (the route's 404)."""


Sheet = tuple[Sequence[str], Iterable[Sequence[Any]]]


def export(
    conn: Connection,
    scope: Scope,
    kind: str,
    fmt: str,
    period: Period,
    office_id: str | None = None,
    *,
    lists: CodeLists | None = None,
) -> Iterator[bytes]:
    """The export ``kind`` of ``period`` as ``fmt``, in chunks. The checks (role: `Forbidden`;
    an office outside the scope: `NotFound`) run before the first chunk is asked for, so a
    route can answer them with a status instead of a broken download; ``conn`` must stay open
    until the last chunk is read (rows are fetched as the chunks are)."""
    if kind not in KINDS or fmt not in FORMATS:
        raise UnknownExport(f"{kind}.{fmt}")
    offices = offices_to_read(conn, scope, Reads.EXPORTS, office_id)
    office_ids = None if offices is None else sorted(offices)
    if kind == "events":
        sheet = _events(conn, period, office_ids)
    elif kind == "attendance":
        sheet = _attendance(conn, period, office_ids, attributes=scope.role is Role.ADMIN)
    else:
        figures = for_reader(
            scope, finish(aggregates.tally(conn, period, offices, lists, counted=[]))
        )
        sheet = (("Figure", "Breakdown", "Key", "Value"), indicator_rows(figures, period))
    return _csv_chunks(*sheet) if fmt == "csv" else _xlsx_chunks(*sheet)


def _in_scope(column: Any, period: Period, office_ids: list[str] | None) -> list[Any]:
    cond = []
    if period.start is not None:
        cond.append(column.table.c.start_date >= period.start)
    if period.end is not None:
        cond.append(column.table.c.start_date <= period.end)
    if office_ids is not None:
        cond.append(column.in_(office_ids) if office_ids else false())
    return cond


def _streamed(conn: Connection, stmt: Any) -> Iterator[Sequence[Any]]:
    yield from conn.execution_options(yield_per=ROWS_AT_ONCE).execute(stmt)


def _events(conn: Connection, period: Period, office_ids: list[str] | None) -> Sheet:
    """Events starting in the period, with their labels and how many took part (no narrative:
    it is free text, and may name people)."""
    e = HQ_TABLES[RecordType.EVENT]
    a, hc = HQ_TABLES[RecordType.ATTENDANCE], HQ_TABLES[RecordType.HEAD_COUNT]
    stmt = (
        select(
            e.c.office_id,
            *(e.c[f] for f in EVENT_FIELDS),
            named_participants(a, e.c.id),
            counted_participants(hc, e.c.id),
        )
        .where(e.c.deleted_at.is_(None), *_in_scope(e.c.office_id, period, office_ids))
        .order_by(e.c.start_date, e.c.title, e.c.id)
    )
    headers = [
        "Office ID",
        *(_label(f) for f in EVENT_FIELDS),
        *TAG_HEADERS.values(),
        "Registered participants",
        "Counted without names",
    ]

    def rows() -> Iterator[Sequence[Any]]:
        batch: list[Sequence[Any]] = []
        for row in _streamed(conn, stmt):
            batch.append(row)
            if len(batch) == ROWS_AT_ONCE:
                yield from _tagged(conn, batch)
                batch = []
        yield from _tagged(conn, batch)

    return headers, rows()


def _tagged(conn: Connection, events: list[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    if not events:
        return
    tags = read_tags(conn, HQ_EVENT_TAG, [row[1] for row in events])
    split = 1 + len(EVENT_FIELDS)
    for row in events:
        labels = tags[row[1]]
        joined = ["; ".join(getattr(labels, name)) for name in TAG_HEADERS]
        yield (*row[:split], *joined, *row[split:])


def _attendance(
    conn: Connection, period: Period, office_ids: list[str] | None, *, attributes: bool
) -> Sheet:
    """Who attended which event, by id only (events starting in the period); with their sex,
    age band, organization type and nationality when ``attributes``."""
    a, e = HQ_TABLES[RecordType.ATTENDANCE], HQ_TABLES[RecordType.EVENT]
    p = HQ_TABLES[RecordType.PARTICIPANT]
    described = (
        p.c.sex,
        func.coalesce(p.c.age_band, age_band(p.c.birth_year, e.c.start_date)),
        p.c.organization_type,
        p.c.nationality,
    )
    stmt = (
        select(
            a.c.participant_id,
            a.c.event_id,
            a.c.office_id,
            a.c.role,
            *(described if attributes else ()),
            a.c.completed,
            func.coalesce(a.c.days_attended, event_days(e.c.start_date, e.c.end_date)),
        )
        .select_from(
            a.join(e, and_(e.c.id == a.c.event_id, e.c.office_id == a.c.office_id)).join(
                p, and_(p.c.id == a.c.participant_id, p.c.office_id == a.c.office_id)
            )
        )
        .where(
            a.c.deleted_at.is_(None),
            e.c.deleted_at.is_(None),
            p.c.deleted_at.is_(None),
            *_in_scope(e.c.office_id, period, office_ids),
        )
        .order_by(e.c.start_date, a.c.event_id, a.c.participant_id, a.c.id)
    )
    headers = [h for h in ATTENDANCE_HEADERS if attributes or h not in ATTRIBUTES]
    return headers, _streamed(conn, stmt)


def _csv_chunks(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """UTF-8 CSV with a byte-order mark (how Excel opens UTF-8), about `CHUNK_BYTES` a chunk."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([neutralised(h) for h in headers])
    for row in rows:
        writer.writerow([csv_text(v) for v in row])
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode("utf-8")


def _xlsx_chunks(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """One sheet, bold header, text cells kept text (`xlsx_writer`'s cells), zipped into a
    spooled file (memory up to 8 MB, then disk) and read out in chunks."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.freeze_panes = "A2"
    sheet.append([_cell(sheet, h, bold=True) for h in headers])
    for row in rows:
        sheet.append([_cell(sheet, v) for v in row])
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
        book.save(spool)
        spool.seek(0)
        while chunk := spool.read(CHUNK_BYTES):
            yield chunk
