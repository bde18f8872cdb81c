"""A thin table model over a SQL query that counts, sorts, filters and pages in the database.

The model knows the total number of rows at once (so the scroll bar is true) and holds only
the pages that were shown; a page it lacks is asked of the worker and painted when it comes.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from fieldapp.ui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from fieldapp.ui.session import Session

PAGE = 200
KEEP_PAGES = 50  # pages held at most (10,000 rows)
# A page whose turn on the worker comes more than this after a view last asked for it is
# not read (the view scrolled on) but said changed, so a view still showing it asks again.
WANTED_FOR = 0.25  # seconds
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the row object, and the sort key the query knows
    title: str
    format: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    sortable: bool = True
    whole_row: bool = False  # format is given the row, for a cell made of several fields


CountFn = Callable[[Connection, Any], int]
PageFn = Callable[[Connection, Any, str, bool, int, int], Sequence[Any]]


class PagedModel(QAbstractTableModel):
    loaded = Signal(int)  # total rows, after each reload

    def __init__(
        self,
        session: Session,
        columns: list[Column],
        count: CountFn,
        page: PageFn,
        params: Any,
        sort: str,
        descending: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.columns = columns
        self._count = count
        self._page = page
        self.params = params
        self.sort_key = sort
        self.descending = descending
        self.total = 0
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()
        self._asked: set[int] = set()
        self._wanted: dict[int, float] = {}  # page -> when a view last asked for it
        self._generation = 0

    # --- Qt's side --------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole else None
        column = self.columns[index.column()]
        return column.format(row if column.whole_row else getattr(row, column.key))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.columns[column].sortable:
            return
        self.sort_key = self.columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- ours -------------------------------------------------------------------------------

    def row_at(self, row: int) -> Any | None:
        """The row object at ``row`` if its page is here; else ask for the page and say None."""
        if not 0 <= row < self.total:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            self._wanted[number] = time.monotonic()
            self._ask(number)
            return None
        self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def loaded_row(self, wanted: Callable[[Any], bool]) -> int:
        """The first row already here that is ``wanted`` (-1: none); asks for no page, so a
        look-up over 100,000 people does not fetch them all."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if wanted(item):
                    return number * PAGE + offset
        return -1

    def set_params(self, params: Any) -> None:
        self.params = params
        self.reload()

    def reload(self) -> None:
        """Count and fetch the first page in one job; the view resets when both are here.

        Asked at every keystroke (no pause to wait for the typing to stop): a search already
        replaced by a newer one when its turn on the worker comes is skipped, so the worker
        only ever runs the one in hand and the newest."""
        self._generation += 1
        generation = self._generation
        params, sort, desc = self.params, self.sort_key, self.descending
        count, page = self._count, self._page

        def job(conn: Connection) -> tuple[int, Sequence[Any]] | None:
            if generation != self._generation:
                return None  # a newer search is already asked: its turn comes next
            return count(conn, params), page(conn, params, sort, desc, 0, PAGE)

        def done(result: tuple[int, Sequence[Any]] | None) -> None:
            if result is None or generation != self._generation:
                return  # a newer search replaced this one
            self.beginResetModel()
            self.total, first = result
            self._pages = OrderedDict({0: first})
            self._asked = set()
            self.endResetModel()
            self.loaded.emit(self.total)

        self.session.read(job, done)

    def _ask(self, number: int) -> None:
        if number in self._asked:
            return
        self._asked.add(number)
        generation = self._generation
        params, sort, desc, page = self.params, self.sort_key, self.descending, self._page

        def job(conn: Connection) -> Sequence[Any] | bool | None:
            if generation != self._generation:
                return None  # for a search replaced meanwhile
            if time.monotonic() - self._wanted.get(number, 0.0) > WANTED_FOR:
                return False  # scrolled past (a scroll bar dragged over 100,000 rows)
            return page(conn, params, sort, desc, number * PAGE, PAGE)

        def done(rows: Sequence[Any] | bool | None) -> None:
            if rows is False:  # not read: asked again if still on screen, once repainted
                self._asked.discard(number)
                first = number * PAGE
                last = min(self.total, first + PAGE) - 1
                if last >= first:
                    self.dataChanged.emit(
                        self.index(first, 0), self.index(last, len(self.columns) - 1)
                    )
                return
            if rows is None or isinstance(rows, bool) or generation != self._generation:
                return
            self._pages[number] = rows
            self._asked.discard(number)
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
            first = number * PAGE
            last = min(self.total, first + len(rows)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

        self.session.read(job, done, lambda _e: self._asked.discard(number))
