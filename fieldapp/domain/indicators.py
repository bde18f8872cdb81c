"""The indicators of DESIGN.md §4: one definition each, computed in SQL.

The same code runs on the field store (SQLCipher) and at HQ (SQLite or PostgreSQL): it is
given the tables to run on (`IndicatorTables`) and only builds SQLAlchemy Core queries, so
no row of personal data is loaded into Python.

Definitions (the period selects events by their start date):
- *held events*: status "held", not deleted. *Training events*: held events whose type is
  in the reference list ``training_event_types``.
- *individuals trained*: distinct registered persons with role "participant" at training
  events, plus the head counts of training events (people counted without names).
- *participations*: participant-role attendances at held events of any type, plus their
  head counts (`Participation`: named + counted, defined in `indicator_sql`).
- *% women*: among individuals trained whose sex is recorded; ``sex_not_recorded`` says how
  many are not recorded.
- *person-days*: days attended by participants of training events (the whole event when not
  given), plus head count x event length.
- *countries reached*: distinct beneficiary countries of held events.
- *knowledge gain*: among participants of training events with both scores, the share whose
  post-test beats their pre-test, and the mean gain in points.
- *mean satisfaction*: over participant-role attendances at held events, 1 to 5.
Breakdowns by country, outcome, programme, month and quarter count an event under each of
its labels, so their rows can add up to more than the headline figure. *Nationality* counts
the people registered as participants at held events, each once over the period; people
counted without names have no nationality and are not in it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Table, and_, case, distinct, false, func, literal, select, union_all
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists, codelists
from fieldapp.domain.indicator_sql import (
    age_band,
    counted_rows,
    event_days,
    month,
    named_rows,
    quarter,
    scratch_table,
)
from fieldapp.domain.vocab import (
    AGE_NOT_RECORDED,
    FEMALE,
    SEX_NOT_RECORDED,
    EventStatus,
    TagKind,
    age_band_bounds,
)

NOT_RECORDED = "not recorded"


@dataclass(frozen=True)
class IndicatorTables:
    """The tables an indicator runs on; the field store and HQ each pass their own."""

    event: Table
    event_tag: Table
    participant: Table
    attendance: Table
    head_count: Table


@dataclass(frozen=True)
class Period:
    """Events starting from ``start`` to ``end`` inclusive; ``None`` leaves that side open."""

    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Participation:
    """Who took part: people registered by name plus people counted without names. Shown
    with its parts wherever it is shown, so "20" never meets "8" without "12 counted"."""

    named: int
    counted: int

    @property
    def total(self) -> int:
        return self.named + self.counted


class Participated:
    """A row (the Events list's, the period PDF's list) with an event's ``named`` and ``counted`` participants, and their sum."""

    named: int
    counted: int

    @property
    def participation(self) -> Participation:
        return Participation(self.named, self.counted)

    @property
    def participants(self) -> int:
        return self.named + self.counted


@dataclass
class Indicators:
    individuals_trained: int
    participations: int
    participations_named: int  # the participant-role attendances among participations
    participations_counted: int  # and the people counted without names
    events_held: int
    women_share: float | None
    sex_not_recorded: int
    person_days: float
    countries_reached: int
    knowledge_gain_share: float | None
    mean_knowledge_gain: float | None
    mean_satisfaction: float | None
    workshops_organized: int
    breakdowns: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def participation(self) -> Participation:
        return Participation(self.participations_named, self.participations_counted)


def compute_indicators(
    conn: Connection,
    tables: IndicatorTables,
    period: Period,
    *,
    office_id: str | None = None,
    office_ids: Collection[str] | None = None,
    event_id: str | None = None,
    lists: CodeLists | None = None,
) -> Indicators:
    """Every indicator and breakdown for the events of ``period`` (of one office, if given;
    HQ's tables hold every office's), or of one event. ``lists`` say which event types are
    training (HQ passes its own; None: the lists in use in this process). ``office_ids``
    keeps the events of those offices only (HQ's caller's scope; empty: none at all)."""
    query = _Query(conn, tables, period, office_id, event_id, lists, office_ids)
    try:
        return query.run()
    finally:
        query.drop()


class _Query:
    """One computation: the period's rows are selected once into scratch tables, then each
    figure is an aggregation over them."""

    def __init__(
        self,
        conn: Connection,
        t: IndicatorTables,
        period: Period,
        office_id: str | None,
        event_id: str | None = None,
        lists: CodeLists | None = None,
        office_ids: Collection[str] | None = None,
    ) -> None:
        self.conn = conn
        self.office_ids = None if office_ids is None else sorted(office_ids)
        self.lists = codelists() if lists is None else lists
        self.event_id = event_id
        self.t = t
        self.period = period
        self.office_id = office_id
        self.scratch: list[Table] = []

    def _scratch(self, name: str, stmt: Any, index: tuple[str, ...] = ()) -> Table:
        table = scratch_table(self.conn, name, stmt, index)
        self.scratch.append(table)
        return table

    def drop(self) -> None:
        for table in reversed(self.scratch):
            table.drop(self.conn, checkfirst=False)

    def build(self) -> None:
        t, period = self.t, self.period
        e, a, p, hc = t.event, t.attendance, t.participant, t.head_count
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
        training = e.c.event_type.in_(self.lists.training_event_types)
        self.held = self._scratch(
            "ind_held",
            select(
                e.c.id,
                e.c.office_id,
                e.c.event_type,
                func.coalesce(e.c.programme, literal(NOT_RECORDED)).label("programme"),
                e.c.start_date,
                month(e.c.start_date).label("month"),
                quarter(e.c.start_date).label("quarter"),
                event_days(e.c.start_date, e.c.end_date).label("days"),
                case((training, 1), else_=0).label("training"),
            ).where(*cond),
            index=("id",),
        )
        held = self.held
        # One row per participant-role attendance at a held event. (Deleting a person or an
        # event also tombstones its attendance, so the people table need not be read here.)
        self.att = self._scratch(
            "ind_att",
            select(
                a.c.participant_id,
                a.c.event_id,
                held.c.training,
                held.c.start_date,
                held.c.programme,
                held.c.month,
                held.c.quarter,
                func.coalesce(a.c.days_attended, held.c.days).label("days"),
                a.c.pre_test_score,
                a.c.post_test_score,
                a.c.satisfaction,
                a.c.age_band.label("att_band"),
            )
            .select_from(held)
            # (at HQ, only an office's own attendance counts at its events)
            .join(a, and_(a.c.event_id == held.c.id, a.c.office_id == held.c.office_id))
            .where(*named_rows(a)),
            index=("event_id",),
        )
        self.hc = self._scratch(
            "ind_hc",
            select(
                hc.c.event_id,
                hc.c.sex,
                hc.c.age_band,
                hc.c.count,
                held.c.training,
                held.c.days,
                held.c.programme,
                held.c.month,
                held.c.quarter,
            )
            .select_from(held)
            .join(hc, and_(hc.c.event_id == held.c.id, hc.c.office_id == held.c.office_id))
            .where(*counted_rows(hc)),
        )
        # One row per individual trained who was registered, with their age band at their
        # first training event of the period (`attendee_band`: at HQ, which may hold no birth
        # year, the band the attendance carries gives the same figure).
        att = self.att
        # (A person's band can only grow older from one event to the next: the band at their
        # first event is the youngest their attendance carries, found in the same one pass.)
        youngest = sorted(age_band_bounds(), key=lambda b: b[1])
        rank = case({band: n for n, (band, _, _) in enumerate(youngest)}, value=att.c.att_band)
        first = (
            select(
                att.c.participant_id,
                func.min(att.c.start_date).label("first_date"),
                func.min(rank).label("att_rank"),
            )
            .where(att.c.training == 1)
            .group_by(att.c.participant_id)
            .subquery("first")
        )
        kept = case({n: band for n, (band, _, _) in enumerate(youngest)}, value=first.c.att_rank)
        self.people = self._scratch(
            "ind_people",
            select(
                p.c.sex,
                attendee_band(p, first.c.first_date, kept).label("age_band"),
                func.coalesce(p.c.organization_type, literal(NOT_RECORDED)).label("org_type"),
            ).join(first, first.c.participant_id == p.c.id),
        )

    def run(self) -> Indicators:
        self.build()
        att, hc, held, people = self.att, self.hc, self.held, self.people
        hc_train = hc.c.training == 1
        registered = self.conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((people.c.sex == FEMALE, 1), else_=0)), 0),
                func.coalesce(func.sum(case((people.c.sex == SEX_NOT_RECORDED, 1), else_=0)), 0),
            ).select_from(people)
        ).one()
        counted = self.conn.execute(
            select(
                func.coalesce(func.sum(case((hc_train, hc.c.count), else_=0)), 0),
                func.coalesce(
                    func.sum(case((and_(hc_train, hc.c.sex == FEMALE), hc.c.count), else_=0)), 0
                ),
                func.coalesce(
                    func.sum(
                        case((and_(hc_train, hc.c.sex == SEX_NOT_RECORDED), hc.c.count), else_=0)
                    ),
                    0,
                ),
                func.coalesce(func.sum(hc.c.count), 0),
                func.coalesce(func.sum(case((hc_train, hc.c.count * hc.c.days), else_=0)), 0),
            )
        ).one()
        individuals = int(registered[0]) + int(counted[0])
        women = int(registered[1]) + int(counted[1])
        not_recorded = int(registered[2]) + int(counted[2])
        recorded = individuals - not_recorded

        att_train = att.c.training == 1
        both = and_(
            att_train, att.c.pre_test_score.is_not(None), att.c.post_test_score.is_not(None)
        )
        gain = att.c.post_test_score - att.c.pre_test_score
        att_row = self.conn.execute(
            select(
                func.count(),
                func.coalesce(func.sum(case((att_train, att.c.days), else_=0)), 0),
                func.coalesce(func.sum(case((both, 1), else_=0)), 0),
                func.coalesce(func.sum(case((and_(both, gain > 0), 1), else_=0)), 0),
                func.avg(case((both, gain), else_=None)),
                func.avg(att.c.satisfaction),
            )
        ).one()
        with_scores = int(att_row[2])
        by_type = {
            str(k): int(n)
            for k, n in self.conn.execute(
                select(held.c.event_type, func.count()).group_by(held.c.event_type)
            )
        }
        tag = self.t.event_tag
        countries = self.conn.execute(
            select(func.count(distinct(tag.c.code)))
            .select_from(held)
            .join(tag, tag.c.event_id == held.c.id)
            .where(tag.c.kind == TagKind.COUNTRY.value)
        ).scalar()
        return Indicators(
            individuals_trained=individuals,
            participations=int(att_row[0]) + int(counted[3]),
            participations_named=int(att_row[0]),
            participations_counted=int(counted[3]),
            events_held=sum(by_type.values()),
            women_share=round(women / recorded, 4) if recorded else None,
            sex_not_recorded=not_recorded,
            person_days=float(att_row[1]) + float(counted[4]),
            countries_reached=int(countries or 0),
            knowledge_gain_share=round(int(att_row[3]) / with_scores, 4) if with_scores else None,
            mean_knowledge_gain=round(float(att_row[4]), 2) if att_row[4] is not None else None,
            mean_satisfaction=round(float(att_row[5]), 2) if att_row[5] is not None else None,
            workshops_organized=by_type.get("workshop", 0),
            breakdowns=self.breakdowns(by_type),
        )

    def breakdowns(self, by_type: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
        held, tag = self.held, self.t.event_tag
        out: dict[str, list[dict[str, Any]]] = {
            "sex_age": self.sex_age(),
            "organization_type": self.organization_type(),
            "event_type": [{"key": k, "events_held": n} for k, n in sorted(by_type.items())],
            "nationality": self.nationality(),
        }
        for name, kind in (("country", TagKind.COUNTRY), ("outcome", TagKind.OUTCOME)):
            out[name] = self.by_event_group(
                select(tag.c.event_id, tag.c.code.label("key"))
                .select_from(held)
                .join(tag, tag.c.event_id == held.c.id)
                .where(tag.c.kind == kind.value)
            )
        for name in ("programme", "month", "quarter"):
            out[name] = self.by_event_attribute(name)
        return out

    def sex_age(self) -> list[dict[str, Any]]:
        people, hc = self.people, self.hc
        rows = union_all(
            select(
                people.c.sex.label("sex"),
                people.c.age_band.label("age_band"),
                literal(1).label("n"),
            ),
            select(hc.c.sex, hc.c.age_band, hc.c.count).where(hc.c.training == 1),
        ).subquery()
        stmt = (
            select(rows.c.sex, rows.c.age_band, func.sum(rows.c.n))
            .group_by(rows.c.sex, rows.c.age_band)
            .order_by(rows.c.sex, rows.c.age_band)
        )
        return [
            {"sex": s, "age_band": b, "individuals_trained": int(n)}
            for s, b, n in self.conn.execute(stmt)
        ]

    def nationality(self) -> list[dict[str, Any]]:
        """People registered as participants, each once over the period, per nationality."""
        att, p = self.att, self.t.participant
        who = select(att.c.participant_id).distinct().subquery("who")
        # (grouped by a subquery's column: PostgreSQL does not see two bound literals as one)
        rows = (
            select(func.coalesce(p.c.nationality, literal(NOT_RECORDED)).label("key"))
            .select_from(who)
            .join(p, p.c.id == who.c.participant_id)
            .subquery("nationalities")
        )
        stmt = select(rows.c.key, func.count()).group_by(rows.c.key).order_by(rows.c.key)
        return [{"key": k, "people": int(n)} for k, n in self.conn.execute(stmt)]

    def organization_type(self) -> list[dict[str, Any]]:
        people, hc = self.people, self.hc
        rows = union_all(
            select(people.c.org_type.label("key"), literal(1).label("n")),
            select(literal(NOT_RECORDED), hc.c.count).where(hc.c.training == 1),
        ).subquery()
        stmt = select(rows.c.key, func.sum(rows.c.n)).group_by(rows.c.key).order_by(rows.c.key)
        return [{"key": k, "individuals_trained": int(n)} for k, n in self.conn.execute(stmt)]

    def by_event_group(self, groups: Any) -> list[dict[str, Any]]:
        """Events held, individuals trained and participations per label (country, outcome)."""
        g = groups.cte("g")
        att, hc = self.att, self.hc
        return self._per_key(
            select(g.c.key, func.count(distinct(g.c.event_id))).group_by(g.c.key),
            select(g.c.key, *self._att_figures())
            .select_from(g)
            .join(att, att.c.event_id == g.c.event_id)
            .group_by(g.c.key),
            select(g.c.key, *self._hc_figures())
            .select_from(g)
            .join(hc, hc.c.event_id == g.c.event_id)
            .group_by(g.c.key),
        )

    def by_event_attribute(self, name: str) -> list[dict[str, Any]]:
        """The same figures per value of an event column copied into the scratch tables."""
        held, att, hc = self.held, self.att, self.hc
        return self._per_key(
            select(held.c[name], func.count()).group_by(held.c[name]),
            select(att.c[name], *self._att_figures()).group_by(att.c[name]),
            select(hc.c[name], *self._hc_figures()).group_by(hc.c[name]),
        )

    def _att_figures(self) -> list[Any]:
        """(individuals trained, participations) of registered people, for a GROUP BY."""
        att = self.att
        trained = case((att.c.training == 1, att.c.participant_id), else_=None)
        return [func.count(distinct(trained)), func.count()]

    def _hc_figures(self) -> list[Any]:
        hc = self.hc
        return [func.sum(case((hc.c.training == 1, hc.c.count), else_=0)), func.sum(hc.c.count)]

    def _per_key(self, events: Any, registered: Any, counted: Any) -> list[dict[str, Any]]:
        """Merge the per-key events, registered and counted figures into one row per key."""
        found: dict[str, list[int]] = {}
        for key, n in self.conn.execute(events):
            found.setdefault(key, [0, 0, 0])[0] += int(n)
        for stmt in (registered, counted):
            for key, ind, par in self.conn.execute(stmt):
                row = found.setdefault(key, [0, 0, 0])
                row[1] += int(ind or 0)
                row[2] += int(par or 0)
        return [
            {"key": k, "events_held": ev, "individuals_trained": ind, "participations": par}
            for k, (ev, ind, par) in sorted(found.items())
        ]


def attendee_band(p: Table, on: Any, kept: Any) -> Any:
    """An attendee's age band at an event starting ``on``, in SQL: the person's own band,
    else the band their birth year gives, else the band the attendance ``kept`` (all HQ has
    where birth years do not travel), else not recorded. `fieldapp.domain.attendee_age` is
    the same rule for one attendance."""
    from_year = case((p.c.birth_year.is_not(None), age_band(p.c.birth_year, on)), else_=None)
    return func.coalesce(p.c.age_band, from_year, kept, literal(AGE_NOT_RECORDED))


def event_participation(
    conn: Connection, tables: IndicatorTables, event_id: str
) -> list[dict[str, Any]]:
    """Participation in one event by sex x age band x organization type, whatever its status
    or type: its participant-role attendance (age band as given, else from the birth year at
    the event's start) plus its head counts. Rows: sex, age_band, org_type, n."""
    e, a, p, hc = tables.event, tables.attendance, tables.participant, tables.head_count
    registered = (
        select(
            p.c.sex.label("sex"),
            attendee_band(p, e.c.start_date, a.c.age_band).label("age_band"),
            func.coalesce(p.c.organization_type, literal(NOT_RECORDED)).label("org_type"),
            literal(1).label("n"),
        )
        .select_from(a)
        .join(p, p.c.id == a.c.participant_id)
        .join(e, e.c.id == a.c.event_id)
        .where(a.c.event_id == event_id, *named_rows(a), p.c.deleted_at.is_(None))
    )
    counted = select(hc.c.sex, hc.c.age_band, literal(NOT_RECORDED), hc.c.count).where(
        hc.c.event_id == event_id, *counted_rows(hc)
    )
    rows = union_all(registered, counted).subquery()
    stmt = (
        select(rows.c.sex, rows.c.age_band, rows.c.org_type, func.sum(rows.c.n))
        .group_by(rows.c.sex, rows.c.age_band, rows.c.org_type)
        .order_by(rows.c.sex, rows.c.age_band, rows.c.org_type)
    )
    return [
        {"sex": s, "age_band": b, "org_type": o, "n": int(n)} for s, b, o, n in conn.execute(stmt)
    ]
