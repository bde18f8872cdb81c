"""One event's page (``/events/{id}``): what it was (type, dates, place, programme, working
group, countries, outcomes, pillars, partners, donors) and its participation as the
indicators count it (by sex and age band, by type of organization, by nationality), for the
reader's role: below admin, no group of fewer than five people is countable. Nobody's
identity is on it; an event of an office the reader does not see is "not found"."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response

from fieldapp.domain.vocab import NOT_RECORDED
from sync.hq.accounts.scope import Reads
from sync.hq.api.deps import ListsDep, SessionDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.dashboard import refused, sex_age_table
from sync.hq.console.render import page
from sync.hq.console.signin_pages import Viewer
from sync.hq.event_list import event_page

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])


@router.get("/events/{event_id}", response_class=HTMLResponse)
async def one_event(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    lists: ListsDep,
    event_id: Annotated[str, Path(max_length=64)],
) -> Response:
    if (refusal := refused(request, caller, Reads.FIGURES)) is not None:
        return refusal
    assert caller is not None
    found = await session.run(lambda conn: event_page(conn, caller.scope, event_id, lists))
    if found is None:
        return page(request, "not_found.html", caller, status=404)
    breakdowns = found.figures.breakdowns
    return page(
        request,
        "event.html",
        caller,
        found=found,
        e=found.event,
        sex_age=sex_age_table(breakdowns.get("sex_age", []), lists.sexes),
        organizations=breakdowns.get("organization_type", []),
        nationalities=breakdowns.get("nationality", []),
        outcomes={c.code: c.title for c in lists.outcomes},
        pillars={c.code: c.title for c in lists.pillars},
        not_recorded=NOT_RECORDED,
    )
