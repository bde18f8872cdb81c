"""The French translation is complete, compiled, and what the app shows when chosen."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.resources import resources_dir
from fieldapp.ui.app import install_translation
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication
from fieldapp.ui.session import Session

TS = resources_dir() / "translations" / "fieldapp_fr.ts"
ROOT = Path(__file__).resolve().parents[2]


def test_every_string_has_a_french_translation() -> None:
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 200
    untranslated = [
        m.findtext("source")
        for m in messages
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") in ("unfinished", "obsolete")  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_the_sources_hold_every_string_of_the_ui(tmp_path: Path) -> None:
    """lupdate finds no string in fieldapp/ui that the .ts lacks (run update_translations.py)."""
    copy = tmp_path / "check.ts"
    copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "fieldapp" / "ui").glob("*.py"))
    out = subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in out.stdout, out.stdout


def test_the_app_speaks_french(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translation(app, "fr")
    session = Session(tmp_path / "data")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
        names = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert names == [
            "Tableau de bord",
            "Événements",
            "Personnes",
            "Rapports",
            "Synchronisation",
            "Paramètres",
        ]
        assert window.unlock_view.button.text() == "Déverrouiller"
        assert window.events.event_type.itemText(1) == "atelier"
    finally:
        session.shutdown()
        for translator in translators:
            app.removeTranslator(translator)


def test_validation_messages_speak_french(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translation(app, "fr")
    try:
        from fieldapp.ui.qt import QDate

        window.events.new_event()
        editor = window.events.editor
        editor.title.setText("Atelier")
        editor.start.setDate(QDate(2026, 3, 10))
        editor.end.setDate(QDate(2026, 3, 8))
        assert editor.errors["end_date"].text() == "est antérieure à la date de début (10/03/2026)."
        assert editor.reason.text().startswith("Enregistrement impossible — Date de fin :")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        install_translation(app, "en")
