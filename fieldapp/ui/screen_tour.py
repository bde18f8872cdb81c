"""A walk through every screen of the real app, as `fieldapp selftest` takes it.

It unlocks a store through the unlock screen, opens each screen of the main window, an event in
the editor (each tab) and saves it, a person in the registry, the import preview and the
first-run wizard, and paints each one. Whatever Qt or a slot complains about on the way is a
failure: a bundle that lacks a plugin, a font or a module shows here, not at a field office.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from fieldapp.ui.app import app_icon, install_translation
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication, QtMsgType, QWidget, qInstallMessageHandler
from fieldapp.ui.session import Session
from fieldapp.ui.table_rows import select_row

if TYPE_CHECKING:
    from fieldapp.reports.people_import import ImportPlan

# What the offscreen platform says of itself, not of the app.
HARMLESS = ("propagateSizeHints", "This plugin does not support")


class TourFailed(Exception):
    """A screen could not be shown; the message says which and why."""


@contextmanager
def _complaints() -> Iterator[list[str]]:
    """Collect Qt warnings and exceptions raised in slots while the tour runs."""
    heard: list[str] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(h in message for h in HARMLESS):
            heard.append(f"Qt: {message}")

    def on_exception(
        kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        heard.append("".join(traceback.format_exception(kind, error, tb)).rstrip())

    previous_hook = sys.excepthook
    previous_handler = qInstallMessageHandler(on_message)
    sys.excepthook = on_exception
    try:
        yield heard
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)


class Tour:
    def __init__(self, app: QApplication, shots: Path | None) -> None:
        self.app = app
        self.shots = shots
        self.seen: list[str] = []

    def wait(self, done: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not done():
            if time.monotonic() > end:
                raise TourFailed(f"{what}: not done after {timeout:.0f} s")
            self.app.processEvents()
            time.sleep(0.005)
        self.app.processEvents()

    def show(self, name: str, widget: QWidget, session: Session | None = None) -> None:
        """Let ``widget`` settle (the database worker idle), paint it, keep its picture."""
        if session is not None:
            self.wait(session.worker.idle, name)
        picture = widget.grab()
        small = picture.toImage().scaled(24, 24)  # enough to tell a screen from a blank
        colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
        if picture.width() < 100 or len(colours) < 3:
            raise TourFailed(f"{name}: nothing was painted")
        if self.shots is not None:
            picture.save(str(self.shots / f"{len(self.seen) + 1:02d}-{name.replace(' ', '-')}.png"))
        self.seen.append(name)


def visit_every_screen(
    data_dir: Path,
    passphrase: str,
    *,
    import_plan: ImportPlan | None = None,
    shots: Path | None = None,
) -> list[str]:
    """Walk the app over the store in ``data_dir``; returns the screens shown, in order.
    Raises `TourFailed` naming the screen, or what Qt or a slot complained about."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with _complaints() as heard:
        icon = app_icon()
        if len(icon.availableSizes()) < 2:
            raise TourFailed("the app's icons did not load")
        app.setWindowIcon(icon)
        tour = Tour(app, shots)
        _main_window(tour, data_dir, passphrase, import_plan)
        _first_run(tour, data_dir.parent / "first-run")
        _french(tour, app)
        if heard:
            raise TourFailed("\n".join(heard))
    return tour.seen


def _main_window(
    tour: Tour, data_dir: Path, passphrase: str, import_plan: ImportPlan | None
) -> None:
    session = Session(data_dir)
    window: MainWindow | None = None
    try:
        window = MainWindow(session)
        window.show()
        tour.show("unlock", window)
        window.unlock_view.passphrase.setText(passphrase)
        window.unlock_view.unlock()
        tour.wait(lambda: session.is_unlocked, "unlock")
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            name = window.nav.item(row).text().lower()
            if window.pages.currentIndex() != row:
                raise TourFailed(f"{name}: the screen did not open")
            tour.show(name, window, session)
        events = window.events
        window.nav.setCurrentRow(1)
        tour.wait(lambda: events.table.model().rowCount() > 0, "events list")
        select_row(events.table, 0)
        events.edit_selected()
        editor = events.editor
        for tab in range(editor.tabs.count()):
            editor.tabs.setCurrentIndex(tab)
            tour.show(f"event {editor.tabs.tabText(tab).lower()}", window, session)
        editor.save()  # saved: back to the list; refused: Save is offered again, with why
        tour.wait(
            lambda: events.stack.currentWidget() is not editor or editor.save_button.isEnabled(),
            "saving an event",
        )
        if events.stack.currentWidget() is editor:
            raise TourFailed(f"saving an event: {editor.reason.text()}")
        people = window.people
        window.nav.setCurrentRow(2)
        tour.wait(lambda: people.table.model().rowCount() > 0, "people list")
        select_row(people.table, 0)
        tour.show("person", window, session)
        if import_plan is not None:
            from fieldapp.ui.import_dialog import ImportDialog

            dialog = ImportDialog(import_plan, window)
            dialog.show()
            tour.show("import preview", dialog)
            dialog.reject()
    finally:
        session.shutdown()
        if window is not None:
            window.discard_typed_work()
            window.close()
            window.deleteLater()


def _first_run(tour: Tour, folder: Path) -> None:
    from fieldapp.ui.first_run import FirstRunWizard

    session = Session(folder)
    wizard = FirstRunWizard(session)
    try:
        wizard.show()
        tour.show("first run", wizard)
    finally:
        wizard.reject()
        session.shutdown()


def _french(tour: Tour, app: QApplication) -> None:
    """The French translation loads and is used (the same screen, in French)."""
    translators = install_translation(app, "fr")
    try:
        if len(translators) < 2:  # ours, and Qt's own for its dialogs' buttons
            raise TourFailed(f"a French translation is missing ({len(translators)} of 2 loaded)")
        window = MainWindow()
        if window.lock_button.text() == "Lock":
            raise TourFailed("the French translation loaded but is not used")
        window.show()
        tour.show("unlock in French", window)
        window.close()
        window.deleteLater()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translation(app, "en")
