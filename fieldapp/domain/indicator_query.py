"""The SQL behind the indicators: the `Tally` of the events of one office (or of HQ's chosen
offices, or one event) over one period, counted from the records themselves (definitions:
`fieldapp.domain.indicators`).

No scratch table: three read-only statements (so HQ can run them on a read replica, inside a
``READ ONLY`` transaction), each selecting the period's held events once as a CTE:

1. the events' figures (`count_events`): per event label (type, programme, month, quarter,
   country, outcome), the events held, their participations and head counts, each event's
   participations counted from the attendance index alone;
2. the sums over every participation (`count_participations`): one pass over the period's
   attendance, no grouping;
3. the people (`fieldapp.domain.indicator_people`): one pass grouping the period's
   attendance by person, which gives every distinct count (individuals trained, by sex and
   age band, organization type, nationality, and per label).

The three are meant to see one snapshot: any transaction on SQLite, ``REPEATABLE READ`` on
PostgreSQL (as HQ's reads are). The people's pass checks that it saw the training
participations the events' statement counted, and counts again when not.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    String,
    and_,
    case,
    false,
    func,
    literal,
    null,
    select,
    union_all,
)
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists, codelists
from fieldapp.domain.indicator_people import Bounds, count_people
from fieldapp.domain.indicator_sql import (
    EVENT_COLUMNS,
    EVENT_TAGS,
    counted_rows,
    event_days,
    month,
    named_rows,
    quarter,
)
from fieldapp.domain.indicator_tally import Tally
from fieldapp.domain.vocab import FEMALE, NOT_RECORDED, SEX_NOT_RECORDED, EventStatus

if TYPE_CHECKING:
    from fieldapp.domain.indicators import IndicatorTables, Period


def count_tally(
    conn: Connection,
    tables: IndicatorTables,
    period: Period,
    *,
    office_id: str | None = None,
    office_ids: Collection[str] | None = None,
    event_id: str | None = None,
    lists: CodeLists | None = None,
) -> Tally:
    """The `Tally` of the events of ``period`` (of one office, of ``office_ids`` (empty:
    none), or of one event), counted from the records. ``lists`` say which event types are
    training (None: the lists in use in this process)."""
    scope = Scope(
        tables,
        period,
        office_id,
        None if office_ids is None else tuple(sorted(office_ids)),
        event_id,
        (codelists() if lists is None else lists).training_event_types,
    )
    tally = Tally()
    bounds = count_events(conn, scope, tally)
    count_participations(conn, scope, tally)
    count_people(conn, scope, bounds, tally)
    return tally


@dataclass(frozen=True)
class Scope:
    """Which events a computation counts: the held events of the period, of one office (or of
    ``office_ids``, or one event)."""

    tables: IndicatorTables
    period: Period
    office_id: str | None
    office_ids: tuple[str, ...] | None
    event_id: str | None
    training_types: tuple[str, ...]  # the event types that are training

    def conditions(self) -> list[ColumnElement[bool]]:
        e, period = self.tables.event, self.period
        cond = [e.c.status == EventStatus.HELD.value, e.c.deleted_at.is_(None)]
        if period.start is not None:
            cond.append(e.c.start_date >= period.start)
        if period.end is not None:
            cond.append(e.c.start_date <= period.end)
        if self.office_id is not None:
            cond.append(e.c.office_id == self.office_id)
        if self.office_ids is not None:
            cond.append(e.c.office_id.in_(self.office_ids) if self.office_ids else false())
        if self.event_id is not None:
            cond.append(e.c.id == self.event_id)
        return cond

    def training(self) -> ColumnElement[int]:
        """1 for a training event, else 0."""
        e = self.tables.event
        return case((e.c.event_type.in_(self.training_types), 1), else_=0)

    def held(self, *columns: Any) -> CTE:
        """The period's held events (id, office, training, start date) with ``columns``,
        selected once per statement."""
        e = self.tables.event
        stmt = select(
            e.c.id, e.c.office_id, self.training().label("training"), e.c.start_date, *columns
        ).where(*self.conditions())
        return stmt.cte("held").prefix_with("MATERIALIZED")

    def attendance_of(self, held: CTE) -> Any:
        """``held`` joined to its participations (at HQ, only an office's own attendance
        counts at its events). Deleting a person or an event also tombstones its attendance,
        so the people table need not be read here."""
        a = self.tables.attendance
        return held.join(a, and_(a.c.event_id == held.c.id, a.c.office_id == held.c.office_id))


def count_events(conn: Connection, scope: Scope, tally: Tally) -> Bounds:
    """Add the events' figures to ``tally``: events held by type, participations and head
    counts (headline, by sex and age band, per label). Returns, per (breakdown, label) of
    the training events, how many participations of registered people they had: the most
    people the people's pass can count under it."""
    bounds = Bounds()
    for part, key, key2, events, took_part, most, trained, counted_all in conn.execute(
        _events_statement(scope)
    ):
        if part == "counted":
            n = int(trained)
            tally.trained_counted += n
            tally.women += n if key == FEMALE else 0
            tally.sex_not_recorded += n if key == SEX_NOT_RECORDED else 0
            tally.person_days += float(took_part)
            tally.add_sex_age(key, key2, n)
            org = tally.organization_type
            org[NOT_RECORDED] = org.get(NOT_RECORDED, 0) + n
        elif part == "type":
            tally.events_by_type[key] = int(events)
            tally.participations_counted += int(counted_all)
            bounds.trainings += int(most)
        else:
            name = EVENT_TAGS.get(part, part)
            tally.add_group(name, key, int(events), int(trained), int(took_part))
            if int(most):
                bounds.labels[name, key] = int(most)
    return bounds


@lru_cache(maxsize=64)
def _events_statement(scope: Scope) -> Any:
    """The statement of `count_events` (built once per scope: building it costs more than
    counting a small office)."""
    t = scope.tables
    e, a, hc, tag = t.event, t.attendance, t.head_count, t.event_tag
    named = (
        select(func.count())
        .where(a.c.event_id == e.c.id, a.c.office_id == e.c.office_id, *named_rows(a))
        .scalar_subquery()
    )
    counted = (
        select(func.coalesce(func.sum(hc.c.count), 0))
        .where(hc.c.event_id == e.c.id, hc.c.office_id == e.c.office_id, *counted_rows(hc))
        .scalar_subquery()
    )
    held = scope.held(
        e.c.event_type,
        func.coalesce(e.c.programme, literal(NOT_RECORDED)).label("programme"),
        func.coalesce(e.c.working_group, literal(NOT_RECORDED)).label("working_group"),
        month(e.c.start_date).label("month"),
        quarter(e.c.start_date).label("quarter"),
        event_days(e.c.start_date, e.c.end_date).label("days"),
        named.label("named"),
        counted.label("counted"),
    )
    training = held.c.training == 1

    def figures(*keys: Any) -> list[Any]:
        # (part, key, key2, events, participations, trained named at most, trained counted,
        # counted)
        return [
            *keys,
            func.count(),
            func.sum(held.c.named + held.c.counted),
            func.sum(case((training, held.c.named), else_=0)),
            func.sum(case((training, held.c.counted), else_=0)),
            func.sum(held.c.counted),
        ]

    nothing = null().cast(String)
    return union_all(
        select(*figures(literal("type"), held.c.event_type, nothing)).group_by(held.c.event_type),
        *(
            select(*figures(literal(name), held.c[name], nothing)).group_by(held.c[name])
            for name in EVENT_COLUMNS
        ),
        select(*figures(tag.c.kind, tag.c.code, nothing))
        .select_from(held.join(tag, tag.c.event_id == held.c.id))
        .where(tag.c.kind.in_(list(EVENT_TAGS)))
        .group_by(tag.c.kind, tag.c.code),
        # The people counted without names at training events, by sex and age band.
        select(
            literal("counted"),
            hc.c.sex,
            hc.c.age_band,
            func.count(),
            func.sum(hc.c.count * held.c.days),  # their person-days
            literal(0),
            func.sum(hc.c.count),
            literal(0),
        )
        .select_from(
            held.join(hc, and_(hc.c.event_id == held.c.id, hc.c.office_id == held.c.office_id))
        )
        .where(training, *counted_rows(hc))
        .group_by(hc.c.sex, hc.c.age_band),
    )


def count_participations(conn: Connection, scope: Scope, tally: Tally) -> None:
    """Add the sums over every participation to ``tally``: participations, person-days,
    scores and satisfaction (one pass over the period's attendance)."""
    row = conn.execute(_participations_statement(scope)).one()
    tally.participations_named = int(row[0])
    tally.person_days += float(row[1])
    tally.with_scores = int(row[2])
    tally.gained = int(row[3])
    tally.gain_sum = float(row[4])
    tally.satisfaction_sum = float(row[5])
    tally.satisfaction_n = int(row[6])


@lru_cache(maxsize=64)
def _participations_statement(scope: Scope) -> Any:
    e, a = scope.tables.event, scope.tables.attendance
    held = scope.held(event_days(e.c.start_date, e.c.end_date).label("days"))
    training = held.c.training == 1
    both = and_(training, a.c.pre_test_score.is_not(None), a.c.post_test_score.is_not(None))
    gain = a.c.post_test_score - a.c.pre_test_score
    return (
        select(
            func.count(),
            func.coalesce(
                func.sum(case((training, func.coalesce(a.c.days_attended, held.c.days)))), 0
            ),
            func.coalesce(func.sum(case((both, 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(both, gain > 0), 1), else_=0)), 0),
            func.coalesce(func.sum(case((both, gain), else_=None)), 0),
            func.coalesce(func.sum(a.c.satisfaction), 0),
            func.count(a.c.satisfaction),
        )
        .select_from(scope.attendance_of(held))
        .where(*named_rows(a))
    )
