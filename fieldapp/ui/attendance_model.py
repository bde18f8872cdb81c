"""The participant list of an event as a table model over its `AttendanceLine`s, with the
typed cells edited by `attendance_delegate.AttendanceDelegate`; days and completion are
ticks. A view over it builds no widget per row, so 300 attendees open at once, and Tab moves
from cell to cell.

Figures are typed as text and kept as typed: a pre-test of 150 stays 150 (a spin box cut it
to 15) and a satisfaction of 9 stays 9 (one blanked it); `event_drafts.draft_problems` refuses
them and the editor marks the cell (`set_problems`). The headers show the scales."""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldapp.domain.attendance_days import (
    PRESENT,
    day_dates,
    days_from_ticks,
    refit,
    shown_ticks,
    ticked_by_day,
)
from fieldapp.domain.validation import SATISFACTION_RANGE, SCORE_RANGE
from fieldapp.store.event_drafts import AttendanceLine
from fieldapp.ui.labels import code, scale, tr_label
from fieldapp.ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
BEFORE = ("full_name", "organization", "role", "days_attended")
AFTER = ("completed", "pre_test_score", "post_test_score", "satisfaction")
HEADERS = {
    "full_name": "Name",
    "organization": "Organization",
    "role": "Role",
    "days_attended": "Days",
    "completed": "Completed",
    "pre_test_score": "Pre-test",
    "post_test_score": "Post-test",
    "satisfaction": "Satisfaction",
}
SCORES = ("pre_test_score", "post_test_score")
RANGES = {"pre_test_score": SCORE_RANGE, "post_test_score": SCORE_RANGE}
RANGES["satisfaction"] = SATISFACTION_RANGE
EMPTY = "—"
Role = Qt.ItemDataRole
# The roles the model answers, as the ints views ask with (most asks are for others: font,
# alignment, size... and are answered at once: 300 attendees paint quickly).
CELL_ROLES = frozenset(
    r.value
    for r in (
        Role.DisplayRole,
        Role.EditRole,
        Role.CheckStateRole,
        Role.ToolTipRole,
        Role.BackgroundRole,
        Role.ForegroundRole,
    )
)
HEADER_ROLES = frozenset((Role.DisplayRole.value, Role.ToolTipRole.value))
WRONG = QBrush(QColor("#fde7ea"))  # a cell the checks refuse: light red behind its text
WRONG_TEXT = QBrush(QColor("#b00020"))  # the forms' error red (form_fields.ERROR_STYLE)


def typed_figure(text: str) -> float | str | None:
    """A figure as typed in a cell: empty is not given, a number (10, 72.5, 72,5) is that
    number, anything else is kept as typed for the checks to refuse; never cut or clamped."""
    text = text.strip()
    if not text or text == EMPTY:
        return None
    for locale in (QLocale(), QLocale.c()):
        value, ok = locale.toDouble(text)
        if ok:
            return int(value) if value.is_integer() else value
    return text


def shown_figure(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


class AttendanceModel(QAbstractTableModel):
    """Rows are the lines (the editor's draft, changed in place); columns are the fields,
    with a "Day n" tick column per day of an event of 2 to 31 days."""

    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[AttendanceLine] = []
        self.start = date.today()
        self.days = 1
        self.keys: list[str] = [*BEFORE, *AFTER]
        self._kept: dict[int, str] = {}  # ticks of days cut off, back if the event lengthens
        self.revision = 0  # counts the changes to the lines: the editor checks each once
        self.problems: dict[tuple[int, str], str] = {}  # (row, field): why it is refused

    # --- what the view reads ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def day_of(self, column: int) -> int | None:
        key = self.keys[column]
        return int(key[4:]) if key.startswith("day:") else None

    def column_of(self, key: str) -> int:
        return self.keys.index(key)

    def ticks(self, line: AttendanceLine) -> str | None:
        v = line.values
        return shown_ticks(v.get("days_present"), v.get("days_attended"), self.days)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role not in HEADER_ROLES:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Role.DisplayRole else None
        if not 0 <= section < len(self.keys):
            return None
        day = self.day_of(section)
        key = self.keys[section]
        if role == Role.DisplayRole:
            if day:
                return self.tr("Day {0}").format(day)
            if key in RANGES:  # "Pre-test (0–100)", "Satisfaction (1–5)"
                return self.tr("{0} ({1})").format(tr_label(HEADERS[key]), scale(*RANGES[key]))
            return tr_label(HEADERS[key])
        if role == Role.ToolTipRole:
            if day:
                when = day_dates(self.start, self.days)[day - 1]
                return QLocale().toString(
                    QDate(when.year, when.month, when.day), "dddd d MMMM yyyy"
                )
            if key in SCORES:
                return self.tr("A score from {0} to {1}; empty: not taken").format(*SCORE_RANGE)
            if key == "satisfaction":
                return self.tr("From {0} (poor) to {1} (excellent); empty: not asked").format(
                    *SATISFACTION_RANGE
                )
            if key == "days_attended" and ticked_by_day(self.days):
                return self.tr("The days ticked")
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if role not in CELL_ROLES or not index.isValid():
            return None
        line, key = self.lines[index.row()], self.keys[index.column()]
        day = self.day_of(index.column())
        if day is not None:
            if role != Role.CheckStateRole:
                return None
            ticks = self.ticks(line)
            present = ticks is not None and ticks[day - 1] == PRESENT
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if key == "completed":
            if role != Role.CheckStateRole:
                return None
            done = bool(line.values.get("completed"))
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Role.EditRole:
            return line.values.get(key)
        wrong = self.problems.get((index.row(), key))
        if wrong is not None and role in (Role.BackgroundRole, Role.ForegroundRole):
            return WRONG if role == Role.BackgroundRole else WRONG_TEXT
        if role == Role.ToolTipRole:
            if wrong is not None:
                return wrong
            if key == "full_name" and line.new_person is not None:
                return self.tr("{0} (new: added to the registry when the event is saved)").format(
                    line.full_name
                )
            if key in ("full_name", "organization"):
                return self._shown_text(line, key)  # whole, when the column cuts it
        if role != Role.DisplayRole:
            return None
        return self._shown_text(line, key)

    def _shown_text(self, line: AttendanceLine, key: str) -> str:
        if key == "full_name":
            # (a person whose identity was erased still counts here, under no name)
            return line.full_name or self.tr("(identity erased)")
        if key == "organization":
            return line.organization or ""
        return self._shown(line, key)

    def _shown(self, line: AttendanceLine, key: str) -> str:
        if key == "days_attended" and ticked_by_day(self.days):
            ticks = self.ticks(line)
            value = days_from_ticks(ticks) if ticks is not None else line.values.get(key)
        else:
            value = line.values.get(key)
        if value is None:
            return EMPTY
        if key == "role":
            return code(str(value))
        return shown_figure(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        key = self.keys[index.column()]
        if key.startswith("day:") or key == "completed":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key in ("full_name", "organization"):
            return base
        if key == "days_attended" and ticked_by_day(self.days):
            return base  # derived from the ticks
        return base | Qt.ItemFlag.ItemIsEditable

    # --- what editing writes ----------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        line, key = self.lines[index.row()], self.keys[index.column()]
        day = self.day_of(index.column())
        if role == Role.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if day is None:
                line.values["completed"] = checked
            else:
                self._tick(line, day, checked)
                days = self.index(index.row(), self.column_of("days_attended"))
                self.dataChanged.emit(days, days)
        elif role == Role.EditRole and day is None:
            line.values[key] = value
        else:
            return False
        self.revision += 1
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    @staticmethod
    def _keys(days: int) -> list[str]:
        return [*BEFORE, *(f"day:{n}" for n in range(1, days + 1) if ticked_by_day(days)), *AFTER]

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        """Mark the cells the checks refuse, ``(row, field): message`` (shown as a tip)."""
        if problems == self.problems:
            return
        rows = {row for row, _key in [*problems, *self.problems]}
        self.problems = problems
        last = self.columnCount() - 1
        for row in rows & set(range(len(self.lines))):
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _tick(self, line: AttendanceLine, day: int, present: bool) -> None:
        ticks = list(self.ticks(line) or "0" * self.days)
        ticks[day - 1] = "1" if present else "0"
        line.values["days_present"] = "".join(ticks)
        line.values["days_attended"] = days_from_ticks(line.values["days_present"])
        self._kept.pop(id(line), None)

    # --- rows and columns -------------------------------------------------------------------

    def set_lines(
        self, lines: list[AttendanceLine], start: date | None = None, days: int | None = None
    ) -> None:
        """Show ``lines``, of an event from ``start`` lasting ``days`` when given (their ticks
        as loaded: nothing is refitted)."""
        self.beginResetModel()
        self.lines = lines
        if start is not None and days is not None and days >= 1:
            self.start, self.days, self.keys = start, days, self._keys(days)
        self._kept.clear()
        self.problems = {}
        self.revision += 1
        self.endResetModel()

    def add_lines(self, lines: list[AttendanceLine]) -> None:
        if not lines:
            return
        first = len(self.lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self.lines.extend(lines)
        self.revision += 1
        self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._kept.pop(id(self.lines.pop(row)), None)
            self.endRemoveRows()
        self.problems = {}  # rows moved: the editor's next check marks them again
        self.revision += 1

    def set_dates(self, start: date, days: int) -> tuple[int, int]:
        """Columns for an event from ``start`` lasting ``days``; ticks follow (see
        `fieldapp.domain.attendance_days`). Returns (people whose ticks changed, of whom had
        a day ticked that is cut off)."""
        if days < 1:
            return 0, 0  # the end is before the start: the editor says so, ticks wait
        changed = lost = 0
        for line in self.lines:
            ticks = line.values.get("days_present")
            kept = self._kept.get(id(line), "")
            if ticks is None and not kept:
                continue
            full = (ticks or "") + kept[len(ticks or "") :]
            new = refit(full, days) if ticked_by_day(days) else None
            if new == ticks:
                continue
            changed += 1
            lost += PRESENT in full[days:] if new is not None else False
            self._kept[id(line)] = full
            line.values["days_present"] = new
            count = days_from_ticks(new if new is not None else full[:days])
            line.values["days_attended"] = count
        self.beginResetModel()
        self.start, self.days, self.keys = start, days, self._keys(days)
        self.revision += changed
        self.endResetModel()
        if changed:
            self.edited.emit()
        return changed, lost
