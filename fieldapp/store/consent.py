"""Consent as it happened, and a person's legal basis (DESIGN.md §12).

Consent given and consent withdrawn are dated events (`tables.ConsentEvent`), never edits: a
withdrawal is appended, the consent before it stays in the history. The person's ``consent``
and ``consent_date`` follow their latest event (a withdrawal leaves ``consent`` False with its
date), written through the repository's update path, so the change is versioned and syncs.

The form and the importer save a person through `add_person` / `update_person`, which write
their consent events beside them (the repository checks the legal basis with every rule).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from fieldapp.domain.records import ParticipantBase, new_id, utcnow
from fieldapp.domain.validation import Problem, ValidationError, problem, validate_participant
from fieldapp.domain.vocab import RecordType
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.store.tables import ConsentEvent, table_of

CONSENT_EVENT = table_of(ConsentEvent)


@dataclass(frozen=True)
class ConsentRecord:
    """One event of a person's consent history."""

    given: bool
    on: date
    recorded_by: str
    recorded_at: datetime


def consent_history(conn: Connection, person_id: str) -> list[ConsentRecord]:
    """A person's consent events, oldest first (by date, then by when they were recorded)."""
    rows = conn.execute(
        select(
            CONSENT_EVENT.c.given,
            CONSENT_EVENT.c.on_date,
            CONSENT_EVENT.c.recorded_by,
            CONSENT_EVENT.c.recorded_at,
        )
        .where(CONSENT_EVENT.c.participant_id == person_id)
        .order_by(CONSENT_EVENT.c.on_date, CONSENT_EVENT.c.recorded_at, CONSENT_EVENT.c.id)
    )
    return [ConsentRecord(bool(g), d, by, at) for g, d, by, at in rows]


def _check_event(
    history: Sequence[ConsentRecord], given: bool, on: date, today: date, *, known: bool = True
) -> None:
    """Refuse a day in the future; and, where the whole history is ``known`` (not a file's
    word that consent was withdrawn), a withdrawal with no consent before it."""
    if on > today:
        raise ValidationError([problem("consent_date", "in_the_future")])
    if known and not given and not any(e.given and e.on <= on for e in history):
        raise ValidationError([problem("consent", "withdrawn_never_given", on=on)])


def _append(repo: Repository, person_id: str, given: bool, on: date) -> None:
    repo.conn.execute(
        insert(CONSENT_EVENT).values(
            id=new_id(),
            participant_id=person_id,
            given=given,
            on_date=on,
            recorded_by=repo.identity.recorded_by,
            recorded_at=utcnow(),
        )
    )


def _latest(history: Sequence[ConsentRecord]) -> dict[str, Any]:
    if not history:
        return {"consent": False, "consent_date": None}
    last = history[-1]
    return {"consent": last.given, "consent_date": last.on}


def record_consent(target: Store | Repository, person_id: str, *, given: bool, on: date) -> None:
    """Append consent given (or withdrawn) on ``on`` to the person's history, and set their
    ``consent``/``consent_date`` to the latest event (a new version, synced). ``target`` is the
    store (one transaction of its own) or a repository (the caller's transaction)."""
    if isinstance(target, Store):
        with target.transaction() as conn:
            record_consent(Repository(conn, target.identity), person_id, given=given, on=on)
        return
    repo = target
    old = repo.current(RecordType.PARTICIPANT, person_id)
    if old.get("erased_at") is not None:
        raise ValidationError([problem("consent", "erased")])
    history = consent_history(repo.conn, person_id)
    if not history and old.get("consent_date") is not None:
        # Consent ticked without its event (quick add): it becomes the event it was first.
        _append(repo, person_id, bool(old["consent"]), old["consent_date"])
        history = consent_history(repo.conn, person_id)
    _check_event(history, given, on, repo.today)
    _append(repo, person_id, given, on)
    repo.update_participant(person_id, _latest(consent_history(repo.conn, person_id)))


def add_person(
    repo: Repository, person: ParticipantBase, consents: Sequence[tuple[bool, date]] = ()
) -> str:
    """Add a person with their legal basis checked, and their consent events (``consents``,
    (given, on) as told: the person's consent fields become the latest)."""
    return add_people(repo, [(person, consents)])[0]


def add_people(
    repo: Repository, people: Sequence[tuple[ParticipantBase, Sequence[tuple[bool, date]]]]
) -> list[str]:
    """`add_person` for many, all or none (the importer's: a problem names its row). A
    withdrawal may come alone: a file may say only that consent was withdrawn, on a day."""
    problems: list[Problem] = []
    ready: list[ParticipantBase] = []
    many = len(people) > 1
    for n, (person, consents) in enumerate(people, start=1):
        history: list[ConsentRecord] = []
        for given, on in sorted(consents, key=lambda c: (c[1], not c[0])):
            try:
                _check_event(history, given, on, repo.today, known=False)
            except ValidationError as exc:
                problems += _rowed(exc.problems, n if many else None)
                continue
            history.append(ConsentRecord(given, on, "", utcnow()))
        history.sort(key=lambda e: e.on)
        if consents:
            person = person.model_copy(update=_latest(history))
        problems += _rowed(validate_participant(person, today=repo.today), n if many else None)
        ready.append(person)
    if problems:
        raise ValidationError(problems)
    ids = repo.add_participants(ready)
    for person_id, (_person, consents) in zip(ids, people, strict=True):
        for given, on in consents:
            _append(repo, person_id, given, on)
    return ids


def _rowed(problems: Sequence[Problem], row: int | None) -> list[Problem]:
    return [replace(p, row=row) for p in problems]


def update_person(repo: Repository, person_id: str, changes: dict[str, Any]) -> int:
    """The repository's `update_participant`, but consent is not changed here (it is an
    event: `record_consent`)."""
    changes = {k: v for k, v in changes.items() if k not in ("consent", "consent_date")}
    return repo.update_participant(person_id, changes)
