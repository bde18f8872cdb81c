"""The log of files with names written on this device (DESIGN.md §12, accountability).

Every PDF or export that carries people's names appends one ``output`` row (who wrote it,
when, what kind, about what, for how many people), a synced record that travels to HQ's
audit, and one ``output_person`` row per person it named (ids only, never synced) so the
person's subject access report can say which files included them. The log is written right
after the file, in one transaction with its outbox row; a file that failed is never logged.

Also who each kind of file names, by the same selection its writer makes (so the count
logged is the count printed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from fieldapp.domain.indicators import Period
from fieldapp.domain.privacy import OUTPUT_KINDS
from fieldapp.domain.records import new_id, utcnow
from fieldapp.domain.vocab import ROLE_PARTICIPANT, RecordType
from fieldapp.store.report_queries import NAMED_PEOPLE, held_events, named_at_event
from fieldapp.store.repository import ATTENDANCE, EVENT, OUTBOX, PARTICIPANT, TABLES
from fieldapp.store.store import Identity, Store
from fieldapp.store.tables import OutputPerson, table_of

OUTPUT = TABLES[RecordType.OUTPUT]
OUTPUT_PERSON = table_of(OutputPerson)
SHOWN = 200  # the Settings screen lists the latest this many
CHUNK = 500

EVENT_NAMES, SIGN_IN, CERTIFICATES, PEOPLE_EXPORT, SUBJECT_ACCESS = OUTPUT_KINDS


@dataclass(frozen=True)
class LoggedOutput:
    id: str
    at: datetime
    kind: str
    subject: str
    people: int
    recorded_by: str
    device_id: str


def log_output(
    conn: Connection,
    identity: Identity,
    *,
    kind: str,
    subject: str,
    people_ids: Iterable[str],
) -> str:
    """Append one file with names to the log on ``conn`` (the caller's transaction); returns
    the log entry's id. ``kind`` is one of `privacy.OUTPUT_KINDS`; ``subject`` says what the
    file is about (an event's title, a file's name: never a trainee's name)."""
    if kind not in OUTPUT_KINDS:
        raise ValueError(f"“{kind}” is not a kind of file with names ({', '.join(OUTPUT_KINDS)}).")
    ids = list(dict.fromkeys(people_ids))
    now = utcnow()
    output_id = new_id()
    conn.execute(
        insert(OUTPUT).values(
            id=output_id,
            version=1,
            updated_at=now,
            deleted_at=None,
            office_id=identity.office_id,
            device_id=identity.device_id,
            recorded_by=identity.recorded_by,
            at=now,
            kind=kind,
            subject=subject[:300],
            people=len(ids),
        )
    )
    for part in _chunks(ids):
        conn.execute(
            insert(OUTPUT_PERSON), [{"output_id": output_id, "participant_id": i} for i in part]
        )
    # The same outbox row `fieldapp.store.repository` appends for a new record.
    conn.execute(
        insert(OUTBOX).values(
            record_type=RecordType.OUTPUT.value,
            record_id=output_id,
            version=1,
            op="upsert",
            created_at=now,
        )
    )
    return output_id


def log_written(store: Store, kind: str, subject: str, people_ids: Sequence[str]) -> str:
    """`log_output` in a transaction of its own, right after the file was written."""
    with store.transaction() as conn:
        return log_output(conn, store.identity, kind=kind, subject=subject, people_ids=people_ids)


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _listed(stmt: Select[Any]) -> Select[Any]:
    o = OUTPUT
    return stmt.with_only_columns(
        o.c.id, o.c.at, o.c.kind, o.c.subject, o.c.people, o.c.recorded_by, o.c.device_id
    ).order_by(o.c.at.desc(), o.c.id.desc())


def _rows(conn: Connection, stmt: Select[Any]) -> list[LoggedOutput]:
    return [LoggedOutput(**row) for row in conn.execute(stmt).mappings()]


def outputs(conn: Connection, limit: int = SHOWN, offset: int = 0) -> list[LoggedOutput]:
    """The files with names written here, newest first."""
    stmt = _listed(select(OUTPUT).where(OUTPUT.c.deleted_at.is_(None)))
    return _rows(conn, stmt.limit(max(0, limit)).offset(max(0, offset)))


def output_count(conn: Connection) -> int:
    return int(
        conn.execute(
            select(func.count()).select_from(OUTPUT).where(OUTPUT.c.deleted_at.is_(None))
        ).scalar_one()
    )


def outputs_of(conn: Connection, person_id: str) -> list[LoggedOutput]:
    """The files with names that included one person, newest first."""
    stmt = _listed(
        select(OUTPUT)
        .join(OUTPUT_PERSON, OUTPUT_PERSON.c.output_id == OUTPUT.c.id)
        .where(OUTPUT_PERSON.c.participant_id == person_id, OUTPUT.c.deleted_at.is_(None))
    )
    return _rows(conn, stmt)


# --- who a file names (the writers' own selections) -------------------------------------------


def people_at(
    conn: Connection,
    event_id: str,
    *,
    completed_only: bool = False,
    participants_only: bool = False,
) -> list[str]:
    """The ids of the people `report_queries.people_at_event` lists (its filters)."""
    cond = named_at_event(
        event_id, completed_only=completed_only, participants_only=participants_only
    )
    stmt = (
        select(PARTICIPANT.c.id)
        .join(ATTENDANCE, ATTENDANCE.c.participant_id == PARTICIPANT.c.id)
        .where(*cond)
        .distinct()
    )
    return [r[0] for r in conn.execute(stmt)]


def event_title(conn: Connection, event_id: str) -> str:
    return str(conn.execute(select(EVENT.c.title).where(EVENT.c.id == event_id)).scalar() or "")


def people_in_period(conn: Connection, period: Period) -> list[str]:
    """The participants named under the events of a period report with names."""
    events = held_events(period).subquery()
    stmt = (
        select(PARTICIPANT.c.id)
        .join(ATTENDANCE, ATTENDANCE.c.participant_id == PARTICIPANT.c.id)
        .where(
            ATTENDANCE.c.event_id.in_(select(events.c.id)),
            ATTENDANCE.c.deleted_at.is_(None),
            ATTENDANCE.c.role == ROLE_PARTICIPANT,
            *NAMED_PEOPLE,
        )
        .distinct()
    )
    return [r[0] for r in conn.execute(stmt)]


def people_exported(
    conn: Connection, period: Period | None = None, *, attendance: bool = False
) -> list[str]:
    """The people a people export (every living person) or an attendance export (those at
    the period's events) names."""
    if not attendance:
        stmt = select(PARTICIPANT.c.id).where(*NAMED_PEOPLE)
    else:
        period = period or Period()
        cond: list[ColumnElement[bool]] = [
            ATTENDANCE.c.deleted_at.is_(None),
            EVENT.c.deleted_at.is_(None),
            *NAMED_PEOPLE,
        ]
        if period.start is not None:
            cond.append(EVENT.c.start_date >= period.start)
        if period.end is not None:
            cond.append(EVENT.c.start_date <= period.end)
        stmt = (
            select(PARTICIPANT.c.id)
            .join(ATTENDANCE, ATTENDANCE.c.participant_id == PARTICIPANT.c.id)
            .join(EVENT, EVENT.c.id == ATTENDANCE.c.event_id)
            .where(*cond)
            .distinct()
        )
    return [r[0] for r in conn.execute(stmt)]


# --- one call per kind of file, for the CLI and the jobs ----------------------------------------


def log_event_file(store: Store, kind: str, event_id: str) -> str | None:
    """Log an event's PDF with names (summary, sign-in sheet or certificates); None when it
    named nobody (a blank sign-in sheet)."""
    with store.transaction() as conn:
        if kind == CERTIFICATES:
            ids = people_at(conn, event_id, completed_only=True, participants_only=True)
        else:
            ids = people_at(conn, event_id)
        if not ids:
            return None
        return log_output(
            conn, store.identity, kind=kind, subject=event_title(conn, event_id), people_ids=ids
        )


def period_subject(period: Period | None) -> str:
    """What a period's file is about, as the log (and HQ's audit) says it: its dates, never the
    file's name (a user may have put a trainee's name in it)."""
    if period is None or (period.start is None and period.end is None):
        return "all dates"
    start = period.start.isoformat() if period.start else "…"
    end = period.end.isoformat() if period.end else "…"
    return f"{start} – {end}"


def log_period_file(store: Store, period: Period) -> str | None:
    """Log a period report with names; None when it named nobody."""
    with store.transaction() as conn:
        ids = people_in_period(conn, period)
        if not ids:
            return None
        return log_output(
            conn, store.identity, kind=EVENT_NAMES, subject=period_subject(period), people_ids=ids
        )


def log_export(store: Store, what: str, period: Period | None = None) -> str | None:
    """Log a spreadsheet export if it carries names (people or attendance); None otherwise."""
    if what not in ("people", "attendance"):
        return None
    with store.transaction() as conn:
        ids = people_exported(conn, period, attendance=what == "attendance")
        if not ids:
            return None
        return log_output(
            conn,
            store.identity,
            kind=PEOPLE_EXPORT,
            subject=f"{what} export, {period_subject(period)}",
            people_ids=ids,
        )


__all__ = [
    "LoggedOutput",
    "log_event_file",
    "log_export",
    "log_output",
    "log_period_file",
    "log_written",
    "output_count",
    "outputs",
    "outputs_of",
]
