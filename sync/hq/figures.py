"""HQ's figures as one caller may read them: the indicators of the offices their scope sees.

The scope is applied in the query (the offices counted: `sync.hq.aggregates.tally`), never by
filtering an answer afterwards, so the API, the console, the PDF and every export count the same rows.
An office the caller may not see is `NotFound`, exactly like one that does not exist, so
nobody learns which offices there are by trying ids. A reader below admin gets the figures
with disclosure control (`sync.hq.disclosure`: a count of people under 5 in a breakdown is
"<5"); an admin gets them exact.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.figure_units import unit_of
from fieldapp.domain.indicator_tally import merge
from fieldapp.domain.indicators import Indicators, Period, finish
from sync.hq import aggregates
from sync.hq.accounts.scope import Reads, Role, Scope
from sync.hq.disclosure import suppress_indicators
from sync.hq.tables import HQ_OFFICE


class NotFound(Exception):
    """No such office for this caller: unknown, or outside their scope (a route's 404)."""


class Forbidden(Exception):
    """This caller's role reads no such thing at all (an auditor asking for figures: 403)."""


def offices_to_read(
    conn: Connection, scope: Scope, what: Reads, office_id: str | None = None
) -> Collection[str] | None:
    """The offices a read of ``what`` covers: ``office_id`` alone if given (`NotFound` when
    the scope does not see it or HQ has no such office), else the scope's (None: every
    office). `Forbidden` when the role does not read ``what``."""
    if not scope.may(what):
        raise Forbidden(f"this role does not read {what.value}")
    if office_id is None:
        return scope.office_ids
    if not scope.sees(office_id):
        raise NotFound(office_id)
    known = conn.execute(
        select(HQ_OFFICE.c.office_id).where(
            HQ_OFFICE.c.office_id == office_id, scope.office_filter(HQ_OFFICE.c.office_id)
        )
    ).first()
    if known is None:
        raise NotFound(office_id)
    return frozenset({office_id})


def consolidated(
    conn: Connection,
    scope: Scope,
    period: Period,
    office_id: str | None = None,
    *,
    lists: CodeLists | None = None,
    counted: list[aggregates.Counted] | None = None,
) -> Indicators:
    """The figures of ``period`` over the offices ``scope`` sees (or ``office_id`` alone),
    with the training event types of ``lists`` (HQ's code lists; None: those in use in this
    process). An ``office`` scope without offices gets the figures of nothing: zeros. Below
    admin, as `for_reader` shows them. A period that is all time, a calendar year, quarter or
    month is read from the offices' stored tallies (`sync.hq.aggregates`): those counted
    afresh go into ``counted`` for the caller to keep (None: kept in ``conn`` if it may
    write)."""
    offices = offices_to_read(conn, scope, Reads.FIGURES, office_id)
    found = finish(aggregates.tally(conn, period, offices, lists, counted=counted))
    return for_reader(scope, found)


def by_office(
    conn: Connection,
    scope: Scope,
    period: Period,
    office_id: str | None = None,
    *,
    lists: CodeLists | None = None,
    counted: list[aggregates.Counted] | None = None,
) -> tuple[Indicators, dict[str, Indicators]]:
    """`consolidated`'s figures and each office's beside them, read together: for a period
    that is one unit, the offices' stored tallies once (a person belongs to one office, so
    theirs add up to the whole)."""
    offices = offices_to_read(conn, scope, Reads.FIGURES, office_id)
    each = aggregates.office_tallies(conn, period, offices, lists, counted=counted)
    if unit_of(period) is None:
        whole = aggregates.tally(conn, period, offices, lists)
    else:
        whole = merge(each.values())
    return for_reader(scope, finish(whole)), {
        office: for_reader(scope, finish(found)) for office, found in each.items()
    }


def for_reader(scope: Scope, figures: Indicators) -> Indicators:
    """``figures`` as ``scope``'s role may read them: exact for an admin, else with every
    count of people under 5 in a breakdown (and what would give it back) shown as "<5"."""
    return figures if scope.role is Role.ADMIN else suppress_indicators(figures)
