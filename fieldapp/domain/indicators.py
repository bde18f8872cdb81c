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
  head counts.
- *% women*: among individuals trained whose sex is recorded; ``sex_not_recorded`` says how
  many are not recorded.
- *person-days*: days attended by participants of training events (the whole event when not
  given), plus head count x event length.
- *countries reached*: distinct beneficiary countries of held events.
- *knowledge gain*: among participants of training events with both scores, the share whose
  post-test beats their pre-test, and the mean gain in points.
- *mean satisfaction*: over participant-role attendances at held events, 1 to 5.
Breakdowns by country, outcome, programme, month and quarter count an event under each of
its labels, so their rows can add up to more than the headline figure.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    Table,
    and_,
    case,
    cast,
    distinct,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from fieldapp.domain.codelists import codelists
from fieldapp.domain.vocab import (
    AGE_NOT_RECORDED,
    FEMALE,
    ORG_NOT_RECORDED,
    ROLE_PARTICIPANT,
    SEX_NOT_RECORDED,
    EventStatus,
    TagKind,
    age_band_bounds,
)


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


@dataclass
class Indicators:
    individuals_trained: int
    participations: int
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


class event_days(FunctionElement[int]):
    """Length of an event in days, both ends included (portable date arithmetic)."""

    type = Integer()
    inherit_cache = True


@compiles(event_days, "sqlite")
def _event_days_sqlite(element: event_days, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return (
        f"(CAST(julianday({compiler.process(end, **kw)}) - "
        f"julianday({compiler.process(start, **kw)}) AS INTEGER) + 1)"
    )


@compiles(event_days, "postgresql")
def _event_days_pg(element: event_days, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return f"(({compiler.process(end, **kw)}) - ({compiler.process(start, **kw)}) + 1)"


def _date_text(col: ColumnElement[Any]) -> ColumnElement[str]:
    return cast(col, String)


def _year(col: ColumnElement[Any]) -> ColumnElement[int]:
    return cast(func.substr(_date_text(col), 1, 4), Integer)


def _month(col: ColumnElement[Any]) -> ColumnElement[str]:
    return func.substr(_date_text(col), 1, 7)


def _quarter(col: ColumnElement[Any]) -> ColumnElement[str]:
    q = (cast(func.substr(_date_text(col), 6, 2), Integer) + 2) // 3
    return func.substr(_date_text(col), 1, 4) + literal("-Q") + cast(q, String)


def _age_band(birth_year: ColumnElement[Any], on: ColumnElement[Any]) -> ColumnElement[str]:
    age = _year(on) - birth_year
    whens = [
        (and_(age >= low, age <= high), literal(band)) for band, low, high in age_band_bounds()
    ]
    return case(*whens, else_=literal(AGE_NOT_RECORDED))


def compute_indicators(conn: Connection, tables: IndicatorTables, period: Period) -> Indicators:
    """Every indicator and breakdown for the events of ``period``."""
    return _Query(conn, tables, period).run()


class _Query:
    """The shared building blocks (held events, participant rows) of one computation."""

    def __init__(self, conn: Connection, t: IndicatorTables, period: Period) -> None:
        self.conn = conn
        self.t = t
        e = t.event
        cond = [e.c.status == EventStatus.HELD.value, e.c.deleted_at.is_(None)]
        if period.start is not None:
            cond.append(e.c.start_date >= period.start)
        if period.end is not None:
            cond.append(e.c.start_date <= period.end)
        training = e.c.event_type.in_(codelists().training_event_types)
        self.held = (
            select(
                e.c.id,
                e.c.event_type,
                e.c.programme,
                e.c.start_date,
                event_days(e.c.start_date, e.c.end_date).label("days"),
                case((training, 1), else_=0).label("training"),
            )
            .where(*cond)
            .cte("held")
        )
        a, p = t.attendance, t.participant
        self.att = (
            select(
                a.c.participant_id,
                a.c.event_id,
                a.c.days_attended,
                a.c.pre_test_score,
                a.c.post_test_score,
                a.c.satisfaction,
                self.held.c.training,
                self.held.c.start_date,
                self.held.c.days,
            )
            .join(self.held, self.held.c.id == a.c.event_id)
            .join(p, and_(p.c.id == a.c.participant_id, p.c.deleted_at.is_(None)))
            .where(a.c.role == ROLE_PARTICIPANT, a.c.deleted_at.is_(None))
            .cte("att")
        )
        hc = t.head_count
        self.hc = (
            select(
                hc.c.event_id,
                hc.c.sex,
                hc.c.age_band,
                hc.c.count,
                self.held.c.training,
                self.held.c.days,
            )
            .join(self.held, self.held.c.id == hc.c.event_id)
            .where(hc.c.deleted_at.is_(None), hc.c.count > 0)
            .cte("hc")
        )
        # One row per individual trained who was registered, with the date of their first
        # training event in the period (their age band is taken at that date).
        first = (
            select(self.att.c.participant_id, func.min(self.att.c.start_date).label("first_date"))
            .where(self.att.c.training == 1)
            .group_by(self.att.c.participant_id)
            .subquery("first")
        )
        self.people = (
            select(
                p.c.id,
                p.c.sex,
                func.coalesce(p.c.age_band, _age_band(p.c.birth_year, first.c.first_date)).label(
                    "age_band"
                ),
                func.coalesce(p.c.organization_type, literal(ORG_NOT_RECORDED)).label("org_type"),
            )
            .join(first, first.c.participant_id == p.c.id)
            .cte("people")
        )

    def scalar(self, stmt: Any) -> Any:
        return self.conn.execute(stmt).scalar()

    def run(self) -> Indicators:
        att, hc, held, people = self.att, self.hc, self.held, self.people
        hc_train = hc.c.training == 1
        registered = self.conn.execute(
            select(
                func.count(),
                func.sum(case((people.c.sex == FEMALE, 1), else_=0)),
                func.sum(case((people.c.sex == SEX_NOT_RECORDED, 1), else_=0)),
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
        women = int(registered[1] or 0) + int(counted[1])
        not_recorded = int(registered[2] or 0) + int(counted[2])
        recorded = individuals - not_recorded

        att_train = att.c.training == 1
        both = and_(
            att_train, att.c.pre_test_score.is_not(None), att.c.post_test_score.is_not(None)
        )
        gain = att.c.post_test_score - att.c.pre_test_score
        att_row = self.conn.execute(
            select(
                func.count(),
                func.coalesce(
                    func.sum(
                        case((att_train, func.coalesce(att.c.days_attended, att.c.days)), else_=0)
                    ),
                    0,
                ),
                func.sum(case((both, 1), else_=0)),
                func.sum(case((and_(both, gain > 0), 1), else_=0)),
                func.avg(case((both, gain), else_=None)),
                func.avg(att.c.satisfaction),
            )
        ).one()
        with_scores = int(att_row[2] or 0)
        events_by_type = self.conn.execute(
            select(held.c.event_type, func.count())
            .group_by(held.c.event_type)
            .order_by(held.c.event_type)
        ).all()
        tag = self.t.event_tag
        countries = self.scalar(
            select(func.count(distinct(tag.c.code)))
            .join(held, held.c.id == tag.c.event_id)
            .where(tag.c.kind == TagKind.COUNTRY.value)
        )
        by_type = {k: int(n) for k, n in events_by_type}
        return Indicators(
            individuals_trained=individuals,
            participations=int(att_row[0]) + int(counted[3]),
            events_held=sum(by_type.values()),
            women_share=round(women / recorded, 4) if recorded else None,
            sex_not_recorded=not_recorded,
            person_days=float(att_row[1]) + float(counted[4]),
            countries_reached=int(countries or 0),
            knowledge_gain_share=round(int(att_row[3] or 0) / with_scores, 4)
            if with_scores
            else None,
            mean_knowledge_gain=round(float(att_row[4]), 2) if att_row[4] is not None else None,
            mean_satisfaction=round(float(att_row[5]), 2) if att_row[5] is not None else None,
            workshops_organized=by_type.get("workshop", 0),
            breakdowns=self.breakdowns(by_type),
        )

    def breakdowns(self, by_type: dict[str, int]) -> dict[str, list[dict[str, Any]]]:
        held, tag = self.held, self.t.event_tag
        tag_keys = {
            "country": TagKind.COUNTRY,
            "outcome": TagKind.OUTCOME,
        }
        out: dict[str, list[dict[str, Any]]] = {
            "sex_age": self.sex_age(),
            "organization_type": self.organization_type(),
            "event_type": [{"key": k, "events_held": n} for k, n in sorted(by_type.items())],
        }
        for name, kind in tag_keys.items():
            groups = (
                select(tag.c.event_id, tag.c.code.label("key"))
                .join(held, held.c.id == tag.c.event_id)
                .where(tag.c.kind == kind.value)
            )
            out[name] = self.by_event_group(groups)
        not_given = literal("not recorded")
        out["programme"] = self.by_event_group(
            select(
                held.c.id.label("event_id"), func.coalesce(held.c.programme, not_given).label("key")
            )
        )
        out["month"] = self.by_event_group(
            select(held.c.id.label("event_id"), _month(held.c.start_date).label("key"))
        )
        out["quarter"] = self.by_event_group(
            select(held.c.id.label("event_id"), _quarter(held.c.start_date).label("key"))
        )
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

    def organization_type(self) -> list[dict[str, Any]]:
        people, hc = self.people, self.hc
        rows = union_all(
            select(people.c.org_type.label("key"), literal(1).label("n")),
            select(literal(ORG_NOT_RECORDED), hc.c.count).where(hc.c.training == 1),
        ).subquery()
        stmt = select(rows.c.key, func.sum(rows.c.n)).group_by(rows.c.key).order_by(rows.c.key)
        return [{"key": k, "individuals_trained": int(n)} for k, n in self.conn.execute(stmt)]

    def by_event_group(self, groups_select: Any) -> list[dict[str, Any]]:
        """Events held, individuals trained and participations per key of an event grouping."""
        g = groups_select.cte("g")
        att, hc = self.att, self.hc
        zero = literal(0)
        parts = union_all(
            select(
                g.c.key,
                func.count(distinct(g.c.event_id)).label("ev"),
                zero.label("ind"),
                zero.label("par"),
            ).group_by(g.c.key),
            select(g.c.key, zero, func.count(distinct(att.c.participant_id)), zero)
            .join(att, att.c.event_id == g.c.event_id)
            .where(att.c.training == 1)
            .group_by(g.c.key),
            select(g.c.key, zero, zero, func.count())
            .join(att, att.c.event_id == g.c.event_id)
            .group_by(g.c.key),
            select(
                g.c.key,
                zero,
                func.sum(case((hc.c.training == 1, hc.c.count), else_=0)),
                func.sum(hc.c.count),
            )
            .join(hc, hc.c.event_id == g.c.event_id)
            .group_by(g.c.key),
        ).subquery()
        stmt = (
            select(parts.c.key, func.sum(parts.c.ev), func.sum(parts.c.ind), func.sum(parts.c.par))
            .group_by(parts.c.key)
            .order_by(parts.c.key)
        )
        return [
            {
                "key": k,
                "events_held": int(ev),
                "individuals_trained": int(ind),
                "participations": int(par),
            }
            for k, ev, ind, par in self.conn.execute(stmt)
        ]


__all__ = ["IndicatorTables", "Indicators", "Period", "compute_indicators"]
