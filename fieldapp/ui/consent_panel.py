"""A person's consent on the People screen: where it stands ("given on 1 Mar 2024", "withdrawn
on …"), the dated events that led there, and "Consent given…" / "Consent withdrawn…", each
asking the date. Consent is a history, not a field: a withdrawal is appended, never an edit
(`fieldapp.store.consent`). Also who last recorded the person, and when."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from fieldapp.domain.legal_basis import CONSENT, consent_state
from fieldapp.store.consent import ConsentRecord
from fieldapp.ui.form_fields import DateField
from fieldapp.ui.labels import apart, day, minute
from fieldapp.ui.qt import (
    QDate,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ConsentDateDialog(QDialog):
    """Asks on which day consent was given (or withdrawn); today unless changed."""

    def __init__(self, given: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_date_dialog")
        self.setWindowTitle(self.tr("Consent given") if given else self.tr("Consent withdrawn"))
        self.when = DateField(QDate.currentDate())
        self.when.setObjectName("consent_event_date")
        self.when.setAccessibleName(self.tr("Date"))
        question = QLabel(
            self.tr("On which day did the person give their consent?")
            if given
            else self.tr("On which day did the person withdraw their consent?")
        )
        question.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.when)
        layout.addWidget(buttons)

    def chosen(self) -> date | None:
        when = self.when.date()
        value = when.toPython() if when.isValid() else None
        return value if isinstance(value, date) else None


class ConsentPanel(QWidget):
    """The consent part of the person's form. ``record`` is asked for (given, day) by the
    buttons: the form writes it (or keeps it for a new person until saved)."""

    record = Signal(bool, object)  # given, the date chosen
    report = Signal()  # "Subject access report…": all that is held on the person, as a PDF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.basis: str | None = None  # the form's legal basis (`set_basis`)
        self.events: list[ConsentRecord] = []
        self.pending = False
        self.state = QLabel()
        self.state.setObjectName("consent_state")
        self.state.setWordWrap(True)
        self.given = QPushButton(self.tr("Consent given…"))
        self.given.setObjectName("consent_given")
        self.withdrawn = QPushButton(self.tr("Consent withdrawn…"))
        self.withdrawn.setObjectName("consent_withdrawn")
        self.given.clicked.connect(lambda: self._ask(True))
        self.withdrawn.clicked.connect(lambda: self._ask(False))
        self.history = QListWidget()
        self.history.setObjectName("consent_history")
        self.history.setAccessibleName(self.tr("Consent history"))
        self.history.setFixedHeight(3 * self.fontMetrics().lineSpacing() + 8)
        self.recorded = QLabel()
        self.recorded.setObjectName("person_recorded_by")
        self.recorded.setWordWrap(True)
        self.recorded.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.recorded.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.given)
        buttons.addWidget(self.withdrawn)
        buttons.addStretch(1)
        self.subject_access = QPushButton(self.tr("Subject access report…"))
        self.subject_access.setObjectName("person_subject_access")
        self.subject_access.setToolTip(
            self.tr("A PDF of everything held on this person, for them to read")
        )
        self.subject_access.clicked.connect(self.report.emit)
        self.subject_access.hide()  # until a saved person is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.history)
        layout.addWidget(self.recorded)
        layout.addWidget(self.subject_access, 0, Qt.AlignmentFlag.AlignLeading)
        self.show_history([])

    def _ask(self, given: bool) -> None:
        dialog = ConsentDateDialog(given, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (on := dialog.chosen()) is not None:
            self.record.emit(given, on)

    def set_basis(self, basis: str | None) -> None:
        """The legal basis chosen in the form: consent withdrawn under it is pointed out."""
        self.basis = basis
        self.show_history(self.events, self.pending)

    def show_history(self, events: list[ConsentRecord], pending: bool = False) -> None:
        """The events, newest first, and where they leave the person's consent."""
        self.events, self.pending = list(events), pending
        self.history.clear()
        for e in reversed(events):
            what = self.tr("given") if e.given else self.tr("withdrawn")
            by = f" ({apart(e.recorded_by)})" if e.recorded_by else ""
            self.history.addItem(f"{day(e.on)} — {what}{by}")
        if not events:
            self.history.addItem(self.tr("No consent recorded."))
        latest = events[-1] if events else None
        state, on = consent_state(latest.given if latest else False, latest.on if latest else None)
        if state == "given" and on is not None:
            text = self.tr("Consent given on {0}").format(day(on))
        elif state == "withdrawn" and on is not None:
            text = self.tr("Consent withdrawn on {0}").format(day(on))
        else:
            text = self.tr("Consent: none recorded")
        if pending:
            text += " " + self.tr("(recorded when the person is saved)")
        if state == "withdrawn" and self.basis == CONSENT:
            text += "\n" + self.tr(
                "The legal basis is consent, and it was withdrawn: choose another basis, or "
                "erase the person."
            )
        self.state.setText(text)

    def show_recorded(self, row: dict[str, Any] | None) -> None:
        """Who recorded the person (and their legal basis) last, and when."""
        self.subject_access.setVisible(bool(row))  # a person saved: something is held on them
        if not row or not row.get("recorded_by"):
            self.recorded.setText("")
            return
        at = row.get("updated_at")
        self.recorded.setText(
            self.tr("Last recorded by {0}, {1}").format(
                apart(row["recorded_by"]), minute(at) if isinstance(at, datetime) else ""
            )
            # (what `fieldapp person report` and `person erase` take; selectable, to copy)
            + "\n"
            + self.tr("Person ID: {0}").format(apart(str(row.get("id", ""))))
        )
