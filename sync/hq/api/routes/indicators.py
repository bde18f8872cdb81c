"""Consolidated indicators, across offices or for one (`sync.hq.indicators`)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from fieldapp.domain.indicators import Period
from sync.hq.api.deps import ListsDep, SessionDep
from sync.hq.indicators import IndicatorsPublic, consolidated

router = APIRouter(tags=["indicators"])


@router.get("/indicators", response_model=IndicatorsPublic)
async def indicators(
    session: SessionDep,
    lists: ListsDep,
    start: Annotated[date | None, Query(description="first day, ISO 8601")] = None,
    end: Annotated[date | None, Query(description="last day, ISO 8601")] = None,
    office_id: Annotated[str | None, Query(max_length=64)] = None,
) -> IndicatorsPublic:
    """Every indicator, consolidated across offices (or for one), with the app's
    definitions (`fieldapp.domain.indicators`) run on HQ's tables."""
    if start is not None and end is not None and end < start:
        raise HTTPException(status_code=422, detail="end is before start")
    period = Period(start, end)
    return await session.run(
        # scratch tables live in this read's connection
        lambda conn: consolidated(conn, period, office_id=office_id, lists=lists),
        scratch_tables=True,
    )
