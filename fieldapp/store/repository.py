"""Writing synced records: every create, update and delete goes through here.

A write stamps the record (id, version, updated_at, office, device, who), checks the domain
rules, and appends an outbox row, all on the caller's connection, so the record and its
outbox row commit together or not at all. Records are never hard-deleted: a delete sets
``deleted_at`` and bumps the version, so the tombstone can travel to HQ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, and_, insert, select, tuple_, update
from sqlalchemy.engine import Connection

from fieldapp.domain.attendee_age import band_at_event
from fieldapp.domain.event_tags import read_tags, write_tags
from fieldapp.domain.names import name_key
from fieldapp.domain.privacy import BLANK_IDENTITY
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
    new_id,
    utcnow,
)
from fieldapp.domain.validation import (
    M,
    Problem,
    ValidationError,
    parse,
    problem,
    validate_attendance,
    validate_event,
    validate_head_counts,
    validate_participant,
)
from fieldapp.domain.vocab import RecordType
from fieldapp.store.store import Identity, StoreError
from fieldapp.store.tables import (
    Attendance,
    Event,
    EventTag,
    HeadCount,
    Outbox,
    Output,
    Participant,
    table_of,
)

EVENT = table_of(Event)
EVENT_TAG = table_of(EventTag)
PARTICIPANT = table_of(Participant)
ATTENDANCE = table_of(Attendance)
HEAD_COUNT = table_of(HeadCount)
OUTBOX = table_of(Outbox)

TABLES: dict[RecordType, Table] = {
    RecordType.EVENT: EVENT,
    RecordType.PARTICIPANT: PARTICIPANT,
    RecordType.ATTENDANCE: ATTENDANCE,
    RecordType.HEAD_COUNT: HEAD_COUNT,
    RecordType.OUTPUT: table_of(Output),
}
CHILDREN: dict[RecordType, tuple[tuple[RecordType, str], ...]] = {
    RecordType.EVENT: ((RecordType.ATTENDANCE, "event_id"), (RecordType.HEAD_COUNT, "event_id")),
    RecordType.PARTICIPANT: ((RecordType.ATTENDANCE, "participant_id"),),
}
CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


class RecordNotFound(StoreError):
    """The record to change does not exist, or was deleted."""


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _merge(model: type[M], old: dict[str, Any], changes: dict[str, Any]) -> M:
    """The record as it will be after ``changes``; type errors raise `ValidationError`."""
    record, problems = parse(model, {**_fields(old, model), **changes})
    _raise_if(problems)
    assert record is not None
    return record


class Repository:
    """The writes of one transaction (``conn``), stamped with this device's ``identity``."""

    def __init__(self, conn: Connection, identity: Identity, *, today: date | None = None) -> None:
        self.conn = conn
        self.identity = identity
        self.today = today or date.today()

    # --- the generic part -------------------------------------------------------------------

    def _stamp(self, now: datetime) -> dict[str, Any]:
        return {
            "updated_at": now,
            "device_id": self.identity.device_id,
            "recorded_by": self.identity.recorded_by,
        }

    def _insert(self, kind: RecordType, rows: list[dict[str, Any]]) -> list[str]:
        if not rows:
            return []
        now = utcnow()
        stamp = {
            **self._stamp(now),
            "version": 1,
            "deleted_at": None,
            "office_id": self.identity.office_id,
        }
        for row in rows:
            row.update(stamp)
            row.setdefault("id", new_id())
        self.conn.execute(insert(TABLES[kind]), rows)
        self._outbox(kind, [(r["id"], 1) for r in rows], "upsert", now)
        return [r["id"] for r in rows]

    def _outbox(self, kind: RecordType, ids: list[tuple[str, int]], op: str, now: datetime) -> None:
        self.conn.execute(
            insert(OUTBOX),
            [
                {
                    "record_type": kind.value,
                    "record_id": rid,
                    "version": v,
                    "op": op,
                    "created_at": now,
                }
                for rid, v in ids
            ],
        )

    def current(self, kind: RecordType, record_id: str) -> dict[str, Any]:
        table = TABLES[kind]
        row = (
            self.conn.execute(
                select(table).where(table.c.id == record_id, table.c.deleted_at.is_(None))
            )
            .mappings()
            .first()
        )
        if row is None:
            raise RecordNotFound(
                f"The {kind.value.replace('_', ' ')} {record_id} does not exist or was deleted."
            )
        return dict(row)

    def _update(self, kind: RecordType, old: dict[str, Any], changes: dict[str, Any]) -> int:
        table = TABLES[kind]
        now = utcnow()
        version = int(old["version"]) + 1
        done = self.conn.execute(
            update(table)
            .where(table.c.id == old["id"], table.c.version == old["version"])
            .values(**changes, **self._stamp(now), version=version)
        )
        if done.rowcount != 1:
            raise StoreError(
                "The record was changed by someone else meanwhile; reload it and try again."
            )
        self._outbox(kind, [(old["id"], version)], "upsert", now)
        return version

    def delete(self, kind: RecordType, record_id: str) -> int:
        """Soft-delete one record (a tombstone that syncs); returns its new version.

        Deleting an event or a person also deletes what hangs on it (their attendance, the
        event's head counts), so no figure ever counts a row whose parent is gone.
        """
        old = self.current(kind, record_id)
        now = utcnow()
        for child_kind, column in CHILDREN.get(kind, ()):
            child = TABLES[child_kind]
            ids = self.conn.execute(
                select(child.c.id, child.c.version).where(
                    child.c[column] == record_id, child.c.deleted_at.is_(None)
                )
            ).all()
            for child_id, child_version in ids:
                self._tombstone(child_kind, child_id, int(child_version), now)
        return self._tombstone(kind, record_id, int(old["version"]), now)

    def _tombstone(self, kind: RecordType, record_id: str, version: int, now: datetime) -> int:
        table = TABLES[kind]
        # A person taken out of the registry (deleted, or a duplicate merged away) keeps no
        # identity: a tombstone needs none, and nothing could ever erase it later.
        blank = {**BLANK_IDENTITY, "name_key": ""} if kind is RecordType.PARTICIPANT else {}
        self.conn.execute(
            update(table)
            .where(table.c.id == record_id)
            .values(**self._stamp(now), **blank, version=version + 1, deleted_at=now)
        )
        self._outbox(kind, [(record_id, version + 1)], "delete", now)
        return version + 1

    # --- events -----------------------------------------------------------------------------

    def add_event(self, event: EventBase, tags: EventTags | None = None) -> str:
        tags = tags or EventTags()
        _raise_if(validate_event(event, tags, today=self.today))
        [event_id] = self._insert(RecordType.EVENT, [event.model_dump()])
        self._write_tags(event_id, tags)
        return event_id

    def update_event(
        self, event_id: str, changes: dict[str, Any], tags: EventTags | None = None
    ) -> int:
        old = self.current(RecordType.EVENT, event_id)
        merged = _merge(EventBase, old, changes)
        _raise_if(validate_event(merged, tags, today=self.today))
        version = self._update(RecordType.EVENT, old, merged.model_dump(include=set(changes)))
        if tags is not None:
            self._write_tags(event_id, tags)
        if "start_date" in changes:
            self._refresh_age_bands(ATTENDANCE.c.event_id == event_id)
        return version

    def event_tags(self, event_id: str) -> EventTags:
        return self.tags_of(self.conn, event_id)

    @staticmethod
    def tags_of(conn: Connection, event_id: str) -> EventTags:
        return read_tags(conn, EVENT_TAG, [event_id])[event_id]

    def _write_tags(self, event_id: str, tags: EventTags) -> None:
        write_tags(self.conn, EVENT_TAG, event_id, tags)

    # --- participants -----------------------------------------------------------------------

    def add_participants(self, people: Sequence[ParticipantBase]) -> list[str]:
        """Add people to the registry: all of them, or none if any breaks a rule."""
        problems: list[Problem] = []
        for n, person in enumerate(people, start=1):
            problems += [
                replace(p, row=n if len(people) > 1 else None)
                for p in validate_participant(person, today=self.today)
            ]
        _raise_if(problems)
        rows = [{**p.model_dump(), "name_key": name_key(p.full_name)} for p in people]
        return self._insert(RecordType.PARTICIPANT, rows)

    def add_participant(self, person: ParticipantBase) -> str:
        return self.add_participants([person])[0]

    def _not_erased(self, *rows: dict[str, Any]) -> None:
        """An erased person is never written again: no name, no merge, no new event
        (`fieldapp.store.erasure`); HQ refuses them too."""
        if any(row.get("erased_at") is not None for row in rows):
            raise ValidationError([problem("full_name", "erased")])

    def update_participant(self, participant_id: str, changes: dict[str, Any]) -> int:
        old = self.current(RecordType.PARTICIPANT, participant_id)
        self._not_erased(old)
        merged = _merge(ParticipantBase, old, changes)
        _raise_if(validate_participant(merged, today=self.today))
        values = merged.model_dump(include=set(changes))
        if "full_name" in values:
            values["name_key"] = name_key(merged.full_name)
        version = self._update(RecordType.PARTICIPANT, old, values)
        if {"birth_year", "age_band"} & set(changes):
            self._refresh_age_bands(ATTENDANCE.c.participant_id == participant_id)
        return version

    def merge_people(self, keep_id: str, other_id: str) -> None:
        """One person recorded twice: move ``other``'s attendance to ``keep`` and tombstone
        ``other``. Where both attended the same event, ``keep``'s row stays."""
        if keep_id == other_id:
            raise StoreError("A person cannot be merged with themself.")
        self._not_erased(
            self.current(RecordType.PARTICIPANT, keep_id),
            self.current(RecordType.PARTICIPANT, other_id),
        )
        kept_events = set(
            self.conn.execute(
                select(ATTENDANCE.c.event_id).where(
                    ATTENDANCE.c.participant_id == keep_id, ATTENDANCE.c.deleted_at.is_(None)
                )
            ).scalars()
        )
        moving = self.conn.execute(
            select(ATTENDANCE).where(
                ATTENDANCE.c.participant_id == other_id, ATTENDANCE.c.deleted_at.is_(None)
            )
        ).mappings()
        for row in [dict(r) for r in moving]:
            if row["event_id"] in kept_events:
                self.delete(RecordType.ATTENDANCE, row["id"])
            else:
                self._update(RecordType.ATTENDANCE, row, {"participant_id": keep_id})
        self.delete(RecordType.PARTICIPANT, other_id)
        self._refresh_age_bands(ATTENDANCE.c.participant_id == keep_id)

    # --- attendance -------------------------------------------------------------------------

    def add_attendance(self, rows: Sequence[AttendanceBase]) -> list[str]:
        """Register people at events: all rows, or none if any breaks a rule."""
        events = self._events_by_id({r.event_id for r in rows})
        # (an erased person is no one to register: their identity is gone)
        known_people = self._alive_ids(
            PARTICIPANT, {r.participant_id for r in rows}, PARTICIPANT.c.erased_at.is_(None)
        )
        already = self._existing_attendance(rows)
        problems: list[Problem] = []
        seen: set[tuple[str, str]] = set()
        for n, row in enumerate(rows, start=1):
            where = n if len(rows) > 1 else None
            event = events.get(row.event_id)
            found = validate_attendance(row, event)
            if event is None:
                found.append(problem("event_id", "no_such_event"))
            if row.participant_id not in known_people:
                found.append(problem("participant_id", "no_such_person"))
            pair = (row.event_id, row.participant_id)
            if pair in already or pair in seen:
                found.append(problem("participant_id", "already_registered"))
            seen.add(pair)
            problems += [replace(p, row=where) for p in found]
        _raise_if(problems)
        people = self._ages({r.participant_id for r in rows})
        return self._insert(
            RecordType.ATTENDANCE,
            [
                {
                    **r.model_dump(),
                    "age_band": band_at_event(
                        *people[r.participant_id], events[r.event_id].start_date
                    )
                    or r.age_band,
                }
                for r in rows
            ],
        )

    def _ages(self, ids: set[str]) -> dict[str, tuple[str | None, int | None]]:
        """Each person's own age band and birth year, by id."""
        found: dict[str, tuple[str | None, int | None]] = {}
        for chunk in _chunks(sorted(ids)):
            stmt = select(PARTICIPANT.c.id, PARTICIPANT.c.age_band, PARTICIPANT.c.birth_year)
            for pid, band, year in self.conn.execute(stmt.where(PARTICIPANT.c.id.in_(chunk))):
                found[pid] = (band, year)
        return found

    def _refresh_age_bands(self, which: Any) -> None:
        """Keep each attendance's age band (the attendee's at the event's start) current after
        a birth year, an age band or an event's date changed: an attendance whose band moves
        gets a new version, so HQ, which may never see the birth year, receives the new band.
        Where the person no longer gives any band, the attendance keeps the one it had."""
        rows = self.conn.execute(
            select(
                ATTENDANCE,
                PARTICIPANT.c.age_band.label("own_band"),
                PARTICIPANT.c.birth_year,
                EVENT.c.start_date,
            )
            .join(PARTICIPANT, PARTICIPANT.c.id == ATTENDANCE.c.participant_id)
            .join(EVENT, EVENT.c.id == ATTENDANCE.c.event_id)
            .where(which, ATTENDANCE.c.deleted_at.is_(None))
        ).mappings()
        for row in [dict(r) for r in rows]:
            band = band_at_event(row["own_band"], row["birth_year"], row["start_date"])
            if band is not None and band != row["age_band"]:
                self._update(RecordType.ATTENDANCE, row, {"age_band": band})

    def update_attendance(self, attendance_id: str, changes: dict[str, Any]) -> int:
        old = self.current(RecordType.ATTENDANCE, attendance_id)
        if {"event_id", "participant_id"} & set(changes):
            raise StoreError(
                "An attendance cannot move to another event or person; delete it and add another."
            )
        merged = _merge(AttendanceBase, old, changes)
        event = self._events_by_id({merged.event_id}).get(merged.event_id)
        _raise_if(validate_attendance(merged, event))
        return self._update(RecordType.ATTENDANCE, old, merged.model_dump(include=set(changes)))

    def _events_by_id(self, ids: set[str]) -> dict[str, EventBase]:
        found: dict[str, EventBase] = {}
        cols = [EVENT.c[name] for name in EventBase.model_fields]
        for chunk in _chunks(sorted(ids)):
            stmt = select(EVENT.c.id, *cols).where(
                EVENT.c.id.in_(chunk), EVENT.c.deleted_at.is_(None)
            )
            for row in self.conn.execute(stmt).mappings():
                found[row["id"]] = EventBase.model_validate(_fields(dict(row), EventBase))
        return found

    def _alive_ids(self, table: Table, ids: set[str], *also: Any) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(sorted(ids)):
            stmt = select(table.c.id).where(
                table.c.id.in_(chunk), table.c.deleted_at.is_(None), *also
            )
            found.update(self.conn.execute(stmt).scalars())
        return found

    def _existing_attendance(self, rows: Sequence[AttendanceBase]) -> set[tuple[str, str]]:
        found: set[tuple[str, str]] = set()
        pairs = sorted({(r.event_id, r.participant_id) for r in rows})
        for chunk in _chunks(pairs):
            stmt = select(ATTENDANCE.c.event_id, ATTENDANCE.c.participant_id).where(
                tuple_(ATTENDANCE.c.event_id, ATTENDANCE.c.participant_id).in_(chunk),
                ATTENDANCE.c.deleted_at.is_(None),
            )
            found.update((e, p) for e, p in self.conn.execute(stmt))
        return found

    # --- head counts ------------------------------------------------------------------------

    def set_head_counts(self, event_id: str, cells: Sequence[HeadCountBase]) -> None:
        """Make the event's head-count grid equal to ``cells`` (zero cells are removed)."""
        event = self._events_by_id({event_id}).get(event_id)
        if event is None:
            raise RecordNotFound(f"The event {event_id} does not exist or was deleted.")
        cells = [c.model_copy(update={"event_id": event_id}) for c in cells]
        _raise_if(validate_head_counts(cells, event.head_count_total))
        existing = {
            (r["sex"], r["age_band"]): dict(r)
            for r in self.conn.execute(
                select(HEAD_COUNT).where(
                    and_(HEAD_COUNT.c.event_id == event_id, HEAD_COUNT.c.deleted_at.is_(None))
                )
            ).mappings()
        }
        wanted = {(c.sex, c.age_band): c for c in cells if c.count > 0}
        for key, old in existing.items():
            if key not in wanted:
                self.delete(RecordType.HEAD_COUNT, old["id"])
            elif wanted[key].count != old["count"]:
                self._update(RecordType.HEAD_COUNT, old, {"count": wanted[key].count})
        self._insert(
            RecordType.HEAD_COUNT, [c.model_dump() for k, c in wanted.items() if k not in existing]
        )


def _fields(row: dict[str, Any], model: type[Any]) -> dict[str, Any]:
    return {name: row[name] for name in model.model_fields if name in row}
