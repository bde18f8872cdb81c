"""The editors of the participant table's typed cells: the role from the code list; days,
scores and satisfaction as text, kept as typed (`typed_figure`): 150 stays 150 for the
checks to refuse, where a spin box cut it to 15."""

from __future__ import annotations

from typing import Any

from fieldapp.domain.codelists import codelists
from fieldapp.ui.attendance_model import (
    HEADERS,
    RANGES,
    AttendanceModel,
    Index,
    Role,
    shown_figure,
    typed_figure,
)
from fieldapp.ui.labels import code, scale, tr_label
from fieldapp.ui.qt import QComboBox, QLineEdit, QStyledItemDelegate, QWidget


class AttendanceDelegate(QStyledItemDelegate):
    """Editors for the typed cells: the role from the code list; days, scores and
    satisfaction as text, kept as typed (empty: not given) for the checks to judge."""

    def __init__(self, model: AttendanceModel) -> None:
        super().__init__()
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        key = self.model.keys[index.column()]
        editor: QWidget
        if key == "role":
            combo = QComboBox(parent)
            for value in codelists().roles:
                combo.addItem(code(value), value)
            editor = combo
        else:
            line = QLineEdit(parent)
            if key in RANGES:
                line.setPlaceholderText(scale(*RANGES[key]))
            editor = line
        editor.setObjectName(f"edit_{key}")
        editor.setAccessibleName(tr_label(HEADERS[key]))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Role.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else shown_figure(value))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Role.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, typed_figure(editor.text()), Role.EditRole)
