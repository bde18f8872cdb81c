"""Portable SQL pieces for the indicators: what counts as participation, date arithmetic,
age bands, scratch tables.

Each compiles on SQLite (the field store, HQ by default) and on PostgreSQL (HQ at scale).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    case,
    cast,
    func,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.selectable import ScalarSelect
from sqlalchemy.sql.sqltypes import NullType

from fieldapp.domain.vocab import AGE_NOT_RECORDED, ROLE_PARTICIPANT, age_band_bounds


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
    age = year(on) - birth_year
    whens = [
        (and_(age >= low, age <= high), literal(band)) for band, low, high in age_band_bounds()
    ]
    return case(*whens, else_=literal(AGE_NOT_RECORDED))


def scratch_table(
    conn: Connection, name: str, stmt: Select[Any], index: tuple[str, ...] = ()
) -> Table:
    """Run ``stmt`` once into a temporary table (in memory on the field store), so the
    several aggregations of one computation share its joins instead of redoing them."""
    columns = [
        Column(c.name, String() if isinstance(c.type, NullType) else c.type)
        for c in stmt.selected_columns
    ]
    table = Table(name, MetaData(), *columns, prefixes=["TEMPORARY"])
    conn.execute(text(f"DROP TABLE IF EXISTS {name}"))
    table.create(conn)
    conn.execute(insert(table).from_select([c.name for c in columns], stmt))
    if index:
        conn.execute(text(f"CREATE INDEX {name}_ix ON {name} ({', '.join(index)})"))
    return table


def attendee_band(p: Table, on: Any, kept: Any) -> Any:
    """An attendee's age band at an event starting ``on``, in SQL: the person's own band,
    else the band their birth year gives, else the band the attendance ``kept`` (all HQ has
    where birth years do not travel), else not recorded. `fieldapp.domain.attendee_age` is
    the same rule for one attendance."""
    from_year = case((p.c.birth_year.is_not(None), age_band(p.c.birth_year, on)), else_=None)
    return func.coalesce(p.c.age_band, from_year, kept, literal(AGE_NOT_RECORDED))
