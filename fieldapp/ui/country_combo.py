"""A country chosen by typing part of its name: the list completes "leban" or "JORDA" to the
country (Enter takes the first country the list offers, as a click on it would), the blank
choice is a grey placeholder (never text typed into), and a name that is no country stays as
typed, for the form to refuse with a message rather than save blank."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.ui.labels import countries_by_name, country, isolate
from fieldapp.ui.qt import QComboBox, QCompleter, QCoreApplication, QEvent, QObject, Qt, QWidget


class CountryCombo(QComboBox):
    """Names shown in the interface's language ("Jordan (JOR)", "Jordanie (JOR)"), ISO3 codes held; ``currentData`` is the code of the
    country typed, or None (see `typed_problem` for text that is no country)."""

    def __init__(self, parent: QWidget | None, blank: str | None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.has_blank = blank is not None
        if blank is not None:
            self.addItem("", None)  # no country: shown as the placeholder, in grey
            line = self.lineEdit()
            assert line is not None
            line.setPlaceholderText(blank)
        for code in countries_by_name(codelists().countries):  # names in the UI's language
            self.addItem(f"{country(code)} ({code})", code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)  # after the completer's own: we see Enter first
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.settle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list of completions takes the country marked, or the first one
        offered (the completer, left alone, closed the list and took none, so "تون" + Enter
        did nothing), as a click on it would."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if (
            completer is None
            or popup is None
            or watched is not popup
            or event.type() != QEvent.Type.KeyPress
            or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
            or completer.completionCount() == 0
        ):
            return False
        marked = popup.currentIndex()
        row: int | None = self.findText(str(marked.data())) if marked.isValid() else None
        if row is None:  # "تون": Tunisia, whose name starts so, not Estonia (إستونيا) listed first
            row = self.matching(self.currentText())
        if row is None:
            row = self._first_starting(self.currentText())
        if row is None:
            row = self.findText(str(completer.completionModel().index(0, 0).data()))
        popup.hide()
        if row >= 0:
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))
        return True

    def _first_starting(self, text: str) -> int | None:
        """The first row whose name starts with ``text`` (any case)."""
        typed = text.strip().casefold()
        rows = range(1 if self.has_blank else 0, self.count())
        return next((r for r in rows if self.itemText(r).casefold().startswith(typed)), None)

    def matching(self, text: str) -> int | None:
        """The row of the one country ``text`` names (any case, part of its name, its code);
        the blank row for no text; None for no country or for several."""
        typed = text.strip().casefold()
        if not typed:
            return 0 if self.has_blank else None
        rows = range(1 if self.has_blank else 0, self.count())
        shown = {row: self.itemText(row).casefold() for row in rows}
        names = {row: text.rsplit(" (", 1)[0] for row, text in shown.items()}
        for found in (
            [r for r in rows if shown[r] == typed or names[r] == typed],
            [r for r in rows if str(self.itemData(r)).casefold() == typed],
            [r for r in rows if names[r].startswith(typed)],
            [r for r in rows if typed in shown[r]],
        ):
            if len(found) == 1:
                return found[0]
        return None

    def settle(self) -> None:
        """Leaving the field: what was typed becomes the country it names (else stays)."""
        row = self.matching(self.currentText())
        if row is not None and self.itemText(row) != self.currentText():
            self.setCurrentIndex(row)
            self.setEditText(self.itemText(row))

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:
        if self.currentText() == self.itemText(self.currentIndex()):
            return super().currentData(role)
        row = self.matching(self.currentText())
        return None if row is None else self.itemData(row, role)

    def typed_problem(self) -> str | None:
        """Why the text typed is refused ("“Xyz” is no country in the list."), or None."""
        text = self.currentText().strip()
        if not text or self.matching(text) is not None:
            return None
        return QCoreApplication.translate(
            "CountryCombo", "“{0}” is no country in the list."
        ).format(isolate(text))
