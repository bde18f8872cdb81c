"""The shape in which HQ publishes its consolidated figures (`sync.hq.figures` computes them,
in the caller's scope, with the app's own definitions in `fieldapp.domain.indicators`).

`IndicatorsPublic` is `Indicators.as_dict()` field for field, in the same order, so the JSON
HQ answers is the dictionary the device computes; it forbids extra keys, so a figure added to
`Indicators` and not here fails the tests instead of vanishing from HQ's answer.

Disclosure control (`sync.hq.disclosure`): for a reader below admin, a count of people that
is under 5, or would let one be worked out from the total, is the string "<5" instead of a
number (`Count`); so is women's share when the women or the people whose sex is not recorded
are withheld. An admin always gets numbers. Events are not people: their counts are exact.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

WITHHELD = (
    'a count, or the string "<5" for a reader below admin when it is under 5 or would give one '
    "under 5 away (disclosure control)"
)
# A count of people as published: a number, or "<5" (sync.hq.disclosure.SUPPRESSED).
Count = Annotated[int | Literal["<5"], Field(description=WITHHELD)]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SexAgeRow(_Row):
    sex: str | None
    age_band: str | None
    individuals_trained: Count


class OrganizationTypeRow(_Row):
    key: str | None
    individuals_trained: Count


class EventTypeRow(_Row):
    key: str | None
    events_held: int


class NationalityRow(_Row):
    key: str | None  # "not recorded" when the person's nationality is not
    people: Count


class EventGroupRow(_Row):
    """Per country, outcome, programme, month or quarter: an event counts under each of its
    labels, so rows may add up to more than the headline figure."""

    key: str | None
    events_held: int
    individuals_trained: Count
    participations: Count


class Breakdowns(_Row):
    sex_age: list[SexAgeRow]
    organization_type: list[OrganizationTypeRow]
    event_type: list[EventTypeRow]
    nationality: list[NationalityRow]
    country: list[EventGroupRow]
    outcome: list[EventGroupRow]
    pillar: list[EventGroupRow]
    programme: list[EventGroupRow]
    working_group: list[EventGroupRow]
    month: list[EventGroupRow]
    quarter: list[EventGroupRow]


class IndicatorsPublic(_Row):
    """Every indicator of DESIGN.md §4 and its breakdowns (definitions: the module above)."""

    individuals_trained: int
    participations: int
    participations_named: int
    participations_counted: int
    events_held: int
    women_share: Annotated[
        float | Literal["<5"] | None,
        Field(
            description='null when nobody\'s sex is recorded; "<5" when withheld (a reader '
            "below admin, the women or the people whose sex is not recorded withheld)"
        ),
    ]
    sex_not_recorded: Count
    person_days: float
    countries_reached: int
    knowledge_gain_share: float | None
    mean_knowledge_gain: float | None
    mean_satisfaction: float | None
    workshops_organized: int
    breakdowns: Breakdowns
