"""Each office's sync health as HQ sees it: its devices, their last batch, batches HQ knows are
missing (gaps in a device's batch numbers) and records it rejected.

Read within a caller's `Scope`: another office's health is None, as for an office HQ does not
know, so the route answers both with the same 404."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from sync.hq.accounts.scope import Reads, Scope
from sync.hq.tables import HQ_BATCH, HQ_DEVICE


class DeviceHealth(BaseModel):
    device_id: str
    enrolled_at: datetime
    revoked_at: datetime | None
    batches: int
    records: int
    rejected: int
    last_batch_at: datetime | None
    last_seq: int | None
    missing_batches: int  # batch numbers below the last one that HQ has not received


class OfficeHealth(BaseModel):
    office_id: str
    office_name: str
    last_batch_at: datetime | None
    batches: int
    records: int
    rejected: int
    missing_batches: int
    devices: list[DeviceHealth]


def office_health(conn: Connection, office_id: str, scope: Scope) -> OfficeHealth | None:
    """None when no device of ``office_id`` was ever enrolled, or ``scope`` does not read
    its health."""
    if not (scope.may(Reads.HEALTH) and scope.sees(office_id)):
        return None
    b = HQ_BATCH
    per_device = (
        select(
            b.c.device_id,
            func.count().label("batches"),
            func.sum(b.c.records).label("records"),
            func.sum(b.c.rejected).label("rejected"),
            func.max(b.c.received_at).label("last_batch_at"),
            func.max(b.c.seq).label("last_seq"),
            func.count(b.c.seq.distinct()).label("seqs"),
        )
        .where(
            b.c.device_id.in_(
                select(HQ_DEVICE.c.device_id).where(HQ_DEVICE.c.office_id == office_id)
            )
        )
        .group_by(b.c.device_id)
        .subquery()
    )
    rows = conn.execute(
        select(
            HQ_DEVICE.c.device_id,
            HQ_DEVICE.c.office_name,
            HQ_DEVICE.c.enrolled_at,
            HQ_DEVICE.c.revoked_at,
            per_device,
        )
        .outerjoin(per_device, per_device.c.device_id == HQ_DEVICE.c.device_id)
        .where(
            HQ_DEVICE.c.office_id == office_id,
            scope.office_filter(HQ_DEVICE.c.office_id),
        )
        .order_by(HQ_DEVICE.c.enrolled_at)
    ).all()
    if not rows:
        return None
    devices = [
        DeviceHealth(
            device_id=row.device_id,
            enrolled_at=row.enrolled_at,
            revoked_at=row.revoked_at,
            batches=row.batches or 0,
            records=row.records or 0,
            rejected=row.rejected or 0,
            last_batch_at=row.last_batch_at,
            last_seq=row.last_seq,
            missing_batches=(row.last_seq or 0) - (row.seqs or 0),
        )
        for row in rows
    ]
    received = [d.last_batch_at for d in devices if d.last_batch_at is not None]
    return OfficeHealth(
        office_id=office_id,
        office_name=rows[-1].office_name,
        last_batch_at=max(received) if received else None,
        batches=sum(d.batches for d in devices),
        records=sum(d.records for d in devices),
        rejected=sum(d.rejected for d in devices),
        missing_batches=sum(d.missing_batches for d in devices),
        devices=devices,
    )
