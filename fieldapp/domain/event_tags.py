"""An event's many-valued labels as rows of a tag table: the one definition of how
`EventTags` maps to (kind, code) rows, used by the field store and HQ alike (each passes its
own table, as with the indicators)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Table, delete, insert, select
from sqlalchemy.engine import Connection

from fieldapp.domain.records import EventTags
from fieldapp.domain.vocab import TagKind

TAG_FIELDS: dict[TagKind, str] = {
    TagKind.COUNTRY: "beneficiary_countries",
    TagKind.OUTCOME: "outcomes",
    TagKind.PILLAR: "pillars",
    TagKind.PARTNER: "partners",
    TagKind.DONOR: "donors",
}
CHUNK = 500


def write_tags(conn: Connection, table: Table, event_id: str, tags: EventTags) -> None:
    """Make the event's rows in ``table`` equal to ``tags``."""
    conn.execute(delete(table).where(table.c.event_id == event_id))
    rows = [
        {"event_id": event_id, "kind": kind.value, "code": code}
        for kind, name in TAG_FIELDS.items()
        for code in dict.fromkeys(getattr(tags, name))
    ]
    if rows:
        conn.execute(insert(table), rows)


def read_tags(conn: Connection, table: Table, event_ids: Iterable[str]) -> dict[str, EventTags]:
    """The tags of many events, in one query per 500 ids (events without tags get empty ones)."""
    ids = sorted(set(event_ids))
    values: dict[str, dict[str, list[str]]] = {
        i: {name: [] for name in TAG_FIELDS.values()} for i in ids
    }
    for start in range(0, len(ids), CHUNK):
        rows = conn.execute(
            select(table.c.event_id, table.c.kind, table.c.code)
            .where(table.c.event_id.in_(ids[start : start + CHUNK]))
            .order_by(table.c.event_id, table.c.kind, table.c.code)
        )
        for event_id, kind, code in rows:
            values[event_id][TAG_FIELDS[TagKind(kind)]].append(code)
    return {i: EventTags(**v) for i, v in values.items()}
