"""What the importer says about a value it still does not understand: the closest known ones.

"Guinee-Bisau" is no country, but it is close to "Guinée-Bissau": the row's problem says so
("“Guinee-Bisau” is not a known country — did you mean Guinée-Bissau (GNB)?"). Values are
compared folded (`value_words.fold`) with difflib, among the names written in the script the
value is in, so an Arabic typo is answered in Arabic and a French one in French or English.
"""

from __future__ import annotations

from fieldapp.domain.validation import Problem
from fieldapp.domain.value_words import fold, nearest, spellings
from fieldapp.reports.country_names import LONGEST, closest_countries, script_of

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
# What the importer says of a value no list knows; the domain's "not a country code (ISO 3166
# alpha-3)" would hide that names are understood too.
UNKNOWN_COUNTRY = "“{value}” is not a known country."
DID_YOU_MEAN = " — did you mean {suggestion}?"


def closest(field: str, value: str) -> list[str]:
    """The known values closest to ``value`` in ``field``, as a reader would recognise them:
    "Guinée-Bissau (GNB)", "femme (female)", "law enforcement"."""
    if field == "nationality":
        return [f"{name} ({code})" for name, code in closest_countries(value, SUGGESTED)]
    kind = KINDS.get(field)
    key = fold(value)
    if kind is None or not key or len(value) > LONGEST:
        return []
    script = script_of(key)
    pool = {k: s for k, s in spellings(kind).items() if len(k) > 1 and script_of(k) == script}
    found: list[str] = []
    values: set[str] = set()
    for match in nearest(key, list(pool), CUTOFF):
        spelling = pool[match]
        if spelling.value in values:
            continue
        values.add(spelling.value)
        same = fold(spelling.shown) == fold(spelling.value)
        found.append(spelling.value if same else f"{spelling.shown} ({spelling.value})")
    return found[:SUGGESTED]


def hinted(problem: Problem) -> tuple[Problem, tuple[str, ...]]:
    """``problem`` of a coded value, said with the closest known values (a country as "not a
    known country"); a value of any problem cut to its first `SHOWN` characters."""
    params = dict(problem.params)
    value = params.get("value")
    if not isinstance(value, str) or not problem.template:
        return problem, ()
    if len(value) > SHOWN:  # a pasted page in a cell: the message names its start
        params["value"] = value[: SHOWN - 1] + "…"
    template = problem.template
    if problem.field == "nationality":
        template = UNKNOWN_COUNTRY
    suggestions = tuple(closest(problem.field, value))
    if suggestions:
        template = template.removesuffix(".") + DID_YOU_MEAN
        params["suggestion"] = " or ".join(suggestions)
    found = Problem(
        problem.field,
        template.format(**params),
        problem.row,
        template=template,
        params=tuple(params.items()),
    )
    return found, suggestions
