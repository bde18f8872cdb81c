"""The one way in to Qt: UI modules import Qt names from here, never from PySide6 directly.

Names load on first use (PEP 562), so the unlock window paints before the Qt classes that
only the later screens need are created.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the same names as NAMES (a test keeps them equal), for the type checker
    from PySide6.QtCore import (
        QAbstractTableModel,
        QCoreApplication,
        QDate,
        QEvent,
        QItemSelectionModel,
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
        QtMsgType,
        QTranslator,
        QUrl,
        Signal,
        Slot,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import (
        QAction,
        QBrush,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QFont,
        QFontMetrics,
        QGuiApplication,
        QIcon,
        QKeySequence,
        QPainter,
        QPalette,
        QPen,
        QShortcut,
        QTextDocument,
        QWheelEvent,
    )
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QApplication,
        QCalendarWidget,
        QCheckBox,
        QComboBox,
        QCompleter,
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
        QStyledItemDelegate,
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
        "QItemSelectionModel",
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
        "QtMsgType",
        "QTimer",
        "QTranslator",
        "QUrl",
        "Signal",
        "Slot",
        "qInstallMessageHandler",
    ),
    "QtGui": (
        "QAction",
        "QBrush",
        "QCloseEvent",
        "QColor",
        "QDesktopServices",
        "QFont",
        "QFontMetrics",
        "QGuiApplication",
        "QIcon",
        "QKeySequence",
        "QPainter",
        "QPalette",
        "QPen",
        "QShortcut",
        "QTextDocument",
        "QWheelEvent",
    ),
    "QtPrintSupport": ("QPrintDialog", "QPrinter"),
    "QtWidgets": (
        "QAbstractItemView",
        "QAbstractScrollArea",
        "QAbstractSpinBox",
        "QApplication",
        "QCalendarWidget",
        "QCheckBox",
        "QComboBox",
        "QCompleter",
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
        "QStyledItemDelegate",
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


def warm_up(budget: float = 0.010) -> Iterator[None]:
    """Make PySide6 build its Python classes (and their enumerations) now, pausing (one
    ``yield``) every ``budget`` seconds. PySide6 builds them on first use, half a millisecond
    an enumeration, and the application-wide event filters (`wheel_guard`, the session's
    idle watch) meet nearly every class there is through the objects and events they see:
    the first screen shown after unlocking paid 0.7 s for it at once. Run in slices behind
    the unlock screen (`fieldapp.ui.app.load_behind`), the same work never stalls it."""
    deadline = time.perf_counter() + budget
    for module in ("QtCore", "QtGui", "QtWidgets"):
        loaded = importlib.import_module(f"PySide6.{module}")
        for name in dir(loaded):
            getattr(loaded, name)
            if time.perf_counter() > deadline:
                yield
                deadline = time.perf_counter() + budget
