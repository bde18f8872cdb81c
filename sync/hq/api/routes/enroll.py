"""A device enrolls with a one-time token (`sync.hq.enrollment`) and learns HQ's keys."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from sync.hq.api.deps import EngineDep, KeysDep
from sync.hq.api.models import TOO_MANY, EnrollRequest, EnrollResponse, Problem
from sync.hq.enrollment import EnrollmentRefused, enroll

router = APIRouter(tags=["devices"])


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    responses={403: {"model": Problem}, 429: TOO_MANY},
)
def enroll_device(request: EnrollRequest, engine: EngineDep, keys: KeysDep) -> EnrollResponse:
    try:
        office = enroll(
            engine, request.token, device_id=request.device_id, public_key=request.device_public_key
        )
    except EnrollmentRefused as exc:
        raise HTTPException(status_code=403, detail=str(exc)) from None
    return EnrollResponse(office_id=office.office_id, office_name=office.name, **keys.public())
