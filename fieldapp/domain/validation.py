"""Validation rules, the same in the GUI, the importer, the CLI and at HQ.

Each rule returns `Problem`s that name the field (as stored) and say, in words a field
officer understands, what is wrong. An empty list means the record may be saved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import pydantic

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.vocab import EventStatus

LABELS: dict[str, str] = {
    "title": "Title",
    "event_type": "Event type",
    "modality": "Modality",
    "start_date": "Start date",
    "end_date": "End date",
    "host_country": "Host country",
    "status": "Status",
    "working_group": "Working group",
    "head_count_total": "Total counted",
    "beneficiary_countries": "Beneficiary countries",
    "outcomes": "Outcomes",
    "pillars": "Pillars",
    "full_name": "Full name",
    "sex": "Sex",
    "birth_year": "Birth year",
    "age_band": "Age band",
    "nationality": "Nationality",
    "organization_type": "Organization type",
    "email": "E-mail",
    "phone": "Phone",
    "consent_date": "Consent date",
    "role": "Role",
    "days_attended": "Days attended",
    "pre_test_score": "Pre-test score",
    "post_test_score": "Post-test score",
    "satisfaction": "Satisfaction",
    "participant_id": "Participant",
    "count": "Count",
}

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{5,40}$")
MIN_PASSPHRASE_LENGTH = 10


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one record (``row`` is set by importers)."""

    field: str
    message: str
    row: int | None = None

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}{LABELS.get(self.field, self.field)}: {self.message}"


class ValidationError(ValueError):
    """Raised by writers when a record breaks a rule; nothing has been written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


M = TypeVar("M", bound=pydantic.BaseModel)

PYDANTIC_MESSAGES = {
    "missing": "is required.",
    "string_too_long": "is too long (at most {max_length} characters).",
    "date_from_datetime_parsing": "is not a date (use YYYY-MM-DD).",
    "date_parsing": "is not a date (use YYYY-MM-DD).",
    "date_type": "is not a date (use YYYY-MM-DD).",
    "int_parsing": "is not a whole number.",
    "int_from_float": "is not a whole number.",
    "float_parsing": "is not a number.",
    "bool_parsing": "is not yes or no.",
    "greater_than_equal": "must be at least {ge}.",
}


def parse(model: type[M], data: dict[str, Any]) -> tuple[M | None, list[Problem]]:
    """Build a record from raw input, turning type errors into `Problem`s that name the field."""
    try:
        return model.model_validate(data), []
    except pydantic.ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else "record"
            template = PYDANTIC_MESSAGES.get(err["type"])
            message = template.format(**(err.get("ctx") or {})) if template else err["msg"] + "."
            problems.append(Problem(field, message))
        return None, problems


def _coded(field: str, value: str | None, allowed: Iterable[str], what: str) -> list[Problem]:
    if value is None:
        return []
    allowed = tuple(allowed)
    if value not in allowed:
        return [Problem(field, f"“{value}” is not a known {what}.")]
    return []


def _score(field: str, value: float | None) -> list[Problem]:
    if value is not None and not 0 <= value <= 100:
        return [Problem(field, f"must be between 0 and 100 (got {value:g}).")]
    return []


def validate_event(
    event: EventBase, tags: EventTags | None = None, *, today: date
) -> list[Problem]:
    """Rules for an event and its labels; ``today`` is passed so a rule never reads a clock."""
    cl = codelists()
    problems: list[Problem] = []
    if not event.title.strip():
        problems.append(Problem("title", "is required."))
    problems += _coded("event_type", event.event_type, cl.event_types, "event type")
    problems += _coded("modality", event.modality, cl.modalities, "modality")
    problems += _coded("status", event.status, [s.value for s in EventStatus], "status")
    problems += _coded(
        "host_country", event.host_country, cl.countries, "country code (ISO 3166 alpha-3)"
    )
    problems += _coded(
        "working_group", event.working_group, cl.working_groups, "Compact working group"
    )
    if event.end_date < event.start_date:
        problems.append(
            Problem("end_date", f"is before the start date ({event.start_date:%d %b %Y}).")
        )
    if event.status == EventStatus.HELD and event.start_date > today:
        problems.append(
            Problem(
                "status",
                f"cannot be “held”: the event starts on {event.start_date:%d %b %Y}, in the future.",
            )
        )
    if event.head_count_total is not None and event.head_count_total < 0:
        problems.append(Problem("head_count_total", "cannot be below zero."))
    if tags is not None:
        for code in tags.beneficiary_countries:
            problems += _coded("beneficiary_countries", code, cl.countries, "country code")
        for code in tags.outcomes:
            problems += _coded("outcomes", code, cl.outcome_codes, "results-framework outcome")
        for code in tags.pillars:
            problems += _coded("pillars", code, cl.pillar_codes, "GCTS pillar")
    return problems


def validate_participant(person: ParticipantBase, *, today: date) -> list[Problem]:
    cl = codelists()
    problems: list[Problem] = []
    if not person.full_name.strip():
        problems.append(Problem("full_name", "is required."))
    problems += _coded("sex", person.sex, cl.sexes, "value (female, male, other, not recorded)")
    problems += _coded("age_band", person.age_band, cl.age_bands, "age band")
    problems += _coded(
        "nationality", person.nationality, cl.countries, "country code (ISO 3166 alpha-3)"
    )
    problems += _coded(
        "organization_type", person.organization_type, cl.organization_types, "organization type"
    )
    if (
        person.birth_year is not None
        and not today.year - 100 <= person.birth_year <= today.year - 10
    ):
        problems.append(
            Problem("birth_year", f"{person.birth_year} is not plausible for a trainee.")
        )
    if person.email is not None and not EMAIL_RE.match(person.email):
        problems.append(Problem("email", f"“{person.email}” is not an e-mail address."))
    if person.phone is not None and not PHONE_RE.match(person.phone):
        problems.append(Problem("phone", f"“{person.phone}” is not a phone number."))
    if person.consent and person.consent_date is None:
        problems.append(Problem("consent_date", "is required when consent was given."))
    if person.consent_date is not None and person.consent_date > today:
        problems.append(Problem("consent_date", "cannot be in the future."))
    return problems


def validate_attendance(row: AttendanceBase, event: EventBase | None = None) -> list[Problem]:
    """Rules for one attendance; with its ``event``, days are checked against its length."""
    problems = _coded("role", row.role, codelists().roles, "role")
    problems += _score("pre_test_score", row.pre_test_score)
    problems += _score("post_test_score", row.post_test_score)
    if row.satisfaction is not None and not 1 <= row.satisfaction <= 5:
        problems.append(Problem("satisfaction", f"must be from 1 to 5 (got {row.satisfaction})."))
    if row.days_attended is not None:
        if row.days_attended < 0:
            problems.append(Problem("days_attended", "cannot be below zero."))
        elif event is not None:
            length = (event.end_date - event.start_date).days + 1
            if row.days_attended > length:
                problems.append(
                    Problem(
                        "days_attended",
                        f"is {row.days_attended:g}, but the event lasts {length} day(s).",
                    )
                )
    return problems


def duplicate_attendance(rows: Sequence[AttendanceBase]) -> list[Problem]:
    """The same person twice at one event, within the rows given."""
    seen = Counter((r.event_id, r.participant_id) for r in rows)
    return [
        Problem("participant_id", "this person is already registered at this event.")
        for key, n in seen.items()
        if n > 1
    ]


def validate_head_counts(
    cells: Sequence[HeadCountBase], stated_total: int | None = None
) -> list[Problem]:
    """Rules for an event's head-count grid, and its agreement with a stated total."""
    cl = codelists()
    problems: list[Problem] = []
    for cell in cells:
        problems += _coded("sex", cell.sex, cl.sexes, "value for sex")
        problems += _coded("age_band", cell.age_band, cl.age_bands, "age band")
        if cell.count < 0:
            problems.append(
                Problem(
                    "count",
                    f"{cell.sex}, {cell.age_band}: a head count cannot be below zero ({cell.count}).",
                )
            )
    seen = Counter((c.event_id, c.sex, c.age_band) for c in cells)
    for (_, sex, band), n in seen.items():
        if n > 1:
            problems.append(Problem("count", f"{sex}, {band} is counted {n} times; give it once."))
    total = sum(c.count for c in cells)
    if stated_total is not None and cells and total != stated_total:
        problems.append(
            Problem(
                "head_count_total",
                f"says {stated_total} people, but the head counts add up to {total}.",
            )
        )
    return problems


def passphrase_problems(passphrase: str) -> list[Problem]:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return [Problem("passphrase", f"must be at least {MIN_PASSPHRASE_LENGTH} characters long.")]
    return []
