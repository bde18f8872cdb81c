"""People: the registry (search as you type over 100k people), an editor (`person_form`) for
the person chosen or a new one (New person, Ctrl+N), the events a person attended, and possible
duplicates with a merge; a filter by legal basis, and Erase… for the person chosen (their
identity removed here and, after the next sync, at HQ; their attendance kept as anonymous
counts)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldapp.store.queries import (
    BASIS_ALL,
    count_people,
    events_of_person,
    list_people,
    named_duplicates,
    person_record,
)
from fieldapp.ui.basis_labels import filter_choices
from fieldapp.ui.erase_person import ask_erase
from fieldapp.ui.labels import apart, code, country, day, tr_label
from fieldapp.ui.paged_model import Column, PagedModel
from fieldapp.ui.person_form import PersonForm
from fieldapp.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from fieldapp.ui.session import Session
from fieldapp.ui.table_rows import select_row


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
            self.tr("%Ln possible duplicate(s).", "", len(pairs))
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
    def __init__(self, session: Session, form: PersonForm | None = None) -> None:
        """``form``: the person form, if built already (as `EventsPage`'s editor)."""
        super().__init__()
        self.session = session
        columns = [
            Column("full_name", self.tr("Full name")),
            Column("sex", self.tr("Sex"), code),
            Column("organization", self.tr("Organization")),
            Column("nationality", self.tr("Nationality"), country),
            Column("email", self.tr("E-mail")),
        ]
        self.model = PagedModel(  # params: (search text, basis filter)
            session,
            columns,
            lambda conn, p: count_people(conn, p[0], p[1]),
            lambda conn, p, sort, desc, offset, limit: list_people(
                conn, p[0], basis=p[1], sort=sort, descending=desc, offset=offset, limit=limit
            ),
            ("", BASIS_ALL),
            sort="full_name",
        )
        self.search = QLineEdit()
        self.search.setObjectName("search_people")
        self.search.setPlaceholderText(self.tr("Search name, organization or e-mail…"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.basis = QComboBox()
        self.basis.setObjectName("people_basis_filter")
        self.basis.setAccessibleName(self.tr("Legal basis"))
        self.basis.setToolTip(self.tr("Show only the people held on this legal basis"))
        for value, text in filter_choices():
            self.basis.addItem(text, value)
        # A long basis ("Legitimate interest") never widens the list over the form.
        self.basis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.basis.setMinimumContentsLength(10)
        self.count = QLabel()
        self.count.setObjectName("people_count")
        # Its text (a search that found nobody) never widens the list over the form.
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setWordWrap(True)
        duplicates = QPushButton(self.tr("Possible duplicates…"))
        duplicates.setObjectName("possible_duplicates")
        duplicates.clicked.connect(lambda: DuplicatesDialog(session, self).exec())
        self.erase = QPushButton(self.tr("Erase…"))
        self.erase.setObjectName("erase_person")
        self.erase.setToolTip(
            self.tr("Remove the chosen person's identity; their attendance stays as counts")
        )
        self.erase.setEnabled(False)  # one person chosen first
        self.erase.clicked.connect(self.erase_chosen)
        add = QPushButton(self.tr("New person"))
        add.setObjectName("new_person")
        add.setToolTip(self.tr("Add a person to the registry (Ctrl+N)"))
        add.clicked.connect(self.new_person)
        actions = QHBoxLayout()  # under the search, which keeps the list's whole width
        actions.addWidget(self.count, 1)
        actions.addWidget(duplicates)
        actions.addWidget(self.erase)
        actions.addWidget(add)
        self.table = QTableView()
        self.table.setObjectName("people_table")
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
        self.form = form if form is not None else PersonForm(session)
        self.form.created.connect(lambda _id: self._show_events([]))
        self.form.open_requested.connect(self.open_person)
        self.events = QListWidget()
        self.events.setObjectName("person_events")
        self.events.setAccessibleName(self.tr("Events attended"))
        self.events.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.form.add_below(QLabel(self.tr("Events attended")), self.events)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        # a pixel each side: mirrored (Arabic), the splitter hides one of its child's edge
        left_layout.setContentsMargins(1, 0, 1, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.basis)
        left_layout.addLayout(top)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.table, 1)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        # Each keystroke searches at once: the model skips a search overtaken by the next.
        self.search.textChanged.connect(lambda _t: self._search())
        self.basis.currentIndexChanged.connect(lambda _i: self._search())
        self.model.loaded.connect(self._show_count)
        # each page loaded keeps the person in the form selected when it holds them
        self.model.loaded.connect(lambda _n: self._reselect(self.form.person_id))
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.select(cur.row())
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._can_erase())
        # People registered anywhere (New person, an event's quick add, an import, a merge).
        session.changed.connect(self._changed)  # (methods: dropped with the screen)
        session.unlocked.connect(self._reload)

    def _search(self) -> None:
        self.model.set_params((self.search.text(), self.basis.currentData() or BASIS_ALL))

    def _can_erase(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.erase.setEnabled(len(rows) == 1 and self.model.row_at(rows[0].row()) is not None)

    def chosen_id(self) -> str | None:
        """The person selected in the list (one, or none)."""
        rows = self.table.selectionModel().selectedRows()
        person = self.model.row_at(rows[0].row()) if len(rows) == 1 else None
        return None if person is None else str(person.id)

    def erase_chosen(self) -> None:
        """Erase… : the person chosen, after a confirmation naming them (Cancel by default)."""
        person_id = self.chosen_id()
        if person_id is None:
            return

        def loaded(found: tuple[dict[str, Any] | None, int]) -> None:
            row, attended = found
            if row is None or row.get("erased_at") is not None:
                self.model.reload()
                return
            ask_erase(self, self.session, person_id, row, attended, self._erased)

        self.session.read(
            lambda conn: (person_record(conn, person_id), len(events_of_person(conn, person_id))),
            loaded,
        )

    def _erased(self, person_id: str) -> None:
        if self.form.person_id == person_id:
            self.form.forget_changes()
            self.events.clear()
            self.form.close_person(
                self.tr("Identity erased. Their attendance still counts, under no name.")
            )
        self.erase.setEnabled(False)  # nobody chosen any more
        self.model.reload()

    def _changed(self, what: object) -> None:
        if what == "participant":
            self.model.reload()

    def _reload(self, _identity: object = None) -> None:
        self.model.reload()

    def _show_count(self, n: int) -> None:
        searched = self.search.text().strip()
        self.count.setToolTip("")
        filtered = (self.basis.currentData() or BASIS_ALL) != BASIS_ALL
        if n:
            self.count.setText(self.tr("%Ln person(s)", "", n))
        elif filtered and not searched:
            self.count.setText(self.tr("Nobody held on this basis."))
        elif searched:  # a long search is cut, so the row keeps its width
            shown = searched if len(searched) <= 24 else searched[:23] + "…"
            self.count.setText(self.tr("Nobody found for “{0}”.").format(apart(shown)))
            self.count.setToolTip(self.tr("Nobody found for “{0}”.").format(apart(searched)))
        else:
            self.count.setText(self.tr("No one yet."))
            self.count.setToolTip(
                self.tr("Add people with New person (Ctrl+N) or on an event's Participants tab.")
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
        row = -1 if person_id is None else self.model.loaded_row(lambda p: p.id == person_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            select_row(self.table, row)
        else:
            self.table.clearSelection()
            selection.clearCurrentIndex()  # a click on the row left opens it again
        selection.blockSignals(False)

    def confirm_leave(self) -> bool:
        """True when the screen may be left (or another person opened): the person being
        edited is unchanged, or saved or discarded as the user chose."""
        return self.form.confirm_leave()

    def new_person(self) -> None:
        """An empty form for a person not in the registry yet (the person being edited is
        saved, discarded or kept first, as the user chooses)."""
        if not self.confirm_leave():
            return
        self._reselect(None)
        self.form.start_new()
        self.events.clear()
        self.events.addItem(self.tr("None yet: events are added on an event's Participants tab."))

    def open_person(self, person_id: str) -> None:
        """Show ``person_id`` in the form (also when the list does not show them)."""
        self.form.load(person_id)
        self.session.read(lambda conn: events_of_person(conn, person_id), self._show_events)

    def restore_person(self, person_id: str | None, creating: bool, values: dict[str, Any]) -> None:
        """Show a person as typed (``values``), not as stored: the screens were built again
        (a change of language) while they were being edited or made."""
        form = self.form
        if creating:
            form.start_new()
        else:
            form.fill(person_id or "", values)
        form.f.set_values(values)
        if values["sex"] is None:
            form.f.sex.setCurrentIndex(-1)
        if person_id is not None:
            self._reselect(person_id)
            self.session.read(lambda conn: events_of_person(conn, person_id), self._show_events)

    def _show_events(self, events: list[tuple[str, str, date, str]]) -> None:
        self.events.clear()
        for _id, title, start, role in events:
            self.events.addItem(f"{day(start)} — {title} ({code(role)})")
        if not events:
            self.events.addItem(self.tr("No events yet."))
