"""What the importer says about a value it still does not understand: the closest known ones.

"Guinee-Bisau" is no country, but it is close to "Guinée-Bissau": the row's problem says so
("“Guinee-Bisau” is not a known country — did you mean Guinée-Bissau (GNB)?"). Values are
compared folded (`value_words.fold`) with difflib, among the names written in the script the
value is in, so an Arabic typo is answered in Arabic and a French one in French or English.

The problem keeps its base template ("“{value}” is not a known country.") and the hints apart,
so the interface says both in its own language; its English message (the command line's)
carries the hints.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldapp.domain.validation import MESSAGES, Problem, worded
from fieldapp.domain.value_words import fold, nearest, spellings
from fieldapp.reports.country_names import LONGEST, closest_countries, script_of
from fieldapp.reports.people_values import basis_spellings

# Field -> the kind of `value_words.spellings` its values are.
KINDS = {
    "sex": "sexes",
    "organization_type": "organization_types",
    "age_band": "age_bands",
    "role": "roles",
}
SUGGESTED = 2
SHOWN = 60  # characters of a value a message repeats
CUTOFF = 0.6
DID_YOU_MEAN = " — did you mean {suggestion}?"


@dataclass(frozen=True)
class Hint:
    """A known value close to what was typed: as it is written in the typed value's language
    (``written``, "Guinée-Bissau", "femme") and as it is stored (``value``, "GNB", "female")."""

    field: str
    written: str
    value: str

    def __str__(self) -> str:
        """As a reader recognises it: "Guinée-Bissau (GNB)", "femme (female)", "female"."""
        if self.field != "nationality" and fold(self.written) == fold(self.value):
            return self.value
        return f"{self.written} ({self.value})"


def hints(field: str, value: str) -> list[Hint]:
    """The known values closest to ``value`` in ``field`` (at most `SUGGESTED`)."""
    if field == "nationality":
        return [Hint(field, name, code) for name, code in closest_countries(value, SUGGESTED)]
    kind = KINDS.get(field)
    key = fold(value)
    if (kind is None and field != "legal_basis") or not key or len(value) > LONGEST:
        return []
    script = script_of(key)
    known = basis_spellings() if kind is None else spellings(kind)
    pool = {k: s for k, s in known.items() if len(k) > 1 and script_of(k) == script}
    found: list[Hint] = []
    for match in nearest(key, list(pool), CUTOFF):
        spelling = pool[match]
        if all(h.value != spelling.value for h in found):
            found.append(Hint(field, spelling.shown, spelling.value))
    return found[:SUGGESTED]


def closest(field: str, value: str) -> list[str]:
    """The known values closest to ``value`` in ``field``, as a reader would recognise them:
    "Guinée-Bissau (GNB)", "femme (female)", "law enforcement"."""
    return [str(h) for h in hints(field, value)]


def hinted(found: Problem) -> tuple[Problem, tuple[Hint, ...]]:
    """``found`` of a coded value with the closest known values (a country as "not a known
    country"); a value of any problem cut to its first `SHOWN` characters. The problem's
    template stays the base one (translated by the interface); its message adds the hints."""
    params = dict(found.params)
    value = params.get("value")
    if not isinstance(value, str) or not found.template:
        return found, ()
    if len(value) > SHOWN:  # a pasted page in a cell: the message names its start
        params["value"] = value[: SHOWN - 1] + "…"
    template = found.template
    if found.field == "nationality":
        # The domain's "not a country code (ISO 3166 alpha-3)" would hide that names are
        # understood too.
        template = MESSAGES["unknown_country_name"]
    found = worded(found.field, template, **params)
    close = tuple(hints(found.field, value))
    if close:
        said = " or ".join(str(h) for h in close)
        message = found.message.removesuffix(".") + DID_YOU_MEAN.format(suggestion=said)
        found = Problem(found.field, message, template=found.template, params=found.params)
    return found, close
