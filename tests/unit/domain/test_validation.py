"""Each validation rule rejects its bad case, naming the field in words a field officer reads."""

from __future__ import annotations

from datetime import date

import pytest

from fieldapp.domain.passphrase_rules import passphrase_problems
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.validation import (
    MESSAGES,
    duplicate_attendance,
    parse,
    validate_attendance,
    validate_event,
    validate_head_counts,
    validate_participant,
)

TODAY = date(2026, 11, 22)


def event(**changes: object) -> EventBase:
    base = dict(
        title="Workshop on digital evidence",
        event_type="workshop",
        start_date=date(2026, 3, 3),
        end_date=date(2026, 3, 5),
        status="held",
        host_country="MAR",
    )
    return EventBase.model_validate({**base, **changes})


def person(**changes: object) -> ParticipantBase:
    return ParticipantBase.model_validate(
        {"full_name": "Amina El Amrani", "sex": "female", **changes}
    )


def fields(problems: list) -> set[str]:
    return {p.field for p in problems}


def test_a_good_event_and_person_pass() -> None:
    assert validate_event(event(), EventTags(outcomes=["2.1"], pillars=["II"]), today=TODAY) == []
    assert validate_participant(person(birth_year=1988, email="a@b.org"), today=TODAY) == []


def test_end_before_start_names_the_end_date() -> None:
    [problem] = validate_event(event(end_date=date(2026, 3, 1)), today=TODAY)
    assert problem.field == "end_date"
    assert "before the start date" in problem.message
    assert str(problem).startswith("End date:")


def test_future_event_cannot_be_marked_held() -> None:
    [problem] = validate_event(
        event(start_date=date(2027, 1, 10), end_date=date(2027, 1, 11)), today=TODAY
    )
    assert problem.field == "status"
    assert "future" in problem.message
    assert (
        validate_event(
            event(start_date=date(2027, 1, 10), end_date=date(2027, 1, 11), status="planned"),
            today=TODAY,
        )
        == []
    )


@pytest.mark.parametrize("field", ["pre_test_score", "post_test_score"])
@pytest.mark.parametrize("value", [-1, 100.5, 120])
def test_scores_outside_0_to_100(field: str, value: float) -> None:
    row = AttendanceBase(event_id="e", participant_id="p", **{field: value})
    [problem] = validate_attendance(row)
    assert problem.field == field
    assert "between 0 and 100" in problem.message


def test_scores_at_the_bounds_are_fine() -> None:
    assert (
        validate_attendance(
            AttendanceBase(event_id="e", participant_id="p", pre_test_score=0, post_test_score=100)
        )
        == []
    )


def test_satisfaction_and_days() -> None:
    [sat] = validate_attendance(AttendanceBase(event_id="e", participant_id="p", satisfaction=6))
    assert sat.field == "satisfaction"
    [days] = validate_attendance(
        AttendanceBase(event_id="e", participant_id="p", days_attended=4), event()
    )
    assert days.field == "days_attended" and "lasts 3 day" in days.message


def test_head_count_below_zero() -> None:
    cells = [HeadCountBase(event_id="e", sex="female", age_band="25-34", count=-2)]
    [problem] = validate_head_counts(cells)
    assert problem.field == "count"
    assert "below zero" in problem.message


def test_head_counts_that_contradict_a_stated_total() -> None:
    cells = [
        HeadCountBase(event_id="e", sex="female", age_band="25-34", count=4),
        HeadCountBase(event_id="e", sex="male", age_band="25-34", count=5),
    ]
    assert validate_head_counts(cells, stated_total=9) == []
    [problem] = validate_head_counts(cells, stated_total=12)
    assert problem.field == "head_count_total"
    assert "add up to 9" in problem.message


def test_same_person_twice_at_one_event() -> None:
    rows = [
        AttendanceBase(event_id="e", participant_id="p"),
        AttendanceBase(event_id="e", participant_id="p"),
    ]
    [problem] = duplicate_attendance(rows)
    assert problem.field == "participant_id"
    assert "already registered" in problem.message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"sex": "F"}, "sex"),
        ({"full_name": "  "}, "full_name"),
        ({"birth_year": 1850}, "birth_year"),
        ({"email": "not-an-address"}, "email"),
        ({"nationality": "XXX"}, "nationality"),
        ({"organization_type": "police"}, "organization_type"),
        ({"consent": True}, "consent_date"),
        ({"phone": "call me"}, "phone"),
    ],
)
def test_person_rules(changes: dict, field: str) -> None:
    assert fields(validate_participant(person(**changes), today=TODAY)) == {field}


@pytest.mark.parametrize(
    ("tags", "field"),
    [
        (EventTags(outcomes=["9.9"]), "outcomes"),
        (EventTags(pillars=["V"]), "pillars"),
        (EventTags(beneficiary_countries=["ZZZ"]), "beneficiary_countries"),
    ],
)
def test_unknown_codes_in_tags(tags: EventTags, field: str) -> None:
    assert fields(validate_event(event(), tags, today=TODAY)) == {field}


def test_event_coded_fields() -> None:
    assert fields(validate_event(event(event_type="party"), today=TODAY)) == {"event_type"}
    assert fields(validate_event(event(title=""), today=TODAY)) == {"title"}
    assert fields(validate_event(event(host_country="ZZZ"), today=TODAY)) == {"host_country"}


def test_type_errors_become_problems_naming_the_field() -> None:
    good = event().model_dump()
    _, problems = parse(EventBase, {**good, "host_country": "Morocco", "start_date": "31/02/2026"})
    assert {(p.field, p.message) for p in problems} == {
        ("host_country", "is too long (at most 3 characters)."),
        ("start_date", "is not a date (use YYYY-MM-DD)."),
    }
    record, problems = parse(EventBase, good)
    assert problems == [] and record == event()


def test_short_passphrase() -> None:
    [problem] = passphrase_problems("short")
    assert problem.field == "passphrase" and problem.template == MESSAGES["passphrase_short"]
    assert passphrase_problems("lantern thistle orbit cobalt") == []


@pytest.mark.parametrize(
    "weak",
    [
        "aaaaaaaaaa",
        "1234567890",
        "password123",
        "Programme Office Rabat 2025",  # the office's own name
        "rabat morocco fieldapp",
        "orbit copper meadow lantern",  # the message's own example
        "passphrase passphrase",
    ],
)
def test_easy_passphrases_are_refused_saying_what_is_strong_enough(weak: str) -> None:
    [problem] = passphrase_problems(weak, office_name="Programme Office Rabat", country="MAR")
    assert problem.field == "passphrase" and problem.template == MESSAGES["passphrase_weak"]
    assert (
        "too easy to guess" in problem.message and "four or more unrelated words" in problem.message
    )
    guesses = dict(problem.params)["guesses"]
    assert 0 < guesses < 10**8 and f"{guesses:,} guesses" in problem.message
    if weak != "orbit copper meadow lantern":  # that one is in the message by design
        assert weak not in problem.message and weak not in str(problem)


def test_the_office_name_counts_for_nothing_but_other_words_do() -> None:
    assert passphrase_problems("Astana steppe", office_name="PO Astana", country="KAZ")
    assert passphrase_problems("Astana steppe falcon ribbon", office_name="PO Astana") == []


def test_a_very_long_passphrase_is_scored_quickly() -> None:
    import time

    start = time.perf_counter()
    assert passphrase_problems("x" * 5000)  # repeated: weak, however long
    assert passphrase_problems("walrus kettle " * 400) == []  # strong in its first 100 chars
    assert time.perf_counter() - start < 2
