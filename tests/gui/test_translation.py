"""The interface speaks English, French, Arabic and Russian: every message translated and
compiled, plurals in each language's forms, and what the app shows when each is chosen."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.resources import resources_dir
from fieldapp.ui.app import install_translation
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication, QCoreApplication, Qt
from fieldapp.ui.session import Session

TRANSLATIONS = resources_dir() / "translations"
ROOT = Path(__file__).resolve().parents[2]
FORMS = {"en": 2, "fr": 2, "ar": 6, "ru": 3}  # plural forms of each language


def faults(ts: Path, forms: int) -> list[str]:
    """The messages of ``ts`` a user would see untranslated: unfinished, empty, left over
    ("vanished"), or counted with a form missing."""
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            found.append(
                f"{translation.get('type') if translation is not None else 'no'}: {source}"
            )
            continue
        if message.get("numerus") == "yes":
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if len(texts) != forms or not all(t.strip() for t in texts):
                found.append(f"forms {texts}: {source}")
        elif not (translation.text or "").strip():
            found.append(f"empty: {source}")
    return found


@pytest.mark.parametrize("lang", ["fr", "ar", "ru"])
def test_every_message_is_translated(lang: str) -> None:
    ts = TRANSLATIONS / f"fieldapp_{lang}.ts"
    assert len(list(ET.parse(ts).getroot().iter("message"))) > 400
    assert faults(ts, FORMS[lang]) == []
    qm = ts.with_suffix(".qm")
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "compile it: update_translations.py"


def test_english_holds_the_counted_messages_in_its_two_forms() -> None:
    ts = TRANSLATIONS / "fieldapp_en.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 10
    assert all(m.get("numerus") == "yes" for m in messages)
    assert faults(ts, 2) == []


def test_a_message_left_unfinished_or_short_of_a_form_is_found(tmp_path: Path) -> None:
    """The completeness check itself can fail."""
    ts = tmp_path / "fieldapp_ru.ts"
    text = (TRANSLATIONS / "fieldapp_ru.ts").read_text(encoding="utf-8")
    broken = text.replace("<numerusform>%Ln мероприятий</numerusform>", "<numerusform />", 1)
    broken = broken.replace("<translation>Сводная панель</translation>",
                            '<translation type="unfinished">Сводная панель</translation>', 1)  # fmt: skip
    ts.write_text(broken, encoding="utf-8")
    found = faults(ts, 3)
    assert any("%Ln event(s)" in f for f in found), found
    assert any(f == "unfinished: Dashboard" for f in found), found


def test_the_sources_hold_every_string_of_the_ui(tmp_path: Path) -> None:
    """lupdate finds no string in fieldapp/ui that a .ts lacks (run update_translations.py)."""
    copies = []
    for lang in ("fr", "ar", "ru"):
        copy = tmp_path / f"fieldapp_{lang}.ts"
        copy.write_bytes((TRANSLATIONS / copy.name).read_bytes())
        copies.append(str(copy))
    sources = sorted(str(p) for p in (ROOT / "fieldapp" / "ui").glob("*.py"))
    out = subprocess.run(
        [str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", *copies],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.count("(0 new and") == 3, out.stdout


def counted(context: str, source: str, n: int) -> str:
    return QCoreApplication.translate(context, source, "", n)


def test_counts_take_each_language_s_plural_forms(qapp: QApplication) -> None:
    install_translation(qapp, "en")
    assert [counted("EventsPage", "%Ln event(s)", n) for n in (0, 1, 2, 1200)] == [
        "0 events", "1 event", "2 events", "1,200 events",
    ]  # fmt: skip
    install_translation(qapp, "fr")
    workshops = "%Ln workshop(s) organized"
    assert counted("ReportsPage", workshops, 1) == "1 atelier organisé"
    assert counted("ReportsPage", workshops, 2) == "2 ateliers organisés"
    assert counted("ReportsPage", workshops, 0) == "0 atelier organisé"
    assert counted("ReportsPage", workshops, 1200) == "1\u202f200 ateliers organisés"
    install_translation(qapp, "ru")
    assert [counted("EventsPage", "%Ln event(s)", n) for n in (1, 2, 5, 21, 22, 11)] == [
        "1 мероприятие", "2 мероприятия", "5 мероприятий", "21 мероприятие", "22 мероприятия",
        "11 мероприятий",
    ]  # fmt: skip
    install_translation(qapp, "ar")
    shown = [counted("EventsPage", "%Ln event(s)", n) for n in (0, 1, 2, 3, 11, 100)]
    assert shown == [
        "لا فعاليات",
        "فعالية واحدة",
        "فعاليتان",
        "3 فعاليات",
        "11 فعاليةً",
        "100 فعالية",
    ]
    assert len(set(shown)) == 6


def nav_names(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


@pytest.mark.parametrize(
    ("lang", "nav", "unlock", "workshop", "direction"),
    [
        ("fr", ["Tableau de bord", "Événements", "Personnes", "Rapports", "Synchronisation",
                "Paramètres"], "Déverrouiller", "atelier", Qt.LayoutDirection.LeftToRight),
        ("ar", ["لوحة المعلومات", "الفعاليات", "الأشخاص", "التقارير", "المزامنة", "الإعدادات"],
         "فتح القفل", "حلقة عمل", Qt.LayoutDirection.RightToLeft),
        ("ru", ["Сводная панель", "Мероприятия", "Лица", "Отчеты", "Синхронизация", "Настройки"],
         "Разблокировать", "семинар-практикум", Qt.LayoutDirection.LeftToRight),
    ],
)  # fmt: skip
def test_the_app_speaks_the_language_chosen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, lang: str, nav: list[str], unlock: str,
    workshop: str, direction: Qt.LayoutDirection,
) -> None:  # fmt: skip
    install_translation(qapp, lang)
    session = Session(tmp_path / "data")
    try:
        window = MainWindow(session)
        qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
        assert nav_names(window) == nav
        assert window.unlock_view.button.text() == unlock
        assert window.layoutDirection() == direction
        types = [
            window.events.event_type.itemText(i) for i in range(window.events.event_type.count())
        ]
        assert workshop in types
        assert "workshop" not in types
    finally:
        session.shutdown()


def test_validation_messages_speak_french(qtbot: QtBot, qapp: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    window.change_language("fr")
    qtbot.waitUntil(lambda: nav_names(window)[0] == "Tableau de bord", timeout=5_000)
    from fieldapp.ui.qt import QDate

    window.events.new_event()
    editor = window.events.editor
    editor.title.setText("Atelier")
    editor.start.setDate(QDate(2026, 3, 10))
    editor.end.setDate(QDate(2026, 3, 8))
    assert editor.errors["end_date"].text() == "est antérieure à la date de début (10 mars 2026)."
    assert editor.reason.text().startswith("Enregistrement impossible — Date de fin :")
