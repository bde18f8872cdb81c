"""Form fields that never change what was typed, and problem lines that never move a form.

A `DateField` keeps the text as typed and reads it as a date (or says it is not one) instead
of a QDateEdit's section editing, where typing over a date gave another one; it shows a date
as every list writes it (`labels.day`: "6 нояб. 2026 г.", "12 يونيو 2026" read right to left),
where a QDateEdit laid its sections out left to right and zero-padded the day. Numbers are
plain line edits whose text goes, as typed, to the domain's checks: a pre-test of 150 is
refused with a message, never cut to 15. A `ProblemLine` takes the same room whether it
says something or not, so fields stay where the user aims.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from fieldapp.reports.local_dates import local_date
from fieldapp.ui.labels import day
from fieldapp.ui.qt import (
    QCalendarWidget,
    QComboBox,
    QDate,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QObject,
    QShortcut,
    QSizePolicy,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)

ERROR_STYLE = "color: #b00020;"
SUCCESS_STYLE = "color: #1b5e20;"  # dark green: done, not an error
# How a field is left by the user's own move; a focus lost because the window or the tab
# changed shows no problem yet.
LEAVING = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
# What a user may type, in their language or in English: 10 Nov 2026, 10/11/2026, 2026-11-10.
TYPED_FORMATS = (
    "d MMM yyyy",
    "d MMMM yyyy",
    "d/M/yyyy",
    "d.M.yyyy",
    "d-M-yyyy",
    "yyyy-M-d",
    "d MMM yy",
    "d/M/yy",
)


def qdate(value: datetime.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def read_date(text: str) -> QDate:
    """The date ``text`` says, in any of `TYPED_FORMATS` or as `show_date` writes it in any
    language ("6 нояб. 2026 г."); an invalid QDate if none."""
    text = " ".join(text.split())
    for locale in (QLocale(), QLocale.c()):
        for fmt in TYPED_FORMATS:
            found = locale.toDate(text, fmt)
            if found.isValid():
                if "yyyy" not in fmt:  # a two-digit year: this century, not Qt's 1900s
                    found = found.addYears(100)
                return found
    named = local_date(text) if text else None
    return QDate() if named is None else qdate(named)


def show_date(value: QDate) -> str:
    """A date as the lists write it, in the interface's language (`labels.day`)."""
    shown = value.toPython()
    return day(shown) if isinstance(shown, datetime.date) and value.isValid() else ""


class DateField(QWidget):
    """A date typed as text (kept as typed) or picked from a calendar (Alt+Down)."""

    dateChanged = Signal(QDate)  # a different valid date (typed, picked or set)
    committed = Signal()  # a date was picked, set, or Enter pressed (leaving: a FocusOut)

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(show_date(QDate(2026, 11, 10)))
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.pick)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        QShortcut(QKeySequence("Alt+Down"), self.edit, self.pick)
        self._last = QDate()
        self._good = QDate()  # the last date the text said, kept while it says none
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._left)
        self.edit.returnPressed.connect(self.committed)
        self.setDate(value or QDate.currentDate())

    def setObjectName(self, name: str) -> None:
        super().setObjectName(name)
        self.edit.setObjectName(f"{name}_text")
        self.button.setObjectName(f"{name}_pick")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def date(self) -> QDate:
        """The typed date, or an invalid QDate when the text is not one."""
        return read_date(self.edit.text())

    def good_date(self) -> QDate:
        """The typed date, or the last one typed while the text is not one (a filter keeps
        filtering by it)."""
        return self.date() if self.date().isValid() else self._good

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()

    def setDate(self, value: QDate | datetime.date) -> None:
        if isinstance(value, datetime.date):
            value = qdate(value)
        self.edit.setText(show_date(value))
        self.committed.emit()

    def _typed(self, _text: str) -> None:
        found = self.date()
        if found.isValid():
            self._good = found
        if found.isValid() and found != self._last:
            self._last = found
            self.dateChanged.emit(found)
        elif not found.isValid():
            self._last = QDate()

    def _left(self) -> None:
        found = self.date()
        if found.isValid() and self.edit.text() != show_date(found):
            self.edit.setText(show_date(found))  # the same date, written the app's one way

    def pick(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setObjectName(f"{self.objectName()}_calendar")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.date().isValid():
            calendar.setSelectedDate(self.date())

        def picked(day: QDate) -> None:
            self.setDate(day)
            calendar.close()
            self.edit.setFocus()

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()


def typed_into(field: QWidget) -> QWidget:
    """The widget that takes the keys of ``field`` (a date field's own line edit)."""
    return field.edit if isinstance(field, DateField) else field


def left_field(fields: Mapping[str, QWidget], watched: QObject, event: QEvent) -> str | None:
    """The key of the field of ``fields`` the user has just left by their own move (not one
    left because the window or the tab changed), for an event filter installed on each
    `typed_into` field."""
    if event.type() == QEvent.Type.FocusOut and event.reason() in LEAVING:  # type: ignore[attr-defined]
        for key, field in fields.items():
            if watched is typed_into(field):
                return key
    return None


class ProblemLine(QLabel):
    """What is wrong with one field, in a line that is there (empty) even when nothing is:
    messages come and go without moving the fields below. The whole text is in the tooltip
    when the line is too narrow for it."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setStyleSheet(ERROR_STYLE)
        self.setAccessibleName(accessible_name)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # hidden, it still holds its line
        self.setSizePolicy(policy)
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 2)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))


def with_hint(field: QWidget, hint: str, name: str) -> QWidget:
    """``field`` with its scale or unit beside it (e.g. "0–100 %", "people; empty: not
    stated"), so a figure's range is seen before it is typed."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    label = QLabel(hint)
    label.setObjectName(name)
    label.setBuddy(field)
    row.addWidget(label)
    return box


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
