"""Importing people from a spreadsheet, in two steps the desktop app and the CLI share.

1. `plan_import` reads the file, maps its columns, normalises and validates every row with
   the domain's rules, and finds who is already in the registry. It writes nothing: the
   plan is what a preview screen (or ``--dry-run``) shows.
2. `commit_import` writes the plan in one transaction through the repository (so the
   outbox and sync see every record): all rows, or with ``skip_invalid`` the good ones, and
   nothing at all if a bad row is left and not skipped.

Neither step imports Qt; both take a progress callback and a cancel flag so a screen can run
them on a worker.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fieldapp.domain.legal_basis import CONSENT
from fieldapp.domain.records import AttendanceBase, ParticipantBase
from fieldapp.domain.validation import LABELS, Problem, parse, validate_participant
from fieldapp.domain.vocab import ROLE_PARTICIPANT
from fieldapp.reports.people_columns import FIELD_LABELS, PERSON_FIELDS, Mapping, map_columns
from fieldapp.reports.people_matching import Match, MatchKind, match_people
from fieldapp.reports.people_values import NORMALISERS
from fieldapp.reports.tabular import (
    CancelFlag,
    ExchangeError,
    Progress,
    check_cancel,
    read_table,
)
from fieldapp.reports.value_hints import Hint, hinted
from fieldapp.store.consent import add_people
from fieldapp.store.repository import ATTENDANCE, EVENT, Repository
from fieldapp.store.store import Store

PREVIEW_ROWS = 20
NAME_FIELDS = {"full_name", "given_name", "family_name"}
CODED = ("sex", "age_band", "nationality", "organization_type", "legal_basis")
STEP = 500  # rows between progress reports (and cancel checks)


@dataclass(frozen=True)
class RowError:
    """One bad cell (or row): where the user will find it, and what is wrong."""

    row: int
    column: str | None  # the spreadsheet's header; None when no column holds the field
    problem: Problem
    hints: tuple[Hint, ...] = ()  # the closest known values, also said in the message

    @property
    def suggestions(self) -> tuple[str, ...]:
        """The hints as the message says them: "Guinée-Bissau (GNB)"."""
        return tuple(str(h) for h in self.hints)

    def __str__(self) -> str:
        where = f"column “{_isolated(self.column)}”" if self.column else ""
        return f"row {self.row}, {where or LABELS.get(self.problem.field, '')}: " + (
            self.problem.message
        )


def _isolated(text: str) -> str:
    """An Arabic header set apart (Unicode isolates), so that it and an Arabic value after
    it are not read as one right-to-left run, swapping their places on the screen."""
    if right_to_left_text(text):
        return f"\u2068{text}\u2069"
    return text


def right_to_left_text(text: str) -> bool:
    """Whether ``text`` holds letters written right to left (Arabic, Hebrew)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@dataclass(frozen=True)
class PlannedRow:
    row: int
    person: ParticipantBase | None  # None when the row is bad
    given_id: str | None = None  # an ID column's value (files exported from a registry)


@dataclass
class ImportPlan:
    """What importing a file would do: shown before anything is written."""

    path: Path
    source: str  # how the file was read, e.g. "CSV, cp1252, “;” separated"
    mapping: Mapping
    rows: list[PlannedRow]
    errors: list[RowError]
    matches: dict[int, Match]
    preview: list[tuple[int, dict[str, Any]]]  # first rows, normalised, by row number
    problems: list[str] = field(default_factory=list)  # the file as a whole cannot be imported
    event_id: str | None = None
    event_title: str | None = None
    today: date = field(default_factory=date.today)
    # `source` in parts, for a screen to say in its language (`tabular.Table.read_as`).
    read_as: dict[str, str] = field(default_factory=dict)

    @property
    def lacks_names(self) -> bool:
        """No column holds the people's names (the first of `problems`, said in English)."""
        return not NAME_FIELDS & set(self.mapping.columns.values())

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

    @property
    def good_rows(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.person is not None]

    def matched(self, kind: MatchKind) -> list[Match]:
        return [m for m in self.matches.values() if m.kind is kind]

    @property
    def to_add(self) -> int:
        """People the registry gains if the good rows are written."""
        return sum(1 for r in self.good_rows if _is_new(self.matches.get(r.row)))

    def can_commit(self, skip_invalid: bool = False) -> bool:
        return not self.problems and (skip_invalid or not self.errors)


@dataclass(frozen=True)
class ImportResult:
    added: int
    in_registry: int  # rows whose person was already there (not added again)
    repeated: int  # rows repeating an earlier row of the file
    skipped: int  # bad rows left out (with skip_invalid)
    registered: int = 0  # attendances added at the event
    already_at_event: int = 0
    participant_ids: dict[int, str] = field(default_factory=dict)  # row number -> person id


def _is_new(match: Match | None) -> bool:
    """A row to add: no match, or only a possible duplicate (added, and listed)."""
    return match is None or match.kind is MatchKind.POSSIBLE


def _person_values(mapping: Mapping, cells: Sequence[Any]) -> tuple[dict[str, Any], str | None]:
    """A row's cells as person fields (normalised), and the ID column's value."""
    got: dict[str, Any] = {}
    for index, name in mapping.columns.items():
        got[name] = NORMALISERS[name](cells[index] if index < len(cells) else None)
    values = {k: v for k, v in got.items() if k in PERSON_FIELDS}
    names = [got.get("given_name"), got.get("family_name")]
    values["full_name"] = got.get("full_name") or " ".join(str(n) for n in names if n) or ""
    if values.get("age_band") is None and got.get("age") is not None:
        values["age_band"] = got["age"]
    return values, got.get("id")


def plan_import(
    conn: Connection,
    path: Path,
    *,
    columns: dict[str, str] | None = None,
    sheet: str | None = None,
    event_id: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportPlan:
    """Read, map, validate and match ``path``; ``columns`` maps headers to fields by hand
    (``{"Nom complet": "full_name", "Remarques": ""}``). Raises `ExchangeError` for a file
    that cannot be read, a mapping that names no column of it, or an unknown event."""
    today = today or date.today()
    title = _event_title(conn, event_id) if event_id else None
    table = read_table(
        path, sheet=sheet, is_header=lambda cells: _names_mapped(cells, columns), cancel=cancel
    )
    try:
        mapping = map_columns(table.headers, columns)
    except ValueError as exc:
        raise ExchangeError(f"{path.name}: {exc}.") from None
    problems = []
    if not NAME_FIELDS & set(mapping.columns.values()):
        problems.append(
            f"No column of {path.name} holds the people's names (its columns: "
            + ", ".join(f"“{h}”" for h in table.headers if h)
            + f"). Name that column “{FIELD_LABELS['full_name']}”, or say which it is "
            + "(on the command line: --map 'Nom complet=full_name')."
        )
    planned: list[PlannedRow] = []
    errors: list[RowError] = []
    preview: list[tuple[int, dict[str, Any]]] = []
    total = len(table.rows)
    for n, (row, cells) in enumerate(table.rows, start=1):
        values, given_id = _person_values(mapping, cells)
        if len(preview) < PREVIEW_ROWS:
            preview.append((row, dict(values)))
        # Coded values are checked by the domain's code-list rule, which names the value;
        # the type check would only say that "Atlantis" is longer than a country code.
        coded = {k: values.pop(k) for k in CODED if isinstance(values.get(k), str)}
        person, found = parse(ParticipantBase, values)
        if person is not None:
            person = _with_basis(person.model_copy(update=coded))
            found = validate_participant(person, today=today)
        if problems:  # no name column: not a mistake of each row
            found = [p for p in found if p.field != "full_name"]
        for found_problem in found:
            said, hints = hinted(found_problem)
            errors.append(RowError(row, mapping.header_of(said.field), said, hints))
        planned.append(PlannedRow(row, None if found else person, given_id))
        if n % STEP == 0 or n == total:
            check_cancel(cancel)
            if progress is not None:
                progress(n, total)
    good = [(r.row, r.person, r.given_id) for r in planned if r.person is not None]
    return ImportPlan(
        path=path,
        source=table.source,
        read_as=table.read_as,
        mapping=mapping,
        rows=planned,
        errors=errors,
        matches=match_people(conn, good) if not problems else {},
        preview=preview,
        problems=problems,
        event_id=event_id,
        event_title=title,
        today=today,
    )


def _with_basis(person: ParticipantBase) -> ParticipantBase:
    """A consent given with a date, and no other basis named: the basis is consent, from
    that date (as schema 9 made of the consent ticks before it)."""
    if person.legal_basis is None and person.consent and person.consent_date is not None:
        return person.model_copy(
            update={"legal_basis": CONSENT, "basis_date": person.basis_date or person.consent_date}
        )
    if person.legal_basis == CONSENT and person.basis_date is None and person.consent:
        return person.model_copy(update={"basis_date": person.consent_date})
    return person


def consents_of(person: ParticipantBase) -> list[tuple[bool, date]]:
    """The consent event a row tells of: given on its date ("yes"), or withdrawn on it
    ("no" with a date); none without a date."""
    if person.consent_date is None:
        return []
    return [(person.consent, person.consent_date)]


def _names_mapped(headers: list[str], columns: dict[str, str] | None) -> bool:
    """Whether these cells are a header with a column for the people's names."""
    try:
        return bool(NAME_FIELDS & set(map_columns(headers, columns).columns.values()))
    except ValueError:
        return False


def _event_title(conn: Connection, event_id: str) -> str:
    title = conn.execute(
        select(EVENT.c.title).where(EVENT.c.id == event_id, EVENT.c.deleted_at.is_(None))
    ).scalar()
    if title is None:
        raise ExchangeError(f"There is no event {event_id} (or it was deleted).")
    return str(title)


def commit_import(
    store: Store,
    plan: ImportPlan,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportResult:
    """Write the plan in one transaction: everything, or nothing if a bad row remains and
    ``skip_invalid`` is not set, or if cancelled. Who is already in the registry is decided
    again inside the transaction, so an import made meanwhile is not doubled either."""
    if plan.problems:
        raise ExchangeError(plan.problems[0])
    if plan.errors and not skip_invalid:
        raise ExchangeError(
            f"{len(plan.bad_rows)} row(s) have problems, so nothing was written: "
            "correct them in the file, or skip them."
        )
    good = [(r.row, r.person, r.given_id) for r in plan.good_rows if r.person is not None]
    with store.transaction() as conn:
        matches = match_people(conn, good)
        repo = Repository(conn, store.identity, today=plan.today)
        new = [(row, p) for row, p, _ in good if _is_new(matches.get(row))]
        steps = len(new) + (len(good) if plan.event_id else 0)
        ids: dict[int, str] = {}
        for start in range(0, len(new), STEP):
            check_cancel(cancel)
            chunk = new[start : start + STEP]
            added = add_people(repo, [(p, consents_of(p)) for _, p in chunk])
            ids.update(zip([r for r, _ in chunk], added, strict=True))
            if progress is not None:
                progress(start + len(chunk), steps)
        for row, _, _ in good:
            match = matches.get(row)
            if match is not None and match.kind is MatchKind.IN_REGISTRY:
                ids[row] = str(match.other.id)
            elif match is not None and match.kind is MatchKind.REPEATED:
                ids[row] = ids[int(match.other.row or 0)]
        registered = already = 0
        if plan.event_id:
            check_cancel(cancel)
            registered, already = _register(conn, repo, plan.event_id, ids.values())
            if progress is not None:
                progress(steps, steps)
    return ImportResult(
        added=len(new),
        in_registry=sum(1 for m in matches.values() if m.kind is MatchKind.IN_REGISTRY),
        repeated=sum(1 for m in matches.values() if m.kind is MatchKind.REPEATED),
        skipped=len(plan.bad_rows),
        registered=registered,
        already_at_event=already,
        participant_ids=ids,
    )


def _register(
    conn: Connection, repo: Repository, event_id: str, person_ids: Any
) -> tuple[int, int]:
    """Register each person once at the event (role participant); those already registered
    there are left as they are. Returns (registered now, already there)."""
    wanted = list(dict.fromkeys(person_ids))
    there = set(
        conn.execute(
            select(ATTENDANCE.c.participant_id).where(
                ATTENDANCE.c.event_id == event_id, ATTENDANCE.c.deleted_at.is_(None)
            )
        ).scalars()
    )
    rows = [
        AttendanceBase(event_id=event_id, participant_id=pid, role=ROLE_PARTICIPANT)
        for pid in wanted
        if pid not in there
    ]
    for start in range(0, len(rows), STEP):
        repo.add_attendance(rows[start : start + STEP])
    return len(rows), len(wanted) - len(rows)
