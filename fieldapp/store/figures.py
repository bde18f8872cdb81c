"""The office's figures kept counted: the dashboard, `fieldapp stats` and the period PDF read a
few stored sums for a period unit (all time, a year, a quarter, a month), not 200,000 rows.

The store's figures version (``figures_version``) grows with every write to a record the
figures are counted from: triggers of schema 11 move it, whoever writes. A stored tally (or a
period PDF's footer facts) is current while the version and the code lists' digest are those it
was counted at. A read takes it if current, else counts from scratch (as ever: `count_tally`,
`provenance`) and stores what it counted, in a short write of its own, only if no write was
committed since the read's snapshot (the version is unchanged under the write lock): a stored
value is never older than its version says. Any other period is counted from scratch, unstored.

The device is one office, so one tally per unit; HQ keeps one per office and unit the same way
(`sync.hq.aggregates`). `warm` counts again, off the UI thread, the stale units read before.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, delete, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.figure_units import dashboard_units, lists_digest, period_of, unit_of
from fieldapp.domain.indicator_query import count_tally
from fieldapp.domain.indicator_tally import Tally
from fieldapp.domain.indicators import Indicators, Period, finish
from fieldapp.domain.records import table_of, utcnow
from fieldapp.store.queries import unsynced_count
from fieldapp.store.report_queries import Provenance, held_events, provenance
from fieldapp.store.tables import INDICATOR_TABLES, FiguresStored, FiguresVersion
from sync.periodic import Periodic

log = logging.getLogger(__name__)

VERSION = table_of(FiguresVersion)
STORED = table_of(FiguresStored)
TALLY = "tally"
T = TypeVar("T")
FOOTER = "provenance"


def version(conn: Connection) -> int:
    """The store's figures version (one more with every write to what figures count)."""
    return int(conn.execute(select(VERSION.c.version).where(VERSION.c.id == 1)).scalar_one())


def indicators(conn: Connection, period: Period, lists: CodeLists | None = None) -> Indicators:
    """Every indicator of ``period``, as `compute_indicators` counts them over the store."""
    return finish(tally(conn, period, lists))


def tally(conn: Connection, period: Period, lists: CodeLists | None = None) -> Tally:
    """The tally of ``period``: stored if current, else counted (and stored if a unit)."""
    unit = unit_of(period)
    if unit is None:
        return count_tally(conn, INDICATOR_TABLES, period, lists=lists)
    digest = lists_digest(lists)
    stored = _current(conn, TALLY, unit, digest, Tally.from_json)
    if stored is not None:
        return stored
    at = version(conn)
    found = count_tally(conn, INDICATOR_TABLES, period, lists=lists)
    _keep(conn.engine, TALLY, unit, at, digest, found.to_json())
    return found


def period_provenance(conn: Connection, period: Period) -> Provenance:
    """The period PDF footer's facts (`provenance` of the period's held events): stored if
    current, else counted (and stored if a unit). The unsynced count is always read now."""
    unit = unit_of(period)
    if unit is None:
        return provenance(conn, held_events(period))
    stored = _current(conn, FOOTER, unit, "", lambda body: _footer(body, unsynced_count(conn)))
    if stored is not None:
        return stored
    at = version(conn)
    found = provenance(conn, held_events(period))
    body = {
        "data_as_of": None if found.data_as_of is None else found.data_as_of.isoformat(),
        "digest": found.digest,
        "events": found.events,
        "people": found.people,
        "attendances": found.attendances,
    }
    _keep(conn.engine, FOOTER, unit, at, "", body)
    return found


def _footer(body: dict[str, Any], unsynced: int) -> Provenance:
    moment = body["data_as_of"]
    return Provenance(
        data_as_of=None if moment is None else datetime.fromisoformat(moment),
        unsynced=unsynced,
        digest=str(body["digest"]),
        events=int(body["events"]),
        people=int(body["people"]),
        attendances=int(body["attendances"]),
    )


def _current(
    conn: Connection, kind: str, unit: str, digest: str, read: Callable[[dict[str, Any]], T]
) -> T | None:
    """What is stored of ``kind`` for ``unit``, as ``read`` makes it of the stored JSON, if it
    was counted at the current version and digest; None if not, or if it does not read (a
    damaged row is counted again, and replaced)."""
    s = STORED
    row = conn.execute(
        select(s.c.body)
        .select_from(s.join(VERSION, VERSION.c.id == 1))
        .where(
            s.c.kind == kind,
            s.c.unit == unit,
            s.c.version == VERSION.c.version,
            s.c.lists_digest == digest,
        )
    ).first()
    if row is None:
        return None
    try:
        return read(dict(json.loads(row[0])))
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        log.warning("stored %s of %s does not read (%s): counted again", kind, unit, exc)
        return None


def _keep(engine: Engine, kind: str, unit: str, at: int, digest: str, body: Any) -> bool:
    """Store what a read counted at figures version ``at``, in a short write of its own, if
    the version is still ``at`` (no write committed since the read's snapshot). A read never
    waits long for it: if another writer holds the store it gives up after a second (counted
    again next time). Returns whether it was stored."""
    text = json.dumps(body, separators=(",", ":"), sort_keys=True)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA busy_timeout = 1000")
            try:
                with conn.execution_options(immediate=True).begin():
                    if version(conn) != at:
                        return False
                    s = STORED
                    conn.execute(delete(s).where(s.c.kind == kind, s.c.unit == unit))
                    conn.execute(
                        insert(s).values(
                            kind=kind,
                            unit=unit,
                            version=at,
                            lists_digest=digest,
                            body=text,
                            counted_at=utcnow(),
                        )
                    )
            finally:
                raw.execute("PRAGMA busy_timeout = 10000")
    except DBAPIError as exc:
        log.warning("figures counted but not stored (counted again next time): %s", exc)
        return False
    return True


def warm(
    engine: Engine,
    lists: CodeLists | None = None,
    today: date | None = None,
    stop: Callable[[], bool] = lambda: False,
) -> int:
    """Count again the stale figures of the units read before and of the dashboard's first
    units (all time, this year, this quarter), each in a read of its own, so the next read
    finds them current. Returns how many were counted."""
    digest = lists_digest(lists)
    with engine.connect() as conn:
        at = version(conn)
        rows = conn.execute(
            select(STORED.c.kind, STORED.c.unit, STORED.c.version, STORED.c.lists_digest)
        ).all()
    current = {(k, u) for k, u, v, d in rows if v == at and d == (digest if k == TALLY else "")}
    wanted = {(k, u) for k, u, _, _ in rows} | {
        (TALLY, u) for u in dashboard_units(today or date.today())
    }
    done = 0
    for kind, unit in sorted(wanted - current):
        if stop():
            break
        with engine.connect() as conn:
            if kind == TALLY:
                tally(conn, period_of(unit), lists)
            else:
                period_provenance(conn, period_of(unit))
        done += 1
    return done


class Warmer(Periodic):
    """`warm` in a background thread while the store is open: after the store's figures have
    moved and then stayed still for ``settle`` seconds (the user has stopped typing), so the
    dashboard and the period PDF find them current. Reads only; stores what it counted in
    short writes of its own, which give way to any other writer."""

    name = "figures-warmer"

    def __init__(self, engine: Engine, lists: CodeLists | None = None, settle: float = 3.0) -> None:
        super().__init__(settle)
        self.engine = engine
        self.lists = lists
        self.seen: int | None = None  # the version the last round found
        self.warmed: int | None = None  # the version last counted at

    def round(self) -> None:
        with self.engine.connect() as conn:
            now = version(conn)
        if now == self.seen and now != self.warmed:  # moved, then still for a while
            warm(self.engine, self.lists, stop=self.stopping.is_set)
            self.warmed = now
        self.seen = now
