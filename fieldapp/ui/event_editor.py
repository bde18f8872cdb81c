"""The event editor: details, participants and head counts, checked as you type.

A problem shows beside its field once the field is left (or Save pressed), in a line kept
for it, so nothing moves; the checks are `event_drafts.draft_problems`, the writers' own.
Save is offered unless a problem is shown; pressing it with one not yet shown shows it.
A participant's figure the checks refuse is marked in its cell. The checks run once when an
event is opened and once per change (not again when only what is shown changes), so 300
attendees stay quick. What is typed stays in the editor while the app is locked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.domain.records import EventBase, EventTags
from fieldapp.domain.validation import LABELS, MAX_PEOPLE, Problem, ValidationError
from fieldapp.domain.vocab import EventStatus
from fieldapp.store.event_drafts import EventDraft, draft_problems, load_event, save_event
from fieldapp.ui.attendance_tab import AttendanceTab
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.form_fields import (
    ERROR_STYLE,
    DateField,
    ProblemLine,
    checked,
    checklist,
    combo,
    left_field,
    qdate,
    set_checked,
    show_date,
    typed_into,
    with_hint,
)
from fieldapp.ui.head_count_grid import HeadCountGrid
from fieldapp.ui.labels import (
    apart,
    by_shown,
    code,
    countries_by_name,
    country,
    isolate,
    scale,
    tr_label,
)
from fieldapp.ui.problem_text import tr_problem, tr_problem_line
from fieldapp.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSizePolicy,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.session import Session

__all__ = ["EventEditor", "qdate", "to_date"]


def to_date(edit: QDateEdit | DateField) -> date:
    """The date ``edit`` holds (a date field whose text is no date: the last one it said)."""
    value = (edit.good_date() if isinstance(edit, DateField) else edit.date()).toPython()
    assert isinstance(value, date)
    return value


class EventEditor(QWidget):
    closed = Signal(bool)  # saved?

    def __init__(
        self,
        session: Session,
        attendance: AttendanceTab | None = None,
        head_counts: HeadCountGrid | None = None,
        *,
        built: bool = True,
    ) -> None:
        """``attendance``, ``head_counts``: its tabs, if built already (the main window
        builds them in slices of their own: `MainWindow.attaching`). ``built=False``: the
        caller builds the rest with `building`, in slices, before anything else uses it."""
        super().__init__()
        self.session = session
        self.draft = EventDraft(event={})
        self._saving = False
        self._loaded: tuple[Any, ...] | None = None  # the state as loaded: None when closed
        self.errors: dict[str, ProblemLine] = {}
        self.shown: set[str] = set()  # fields whose problems are shown: left, or Save pressed
        self._start = QDate()  # the start date the end date last followed
        self._filling = False  # while an event is put in the fields: checked once, at the end
        self._checked: tuple[Any, list[Problem]] = ((), [])  # (what was checked, problems)
        if built:
            for _ in self.building(attendance, head_counts):
                pass

    def building(
        self, attendance: AttendanceTab | None = None, head_counts: HeadCountGrid | None = None
    ) -> Iterator[None]:
        """The editor's widgets in three parts, a pause (``yield``) after each of the first
        two: the fields, the form around them, the tabs and the buttons (some 12 ms at once,
        more on a loaded machine, which the unlock screen would wait for)."""
        self._make_fields()
        yield
        self._lay_out_details()
        yield
        self._make_tabs(
            attendance if attendance is not None else AttendanceTab(self.session),
            head_counts if head_counts is not None else HeadCountGrid(),
        )

    def _make_fields(self) -> None:
        cl = codelists()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")

        self.title = QLineEdit()
        types = by_shown(cl.event_types, code)
        self.event_type = combo([(t, code(t)) for t in types], self.tr("Event type"))
        self.modality = combo([(m, code(m)) for m in cl.modalities], self.tr("Modality"))
        self.status = combo([(s.value, code(s.value)) for s in EventStatus], self.tr("Status"))
        self.start = DateField()
        self.end = DateField()
        self.venue, self.city, self.programme, self.language = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        self.host_country = country_combo(self, blank=self.tr("—"))
        self.working_group = combo(
            [(None, "—")] + [(g, code(g)) for g in by_shown(cl.working_groups, code)],
            self.tr("Working group"),
        )
        self.head_count_total = QLineEdit()  # as typed: 150000 is refused, never cut to 15000
        self.head_count_total.setPlaceholderText(self.tr("not stated"))
        self.narrative = QPlainTextEdit()
        self.narrative.setMaximumHeight(90)
        self.countries = checklist(
            [(c, f"{country(c)} ({c})") for c in countries_by_name(cl.countries)],
            self.tr("Beneficiary countries"),
        )
        self.outcomes = checklist(
            [(o.code, f"{o.code} {code(o.title)}") for o in cl.outcomes], self.tr("Outcomes")
        )
        self.pillars = checklist(
            [(p.code, f"{p.code} — {code(p.title)}") for p in cl.pillars], self.tr("Pillars")
        )
        self.partners = checklist(
            [(p, code(p)) for p in cl.partner_entities], self.tr("Partner entities")
        )
        self.donors = checklist([(d, code(d)) for d in cl.donors], self.tr("Donors"))
        for lst in (self.countries, self.outcomes, self.pillars, self.partners, self.donors):
            # long entries wrap onto a second line: never a sideways scroll bar
            lst.setWordWrap(True)
            lst.setTextElideMode(Qt.TextElideMode.ElideNone)
            lst.setResizeMode(QListWidget.ResizeMode.Adjust)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _lay_out_details(self) -> None:
        total_hint = with_hint(
            self.head_count_total,
            self.tr("people, {0}; empty: not stated").format(scale(0, MAX_PEOPLE)),
            "head_count_total_scale",
        )
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {
            "title": self.title, "event_type": self.event_type, "modality": self.modality,
            "status": self.status, "start_date": self.start, "end_date": self.end,
            "venue": self.venue, "city": self.city, "host_country": self.host_country,
            "programme": self.programme, "working_group": self.working_group,
            "language": self.language, "head_count_total": self.head_count_total,
            "narrative": self.narrative, "beneficiary_countries": self.countries,
            "outcomes": self.outcomes, "pillars": self.pillars, "partners": self.partners,
            "donors": self.donors,
        }  # fmt: skip
        for key, widget in self.fields.items():
            label = tr_label(LABELS.get(key, key.replace("_", " ").capitalize()))
            widget.setAccessibleName(label)
            widget.setObjectName(key)
            if isinstance(widget, QComboBox):  # a long name does not widen the form
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(12)
            error = ProblemLine(self.tr("{0}: problem").format(label))
            error.setObjectName(f"{key}_problem")
            self.errors[key] = error
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(total_hint if widget is self.head_count_total else widget)
            cell.addWidget(error)
            form.addRow(label, cell)
            typed_into(widget).installEventFilter(self)
        details = QWidget()
        details.setLayout(form)
        self.details = QScrollArea()
        self.details.setObjectName("event_details")
        self.details.setWidgetResizable(True)
        self.details.setWidget(details)

    def _make_tabs(self, attendance: AttendanceTab, head_counts: HeadCountGrid) -> None:
        self.attendance = attendance
        self.head_counts = head_counts
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("Details"))
        for page, name, title in (
            (self.attendance, "event_participants", self.tr("Participants")),
            (self.head_counts, "event_head_counts", self.tr("Head counts")),
        ):  # each scrolls inside its tab: a small window still shows Save and Close
            holder = QScrollArea()
            holder.setObjectName(name)
            holder.setWidgetResizable(True)
            holder.setWidget(page)
            self.tabs.addTab(holder, title)
        self.tabs.setMinimumHeight(120)  # the tabs shrink and scroll; Save stays on screen

        self.reason = QLabel()
        self.reason.setObjectName("event_reason")
        self.reason.setStyleSheet(ERROR_STYLE)
        self.reason.setWordWrap(True)
        self.reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.reason.setFixedHeight(2 * self.reason.fontMetrics().lineSpacing() + 4)
        self.reason.setAccessibleName(self.tr("Why the event cannot be saved"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_event")
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

        for key, line_edit in (
            ("title", self.title),
            ("venue", self.venue),
            ("city", self.city),
            ("programme", self.programme),
            ("language", self.language),
            ("head_count_total", self.head_count_total),
        ):
            line_edit.textChanged.connect(self.check)
            line_edit.returnPressed.connect(lambda k=key: self.touch(k))
        for key, choice in (
            ("event_type", self.event_type),
            ("modality", self.modality),
            ("status", self.status),
            ("host_country", self.host_country),
            ("working_group", self.working_group),
        ):
            choice.currentIndexChanged.connect(lambda _i, k=key: self.touch(k))
        self.start.dateChanged.connect(self._start_moved)
        for key, date_field in (("start_date", self.start), ("end_date", self.end)):
            date_field.edit.textChanged.connect(self.check)
            date_field.committed.connect(lambda k=key: self.touch(k))
        self.narrative.textChanged.connect(self.check)
        for key, lst in (
            ("beneficiary_countries", self.countries),
            ("outcomes", self.outcomes),
            ("pillars", self.pillars),
            ("partners", self.partners),
            ("donors", self.donors),
        ):
            lst.itemChanged.connect(lambda _item, k=key: self.touch(k))
        self.attendance.changed.connect(self.check)
        for date_edit in (self.start, self.end):  # a tick column per day of the event
            date_edit.dateChanged.connect(self._follow_dates)
        self.head_counts.changed.connect(self.check)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field left by the keyboard or the mouse shows its problems from then on."""
        if (key := left_field(self.fields, watched, event)) is not None:
            self.touch(key)
        return False

    def touch(self, key: str) -> None:
        self.shown.add(key)
        self.check()

    def _follow_dates(self, _date: QDate) -> None:
        if not self._filling:  # `fill` gives the participant tab its event's dates itself
            self.attendance.follow_dates(self.start.date(), self.end.date())

    def _start_moved(self, start: QDate) -> None:
        """The end date follows the start date, keeping the event's length."""
        end = self.end.date()
        if self._start.isValid() and end.isValid() and start != self._start:
            self.end.setDate(end.addDays(self._start.daysTo(start)))
        self._start = start

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
        self._filling = True  # each field set would check the whole draft: once, at the end
        try:
            self._fill(draft)
        finally:
            self._filling = False
        self.check()
        self.title.setFocus()
        self._loaded = self._snapshot()

    def _fill(self, draft: EventDraft) -> None:
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
        self._start = QDate()  # the loaded end date is not moved
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
        self.head_count_total.setText("" if total is None else str(total))
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
        self.attendance.set_lines(draft.attendance, e["start_date"], e["end_date"])
        self.head_counts.set_values(draft.head_counts)
        self.tabs.setCurrentIndex(0)
        self.details.verticalScrollBar().setValue(0)
        self.shown = set()  # nothing was typed yet: no problem is shown before it is
        self._start = self.start.date()

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
            self.tr("Save the changes to “{0}”?").format(apart(title)),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()  # gone for good: Events shows its list when next seen
            return True
        return False

    def discard(self) -> None:
        """Give up what was typed and close the editor (the page shows the events' list)."""
        self._loaded = None
        self.closed.emit(False)

    def forget_changes(self) -> None:
        """Give up what was typed without asking (the caller asked, or nobody can answer)."""
        self._loaded = None

    def request_close(self) -> None:
        if not self.is_modified():
            self.discard()
        else:
            self.confirm_leave()  # Discard closes; Save closes once saved; Cancel stays

    # --- checking ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as typed: the checks, not the widgets, decide what is acceptable."""
        total = self.head_count_total.text().strip()
        return {
            "title": self.title.text(),
            "event_type": self.event_type.currentData(),
            "modality": self.modality.currentData(),
            "status": self.status.currentData(),
            "start_date": self.start.date().toPython() if self.start.date().isValid() else None,
            "end_date": self.end.date().toPython() if self.end.date().isValid() else None,
            "venue": self.venue.text(),
            "city": self.city.text(),
            "host_country": self.host_country.currentData(),
            "programme": self.programme.text(),
            "working_group": self.working_group.currentData(),
            "language": self.language.text(),
            "head_count_total": total or None,
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

    def current_draft(self) -> EventDraft:
        """The draft as the editor holds it now (a copy the worker may read)."""
        return replace(
            self.draft,
            event=self.values(),
            tags=self.tags(),
            attendance=[replace(line, values=dict(line.values)) for line in self.attendance.lines],
            head_counts=self.head_counts.values(),
        )

    def _message(self, problem: Problem) -> str:
        dates = {"start_date": self.start, "end_date": self.end}
        if problem.field in dates and not dates[problem.field].date().isValid():
            example = show_date(QDate(2026, 11, 10))
            return self.tr("is not a date: type it like {0}.").format(example)
        return tr_problem(problem)

    def _where(self, problem: Problem) -> str:
        """The field at fault as the user names it; a participant's, with the person."""
        label = tr_label(LABELS.get(problem.field, problem.field))
        lines = self.attendance.lines
        if problem.row is not None and problem.row < len(lines):
            return self.tr("{0}, {1}").format(isolate(lines[problem.row].full_name), label)
        return label

    def _found(self) -> list[Problem]:
        """`draft_problems` of what is typed now; run again only when something changed
        (leaving a field, or a second signal of one change, reuses the last answer)."""
        today = date.today()
        typed = (today, self.values(), self.tags(), self.head_counts.values())
        key = (*typed, self.attendance.model.revision)
        if key != self._checked[0]:
            self._checked = (key, draft_problems(self.current_draft(), today=today))
        if (no_country := self.host_country.typed_problem()) is not None:
            return [*self._checked[1], Problem("host_country", no_country)]  # not saved blank
        return self._checked[1]

    def problems(self) -> list[tuple[str, str]]:
        """(field, message in the user's language) for everything that stops a save."""
        return [(p.field, self._message(p)) for p in self._found()]

    def check(self) -> list[tuple[str, str]]:
        """Show the problems of the fields already left (all of them once Save was pressed);
        return every problem, shown or not."""
        if self._filling:
            return []
        found = self._found()
        self.attendance.model.set_problems(
            {(p.row, p.field): self._message(p) for p in found if p.row is not None}
        )
        # Problems of the Participants and Head counts tabs come from a value set there.
        shown = [p for p in found if p.field in self.shown or p.field not in self.errors]
        by_field: dict[str, list[str]] = {}
        for p in shown:
            by_field.setdefault(p.field, []).append(self._message(p))
        for key, error_line in self.errors.items():
            error_line.show_problem(" ".join(by_field.get(key, [])))
        self.save_button.setEnabled(not shown and not self._saving)
        self.reason.setStyleSheet(ERROR_STYLE)
        if shown:
            where, message = self._where(shown[0]), self._message(shown[0])
            self.reason.setText(self.tr("Cannot save yet — {0}: {1}").format(where, message))
        elif not self._saving:
            self.reason.setText("")
        return [(p.field, self._message(p)) for p in found]

    def show_all_problems(self) -> None:
        """Save was pressed: every problem is shown, and the first field at fault is shown."""
        self.shown |= set(self.errors)
        problems = self.check()
        first = next((f for f, _m in problems if f in self.fields), None)
        if first is not None:
            self.tabs.setCurrentIndex(0)
            self.details.ensureWidgetVisible(self.fields[first])
            self.fields[first].setFocus()
        elif (row := next((p for p in self._found() if p.row is not None), None)) is not None:
            self.tabs.setCurrentIndex(1)  # the participant's refused cell
            self.attendance.show_cell(row.row or 0, row.field)

    # --- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return  # one save at a time: a second Ctrl+S must not write the event twice
        if self.problems():
            self.show_all_problems()
            return
        base = self.draft
        draft = self.current_draft()
        draft.event = EventBase.model_validate(draft.event).model_dump()
        self._saving = True
        self.save_button.setEnabled(False)
        self.reason.setStyleSheet("")
        self.reason.setText(self.tr("Saving…"))

        def saved(event_id: str) -> None:
            self._saving = False
            base.id = event_id
            self._loaded = None
            self.closed.emit(True)

        def failed(error: BaseException) -> None:
            self._saving = False
            problems = error.problems if isinstance(error, ValidationError) else []
            self.reason.setStyleSheet(ERROR_STYLE)
            self.reason.setText(
                "; ".join(tr_problem_line(p) for p in problems)
                or self.tr("Not saved: {0}").format(error)
            )
            self.save_button.setEnabled(True)

        self.session.write("event", lambda repo: save_event(repo, draft), saved, failed)
