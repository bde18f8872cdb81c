"""Finding the person to put on an event's participant list, so nobody is registered twice.

The picker shows enough to tell two people of one name apart (organization, sex, birth year,
last event). Before a quick add, and for each pasted name, the registry is asked for people
of the same name (`fieldapp.domain.names.name_key`) and, when both give one, the same
organization: those are likely the same person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fieldapp.domain.names import name_key
from fieldapp.store.queries import list_people
from fieldapp.store.repository import ATTENDANCE, CHUNK, EVENT, PARTICIPANT


@dataclass(frozen=True)
class PersonChoice:
    """A person of the registry as the picker shows them."""

    id: str
    full_name: str
    organization: str | None
    sex: str
    birth_year: int | None
    age_band: str | None
    last_event: str | None = None
    last_event_date: date | None = None


def same_organization(a: str | None, b: str | None) -> bool:
    """Organizations do not tell two people apart when either is not given."""
    return not a or not b or name_key(a) == name_key(b)


def _choices(conn: Connection, ids: Sequence[str]) -> dict[str, PersonChoice]:
    """The people of ``ids`` (not deleted) with their latest event."""
    found: dict[str, PersonChoice] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        latest = (
            select(
                ATTENDANCE.c.participant_id.label("pid"),
                EVENT.c.title,
                EVENT.c.start_date,
                func.row_number()
                .over(partition_by=ATTENDANCE.c.participant_id, order_by=EVENT.c.start_date.desc())
                .label("n"),
            )
            .join(EVENT, EVENT.c.id == ATTENDANCE.c.event_id)
            .where(
                ATTENDANCE.c.participant_id.in_(chunk),
                ATTENDANCE.c.deleted_at.is_(None),
                EVENT.c.deleted_at.is_(None),
            )
            .subquery()
        )
        stmt = (
            select(
                PARTICIPANT.c.id,
                PARTICIPANT.c.full_name,
                PARTICIPANT.c.organization,
                PARTICIPANT.c.sex,
                PARTICIPANT.c.birth_year,
                PARTICIPANT.c.age_band,
                latest.c.title,
                latest.c.start_date,
            )
            .outerjoin(latest, (latest.c.pid == PARTICIPANT.c.id) & (latest.c.n == 1))
            .where(PARTICIPANT.c.id.in_(chunk), PARTICIPANT.c.deleted_at.is_(None))
        )
        for row in conn.execute(stmt):
            found[row[0]] = PersonChoice(*row)
    return found


def find_people(conn: Connection, text: str, limit: int = 20) -> list[PersonChoice]:
    """People matching what was typed in the picker (the registry's search), as shown there."""
    ids = [p.id for p in list_people(conn, text, limit=limit)]
    found = _choices(conn, ids)
    return [found[i] for i in ids if i in found]


def likely_duplicates(
    conn: Connection, names: Sequence[tuple[str, str | None]]
) -> list[list[PersonChoice]]:
    """For each (full name, organization): the people of the registry it likely is."""
    keys = sorted({name_key(n) for n, _ in names})
    ids: list[str] = []
    for start in range(0, len(keys), CHUNK):
        stmt = select(PARTICIPANT.c.id).where(
            PARTICIPANT.c.name_key.in_(keys[start : start + CHUNK]),
            PARTICIPANT.c.deleted_at.is_(None),
        )
        ids += conn.execute(stmt).scalars()
    people = sorted(
        _choices(conn, ids).values(), key=lambda p: p.last_event_date or date.min, reverse=True
    )
    by_key: dict[str, list[PersonChoice]] = {}
    for person in people:
        by_key.setdefault(name_key(person.full_name), []).append(person)
    return [
        [p for p in by_key.get(name_key(n), []) if same_organization(p.organization, org)]
        for n, org in names
    ]
