"""The reports page (``/reports``): the consolidated period highlights PDF (the device's own
generator, `sync.hq.period_pdf`) and the exports of events, attendance (pseudonymous) and
indicators as XLSX and CSV, for a quarter or dates and a scope. The files come from the API's
own routes (``/api/v1/reports/period.pdf``, ``/api/v1/exports/…``), which the session cookie
opens, so a download here and a script's download are the same file, audited alike."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from sync.hq.accounts.scope import Reads
from sync.hq.api import API_PREFIX
from sync.hq.api.deps import SessionDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.dashboard import Chosen, chooser, refused
from sync.hq.console.render import page
from sync.hq.console.signin_pages import Viewer
from sync.hq.offices import office_names
from sync.hq.regions import PREFIX, regions_seen

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
EXPORTS = ("events", "attendance", "indicators")
REPORT_LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية", "ru": "Русский"}


@router.get("/reports", response_class=HTMLResponse)
async def reports(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    chosen: Chosen,
    lang: Annotated[str, Query(max_length=2)] = "en",
) -> Response:
    if (refusal := refused(request, caller, Reads.FIGURES)) is not None:
        return refusal
    assert caller is not None
    period = chosen.period
    offices, regions = await session.run(
        lambda conn: (office_names(conn, caller.scope), regions_seen(conn, caller.scope))
    )
    office = chosen.office_id if chosen.office_id in {o for o, _ in offices} else None
    region = chosen.region if chosen.region in regions else None
    lang = lang if lang in REPORT_LANGUAGES else "en"
    query = {"start": period.start.isoformat() if period.start else None}
    query["end"] = period.end.isoformat() if period.end else None
    query["office_id"] = office
    query["region"] = region
    given = {k: v for k, v in query.items() if v}
    files = [("pdf", f"{API_PREFIX}/reports/period.pdf?" + urlencode({**given, "lang": lang}))]
    if caller.scope.may(Reads.EXPORTS):
        files += [
            (f"{kind}.{fmt}", f"{API_PREFIX}/exports/{kind}.{fmt}?" + urlencode(given))
            for kind in EXPORTS
            for fmt in ("xlsx", "csv")
        ]
    return page(
        request,
        "reports.html",
        caller,
        **chooser(replace(chosen, office=PREFIX + region if region else office), offices, regions),
        report_language=lang,
        report_languages=REPORT_LANGUAGES,
        files=files,
    )
