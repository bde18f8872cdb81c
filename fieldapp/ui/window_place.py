"""Where the main window opens: where it was left (size, position, maximised), kept inside the
screen it opens on, or a size that fits that screen the first time.

The place is kept in ``settings.json`` (`AppSettings.window`), beside the store: it is read
before the store is unlocked, and it says nothing about the records.
"""

from __future__ import annotations

from fieldapp.store.app_settings import AppSettings
from fieldapp.ui.qt import QGuiApplication, QWidget

Box = tuple[int, int, int, int]  # x, y, width, height
FIRST_SIZE = (1200, 780)
# The title bar and borders the window manager adds around the window's own rectangle.
FRAME = (16, 40)


def fit(wanted: Box, screen: Box) -> Box:
    """``wanted`` made no larger than ``screen`` (less the frame) and moved inside it."""
    x, y, width, height = wanted
    left, top, screen_width, screen_height = screen
    width = max(1, min(width, screen_width - FRAME[0]))
    height = max(1, min(height, screen_height - FRAME[1]))
    x = min(max(x, left), left + screen_width - width - FRAME[0])
    y = min(max(y, top + FRAME[1] - 8), top + screen_height - height - 8)
    return x, y, width, height


def restore(window: QWidget, settings: AppSettings) -> None:
    """Give ``window`` its last size and place (or a first one that fits), before it is shown."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    available = (area.x(), area.y(), area.width(), area.height())
    if len(settings.window) == 4:
        x, y, width, height = settings.window
        wanted = (x, y, width, height)
    else:
        width, height = FIRST_SIZE
        wanted = (
            area.x() + (area.width() - width) // 2,
            area.y() + (area.height() - height) // 2,
            width,
            height,
        )
    window.setGeometry(*fit(wanted, available))
    if settings.maximized:
        from fieldapp.ui.qt import Qt  # (built when first needed: `fieldapp.ui.app.set_direction`)

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember(window: QWidget, settings: AppSettings) -> None:
    """Note ``window``'s size and place in ``settings`` (the caller saves them)."""
    maximized = window.isMaximized()
    normal = window.normalGeometry() if maximized else window.geometry()
    if normal.isValid():
        settings.window = [normal.x(), normal.y(), normal.width(), normal.height()]
    settings.maximized = maximized
