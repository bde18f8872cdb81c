"""Each office's sync health as HQ sees it (`sync.hq.health`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from sync.hq.api.deps import SessionDep
from sync.hq.api.models import Problem
from sync.hq.health import OfficeHealth, office_health

router = APIRouter(prefix="/offices", tags=["offices"])


@router.get(
    "/{office_id}/health",
    response_model=OfficeHealth,
    responses={404: {"model": Problem}},
)
async def health_of_office(
    office_id: Annotated[str, Path(min_length=1, max_length=64)], session: SessionDep
) -> OfficeHealth:
    found = await session.run(lambda conn: office_health(conn, office_id))
    if found is None:
        raise HTTPException(status_code=404, detail=f"no device of office {office_id}")
    return found
