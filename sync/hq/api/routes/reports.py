"""HQ's period highlights PDF (`sync.hq.period_pdf`): the device's generator over the offices the
caller sees, or one of them (another office: 404, as an unknown one), downloaded as a file;
every report made is in the audit log (who, the scope they read with, the period)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any, Literal, get_args

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response

from fieldapp.domain.indicators import Period
from fieldapp.domain.languages import LANGUAGES
from sync.hq import figures
from sync.hq.accounts.scope import Scope
from sync.hq.api.auth import Caller, FiguresReader, record
from sync.hq.api.deps import ListsDep, ReadSession, SessionDep, WriteDep
from sync.hq.api.models import problems
from sync.hq.period_pdf import write_hq_period_report
from sync.hq.regions import within

router = APIRouter(prefix="/reports", tags=["reports"])

PDF = "application/pdf"
Language = Literal["en", "fr", "ar", "ru"]
assert set(get_args(Language)) == set(LANGUAGES)  # the reports' languages, all of them

Start = Annotated[date | None, Query(description="first day, ISO 8601")]
End = Annotated[date | None, Query(description="last day, ISO 8601")]
OfficeId = Annotated[str | None, Query(max_length=64, description="one office you see")]
RegionName = Annotated[
    str | None, Query(max_length=100, description="the offices you see in one region")
]


async def read_scope(caller: Caller, reads: ReadSession, region: str | None) -> Scope:
    """The scope a read runs with: the caller's, or, given a region, its offices among the
    caller's (`sync.hq.regions.within`)."""
    if region is None:
        return caller.scope
    return await reads.run(lambda conn: within(conn, caller.scope, region))


@contextmanager
def scope_refusals() -> Iterator[None]:
    """The services' refusals as statuses: an office the caller does not see is 404 (as an
    unknown one), a role that reads no such thing 403."""
    try:
        yield
    except figures.NotFound:
        raise HTTPException(404, "no such office") from None
    except figures.Forbidden as exc:
        raise HTTPException(403, str(exc)) from None


def checked_period(start: date | None, end: date | None) -> Period:
    if start is not None and end is not None and end < start:
        raise HTTPException(status_code=422, detail="end is before start")
    return Period(start, end)


def download_name(stem: str, period: Period, office_id: str | None, extension: str) -> str:
    """``stem_2025-01-01_2025-03-31[_office].ext``: what the file is, named for a folder of
    them (an office id keeps only letters, digits and hyphens: it is typed by the caller)."""
    parts = [stem, str(period.start or "start"), str(period.end or "end")]
    if office_id:
        parts.append(re.sub(r"[^A-Za-z0-9-]", "", office_id)[:64] or "office")
    return "_".join(parts) + "." + extension


def attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def audit_detail(
    caller: Caller, period: Period, office_id: str | None, region: str | None = None, **more: str
) -> Any:
    """What an audit entry of a report or export says beside who and what: the scope read
    with, the office or region asked for, the period."""
    return {
        "scope": scope_text(caller.scope),
        "office_id": office_id,
        **({"region": region} if region else {}),
        "start": None if period.start is None else period.start.isoformat(),
        "end": None if period.end is None else period.end.isoformat(),
        **more,
    }


def scope_text(scope: Scope) -> str:
    offices = "all offices" if scope.office_ids is None else ",".join(sorted(scope.office_ids))
    return f"{scope.role.value}: {offices or 'no office'}"


@router.get(
    "/period.pdf",
    response_class=Response,
    responses={
        200: {"content": {PDF: {}}, "description": "the period highlights, as a PDF file"},
        **problems(401, 403, 404, 422),
    },
)
async def period_report(
    caller: FiguresReader,
    reads: SessionDep,
    writes: WriteDep,
    lists: ListsDep,
    start: Start = None,
    end: End = None,
    office_id: OfficeId = None,
    region: RegionName = None,
    lang: Annotated[Language, Query(description="the report's language")] = "en",
) -> Response:
    """The period highlights (key figures, breakdowns, events) of the offices you see, or of
    ``office_id`` alone, written as an office prints them; the footer names each office
    included and when HQ last heard from it."""
    period = checked_period(start, end)
    pdf = io.BytesIO()
    scope = await read_scope(caller, reads, region)
    with scope_refusals():
        await reads.run(
            lambda conn: write_hq_period_report(
                conn, scope, period, pdf, lang=lang, office_id=office_id, lists=lists
            )
        )
    detail = audit_detail(caller, period, office_id, region, lang=lang)
    await record(writes, caller, "report.period", "period.pdf", detail)
    name = download_name("highlights", period, office_id, "pdf")
    return Response(pdf.getvalue(), media_type=PDF, headers=attachment(name))
