"""HQ's consolidated figures: the app's own indicator definitions (`fieldapp.domain.indicators`)
run on HQ's tables, for every office or one, and the shape in which HQ publishes them.

`IndicatorsPublic` is `Indicators.as_dict()` field for field, in the same order, so the JSON
HQ answers is the dictionary the device computes; it forbids extra keys, so a figure added to
`Indicators` and not here fails the tests instead of vanishing from HQ's answer.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists
from fieldapp.domain.indicators import Period, compute_indicators
from sync.hq.tables import HQ_INDICATOR_TABLES


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SexAgeRow(_Row):
    sex: str | None
    age_band: str | None
    individuals_trained: int


class OrganizationTypeRow(_Row):
    key: str | None
    individuals_trained: int


class EventTypeRow(_Row):
    key: str | None
    events_held: int


class NationalityRow(_Row):
    key: str | None  # "not recorded" when the person's nationality is not
    people: int


class EventGroupRow(_Row):
    """Per country, outcome, programme, month or quarter: an event counts under each of its
    labels, so rows may add up to more than the headline figure."""

    key: str | None
    events_held: int
    individuals_trained: int
    participations: int


class Breakdowns(_Row):
    sex_age: list[SexAgeRow]
    organization_type: list[OrganizationTypeRow]
    event_type: list[EventTypeRow]
    nationality: list[NationalityRow]
    country: list[EventGroupRow]
    outcome: list[EventGroupRow]
    programme: list[EventGroupRow]
    month: list[EventGroupRow]
    quarter: list[EventGroupRow]


class IndicatorsPublic(_Row):
    """Every indicator of DESIGN.md §4 and its breakdowns (definitions: the module above)."""

    individuals_trained: int
    participations: int
    participations_named: int
    participations_counted: int
    events_held: int
    women_share: float | None
    sex_not_recorded: int
    person_days: float
    countries_reached: int
    knowledge_gain_share: float | None
    mean_knowledge_gain: float | None
    mean_satisfaction: float | None
    workshops_organized: int
    breakdowns: Breakdowns


def consolidated(
    conn: Connection, period: Period, *, office_id: str | None, lists: CodeLists
) -> IndicatorsPublic:
    """The figures of ``period`` over every office's records (or ``office_id``'s), with the
    training event types of ``lists``, HQ's code lists. ``conn`` may create temporary tables."""
    figures = compute_indicators(
        conn, HQ_INDICATOR_TABLES, period, office_id=office_id, lists=lists
    )
    return IndicatorsPublic.model_validate(figures.as_dict())
