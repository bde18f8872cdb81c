"""Validation problems in the user's language (kept apart from `labels` so that module stays
light enough for the first window)."""

from __future__ import annotations

from fieldapp.domain.validation import LABELS, Problem
from fieldapp.ui.labels import code, tr_label
from fieldapp.ui.qt import QCoreApplication


def tr_problem(problem: Problem) -> str:
    """A validation message in the user's language, its values (e.g. a sex) translated too."""
    if not problem.template:
        return problem.message
    params = {k: tr_label(code(v)) if isinstance(v, str) else v for k, v in problem.params}
    return QCoreApplication.translate("Validation", problem.template).format(**params)


def tr_problem_line(problem: Problem) -> str:
    """ "Field: message", for a summary line (the field's name translated)."""
    return f"{tr_label(LABELS.get(problem.field, problem.field))}: {tr_problem(problem)}"
