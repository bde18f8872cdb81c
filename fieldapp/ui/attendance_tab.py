"""Who attended an event: add people from the registry (search), quick-add a new one after a
look for likely duplicates, or paste a column of names; then set each person's role, days
(a tick per day of a multi-day event), completion, scores and satisfaction in the table.

People quick-added here join the registry only when the event is saved (`save_event`)."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.attendance_days import event_days
from fieldapp.domain.codelists import codelists
from fieldapp.domain.names import name_key
from fieldapp.domain.records import ParticipantBase, new_id
from fieldapp.store.attendee_lookup import (
    PersonChoice,
    find_people,
    likely_duplicates,
    same_organization,
)
from fieldapp.store.event_drafts import AttendanceLine
from fieldapp.ui.attendance_delegate import AttendanceDelegate
from fieldapp.ui.attendance_model import AttendanceModel
from fieldapp.ui.labels import code, isolate
from fieldapp.ui.paste_names import PastePreview, describe, pasted_names, plan_lines
from fieldapp.ui.qt import (
    QAbstractItemView,
    QDate,
    QGroupBox,
    QGuiApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.quick_add_form import QuickAddForm
from fieldapp.ui.session import Session

PERSON = Qt.ItemDataRole.UserRole


def _listed(list_widget: QListWidget, people: list[PersonChoice], rows: int = 4) -> None:
    """Show ``people``, the list as tall as they are (up to ``rows``): the table keeps the rest
    of a small screen."""
    list_widget.clear()
    list_widget.setVisible(bool(people) or list_widget.objectName() != "people_found")
    for person in people:
        item = QListWidgetItem(describe(person))
        item.setData(PERSON, person)
        list_widget.addItem(item)
    if people:
        list_widget.setCurrentRow(0)
    shown = max(1, min(len(people), rows))
    frame = 2 * list_widget.frameWidth() + 2
    list_widget.setFixedHeight(shown * max(list_widget.sizeHintForRow(0), 16) + frame)


class AttendanceTab(QWidget):
    changed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.search = QLineEdit()
        self.search.setObjectName("find_person")
        self.search.setPlaceholderText(
            self.tr("Find a person in the registry (name, organization, e-mail)…")
        )
        self.search.setAccessibleName(self.tr("Find a person"))
        self.results = QListWidget()
        self.results.setObjectName("people_found")
        self.results.setAccessibleName(self.tr("People found"))
        self.results.itemActivated.connect(self._add_found)
        self.results.hide()  # shown with what the search finds
        add = QPushButton(self.tr("Add to event"))
        add.setObjectName("add_found")
        add.clicked.connect(lambda: self._add_found(self.results.currentItem()))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        finder = QHBoxLayout()
        finder.addWidget(self.search, 1)
        finder.addWidget(add)

        self.quick = QuickAddForm()
        self.quick.submitted.connect(self._quick_add)
        self.q_name, self.q_sex, self.q_org = self.quick.q_name, self.quick.q_sex, self.quick.q_org
        self.q_message = self.quick.q_message
        self.duplicates = QGroupBox(self.tr("Already in the registry?"))
        self.duplicates.setObjectName("likely_duplicates")
        self.duplicate_list = QListWidget()
        self.duplicate_list.setObjectName("duplicate_people")
        self.duplicate_list.setAccessibleName(self.tr("People who may be the same person"))
        use = QPushButton(self.tr("Use this person"))
        use.setObjectName("use_this_person")
        use.clicked.connect(self._use_duplicate)
        self.duplicate_list.itemActivated.connect(lambda _i: self._use_duplicate())
        anyway = QPushButton(self.tr("Add as a new person"))
        anyway.setObjectName("add_new_anyway")
        anyway.clicked.connect(self._add_new_anyway)
        dup_box = QVBoxLayout(self.duplicates)
        dup_box.addWidget(self.duplicate_list)
        dup_row = QHBoxLayout()
        dup_row.addStretch(1)
        dup_row.addWidget(anyway)
        dup_row.addWidget(use)
        dup_box.addLayout(dup_row)
        self.duplicates.hide()
        self._waiting: ParticipantBase | None = None  # the quick add the duplicates are about
        self._checking = False  # the registry is being asked about a quick add

        self.model = AttendanceModel()
        self.model.edited.connect(self.changed)
        self.table = QTableView()
        self.table.setObjectName("attendance_table")
        self.table.setModel(self.model)
        self.delegate = AttendanceDelegate(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.setAccessibleName(self.tr("People at this event"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.days_note = QLabel()
        self.days_note.setObjectName("days_note")
        self.days_note.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_attendee")
        self.remove_button.setToolTip(self.tr("Take the selected people off this event"))
        self.remove_button.clicked.connect(self.remove_selected)
        paste = QPushButton(self.tr("Paste names"))
        paste.setObjectName("paste_names")
        paste.setToolTip(
            self.tr(
                "Add a column of names copied from a spreadsheet (organization in a 2nd column)"
            )
        )
        paste.clicked.connect(lambda: self.paste_text(QGuiApplication.clipboard().text()))
        QShortcut(QKeySequence.StandardKey.Paste, self.table, paste.click).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        table_bar = QHBoxLayout()
        table_bar.addWidget(self.days_note, 1)
        table_bar.addWidget(paste)
        table_bar.addWidget(self.remove_button)
        self.paste_preview: PastePreview | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(finder)
        layout.addWidget(self.results)
        layout.addWidget(self.quick)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.table, 1)
        layout.addLayout(table_bar)

    @property
    def lines(self) -> list[AttendanceLine]:
        return self.model.lines

    def set_lines(
        self, lines: list[AttendanceLine], start: date | None = None, end: date | None = None
    ) -> None:
        """Show an event's lines; with its dates, the tick columns are its days at once. The
        search and the quick add start empty (nothing of the last event's is carried over)."""
        days = event_days(start, end) if start is not None and end is not None else None
        self.model.set_lines(list(lines), start, days)
        self.days_note.clear()
        self._size_columns()
        self.duplicates.hide()
        self._waiting = None
        self._checking = False
        self.quick.clear()  # each event starts a quick add of its own: sex chosen again
        self._debounce.stop()
        self.search.clear()
        self.results.clear()
        self.results.hide()

    def show_cell(self, row: int, key: str) -> None:
        """Put the cursor on a participant's cell (one the checks refuse)."""
        if key in self.model.keys and 0 <= row < self.model.rowCount():
            index = self.model.index(row, self.model.column_of(key))
            self.table.scrollTo(index)
            self.table.setCurrentIndex(index)
            self.table.setFocus()

    def follow_dates(self, start: QDate, end: QDate) -> None:
        """The editor's dates as typed: followed once both are dates."""
        if start.isValid() and end.isValid():
            first, last = start.toPython(), end.toPython()
            assert isinstance(first, date) and isinstance(last, date)
            self.set_event_dates(first, last)

    def set_event_dates(self, start: date, end: date) -> None:
        """Follow the event's dates: a tick column per day (see `attendance_days`)."""
        days = event_days(start, end)
        if (start, days) == (self.model.start, self.model.days) or days < 1:
            return
        was = self.model.days
        changed, lost = self.model.set_dates(start, days)
        self._size_columns()
        if lost:
            self.days_note.setText(
                self.tr(
                    "The event now lasts {0} day(s): the ticks of later days were taken off for "
                    "{1} people (back if you lengthen it again before saving)."
                ).format(days, lost)
            )
        elif changed and days > was:
            self.days_note.setText(self.tr("New days are unticked: tick who came."))
        else:
            self.days_note.clear()

    def _size_columns(self) -> None:
        """Names and organizations get the room; the other columns are as wide as their
        headers ("Satisfaction (1–5)"), so more of them fit before the table scrolls."""
        header = self.table.horizontalHeader()
        header.resizeSection(0, 220)
        header.resizeSection(1, 180)
        metrics = header.fontMetrics()
        roles = [code(role) for role in codelists().roles]
        for column in range(2, self.model.columnCount()):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal))]
            if self.model.keys[column] == "role":
                texts += roles
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, max(52, widest + 18))

    # --- finding and adding -----------------------------------------------------------------

    def _find(self) -> None:
        text = self.search.text()
        if not text.strip():
            self.results.clear()
            self.results.hide()
            return
        self.session.read(lambda conn: find_people(conn, text), self._show_found)

    def _show_found(self, people: list[PersonChoice]) -> None:
        _listed(self.results, people)

    def _add_found(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            person: PersonChoice = item.data(PERSON)
            self.add_person(person.id, person.full_name, person.organization)

    def add_person(
        self,
        participant_id: str,
        full_name: str,
        organization: str | None = None,
        new_person: ParticipantBase | None = None,
    ) -> bool:
        if any(line.participant_id == participant_id for line in self.lines):
            self.quick.show_problems(
                [self.tr("{0} is already registered at this event.").format(isolate(full_name))]
            )
            return False
        self.quick.q_message.clear()
        line = AttendanceLine(
            participant_id,
            full_name,
            {"role": "participant", "completed": True},
            organization=organization,
            new_person=new_person,
        )
        self.model.add_lines([line])
        self.changed.emit()
        return True

    def _on_list(self, name: str, organization: str | None) -> AttendanceLine | None:
        key = name_key(name)
        return next(
            (
                line
                for line in self.lines
                if name_key(line.full_name) == key
                and same_organization(line.organization, organization)
            ),
            None,
        )

    def _quick_add(self) -> None:
        if self._checking:
            return  # one person at a time: the answer about the last one is still to come
        person, problems = self.quick.person()
        if person is None:
            self.quick.show_problems(problems)
            return
        if (there := self._on_list(person.full_name, person.organization)) is not None:
            self.quick.show_problems(
                [self.tr("{0} is already on this event's list.").format(isolate(there.full_name))]
            )
            return
        pair = [(person.full_name, person.organization)]

        def checked(found: list[list[PersonChoice]]) -> None:
            self._checking = False
            if found[0]:
                self._waiting = person
                _listed(self.duplicate_list, found[0])
                self.duplicates.setTitle(
                    self.tr("Already in the registry? {0} people of this name").format(
                        len(found[0])
                    )
                )
                self.duplicates.show()
                self.duplicate_list.setFocus()
            else:
                self._add_new(person)

        def failed(error: BaseException) -> None:
            self._checking = False
            self.quick.show_problems(
                [self.tr("The registry could not be searched: {0}").format(error)]
            )

        self._checking = True
        self.session.read(lambda conn: likely_duplicates(conn, pair), checked, failed)

    def _add_new(self, person: ParticipantBase) -> None:
        if self.add_person(new_id(), person.full_name, person.organization, new_person=person):
            self.quick.clear()

    def _use_duplicate(self) -> None:
        item = self.duplicate_list.currentItem()
        if item is None:
            return
        chosen: PersonChoice = item.data(PERSON)
        self.duplicates.hide()
        self._waiting = None
        if self.add_person(chosen.id, chosen.full_name, chosen.organization):
            self.quick.clear()

    def _add_new_anyway(self) -> None:
        self.duplicates.hide()
        if self._waiting is not None:
            self._add_new(self._waiting)
        self._waiting = None

    # --- pasting names ----------------------------------------------------------------------

    def paste_text(self, text: str) -> None:
        """Preview what the pasted names would become; nothing is added before OK."""
        names = pasted_names(text)
        if not names:
            self.days_note.setText(self.tr("Nothing to paste: copy a column of names first."))
            return
        on_list = {line.participant_id for line in self.lines}
        keys = {(name_key(line.full_name), line.organization) for line in self.lines}

        def show(found: list[list[PersonChoice]]) -> None:
            preview = PastePreview(self, plan_lines(names, found, on_list, keys))
            preview.accepted.connect(lambda: self._add_pasted(preview))
            self.paste_preview = preview
            preview.open()

        self.session.read(lambda conn: likely_duplicates(conn, names), show)

    def _add_pasted(self, preview: PastePreview) -> None:
        lines = []
        for pasted, what in preview.chosen():
            if what == "new" and pasted.new is not None:
                person = pasted.new
                lines.append(
                    AttendanceLine(
                        new_id(),
                        person.full_name,
                        {"role": "participant", "completed": True},
                        organization=person.organization,
                        new_person=person,
                    )
                )
            else:
                chosen = next(p for p in pasted.choices if p.id == what)
                lines.append(
                    AttendanceLine(
                        chosen.id,
                        chosen.full_name,
                        {"role": "participant", "completed": True},
                        organization=chosen.organization,
                    )
                )
        self.model.add_lines(lines)
        self.days_note.setText(
            self.tr("{0} people added from the pasted names.").format(len(lines))
        )
        self.changed.emit()

    # --- removing ---------------------------------------------------------------------------

    def remove_selected(self) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        if rows:
            self.model.remove_rows(rows)
            self.changed.emit()
