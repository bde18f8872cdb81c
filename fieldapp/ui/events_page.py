"""Events: the list (search as you type, filters, sorting, all in SQL) and the editor."""

from __future__ import annotations

from datetime import date

from fieldapp.domain.codelists import codelists
from fieldapp.domain.indicators import Period
from fieldapp.domain.vocab import EventStatus, RecordType
from fieldapp.store.queries import EventFilter, EventRow, count_events, list_events
from fieldapp.store.report_queries import attendance_count
from fieldapp.ui.dashboard import participation_text
from fieldapp.ui.event_editor import EventEditor, qdate, to_date
from fieldapp.ui.first_run import country_combo
from fieldapp.ui.form_fields import DateField
from fieldapp.ui.labels import apart, by_shown, code, country, day, day_range, language, number
from fieldapp.ui.paged_model import PAGE, Column, PagedModel
from fieldapp.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDate,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QObject,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.screen_stack import ScreenStack
from fieldapp.ui.session import Session

TITLE_MIN = 150  # px the title keeps, however narrow the window
LONG_NAME = 170  # px of a city's or country's name shown before it is cut


class EventsPage(QWidget):
    def __init__(self, session: Session, editor: EventEditor | None = None) -> None:
        """``editor``: the event editor, if built already (the main window builds it in a
        slice of its own: `MainWindow.attaching`)."""
        super().__init__()
        self.session = session
        columns = [
            Column("title", self.tr("Title")),
            Column("event_type", self.tr("Type"), code),
            Column("status", self.tr("Status"), code),
            Column("start_date", self.tr("Start"), day),
            Column("end_date", self.tr("End"), day),
            Column("city", self.tr("City")),
            Column("host_country", self.tr("Country"), country),
            Column("participants", self.tr("Participants"), self._participation, whole_row=True),
        ]
        self.model = PagedModel(
            session,
            columns,
            count_events,
            lambda conn, f, sort, desc, offset, limit: list_events(
                conn, f, sort=sort, descending=desc, offset=offset, limit=limit
            ),
            EventFilter(),
            sort="start_date",
            descending=True,
        )
        self.search = QLineEdit()
        self.search.setObjectName("search_events")
        self.search.setPlaceholderText(self.tr("Search title, city or country…"))
        self.search.setAccessibleName(self.tr("Search events"))
        self.search.setClearButtonEnabled(True)
        self.use_dates = QComboBox()
        self.use_dates.setAccessibleName(self.tr("Period filter"))
        self.use_dates.addItem(self.tr("Any date"), False)
        self.use_dates.addItem(self.tr("From – to"), True)
        self.from_date, self.to_date = (
            DateField(QDate(date.today().year, 1, 1)),
            DateField(QDate.currentDate()),
        )
        for edit, name, key in (
            (self.from_date, self.tr("From"), "events_from"),
            (self.to_date, self.tr("To"), "events_to"),
        ):
            edit.setObjectName(key)
            edit.setAccessibleName(name)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("Any status"), None)
        for s in EventStatus:
            self.status.addItem(code(s.value), s.value)
        self.event_type = QComboBox()
        self.event_type.setAccessibleName(self.tr("Type filter"))
        self.event_type.addItem(self.tr("Any type"), None)
        for t in by_shown(codelists().event_types, code):
            self.event_type.addItem(code(t), t)
        self.country = country_combo(self, blank=self.tr("Any country"))
        self.country.setAccessibleName(self.tr("Country filter"))
        self.country.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.country.setMinimumContentsLength(14)
        self.count = QLabel()
        # Two rows, so the list fits a 1024 px wide screen beside the screens' list.
        words, when = QHBoxLayout(), QHBoxLayout()
        words.addWidget(self.search, 1)
        for widget in (self.use_dates, self.from_date, self.to_date):
            words.addWidget(widget)
        for widget in (self.status, self.event_type, self.country):
            when.addWidget(widget)
        when.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(words)
        filters.addLayout(when)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        # Each short column its room in the language shown, the title what is left.
        self._widths: dict[int, int] = {}
        self.table.viewport().installEventFilter(self)  # sized again as the window is
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        new_button = QPushButton(self.tr("New event"))
        new_button.setToolTip(self.tr("Record a new event (Ctrl+N)"))
        open_button = QPushButton(self.tr("Open"))
        delete_button = QPushButton(self.tr("Delete"))
        for button, name in (
            (new_button, "new_event"),
            (open_button, "open_event"),
            (delete_button, "delete_event"),
        ):
            button.setObjectName(name)
        self.open_button, self.delete_button = open_button, delete_button
        new_button.clicked.connect(self.new_event)
        open_button.clicked.connect(self.edit_selected)
        delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for b in (new_button, open_button, delete_button):
            buttons.addWidget(b)
        listing = QWidget()
        lay = QVBoxLayout(listing)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)

        self.editor = editor if editor is not None else EventEditor(session)
        self.editor.closed.connect(self._editor_closed)
        self.stack = ScreenStack()  # the editor scrolls rather than widen the window
        self.stack.addWidget(listing)
        self.stack.addWidget(self.editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for box in (self.use_dates, self.status, self.event_type, self.country):
            box.currentIndexChanged.connect(self.apply_filter)
        self.use_dates.currentIndexChanged.connect(self._show_dates)
        self._show_dates()
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(self.apply_filter)
        self.model.loaded.connect(self._show_count)
        self.model.loaded.connect(lambda _n: self._size_columns(listed=True))
        # Open and Delete act on the event selected: greyed while none is (an empty list).
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._follow_selection())
        for signal in (self.model.modelReset, self.model.layoutChanged, self.model.loaded):
            signal.connect(lambda *_a: self._follow_selection())
        self._follow_selection()
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        session.changed.connect(self._changed)  # (methods: dropped with the screen)
        session.unlocked.connect(self._reload)

    def _changed(self, what: object) -> None:
        if what in ("event", "participant"):
            self.model.reload()

    def _reload(self, _identity: object = None) -> None:
        self.model.reload()

    def _needed(self) -> dict[int, int]:
        """The width each column but the title needs for what it holds in the interface's
        language: the types, countries, cities and "20 (8 named + 12 counted)" of the events
        listed (a city or country past `LONG_NAME` is cut, whole in the tooltip), every
        month's dates, every status, and its header."""
        fm = self.table.fontMetrics()
        listed = [self.model.row_at(r) for r in range(min(self.model.rowCount(), PAGE))]
        rows: list[EventRow] = [row for row in listed if row is not None]

        def widest(column: int, *texts: str, cap: int = 10_000) -> int:
            shown = (str(self.model.headerData(column, Qt.Orientation.Horizontal)), *texts)
            return min(max(fm.horizontalAdvance(t) for t in shown), cap) + 16

        days = [day(date(2026, m, 28)) for m in range(1, 13)]
        return {
            1: widest(1, *(code(r.event_type) for r in rows)),
            2: widest(2, *(code(s.value) for s in EventStatus)),
            3: widest(3, *days),
            4: widest(4, *days),
            5: widest(5, *(r.city or "" for r in rows), cap=LONG_NAME),
            6: widest(6, *(country(r.host_country) for r in rows), cap=LONG_NAME),
            7: widest(7, *(participation_text(r.participation) for r in rows)),
        }

    def _size_columns(self, listed: bool = False) -> None:
        """Each short column gets its room first (measured again when the list is
        ``listed``), the title what is left, at least `TITLE_MIN`; only on a window too
        narrow for that do the type, city, country and participants give up the difference
        between them (cut, the whole in the tooltip), never the dates or the status, and the
        list does not scroll sideways."""
        if listed or not self._widths:
            self._widths = self._needed()
        widths = dict(self._widths)
        short = sum(widths.values()) + TITLE_MIN - self.table.viewport().width()
        giving = {c: widths[c] for c in (1, 5, 6, 7)}
        if short > 0:
            share = max(0.0, 1 - short / sum(giving.values()))
            widths |= {c: max(60, int(w * share)) for c, w in giving.items()}
            over = sum(widths.values()) + TITLE_MIN - self.table.viewport().width()
            widest = max(giving, key=lambda c: widths[c])
            widths[widest] = max(60, widths[widest] - max(0, over))  # what the floors kept
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        left = self.table.viewport().width() - sum(widths.values())
        self.table.setColumnWidth(0, max(TITLE_MIN, left))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()  # the title takes what the window leaves
        return False

    @staticmethod
    def _participation(row: EventRow) -> str:
        return participation_text(row.participation)

    def _show_count(self, n: int) -> None:
        if n:
            self.count.setText(self.tr("%Ln event(s)", "", n))
        elif self.current_filter() == EventFilter(language=language()):
            self.count.setText(
                self.tr("No events yet: “New event” (Ctrl+N) records the first one.")
            )
        else:
            self.count.setText(self.tr("No event matches these filters."))

    def current_filter(self) -> EventFilter:
        dated = bool(self.use_dates.currentData())
        return EventFilter(
            text=self.search.text(),
            start=to_date(self.from_date) if dated else None,
            end=to_date(self.to_date) if dated else None,
            status=self.status.currentData(),
            country=self.country.currentData(),
            event_type=self.event_type.currentData(),
            language=language(),  # a country is found by the name the list shows
        )

    def _show_dates(self) -> None:
        dated = bool(self.use_dates.currentData())
        self.from_date.setVisible(dated)
        self.to_date.setVisible(dated)

    def apply_filter(self) -> None:
        self.model.set_params(self.current_filter())

    def show_period(self, period: Period, event_type: str | None) -> None:
        """Open the list behind a dashboard figure: held events of the period (and type)."""
        self.stack.setCurrentIndex(0)
        for w in (self.use_dates, self.status, self.event_type, self.from_date, self.to_date):
            w.blockSignals(True)
        self.use_dates.setCurrentIndex(1 if period.start else 0)
        if period.start:
            self.from_date.setDate(qdate(period.start))
        if period.end:
            self.to_date.setDate(qdate(period.end))
        self.status.setCurrentIndex(self.status.findData(EventStatus.HELD.value))
        self.event_type.setCurrentIndex(max(0, self.event_type.findData(event_type)))
        for w in (self.use_dates, self.status, self.event_type, self.from_date, self.to_date):
            w.blockSignals(False)
        self._show_dates()
        self.apply_filter()

    def _follow_selection(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return None if row is None else row.id

    def new_event(self) -> None:
        self.editor.new()
        self.stack.setCurrentIndex(1)

    def edit_selected(self) -> None:
        event_id = self.selected_id()
        if event_id:
            self.open_event(event_id)

    def open_event(self, event_id: str) -> None:
        self.editor.open(event_id)
        self.stack.setCurrentIndex(1)

    def delete_selected(self) -> None:
        """Ask, naming the event and what goes with it, then delete."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.session.read(
            lambda conn: attendance_count(conn, row.id),
            lambda n: self._confirm_delete(row, n),
            self._error,
        )

    def _confirm_delete(self, row: EventRow, attendances: int) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Delete event"),
            self.tr(
                "Delete “{0}” ({1}) and its {2} attendances? It is kept as deleted for HQ and "
                "can be restored there."
            ).format(
                apart(row.title),
                apart(day_range(row.start_date, row.end_date)),
                apart(number(attendances)),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.write(
                "event",
                lambda repo: repo.delete(RecordType.EVENT, row.id),
                lambda _v: None,
                self._error,
            )

    def _error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not done"), str(error))

    def _editor_closed(self, saved: bool) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()
