"""What the import preview says, in the interface's language, built from the plan's parts.

The importer's own text (`RowError.__str__`, `Match.__str__`, `ImportPlan.source`) is English,
for the command line. Here a row's problem is said from its row number, the sheet's column
header (kept as the sheet writes it, set apart where it or the sentence reads right to left),
the translated rule (`tr_problem`) and the closest known values; a known person from their
name, birth year and e-mail, and where they were found; values as the interface names them
("femme", "Guinée", "10 mars 2026").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from fieldapp.domain.value_words import fold
from fieldapp.reports.people_columns import FIELD_LABELS
from fieldapp.reports.people_import import ImportPlan, RowError, right_to_left_text
from fieldapp.reports.people_matching import Known, Match
from fieldapp.reports.value_hints import Hint
from fieldapp.ui.labels import code, country, day, isolate, right_to_left, tr_label
from fieldapp.ui.problem_text import tr_problem
from fieldapp.ui.qt import QCoreApplication

CODED = ("sex", "age_band", "organization_type", "role")
PLACE = re.compile(r"%(\d)")


translate = QCoreApplication.translate  # lupdate reads its literal calls


def arg(text: str, *values: object) -> str:
    """``text`` with %1, %2... replaced in one pass, as QString.arg does: a value holding "%2"
    (a header, a name) is not replaced again."""

    def value(found: re.Match[str]) -> str:
        i = int(found[1]) - 1
        return str(values[i]) if 0 <= i < len(values) else found[0]

    return PLACE.sub(value, text)


def apart(text: str) -> str:
    """``text`` from the sheet (a header, a name, a value) set apart where it or the
    interface reads right to left, so neither reorders the other."""
    return isolate(text) if right_to_left() or right_to_left_text(text) else text


def field_name(field: str) -> str:
    """A field's name in the interface's language: 'Nationalité'."""
    return tr_label(FIELD_LABELS.get(field, field))


def shown_value(field: str, value: Any) -> str:
    """A value of the preview as it will be stored, named in the interface's language."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("ImportText", "yes") if value else translate("ImportText", "no")
    if isinstance(value, date):
        return day(value)
    if field == "nationality":
        return country(str(value))
    if field in CODED:
        return code(str(value))
    return str(value)


def hint_text(hint: Hint) -> str:
    """A known value close to what was typed: as written in the sheet's language, and what it
    means in the interface's ("Guinée-Bissau (GNB)", "femme", "femme (أنثى)")."""
    if hint.field == "nationality":
        return apart(f"{hint.written} ({hint.value})")
    meant = code(hint.value)
    if fold(hint.written) == fold(meant):
        return apart(meant)
    return apart(f"{hint.written} ({meant})")


def row_problem(error: RowError) -> str:
    """ "row 4, column “Nationalité”: “Guinee-Bisau” is not a known country — did you mean
    Guinée-Bissau (GNB)?" in the interface's language."""
    said = tr_problem(error.problem)
    if error.hints:
        shown = [hint_text(h) for h in error.hints]
        options = (
            shown[0] if len(shown) == 1 else arg(translate("ImportText", "%1 or %2"), *shown[:2])
        )
        # The rule's sentence without its full stop, and the hints: the translator sets the
        # punctuation between them ("%1. Возможно, имелось в виду %2?").
        said = arg(
            translate("ImportText", "%1 — did you mean %2?"),
            said.rstrip().removesuffix("."),
            options,
        )
    if error.column:
        return arg(
            translate("ImportText", "row %1, column “%2”: %3"), error.row, apart(error.column), said
        )
    return arg(
        translate("ImportText", "row %1, %2: %3"), error.row, field_name(error.problem.field), said
    )


def reason_text(reason: str) -> str:
    """Why a row is someone known (one of `people_matching.REASONS`), in the interface's
    language."""
    words = {
        "same ID": translate("ImportText", "same ID"),
        "same name": translate("ImportText", "same name"),
        "same name and birth year": tr_label("same name and birth year"),
        "same name and e-mail": translate("ImportText", "same name and e-mail"),
        "same name and birth year and e-mail": translate(
            "ImportText", "same name, birth year and e-mail"
        ),
        "same name, but another birth year or e-mail": translate(
            "ImportText", "same name, but another birth year or e-mail"
        ),
        "same e-mail": tr_label("same e-mail"),
    }
    return words.get(reason, reason)


def known_person(other: Known) -> str:
    """ "Awa Diallo, born 1985, awa@example.org (row 4)" in the interface's language."""
    parts = [apart(other.full_name)]
    if other.birth_year:
        parts.append(arg(translate("ImportText", "born %1"), other.birth_year))
    if other.email:
        parts.append(apart(other.email))
    where = (
        arg(translate("ImportText", "row %1"), other.row)
        if other.row is not None
        else translate("ImportText", "the registry")
    )
    return arg(translate("ImportText", "%1 (%2)"), translate("ImportText", ", ").join(parts), where)


def duplicate(match: Match) -> str:
    """ "row 7: Awa Diallo: same name and birth year: Awa Diallo, born 1985 (the registry)"."""
    reason = reason_text(match.reason)
    if match.fits > 1:
        reason += " " + arg(translate("ImportText", "(%1 people fit)"), match.fits)
    return arg(
        translate("ImportText", "row %1: %2: %3: %4"),
        match.row,
        apart(match.full_name),
        reason,
        known_person(match.other),
    )


def read_as(plan: ImportPlan) -> str:
    """How the file was read: "CSV, cp1252, “;” separated", "Excel, sheet “Liste”"."""
    parts = plan.read_as
    if "sheet" in parts:
        return arg(translate("ImportText", "Excel, sheet “%1”"), apart(parts["sheet"]))
    if "delimiter" not in parts:
        return plan.source
    if parts["delimiter"] == "\t":
        return arg(translate("ImportText", "CSV, %1, tab separated"), parts["encoding"])
    return arg(
        translate("ImportText", "CSV, %1, “%2” separated"), parts["encoding"], parts["delimiter"]
    )


def file_problems(plan: ImportPlan) -> list[str]:
    """What keeps the whole file out: the column of names missing, said in the interface's
    language; any other problem as the importer says it (English)."""
    found = list(plan.problems)
    if plan.lacks_names and found:
        headers = translate("ImportText", ", ").join(
            arg(translate("ImportText", "“%1”"), apart(h)) for h in plan.mapping.headers if h
        )
        found[0] = arg(
            translate(
                "ImportText",
                "No column of %1 holds the people's names (its columns: %2). Name that column "
                "“%3” in the sheet, then import it again.",
            ),
            apart(plan.path.name),
            headers,
            field_name("full_name"),
        )
    return found
