"""One office's page (``/offices/{id}``): its devices, figures by quarter, refused records
with HQ's reasons and batch history (`sync.hq.office_page`). An office the reader does not
see is "not found", exactly as one that does not exist."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, Response

from sync.hq import aggregates
from sync.hq.api.deps import ListsDep, SessionDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.changes import CONFIRMED, AdminCaller, confirm, done
from sync.hq.console.render import page, words
from sync.hq.console.signin_pages import Viewer, to_signin
from sync.hq.office_page import office_page
from sync.hq.offices import office_names
from sync.hq.regions import REGIONS, region_of, set_region

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])


@router.get("/offices/{office_id}", response_class=HTMLResponse)
async def office(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    lists: ListsDep,
    office_id: Annotated[str, Path(max_length=64)],
) -> Response:
    if caller is None:
        return to_signin()
    counted: list[aggregates.Counted] = []
    found, region = await session.run(
        lambda conn: (
            office_page(conn, office_id, caller.scope, date.today(), lists, counted),
            region_of(conn, office_id),
        )
    )
    await session.keep(counted)
    if found is None:
        return page(request, "not_found.html", caller, status=404)
    return page(
        request,
        "office.html",
        caller,
        office=found,
        region=region,
        regions=REGIONS,
        done=request.query_params.get("done"),
    )


@router.post("/offices/{office_id}/region", response_class=HTMLResponse)
async def put_in_region(
    request: Request,
    caller: AdminCaller,
    session: SessionDep,
    writes: WriteDep,
    office_id: Annotated[str, Path(max_length=64)],
    region: Annotated[str, Form(max_length=100)] = "",
    confirmed: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """An admin puts the office in a region (or in none), after the question; audited."""
    _ = words(request, caller)
    chosen = region if region in REGIONS else None
    name = await session.run(
        lambda conn: next((n for o, n in office_names(conn, caller.scope) if o == office_id), None)
    )
    if name is None:
        return page(request, "not_found.html", caller, status=404)
    if confirmed != CONFIRMED:
        return confirm(
            request,
            caller,
            question=(
                _("Put {office} in the region “{region}”?").format(office=name, region=_(chosen))
                if chosen
                else _("Take {office} out of its region?").format(office=name)
            ),
            detail=_("Figures, events and reports asked for a region count its offices."),
            button=_("Save"),
            back=f"/offices/{office_id}",
            fields={"region": chosen or ""},
        )
    await writes.run(lambda conn: set_region(conn, office_id, chosen, actor=caller.actor))
    return done(f"/offices/{office_id}", "region-saved")
