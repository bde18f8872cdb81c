"""Who attended an event: add people from the registry (search) or quick-add a new one; set
role, days, completion, scores and satisfaction for each."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import ParticipantBase
from fieldapp.domain.validation import ValidationError, parse
from fieldapp.store.event_drafts import AttendanceLine
from fieldapp.store.queries import list_people
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.labels import tr_label
from fieldapp.ui.problem_text import tr_problem_line
from fieldapp.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.session import Session

COLUMNS = ["Name", "Role", "Days", "Completed", "Pre-test", "Post-test", "Satisfaction", ""]
NO_SCORE = -1.0


def _score_box(value: float | None) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(NO_SCORE, 100)
    box.setDecimals(0)
    box.setSpecialValueText("—")
    box.setValue(NO_SCORE if value is None else value)
    return box


class AttendanceTab(QWidget):
    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.lines: list[AttendanceLine] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Find a person in the registry (name, organization, e-mail)…")
        )
        self.search.setAccessibleName(self.tr("Find a person"))
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        self.results.setAccessibleName(self.tr("People found"))
        self.results.itemActivated.connect(self._add_found)
        add = QPushButton(self.tr("Add to event"))
        add.clicked.connect(lambda: self._add_found(self.results.currentItem()))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        finder = QVBoxLayout()
        finder.addWidget(self.search)
        finder.addWidget(self.results)
        finder.addWidget(add, 0, Qt.AlignmentFlag.AlignRight)

        quick = QGroupBox(self.tr("Quick add a new person"))
        self.q_name = QLineEdit()
        self.q_name.setPlaceholderText(self.tr("Full name"))
        self.q_name.setAccessibleName(self.tr("New person's full name"))
        self.q_sex = QComboBox()
        self.q_sex.setAccessibleName(self.tr("New person's sex"))
        for sex in codelists().sexes:
            self.q_sex.addItem(tr_label(sex), sex)
        self.q_org = QLineEdit()
        self.q_org.setPlaceholderText(self.tr("Organization"))
        self.q_org.setAccessibleName(self.tr("New person's organization"))
        self.q_nat = country_combo(self, blank=self.tr("Nationality…"))
        self.q_nat.setAccessibleName(self.tr("New person's nationality"))
        q_add = QPushButton(self.tr("Add new person"))
        q_add.clicked.connect(self._quick_add)
        self.q_message = QLabel()
        self.q_message.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        for w in (self.q_name, self.q_sex, self.q_org, self.q_nat, q_add):
            row.addWidget(w)
        qbox = QVBoxLayout(quick)
        qbox.addLayout(row)
        qbox.addWidget(self.q_message)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr_label(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("People at this event"))
        layout = QVBoxLayout(self)
        layout.addLayout(finder)
        layout.addWidget(quick)
        layout.addWidget(self.table, 1)

    # --- finding and adding -----------------------------------------------------------------

    def _find(self) -> None:
        text = self.search.text()
        if not text.strip():
            self.results.clear()
            return
        self.session.read(lambda conn: list_people(conn, text, limit=20), self._show_found)

    def _show_found(self, people: list[Any]) -> None:
        self.results.clear()
        for person in people:
            label = person.full_name + (f" — {person.organization}" if person.organization else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (person.id, person.full_name))
            self.results.addItem(item)
        if people:
            self.results.setCurrentRow(0)

    def _add_found(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        pid, name = item.data(Qt.ItemDataRole.UserRole)
        self.add_person(pid, name)

    def add_person(self, participant_id: str, full_name: str) -> None:
        if any(line.participant_id == participant_id for line in self.lines):
            self.q_message.setText(
                self.tr("{0} is already registered at this event.").format(full_name)
            )
            return
        self.q_message.clear()
        self.lines.append(
            AttendanceLine(participant_id, full_name, {"role": "participant", "completed": True})
        )
        self._add_row(self.lines[-1])
        self.changed.emit()

    def _quick_add(self) -> None:
        data = {
            "full_name": self.q_name.text(),
            "sex": self.q_sex.currentData(),
            "organization": self.q_org.text(),
            "nationality": self.q_nat.currentData(),
        }
        person, problems = parse(ParticipantBase, data)
        if person is None:
            self.q_message.setText("; ".join(tr_problem_line(p) for p in problems))
            return

        def done(pid: str) -> None:
            self.add_person(pid, person.full_name)
            self.q_name.clear()
            self.q_org.clear()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.q_message.setText("; ".join(tr_problem_line(p) for p in error.problems))
            else:
                self.q_message.setText(str(error))

        self.session.write("participant", lambda repo: repo.add_participant(person), done, failed)

    # --- the table --------------------------------------------------------------------------

    def _add_row(self, line: AttendanceLine) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        name = QTableWidgetItem(line.full_name)
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(r, 0, name)
        role = QComboBox()
        for value in codelists().roles:
            role.addItem(tr_label(value), value)
        role.setCurrentIndex(max(0, role.findData(line.values.get("role", "participant"))))
        days = QDoubleSpinBox()
        days.setRange(0, 365)
        days.setDecimals(1)
        days.setSpecialValueText("—")
        days.setValue(line.values.get("days_attended") or 0)
        completed = QCheckBox()
        completed.setChecked(bool(line.values.get("completed")))
        pre, post = (
            _score_box(line.values.get("pre_test_score")),
            _score_box(line.values.get("post_test_score")),
        )
        satisfaction = QSpinBox()
        satisfaction.setRange(0, 5)
        satisfaction.setSpecialValueText("—")
        satisfaction.setValue(line.values.get("satisfaction") or 0)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda _=False, ln=line: self._remove(ln))
        widgets = [role, days, completed, pre, post, satisfaction, remove]
        for c, widget in enumerate(widgets, start=1):
            widget.setAccessibleName(
                f"{tr_label(COLUMNS[c]) or self.tr('Remove')} — {line.full_name}"
            )
            self.table.setCellWidget(r, c, widget)
        role.currentIndexChanged.connect(
            lambda _i, ln=line, w=role: self._set(ln, "role", w.currentData())
        )
        days.valueChanged.connect(lambda v, ln=line: self._set(ln, "days_attended", v or None))
        completed.toggled.connect(lambda v, ln=line: self._set(ln, "completed", v))
        pre.valueChanged.connect(
            lambda v, ln=line: self._set(ln, "pre_test_score", None if v < 0 else v)
        )
        post.valueChanged.connect(
            lambda v, ln=line: self._set(ln, "post_test_score", None if v < 0 else v)
        )
        satisfaction.valueChanged.connect(
            lambda v, ln=line: self._set(ln, "satisfaction", v or None)
        )

    def _set(self, line: AttendanceLine, key: str, value: Any) -> None:
        line.values[key] = value
        self.changed.emit()

    def _remove(self, line: AttendanceLine) -> None:
        index = self.lines.index(line)
        self.lines.pop(index)
        self.table.removeRow(index)
        self.changed.emit()

    def set_lines(self, lines: list[AttendanceLine]) -> None:
        self.lines = list(lines)
        self.table.setRowCount(0)
        for line in self.lines:
            self._add_row(line)
