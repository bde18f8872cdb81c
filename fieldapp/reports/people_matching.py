"""Is this spreadsheet row someone the registry already holds?

Names are compared by `fieldapp.domain.names.name_key`, the definition search and the
registry's duplicate list (`fieldapp.store.queries.possible_duplicates`) use. A row is the
person *already in the registry* when the name keys are equal and nothing contradicts it:
where both sides give a birth year they are equal, and where both give an e-mail they are
equal. Such a row is not added again (importing one file twice adds no one the second time);
with an event it is registered under the existing person (the one that agrees on most, when
several fit). A row repeating an earlier row of the file in the same way is added once. A
row whose name matches but whose birth year or e-mail differs, or whose e-mail belongs to
someone with another name, is a *possible duplicate*: it is added, and listed so someone can
look before merging.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fieldapp.domain.names import name_key
from fieldapp.domain.records import ParticipantBase
from fieldapp.store.repository import CHUNK, PARTICIPANT


class MatchKind(StrEnum):
    IN_REGISTRY = "already in the registry"
    REPEATED = "repeated in the file"
    POSSIBLE = "possible duplicate"


@dataclass(frozen=True)
class Known:
    """What the matcher needs of a person: in the registry (``id``) or in the file (``row``)."""

    full_name: str
    birth_year: int | None
    email: str | None
    id: str | None = None
    row: int | None = None
    file_id: str | None = None  # the ID column of a row, when the file has one

    def describe(self) -> str:
        """ "Awa Diallo, born 1985, awa@example.org (row 4)", for the command line (a screen
        says the same from the fields, in its language)."""
        born = f", born {self.birth_year}" if self.birth_year else ""
        mail = f", {self.email}" if self.email else ""
        where = f"row {self.row}" if self.row is not None else "the registry"
        return f"{self.full_name}{born}{mail} ({where})"


@dataclass(frozen=True)
class Match:
    """A row that is, or may be, someone already known."""

    row: int
    full_name: str
    kind: MatchKind
    other: Known
    reason: str  # one of `REASONS`
    fits: int = 1  # registry people who fit as well (the one that agrees on most is ``other``)

    def __str__(self) -> str:
        fits = f" ({self.fits} people fit)" if self.fits > 1 else ""
        return f"row {self.row}: {self.full_name}: {self.reason}{fits}: {self.other.describe()}"


# Every reason a match gives (the interface translates each).
REASONS = (
    "same ID",
    "same name",
    "same name and birth year",
    "same name and e-mail",
    "same name and birth year and e-mail",
    "same name, but another birth year or e-mail",
    "same e-mail",
)


def compatible(a: Known, b: Known) -> bool:
    """Nothing says these are two people: no differing birth years, no differing e-mails."""
    if a.birth_year and b.birth_year and a.birth_year != b.birth_year:
        return False
    return not (a.email and b.email and a.email != b.email)


def _twins(a: Known, b: Known) -> bool:
    """Two rows of one file for one person. Rows with different IDs are two records of the
    registry they were exported from, and stay two."""
    return compatible(a, b) and not (a.file_id and b.file_id and a.file_id != b.file_id)


def _same(a: Known, b: Known) -> str:
    also = [
        word
        for word, equal in (
            ("birth year", a.birth_year and a.birth_year == b.birth_year),
            ("e-mail", a.email and a.email == b.email),
        )
        if equal
    ]
    return "same name" + (" and " + " and ".join(also) if also else "")


def registry_people(
    conn: Connection, keys: Iterable[str], emails: Iterable[str], ids: Iterable[str]
) -> dict[str, list[Known]]:
    """People not deleted whose name key, e-mail or id is among those given, indexed by each
    of the three (one query per 500 values, along the registry's indexes)."""
    found: dict[str, Known] = {}
    cols = [
        PARTICIPANT.c.id,
        PARTICIPANT.c.full_name,
        PARTICIPANT.c.birth_year,
        PARTICIPANT.c.email,
    ]
    for column, values in (
        (PARTICIPANT.c.name_key, keys),
        (PARTICIPANT.c.email, emails),
        (PARTICIPANT.c.id, ids),
    ):
        wanted = sorted(set(values))
        for start in range(0, len(wanted), CHUNK):
            stmt = select(*cols).where(
                column.in_(wanted[start : start + CHUNK]), PARTICIPANT.c.deleted_at.is_(None)
            )
            for pid, name, year, mail in conn.execute(stmt):
                found[pid] = Known(name, year, mail, id=pid)
    index: dict[str, list[Known]] = {}
    for person in sorted(found.values(), key=lambda k: str(k.id)):
        for key in (
            "name:" + name_key(person.full_name),
            f"email:{person.email}",
            f"id:{person.id}",
        ):
            index.setdefault(key, []).append(person)
    return index


def match_people(
    conn: Connection, rows: Sequence[tuple[int, ParticipantBase, str | None]]
) -> dict[int, Match]:
    """The matches of valid rows (row number, person, id given in the file), by row number."""
    registry = registry_people(
        conn,
        (name_key(p.full_name) for _, p, _ in rows),
        (p.email for _, p, _ in rows if p.email),
        (i for _, _, i in rows if i),
    )
    matches: dict[int, Match] = {}
    earlier: dict[str, list[Known]] = {}
    for row, person, given_id in rows:
        me = Known(person.full_name, person.birth_year, person.email, row=row, file_id=given_id)
        key = "name:" + name_key(person.full_name)
        same_name = registry.get(key, [])
        if given_id and (by_id := registry.get(f"id:{given_id}")):
            match = Match(row, me.full_name, MatchKind.IN_REGISTRY, by_id[0], "same ID")
        elif fits := [k for k in same_name if compatible(me, k)]:
            best = max(fits, key=lambda k: len(_same(me, k)))
            match = Match(
                row, me.full_name, MatchKind.IN_REGISTRY, best, _same(me, best), len(fits)
            )
        elif twins := [k for k in earlier.get(key, []) if _twins(me, k)]:
            match = Match(row, me.full_name, MatchKind.REPEATED, twins[0], _same(me, twins[0]))
        elif lookalikes := same_name or earlier.get(key, []):
            reason = "same name, but another birth year or e-mail"
            match = Match(row, me.full_name, MatchKind.POSSIBLE, lookalikes[0], reason)
        elif person.email and (mail := registry.get(f"email:{person.email}")):
            match = Match(row, me.full_name, MatchKind.POSSIBLE, mail[0], "same e-mail")
        else:
            earlier.setdefault(key, []).append(me)
            continue
        matches[row] = match
        if match.kind is MatchKind.POSSIBLE:
            earlier.setdefault(key, []).append(me)
    return matches
