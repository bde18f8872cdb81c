"""Tallies add up across offices and survive the JSON HQ stores them in."""

from __future__ import annotations

import json

from fieldapp.domain.indicator_tally import Tally, merge
from fieldapp.domain.indicators import finish


def office(women: int, men: int, country: str, month: str, satisfaction: tuple[int, int]) -> Tally:
    t = Tally(
        trained_named=women + men,
        women=women,
        participations_named=2 * (women + men),
        with_scores=women + men,
        gained=women,
        gain_sum=10.0 * women,
        satisfaction_sum=float(satisfaction[0]),
        satisfaction_n=satisfaction[1],
        events_by_type={"workshop": 1, "conference": 1},
        organization_type={"police": women + men},
        nationality={"MAR": women + men},
    )
    t.add_sex_age("female", "25-34", women)
    t.add_sex_age("male", "25-34", men)
    t.add_group("country", country, 2, women + men, 2 * (women + men))
    t.add_group("month", month, 2, women + men, 2 * (women + men))
    return t


def test_two_offices_add_up_and_ratios_are_divided_once() -> None:
    rabat = office(3, 1, "MAR", "2025-03", (17, 4))  # women 3 of 4, satisfaction 17 / 4
    dakar = office(1, 5, "SEN", "2025-03", (30, 6))  # women 1 of 6, satisfaction 30 / 6
    both = finish(merge([rabat, dakar]))
    assert both.individuals_trained == 10
    assert both.women_share == 0.4  # 4 of 10, not the mean of 75% and 17%
    assert both.mean_satisfaction == 4.7  # 47 / 10, not the mean of 4.25 and 5.0
    assert both.knowledge_gain_share == 0.4
    assert both.mean_knowledge_gain == 4.0
    assert both.events_held == 4 and both.workshops_organized == 2
    assert both.countries_reached == 2
    assert both.breakdowns["month"] == [
        {"key": "2025-03", "events_held": 4, "individuals_trained": 10, "participations": 20}
    ]
    assert both.breakdowns["sex_age"] == [
        {"sex": "female", "age_band": "25-34", "individuals_trained": 4},
        {"sex": "male", "age_band": "25-34", "individuals_trained": 6},
    ]
    assert both.breakdowns["nationality"] == [{"key": "MAR", "people": 10}]


def test_a_tally_comes_back_from_json_with_the_same_figures() -> None:
    rabat = office(3, 1, "MAR", "2025-03", (17, 4))
    again = Tally.from_json(json.loads(json.dumps(rabat.to_json())))
    assert finish(again) == finish(rabat)
    assert finish(merge([again, again])).individuals_trained == 8


def test_nothing_gives_zeros_and_no_ratios() -> None:
    none = finish(merge([]))
    assert none.individuals_trained == 0 and none.events_held == 0
    assert none.women_share is None and none.mean_satisfaction is None
    assert none.breakdowns["country"] == [] and none.countries_reached == 0
