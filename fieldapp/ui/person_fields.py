"""A person's fields as the People screen lays them out: two columns, short fields paired,
each label above its field and each row's problems in one line kept for them (a 600-pixel
screen shows them all; nothing moves when a message comes or goes)."""

from __future__ import annotations

from typing import Any

from fieldapp.domain import legal_basis as _basis_labels  # noqa: F401  (its LABELS)
from fieldapp.domain.codelists import codelists
from fieldapp.domain.privacy import LEGAL_BASES
from fieldapp.domain.validation import LABELS
from fieldapp.ui.basis_labels import basis_name
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.form_fields import DateField, ProblemLine, qdate, with_hint
from fieldapp.ui.labels import by_shown, code, tr_label
from fieldapp.ui.qt import (
    QComboBox,
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
    ("legal_basis", "basis_date"),
    ("basis_note",),
)
TEXTS = ("full_name", "organization", "position", "email", "phone", "basis_note")
CHOICES = ("sex", "age_band", "nationality", "organization_type", "legal_basis")


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
        # The legal basis for holding the person's data (consent itself is a history of
        # dated events, kept apart: `consent_panel`).
        self.legal_basis = QComboBox()
        self.legal_basis.addItem(basis_name(None), None)
        for b in LEGAL_BASES:
            self.legal_basis.addItem(basis_name(b), b)
        self.basis_date = DateField()
        self.basis_date.edit.clear()  # none until chosen
        self.basis_date.edit.setPlaceholderText(self.tr("the date it applies from"))
        self.basis_note = QLineEdit()
        self.basis_note.setPlaceholderText(self.tr("why the data is held (stays on this computer)"))
        self.fields: dict[str, QWidget] = {
            "full_name": self.full_name, "sex": self.sex, "birth_year": self.birth_year,
            "age_band": self.age_band, "nationality": self.nationality,
            "organization": self.organization, "organization_type": self.organization_type,
            "position": self.position, "email": self.email, "phone": self.phone,
            "legal_basis": self.legal_basis, "basis_date": self.basis_date,
            "basis_note": self.basis_note,
        }  # fmt: skip
        self.errors: dict[str, ProblemLine] = {}
        shown = {"birth_year": with_hint(self.birth_year, self.tr("e.g. 1985"), "birth_year_hint")}
        for choice in (
            self.sex,
            self.age_band,
            self.nationality,
            self.organization_type,
            self.legal_basis,
        ):
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
        for key in TEXTS:
            edit = self.fields[key]
            assert isinstance(edit, QLineEdit)
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
        self.basis_date.edit.textChanged.connect(self.changed)
        self.basis_date.committed.connect(lambda: self.touched.emit("basis_date"))

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

    def values(self) -> dict[str, Any]:
        """The fields as typed: the domain's checks, not the widgets, decide what is right."""
        since = self.basis_date.date()
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
            "legal_basis": self.legal_basis.currentData(),
            "basis_date": since.toPython() if since.isValid() else None,
            "basis_note": self.basis_note.text(),
        }

    def set_values(self, row: dict[str, Any]) -> None:
        """Show a stored person (a row of `queries.person_record`)."""
        self.blockSignals(True)
        for key in CHOICES:
            box = self.fields[key]
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(max(0, box.findData(row.get(key))))
        year = row["birth_year"]
        self.birth_year.setText("" if year is None else str(year))
        self.full_name.setText(row["full_name"])
        for key in ("organization", "position", "email", "phone", "basis_note"):
            field = self.fields[key]
            assert isinstance(field, QLineEdit)
            field.setText(row.get(key) or "")
        if row.get("basis_date"):
            self.basis_date.setDate(qdate(row["basis_date"]))
        else:
            self.basis_date.edit.clear()
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
        for key in ("age_band", "nationality", "organization_type", "legal_basis"):
            box = self.fields[key]
            assert isinstance(box, QComboBox)
            box.setCurrentIndex(0)
        self.basis_date.edit.clear()
        self.blockSignals(False)
