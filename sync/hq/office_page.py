"""What the console's page of one office shows, read in the caller's scope: its devices (from
`sync.hq.health`), its recent batches, the records HQ refused with HQ's reasons (read from the
signed answers HQ kept), and its headline figures quarter by quarter.

Another office, or one the caller does not see, is None: the page answers both "not found".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.indicators import Indicators, Period
from fieldapp.domain.periods import quarter_of
from sync.hq import aggregates, figures
from sync.hq.accounts.scope import Reads, Scope
from sync.hq.health import OfficeHealth, office_health
from sync.hq.tables import HQ_BATCH, HQ_DEVICE, HQ_OFFICE

BATCHES_SHOWN = 50
REFUSALS_SHOWN = 100
QUARTERS_SHOWN = 4


@dataclass(frozen=True)
class Batch:
    received_at: datetime
    device_id: str
    seq: int
    records: int
    rejected: int


@dataclass(frozen=True)
class RefusedRecord:
    received_at: datetime
    device_id: str
    kind: str
    record_id: str
    version: int
    reason: str


@dataclass(frozen=True)
class QuarterFigures:
    period: Period
    figures: Indicators


@dataclass(frozen=True)
class OfficePage:
    office_id: str
    name: str
    health: OfficeHealth | None  # None: no device enrolled yet, or the role reads no health
    batches: list[Batch]
    refused: list[RefusedRecord]
    quarters: list[QuarterFigures]  # newest first; empty for a role that reads no figures


def previous_quarters(today: date, count: int) -> list[Period]:
    """This quarter and the ``count - 1`` before it, newest first."""
    found = [quarter_of(today)]
    while len(found) < count:
        start = found[-1].start
        assert start is not None
        found.append(quarter_of(date.fromordinal(start.toordinal() - 1)))
    return found


def office_page(
    conn: Connection,
    office_id: str,
    scope: Scope,
    today: date,
    lists: CodeLists,
    counted: list[aggregates.Counted],
) -> OfficePage | None:
    if not scope.sees(office_id):
        return None
    name = conn.execute(
        select(HQ_OFFICE.c.name).where(HQ_OFFICE.c.office_id == office_id)
    ).scalar_one_or_none()
    if name is None:
        return None
    reads_health = scope.may(Reads.HEALTH)
    quarters = []
    if scope.may(Reads.FIGURES):
        quarters = [
            QuarterFigures(
                period,
                figures.consolidated(conn, scope, period, office_id, lists=lists, counted=counted),
            )
            for period in previous_quarters(today, QUARTERS_SHOWN)
        ]
    return OfficePage(
        office_id=office_id,
        name=name,
        health=office_health(conn, office_id, scope) if reads_health else None,
        batches=_batches(conn, office_id) if reads_health else [],
        refused=_refused(conn, office_id) if reads_health else [],
        quarters=quarters,
    )


def _office_batches(office_id: str) -> ColumnElement[bool]:
    return HQ_BATCH.c.device_id.in_(
        select(HQ_DEVICE.c.device_id).where(HQ_DEVICE.c.office_id == office_id)
    )


def _batches(conn: Connection, office_id: str) -> list[Batch]:
    b = HQ_BATCH
    rows = conn.execute(
        select(b.c.received_at, b.c.device_id, b.c.seq, b.c.records, b.c.rejected)
        .where(_office_batches(office_id))
        .order_by(b.c.received_at.desc(), b.c.seq.desc())
        .limit(BATCHES_SHOWN)
    )
    return [Batch(*r) for r in rows]


def _refused(conn: Connection, office_id: str) -> list[RefusedRecord]:
    """The newest refusals, read from the answers HQ signed (HQ keeps no other copy)."""
    b = HQ_BATCH
    rows = conn.execute(
        select(b.c.received_at, b.c.device_id, b.c.ack)
        .where(_office_batches(office_id), b.c.rejected > 0)
        .order_by(b.c.received_at.desc())
    )
    found: list[RefusedRecord] = []
    for received_at, device_id, ack in rows:
        body = json.loads(json.loads(bytes(ack))["body"])
        for result in body["results"]:
            if result["result"] != "rejected":
                continue
            found.append(
                RefusedRecord(
                    received_at,
                    device_id,
                    result["type"],
                    result["id"],
                    result["version"],
                    result.get("reason") or "",
                )
            )
            if len(found) >= REFUSALS_SHOWN:
                return found
    return found
