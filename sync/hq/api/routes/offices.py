"""Offices as the caller's scope sees them: each office's sync health (`sync.hq.health`);
another office's is 404, as an unknown one's is."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from sync.hq.api.auth import HealthReader
from sync.hq.api.deps import SessionDep
from sync.hq.api.models import problems
from sync.hq.figures import Forbidden
from sync.hq.health import OfficeHealth, office_health
from sync.hq.offices import OfficeSummary, list_offices

router = APIRouter(prefix="/offices", tags=["offices"])


@router.get(
    "/{office_id}/health",
    response_model=OfficeHealth,
    responses=problems(401, 403, 404),
)
async def health_of_office(
    office_id: Annotated[str, Path(min_length=1, max_length=64)],
    caller: HealthReader,
    session: SessionDep,
) -> OfficeHealth:
    found = await session.run(lambda conn: office_health(conn, office_id, caller.scope))
    if found is None:
        raise HTTPException(status_code=404, detail=f"no device of office {office_id}")
    return found


@router.get(
    "",
    response_model=list[OfficeSummary],
    responses=problems(401, 403),
    summary="The offices you see",
)
async def list_of_offices(caller: HealthReader, session: SessionDep) -> list[OfficeSummary]:
    """Each office you see, by name: its devices, when one last reached HQ, the batches HQ
    knows are missing and the records it refused (an office user: their offices only)."""
    try:
        return await session.run(lambda conn: list_offices(conn, caller.scope))
    except Forbidden as exc:
        raise HTTPException(403, str(exc)) from None
