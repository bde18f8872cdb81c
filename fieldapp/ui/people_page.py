"""People: the registry (search as you type over 100k people), an editor, the events a person
attended, and possible duplicates with a merge."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import LABELS, Problem, ValidationError, parse, validate_participant
from fieldapp.store.queries import (
    count_people,
    events_of_person,
    list_people,
    named_duplicates,
    person_record,
)
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.form_fields import (
    ERROR_STYLE,
    LEAVING,
    SUCCESS_STYLE,
    DateField,
    ProblemLine,
    qdate,
    with_hint,
)
from fieldapp.ui.labels import number, tr_label
from fieldapp.ui.paged_model import Column, PagedModel
from fieldapp.ui.problem_text import tr_problem, tr_problem_line
from fieldapp.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QObject,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.session import Session

PERSON_FIELDS = list(ParticipantBase.model_fields)


class PersonForm(QWidget):
    """Edit one person. A problem shows beside its field once the field is left (or Save
    pressed), in a line kept for it; leaving a changed person asks to save, discard or stay."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.person_id: str | None = None
        self._loaded: dict[str, Any] | None = None  # the values as loaded: None when none is
        self.shown: set[str] = set()
        cl = codelists()
        self.full_name, self.organization, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.sex = QComboBox()
        for s in cl.sexes:
            self.sex.addItem(tr_label(s), s)
        self.birth_year = QLineEdit()  # as typed: 1850 is refused with a message, not undone
        self.birth_year.setPlaceholderText(self.tr("not recorded"))
        self.age_band = QComboBox()
        self.age_band.addItem("—", None)
        for b in cl.age_bands:
            self.age_band.addItem(tr_label(b), b)
        self.nationality = country_combo(self, blank="—")
        self.organization_type = QComboBox()
        self.organization_type.addItem("—", None)
        for t in cl.organization_types:
            self.organization_type.addItem(tr_label(t), t)
        self.consent = QCheckBox(self.tr("Consented to data processing"))
        self.consent_date = DateField()
        self.errors: dict[str, ProblemLine] = {}
        self.fields: dict[str, QWidget] = {
            "full_name": self.full_name, "sex": self.sex, "birth_year": self.birth_year,
            "age_band": self.age_band, "nationality": self.nationality,
            "organization": self.organization, "organization_type": self.organization_type,
            "position": self.position, "email": self.email, "phone": self.phone,
            "consent": self.consent, "consent_date": self.consent_date,
        }  # fmt: skip
        year_hint = with_hint(self.birth_year, self.tr("e.g. 1985"), "birth_year_hint")
        self.consent_date.edit.setPlaceholderText(self.tr("only with consent"))
        for choice in (self.sex, self.age_band, self.nationality, self.organization_type):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(8)  # long country names do not widen the form
        form = QFormLayout(self)
        for key, widget in self.fields.items():
            label = tr_label(LABELS.get(key, key.replace("_", " ").capitalize()))
            widget.setAccessibleName(label)
            widget.setObjectName(f"person_{key}")
            error = ProblemLine(self.tr("{0}: problem").format(label))
            error.setObjectName(f"person_{key}_problem")
            self.errors[key] = error
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(year_hint if widget is self.birth_year else widget)
            box.addWidget(error)
            form.addRow(label, box)
            (widget.edit if isinstance(widget, DateField) else widget).installEventFilter(self)
        self.reason = QLabel()
        self.reason.setObjectName("person_reason")
        self.reason.setWordWrap(True)
        self.reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.reason.setFixedHeight(2 * self.reason.fontMetrics().lineSpacing() + 4)
        self.save_button = QPushButton(self.tr("Save person"))
        self.save_button.setObjectName("save_person")
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.reason, 1)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(bar)
        for key, edit in (
            ("full_name", self.full_name),
            ("organization", self.organization),
            ("position", self.position),
            ("email", self.email),
            ("phone", self.phone),
            ("birth_year", self.birth_year),
        ):
            edit.textChanged.connect(self.check)
            edit.returnPressed.connect(lambda k=key: self.touch(k))
        for key, choice in (
            ("sex", self.sex),
            ("age_band", self.age_band),
            ("nationality", self.nationality),
            ("organization_type", self.organization_type),
        ):
            choice.currentIndexChanged.connect(lambda _i, k=key: self.touch(k))
        self.consent.toggled.connect(self._consent_toggled)
        self.consent_date.edit.textChanged.connect(self.check)
        self.consent_date.committed.connect(lambda: self.touch("consent_date"))
        self.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field left by the keyboard or the mouse shows its problems from then on."""
        if event.type() == QEvent.Type.FocusOut and event.reason() in LEAVING:  # type: ignore[attr-defined]
            for key, widget in self.fields.items():
                if watched is (widget.edit if isinstance(widget, DateField) else widget):
                    self.touch(key)
        return False

    def touch(self, key: str) -> None:
        self.shown.add(key)
        self.check()

    def _consent_toggled(self, given: bool) -> None:
        """A consent date only with consent: ticked, it is today unless typed; unticked, none
        is shown (and none is saved)."""
        self.consent_date.setEnabled(given)
        if given and not self.consent_date.edit.text().strip():
            self.consent_date.setDate(QDate.currentDate())
        elif not given:
            self.consent_date.edit.clear()
        self.touch("consent")

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

    def load(self, person_id: str) -> None:
        self.session.read(
            lambda conn: person_record(conn, person_id), lambda row: self.fill(person_id, row)
        )

    def fill(self, person_id: str, row: dict[str, Any] | None) -> None:
        if row is None:
            return
        self.person_id = person_id
        self.full_name.setText(row["full_name"])
        for box, key in (
            (self.sex, "sex"),
            (self.age_band, "age_band"),
            (self.nationality, "nationality"),
            (self.organization_type, "organization_type"),
        ):
            box.setCurrentIndex(max(0, box.findData(row[key])))
        year = row["birth_year"]
        self.birth_year.setText("" if year is None else str(year))
        for edit, key in (
            (self.organization, "organization"),
            (self.position, "position"),
            (self.email, "email"),
            (self.phone, "phone"),
        ):
            edit.setText(row[key] or "")
        self.consent.setChecked(bool(row["consent"]))
        self.consent_date.setEnabled(bool(row["consent"]))
        if row["consent_date"]:
            self.consent_date.setDate(qdate(row["consent_date"]))
        else:
            self.consent_date.edit.clear()
        self.setEnabled(True)
        self.shown = set()  # nothing typed yet: no problem shown before it is
        self.check()
        self._loaded = self.values()

    # --- leaving ----------------------------------------------------------------------------

    def is_modified(self) -> bool:
        return self._loaded is not None and self.values() != self._loaded

    def confirm_leave(self) -> bool:
        """True when the person may be left: nothing changed, the user chose to discard it,
        or to save it (the save is queued before whatever is read next)."""
        if not self.is_modified():
            return True
        name = self.full_name.text().strip() or self.tr("this person")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}”?").format(name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.forget_changes()
            return True
        return False

    def forget_changes(self) -> None:
        """Give up what was typed without asking (the caller asked, or nobody can answer)."""
        self._loaded = None

    # --- checking and saving ----------------------------------------------------------------

    def problems(self) -> list[Problem]:
        person, problems = parse(ParticipantBase, self.values())
        if person is not None:
            problems = validate_participant(person, today=date.today())
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
        self.save_button.setEnabled(not shown and self.person_id is not None)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setText(
            self.tr("Cannot save yet: {0}").format(tr_problem_line(shown[0])) if shown else ""
        )
        return problems

    def save(self) -> bool:
        """Save the person (True when the save is on its way); with a problem, show them all
        and put the cursor in the first field at fault."""
        if self.person_id is None:
            return False
        if self.problems():
            self.shown |= set(self.errors)
            first = self.check()[0].field
            if first in self.fields:
                self.fields[first].setFocus()
            return False
        pid, values = self.person_id, self.values()

        def saved(_v: object) -> None:
            self.reason.setStyleSheet(SUCCESS_STYLE)
            self.reason.setText(self.tr("Saved."))

        def failed(error: BaseException) -> None:
            problems = error.problems if isinstance(error, ValidationError) else [error]
            self.reason.setStyleSheet(ERROR_STYLE)
            self.reason.setText(
                "; ".join(
                    tr_problem_line(p) if isinstance(p, Problem) else str(p) for p in problems
                )
            )

        self._loaded = values  # what is saved is no longer a change to leave behind
        self.session.write(
            "participant", lambda repo: repo.update_participant(pid, values), saved, failed
        )
        return True


class DuplicatesDialog(QDialog):
    """Pairs that may be one person; merging keeps the first and moves the other's attendance."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(640, 420)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Possible duplicates"))
        self.message = QLabel(self.tr("Looking for possible duplicates…"))
        self.merge_button = QPushButton(
            self.tr("Merge: keep the first, move the second's attendance to it")
        )
        self.merge_button.setObjectName("merge_duplicates")
        self.merge_button.setEnabled(False)  # nothing to merge until a pair is chosen
        self.merge_button.clicked.connect(self.merge)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.merge_button.setEnabled(item is not None)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.session.read(named_duplicates, self.show_pairs)

    def show_pairs(self, pairs: list[tuple[str, str, str, str, str]]) -> None:
        self.list.clear()
        self.merge_button.setEnabled(False)
        for a, b, name_a, name_b, reason in pairs:
            item = QListWidgetItem(f"{name_a}  ↔  {name_b}   ({tr_label(reason)})")
            item.setData(Qt.ItemDataRole.UserRole, (a, b))
            self.list.addItem(item)
        if pairs:
            self.list.setCurrentRow(0)
        self.message.setText(
            self.tr("{0} possible duplicates.").format(len(pairs))
            if pairs
            else self.tr("No possible duplicates found.")
        )

    def merge(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        keep, other = item.data(Qt.ItemDataRole.UserRole)
        self.session.write(
            "participant",
            lambda repo: repo.merge_people(keep, other),
            lambda _v: self.refresh(),
            lambda e: self.message.setText(str(e)),
        )


class PeoplePage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        columns = [
            Column("full_name", self.tr("Full name")),
            Column("sex", self.tr("Sex"), tr_label),
            Column("organization", self.tr("Organization")),
            Column("nationality", self.tr("Nationality")),
            Column("email", self.tr("E-mail")),
        ]
        self.model = PagedModel(
            session,
            columns,
            count_people,
            lambda conn, text, sort, desc, offset, limit: list_people(
                conn, text, sort=sort, descending=desc, offset=offset, limit=limit
            ),
            "",
            sort="full_name",
        )
        self.search = QLineEdit()
        self.search.setObjectName("search_people")
        self.search.setPlaceholderText(self.tr("Search name, organization or e-mail…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        duplicates = QPushButton(self.tr("Possible duplicates…"))
        duplicates.setObjectName("possible_duplicates")
        duplicates.clicked.connect(lambda: DuplicatesDialog(session, self).exec())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(duplicates)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(2, 200)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAccessibleName(self.tr("People"))
        self.form = PersonForm(session)
        self.events = QListWidget()
        self.events.setAccessibleName(self.tr("Events attended"))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.form)
        side_layout.addWidget(QLabel(self.tr("Events attended")))
        side_layout.addWidget(self.events, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        split = QSplitter()
        split.addWidget(left)
        side_scroll = QScrollArea()  # the form scrolls: a 600-pixel screen still shows it all
        side_scroll.setObjectName("person_side")
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        split.addWidget(side_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(lambda: self.model.set_params(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.model.loaded.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.select(cur.row())
        )
        session.changed.connect(lambda what: self.model.reload() if what == "participant" else None)
        session.unlocked.connect(lambda _i: self.model.reload())

    def _show_count(self, n: int) -> None:
        if n:
            self.count.setText(self.tr("{0} people").format(number(n)))
        elif self.search.text().strip():
            self.count.setText(self.tr("Nobody matches."))
        else:
            self.count.setText(
                self.tr("No one yet: people are added from an event's Participants tab.")
            )

    def select(self, row: int) -> None:
        person = self.model.row_at(row)
        if person is None or person.id == self.form.person_id:
            return
        if not self.confirm_leave():
            self._reselect(self.form.person_id)  # the user stays with the changed person
            return
        self.open_person(person.id)

    def _reselect(self, person_id: str | None) -> None:
        """Put the list's selection back on ``person_id`` (when it is on the page shown)."""
        rows = self.model.rowCount()
        row = next(
            (r for r in range(rows) if (p := self.model.row_at(r)) and p.id == person_id), -1
        )
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)

    def confirm_leave(self) -> bool:
        """True when the screen may be left (or another person opened): the person being
        edited is unchanged, or saved or discarded as the user chose."""
        return self.form.confirm_leave()

    def open_person(self, person_id: str) -> None:
        """Show ``person_id`` in the form (also when the list does not show them)."""
        self.form.load(person_id)
        self.session.read(lambda conn: events_of_person(conn, person_id), self._show_events)

    def _show_events(self, events: list[tuple[str, str, date, str]]) -> None:
        self.events.clear()
        for _id, title, start, role in events:
            self.events.addItem(f"{start:%d %b %Y} — {title} ({tr_label(role)})")
        if not events:
            self.events.addItem(self.tr("No events yet."))
