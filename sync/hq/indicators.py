"""The shape in which HQ publishes its consolidated figures (`sync.hq.figures` computes them,
in the caller's scope, with the app's own definitions in `fieldapp.domain.indicators`).

`IndicatorsPublic` is `Indicators.as_dict()` field for field, in the same order, so the JSON
HQ answers is the dictionary the device computes; it forbids extra keys, so a figure added to
`Indicators` and not here fails the tests instead of vanishing from HQ's answer.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


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
