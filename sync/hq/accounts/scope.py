"""What a signed-in user or an API token may read: a role and, for some, a set of offices.

Applied in the query layer (DESIGN.md §11), so the API, the console, the PDF and every export
agree: a query over offices' records takes `Scope.office_filter` as a WHERE clause, and a
route asks `Scope.may` before it reads a kind of thing at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, false, true
from sqlalchemy.sql.elements import KeyedColumnElement


class Role(StrEnum):
    ADMIN = "admin"  # users, devices, tokens, code lists, everything
    ANALYST = "analyst"  # all offices' figures and exports, no identities
    OFFICE = "office"  # the listed offices' figures and health
    AUDITOR = "auditor"  # the audit log only


class Reads(StrEnum):
    """The kinds of things HQ serves, as far as roles are concerned."""

    FIGURES = "figures"  # indicators, the consolidated PDF
    HEALTH = "health"  # offices, devices, last contact
    EXPORTS = "exports"  # events, attendance, indicators as CSV/XLSX
    IDENTITIES = "identities"  # trainees' names and contacts
    AUDIT = "audit"  # the audit log
    ADMIN = "admin"  # users, tokens, devices, enrollment, code lists


READS: dict[Role, frozenset[Reads]] = {
    Role.ADMIN: frozenset(Reads),
    Role.ANALYST: frozenset({Reads.FIGURES, Reads.HEALTH, Reads.EXPORTS}),
    Role.OFFICE: frozenset({Reads.FIGURES, Reads.HEALTH}),
    Role.AUDITOR: frozenset({Reads.AUDIT}),
}

# A token may carry its user's role or one that reads less (never more).
LOWER_ROLES: dict[Role, frozenset[Role]] = {
    Role.ADMIN: frozenset(Role),
    Role.ANALYST: frozenset({Role.ANALYST, Role.OFFICE}),
    Role.OFFICE: frozenset({Role.OFFICE}),
    Role.AUDITOR: frozenset({Role.AUDITOR}),
}


def role_of(text: str) -> Role:
    """The role named ``text`` (raises ValueError naming the roles there are)."""
    try:
        return Role(text.strip().lower())
    except ValueError:
        names = "|".join(r.value for r in Role)
        raise ValueError(f"“{text[:40]}” is not a role ({names})") from None


@dataclass(frozen=True)
class Scope:
    """A role and the offices it sees (None: every office)."""

    role: Role
    office_ids: frozenset[str] | None = None

    @classmethod
    def of(cls, role: Role, office_ids: Iterable[str] | None) -> Scope:
        return cls(role, None if office_ids is None else frozenset(office_ids))

    def may(self, what: Reads) -> bool:
        return what in READS[self.role]

    def sees(self, office_id: str) -> bool:
        """Whether this scope sees ``office_id`` at all (a request for another office is a 404,
        as for one that does not exist, so offices cannot be enumerated)."""
        if not (self.may(Reads.FIGURES) or self.may(Reads.HEALTH)):
            return False
        return self.office_ids is None or office_id in self.office_ids

    def office_filter(self, column: KeyedColumnElement[str]) -> ColumnElement[bool]:
        """A WHERE clause keeping the rows of offices this scope sees."""
        if not (self.may(Reads.FIGURES) or self.may(Reads.HEALTH)):
            return false()
        if self.office_ids is None:
            return true()
        if not self.office_ids:
            return false()
        return column.in_(sorted(self.office_ids))

    def narrowed(self, role: Role, office_ids: Iterable[str] | None) -> Scope | None:
        """This scope narrowed to ``role`` and ``office_ids`` (a token's); None if that would
        read more than this scope does."""
        if role not in LOWER_ROLES[self.role]:
            return None
        wanted = None if office_ids is None else frozenset(office_ids)
        if wanted is None:
            return Scope(role, self.office_ids)
        if self.office_ids is not None and not wanted <= self.office_ids:
            return None
        return Scope(role, wanted)
