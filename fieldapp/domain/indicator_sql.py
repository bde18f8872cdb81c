"""Portable SQL pieces for the indicators: what counts as participation, date arithmetic,
age bands, reading through a covering index.

Each compiles on SQLite (the field store, HQ by default) and on PostgreSQL (HQ at scale).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Integer, String, Table, and_, case, cast, func, literal, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import Alias, FromClause, ScalarSelect

from fieldapp.domain.vocab import AGE_NOT_RECORDED, ROLE_PARTICIPANT, TagKind, age_band_bounds

# The breakdowns by a column of the event, and by a label of the event (its tags, by kind).
EVENT_COLUMNS = ("programme", "working_group", "month", "quarter")
EVENT_TAGS = {
    TagKind.COUNTRY.value: "country",
    TagKind.OUTCOME.value: "outcome",
    TagKind.PILLAR.value: "pillar",
}


# Participation, defined once: an event's participants are its people registered by name in
# the participant role (trainers, speakers... are not) plus the people counted without names
# (head counts). The Events list, the dashboard, the PDFs, the exports and HQ all count so.
def named_rows(attendance: Table) -> list[ColumnElement[bool]]:
    """The attendance rows that are participation: living, in the participant role."""
    return [attendance.c.role == ROLE_PARTICIPANT, attendance.c.deleted_at.is_(None)]


def counted_rows(head_count: Table) -> list[ColumnElement[bool]]:
    """The head-count cells that are participation: living, of at least one person."""
    return [head_count.c.deleted_at.is_(None), head_count.c.count > 0]


def named_participants(attendance: Table, event_id: ColumnElement[Any]) -> ScalarSelect[Any]:
    """How many people registered by name took part in the event ``event_id`` (a column of
    the enclosing query, so one statement gives it for every event listed)."""
    return (
        select(func.count())
        .where(attendance.c.event_id == event_id, *named_rows(attendance))
        .scalar_subquery()
    )


def counted_participants(head_count: Table, event_id: ColumnElement[Any]) -> ScalarSelect[Any]:
    """How many people were counted without names at the event ``event_id``."""
    return (
        select(func.coalesce(func.sum(head_count.c.count), 0))
        .where(head_count.c.event_id == event_id, *counted_rows(head_count))
        .scalar_subquery()
    )


class event_days(FunctionElement[int]):
    """Length of an event in days, both ends included (portable date arithmetic)."""

    type = Integer()
    inherit_cache = True


@compiles(event_days, "sqlite")
def _event_days_sqlite(element: event_days, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"(CAST(julianday({compiler.process(end, **kw)}) - "
        f"julianday({compiler.process(start, **kw)}) AS INTEGER) + 1)"
    )


@compiles(event_days, "postgresql")
def _event_days_pg(element: event_days, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return f"(({compiler.process(end, **kw)}) - ({compiler.process(start, **kw)}) + 1)"


class any_bits(FunctionElement[int]):
    """The bits set in any row of a group: ``bit_or(bits)`` on PostgreSQL. SQLite has no
    bitwise aggregate: there it is ``otherwise``, an aggregate the caller gives the same
    value by other means."""

    type = BigInteger()
    inherit_cache = True


@compiles(any_bits)
def _any_bits_otherwise(element: any_bits, compiler: Any, **kw: Any) -> str:
    _bits, otherwise = list(element.clauses)
    return str(compiler.process(otherwise, **kw))


@compiles(any_bits, "postgresql")
def _any_bits_pg(element: any_bits, compiler: Any, **kw: Any) -> str:
    bits, _otherwise = list(element.clauses)
    return f"bit_or({compiler.process(bits, **kw)})"


def date_text(col: ColumnElement[Any]) -> ColumnElement[str]:
    return cast(col, String)


def year(col: ColumnElement[Any]) -> ColumnElement[int]:
    return cast(func.substr(date_text(col), 1, 4), Integer)


def month(col: ColumnElement[Any]) -> ColumnElement[str]:
    return func.substr(date_text(col), 1, 7)


def quarter(col: ColumnElement[Any]) -> ColumnElement[str]:
    q = (cast(func.substr(date_text(col), 6, 2), Integer) + 2) // 3
    return func.substr(date_text(col), 1, 4) + literal("-Q") + cast(q, String)


def age_band(birth_year: ColumnElement[Any], on: ColumnElement[Any]) -> ColumnElement[str]:
    return band_of_age(year(on) - birth_year)


def band_of_age(age: ColumnElement[Any]) -> ColumnElement[str]:
    whens = [
        (and_(age >= low, age <= high), literal(band)) for band, low, high in age_band_bounds()
    ]
    return case(*whens, else_=literal(AGE_NOT_RECORDED))


def attendee_band(p: FromClause, on: Any, kept: Any) -> Any:
    """An attendee's age band at an event starting ``on``, in SQL: the person's own band,
    else the band their birth year gives, else the band the attendance ``kept`` (all HQ has
    where birth years do not travel), else not recorded. `fieldapp.domain.attendee_age` is
    the same rule for one attendance."""
    return attendee_band_in(p, year(on), kept)


def attendee_band_in(p: FromClause, in_year: Any, kept: Any) -> Any:
    """`attendee_band` for an event starting in the year ``in_year`` (an integer column)."""
    age = in_year - p.c.birth_year
    from_year = case((p.c.birth_year.is_not(None), band_of_age(age)), else_=None)
    return func.coalesce(p.c.age_band, from_year, kept, literal(AGE_NOT_RECORDED))


class _ReadThrough(Alias):
    """A table SQLite reads through one named index (``INDEXED BY``); other databases
    choose."""

    inherit_cache = True
    index_name = ""


@compiles(_ReadThrough, "sqlite")
def _read_through_sqlite(element: _ReadThrough, compiler: Any, **kw: Any) -> str:
    text = compiler.visit_alias(element, **kw)
    return f"{text} INDEXED BY {element.index_name}" if kw.get("asfrom") else text


def read_through(table: Table, *index_names: str) -> FromClause:
    """``table``, read through the first of its covering indexes ``index_names`` it has, if
    any. (SQLite looks a row up by its primary key, then reads the table, even when another
    index starting with that key holds every column the query reads.)"""
    found = [ix.name for ix in table.indexes if ix.name in index_names]
    if not found:
        return table
    alias = _ReadThrough._construct(table, name=f"{table.name}_{found[0]}")
    alias.index_name = str(found[0])
    return alias
