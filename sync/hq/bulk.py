"""Writing many rows of one HQ table in one statement, on the raw driver connection.

SQLAlchemy's multi-row INSERT spells out every value in SQL text that the driver parses
again (on PostgreSQL, 37% of applying a batch). Here each table's statement is written once:
on PostgreSQL one ``INSERT … SELECT FROM unnest(arrays)`` (or ``UPDATE … FROM unnest``): one
statement and one round trip per table, whatever the rows; on SQLite ``executemany`` of one
prepared statement. Values go through the columns' own bind processing (aware datetimes in
UTC, booleans), as SQLAlchemy would store them, in the caller's transaction.

SQLite rewrites every index entry of a row whose indexed columns an UPDATE sets, even to the
values they hold (on HQ's people, two covering indexes: more than half an UPDATE's time).
Most edits change none of them (a position, a consent, a score), so `update_newer` leaves
them out for the rows whose indexed values `held` read are unchanged. (PostgreSQL decides by
the values themselves: an update that changes no indexed value is a heap-only one.)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import closing
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection, Dialect

Processor = Callable[[Any], Any] | None


class LostRace(Exception):
    """SQLite wrote fewer rows than were checked under its write lock: nothing is kept."""


_PROCESSORS: dict[tuple[str, str], tuple[tuple[str, Processor], ...]] = {}
Held = dict[str, dict[str, Any]]  # id -> column -> value, as the database holds it


def indexed(table: Table) -> frozenset[str]:
    """The columns of ``table`` an index holds besides the id (which never changes)."""
    return frozenset(c.name for index in table.indexes for c in index.columns) - {"id"}


def held(conn: Connection, table: Table, ids: Sequence[str], columns: Sequence[str]) -> Held:
    """``columns`` of the rows of ``ids`` that ``table`` holds, as the database holds them
    (what SQLAlchemy would make of them is not needed: one query, no row objects); on SQLite
    with the `indexed` columns too, which `update_newer` compares."""
    if not ids:
        return {}
    if conn.dialect.name == "sqlite":
        columns = [*columns, *sorted(indexed(table) - set(columns))]
    name = conn.dialect.identifier_preparer.format_table(table)
    listed = ", ".join(_quoted(conn.dialect, ["id", *columns]))
    with _cursor(conn) as cursor:
        if conn.dialect.name == "postgresql":
            cursor.execute(f"SELECT {listed} FROM {name} WHERE id = ANY(%s)", [list(ids)])
        else:
            cursor.execute(
                f"SELECT {listed} FROM {name} WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(list(ids))],
            )
        return {r[0]: dict(zip(columns, r[1:], strict=True)) for r in cursor.fetchall()}


def _values(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]]
) -> tuple[tuple[str, ...], list[list[Any]]]:
    """The table's columns a row gives (all rows give the same), and each column's values,
    column by column (a column's processor runs in one loop over it, and only on values that
    are not None: every processor leaves None as it is)."""
    dialect = conn.dialect
    key = (table.name, dialect.name)
    if key not in _PROCESSORS:
        _PROCESSORS[key] = tuple((c.name, c.type.bind_processor(dialect)) for c in table.columns)
    columns = [(n, p) for n, p in _PROCESSORS[key] if n in rows[0]]
    values = []
    for name, process in columns:
        column = [row[name] for row in rows]
        if process is not None:
            column = [v if v is None else process(v) for v in column]
        values.append(column)
    return tuple(n for n, _ in columns), values


def _quoted(dialect: Dialect, names: Sequence[str]) -> list[str]:
    return [dialect.identifier_preparer.quote(n) for n in names]


def _cursor(conn: Connection) -> Any:
    """A cursor of the driver's connection (in the caller's transaction), closed after use."""
    return closing(conn.connection.driver_connection.cursor())  # type: ignore[union-attr]


def _pg_arrays(table: Table, names: tuple[str, ...], dialect: Dialect) -> str:
    """``unnest(%b::type[], …) AS v(name, …)``: the rows as one set, typed as the columns."""
    types = [table.c[n].type.compile(dialect=dialect) for n in names]
    # In binary (%b): no text to quote for each value, nor to parse at the server (a fifth
    # less time a batch); moments go as the instants they are (timestamptz, the columns' type).
    arrays = ", ".join(f"%b::{t}[]" for t in types)
    return f"unnest({arrays}) AS v({', '.join(_quoted(dialect, names))})"


def insert_new(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> set[str]:
    """Insert ``rows`` (by ``id``) but those whose id the table holds; the ids inserted."""
    if not rows:
        return set()
    # In the order of their ids: each index that starts with the id is walked once, left to
    # right, rather than at random (ids made by this app sort by when they were made).
    rows = sorted(rows, key=lambda row: row["id"])
    names, values = _values(conn, table, rows)
    listed = ", ".join(_quoted(conn.dialect, names))
    name = conn.dialect.identifier_preparer.format_table(table)
    with _cursor(conn) as cursor:
        if conn.dialect.name == "postgresql":
            cursor.execute(
                f"INSERT INTO {name} ({listed}) SELECT {listed} FROM "
                f"{_pg_arrays(table, names, conn.dialect)} ON CONFLICT (id) DO NOTHING RETURNING id",
                values,
            )
            return {r[0] for r in cursor.fetchall()}
        marks = ", ".join("?" * len(names))
        cursor.executemany(
            f"INSERT INTO {name} ({listed}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING",
            zip(*values, strict=True),
        )
        if cursor.rowcount != len(rows):  # the write lock was taken before the ids were read
            raise LostRace(f"{table.name}: {cursor.rowcount} of {len(rows)} new rows written")
        return {row["id"] for row in rows}


def update_newer(
    conn: Connection, table: Table, rows: Sequence[dict[str, Any]], stored: Held
) -> set[str]:
    """Overwrite each stored row of ``rows`` (by ``id``) whose stored version is older than
    the row's (``stored``: what `held` read of them); the ids written."""
    if not rows:
        return set()
    names, values = _values(conn, table, rows)
    quoted = _quoted(conn.dialect, names)
    name = conn.dialect.identifier_preparer.format_table(table)
    if conn.dialect.name == "postgresql":
        assigned = ", ".join(
            f"{q} = v.{q}" for n, q in zip(names, quoted, strict=True) if n != "id"
        )
        with _cursor(conn) as cursor:
            cursor.execute(
                f"UPDATE {name} AS t SET {assigned} FROM "
                f"{_pg_arrays(table, names, conn.dialect)} "
                "WHERE t.id = v.id AND t.version < v.version RETURNING t.id",
                values,
            )
            return {r[0] for r in cursor.fetchall()}
    facts = [(at, n) for at, n in enumerate(names) if n in indexed(table)]
    ids = values[names.index("id")]
    quiet = [all(values[at][i] == stored[ids[i]][n] for at, n in facts) for i in range(len(rows))]
    for unchanged in (True, False):
        chosen = [i for i in range(len(rows)) if quiet[i] is unchanged]
        if chosen:
            kept = {n for _, n in facts} if unchanged else set()
            _sqlite_update(conn, table, names, values, chosen, kept)
    return set(ids)


def _sqlite_update(
    conn: Connection,
    table: Table,
    names: tuple[str, ...],
    values: list[list[Any]],
    chosen: list[int],
    kept: set[str],
) -> None:
    """The rows ``chosen`` (their places in ``values``) written by one prepared UPDATE that
    sets every column but the id and ``kept``."""
    name = conn.dialect.identifier_preparer.format_table(table)
    setting = [at for at, n in enumerate(names) if n != "id" and n not in kept]
    assigned = ", ".join(f"{q} = ?" for q in _quoted(conn.dialect, [names[at] for at in setting]))
    ids, versions = values[names.index("id")], values[names.index("version")]
    with _cursor(conn) as cursor:
        cursor.executemany(
            f"UPDATE {name} SET {assigned} WHERE id = ? AND version < ?",
            ([*(values[at][i] for at in setting), ids[i], versions[i]] for i in chosen),
        )
        if cursor.rowcount != len(chosen):  # the write lock was taken before the ids were read
            raise LostRace(f"{table.name}: {cursor.rowcount} of {len(chosen)} newer rows written")
