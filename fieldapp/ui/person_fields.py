"""A person's fields as the People screen lays them out: two columns, short fields paired,
each label above its field and each row's problems in one line kept for them (a 600-pixel
screen shows them all; nothing moves when a message comes or goes)."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.validation import LABELS
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.form_fields import DateField, ProblemLine, qdate, with_hint
from fieldapp.ui.labels import by_shown, code, tr_label
from fieldapp.ui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

# The form's rows: a field alone takes the panel's width, two share it.
ROWS: tuple[tuple[str, ...], ...] = (
    ("full_name",),
    ("sex", "birth_year"),
    ("age_band", "nationality"),
    ("organization",),
    ("organization_type", "position"),
    ("email", "phone"),
    ("consent", "consent_date"),
)
TEXTS = ("full_name", "organization", "position", "email", "phone")
CHOICES = ("sex", "age_band", "nationality", "organization_type")


class PersonFields(QWidget):
    changed = Signal()  # anything typed, chosen or ticked
    touched = Signal(str)  # a field done with (a choice made, Enter, a date picked)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        cl = codelists()
        self.full_name, self.organization, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.sex = QComboBox()
        self.sex.setPlaceholderText(self.tr("Choose…"))  # a new person's: never assumed
        for s in cl.sexes:
            self.sex.addItem(code(s), s)
        self.birth_year = QLineEdit()  # as typed: 1850 is refused with a message, not undone
        self.birth_year.setPlaceholderText(self.tr("not recorded"))
        self.age_band = QComboBox()
        self.age_band.addItem("—", None)
        for b in cl.age_bands:
            self.age_band.addItem(code(b), b)
        self.nationality = country_combo(self, blank="—")
        self.organization_type = QComboBox()
        self.organization_type.addItem("—", None)
        for t in by_shown(cl.organization_types, code):
            self.organization_type.addItem(code(t), t)
        self.consent = QCheckBox(self.tr("Consented to data processing"))
        self.consent_date = DateField()
        self.consent_date.edit.setPlaceholderText(self.tr("only with consent"))
        self.fields: dict[str, QWidget] = {
            "full_name": self.full_name, "sex": self.sex, "birth_year": self.birth_year,
            "age_band": self.age_band, "nationality": self.nationality,
            "organization": self.organization, "organization_type": self.organization_type,
            "position": self.position, "email": self.email, "phone": self.phone,
            "consent": self.consent, "consent_date": self.consent_date,
        }  # fmt: skip
        self.errors: dict[str, ProblemLine] = {}
        shown = {"birth_year": with_hint(self.birth_year, self.tr("e.g. 1985"), "birth_year_hint")}
        for choice in (self.sex, self.age_band, self.nationality, self.organization_type):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(6)  # long country names do not widen the form
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(0)
        for r, keys in enumerate(ROWS):
            problems = QWidget()
            problems.setFixedHeight(self.fontMetrics().lineSpacing() + 4)
            strip = QHBoxLayout(problems)
            strip.setContentsMargins(0, 0, 0, 2)
            for c, key in enumerate(keys):
                widget = self.fields[key]
                text = tr_label(LABELS.get(key, key.replace("_", " ").capitalize()))
                widget.setAccessibleName(text)
                widget.setObjectName(f"person_{key}")
                label = QLabel(text)
                label.setBuddy(widget)
                cell = QVBoxLayout()
                cell.setSpacing(1)
                cell.addWidget(label)
                cell.addWidget(shown.get(key, widget))
                grid.addLayout(cell, 2 * r, c, 1, 3 - len(keys))
                strip.addWidget(self._problem_line(key, text, trailing=c == 1))
            grid.addWidget(problems, 2 * r + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        for edit in (self.full_name, self.organization, self.position, self.email, self.phone):
            edit.textChanged.connect(self.changed)
        self.birth_year.textChanged.connect(self.changed)
        for key in (*TEXTS, "birth_year"):
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.returnPressed.connect(lambda k=key: self.touched.emit(k))
        for key in CHOICES:
            box = self.fields[key]
            assert isinstance(box, QComboBox)
            box.currentIndexChanged.connect(lambda _i, k=key: self.touched.emit(k))
        self.consent.toggled.connect(self._consent_toggled)
        self.consent_date.edit.textChanged.connect(self.changed)
        self.consent_date.committed.connect(lambda: self.touched.emit("consent_date"))

    def _problem_line(self, key: str, label: str, trailing: bool) -> ProblemLine:
        """The field's problem line; hidden, it gives the row's width to its neighbour's."""
        line = ProblemLine(self.tr("{0}: problem").format(label))
        line.setObjectName(f"person_{key}_problem")
        policy = line.sizePolicy()
        policy.setRetainSizeWhenHidden(False)
        line.setSizePolicy(policy)
        if trailing:  # under the right-hand field, however far a long message reaches
            line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.errors[key] = line
        return line

    def _consent_toggled(self, given: bool) -> None:
        """A consent date only with consent: ticked, it is today unless typed; unticked, none
        is shown (and none is saved)."""
        self.consent_date.setEnabled(given)
        if given and not self.consent_date.edit.text().strip():
            self.consent_date.setDate(QDate.currentDate())
        elif not given:
            self.consent_date.edit.clear()
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The fields as typed: the domain's checks, not the widgets, decide what is right."""
        consent_date = self.consent_date.date()
        return {
            "full_name": self.full_name.text(),
            "sex": self.sex.currentData(),
            "birth_year": self.birth_year.text().strip() or None,
            "age_band": self.age_band.currentData(),
            "nationality": self.nationality.currentData(),
            "organization": self.organization.text(),
            "organization_type": self.organization_type.currentData(),
            "position": self.position.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "consent": self.consent.isChecked(),
            "consent_date": (consent_date.toPython() if consent_date.isValid() else None)
            if self.consent.isChecked()
            else None,
        }

    def set_values(self, row: dict[str, Any]) -> None:
        """Show a stored person (a row of `queries.person_record`)."""
        self.blockSignals(True)
        for key in CHOICES:
            box = self.fields[key]
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(max(0, box.findData(row[key])))
        year = row["birth_year"]
        self.birth_year.setText("" if year is None else str(year))
        self.full_name.setText(row["full_name"])
        for key in ("organization", "position", "email", "phone"):
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.setText(row[key] or "")
        self.consent.setChecked(bool(row["consent"]))
        self.consent_date.setEnabled(bool(row["consent"]))
        if row["consent_date"]:
            self.consent_date.setDate(qdate(row["consent_date"]))
        else:
            self.consent_date.edit.clear()
        self.blockSignals(False)

    def clear(self) -> None:
        """Every field empty; sex unchosen (a new person's is chosen, never assumed)."""
        self.blockSignals(True)
        for key in TEXTS:
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.clear()
        self.birth_year.clear()
        self.sex.setCurrentIndex(-1)
        for key in ("age_band", "nationality", "organization_type"):
            box = self.fields[key]
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(0)
        self.consent.setChecked(False)
        self.consent_date.setEnabled(False)
        self.consent_date.edit.clear()
        self.blockSignals(False)
