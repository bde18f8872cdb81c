"""The one way in to Qt: UI modules import Qt names from here, never from PySide6 directly.

Names load on first use (PEP 562), so the unlock window paints before the Qt classes that
only the later screens need are created.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names as NAMES (a test keeps them equal), for the type checker
    from PySide6.QtCore import (
        QAbstractTableModel,
        QCoreApplication,
        QDate,
        QEvent,
        QLibraryInfo,
        QLocale,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QPoint,
        QRectF,
        QSize,
        Qt,
        QThread,
        QTimer,
        QTranslator,
        Signal,
        Slot,
    )
    from PySide6.QtGui import (
        QAction,
        QBrush,
        QColor,
        QFont,
        QFontMetrics,
        QGuiApplication,
        QKeySequence,
        QPainter,
        QPalette,
        QPen,
        QShortcut,
    )
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QDoubleSpinBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QLabel,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QScrollArea,
        QSizePolicy,
        QSpinBox,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QTableView,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QToolButton,
        QVBoxLayout,
        QWidget,
        QWizard,
        QWizardPage,
    )

NAMES: dict[str, tuple[str, ...]] = {
    "QtCore": (
        "QAbstractTableModel",
        "QCoreApplication",
        "QDate",
        "QEvent",
        "QLibraryInfo",
        "QLocale",
        "QModelIndex",
        "QObject",
        "QPersistentModelIndex",
        "QPoint",
        "QRectF",
        "QSize",
        "Qt",
        "QThread",
        "QTimer",
        "QTranslator",
        "Signal",
        "Slot",
    ),
    "QtGui": (
        "QAction",
        "QBrush",
        "QColor",
        "QFont",
        "QFontMetrics",
        "QGuiApplication",
        "QKeySequence",
        "QPainter",
        "QPalette",
        "QPen",
        "QShortcut",
    ),
    "QtWidgets": (
        "QAbstractItemView",
        "QApplication",
        "QCheckBox",
        "QComboBox",
        "QDateEdit",
        "QDialog",
        "QDialogButtonBox",
        "QDoubleSpinBox",
        "QFileDialog",
        "QFormLayout",
        "QFrame",
        "QGridLayout",
        "QGroupBox",
        "QHBoxLayout",
        "QHeaderView",
        "QLabel",
        "QLineEdit",
        "QListWidget",
        "QListWidgetItem",
        "QMainWindow",
        "QMessageBox",
        "QPlainTextEdit",
        "QProgressBar",
        "QPushButton",
        "QScrollArea",
        "QSizePolicy",
        "QSpinBox",
        "QSplitter",
        "QStackedWidget",
        "QStatusBar",
        "QTableView",
        "QTableWidget",
        "QTableWidgetItem",
        "QTabWidget",
        "QToolButton",
        "QVBoxLayout",
        "QWidget",
        "QWizard",
        "QWizardPage",
    ),
}
_MODULE_OF = {name: module for module, names in NAMES.items() for name in names}
__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"fieldapp.ui.qt has no {name!r}: add it to NAMES")
    value = getattr(importlib.import_module(f"PySide6.{module}"), name)
    globals()[name] = value
    return value
