"""The event editor: details, participants and head counts, checked as you type.

Save stays disabled, with the reason shown, until the event is valid; each problem is shown
beside its field. What is typed stays in the editor while the app is locked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import AttendanceBase, EventBase, EventTags
from fieldapp.domain.validation import (
    LABELS,
    ValidationError,
    parse,
    validate_attendance,
    validate_event,
    validate_head_counts,
)
from fieldapp.domain.vocab import EventStatus
from fieldapp.store.event_drafts import EventDraft, load_event, save_event
from fieldapp.ui.attendance_tab import AttendanceTab
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.head_count_grid import HeadCountGrid
from fieldapp.ui.labels import tr_label
from fieldapp.ui.problem_text import tr_problem, tr_problem_line
from fieldapp.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSpinBox,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.session import Session

ERROR_STYLE = "color: #b00020;"


def checklist(items: list[tuple[str, str]], name: str) -> QListWidget:
    """A list of checkable code-list entries (code, label)."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    for code, label in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(140)
    return widget


def checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked(widget: QListWidget, codes: list[str]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        state = (
            Qt.CheckState.Checked
            if item.data(Qt.ItemDataRole.UserRole) in codes
            else Qt.CheckState.Unchecked
        )
        item.setCheckState(state)


def combo(values: list[tuple[str | None, str]], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value, label in values:
        box.addItem(label, value)
    return box


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


class EventEditor(QWidget):
    closed = Signal(bool)  # saved?

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.draft = EventDraft(event={})
        self._saving = False
        self._loaded: tuple[Any, ...] | None = None  # the state as loaded: None when closed
        self.errors: dict[str, QLabel] = {}
        cl = codelists()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")

        self.title = QLineEdit()
        self.event_type = combo([(t, tr_label(t)) for t in cl.event_types], self.tr("Event type"))
        self.modality = combo([(m, tr_label(m)) for m in cl.modalities], self.tr("Modality"))
        self.status = combo([(s.value, tr_label(s.value)) for s in EventStatus], self.tr("Status"))
        self.start = QDateEdit(QDate.currentDate())
        self.end = QDateEdit(QDate.currentDate())
        for date_edit in (self.start, self.end):
            date_edit.setCalendarPopup(True)
            date_edit.setDisplayFormat("dd MMM yyyy")
        self.venue, self.city, self.programme, self.language = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.host_country = country_combo(self, blank=self.tr("—"))
        self.working_group = combo(
            [(None, "—")] + [(g, g) for g in cl.working_groups], self.tr("Working group")
        )
        self.head_count_total = QSpinBox()
        self.head_count_total.setRange(-1, 100_000)
        self.head_count_total.setSpecialValueText(self.tr("not stated"))
        self.head_count_total.setValue(-1)
        self.narrative = QPlainTextEdit()
        self.narrative.setMaximumHeight(90)
        self.countries = checklist(
            [(c, f"{n} ({c})") for c, n in sorted(cl.countries.items(), key=lambda kv: kv[1])],
            self.tr("Beneficiary countries"),
        )
        self.outcomes = checklist(
            [(o.code, f"{o.code} {o.title}") for o in cl.outcomes], self.tr("Outcomes")
        )
        self.pillars = checklist(
            [(p.code, f"{p.code} — {p.title}") for p in cl.pillars], self.tr("Pillars")
        )
        self.partners = checklist(
            [(p, p) for p in cl.partner_entities], self.tr("Partner entities")
        )
        self.donors = checklist([(d, d) for d in cl.donors], self.tr("Donors"))

        form = QFormLayout()
        fields: list[tuple[str, QWidget]] = [
            ("title", self.title), ("event_type", self.event_type), ("modality", self.modality),
            ("status", self.status), ("start_date", self.start), ("end_date", self.end),
            ("venue", self.venue), ("city", self.city), ("host_country", self.host_country),
            ("programme", self.programme), ("working_group", self.working_group),
            ("language", self.language), ("head_count_total", self.head_count_total),
            ("narrative", self.narrative), ("beneficiary_countries", self.countries),
            ("outcomes", self.outcomes), ("pillars", self.pillars), ("partners", self.partners),
            ("donors", self.donors),
        ]  # fmt: skip
        for key, widget in fields:
            label = tr_label(LABELS.get(key, key.replace("_", " ").capitalize()))
            widget.setAccessibleName(label)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setAccessibleName(self.tr("{0}: problem").format(label))
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(widget)
            cell.addWidget(error)
            error.hide()
            form.addRow(label, cell)
        details = QWidget()
        details.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)

        self.attendance = AttendanceTab(session)
        self.head_counts = HeadCountGrid()
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.attendance, self.tr("Participants"))
        self.tabs.addTab(self.head_counts, self.tr("Head counts"))

        self.reason = QLabel()
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(self.tr("Why the event cannot be saved"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Close"))
        cancel.setObjectName("close_event")
        cancel.clicked.connect(self.request_close)
        bar = QHBoxLayout()
        bar.addWidget(self.reason, 1)
        bar.addWidget(cancel)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        for line_edit in (self.title, self.venue, self.city, self.programme, self.language):
            line_edit.textChanged.connect(self.check)
        for choice in (
            self.event_type,
            self.modality,
            self.status,
            self.host_country,
            self.working_group,
        ):
            choice.currentIndexChanged.connect(self.check)
        for date_edit in (self.start, self.end):
            date_edit.dateChanged.connect(self.check)
        self.head_count_total.valueChanged.connect(self.check)
        self.narrative.textChanged.connect(self.check)
        for lst in (self.countries, self.outcomes, self.pillars, self.partners, self.donors):
            lst.itemChanged.connect(self.check)
        self.attendance.changed.connect(self.check)
        self.head_counts.changed.connect(self.check)

    # --- loading ----------------------------------------------------------------------------

    def new(self) -> None:
        self.fill(
            EventDraft(
                event={
                    "title": "",
                    "event_type": "workshop",
                    "modality": "in person",
                    "status": "planned",
                    "start_date": date.today(),
                    "end_date": date.today(),
                }
            )
        )

    def open(self, event_id: str) -> None:
        self.heading.setText(self.tr("Loading…"))
        self.session.read(lambda conn: load_event(conn, event_id), self.fill)

    def fill(self, draft: EventDraft) -> None:
        self.draft = draft
        e = draft.event
        self.heading.setText(self.tr("New event") if draft.id is None else e.get("title", ""))
        self.title.setText(e.get("title") or "")
        for box, key in (
            (self.event_type, "event_type"),
            (self.modality, "modality"),
            (self.status, "status"),
            (self.host_country, "host_country"),
            (self.working_group, "working_group"),
        ):
            box.setCurrentIndex(max(0, box.findData(e.get(key))))
        self.start.setDate(qdate(e["start_date"]))
        self.end.setDate(qdate(e["end_date"]))
        for edit, key in (
            (self.venue, "venue"),
            (self.city, "city"),
            (self.programme, "programme"),
            (self.language, "language"),
        ):
            edit.setText(e.get(key) or "")
        total = e.get("head_count_total")
        self.head_count_total.setValue(-1 if total is None else total)
        self.narrative.setPlainText(e.get("narrative") or "")
        t = draft.tags
        for widget, codes in (
            (self.countries, t.beneficiary_countries),
            (self.outcomes, t.outcomes),
            (self.pillars, t.pillars),
            (self.partners, t.partners),
            (self.donors, t.donors),
        ):
            set_checked(widget, codes)
        self.attendance.set_lines(draft.attendance)
        self.head_counts.set_values(draft.head_counts)
        self.tabs.setCurrentIndex(0)
        self.check()
        self.title.setFocus()
        self._loaded = self._snapshot()

    # --- leaving ----------------------------------------------------------------------------

    def _snapshot(self) -> tuple[Any, ...]:
        """What the user can change, to tell whether anything was typed since loading."""
        return (
            self.values(),
            self.tags(),
            [(line.participant_id, dict(line.values)) for line in self.attendance.lines],
            self.head_counts.values(),
        )

    def is_modified(self) -> bool:
        return self._loaded is not None and self._snapshot() != self._loaded

    def confirm_leave(self) -> bool:
        """True when the editor may be left: nothing typed, or the user chose to discard it
        (a save, if chosen, closes the editor once it is done)."""
        if not self.is_modified():
            return True
        title = self.title.text().strip() or self.tr("this new event")
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}”?").format(title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False
        return answer == QMessageBox.StandardButton.Discard

    def forget_changes(self) -> None:
        """Give up what was typed without asking (the caller asked, or nobody can answer)."""
        self._loaded = None

    def request_close(self) -> None:
        if self.confirm_leave():
            self._loaded = None
            self.closed.emit(False)

    # --- checking ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        total = self.head_count_total.value()
        return {
            "title": self.title.text(),
            "event_type": self.event_type.currentData(),
            "modality": self.modality.currentData(),
            "status": self.status.currentData(),
            "start_date": to_date(self.start),
            "end_date": to_date(self.end),
            "venue": self.venue.text(),
            "city": self.city.text(),
            "host_country": self.host_country.currentData(),
            "programme": self.programme.text(),
            "working_group": self.working_group.currentData(),
            "language": self.language.text(),
            "head_count_total": None if total < 0 else total,
            "narrative": self.narrative.toPlainText(),
        }

    def tags(self) -> EventTags:
        return EventTags(
            beneficiary_countries=checked(self.countries),
            outcomes=checked(self.outcomes),
            pillars=checked(self.pillars),
            partners=checked(self.partners),
            donors=checked(self.donors),
        )

    def problems(self) -> list[tuple[str, str]]:
        """(field, message in the user's language) for everything that stops a save."""
        event, problems = parse(EventBase, self.values())
        if event is None:
            return [(p.field, tr_problem(p)) for p in problems]
        found = [
            (p.field, tr_problem(p)) for p in validate_event(event, self.tags(), today=date.today())
        ]
        for line in self.attendance.lines:
            row, row_problems = parse(
                AttendanceBase,
                {**line.values, "event_id": "-", "participant_id": line.participant_id},
            )
            for p in row_problems if row is None else validate_attendance(row, event):
                found.append((p.field, f"{line.full_name}: {tr_problem(p)}"))
        found += [
            (p.field, tr_problem(p))
            for p in validate_head_counts(self.head_counts.values(), event.head_count_total)
        ]
        return found

    def check(self) -> list[tuple[str, str]]:
        problems = self.problems()
        by_field: dict[str, list[str]] = {}
        for field, message in problems:
            by_field.setdefault(field, []).append(message)
        for key, error_label in self.errors.items():
            messages = by_field.get(key, [])
            error_label.setText(" ".join(messages))
            error_label.setVisible(bool(messages))
        self.save_button.setEnabled(not problems and not self._saving)
        if problems:
            field, message = problems[0]
            where = tr_label(LABELS.get(field, field))
            self.reason.setText(self.tr("Cannot save yet — {0}: {1}").format(where, message))
        else:
            self.reason.setText("")
        return problems

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self.check():
            return  # one save at a time: a second Ctrl+S must not write the event twice
        base = self.draft
        draft = replace(
            base,
            event=EventBase.model_validate(self.values()).model_dump(),
            tags=self.tags(),
            attendance=[replace(line, values=dict(line.values)) for line in self.attendance.lines],
            head_counts=self.head_counts.values(),
        )  # a copy: the worker reads it while the editor stays editable
        self._saving = True
        self.save_button.setEnabled(False)
        self.reason.setText(self.tr("Saving…"))

        def saved(event_id: str) -> None:
            self._saving = False
            base.id = event_id
            self._loaded = None
            self.closed.emit(True)

        def failed(error: BaseException) -> None:
            self._saving = False
            problems = error.problems if isinstance(error, ValidationError) else []
            self.reason.setText(
                "; ".join(tr_problem_line(p) for p in problems)
                or self.tr("Not saved: {0}").format(error)
            )
            self.save_button.setEnabled(True)

        self.session.write("event", lambda repo: save_event(repo, draft), saved, failed)
