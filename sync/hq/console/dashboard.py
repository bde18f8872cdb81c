"""The dashboard (``/dashboard``) and the consolidated events (``/events``).

The dashboard shows the indicators of a period (a quarter, or dates of the reader's choosing)
over a scope (every office the reader sees, or one): headline tiles, women's share with those
whose sex is not recorded, and every breakdown as bars. A bar of an events breakdown opens
the events behind it: the events page narrowed as the bar was counted (`sync.hq.event_list`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.engine import Connection

from fieldapp.domain import formats
from fieldapp.domain.indicators import Indicators, Period
from fieldapp.domain.vocab import NOT_RECORDED
from sync.hq import aggregates, figures
from sync.hq.accounts.scope import Reads, Scope
from sync.hq.api.auth import Caller
from sync.hq.api.deps import ListsDep, SessionDep
from sync.hq.api.forms import printable_parameters
from sync.hq.console.i18n import translator
from sync.hq.console.render import language_of, page
from sync.hq.console.signin_pages import Viewer, to_signin
from sync.hq.event_list import TAG_KINDS, Narrowed, held_events
from sync.hq.office_page import previous_quarters
from sync.hq.offices import office_names
from sync.hq.regions import PREFIX, regions_seen, within

router = APIRouter(include_in_schema=False, dependencies=[Depends(printable_parameters)])
QUARTERS = 8
# The events breakdowns, and how a bar of each narrows the events list.
EVENT_GROUPS = {
    "event_type": "event_type",
    "country": "tag:country",
    "outcome": "tag:outcome",
    "pillar": "tag:pillar",
    "programme": "programme",
    "working_group": "working_group",
    "month": "month",
}
PEOPLE_GROUPS = ("organization_type", "nationality")
# How a bar of a people breakdown, or a headline tile, narrows the events list.
DRILLS = {
    **EVENT_GROUPS,
    "organization_type": "organization_type",
    "nationality": "nationality",
    "training": "training",
}


def chosen_period(quarter: str | None, start: date | None, end: date | None) -> Period:
    """The period asked for: ``start``/``end`` if either is given, else ``quarter`` ("2026-Q4"),
    else this quarter."""
    if start is not None or end is not None:
        return Period(start, end)
    for period in previous_quarters(date.today(), QUARTERS):
        assert period.start is not None
        if quarter == quarter_key(period):
            return period
    return previous_quarters(date.today(), 1)[0]


@dataclass(frozen=True)
class Choice:
    """The period and office a page was asked for (``_period_and_offices.html``)."""

    period: Period
    custom: bool  # dates were given, not a quarter
    office: str | None  # as asked: an office's id, or "region:NAME"

    @property
    def region(self) -> str | None:
        """The region asked for (None: an office, or every office)."""
        office = self.office or ""
        return office[len(PREFIX) :] if office.startswith(PREFIX) else None

    @property
    def office_id(self) -> str | None:
        """The office asked for (None: a region, or every office)."""
        return None if self.region is not None else self.office


def choice(
    quarter: Annotated[str | None, Query(max_length=10)] = None,
    start: Annotated[date | None, Query()] = None,
    end: Annotated[date | None, Query()] = None,
    office: Annotated[str | None, Query(max_length=120)] = None,
) -> Choice:
    """A dependency: the query's period (dates given backwards are put right) and office."""
    if start is not None and end is not None and end < start:
        start, end = end, start
    custom = start is not None or end is not None
    return Choice(chosen_period(quarter, start, end), custom, office or None)


Chosen = Annotated[Choice, Depends(choice)]


def chooser(chosen: Choice, offices: list[tuple[str, str]], regions: list[str]) -> dict[str, Any]:
    """What ``_period_and_offices.html`` shows: the quarters to choose from, the dates if
    they were chosen, the regions and offices and the one chosen."""
    return {
        "regions": [(PREFIX + r, r) for r in regions],
        "period": chosen.period,
        "quarters": previous_quarters(date.today(), QUARTERS),
        "quarter_key": quarter_key,
        "custom": chosen.custom,
        "offices": offices,
        "office": chosen.office,
    }


def read_scope(conn: Connection, caller: Caller, chosen: Choice) -> Scope:
    """The reader's scope, narrowed to the region chosen if one was (`sync.hq.regions`)."""
    if chosen.region is None:
        return caller.scope
    return within(conn, caller.scope, chosen.region)


def refused(request: Request, caller: Caller | None, what: Reads) -> Response | None:
    """The page for a reader who may not see this one (None: they may)."""
    if caller is None:
        return to_signin()
    if not caller.scope.may(what):
        return page(request, "forbidden.html", caller, status=403)
    return None


def quarter_key(period: Period) -> str:
    assert period.start is not None
    return f"{period.start.year}-Q{(period.start.month - 1) // 3 + 1}"


def _bars(rows: list[dict[str, object]], value: str) -> tuple[list[dict[str, object]], int]:
    numbers = [r[value] for r in rows if isinstance(r[value], int)]
    return rows, max([n for n in numbers if isinstance(n, int)] or [1])


def sex_age_table(
    rows: list[dict[str, object]], sexes: tuple[str, ...]
) -> tuple[list[str], list[tuple[str, dict[str, object]]]]:
    """The sex x age band table: its sexes (columns, in the code list's order, those with
    anyone) and, per age band, each sex's count."""
    shown = [s for s in sexes if any(r["sex"] == s for r in rows)]
    shown += sorted({str(r["sex"]) for r in rows} - set(shown))
    bands: dict[str, dict[str, object]] = {}
    for r in rows:
        bands.setdefault(str(r["age_band"]), {})[str(r["sex"])] = r["individuals_trained"]
    return shown, list(bands.items())


def _trend(found: Indicators, language: str) -> dict[str, object]:
    """The month-by-month chart's data: events held and individuals trained in each month
    (a count withheld as "<5" is left out of the chart; the page shows it as text)."""
    _ = translator(language)
    months = [r for r in found.breakdowns.get("month", []) if r.get("key")]

    def values(name: str) -> list[object]:
        return [r[name] if isinstance(r[name], int) else None for r in months]

    return {
        "labels": [formats.month(str(r["key"]), language) for r in months],
        "series": [
            {"label": _("Events held"), "values": values("events_held")},
            {"label": _("Individuals trained"), "values": values("individuals_trained")},
        ],
    }


def drill(period: Period, office: str | None, group: str | None, key: str = "") -> str:
    """The events page's address for the bar ``key`` of ``group`` (None: every held event;
    "training": the training events, behind the figures of people trained)."""
    query: dict[str, str] = {}
    if period.start is not None:
        query["start"] = period.start.isoformat()
    if period.end is not None:
        query["end"] = period.end.isoformat()
    if office:
        query["office"] = office
    how = DRILLS[group] if group is not None else ""
    if not how:
        pass
    elif how == "training":
        query["training"] = "1"
    elif how.startswith("tag:"):
        query["tag"] = f"{how[4:]}:{key}"
    else:
        query[how] = key
    return "/events?" + urlencode(query)


@router.get("/dashboard", response_class=HTMLResponse)
async def dashboard(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    lists: ListsDep,
    chosen: Chosen,
) -> Response:
    if (refusal := refused(request, caller, Reads.FIGURES)) is not None:
        return refusal
    assert caller is not None
    period, office = chosen.period, chosen.office_id
    counted: list[aggregates.Counted] = []

    def read(
        conn: Connection,
    ) -> tuple[list[tuple[str, str]], list[str], Indicators, list[tuple[str, str, Indicators]]]:
        scope = read_scope(conn, caller, chosen)
        offices = office_names(conn, caller.scope)
        found, per_office = figures.by_office(
            conn, scope, period, office, lists=lists, counted=counted
        )
        each = [  # a person belongs to one office: the offices' figures add up
            (office_id, name, per_office[office_id])
            for office_id, name in offices
            if office_id in per_office
        ]
        return offices, regions_seen(conn, caller.scope), found, each

    try:
        offices, regions, found, by_office = await session.run(read)
    except figures.NotFound:
        return page(request, "not_found.html", caller, status=404)
    await session.keep(counted)
    groups = {name: _bars(found.breakdowns.get(name, []), "events_held") for name in EVENT_GROUPS}
    people = {
        name: _bars(
            found.breakdowns.get(name, []),
            "individuals_trained" if name != "nationality" else "people",
        )
        for name in PEOPLE_GROUPS
    }
    return page(
        request,
        "dashboard.html",
        caller,
        figures=found,
        **chooser(chosen, offices, regions),
        groups=groups,
        people=people,
        by_office=by_office,
        sex_age=sex_age_table(found.breakdowns.get("sex_age", []), lists.sexes),
        trend=_trend(found, language_of(request, caller)),
        drill=lambda group, key="": drill(period, chosen.office, group, key),
        coded={
            "outcome": {c.code: c.title for c in lists.outcomes},
            "pillar": {c.code: c.title for c in lists.pillars},
        },
        not_recorded=NOT_RECORDED,
    )


@router.get("/events", response_class=HTMLResponse)
async def events(
    request: Request,
    caller: Viewer,
    session: SessionDep,
    lists: ListsDep,
    start: Annotated[date | None, Query()] = None,
    end: Annotated[date | None, Query()] = None,
    office: Annotated[str | None, Query(max_length=120)] = None,
    event_type: Annotated[str | None, Query(max_length=100)] = None,
    programme: Annotated[str | None, Query(max_length=200)] = None,
    working_group: Annotated[str | None, Query(max_length=200)] = None,
    organization_type: Annotated[str | None, Query(max_length=100)] = None,
    nationality: Annotated[str | None, Query(max_length=100)] = None,
    training: Annotated[bool, Query()] = False,
    tag: Annotated[str | None, Query(max_length=120)] = None,
    month: Annotated[
        str | None, Query(max_length=7, pattern=r"^[1-9]\d{3}-(0[1-9]|1[0-2])$")
    ] = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
    page_number: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1,
) -> Response:
    if (refusal := refused(request, caller, Reads.FIGURES)) is not None:
        return refusal
    assert caller is not None
    kind, _, code = (tag or "").partition(":")
    narrowed = Narrowed(
        event_type=event_type or None,
        programme=programme or None,
        working_group=working_group or None,
        organization_type=organization_type or None,
        nationality=nationality or None,
        training=training,
        tag_kind=kind if kind in TAG_KINDS and code else None,
        tag_code=code if kind in TAG_KINDS and code else None,
        month=month,
        words=(q or "").strip() or None,
    )
    period = Period(start, end) if (start or end) else chosen_period(None, None, None)
    place = Choice(period, True, office or None)
    try:
        found = await session.run(
            lambda conn: held_events(
                conn,
                read_scope(conn, caller, place),
                period,
                narrowed,
                place.office_id,
                page_number,
                lists.training_event_types,
            )
        )
    except figures.NotFound:
        return page(request, "not_found.html", caller, status=404)
    base = {k: v for k, v in request.query_params.items() if k != "page"}
    return page(
        request,
        "events.html",
        caller,
        found=found,
        period=period,
        narrowed=narrowed,
        words=narrowed.words or "",
        hidden={k: v for k, v in base.items() if k != "q"},
        page_link=lambda n: "/events?" + urlencode({**base, "page": str(n)}),
        not_recorded=NOT_RECORDED,
        region=place.region,
    )
