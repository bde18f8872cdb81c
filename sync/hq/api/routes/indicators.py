"""Consolidated indicators in the caller's scope (`sync.hq.figures`): every office they see,
or one of them; another office is 404, as an unknown one is."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from fieldapp.domain.indicators import Period
from sync.hq import aggregates, figures
from sync.hq.api.auth import FiguresReader
from sync.hq.api.deps import ListsDep, SessionDep
from sync.hq.api.models import problems
from sync.hq.api.routes.reports import RegionName, read_scope
from sync.hq.indicators import IndicatorsPublic

router = APIRouter(tags=["indicators"])


@router.get(
    "/indicators",
    response_model=IndicatorsPublic,
    responses=problems(401, 403, 404),
)
async def indicators(
    caller: FiguresReader,
    session: SessionDep,
    lists: ListsDep,
    start: Annotated[date | None, Query(description="first day, ISO 8601")] = None,
    end: Annotated[date | None, Query(description="last day, ISO 8601")] = None,
    office_id: Annotated[str | None, Query(max_length=64)] = None,
    region: RegionName = None,
) -> IndicatorsPublic:
    """Every indicator over the offices you see (or ``office_id`` alone), with the app's
    definitions (`fieldapp.domain.indicators`) run on HQ's tables.

    Disclosure control: below admin, a count of people in a breakdown by sex and age band,
    organization type or nationality that is under 5 (1 to 4; zero is 0), or that would let
    one be worked out from the totals, is the string ``"<5"`` instead of a number; so are
    ``sex_not_recorded`` and ``women_share`` when they would give one back. Headline totals
    and counts of events are always exact; an admin reads every figure exact."""
    if start is not None and end is not None and end < start:
        raise HTTPException(status_code=422, detail="end is before start")
    period = Period(start, end)
    counted: list[aggregates.Counted] = []
    scope = await read_scope(caller, session, region)
    try:
        found = await session.run(
            lambda conn: figures.consolidated(
                conn, scope, period, office_id, lists=lists, counted=counted
            )
        )
    except figures.NotFound:
        raise HTTPException(404, "no such office") from None
    except figures.Forbidden as exc:
        raise HTTPException(403, str(exc)) from None
    await session.keep(counted)  # the tallies counted afresh, for the next read
    return IndicatorsPublic.model_validate(found.as_dict())
