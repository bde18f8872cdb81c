"""The desktop app's entry point: language, first run or unlock, then the main window.

The window with its unlock screen is painted first (it needs only Qt); the store and the
screens are loaded right after, behind it, while the passphrase is typed.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from fieldapp.domain.languages import QT_LOCALES, checked, is_rtl
from fieldapp.resources import resources_dir
from fieldapp.store.app_settings import AppSettings
from fieldapp.ui import crash, labels, qt
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import (
    QApplication,
    QCoreApplication,
    QIcon,
    QLibraryInfo,
    QLocale,
    QTimer,
    QTranslator,
)
from fieldapp.ui.slices import in_slices

log = logging.getLogger(__name__)


_installed: list[QTranslator] = []  # the translators of the language in use


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """Make ``language`` the interface's: our translation (English has one too, for its
    plural forms) and Qt's own (its dialogs' buttons) in place of the previous language's,
    dates and figures in its way (`labels`, and QLocale for date and number boxes, set to
    agree with it), and its direction (Arabic: right to left). Screens built afterwards speak
    it; `MainWindow.change_language` rebuilds those already built."""
    language = checked(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    labels.set_language(language)
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    if is_rtl(language) or app.isRightToLeft():  # left to right is Qt's default: kept as is
        set_direction(app, is_rtl(language))
    ours = QTranslator(app)
    if ours.load(f"fieldapp_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("No translation for %s", language)
    app.setApplicationDisplayName(app_name())  # the window title's suffix, translated
    if language != "en":
        qt = QTranslator(app)
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", where):
            app.installTranslator(qt)
            _installed.append(qt)
    return list(_installed)


def set_direction(app: QApplication, right_to_left: bool) -> None:
    """Lay the interface out right to left (Arabic) or left to right. Named here, apart:
    Qt's namespace of enumerations, which the direction is one of, takes PySide6 some 13 ms
    to build, and a window in a left-to-right language paints before anything needs it."""
    from fieldapp.ui.qt import Qt

    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )


def app_name() -> str:
    """The app's name in the interface's language (the main window's title says the same)."""
    return QCoreApplication.translate("MainWindow", "Field Office Data Collection")


def app_icon() -> QIcon:
    """The app's icon in every size drawn (resources/icons, see packaging/make_icons.py)."""
    icon = QIcon()
    for picture in sorted((resources_dir() / "icons" / "hicolor").glob("*/apps/fieldapp.png")):
        icon.addFile(str(picture))
    return icon


def open_window(data_dir: Path, language: str | None = None) -> tuple[QApplication, MainWindow]:
    """The application and its main window with the unlock screen, in ``language`` for this
    run (else the one saved): all that the first paint needs, which is Qt and little else."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldapp")
    app.setDesktopFileName("fieldapp")  # resources/linux/fieldapp.desktop, once installed
    app.setWindowIcon(app_icon())
    install_translation(app, language or AppSettings.load(data_dir).language)
    window = MainWindow(data_dir=data_dir)
    crash.install(window)
    return app, window


def run(data_dir: Path, language: str | None = None) -> int:
    """The app over ``data_dir``, in ``language`` for this run (else the one saved)."""
    app, window = open_window(data_dir, language)
    from fieldapp.store.layout import DataDir
    from fieldapp.ui.main_thread_gc import MainThreadCollector

    collector = MainThreadCollector(parent=app).start()

    data = DataDir(data_dir)
    if data.db.exists() and not data.vault.exists():
        from fieldapp.ui.qt import QMessageBox

        QMessageBox.critical(
            window,
            window.tr("Field Office Data Collection"),
            window.tr(
                "The store's key vault (vault.json) is missing from {0}, so the records cannot be "
                "opened. Nothing was changed. Put it back from any backup of this store with:\n\n"
                "fieldapp backup restore-vault BACKUP-FILE\n\nthen open the store with the passphrase "
                "that was valid when that backup was made."
            ).format(data_dir),
        )
        return 1
    if not data.exists():
        from fieldapp.ui.first_run import FirstRunWizard
        from fieldapp.ui.qt import QWizard
        from fieldapp.ui.session import Session

        session = Session(data_dir)
        wizard = FirstRunWizard(session)
        if wizard.exec() != QWizard.DialogCode.Accepted or not session.is_unlocked:
            session.shutdown()
            return 0
        window.attach(session)
    window.show()
    if not hasattr(window, "session"):
        QTimer.singleShot(0, lambda: load_behind(window, data_dir))
    code = int(app.exec())
    if hasattr(window, "session"):
        window.session.shutdown()
    collector.stop()
    return code


# The screens and what they stand on (the store, SQLAlchemy, pydantic): most of the start-up.
SCREEN_MODULES = (
    "fieldapp.ui.session",
    "fieldapp.ui.sync_runner",
    "fieldapp.ui.dashboard",
    "fieldapp.ui.events_page",
    "fieldapp.ui.people_page",
    "fieldapp.ui.reports_page",
    "fieldapp.ui.sync_page",
    "fieldapp.ui.other_pages",
    "fieldapp.ui.retention_offer",
)


LOADING_SWITCH = 0.0005  # seconds


def _prepare(language: str) -> None:
    """What building the screens would otherwise do first on the UI thread: import their
    modules, and read the language's calendar and number data (a date shown is the first)."""
    for module in SCREEN_MODULES:
        importlib.import_module(module)
    from fieldapp.domain import formats

    formats.day(date.today(), language)


def load_behind(window: MainWindow, data_dir: Path) -> None:
    """Make PySide6's classes in slices (`qt.warm_up`), then import the screens' modules on
    a helper thread (the painted window stays responsive), then build the screens on the UI
    thread in slices (`fieldapp.ui.slices`), one screen (or part of one) a slice, so the
    unlock screen keeps answering; the session is the window's once they are all built (a
    passphrase given before waits for them). One after the other: a slice run while the
    loader holds the interpreter (a compiled library loading, which no switch interval cuts
    short) would make the window wait for both."""
    loader = threading.Thread(target=_prepare, args=(labels.language(),), daemon=True)
    switch = sys.getswitchinterval()
    poll = QTimer(window)
    poll.setInterval(15)

    def start_loading() -> None:
        # The loader hands the interpreter back every half millisecond (not five): the
        # window's own events wait less for it, as `fieldapp.ui.jobs` does for a long job.
        sys.setswitchinterval(LOADING_SWITCH)
        loader.start()
        poll.start()

    def steps() -> Iterator[object]:
        from fieldapp.ui.session import Session

        session = Session(data_dir)
        yield True
        yield from window.attaching(session)
        # The wheel scrolls forms; it changes only a focused choice. Installed once the
        # screens are built, before any is shown (it sets their choices' focus as they are
        # first shown): an application-wide filter sees every event of their building.
        from fieldapp.ui import wheel_guard  # (the first paint needs none of its classes)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            wheel_guard.install(app)

    def check() -> None:
        if not loader.is_alive():
            poll.stop()
            sys.setswitchinterval(switch)
            in_slices(window, steps())

    poll.timeout.connect(check)
    # First what the event filters would cost the first screen shown; then the screens.
    in_slices(window, qt.warm_up(), then=start_loading)
