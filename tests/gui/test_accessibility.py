"""Every input a person can reach has an accessible name (what a screen reader says)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QComboBox,
    QSpinBox,
    QDoubleSpinBox,
    QDateEdit,
    QCheckBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit)):
            continue  # the line edit inside a combo or spin box: the outer widget is named
        if isinstance(widget, QCheckBox) and widget.text():
            continue  # its text is its name
        if isinstance(widget, QHeaderView) or (
            isinstance(widget, QAbstractItemView) and parent is None
        ):
            continue  # a table's headers are named by the table; popups by their combo
        if not widget.accessibleName() and widget.isVisibleTo(root.window()):
            missing.append(f"{type(widget).__name__} in {type(parent).__name__}")
    return missing


def test_inputs_have_accessible_names(qtbot: QtBot, window: MainWindow) -> None:
    window.events.new_event()
    window.events.editor.attendance.add_person("p-1", "Amina El Amrani")
    window.discard_typed_work()  # leaving the editor would ask: the walk keeps nothing typed
    problems = []
    for i in range(window.nav.count()):
        window.nav.setCurrentRow(i)
        problems += unnamed(window)
    for tab in range(window.events.editor.tabs.count()):
        window.nav.setCurrentRow(1)
        window.events.editor.tabs.setCurrentIndex(tab)
        problems += unnamed(window)
    assert sorted(set(problems)) == []
