"""The participant list of an event as a table model over its `AttendanceLine`s, with the
delegate that edits its cells (role, days, scores, satisfaction); days and completion are
ticks. A view over it builds no widget per row, so 300 attendees open at once, and Tab moves
from cell to cell."""

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
from fieldapp.domain.codelists import codelists
from fieldapp.store.event_drafts import AttendanceLine
from fieldapp.ui.labels import tr_label
from fieldapp.ui.qt import (
    QAbstractTableModel,
    QComboBox,
    QDate,
    QDoubleSpinBox,
    QModelIndex,
    QPersistentModelIndex,
    QSpinBox,
    QStyledItemDelegate,
    Qt,
    QWidget,
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
EMPTY = "—"
Role = Qt.ItemDataRole


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
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Role.DisplayRole else None
        if not 0 <= section < len(self.keys):
            return None
        day = self.day_of(section)
        if role == Role.DisplayRole:
            return self.tr("Day {0}").format(day) if day else tr_label(HEADERS[self.keys[section]])
        if role == Role.ToolTipRole:
            if day:
                when = day_dates(self.start, self.days)[day - 1]
                return QDate(when.year, when.month, when.day).toString("dddd d MMMM yyyy")
            key = self.keys[section]
            if key in SCORES:
                return self.tr("A score from 0 to 100")
            if key == "satisfaction":
                return self.tr("From 1 (poor) to 5 (excellent)")
            if key == "days_attended" and ticked_by_day(self.days):
                return self.tr("The days ticked")
        return None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
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
        if role == Role.ToolTipRole and key == "full_name" and line.new_person is not None:
            return self.tr("New: added to the registry when the event is saved")
        if role != Role.DisplayRole:
            return None
        if key == "full_name":
            return line.full_name
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
            return tr_label(str(value))
        return f"{value:g}" if isinstance(value, float) else str(value)

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
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def _tick(self, line: AttendanceLine, day: int, present: bool) -> None:
        ticks = list(self.ticks(line) or "0" * self.days)
        ticks[day - 1] = "1" if present else "0"
        line.values["days_present"] = "".join(ticks)
        line.values["days_attended"] = days_from_ticks(line.values["days_present"])
        self._kept.pop(id(line), None)

    # --- rows and columns -------------------------------------------------------------------

    def set_lines(self, lines: list[AttendanceLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self._kept.clear()
        self.endResetModel()

    def add_lines(self, lines: list[AttendanceLine]) -> None:
        if not lines:
            return
        first = len(self.lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self.lines.extend(lines)
        self.endInsertRows()

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._kept.pop(id(self.lines.pop(row)), None)
            self.endRemoveRows()

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
        keys = [*BEFORE, *(f"day:{n}" for n in range(1, days + 1) if ticked_by_day(days)), *AFTER]
        self.beginResetModel()
        self.start, self.days, self.keys = start, days, keys
        self.endResetModel()
        if changed:
            self.edited.emit()
        return changed, lost


class AttendanceDelegate(QStyledItemDelegate):
    """Editors for the typed cells: role from the code list, days, scores 0-100 and
    satisfaction 1-5, each with "—" for not given."""

    def __init__(self, model: AttendanceModel) -> None:
        super().__init__()
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        key = self.model.keys[index.column()]
        editor: QWidget
        if key == "role":
            combo = QComboBox(parent)
            for value in codelists().roles:
                combo.addItem(tr_label(value), value)
            editor = combo
        elif key == "satisfaction":
            spin = QSpinBox(parent)
            spin.setRange(0, 5)
            spin.setSpecialValueText(EMPTY)
            editor = spin
        else:
            box = QDoubleSpinBox(parent)
            if key == "days_attended":
                box.setRange(0, 366)
                box.setDecimals(1)
            else:
                box.setRange(-1, 100)
                box.setDecimals(0)
            box.setSpecialValueText(EMPTY)
            editor = box
        editor.setObjectName(f"edit_{key}")
        editor.setAccessibleName(tr_label(HEADERS[key]))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Role.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(editor.minimum() if value is None else int(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(editor.minimum() if value is None else float(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Role.EditRole)
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value() or None, Role.EditRole)
        elif isinstance(editor, QDoubleSpinBox):
            value = editor.value()
            model.setData(index, None if value <= editor.minimum() else value, Role.EditRole)
