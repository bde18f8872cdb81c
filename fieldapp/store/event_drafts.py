"""An event as the editor holds it (details, labels, who attended, head counts), loaded and
saved in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.validation import (
    Problem,
    parse,
    validate_attendance,
    validate_event,
    validate_head_counts,
)
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import (
    ATTENDANCE,
    EVENT,
    HEAD_COUNT,
    PARTICIPANT,
    RecordNotFound,
    Repository,
)

ATTENDANCE_FIELDS = [
    f for f in AttendanceBase.model_fields if f not in ("event_id", "participant_id")
]


@dataclass
class AttendanceLine:
    """One person at the event; ``id`` is None until saved.

    A person quick-added in the editor is ``new_person``: not in the registry yet, under a
    ``participant_id`` made for the draft. `save_event` adds them in the event's own
    transaction, so an event never saved leaves nobody behind in the registry."""

    participant_id: str
    full_name: str
    values: dict[str, Any] = field(default_factory=dict)  # role, days_attended, scores...
    id: str | None = None
    original: dict[str, Any] = field(
        default_factory=dict
    )  # as loaded: unchanged lines are not rewritten
    organization: str | None = None
    new_person: ParticipantBase | None = None


@dataclass
class EventDraft:
    event: dict[str, Any]
    tags: EventTags = field(default_factory=EventTags)
    attendance: list[AttendanceLine] = field(default_factory=list)
    head_counts: list[HeadCountBase] = field(default_factory=list)
    id: str | None = None
    original: dict[str, Any] = field(default_factory=dict)
    original_tags: EventTags | None = None


def load_event(conn: Connection, event_id: str) -> EventDraft:
    row = (
        conn.execute(select(EVENT).where(EVENT.c.id == event_id, EVENT.c.deleted_at.is_(None)))
        .mappings()
        .first()
    )
    if row is None:
        raise RecordNotFound("This event does not exist any more (it was deleted).")
    event = {name: row[name] for name in EventBase.model_fields}
    lines = [
        AttendanceLine(
            participant_id=r["participant_id"],
            full_name=r["full_name"],
            values={name: r[name] for name in ATTENDANCE_FIELDS},
            id=r["id"],
            original={name: r[name] for name in ATTENDANCE_FIELDS},
            organization=r["organization"],
        )
        for r in conn.execute(
            select(ATTENDANCE, PARTICIPANT.c.full_name, PARTICIPANT.c.organization)
            .join(PARTICIPANT, PARTICIPANT.c.id == ATTENDANCE.c.participant_id)
            .where(ATTENDANCE.c.event_id == event_id, ATTENDANCE.c.deleted_at.is_(None))
            .order_by(PARTICIPANT.c.full_name)
        ).mappings()
    ]
    counts = [
        HeadCountBase(event_id=event_id, sex=sex, age_band=band, count=count)
        for sex, band, count in conn.execute(
            select(HEAD_COUNT.c.sex, HEAD_COUNT.c.age_band, HEAD_COUNT.c.count).where(
                HEAD_COUNT.c.event_id == event_id, HEAD_COUNT.c.deleted_at.is_(None)
            )
        )
    ]
    tags = Repository.tags_of(conn, event_id)
    return EventDraft(
        event=event,
        tags=tags,
        attendance=lines,
        head_counts=counts,
        id=event_id,
        original=dict(event),
        original_tags=tags,
    )


def save_event(repo: Repository, draft: EventDraft) -> str:
    """Write the whole draft, with the people quick-added for it; any broken rule raises
    `ValidationError` and nothing is kept."""
    arriving = [line for line in draft.attendance if line.new_person is not None and not line.id]
    added = repo.add_participants([line.new_person for line in arriving if line.new_person])
    real_id = {line.participant_id: pid for line, pid in zip(arriving, added, strict=True)}
    if draft.id is None:
        event_id = repo.add_event(EventBase.model_validate(draft.event), draft.tags)
    else:
        event_id = draft.id
        changes = {k: v for k, v in draft.event.items() if draft.original.get(k) != v}
        tags_changed = draft.tags != draft.original_tags
        if changes or tags_changed:
            repo.update_event(event_id, changes, draft.tags if tags_changed else None)
    kept = {line.id for line in draft.attendance if line.id}
    existing = repo.conn.execute(
        select(ATTENDANCE.c.id).where(
            ATTENDANCE.c.event_id == event_id, ATTENDANCE.c.deleted_at.is_(None)
        )
    ).scalars()
    for gone in set(existing) - kept:
        repo.delete(RecordType.ATTENDANCE, gone)
    for line in draft.attendance:
        changes = {k: v for k, v in line.values.items() if line.original.get(k) != v}
        if line.id and changes:
            repo.update_attendance(line.id, changes)
    new = [
        AttendanceBase.model_validate(
            {
                **line.values,
                "event_id": event_id,
                "participant_id": real_id.get(line.participant_id, line.participant_id),
            }
        )
        for line in draft.attendance
        if not line.id
    ]
    if new:
        repo.add_attendance(new)
    repo.set_head_counts(event_id, draft.head_counts)
    return event_id


def draft_problems(draft: EventDraft, *, today: date) -> list[Problem]:
    """Everything that stops ``draft`` from being saved, as `save_event`'s writers would
    refuse it: the event's fields as typed (``draft.event`` may hold raw text), its labels,
    each attendance (its ``row`` is the line's index in ``draft.attendance``) and the head
    counts. The editor shows these; it repeats no rule."""
    event, problems = parse(EventBase, draft.event)
    if event is None:
        return problems
    found = validate_event(event, draft.tags, today=today)
    for index, line in enumerate(draft.attendance):
        row, row_problems = parse(
            AttendanceBase, {**line.values, "event_id": "-", "participant_id": line.participant_id}
        )
        found += [
            replace(p, row=index)
            for p in (row_problems if row is None else validate_attendance(row, event))
        ]
    found += validate_head_counts(draft.head_counts, event.head_count_total)
    return found
