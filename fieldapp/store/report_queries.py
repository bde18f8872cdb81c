"""What the PDFs read besides the indicators: an event's details and people, a period's
events, and the provenance every footer prints (data as of, unsynced changes, records hash).

Each is one SQL statement over the store; no Qt, no reportlab.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, String, cast, func, select
from sqlalchemy.engine import Connection

from fieldapp.domain.indicator_sql import age_band
from fieldapp.domain.indicators import Participation, Period
from fieldapp.domain.records import EventTags
from fieldapp.domain.vocab import ROLE_PARTICIPANT, EventStatus
from fieldapp.store.queries import (
    COUNTED_WITHOUT_NAMES,
    REGISTERED_PARTICIPANTS,
    unsynced_count,
)
from fieldapp.store.repository import (
    ATTENDANCE,
    EVENT,
    HEAD_COUNT,
    PARTICIPANT,
    RecordNotFound,
    Repository,
)

DIGEST_CHARS = 12


@dataclass(frozen=True)
class Provenance:
    """Where a PDF's figures come from, for its footer."""

    data_as_of: datetime | None  # the latest change to the records it was computed from
    unsynced: int  # local changes HQ has not acknowledged yet
    digest: str  # short SHA-256 of the records' ids and versions
    events: int
    people: int
    attendances: int


@dataclass(frozen=True)
class PersonAtEvent:
    full_name: str
    sex: str
    age_band: str | None  # as given, else from the birth year at the event's start
    organization: str | None
    position: str | None
    nationality: str | None
    role: str
    completed: bool


def held_events(period: Period) -> Select[Any]:
    """Ids of the events a period's figures count: held, not deleted, starting in the
    period (the same selection as `fieldapp.domain.indicators`)."""
    cond = [EVENT.c.status == EventStatus.HELD.value, EVENT.c.deleted_at.is_(None)]
    if period.start is not None:
        cond.append(EVENT.c.start_date >= period.start)
    if period.end is not None:
        cond.append(EVENT.c.start_date <= period.end)
    return select(EVENT.c.id).where(*cond)


def one_event(event_id: str) -> Select[Any]:
    return select(EVENT.c.id).where(EVENT.c.id == event_id, EVENT.c.deleted_at.is_(None))


def provenance(conn: Connection, event_ids: Select[Any]) -> Provenance:
    """The footer's facts for the events ``event_ids`` selects, their attendance, head
    counts and the people who attended. The digest changes when any of them is edited,
    added or removed, so two PDFs with the same digest were computed from the same data.

    The digest is free of order: per kind of record, how many there are and the sums of
    two checksums of each one's id and version (`record_sums`), hashed together. The
    database hands the records over in whatever order it reads them, and nothing sorts them
    (sorting 200,000 ids was most of a period PDF's SQL)."""
    held = select(event_ids.subquery().c.id)
    living = ATTENDANCE.c.event_id.in_(held), ATTENDANCE.c.deleted_at.is_(None)
    parts = [
        ("event", EVENT, [EVENT.c.id.in_(held)]),
        ("attendance", ATTENDANCE, list(living)),
        (
            "head_count",
            HEAD_COUNT,
            [HEAD_COUNT.c.event_id.in_(held), HEAD_COUNT.c.deleted_at.is_(None)],
        ),
        (
            "participant",
            PARTICIPANT,
            [PARTICIPANT.c.id.in_(select(ATTENDANCE.c.participant_id).where(*living))],
        ),
    ]
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    latest: datetime | None = None
    for name, table, where in parts:
        n, newest, listed = conn.execute(
            select(
                func.count(),
                func.max(table.c.updated_at),
                func.group_concat(table.c.id + ":" + cast(table.c.version, String), "\n"),
            ).where(*where)
        ).one()
        digest.update(f"{name} {n} {record_sums(listed)}\n".encode())
        counts[name] = int(n)
        if newest is not None:
            moment = newest if isinstance(newest, datetime) else datetime.fromisoformat(newest)
            latest = moment if latest is None or moment > latest else latest
    return Provenance(
        data_as_of=latest,
        unsynced=unsynced_count(conn),
        digest=digest.hexdigest()[:DIGEST_CHARS],
        events=counts["event"],
        people=counts["participant"],
        attendances=counts["attendance"],
    )


def record_sums(listed: str | None) -> str:
    """The sums of the CRC-32 and of the Adler-32 of each line of ``listed`` ("id:version",
    one record a line), the same in whatever order the lines come: what the digest holds of
    one kind of record. One record added, removed or edited always changes the CRC's sum (a
    CRC-32 always changes when one short line does); several changes cancelling out in both
    sums at once is a chance of less than one in four billion. A check that two PDFs saw the
    same records, not a seal against forgery (nor was the 12-character digest before)."""
    lines = listed.encode().split(b"\n") if listed else []
    return f"{sum(map(zlib.crc32, lines)):x} {sum(map(zlib.adler32, lines)):x}"


def event_details(conn: Connection, event_id: str) -> tuple[dict[str, Any], EventTags]:
    """One event's fields and tags; `RecordNotFound` if there is no such (living) event."""
    row = (
        conn.execute(select(EVENT).where(EVENT.c.id == event_id, EVENT.c.deleted_at.is_(None)))
        .mappings()
        .first()
    )
    if row is None:
        raise RecordNotFound(f"There is no event with the id {event_id}.")
    return dict(row), Repository.tags_of(conn, event_id)


def participation_of(conn: Connection, event_id: str) -> Participation:
    """One event's participation, whatever its status (the Events list's definition)."""
    named, counted = conn.execute(
        select(REGISTERED_PARTICIPANTS, COUNTED_WITHOUT_NAMES).where(EVENT.c.id == event_id)
    ).one()
    return Participation(int(named), int(counted))


# People a file may name: in the registry, their identity not erased (an erased person's
# attendance still counts, but they are no one to list, certify or export).
NAMED_PEOPLE: tuple[ColumnElement[bool], ...] = (
    PARTICIPANT.c.deleted_at.is_(None),
    PARTICIPANT.c.erased_at.is_(None),
)


def named_at_event(
    event_id: str, *, completed_only: bool = False, participants_only: bool = False
) -> list[ColumnElement[bool]]:
    """Who an event's files with names list (joined attendance and participant): the one
    definition the files and their log (`fieldapp.store.output_log`) share."""
    cond = [ATTENDANCE.c.event_id == event_id, ATTENDANCE.c.deleted_at.is_(None), *NAMED_PEOPLE]
    if completed_only:
        cond.append(ATTENDANCE.c.completed.is_(True))
    if participants_only:
        cond.append(ATTENDANCE.c.role == ROLE_PARTICIPANT)
    return cond


def people_at_event(
    conn: Connection,
    event_id: str,
    *,
    completed_only: bool = False,
    participants_only: bool = False,
) -> list[PersonAtEvent]:
    """The people registered at an event, sorted by name as the registry compares names."""
    cond = named_at_event(
        event_id, completed_only=completed_only, participants_only=participants_only
    )
    stmt = (
        select(
            PARTICIPANT.c.full_name,
            PARTICIPANT.c.sex,
            func.coalesce(
                PARTICIPANT.c.age_band, age_band(PARTICIPANT.c.birth_year, EVENT.c.start_date)
            ).label("age_band"),
            PARTICIPANT.c.organization,
            PARTICIPANT.c.position,
            PARTICIPANT.c.nationality,
            ATTENDANCE.c.role,
            ATTENDANCE.c.completed,
        )
        .join(PARTICIPANT, PARTICIPANT.c.id == ATTENDANCE.c.participant_id)
        .join(EVENT, EVENT.c.id == ATTENDANCE.c.event_id)
        .where(*cond)
        .order_by(PARTICIPANT.c.name_key, PARTICIPANT.c.id)
    )
    return [
        PersonAtEvent(**{**row, "completed": bool(row["completed"])})
        for row in conn.execute(stmt).mappings()
    ]


def names_at_events(conn: Connection, event_ids: Select[Any]) -> dict[str, list[str]]:
    """The names of the people registered as participants at each event ``event_ids``
    selects (the people `people_at_event` lists with ``participants_only``, sorted the same
    way), in one statement: a period PDF with names no longer asks once per event."""
    ids = event_ids.subquery()
    stmt = (
        select(ATTENDANCE.c.event_id, PARTICIPANT.c.full_name)
        .join(PARTICIPANT, PARTICIPANT.c.id == ATTENDANCE.c.participant_id)
        .where(
            ATTENDANCE.c.event_id.in_(select(ids.c.id)),
            ATTENDANCE.c.deleted_at.is_(None),
            ATTENDANCE.c.role == ROLE_PARTICIPANT,
            *NAMED_PEOPLE,
        )
        .order_by(ATTENDANCE.c.event_id, PARTICIPANT.c.name_key, PARTICIPANT.c.id)
    )
    names: dict[str, list[str]] = {}
    for event_id, name in conn.execute(stmt):
        names.setdefault(event_id, []).append(name)
    return names


def attendance_count(conn: Connection, event_id: str) -> int:
    """An event's living attendance (every role): what deleting the event takes with it."""
    return int(
        conn.execute(
            select(func.count()).where(
                ATTENDANCE.c.event_id == event_id, ATTENDANCE.c.deleted_at.is_(None)
            )
        ).scalar_one()
    )
