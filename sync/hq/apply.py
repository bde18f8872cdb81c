"""Applying one batch at HQ: each record is upserted if its version is newer, kept otherwise.

Every record gets its own result: accepted, duplicate (HQ has this version), stale (HQ has a
newer one) or rejected with the reason, in the words of the same validation rules the field
app uses. One bad record never blocks the others. Written in portable SQL (SQLite by
default, PostgreSQL at scale), with ``ON CONFLICT`` so that two HQ processes applying the same
batch at once store nothing twice.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Table, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from fieldapp.domain.event_tags import write_tags
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
    SyncedFields,
)
from fieldapp.domain.validation import (
    Problem,
    parse,
    validate_attendance,
    validate_event,
    validate_head_counts,
    validate_participant,
)
from fieldapp.domain.vocab import RecordType
from sync.hq.tables import HQ_EVENT_TAG, HQ_TABLES
from sync.protocol import BatchEnvelope, RecordChange, RecordResult, Result

BASES: dict[RecordType, type[BaseModel]] = {
    RecordType.EVENT: EventBase,
    RecordType.PARTICIPANT: ParticipantBase,
    RecordType.ATTENDANCE: AttendanceBase,
    RecordType.HEAD_COUNT: HeadCountBase,
}

FIELDS = {kind: frozenset(base.model_fields) for kind, base in BASES.items()}
SYNCED_FIELDS = frozenset(SyncedFields.model_fields)


def _rules(
    kind: RecordType, record: BaseModel, tags: EventTags | None, today: date
) -> list[Problem]:
    if isinstance(record, EventBase):
        return validate_event(record, tags, today=today)
    if isinstance(record, ParticipantBase):
        return validate_participant(record, today=today)
    if isinstance(record, AttendanceBase):
        return validate_attendance(record)
    if isinstance(record, HeadCountBase):
        return validate_head_counts([record])
    return []


def _row(
    change: RecordChange, envelope: BatchEnvelope, today: date
) -> tuple[dict[str, Any] | None, str | None, EventTags | None]:
    """The row to store, or the reason it is refused."""
    try:
        kind = RecordType(change.type)
    except ValueError:
        return None, f"unknown record type “{change.type}”", None
    data = dict(change.data)
    tags = None
    if kind is RecordType.EVENT:
        tags, problems = parse(EventTags, data.pop("tags", None) or {})
        if tags is None:
            return None, "; ".join(str(p) for p in problems), None
    record, problems = parse(BASES[kind], {k: v for k, v in data.items() if k in FIELDS[kind]})
    synced, synced_problems = parse(
        SyncedFields, {k: v for k, v in data.items() if k in SYNCED_FIELDS}
    )
    problems += synced_problems
    if record is not None:
        problems += _rules(kind, record, tags, today)
    if problems or record is None or synced is None:
        return None, "; ".join(str(p) for p in problems), None
    if synced.id != change.id or synced.version != change.version:
        return None, "the record's id or version does not match its envelope", None
    if synced.office_id != envelope.office_id:
        return None, "the record belongs to another office than the batch", None
    return {**record.model_dump(), **synced.model_dump()}, None, tags


def _insert(conn: Connection, table: Table) -> Any:
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    return dialect.insert(table)


def _result(change: RecordChange, kind: Result, reason: str | None = None) -> RecordResult:
    return RecordResult(
        type=change.type, id=change.id, version=change.version, result=kind, reason=reason
    )


def _apply_existing(
    conn: Connection,
    table: Table,
    change: RecordChange,
    row: dict[str, Any],
    tags: EventTags | None,
    envelope: BatchEnvelope,
) -> RecordResult:
    """A record HQ may already hold: newer version → update; same → duplicate; older → stale."""
    existing = conn.execute(
        select(table.c.version, table.c.office_id).where(table.c.id == change.id)
    ).first()
    if existing is not None and existing.office_id != envelope.office_id:
        return _result(change, "rejected", "this record id belongs to another office")
    if existing is None:
        stmt = (
            _insert(conn, table)
            .values(row)
            .on_conflict_do_nothing(index_elements=["id"])
            .returning(table.c.id)  # rowcount is not portable for INSERT … ON CONFLICT
        )
        written = conn.execute(stmt).first() is not None
    else:
        stmt = (
            update(table)
            .where(table.c.id == change.id, table.c.version < change.version)
            .values(row)
        )
        written = conn.execute(stmt).rowcount == 1
    if not written:
        # Another copy of this batch, or a newer version, got there first.
        stored = conn.execute(select(table.c.version).where(table.c.id == change.id)).scalar_one()
        return _result(change, "duplicate" if stored == change.version else "stale")
    if tags is not None:
        write_tags(conn, HQ_EVENT_TAG, change.id, tags)
    return _result(change, "accepted")


def apply_batch(
    conn: Connection, envelope: BatchEnvelope, *, today: date | None = None
) -> list[RecordResult]:
    """Apply every record of ``envelope`` on ``conn`` (the caller's one transaction).

    Records HQ has never seen (the usual case) are inserted together, one statement per
    table; the rest go one by one through the version rules of `_apply_existing`."""
    day = today or date.today()
    results: dict[int, RecordResult] = {}
    valid: dict[RecordType, list[tuple[int, RecordChange, dict[str, Any], EventTags | None]]] = {}
    for n, change in enumerate(envelope.records):
        row, reason, tags = _row(change, envelope, day)
        if row is None:
            results[n] = _result(change, "rejected", reason)
        else:
            valid.setdefault(RecordType(change.type), []).append((n, change, row, tags))
    for kind, items in valid.items():
        table = HQ_TABLES[kind]
        known = set(
            conn.execute(
                select(table.c.id).where(table.c.id.in_([c.id for _, c, _, _ in items]))
            ).scalars()
        )
        fresh: dict[str, tuple[int, RecordChange, dict[str, Any], EventTags | None]] = {}
        for item in items:
            if item[1].id not in known and item[1].id not in fresh:
                fresh[item[1].id] = item
        inserted: set[str] = set()
        if fresh:
            inserted = set(
                conn.execute(
                    _insert(conn, table)
                    .on_conflict_do_nothing(index_elements=["id"])
                    .returning(table.c.id),
                    [row for _, _, row, _ in fresh.values()],
                ).scalars()
            )
        for n, change, row, tags in items:
            if change.id in inserted and fresh[change.id][0] == n:
                if tags is not None:
                    write_tags(conn, HQ_EVENT_TAG, change.id, tags)
                results[n] = _result(change, "accepted")
            else:
                results[n] = _apply_existing(conn, table, change, row, tags, envelope)
    return [results[n] for n in range(len(envelope.records))]
