"""The quick-add form of the participant list: a new person with what the indicators need
(sex chosen, never assumed; birth year or age band; organization and its type; consent with
its date). Enter in any field adds."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import parse, validate_participant
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.form_fields import DateField, show_date
from fieldapp.ui.labels import code
from fieldapp.ui.problem_text import tr_problem_line
from fieldapp.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QWidget,
    Signal,
)


def _choice(name: str, accessible: str, blank: str, values: tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.addItem(blank, None)
    for value in values:
        box.addItem(code(value), value)
    return box


class QuickAddForm(QGroupBox):
    submitted = Signal()  # the Add button, or Enter in a field

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Quick add a new person"))
        cl = codelists()
        self.q_name = QLineEdit()
        self.q_name.setObjectName("quick_name")
        self.q_name.setPlaceholderText(self.tr("Full name"))
        self.q_name.setAccessibleName(self.tr("New person's full name"))
        self.q_sex = _choice("quick_sex", self.tr("New person's sex"), self.tr("Sex…"), cl.sexes)
        # As typed, like the person form's: a number box showing "Birth year…" refused the
        # digits typed after that text, and the year was lost without a word.
        self.q_birth = QLineEdit()
        self.q_birth.setObjectName("quick_birth_year")
        self.q_birth.setAccessibleName(self.tr("New person's birth year"))
        self.q_birth.setPlaceholderText(self.tr("Birth year…"))
        self.q_birth.setMaxLength(8)
        self.q_band = _choice(
            "quick_age_band",
            self.tr("New person's age band"),
            self.tr("or age band…"),
            cl.age_bands,
        )
        self.q_org = QLineEdit()
        self.q_org.setObjectName("quick_organization")
        self.q_org.setPlaceholderText(self.tr("Organization"))
        self.q_org.setAccessibleName(self.tr("New person's organization"))
        self.q_org_type = _choice(
            "quick_organization_type",
            self.tr("New person's organization type"),
            self.tr("Organization type…"),
            cl.organization_types,
        )
        self.q_nat = country_combo(self, blank=self.tr("Nationality…"))
        self.q_nat.setObjectName("quick_nationality")
        self.q_nat.setAccessibleName(self.tr("New person's nationality"))
        self.q_consent = QCheckBox(self.tr("Consents to data processing"))
        self.q_consent.setObjectName("quick_consent")
        self.q_consent_date = DateField()  # written as the lists write a date
        self.q_consent_date.setObjectName("quick_consent_date")
        self.q_consent_date.setAccessibleName(self.tr("Consent date"))
        self.q_consent.toggled.connect(self._consent_toggled)
        self.q_add = QPushButton(self.tr("Add new person"))
        self.q_add.setObjectName("quick_add")
        self.q_add.clicked.connect(self.submitted)
        self.q_message = QLabel()
        self.q_message.setObjectName("quick_message")
        self.q_message.setWordWrap(True)
        self.q_message.setStyleSheet("color: #b00020;")
        # Three rows that fit a 1024 px window beside the menu (~820 px): who (the name gets
        # the room), where they work, then consent and Add. Choices never widen the form for
        # a long entry (a country, an organization type).
        for box in (self.q_sex, self.q_band, self.q_org_type, self.q_nat):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(16 if box is self.q_org_type else 10)
        for edit in (self.q_name, self.q_org):
            edit.setMinimumWidth(220)
        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        rows: list[list[QWidget]] = [
            [self.q_name, self.q_sex, self.q_birth, self.q_band],
            [self.q_org, self.q_org_type, self.q_nat],
        ]
        for r, row in enumerate(rows):
            for c, widget in enumerate(row):
                grid.addWidget(widget, r, c)
        last = QHBoxLayout()
        last.addWidget(self.q_consent)
        last.addWidget(self.q_consent_date)
        last.addWidget(self.q_message, 1)
        last.addWidget(self.q_add)
        grid.addLayout(last, 2, 0, 1, 4)
        for column, stretch in enumerate((3, 1, 1, 1)):
            grid.setColumnStretch(column, stretch)
        self._consent_toggled(False)

    def keyPressEvent(self, event: object) -> None:
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter in any field, once: a line edit passes its Enter on to us (no returnPressed
            # connection too, or the person would be added twice).
            self.submitted.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def _consent_toggled(self, given: bool) -> None:
        self.q_consent_date.setEnabled(given)
        if given:
            self.q_consent_date.setDate(QDate.currentDate())
        else:
            self.q_consent_date.clear()  # no consent, no date

    def person(self) -> tuple[ParticipantBase | None, list[str]]:
        """The person typed, or what is wrong (each message names its field)."""
        problems: list[str] = []
        if self.q_sex.currentData() is None:
            problems.append(self.tr("Sex: choose one, or “not recorded”."))
        typed = self.q_consent_date.date()
        consent_date = typed.toPython() if self.q_consent.isChecked() and typed.isValid() else None
        if (
            self.q_consent.isChecked()
            and self.q_consent_date.text().strip()
            and not typed.isValid()
        ):
            example = show_date(QDate(2026, 11, 10))
            problems.append(self.tr("Consent date: type a date like {0}.").format(example))
        data = {
            "full_name": self.q_name.text(),
            "sex": self.q_sex.currentData() or "",
            "birth_year": self.q_birth.text().strip() or None,
            "age_band": self.q_band.currentData(),
            "organization": self.q_org.text(),
            "organization_type": self.q_org_type.currentData(),
            "nationality": self.q_nat.currentData(),
            "consent": self.q_consent.isChecked(),
            "consent_date": consent_date,
        }
        person, found = parse(ParticipantBase, data)
        if person is not None:
            found = validate_participant(person, today=date.today())
            if self.q_sex.currentData() is None:
                found = [p for p in found if p.field != "sex"]
        problems += [tr_problem_line(p) for p in found]
        if (wrong := self.q_nat.typed_problem()) is not None:
            problems.append(self.tr("Nationality: {0}").format(wrong))
        return (None if problems else person), problems

    def show_problems(self, problems: list[str]) -> None:
        self.q_message.setText(" ".join(problems))  # each is a sentence of its own

    def clear(self) -> None:
        """Ready for the next person: every field empty, sex unchosen again."""
        for edit in (self.q_name, self.q_org):
            edit.clear()
        self.q_nat.setEditText("")
        for box in (self.q_sex, self.q_band, self.q_org_type, self.q_nat):
            box.setCurrentIndex(0)
        self.q_birth.clear()
        self.q_consent.setChecked(False)
        self.q_message.clear()
        self.q_name.setFocus()
