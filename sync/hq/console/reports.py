"""The reports page (``/reports``): the consolidated period highlights PDF (the device's own
generator, `sync.hq.period_pdf`) and the exports of events, attendance (pseudonymous) and
indicators as XLSX and CSV, for a quarter or dates and a scope. The files come from the API's
own routes (``/api/v1/reports/period.pdf``, ``/api/v1/exports/…``), which the session cookie
opens, so a download here and a script's download are the same file, audited alike."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from sync.hq.accounts.scope import Reads
from sync.hq.api import API_PREFIX
from sync.hq.api.deps import SessionDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.dashboard import chooser, chosen_period
from sync.hq.console.render import page
from sync.hq.console.signin_pages import Viewer, to_signin
from sync.hq.offices import office_names

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
EXPORTS = ("events", "attendance", "indicators")
REPORT_LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية", "ru": "Русский"}


@router.get("/reports", response_class=HTMLResponse)
async def reports(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    quarter: Annotated[str | None, Query(max_length=10)] = None,
    start: Annotated[date | None, Query()] = None,
    end: Annotated[date | None, Query()] = None,
    office: Annotated[str | None, Query(max_length=64)] = None,
    lang: Annotated[str, Query(max_length=2)] = "en",
) -> Response:
    if caller is None:
        return to_signin()
    if not caller.scope.may(Reads.FIGURES):
        return page(request, "forbidden.html", caller, status=403)
    if start is not None and end is not None and end < start:
        start, end = end, start
    period = chosen_period(quarter, start, end)
    offices = await session.run(lambda conn: office_names(conn, caller.scope))
    office = office if office in {o for o, _ in offices} else None
    lang = lang if lang in REPORT_LANGUAGES else "en"
    query = {"start": period.start.isoformat() if period.start else None}
    query["end"] = period.end.isoformat() if period.end else None
    query["office_id"] = office
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
        **chooser(period, start, end, offices, office),
        report_language=lang,
        report_languages=REPORT_LANGUAGES,
        files=files,
    )
