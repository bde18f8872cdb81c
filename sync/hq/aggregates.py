"""HQ's figures kept per office, so the dashboard reads a few stored sums, not millions of rows.

HQ keeps one `Tally` (the additive sums behind every indicator) per office and period unit:
all time (``all``), a year (``2025``), a quarter (``2025-Q3``) and a month (``2025-07``).
A person belongs to one office (HQ refuses attendance naming another office's person), so the
tallies of several offices over the same unit add up (`merge`) to the figures counted from
scratch over them all; tallies of different units never add up (a person trained in two
months is one person in the quarter), so each unit is counted on its own.

Each office has a figures version (``hq_office_figures``), one more with every transaction
that changes a record its figures are counted from (`office_changed`: apply, a policy that
drops birth years). A stored tally is current while its office's version and the digest of
the code lists it was counted with are still those it was counted at. A read (`tally`) takes
the current ones and counts the others from scratch, for that office and unit alone; the
version is read before counting, in the same transaction, and the fresh tally stored with it,
so a batch applied meanwhile leaves it stale, never current. A stored tally is never replaced
by one counted at an older version.

Any other period (a year to date, a custom range) is counted from scratch over the offices.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, select, union
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.figure_units import (  # noqa: F401 (HQ's callers name them here)
    ALL_TIME,
    FORMULA,
    dashboard_units,
    lists_digest,
    period_of,
    unit_of,
)
from fieldapp.domain.indicator_query import count_tally
from fieldapp.domain.indicator_tally import Tally, merge
from fieldapp.domain.indicators import Period
from fieldapp.domain.records import utcnow
from sync.hq.database import is_read_only, read_only, tune_reads
from sync.hq.tables import HQ_INDICATOR_TABLES, HQ_OFFICE, HQ_OFFICE_FIGURES, HQ_TALLY
from sync.periodic import Periodic

log = logging.getLogger(__name__)


def office_changed(conn: Connection, office_id: str) -> None:
    """Note, in the transaction changing ``office_id``'s records, that its figures may have
    moved: its figures version grows by one (one statement), so every tally stored for it is
    stale from the moment the transaction commits."""
    t = HQ_OFFICE_FIGURES
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(t).values(office_id=office_id, version=1)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[t.c.office_id], set_={"version": t.c.version + 1}
        )
    )


@dataclass(frozen=True)
class Counted:
    """A tally counted from scratch during a read, to be stored (`keep`)."""

    office_id: str
    unit: str
    version: int
    lists_digest: str
    tally: Tally


def all_offices(conn: Connection) -> list[str]:
    """Every office HQ may hold figures of: those it made, and those with records."""
    o, f = HQ_OFFICE, HQ_OFFICE_FIGURES
    stmt = union(select(o.c.office_id), select(f.c.office_id))
    return sorted(str(office) for office in conn.execute(stmt).scalars())


def tally(
    conn: Connection,
    period: Period,
    office_ids: Collection[str] | None,
    lists: CodeLists | None = None,
    *,
    counted: list[Counted] | None = None,
) -> Tally:
    """The tally of ``period`` over ``office_ids`` (None: every office; empty: none).

    A period that is one unit is answered from the stored tallies, each office's counted now
    if stale; those counted are stored in ``conn`` when it may write and ``counted`` is None,
    else added to ``counted`` for the caller to `keep` in a transaction of its own (a read-only
    connection, or one whose snapshot a write must not extend). Any other period is counted
    from scratch."""
    if unit_of(period) is None:
        return count_tally(conn, HQ_INDICATOR_TABLES, period, office_ids=office_ids, lists=lists)
    return merge(office_tallies(conn, period, office_ids, lists, counted=counted).values())


def office_tallies(
    conn: Connection,
    period: Period,
    office_ids: Collection[str] | None,
    lists: CodeLists | None = None,
    *,
    counted: list[Counted] | None = None,
) -> dict[str, Tally]:
    """Each office's tally of ``period`` (as `tally` reads them: stored ones in one read for a
    period that is one unit; any other period counted office by office)."""
    offices = all_offices(conn) if office_ids is None else sorted(office_ids)
    unit = unit_of(period)
    if unit is None:
        return {
            office: count_tally(conn, HQ_INDICATOR_TABLES, period, office_id=office, lists=lists)
            for office in offices
        }
    if not offices:
        return {}
    digest = lists_digest(lists)
    versions, stored = _stored(conn, unit, offices if office_ids is not None else None)
    tallies: dict[str, Tally] = {}
    fresh: list[Counted] = []
    for office in offices:
        version = versions.get(office, 0)
        row = stored.get(office)
        if row is not None and row[0] == version and row[1] == digest:
            tallies[office] = Tally.from_json(json.loads(row[2]))
            continue
        found = count_tally(
            conn, HQ_INDICATOR_TABLES, period_of(unit), office_id=office, lists=lists
        )
        fresh.append(Counted(office, unit, version, digest, found))
        tallies[office] = found
    if counted is not None:
        counted.extend(fresh)
    elif fresh and not is_read_only(conn):
        keep(conn, fresh)
    return tallies


def _stored(
    conn: Connection, unit: str, offices: list[str] | None
) -> tuple[dict[str, int], dict[str, tuple[int, str, str]]]:
    """The offices' figures versions, and their stored tallies of ``unit`` (version, lists
    digest, JSON), read in the caller's transaction (so before any counting)."""
    f, t = HQ_OFFICE_FIGURES, HQ_TALLY
    versions = select(f.c.office_id, f.c.version)
    tallies = select(t.c.office_id, t.c.version, t.c.lists_digest, t.c.tally).where(
        t.c.unit == unit
    )
    if offices is not None:
        versions = versions.where(f.c.office_id.in_(offices))
        tallies = tallies.where(t.c.office_id.in_(offices))
    return (
        {str(office): int(v) for office, v in conn.execute(versions)},
        {str(office): (int(v), str(d), str(j)) for office, v, d, j in conn.execute(tallies)},
    )


def keep(conn: Connection, counted: Iterable[Counted]) -> None:
    """Store tallies counted by a read, each replacing its office's tally of that unit unless
    that one was counted at a newer figures version."""
    t = HQ_TALLY
    rows = [
        {
            "office_id": c.office_id,
            "unit": c.unit,
            "version": c.version,
            "lists_digest": c.lists_digest,
            "tally": json.dumps(c.tally.to_json(), separators=(",", ":"), sort_keys=True),
            "counted_at": utcnow(),
        }
        for c in counted
    ]
    if not rows:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(t)
    replace: dict[str, Any] = {
        name: stmt.excluded[name] for name in ("version", "lists_digest", "tally", "counted_at")
    }
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[t.c.office_id, t.c.unit],
            set_=replace,
            where=t.c.version <= stmt.excluded.version,
        ),
        rows,
    )


def keep_in(engine: Engine, counted: list[Counted]) -> bool:
    """`keep` in a short transaction of its own, after a read. A read's answer never waits
    long for it: on SQLite it gives up after a second if a batch holds the write lock (the
    tallies are counted again at the next read). Returns whether they were stored."""
    if not counted:
        return True
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
            if raw is not None:
                raw.execute("PRAGMA busy_timeout = 1000")
            try:
                with conn.begin():
                    keep(conn, counted)
            finally:
                if raw is not None:
                    raw.execute("PRAGMA busy_timeout = 30000")
    except DBAPIError as exc:
        log.warning("figures counted but not stored (counted again next time): %s", exc)
        return False
    return True


def rebuild(conn: Connection, office_id: str | None = None, lists: CodeLists | None = None) -> int:
    """Count again from scratch every stored tally (of ``office_id`` alone, if given), and each
    office's all-time tally, storing them at the offices' current versions with ``lists``.
    Returns how many tallies were counted."""
    t = HQ_TALLY
    if conn.dialect.name == "postgresql":
        tune_reads(conn)
    offices = all_offices(conn) if office_id is None else [office_id]
    versions, _ = _stored(conn, ALL_TIME, offices)
    stmt = select(t.c.office_id, t.c.unit).where(t.c.office_id.in_(offices))
    units = {(str(o), str(u)) for o, u in conn.execute(stmt)}
    units |= {(office, ALL_TIME) for office in offices}
    digest = lists_digest(lists)
    counted = [
        Counted(
            office,
            unit,
            versions.get(office, 0),
            digest,
            count_tally(conn, HQ_INDICATOR_TABLES, period_of(unit), office_id=office, lists=lists),
        )
        for office, unit in sorted(units)
    ]
    keep(conn, counted)
    return len(counted)


def warm(engine: Engine, lists: CodeLists | None = None, today: date | None = None) -> int:
    """Count, off any request, the stale tallies of the units dashboards read first (a
    batch just made them stale), each office and unit in a short read of its own, so the
    next read finds them current. Returns how many were counted."""
    units = dashboard_units(today or date.today())
    digest = lists_digest(lists)
    f, t = HQ_OFFICE_FIGURES, HQ_TALLY
    with read_only(engine) as conn:
        versions = {str(o): int(v) for o, v in conn.execute(select(f.c.office_id, f.c.version))}
        current = {
            (str(o), str(u))
            for o, u, v, d in conn.execute(
                select(t.c.office_id, t.c.unit, t.c.version, t.c.lists_digest).where(
                    t.c.unit.in_(units)
                )
            )
            if versions.get(str(o)) == v and d == digest
        }
    done = 0
    for office in sorted(versions):
        for unit in units:
            if (office, unit) in current:
                continue
            counted: list[Counted] = []
            with read_only(engine) as conn:
                tally(conn, period_of(unit), [office], lists, counted=counted)
            keep_in(engine, counted)
            done += len(counted)
    return done


class Warmer(Periodic):
    """`warm` every ``every`` seconds in a background thread, for as long as HQ serves: the
    figures a dashboard reads after a batch are then usually current already (a read that
    comes first counts them itself, as ever)."""

    name = "hq-figures-warmer"

    def __init__(
        self,
        engine: Engine,
        lists: CodeLists | Callable[[], CodeLists] | None,
        every: float = 2.0,
    ) -> None:
        super().__init__(every)
        self.engine = engine
        self.lists = lists  # or how to read those in use at each round (they may be published)

    def round(self) -> None:
        warm(self.engine, self.lists() if callable(self.lists) else self.lists)
