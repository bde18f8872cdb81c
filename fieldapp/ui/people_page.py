"""People: the registry (search as you type over 100k people), an editor, the events a person
attended, and possible duplicates with a merge."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import LABELS, Problem, ValidationError, parse, validate_participant
from fieldapp.store.queries import count_people, events_of_person, list_people, possible_duplicates
from fieldapp.store.repository import PARTICIPANT
from fieldapp.ui.event_editor import qdate
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.labels import number, tr_label
from fieldapp.ui.paged_model import Column, PagedModel
from fieldapp.ui.problem_text import tr_problem, tr_problem_line
from fieldapp.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
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
    """Edit one person; problems show beside the fields, Save waits until there are none."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.person_id: str | None = None
        cl = codelists()
        self.full_name, self.organization, self.position = QLineEdit(), QLineEdit(), QLineEdit()
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.sex = QComboBox()
        for s in cl.sexes:
            self.sex.addItem(tr_label(s), s)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1899, date.today().year)
        self.birth_year.setSpecialValueText(self.tr("not recorded"))
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
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd MMM yyyy")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, widget in (
            ("full_name", self.full_name), ("sex", self.sex), ("birth_year", self.birth_year),
            ("age_band", self.age_band), ("nationality", self.nationality),
            ("organization", self.organization), ("organization_type", self.organization_type),
            ("position", self.position), ("email", self.email), ("phone", self.phone),
            ("consent", self.consent), ("consent_date", self.consent_date),
        ):  # fmt: skip
            label = tr_label(LABELS.get(key, key.replace("_", " ").capitalize()))
            widget.setAccessibleName(label)
            error = QLabel()
            error.setStyleSheet("color: #b00020;")
            error.hide()
            self.errors[key] = error
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("Save person"))
        self.save_button.setObjectName("save_person")
        self.save_button.clicked.connect(self.save)
        form.addRow(self.reason, self.save_button)
        for edit in (self.full_name, self.organization, self.position, self.email, self.phone):
            edit.textChanged.connect(self.check)
        for choice in (self.sex, self.age_band, self.nationality, self.organization_type):
            choice.currentIndexChanged.connect(self.check)
        self.birth_year.valueChanged.connect(self.check)
        self.consent.toggled.connect(self.check)
        self.consent_date.dateChanged.connect(self.check)
        self.setEnabled(False)

    def values(self) -> dict[str, Any]:
        year = self.birth_year.value()
        return {
            "full_name": self.full_name.text(),
            "sex": self.sex.currentData(),
            "birth_year": None if year == self.birth_year.minimum() else year,
            "age_band": self.age_band.currentData(),
            "nationality": self.nationality.currentData(),
            "organization": self.organization.text(),
            "organization_type": self.organization_type.currentData(),
            "position": self.position.text(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "consent": self.consent.isChecked(),
            "consent_date": self.consent_date.date().toPython()
            if self.consent.isChecked()
            else None,
        }

    def load(self, person_id: str) -> None:
        def job(conn: Any) -> dict[str, Any] | None:
            row = (
                conn.execute(select(PARTICIPANT).where(PARTICIPANT.c.id == person_id))
                .mappings()
                .first()
            )
            return None if row is None else dict(row)

        self.session.read(job, lambda row: self.fill(person_id, row))

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
        self.birth_year.setValue(row["birth_year"] or self.birth_year.minimum())
        for edit, key in (
            (self.organization, "organization"),
            (self.position, "position"),
            (self.email, "email"),
            (self.phone, "phone"),
        ):
            edit.setText(row[key] or "")
        self.consent.setChecked(bool(row["consent"]))
        if row["consent_date"]:
            self.consent_date.setDate(qdate(row["consent_date"]))
        self.setEnabled(True)
        self.check()

    def check(self) -> list[Any]:
        person, problems = parse(ParticipantBase, self.values())
        if person is not None:
            problems = validate_participant(person, today=date.today())
        by_field: dict[str, str] = {}
        for p in problems:
            by_field[p.field] = (by_field.get(p.field, "") + " " + tr_problem(p)).strip()
        for key, label in self.errors.items():
            label.setText(by_field.get(key, ""))
            label.setVisible(key in by_field)
        self.save_button.setEnabled(not problems and self.person_id is not None)
        self.reason.setText(
            self.tr("Cannot save yet: {0}").format(tr_problem_line(problems[0])) if problems else ""
        )
        return problems

    def save(self) -> None:
        if self.check() or self.person_id is None:
            return
        pid, values = self.person_id, self.values()

        def failed(error: BaseException) -> None:
            problems = error.problems if isinstance(error, ValidationError) else [error]
            self.reason.setText(
                "; ".join(
                    tr_problem_line(p) if isinstance(p, Problem) else str(p) for p in problems
                )
            )

        self.session.write(
            "participant",
            lambda repo: repo.update_participant(pid, values),
            lambda _v: self.reason.setText(self.tr("Saved.")),
            failed,
        )


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
        merge = QPushButton(self.tr("Merge: keep the first, move the second's attendance to it"))
        merge.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(merge)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        def job(conn: Any) -> list[tuple[str, str, str, str, str]]:
            pairs = possible_duplicates(conn)
            ids = {i for a, b, _ in pairs for i in (a, b)}
            rows = conn.execute(
                select(PARTICIPANT.c.id, PARTICIPANT.c.full_name).where(PARTICIPANT.c.id.in_(ids))
            )
            names = {pid: name for pid, name in rows}
            return [(a, b, names.get(a, "?"), names.get(b, "?"), reason) for a, b, reason in pairs]

        self.session.read(job, self.show_pairs)

    def show_pairs(self, pairs: list[tuple[str, str, str, str, str]]) -> None:
        self.list.clear()
        for a, b, name_a, name_b, reason in pairs:
            item = QListWidgetItem(f"{name_a}  ↔  {name_b}   ({tr_label(reason)})")
            item.setData(Qt.ItemDataRole.UserRole, (a, b))
            self.list.addItem(item)
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
        split.addWidget(side)
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
        if person is not None:
            self.open_person(person.id)

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
