"""A person's legal basis and consent as screens and exports show them (DESIGN.md §12). The
rules are `validation.validate_legal_basis`, part of `validate_participant`: the form, the
importer, the store's repository and HQ all apply them."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.privacy import CONSENT_BASIS
from fieldapp.domain.validation import LABELS

CONSENT = CONSENT_BASIS
# The basis's fields, as screens and exports name them (`validation.LABELS` is the one list).
BASIS_LABELS = {key: LABELS[key] for key in ("legal_basis", "basis_date", "basis_note", "consent")}


def consent_state(consent: bool, consent_date: date | None) -> tuple[str, date | None]:
    """("given", date), ("withdrawn", date) or ("none", None): a person's consent as their
    latest event left it (``consent`` False with a date is a withdrawal on that date)."""
    if consent_date is None:
        return "none", None
    return ("given" if consent else "withdrawn"), consent_date
