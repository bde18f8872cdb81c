"""The People screen's editor: one person of the registry, or a new one (Ctrl+N).

The fields sit in two columns (short ones paired) with each row's problems in one line kept
for them, so the form fits a 600-pixel screen and never jumps; Save and Discard stay at the
bottom of the panel, outside its scroll area. A new person is saved only after the registry
was asked for people of the same name and organization (quick add's check,
`attendee_lookup.likely_duplicates`): those are offered first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldapp.domain.records import ParticipantBase, utcnow
from fieldapp.domain.validation import Problem, ValidationError, parse, validate_participant
from fieldapp.domain.vocab import SEX_NOT_RECORDED
from fieldapp.store.attendee_lookup import PersonChoice, likely_duplicates
from fieldapp.store.consent import (
    ConsentRecord,
    add_person,
    consent_history,
    record_consent,
    update_person,
)
from fieldapp.store.queries import person_record
from fieldapp.ui.consent_panel import ConsentPanel
from fieldapp.ui.form_fields import ERROR_STYLE, SUCCESS_STYLE, left_field, typed_into
from fieldapp.ui.labels import apart
from fieldapp.ui.person_fields import PersonFields
from fieldapp.ui.problem_text import tr_problem, tr_problem_line
from fieldapp.ui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QObject,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.same_person_box import SamePersonBox
from fieldapp.ui.session import Session
from fieldapp.ui.subject_access import save_subject_access

NEUTRAL_STYLE = ""
STYLES = {
    "cannot": ERROR_STYLE,
    "failed": ERROR_STYLE,
    "saved": SUCCESS_STYLE,
    "note": NEUTRAL_STYLE,
}


class PersonForm(QWidget):
    """Edit one person, or make a new one. A problem shows under its field once the field is
    left (or Save pressed); leaving a changed person asks to save, discard or stay."""

    created = Signal(str)  # a new person was saved: their id
    open_requested = Signal(str)  # the user chose a person of the registry instead of a new one

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.person_id: str | None = None
        self.creating = False  # a new person, not yet in the registry
        self._saving = False  # a new person on their way to the registry (no second Save)
        self._new = 0  # which new person the form holds (a save answers only its own)
        self._loaded: dict[str, Any] | None = None  # the values as loaded: None when none is
        self.shown: set[str] = set()
        self._said = ""  # what the line beside Save says: "cannot", "failed", "saved", "note"
        self.f = PersonFields(self)
        self.fields, self.errors = self.f.fields, self.f.errors
        self.full_name, self.organization = self.f.full_name, self.f.organization
        self.sex, self.birth_year, self.email = self.f.sex, self.f.birth_year, self.f.email
        self.legal_basis, self.basis_date = self.f.legal_basis, self.f.basis_date
        # Consent: dated events; a new person's are kept here until the person is saved.
        self.consent = ConsentPanel()
        self.consent.record.connect(self.record_consent)
        self.consent.report.connect(self._subject_access)
        self.legal_basis.currentIndexChanged.connect(
            lambda _i: self.consent.set_basis(self.legal_basis.currentData())
        )
        self.history: list[ConsentRecord] = []
        self.pending: list[tuple[bool, date]] = []
        content = QWidget()
        self.below = QVBoxLayout(content)  # the fields, then what the page adds (events)
        self.below.setContentsMargins(4, 4, 8, 4)
        self.below.addWidget(self.f)
        self.below.addWidget(self.consent)
        self.body = QScrollArea()
        self.body.setObjectName("person_side")
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setWidgetResizable(True)
        # The fields fit the panel's width (their minimum is far below it): no sideways scroll
        # once the consent history makes the panel scroll up and down.
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setWidget(content)
        self.duplicates = SamePersonBox()
        self.duplicates.open_person.connect(self._open_duplicate)
        self.duplicates.save_anyway.connect(self._save_anyway)
        self.reason = QLabel()
        self.reason.setObjectName("person_reason")
        self.reason.setWordWrap(True)
        self.reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.reason.setFixedHeight(2 * self.reason.fontMetrics().lineSpacing() + 4)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discard_person")
        self.discard_button.setToolTip(self.tr("Give up the changes typed here"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Save person"))
        self.save_button.setObjectName("save_person")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.addWidget(self.reason, 1)
        bar.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.duplicates)
        layout.addLayout(bar)
        self.f.changed.connect(self.check)
        self.f.touched.connect(self.touch)
        for widget in self.fields.values():
            typed_into(widget).installEventFilter(self)
        self._open(False)

    def add_below(self, *widgets: QWidget) -> None:
        """Show ``widgets`` under the fields, in the panel's scroll area."""
        for widget in widgets:
            self.below.addWidget(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field left by the keyboard or the mouse shows its problems from then on."""
        if (key := left_field(self.fields, watched, event)) is not None:
            self.touch(key)
        return False

    def touch(self, key: str) -> None:
        self.shown.add(key)
        self.check()

    def values(self) -> dict[str, Any]:
        return self.f.values()

    def _open(self, on: bool) -> None:
        """Fields and buttons usable only while a person (or a new one) is open."""
        self.f.setEnabled(on)
        self.consent.setEnabled(on)
        self.save_button.setEnabled(on)
        self.discard_button.setEnabled(False)

    def _subject_access(self) -> None:
        """All that is held on the person shown, as a PDF (`fieldapp.ui.subject_access`)."""
        if self.person_id is not None and not self.creating:
            save_subject_access(
                self, self.session, self.person_id, lambda text: self._say("saved", text)
            )

    # --- opening ----------------------------------------------------------------------------

    def load(self, person_id: str) -> None:
        self.session.read(
            lambda conn: person_record(conn, person_id), lambda row: self.fill(person_id, row)
        )

    def fill(self, person_id: str, row: dict[str, Any] | None) -> None:
        if row is None:
            return
        self.person_id, self.creating = person_id, False
        self.duplicates.withdraw()
        self.f.set_values(row)
        self.pending = []
        self._show_consent([], row)
        self._read_consent(person_id)
        self._ready()

    def _read_consent(self, person_id: str) -> None:
        def got(found: tuple[list[ConsentRecord], dict[str, Any] | None]) -> None:
            if self.person_id == person_id:  # still the person shown
                self._show_consent(*found)
                self.check()

        self.session.read(
            lambda conn: (consent_history(conn, person_id), person_record(conn, person_id)), got
        )

    def _show_consent(self, history: list[ConsentRecord], row: dict[str, Any] | None) -> None:
        if not history and row and row.get("consent_date") is not None:
            # Ticked without its event (quick add): shown as the event it becomes when changed.
            history = [ConsentRecord(bool(row["consent"]), row["consent_date"], "", utcnow())]
        self.history = history
        self.consent.show_history(history)
        self.consent.show_recorded(row)

    def _consents(self) -> list[ConsentRecord]:
        """The history as it will be once saved (a new person's events kept here)."""
        told = [ConsentRecord(g, on, "", utcnow()) for g, on in self.pending]
        return sorted([*self.history, *told], key=lambda e: e.on)

    def record_consent(self, given: bool, on: date) -> None:
        """Consent given or withdrawn on ``on``: written at once for a person in the registry
        (an event of their history), kept until saved for a new one."""
        if self.creating:
            self.pending.append((given, on))
            self.consent.show_history(self._consents(), pending=True)
            self.check()
            return
        pid = self.person_id
        if pid is None:
            return
        self.session.write(
            "participant",
            lambda repo: record_consent(repo, pid, given=given, on=on),
            lambda _v: self._read_consent(pid),
            self._failed,
        )

    def start_new(self) -> None:
        """An empty form for a person not yet in the registry; their sex is chosen, never
        assumed."""
        self.person_id, self.creating = None, True
        self._new += 1
        self.duplicates.withdraw()
        self.f.clear()
        self.pending = []
        self._show_consent([], None)
        self._ready()
        self.full_name.setFocus()

    def _ready(self) -> None:
        self._open(True)
        self._say("", "")
        self.shown = set()  # nothing typed yet: no problem shown before it is
        self._loaded = None
        self.check()
        self._loaded = self.values()

    def close_person(self, note: str = "") -> None:
        """No person open (the one shown was erased or is gone); ``note`` says what happened."""
        self._close()
        if note:
            self._say("saved", note)

    def _close(self) -> None:
        """No person open: an empty, disabled form."""
        self.person_id, self.creating, self._loaded = None, False, None
        self.duplicates.withdraw()
        self.f.clear()
        self.pending = []
        self._show_consent([], None)
        self.shown = set()
        self._say("", "")
        self.check()
        self._open(False)

    def _say(self, kind: str, text: str) -> None:
        """The line beside Save: why it cannot save yet, a failure, "Saved." or a note."""
        self._said = kind
        self.reason.setStyleSheet(STYLES.get(kind, NEUTRAL_STYLE))
        self.reason.setText(text)

    # --- leaving ----------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self._loaded is not None and self.values() != self._loaded

    def confirm_leave(self) -> bool:
        """True when the person may be left: nothing changed, the user chose to discard it,
        or to save it (the save is queued before whatever is read next). Saving a new person
        stays on it: the registry is asked for people of that name first."""
        if not self.is_modified():
            return True
        name = self.full_name.text().strip() or self.tr("this person")
        question = (
            self.tr("Save the new person “{0}”?") if self.creating
            else self.tr("Save the changes to “{0}”?")
        )  # fmt: skip
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            question.format(apart(name)),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() and not self.creating
        if answer == QMessageBox.StandardButton.Discard:
            self.forget_changes()
            return True
        return False

    def forget_changes(self) -> None:
        """Give up what was typed without asking (the caller asked, or nobody can answer); a
        new person typed is gone with it."""
        self._loaded = None
        if self.creating:
            self._close()

    def discard(self) -> None:
        """The Discard button: back to the person as stored (a new one: to no one)."""
        if self.creating or self.person_id is None:
            self._close()
            return
        self._loaded = None
        self.load(self.person_id)

    # --- checking and saving ----------------------------------------------------------------

    def problems(self) -> list[Problem]:
        values = self.values()
        unchosen = values["sex"] is None
        if unchosen:  # a new person's sex is chosen, never assumed
            values["sex"] = SEX_NOT_RECORDED
        events = self._consents()  # consent is recorded apart, but the basis rules need it
        values["consent"] = bool(events) and events[-1].given
        values["consent_date"] = events[-1].on if events else None
        person, problems = parse(ParticipantBase, values)
        if person is not None:
            problems = validate_participant(person, today=date.today())
        if unchosen:
            problems.insert(0, Problem("sex", self.tr("choose one, or “not recorded”.")))
        if (no_country := self.f.nationality.typed_problem()) is not None:
            problems.append(Problem("nationality", no_country))  # not saved as blank
        return problems

    def check(self) -> list[Problem]:
        """Show the problems of the fields already left; return every problem."""
        problems = self.problems()
        shown = [p for p in problems if p.field in self.shown]
        by_field: dict[str, str] = {}
        for p in shown:
            by_field[p.field] = (by_field.get(p.field, "") + " " + tr_problem(p)).strip()
        for key, line in self.errors.items():
            line.show_problem(by_field.get(key, ""))
        is_open = self.person_id is not None or self.creating
        self.save_button.setEnabled(is_open and not shown and not self._saving)
        self.discard_button.setEnabled(self.is_modified())
        if self.duplicates.asked not in (None, self._name_and_organization()):
            self.duplicates.withdraw()  # the name changed: the people listed were for another
        if shown:
            self._say("cannot", self.tr("Cannot save yet: {0}").format(tr_problem_line(shown[0])))
        elif self._said == "cannot" or (self._said == "saved" and self.is_modified()):
            self._say("", "")  # what it said is no longer so
        if self.creating and not self._said:
            self._say("note", self.tr("New person: in the registry once saved."))
        return problems

    def _name_and_organization(self) -> tuple[str, str | None]:
        return self.full_name.text(), self.organization.text().strip() or None

    def save(self) -> bool:
        """Save the person (True when the save is on its way); with a problem, show them all
        and put the cursor in the first field at fault. A new person is first looked for in
        the registry."""
        if self.person_id is None and not self.creating:
            return False
        if not self._no_problems():
            return False
        if self.creating:
            if not self._saving:
                self._look_for_duplicates()
            return True
        pid, values = self.person_id, self.values()
        if pid is None:
            return False
        self._loaded = values  # what is saved is no longer a change to leave behind
        self.session.write(
            "participant",
            lambda repo: update_person(repo, pid, values),
            lambda _v: self._say("saved", self.tr("Saved.")),
            self._failed,
        )
        self.check()
        return True

    def _no_problems(self) -> bool:
        """True when nothing is wrong; else every problem is shown and the cursor put in the
        first field at fault."""
        if not self.problems():
            return True
        self.shown |= set(self.errors)
        first = self.check()[0].field
        if first in self.fields:
            self.fields[first].setFocus()
        return False

    def _failed(self, error: BaseException) -> None:
        self._saving = False
        problems = error.problems if isinstance(error, ValidationError) else [error]
        self._say(
            "failed",
            "; ".join(tr_problem_line(p) if isinstance(p, Problem) else str(p) for p in problems),
        )
        self.check()

    def _look_for_duplicates(self) -> None:
        asked = self._name_and_organization()

        def found(people: list[list[PersonChoice]]) -> None:
            self._saving = False
            self.check()
            if not self.creating:
                return  # another person opened meanwhile: the new one was given up
            if self._name_and_organization() != asked:
                self._look_for_duplicates()  # typed on meanwhile: asked again for what is typed
                return
            if not people[0]:
                self._add()
                return
            self.duplicates.offer(asked, people[0])
            self._say("note", self.tr("Not saved yet: this name is in the registry."))

        self._saving = True  # one look, one save, however often Save is pressed
        self.check()
        self.session.read(lambda conn: likely_duplicates(conn, [asked]), found, self._failed)

    def _save_anyway(self) -> None:
        if self.creating and self._no_problems():
            self._add()

    def _open_duplicate(self, person_id: str) -> None:
        self.forget_changes()  # the user chose the registry's person over the one typed
        self.open_requested.emit(person_id)

    def _add(self) -> None:
        values = self.values()
        consents = list(self.pending)
        person, problems = parse(ParticipantBase, values)
        if person is None:
            self._failed(ValidationError(problems))
            return

        new = self._new

        def added(person_id: str) -> None:
            self._saving = False
            if not (self.creating and self._new == new):
                return  # another person was opened meanwhile: this one is saved all the same
            # What was saved is no longer a change; anything typed meanwhile still is.
            self.person_id, self.creating, self._loaded = person_id, False, values
            self.pending = [c for c in self.pending if c not in consents]
            self._read_consent(person_id)
            self._say("saved", self.tr("Saved."))
            self.check()
            self.created.emit(person_id)

        self._saving = True
        self.check()
        self.session.write(
            "participant", lambda repo: add_person(repo, person, consents), added, self._failed
        )
