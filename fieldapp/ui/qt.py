"""The one way in to Qt: UI modules import Qt names from here, never from PySide6 directly."""

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QApplication",
    "QCoreApplication",
    "QFont",
    "QLabel",
    "QMainWindow",
    "QTimer",
    "QVBoxLayout",
    "QWidget",
    "Qt",
]
