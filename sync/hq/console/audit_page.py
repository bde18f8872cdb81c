"""HQ's audit log in the console (``/audit``), for auditors and admins: the entries newest
first with filters (who, what, on what, from and to a day), paged in SQL; the check of the
chain of hashes; and the entries the filters match as CSV, streamed page by page (its
download audited itself)."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from sqlalchemy.engine import Connection

from sync.hq.accounts import audit
from sync.hq.accounts.moments import as_utc
from sync.hq.accounts.scope import Reads
from sync.hq.api.deps import SessionDep, WriteDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.dashboard import refused
from sync.hq.console.render import HEADERS, page
from sync.hq.console.signin_pages import Viewer

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
SHOWN = 100
CSV_PAGE = 2000


@dataclass(frozen=True)
class AuditFilters:
    """What the reader narrowed the log to (empty: everything)."""

    actor: str = ""
    action: str = ""
    target: str = ""
    start: date | None = None
    end: date | None = None  # the last day included

    def search(self) -> dict[str, Any]:
        """`audit.search`'s filters."""
        return {
            "actor": self.actor.strip() or None,
            "action": self.action.strip() or None,
            "target": self.target.strip() or None,
            "since": as_utc(datetime.combine(self.start, time())) if self.start else None,
            "until": as_utc(datetime.combine(self.end + timedelta(days=1), time()))
            if self.end and self.end < date.max
            else None,
        }

    def query(self) -> dict[str, str]:
        return {k: str(v) for k, v in asdict(self).items() if v}


def filters(
    actor: Annotated[str, Query(max_length=200)] = "",
    action: Annotated[str, Query(max_length=64)] = "",
    target: Annotated[str, Query(max_length=300)] = "",
    start: Annotated[date | None, Query()] = None,
    end: Annotated[date | None, Query()] = None,
) -> AuditFilters:
    if start is not None and end is not None and end < start:
        start, end = end, start
    return AuditFilters(actor, action, target, start, end)


Filters = Annotated[AuditFilters, Depends(filters)]


@router.get("/audit", response_class=HTMLResponse)
async def audit_log(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    chosen: Filters,
    before: Annotated[int | None, Query(ge=1, le=2**63 - 1)] = None,
) -> Response:
    if (refusal := refused(request, caller, Reads.AUDIT)) is not None:
        return refusal
    found = await session.run(
        lambda conn: audit.search(
            conn, **chosen.search(), before=before, limit=SHOWN + 1, newest_first=True
        )
    )
    shown, more = found[:SHOWN], len(found) > SHOWN
    query = chosen.query()
    return page(
        request,
        "audit.html",
        caller,
        entries=shown,
        chosen=chosen,
        older="/audit?" + urlencode({**query, "before": shown[-1].seq}) if more else None,
        newest="/audit?" + urlencode(query) if before else None,
        csv_link="/audit.csv" + ("?" + urlencode(query) if query else ""),
        check=None,
    )


@router.get("/audit/verify", response_class=HTMLResponse)
async def verify(request: Request, caller: Viewer, session: SessionDep) -> Response:
    """Check every entry follows the one before: the first edited or deleted one is named."""
    if (refusal := refused(request, caller, Reads.AUDIT)) is not None:
        return refusal
    count, bad = await session.run(audit.verify)
    latest = await session.run(lambda conn: audit.search(conn, limit=SHOWN, newest_first=True))
    return page(
        request,
        "audit.html",
        caller,
        entries=latest,
        chosen=AuditFilters(),
        older=None,
        newest=None,
        csv_link="/audit.csv",
        check={"entries": count, "bad": bad},
    )


def _page_after(conn: Connection, *, after: int, wanted: dict[str, Any]) -> list[audit.Entry]:
    return audit.search(conn, **wanted, after=after, limit=CSV_PAGE)


@router.get("/audit.csv")
async def audit_csv(
    request: Request, caller: Viewer, session: SessionDep, writes: WriteDep, chosen: Filters
) -> Response:
    """The entries the filters match, oldest first, as CSV (hashes included, so the chain
    can be checked away from HQ); the download is itself audited."""
    if (refusal := refused(request, caller, Reads.AUDIT)) is not None:
        return refusal
    assert caller is not None
    wanted = chosen.search()
    await writes.run(
        lambda conn: audit.append(
            conn, caller.actor, "audit.export", "audit", {"filters": chosen.query()}
        )
    )

    async def rows() -> AsyncIterator[str]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(audit.COLUMNS)
        after = 0
        while True:
            batch = await session.run(partial(_page_after, after=after, wanted=wanted))
            audit.write_rows(writer, batch)
            yield out.getvalue()
            out.seek(0)
            out.truncate()
            if len(batch) < CSV_PAGE:
                return
            after = batch[-1].seq

    stamp = date.today().isoformat()
    return StreamingResponse(
        rows(),
        media_type="text/csv; charset=utf-8",
        headers={**HEADERS, "Content-Disposition": f'attachment; filename="hq-audit-{stamp}.csv"'},
    )
