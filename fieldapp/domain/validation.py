"""Validation rules, the same in the GUI, the importer, the CLI and at HQ.

Each rule returns `Problem`s that name the field (as stored) and say, in words a field
officer understands, what is wrong. An empty list means the record may be saved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import pydantic

from fieldapp.domain import formats
from fieldapp.domain.attendance_days import days_from_ticks, event_days, ticks_problem
from fieldapp.domain.codelists import CodeLists, codelists
from fieldapp.domain.privacy import CONSENT_BASIS, LEGAL_BASES
from fieldapp.domain.records import (
    AttendanceBase,
    EventBase,
    EventTags,
    HeadCountBase,
    ParticipantBase,
)
from fieldapp.domain.vocab import EventStatus

LABELS: dict[str, str] = {
    "legal_basis": "Legal basis",
    "basis_date": "Since",
    "basis_note": "Reason",
    "consent": "Consent",
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
    "days_present": "Days present",
    "pre_test_score": "Pre-test score",
    "post_test_score": "Post-test score",
    "satisfaction": "Satisfaction",
    "participant_id": "Participant",
    "count": "Count",
    "passphrase": "Passphrase",
}

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{5,40}$")

# Every message a rule can give: the one definition, and the list the translators get.
# Bounds no true record comes near, so that no figure can overflow or be made absurd.
MAX_PEOPLE = 100_000  # at one event, in one head-count cell or in total
MAX_DAYS = 366  # attended by one person at one event
# The scales forms show beside their fields and the rules below enforce (both ends allowed).
SCORE_RANGE = (0, 100)  # pre- and post-test scores, in percent
SATISFACTION_RANGE = (1, 5)
NARRATIVE_CHARACTERS = 20_000  # about eight pages; keeps every record far below HQ's cap
MESSAGES: dict[str, str] = {
    "required": "is required.",
    # A person's legal basis (DESIGN.md §12) and consent events (`fieldapp.store.consent`).
    "unknown_basis": (
        "“{value}” is not a legal basis (consent, public interest, legitimate interest, "
        "vital interest, legal obligation)."
    ),
    "basis_date_needed": "is required with a legal basis: the date it applies from.",
    "basis_date_without_basis": "is given, but no legal basis is chosen.",
    "consent_basis_needs_consent": (
        "is consent, but no consent was given: record when the person consented first."
    ),
    "withdrawn_never_given": "cannot be withdrawn on {on}: no consent was given on or before it.",
    "erased": "this person's identity was erased: nothing more is recorded about them.",
    "unknown_event_type": "“{value}” is not a known event type.",
    "unknown_modality": "“{value}” is not a known modality.",
    "unknown_status": "“{value}” is not a known status.",
    "unknown_country": "“{value}” is not a country code (ISO 3166 alpha-3).",
    # The importer's, which reads country names in any language, not only codes.
    "unknown_country_name": "“{value}” is not a known country.",
    "unknown_working_group": "“{value}” is not a known Compact working group.",
    "unknown_outcome": "“{value}” is not a results-framework outcome.",
    "unknown_pillar": "“{value}” is not a GCTS pillar.",
    "unknown_sex": "“{value}” is not a known value (female, male, other, not recorded).",
    "unknown_age_band": "“{value}” is not a known age band.",
    "unknown_organization_type": "“{value}” is not a known organization type.",
    "unknown_role": "“{value}” is not a known role.",
    "end_before_start": "is before the start date ({start}).",
    "held_in_future": "cannot be “held”: the event starts on {start}, in the future.",
    "below_zero": "cannot be below zero.",
    "too_long": "is too long (at most {max_length} characters).",
    "score_range": "must be between 0 and 100 (got {value:g}).",
    "satisfaction_range": "must be from 1 to 5 (got {value}).",
    "days_beyond_event": "is {value:g}, but the event lasts {length} day(s).",
    "ticks_not_days": "must be one tick (1) or no tick (0) per day of the event.",
    "ticks_wrong_length": "has {n} day(s), but the event lasts {length} day(s).",
    "days_not_ticks": "is {value}, but {ticked:g} day(s) are ticked.",
    "birth_year_implausible": "{value} is not plausible for a trainee.",
    "not_an_email": "“{value}” is not an e-mail address.",
    "not_a_phone": "“{value}” is not a phone number.",
    "consent_date_needed": "is required when consent was given.",
    "in_the_future": "cannot be in the future.",
    "already_registered": "this person is already registered at this event.",
    "head_count_negative": "{sex}, {band}: a head count cannot be below zero ({value}).",
    "head_count_too_large": "{sex}, {band}: {value} is more people than one event holds (at most {most}).",
    "too_many_people": "is more people than one event holds (at most {most}).",
    "days_range": "must be a number of days from 0 to {most} (got {value}).",
    "head_count_repeated": "{sex}, {band} is counted {n} times; give it once.",
    "head_count_total_mismatch": "says {stated} people, but the head counts add up to {total}.",
    "passphrase_short": "must be at least {n} characters long.",
    "passphrase_weak": (
        "is too easy to guess (about {guesses:,} guesses; strong means over 100,000,000). "
        "Use four or more unrelated words, e.g. “orbit copper meadow lantern” (but not this "
        "one), and not the office's name."
    ),
    "no_such_event": "this event does not exist or was deleted.",
    "no_such_person": "this person is not in the registry.",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of one record (``row`` is set by importers).

    ``template`` and ``params`` keep the message apart from its values, so a screen can show
    it translated: ``translate(template).format(**dict(params))``.
    """

    field: str
    message: str
    row: int | None = None
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    def __str__(self) -> str:
        where = f"row {self.row}, " if self.row is not None else ""
        return f"{where}{LABELS.get(self.field, self.field)}: {self.message}"


def problem(field: str, key: str, **params: Any) -> Problem:
    """A `Problem` from one of the `MESSAGES`."""
    return worded(field, MESSAGES[key], **params)


def worded(field: str, template: str, **params: Any) -> Problem:
    """A `Problem` from a ``template`` of `MESSAGES`: its message in English, a date written
    by the one formatter ("10 Mar 2026"); ``params`` kept as they are, so the interface writes
    them in its language (`fieldapp.ui.problem_text`)."""
    english = {k: formats.day(v, "en") if isinstance(v, date) else v for k, v in params.items()}
    return Problem(
        field, template.format(**english), template=template, params=tuple(params.items())
    )


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
            if template is None:
                problems.append(Problem(field, err["msg"] + "."))
                continue
            params = {k: v for k, v in (err.get("ctx") or {}).items() if f"{{{k}}}" in template}
            problems.append(
                Problem(
                    field,
                    template.format(**params),
                    template=template,
                    params=tuple(params.items()),
                )
            )
        return None, problems


def _lists(given: CodeLists | None) -> CodeLists:
    return codelists() if given is None else given


def _coded(field: str, value: str | None, allowed: Collection[str], key: str) -> list[Problem]:
    if value is None or value in allowed:  # (a dict of codes: looked up, not walked)
        return []
    return [problem(field, key, value=value)]


def _score(field: str, value: float | None) -> list[Problem]:
    if value is not None and not SCORE_RANGE[0] <= value <= SCORE_RANGE[1]:
        return [problem(field, "score_range", value=value)]
    return []


def validate_event(
    event: EventBase, tags: EventTags | None = None, *, today: date, lists: CodeLists | None = None
) -> list[Problem]:
    """Rules for an event and its labels; ``today`` is passed so a rule never reads a clock.

    ``lists`` are the code lists to check against: HQ passes its own; None (the device) means
    the lists in use in this process (`codelists`). The same holds for every rule below."""
    cl = _lists(lists)
    problems: list[Problem] = []
    if not event.title.strip():
        problems.append(problem("title", "required"))
    problems += _coded("event_type", event.event_type, cl.event_types, "unknown_event_type")
    problems += _coded("modality", event.modality, cl.modalities, "unknown_modality")
    problems += _coded("status", event.status, [s.value for s in EventStatus], "unknown_status")
    problems += _coded("host_country", event.host_country, cl.countries, "unknown_country")
    problems += _coded(
        "working_group", event.working_group, cl.working_groups, "unknown_working_group"
    )
    if event.end_date < event.start_date:
        problems.append(problem("end_date", "end_before_start", start=event.start_date))
    if event.status == EventStatus.HELD and event.start_date > today:
        problems.append(problem("status", "held_in_future", start=event.start_date))
    if event.head_count_total is not None and event.head_count_total < 0:
        problems.append(problem("head_count_total", "below_zero"))
    elif event.head_count_total is not None and event.head_count_total > MAX_PEOPLE:
        problems.append(problem("head_count_total", "too_many_people", most=MAX_PEOPLE))
    if event.narrative is not None and len(event.narrative) > NARRATIVE_CHARACTERS:
        problems.append(problem("narrative", "too_long", max_length=NARRATIVE_CHARACTERS))
    if tags is not None:
        for code in tags.beneficiary_countries:
            problems += _coded("beneficiary_countries", code, cl.countries, "unknown_country")
        for code in tags.outcomes:
            problems += _coded("outcomes", code, cl.outcome_codes, "unknown_outcome")
        for code in tags.pillars:
            problems += _coded("pillars", code, cl.pillar_codes, "unknown_pillar")
    return problems


def validate_participant(
    person: ParticipantBase,
    *,
    today: date,
    lists: CodeLists | None = None,
    identified: bool = True,
) -> list[Problem]:
    """Rules for one person; ``identified=False`` where a person may come without a name
    (HQ, when the office withholds identities or the person was erased)."""
    cl = _lists(lists)
    problems: list[Problem] = []
    if identified and not person.full_name.strip():
        problems.append(problem("full_name", "required"))
    problems += _coded("sex", person.sex, cl.sexes, "unknown_sex")
    problems += _coded("age_band", person.age_band, cl.age_bands, "unknown_age_band")
    problems += _coded("nationality", person.nationality, cl.countries, "unknown_country")
    problems += _coded(
        "organization_type",
        person.organization_type,
        cl.organization_types,
        "unknown_organization_type",
    )
    year = person.birth_year
    if year is not None and not today.year - 100 <= year <= today.year - 10:
        problems.append(problem("birth_year", "birth_year_implausible", value=year))
    if person.email is not None and not EMAIL_RE.match(person.email):
        problems.append(problem("email", "not_an_email", value=person.email))
    if person.phone is not None and not PHONE_RE.match(person.phone):
        problems.append(problem("phone", "not_a_phone", value=person.phone))
    if person.consent and person.consent_date is None:
        problems.append(problem("consent_date", "consent_date_needed"))
    if person.consent_date is not None and person.consent_date > today:
        problems.append(problem("consent_date", "in_the_future"))
    return problems + validate_legal_basis(person, today=today)


def validate_legal_basis(person: ParticipantBase, *, today: date) -> list[Problem]:
    """What is wrong with ``person``'s legal basis; nothing when none is recorded (people
    registered before schema 9). Once recorded it is one of `privacy.LEGAL_BASES`, has a date
    not in the future, and "consent" needs a consent given (one since withdrawn still counts:
    the person then shows "consent withdrawn on …")."""
    basis = person.legal_basis
    if basis is None:
        if person.basis_date is not None:
            return [problem("basis_date", "basis_date_without_basis")]
        return []
    if basis not in LEGAL_BASES:
        return [problem("legal_basis", "unknown_basis", value=basis)]
    problems: list[Problem] = []
    if person.basis_date is None:
        problems.append(problem("basis_date", "basis_date_needed"))
    elif person.basis_date > today:
        problems.append(problem("basis_date", "in_the_future"))
    # Given once (``consent_date`` is kept when it is withdrawn: the person's latest event).
    if basis == CONSENT_BASIS and person.consent_date is None:
        problems.append(problem("legal_basis", "consent_basis_needs_consent"))
    return problems


def validate_attendance(
    row: AttendanceBase, event: EventBase | None = None, *, lists: CodeLists | None = None
) -> list[Problem]:
    """Rules for one attendance; with its ``event``, days are checked against its length."""
    problems = _coded("role", row.role, _lists(lists).roles, "unknown_role")
    problems += _score("pre_test_score", row.pre_test_score)
    problems += _score("post_test_score", row.post_test_score)
    low, high = SATISFACTION_RANGE
    if row.satisfaction is not None and not low <= row.satisfaction <= high:
        problems.append(problem("satisfaction", "satisfaction_range", value=row.satisfaction))
    if row.days_attended is not None:
        if row.days_attended < 0:
            problems.append(problem("days_attended", "below_zero"))
        elif not row.days_attended <= MAX_DAYS:  # also NaN and infinity
            problems.append(
                problem("days_attended", "days_range", value=row.days_attended, most=MAX_DAYS)
            )
        elif event is not None:
            length = (event.end_date - event.start_date).days + 1
            if row.days_attended > length:
                problems.append(
                    problem(
                        "days_attended", "days_beyond_event", value=row.days_attended, length=length
                    )
                )
    return problems + _day_ticks(row, event)


def _day_ticks(row: AttendanceBase, event: EventBase | None) -> list[Problem]:
    """Ticks of "0"/"1", one per day of the event, and the days attended they make."""
    ticks = row.days_present
    if ticks is None:
        return []
    if ticks_problem(ticks):
        return [problem("days_present", "ticks_not_days")]
    if event is not None and len(ticks) != (length := event_days(event.start_date, event.end_date)):
        return [problem("days_present", "ticks_wrong_length", n=len(ticks), length=length)]
    ticked = days_from_ticks(ticks)
    if row.days_attended != ticked:
        value = "empty" if row.days_attended is None else f"{row.days_attended:g}"
        return [problem("days_attended", "days_not_ticks", value=value, ticked=ticked)]
    return []


def duplicate_attendance(rows: Sequence[AttendanceBase]) -> list[Problem]:
    """The same person twice at one event, within the rows given."""
    seen = Counter((r.event_id, r.participant_id) for r in rows)
    return [problem("participant_id", "already_registered") for n in seen.values() if n > 1]


def validate_head_counts(
    cells: Sequence[HeadCountBase],
    stated_total: int | None = None,
    *,
    lists: CodeLists | None = None,
) -> list[Problem]:
    """Rules for an event's head-count grid, and its agreement with a stated total."""
    cl = _lists(lists)
    problems: list[Problem] = []
    for cell in cells:
        problems += _coded("sex", cell.sex, cl.sexes, "unknown_sex")
        problems += _coded("age_band", cell.age_band, cl.age_bands, "unknown_age_band")
        if cell.count < 0:
            problems.append(
                problem(
                    "count",
                    "head_count_negative",
                    sex=cell.sex,
                    band=cell.age_band,
                    value=cell.count,
                )
            )
        elif cell.count > MAX_PEOPLE:
            problems.append(
                problem(
                    "count",
                    "head_count_too_large",
                    sex=cell.sex,
                    band=cell.age_band,
                    value=cell.count,
                    most=MAX_PEOPLE,
                )
            )
    seen = Counter((c.event_id, c.sex, c.age_band) for c in cells)
    for (_, sex, band), n in seen.items():
        if n > 1:
            problems.append(problem("count", "head_count_repeated", sex=sex, band=band, n=n))
    total = sum(c.count for c in cells)
    if stated_total is not None and cells and total != stated_total:
        problems.append(
            problem(
                "head_count_total", "head_count_total_mismatch", stated=stated_total, total=total
            )
        )
    return problems
