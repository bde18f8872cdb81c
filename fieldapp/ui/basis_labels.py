"""The legal bases (`privacy.LEGAL_BASES`, stored in English) as the interface names them, and
the registry's filter choices built on them (`fieldapp.store.queries`)."""

from __future__ import annotations

from fieldapp.domain.privacy import LEGAL_BASES
from fieldapp.store.queries import BASIS_ALL, BASIS_NONE, BASIS_WITHDRAWN
from fieldapp.ui.labels import tr_label

# Field names and values read through `tr_label` (context "Labels" of the translations).
SHOWN = {
    "consent": "Consent",
    "public interest": "Public interest",
    "legitimate interest": "Legitimate interest",
    "vital interest": "Vital interest",
    "legal obligation": "Legal obligation",
}
assert set(SHOWN) == set(LEGAL_BASES)
FILTERS = {
    BASIS_ALL: "All people",
    BASIS_NONE: "No basis recorded",
    BASIS_WITHDRAWN: "Consent withdrawn",
}


def basis_name(value: str | None) -> str:
    """A stored basis in the interface's language ("not recorded" for none)."""
    if value is None:
        return tr_label("Not recorded")
    return tr_label(SHOWN.get(value, value))


def filter_choices() -> list[tuple[str, str]]:
    """(value for `queries.list_people`, text) for the registry's filter, in order."""
    return [
        (BASIS_ALL, tr_label(FILTERS[BASIS_ALL])),
        *((b, tr_label(SHOWN[b])) for b in LEGAL_BASES),
        (BASIS_NONE, tr_label(FILTERS[BASIS_NONE])),
        (BASIS_WITHDRAWN, tr_label(FILTERS[BASIS_WITHDRAWN])),
    ]
