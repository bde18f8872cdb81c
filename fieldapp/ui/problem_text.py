"""Validation problems in the user's language (kept apart from `labels` so that module stays
light enough for the first window)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldapp.domain.validation import LABELS, Problem
from fieldapp.ui.labels import apart, code, day, tr_label
from fieldapp.ui.qt import QCoreApplication


def tr_problem(problem: Problem) -> str:
    """A validation message in the user's language, its values translated too: a sex as the
    interface names it, a date as the one formatter writes it ("10 mars 2026"), and in Arabic
    a value set apart, so a Latin name keeps its place in the sentence."""
    if not problem.template:
        return problem.message
    params = {k: _shown(v) for k, v in problem.params}
    return QCoreApplication.translate("Validation", problem.template).format(**params)


def _shown(value: Any) -> Any:
    if isinstance(value, date):
        return apart(day(value))
    if isinstance(value, str):
        return apart(tr_label(code(value)))
    return value  # a figure: the template says how ({value:g}, {guesses:,})


def tr_problem_line(problem: Problem) -> str:
    """ "Field: message", for a summary line (the field's name translated)."""
    return f"{tr_label(LABELS.get(problem.field, problem.field))}: {tr_problem(problem)}"
