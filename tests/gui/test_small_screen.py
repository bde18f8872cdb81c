"""A small laptop (1024x600): every screen's primary actions are on screen without scrolling
the window; the window fits the screen it opens on and opens where it was left."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.store.app_settings import AppSettings
from fieldapp.store.demo import generate
from fieldapp.store.store import Store
from fieldapp.ui import window_place
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QPoint, QScrollArea, Qt, QWidget
from fieldapp.ui.session import Session
from tests.gui.conftest import wait_idle

SHOTS = Path("/tmp/small")
SIZE = (1024, 600)

# The actions a user comes to each screen for, by object name.
PRIMARY = {
    "Dashboard": ("period", "tile_individuals_trained", "tile_knowledge_gain_share"),
    "Events": ("search_events", "new_event", "open_event", "delete_event"),
    "People": ("search_people", "new_person", "save_person", "discard_person"),
    "Reports": ("make_pdf", "make_event_pdf", "make_signin", "make_certificates"),
    "Sync": ("enroll",),
    "Settings": ("save_settings",),
}
# The event editor's tabs: the head-count grid's total is "head_count_counted" (the Details
# tab's "head_count_total" is the figure typed by hand, not on the Head counts tab).
EDITOR_TABS = [
    ("Details", ("save_event", "close_event")),
    ("Participants", ("find_person", "quick_add", "attendance_table", "save_event", "close_event")),
    ("Head counts", ("head_count_counted", "save_event", "close_event")),
]


def fill(store: Store) -> None:
    with store.transaction() as conn:
        generate(conn, store.identity, events=12, people=60, seed=5, today=date.today())


def off_screen(window: MainWindow, within: QWidget, names: tuple[str, ...]) -> list[str]:
    """The actions of ``names`` (found in ``within``) a user cannot see on a 1024x600 window."""
    missing = []
    for name in names:
        widget = within.findChild(QWidget, name)
        if widget is None:
            missing.append(f"{name}: no such control")
            continue
        corner = widget.mapTo(window, QPoint(0, 0))
        far = corner + QPoint(widget.width(), widget.height())
        inside = min(corner.x(), corner.y()) >= 0 and far.x() <= SIZE[0] and far.y() <= SIZE[1]
        unclipped = widget.visibleRegion().boundingRect() == widget.rect()
        if not (widget.isVisibleTo(window) and inside and unclipped):
            missing.append(
                f"{name} at {corner.x()},{corner.y()} {widget.width()}x{widget.height()}"
            )
    return missing


@pytest.fixture
def small(qtbot: QtBot, window: MainWindow) -> MainWindow:
    done: list[object] = []
    window.session.run(fill, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    window.session.changed.emit("event")
    window.session.changed.emit("participant")
    window.resize(*SIZE)
    wait_idle(qtbot, window.session)
    SHOTS.mkdir(exist_ok=True)
    return window


def test_narrow_enough_for_a_small_laptop(small: MainWindow) -> None:
    assert small.minimumSizeHint().width() <= 1000
    assert (small.width(), small.height()) == SIZE


@pytest.mark.parametrize("screen", list(PRIMARY))
def test_each_screen_shows_its_actions_at_1024x600(
    qtbot: QtBot, small: MainWindow, screen: str
) -> None:
    row = [small.nav.item(i).text() for i in range(small.nav.count())].index(screen)
    small.nav.setCurrentRow(row)
    if screen == "People":  # the form is for the person chosen in the list
        qtbot.waitUntil(lambda: small.people.table.model().rowCount() > 0, timeout=10_000)
        small.people.table.selectRow(0)
    wait_idle(qtbot, small.session)
    page = small.pages.currentWidget()
    scroll = page.parentWidget().parentWidget()  # the screen's scroll area (its viewport's)
    assert isinstance(scroll, QScrollArea)
    sideways = scroll.horizontalScrollBar()
    # Qt shows the bar for a moment while the screen's layout settles: only a lasting one counts.
    qtbot.waitUntil(lambda: not sideways.isVisible(), timeout=2_000)
    small.grab().save(str(SHOTS / f"{row + 1}-{screen.lower()}.png"))
    assert off_screen(small, page, PRIMARY[screen]) == []
    assert off_screen(small, small, ("lock",)) == []


@pytest.mark.parametrize("tab, names", EDITOR_TABS)
def test_event_editor_tabs_show_their_actions_at_1024x600(
    qtbot: QtBot, small: MainWindow, tab: str, names: tuple[str, ...]
) -> None:
    small.nav.setCurrentRow(1)
    events = small.events
    qtbot.waitUntil(lambda: events.table.model().rowCount() > 0, timeout=10_000)
    events.table.selectRow(0)
    events.edit_selected()
    editor = events.editor
    wait_idle(qtbot, small.session)
    index = [editor.tabs.tabText(i) for i in range(editor.tabs.count())].index(tab)
    editor.tabs.setCurrentIndex(index)
    wait_idle(qtbot, small.session)
    holder = editor.tabs.currentWidget()
    assert isinstance(holder, QScrollArea)
    sideways = holder.horizontalScrollBar()
    # The tab never scrolls sideways (once its layout has settled, a turn of the event loop).
    qtbot.waitUntil(lambda: not sideways.isVisible() and sideways.maximum() == 0, timeout=2_000)
    small.grab().save(str(SHOTS / f"event-{tab.lower().replace(' ', '-')}.png"))
    assert off_screen(small, editor, names) == []
    if tab == "Participants":  # the name box is the widest of quick add (it was 26 px)
        assert editor.attendance.q_name.width() >= 300


def test_a_first_window_fits_the_screen_with_its_status_bar(window: MainWindow) -> None:
    # The offscreen screen is 800x800: narrower than the window may be, but tall enough.
    area = window.screen().availableGeometry()
    bar = window.statusBar()
    top, bottom = window.mapToGlobal(QPoint(0, 0)), bar.mapToGlobal(QPoint(0, bar.height() - 1))
    assert area.top() + window_place.FRAME[1] - 8 <= top.y() and bottom.y() <= area.bottom()
    # A 1366x768 laptop with a 28 px panel: the first 1200x780 window is made to fit, title
    # bar and status bar included.
    x, y, width, height = window_place.fit((83, 0, 1200, 780), (0, 28, 1366, 740))
    assert 28 + window_place.FRAME[1] - 8 <= y and y + height <= 28 + 740
    assert x >= 0 and x + width <= 1366 and (width, height) == (1200, 700)


def area_of(window: MainWindow) -> tuple[int, int, int, int]:
    area = window.screen().availableGeometry()
    return area.x(), area.y(), area.width(), area.height()


def test_the_window_opens_where_it_was_left(qtbot: QtBot, window: MainWindow) -> None:
    session: Session = window.session
    window.move(7, 45)
    window.resize(window.minimumSizeHint().width(), 560)
    g = window.geometry()  # the window's own rectangle, inside the frame
    left = (g.x(), g.y(), g.width(), g.height())
    window.close()
    assert AppSettings.load(session.data.root).window == list(left)  # written at close
    again = MainWindow(session)
    qtbot.addWidget(again, before_close_func=MainWindow.discard_typed_work)
    # The offscreen screen (800 px) is narrower than the window: it is brought inside it.
    g = again.geometry()
    assert (g.x(), g.y(), g.width(), g.height()) == window_place.fit(left, area_of(again))
    assert not again.isMaximized()
    again.show()
    again.showMaximized()
    again.close()
    assert AppSettings.load(session.data.root).maximized
    third = MainWindow(session)
    qtbot.addWidget(third, before_close_func=MainWindow.discard_typed_work)
    assert third.windowState() & Qt.WindowState.WindowMaximized


def test_a_place_off_this_screen_is_brought_back(qtbot: QtBot, session: Session) -> None:
    session.settings.window = [5000, 3000, 2600, 1900]  # left on a large second monitor
    window = MainWindow(session)
    qtbot.addWidget(window)
    x, y, width, height = area_of(window)
    assert x <= window.x() < x + width and y <= window.y() < y + height
    assert window.height() <= height - window_place.FRAME[1]


def test_a_place_on_a_large_screen_is_kept() -> None:
    screen = (0, 0, 1920, 1050)
    assert window_place.fit((300, 100, 1100, 700), screen) == (300, 100, 1100, 700)
    assert window_place.fit((1500, 900, 1100, 700), screen) == (804, 342, 1100, 700)
