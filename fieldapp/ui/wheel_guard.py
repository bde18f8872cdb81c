"""The mouse wheel scrolls the page: a drop-down, a number box or a date field changes by the
wheel only once it has the keyboard focus (clicked or tabbed into), never while the pointer
merely passes over it on the way down a form."""

from __future__ import annotations

from fieldapp.ui.qt import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QEvent,
    QObject,
    Qt,
    QWheelEvent,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """An application-wide event filter (see `install`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            scroll_page(watched, event)
            return True  # not for the choice: the page scrolled instead
        return False


def scroll_page(widget: QWidget, event: QWheelEvent) -> None:
    """Hand the wheel to the scroll area around ``widget`` (if any), as if over its page."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        event.ignore()
        return
    bar = parent.verticalScrollBar()
    if event.angleDelta().x() and not event.angleDelta().y():
        bar = parent.horizontalScrollBar()
    QApplication.sendEvent(bar, event)
    event.accept()


_guard: WheelGuard | None = None


def install(app: QApplication) -> WheelGuard:
    """Guard every combo and spin box of ``app`` (once; later calls return the same guard)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
