"""The list of offices a caller may see, each with what HQ's offices board shows at a glance:
its devices, when one last reached HQ, batches HQ knows are missing and records it refused.

One statement over the offices in the caller's scope (the scope is a WHERE clause on every
table read), not one query per office: a board of forty offices costs one round trip.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Subquery

from fieldapp.domain.vocab import RecordType
from sync.hq.accounts.scope import Reads, Scope
from sync.hq.figures import Forbidden
from sync.hq.tables import HQ_BATCH, HQ_DEVICE, HQ_OFFICE, HQ_TABLES


class OfficeSummary(BaseModel):
    office_id: str
    name: str
    # HQ is not told an office's own country: this is where most of its events were held
    # (None until it has one with a host country).
    country: str | None
    devices_enrolled: int  # enrolled and not revoked
    devices_revoked: int
    last_contact: datetime | None  # the last batch any of its devices delivered
    missing_batches: int  # batch numbers below a device's last that HQ has not received
    records_refused: int


def list_offices(conn: Connection, scope: Scope) -> list[OfficeSummary]:
    """The offices ``scope`` sees, by name; `Forbidden` for a role that reads no health."""
    if not scope.may(Reads.HEALTH):
        raise Forbidden("this role does not read offices")
    d, b, o = HQ_DEVICE, HQ_BATCH, HQ_OFFICE
    in_scope = scope.office_filter(d.c.office_id)
    per_device = (
        select(
            b.c.device_id,
            func.sum(b.c.rejected).label("rejected"),
            func.max(b.c.received_at).label("last_batch_at"),
            (func.max(b.c.seq) - func.count(b.c.seq.distinct())).label("missing"),
        )
        .where(b.c.device_id.in_(select(d.c.device_id).where(in_scope)))
        .group_by(b.c.device_id)
        .subquery("per_device")
    )
    per_office = (
        select(
            d.c.office_id,
            func.sum(case((d.c.revoked_at.is_(None), 1), else_=0)).label("enrolled"),
            func.sum(case((d.c.revoked_at.is_not(None), 1), else_=0)).label("revoked"),
            func.max(per_device.c.last_batch_at).label("last_contact"),
            func.sum(func.coalesce(per_device.c.missing, 0)).label("missing"),
            func.sum(func.coalesce(per_device.c.rejected, 0)).label("refused"),
        )
        .select_from(d.outerjoin(per_device, per_device.c.device_id == d.c.device_id))
        .where(in_scope)
        .group_by(d.c.office_id)
        .subquery("per_office")
    )
    country = _main_host_country(scope)
    rows = conn.execute(
        select(
            o.c.office_id,
            o.c.name,
            country.c.host_country,
            per_office.c.enrolled,
            per_office.c.revoked,
            per_office.c.last_contact,
            per_office.c.missing,
            per_office.c.refused,
        )
        .select_from(
            o.outerjoin(per_office, per_office.c.office_id == o.c.office_id).outerjoin(
                country, (country.c.office_id == o.c.office_id) & (country.c.rank == 1)
            )
        )
        .where(scope.office_filter(o.c.office_id))
        .order_by(o.c.name, o.c.office_id)
    ).all()
    return [
        OfficeSummary(
            office_id=r.office_id,
            name=r.name,
            country=r.host_country,
            devices_enrolled=r.enrolled or 0,
            devices_revoked=r.revoked or 0,
            last_contact=r.last_contact,
            missing_batches=r.missing or 0,
            records_refused=r.refused or 0,
        )
        for r in rows
    ]


def office_names(conn: Connection, scope: Scope) -> list[tuple[str, str]]:
    """Each office ``scope`` sees, as (id, name), by name: what a page offers to choose from."""
    o = HQ_OFFICE
    rows = conn.execute(
        select(o.c.office_id, o.c.name)
        .where(scope.office_filter(o.c.office_id))
        .order_by(o.c.name, o.c.office_id)
    )
    return [(r.office_id, r.name) for r in rows]


def _main_host_country(scope: Scope) -> Subquery:
    """Per office in scope, its living events' host countries ranked by how many (then by
    code, so a tie always gives the same answer)."""
    e = HQ_TABLES[RecordType.EVENT]
    counts = (
        select(e.c.office_id, e.c.host_country, func.count().label("events"))
        .where(
            e.c.deleted_at.is_(None),
            e.c.host_country.is_not(None),
            scope.office_filter(e.c.office_id),
        )
        .group_by(e.c.office_id, e.c.host_country)
        .subquery("host_countries")
    )
    rank = func.row_number().over(
        partition_by=counts.c.office_id, order_by=(counts.c.events.desc(), counts.c.host_country)
    )
    return select(counts.c.office_id, counts.c.host_country, rank.label("rank")).subquery(
        "main_country"
    )
