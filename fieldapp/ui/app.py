"""The desktop app's entry point: language, first run or unlock, then the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from fieldapp.resources import resources_dir
from fieldapp.store.app_settings import AppSettings
from fieldapp.ui.first_run import FirstRunWizard
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication, QLibraryInfo, QTranslator, QWizard
from fieldapp.ui.session import Session

log = logging.getLogger(__name__)


def install_translation(app: QApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (for its dialogs' buttons) for ``language``."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(f"fieldapp_{language}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("No translation for %s", language)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators


def run(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("fieldapp")
    app.setApplicationDisplayName("Field Office Data Collection")
    install_translation(app, AppSettings.load(data_dir).language)
    session = Session(data_dir)
    window = MainWindow(session)
    if not session.has_store:
        wizard = FirstRunWizard(session)
        if wizard.exec() != QWizard.DialogCode.Accepted or not session.is_unlocked:
            session.shutdown()
            return 0
    window.show()
    code = int(app.exec())
    session.shutdown()
    return code
