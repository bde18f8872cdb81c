"""Translation of words that come from data rather than from the UI's own text: code-list
values (event types, sexes, age bands...), field names, period names.

They are listed for the translators under the context ``Labels`` (and validation messages
under ``Validation``) by
``packaging/update_translations.py``, which reads the code lists, so none is forgotten.
"""

from __future__ import annotations

from fieldapp.ui.qt import QCoreApplication, QLocale

CONTEXT = "Labels"


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(value: float, decimals: int = 0) -> str:
    """A figure as the user's language writes it (1,127 in English, 1 127 in French)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)
