"""Translation of words that come from data rather than from the UI's own text: code-list
values (event types, sexes, age bands...), field names, period names.

They are listed for the translators under the context ``Labels`` by
``packaging/update_translations.py``, which reads the code lists, so none is forgotten.
"""

from __future__ import annotations

from fieldapp.ui.qt import QCoreApplication

CONTEXT = "Labels"


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
