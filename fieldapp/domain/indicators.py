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
Breakdowns by country, outcome, pillar, programme, working group, month and quarter count an
event under each of
its labels, so their rows can add up to more than the headline figure. *Nationality* counts
the people registered as participants at held events, each once over the period; people
counted without names have no nationality and are not in it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Table, func, literal, select, union_all
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.indicator_query import count_tally
from fieldapp.domain.indicator_sql import attendee_band, counted_rows, named_rows
from fieldapp.domain.indicator_tally import Tally, breakdowns
from fieldapp.domain.vocab import NOT_RECORDED

__all__ = ["NOT_RECORDED", "attendee_band"]  # (kept importable from here)


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
    return finish(
        count_tally(
            conn,
            tables,
            period,
            office_id=office_id,
            office_ids=office_ids,
            event_id=event_id,
            lists=lists,
        )
    )


def finish(t: Tally) -> Indicators:
    """The indicators a tally gives (ratios divided here, and only here)."""
    individuals = t.trained_named + t.trained_counted
    recorded = individuals - t.sex_not_recorded
    return Indicators(
        individuals_trained=individuals,
        participations=t.participations_named + t.participations_counted,
        participations_named=t.participations_named,
        participations_counted=t.participations_counted,
        events_held=sum(t.events_by_type.values()),
        women_share=round(t.women / recorded, 4) if recorded else None,
        sex_not_recorded=t.sex_not_recorded,
        person_days=t.person_days,
        countries_reached=len(t.groups["country"]),
        knowledge_gain_share=round(t.gained / t.with_scores, 4) if t.with_scores else None,
        mean_knowledge_gain=round(t.gain_sum / t.with_scores, 2) if t.with_scores else None,
        mean_satisfaction=(
            round(t.satisfaction_sum / t.satisfaction_n, 2) if t.satisfaction_n else None
        ),
        workshops_organized=t.events_by_type.get("workshop", 0),
        breakdowns=breakdowns(t),
    )


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
