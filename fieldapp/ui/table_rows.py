"""Selecting a table's row from code, in either direction of writing."""

from __future__ import annotations

from fieldapp.ui.qt import QAbstractItemView, QItemSelectionModel


def select_row(table: QAbstractItemView, row: int) -> None:
    """What ``QTableView.selectRow`` promises. Right to left, Qt takes the column under the
    viewport's right edge, and there is none when the columns are narrower than the table:
    nothing was selected, so an Arabic user's list lost its selection after a save."""
    index = table.model().index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(index, flags)
