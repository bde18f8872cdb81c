"""The rules for a person's legal basis (DESIGN.md §12), beside `validation.validate_participant`
and in its terms (`Problem`s naming the field), for the form, the importer and the store.

A person may have no basis recorded (people registered before schema 9). Once one is recorded
it is one of `privacy.LEGAL_BASES`, has a date not in the future, and "consent" needs a consent
given: one since withdrawn still counts (the person then shows "consent withdrawn on …")."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.privacy import LEGAL_BASES
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import LABELS, MESSAGES, Problem, problem, worded

# The fields' names as screens and messages show them (`validation.LABELS` is the one list).
BASIS_LABELS = {
    "legal_basis": "Legal basis",
    "basis_date": "Since",
    "basis_note": "Reason",
    "consent": "Consent",
}
for _key, _label in BASIS_LABELS.items():
    LABELS.setdefault(_key, _label)

CONSENT = "consent"
BASIS_MESSAGES: dict[str, str] = {
    "unknown_basis": (
        "“{value}” is not a legal basis (consent, public interest, legitimate interest, "
        "vital interest, legal obligation)."
    ),
    "basis_date_needed": "is required with a legal basis: the date it applies from.",
    "basis_date_without_basis": "is given, but no legal basis is chosen.",
    "consent_basis_needs_consent": (
        "is consent, but no consent was given: record when the person consented first."
    ),
    # Consent events (`fieldapp.store.consent`).
    "withdrawn_never_given": "cannot be withdrawn on {on}: no consent was given on or before it.",
    "erased": "this person's identity was erased: nothing more is recorded about them.",
}
# Listed with the domain's other messages, so screens and translators find them there too.
for _key, _template in BASIS_MESSAGES.items():
    MESSAGES.setdefault(_key, _template)


def basis_problem(field: str, key: str, **params: object) -> Problem:
    return worded(field, BASIS_MESSAGES[key], **params)


def validate_legal_basis(person: ParticipantBase, *, today: date) -> list[Problem]:
    """What is wrong with ``person``'s legal basis; nothing when none is recorded."""
    problems: list[Problem] = []
    basis = person.legal_basis
    if basis is None:
        if person.basis_date is not None:
            problems.append(basis_problem("basis_date", "basis_date_without_basis"))
        return problems
    if basis not in LEGAL_BASES:
        return [basis_problem("legal_basis", "unknown_basis", value=basis)]
    if person.basis_date is None:
        problems.append(basis_problem("basis_date", "basis_date_needed"))
    elif person.basis_date > today:
        problems.append(problem("basis_date", "in_the_future"))
    # Given once (``consent_date`` is kept when it is withdrawn: the person's latest event).
    if basis == CONSENT and person.consent_date is None:
        problems.append(basis_problem("legal_basis", "consent_basis_needs_consent"))
    return problems


def consent_state(consent: bool, consent_date: date | None) -> tuple[str, date | None]:
    """("given", date), ("withdrawn", date) or ("none", None): a person's consent as their
    latest event left it (``consent`` False with a date is a withdrawal on that date)."""
    if consent_date is None:
        return "none", None
    return ("given" if consent else "withdrawn"), consent_date
