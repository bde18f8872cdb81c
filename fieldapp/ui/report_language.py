"""The language a report is written in, chosen on the Reports screen (DESIGN.md §13).

Reports are in the reader's language, whatever the interface's: the choice offers the four
languages by their own names and starts on the interface's. Certificates are written in the
event's own language unless a language was picked here (`picked`).
"""

from __future__ import annotations

from fieldapp.domain.languages import LANGUAGES, NATIVE_NAMES
from fieldapp.ui import labels
from fieldapp.ui.qt import QComboBox


class ReportLanguage(QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("report_language")
        self.setAccessibleName(self.tr("Language of the report"))
        self.setToolTip(
            self.tr(
                "The language the PDFs are written in. Certificates are in the event's own "
                "language unless one is picked here."
            )
        )
        for code in LANGUAGES:
            self.addItem(NATIVE_NAMES[code], code)
        self.setCurrentIndex(max(0, self.findData(labels.language())))
        self.picked = False  # a language chosen by the user (not the interface's by default)
        self.activated.connect(self._picked)

    def _picked(self, _index: int) -> None:
        self.picked = True

    def code(self) -> str:
        return str(self.currentData())
