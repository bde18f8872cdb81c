"""Enrollment tokens and device revocation, for admins (`sync.hq.enrollment`), each audited
in the transaction that makes the change."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path
from sqlalchemy.engine import Connection

from sync.hq.api.account_models import DeviceRevoked, EnrollmentTokenOut, NewEnrollmentToken
from sync.hq.api.auth import Admin
from sync.hq.api.deps import KeysDep, WriteDep
from sync.hq.api.models import problems
from sync.hq.enrollment import EnrollmentRefused, Token, issue_token, revoke_device

router = APIRouter(tags=["devices"])

ERRORS = problems(401, 403, 404, 422)


@router.post(
    "/enrollment-tokens", status_code=201, response_model=EnrollmentTokenOut, responses=ERRORS
)
async def create_enrollment_token(
    given: NewEnrollmentToken, admin: Admin, keys: KeysDep, writes: WriteDep
) -> EnrollmentTokenOut:
    """A single-use token enrolling one device into the office with this id or name (a new
    name makes the office). Shown once: HQ keeps only its hash."""

    def work(conn: Connection) -> Token:
        ttl = timedelta(hours=given.ttl_hours)
        return issue_token(conn, keys, given.office, ttl, actor=admin.actor)

    try:
        made = await writes.run(work)
    except EnrollmentRefused as exc:
        raise HTTPException(422, str(exc)) from None
    return EnrollmentTokenOut(
        token=made.text,
        office_id=made.office.office_id,
        office_name=made.office.name,
        expires_at=made.expires_at,
    )


@router.post("/devices/{device_id}/revoke", response_model=DeviceRevoked, responses=ERRORS)
async def revoke(
    device_id: Annotated[str, Path(min_length=1, max_length=64)],
    admin: Admin,
    writes: WriteDep,
) -> DeviceRevoked:
    """Revoke a device: HQ refuses its batches from now on."""

    def work(conn: Connection) -> datetime | None:
        return revoke_device(conn, device_id, actor=admin.actor)

    moment = await writes.run(work)
    if moment is None:
        raise HTTPException(404, "HQ has no such device")
    return DeviceRevoked(device_id=device_id, revoked_at=moment)
