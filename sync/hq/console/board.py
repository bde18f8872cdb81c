"""The offices board (``/offices``): one row per office the reader sees, with its country,
devices, last contact (in red past the stale threshold), batches missing, records refused,
and this quarter's events and individuals trained; sortable by any column."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.periods import quarter_of
from sync.hq import aggregates, figures
from sync.hq.accounts.scope import Reads, Scope
from sync.hq.api.deps import ListsDep, SessionDep, SettingsDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.dashboard import refused
from sync.hq.console.render import page
from sync.hq.console.signin_pages import Viewer
from sync.hq.offices import OfficeSummary, list_offices
from sync.hq.stored_settings import console_settings

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])

COLUMNS = (
    "name",
    "country",
    "devices",
    "last_contact",
    "missing",
    "refused",
    "events",
    "trained",
)


@dataclass(frozen=True)
class Row:
    office: OfficeSummary
    events: int | None  # this quarter's; None for a reader who does not read figures
    trained: int | None
    stale: bool  # no contact for longer than the threshold

    def key(self, column: str) -> tuple[bool, object]:
        o = self.office
        value: object = {
            "name": o.name.casefold(),
            "country": o.country or "",
            "devices": o.devices_enrolled,
            "last_contact": o.last_contact or datetime.min.replace(tzinfo=UTC),
            "missing": o.missing_batches,
            "refused": o.records_refused,
            "events": self.events or 0,
            "trained": self.trained or 0,
        }[column]
        return (value is None, value)


def _rows(
    conn: Connection,
    caller_scope: Scope,
    today: date,
    stale_after: timedelta,
    counted: list[aggregates.Counted],
    lists: CodeLists,
) -> list[Row]:
    offices = list_offices(conn, caller_scope)
    quarter = quarter_of(today)
    reads_figures = caller_scope.may(Reads.FIGURES)
    now = datetime.now(UTC)
    rows = []
    for office in offices:
        events = trained = None
        if reads_figures:
            found = figures.consolidated(
                conn, caller_scope, quarter, office.office_id, lists=lists, counted=counted
            )
            events, trained = found.events_held, found.individuals_trained
        contact = office.last_contact
        if contact is not None and contact.tzinfo is None:
            contact = contact.replace(tzinfo=UTC)
        stale = contact is None or now - contact > stale_after
        rows.append(Row(office, events, trained, stale))
    return rows


@router.get("/offices", response_class=HTMLResponse)
async def offices_board(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    settings: SettingsDep,
    lists: ListsDep,
    sort: Annotated[str, Query(max_length=20)] = "name",
    descending: Annotated[bool, Query()] = False,
) -> Response:
    if (refusal := refused(request, caller, Reads.HEALTH)) is not None:
        return refusal
    assert caller is not None
    column = sort if sort in COLUMNS else "name"
    counted: list[aggregates.Counted] = []

    def read(conn: Connection) -> tuple[int, list[Row]]:
        days = console_settings(conn, settings).stale_office_days
        stale_after = timedelta(days=days)
        return days, _rows(conn, caller.scope, date.today(), stale_after, counted, lists)

    stale_days, rows = await session.run(read)
    await session.keep(counted)
    rows.sort(key=lambda r: r.key(column), reverse=descending)
    return page(
        request,
        "board.html",
        caller,
        rows=rows,
        sort=column,
        descending=descending,
        columns=COLUMNS,
        quarter=quarter_of(date.today()),
        stale_days=stale_days,
    )
