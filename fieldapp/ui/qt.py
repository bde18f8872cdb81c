"""The one way in to Qt: UI modules import Qt names from here, never from PySide6 directly.

Names load on first use (PEP 562), so the unlock window paints before the Qt classes that
only the later screens need are created.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterator
from types import ModuleType
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
    if not _feature_checks_read_raw:
        read_feature_checks_raw()
    globals()[name] = value
    return value


_feature_checks_read_raw = False


def read_feature_checks_raw() -> None:
    """PySide6 asks of every module imported after it whether its source names "PySide6"
    (for its optional ``__feature__`` switches), through ``inspect.getsource``, which keeps
    every such module's source in ``linecache`` for good: all of SQLAlchemy, pydantic and
    the rest that the screens load, some 14 million characters, 35 MB of the app's memory
    and 0.1 s of its start. The same question is asked here of the file's bytes, read and
    let go (a module without a ``.py`` file is asked PySide6's way)."""
    global _feature_checks_read_raw
    _feature_checks_read_raw = True
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None:
        return  # another PySide6: nothing to mend

    def uses_pyside(module: ModuleType) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return bool(upstream(module))
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False  # (as upstream: no source, no PySide6)

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010  (a private name)


def warm_up(budget: float = 0.004) -> Iterator[None]:
    """Make PySide6 build its Python classes (and their enumerations) now, pausing (one
    ``yield``) every ``budget`` seconds. PySide6 builds them on first use, half a millisecond
    an enumeration, and the application-wide event filters (`wheel_guard`, the session's
    idle watch) meet nearly every class there is through the objects and events they see:
    the first screen shown after unlocking paid 0.7 s for it at once. Run in slices behind
    the unlock screen (`fieldapp.ui.app.load_behind`), the same work never stalls it. The
    namespace ``Qt`` (some 13 ms of its ~90 ms: all its enumerations at once, which the
    first paint skips) has a slice of its own."""
    importlib.import_module("PySide6.QtCore").Qt  # noqa: B018  (built on first use)
    yield
    deadline = time.perf_counter() + budget
    for module in ("QtCore", "QtGui", "QtWidgets"):
        loaded = importlib.import_module(f"PySide6.{module}")
        for name in dir(loaded):
            getattr(loaded, name)
            if time.perf_counter() > deadline:
                yield
                deadline = time.perf_counter() + budget
