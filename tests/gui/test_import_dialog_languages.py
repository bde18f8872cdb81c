"""The import preview speaks the interface's language (issue 14): each row's problem as a
sentence of that language naming the row, the sheet's column and what was probably meant;
stored values as the interface names them; counts in its plural forms; dates in validation
messages as the one formatter writes them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldapp.domain.validation import problem
from fieldapp.reports.people_import import ImportPlan, plan_import
from fieldapp.store.store import Store
from fieldapp.ui.app import install_translation
from fieldapp.ui.import_dialog import ImportDialog
from fieldapp.ui.problem_text import tr_problem
from fieldapp.ui.qt import QApplication, QLabel, QListWidget, QPushButton, QTableWidget
from tests.unit.reports.test_import_languages import write_csv


def planned(store: Store, path: Path) -> ImportPlan:
    with store.engine.connect() as conn:
        return plan_import(conn, path, today=date(2026, 1, 1))


def opened(qtbot: QtBot, plan: ImportPlan) -> ImportDialog:
    dialog = ImportDialog(plan)
    qtbot.addWidget(dialog)
    return dialog


def problems(dialog: ImportDialog) -> list[str]:
    shown = dialog.findChild(QListWidget, "import_problems")
    return [shown.item(i).text() for i in range(shown.count())]


def column(dialog: ImportDialog, header: str) -> list[str]:
    table = dialog.findChild(QTableWidget, "import_preview")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    at = headers.index(header)
    return [table.item(r, at).text() for r in range(table.rowCount())]


def test_a_francophone_sheet_previewed_in_french(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    install_translation(qapp, "fr")
    dialog = opened(qtbot, planned(store, write_csv("fr", tmp_path)))
    found = problems(dialog)
    assert len(found) == 5
    assert found[0] == (
        "ligne 5, colonne « Nationalité » : « Guinee-Bisau » n’est pas un pays connu — "
        "vouliez-vous dire Guinée-Bissau (GNB) ?"
    )
    assert found[1] == (
        "ligne 10, colonne « Sexe » : « Femmme » n’est pas une valeur connue (femme, homme, "
        "autre, non renseigné) — vouliez-vous dire femme ?"
    )
    assert column(dialog, "Sexe")[:2] == ["femme", "homme"]
    assert column(dialog, "Nationalité")[:4] == [
        "Guinée", "Mauritanie", "Côte d’Ivoire", "Guinee-Bisau"
    ]  # fmt: skip
    summary = dialog.findChild(QLabel, "import_summary").text()
    assert summary == "29 lignes lues (CSV, cp1252, séparateur « ; »)."
    button = dialog.findChild(QPushButton, "import_button")
    assert not button.isEnabled() and button.text() == "Importer 24 personnes"


def test_one_person_is_counted_in_the_singular(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    sheet = tmp_path / "une.csv"
    sheet.write_text("Nom complet;Sexe\nAwa Diallo;F\n", encoding="utf-8")
    install_translation(qapp, "fr")
    dialog = opened(qtbot, planned(store, sheet))
    assert dialog.findChild(QPushButton, "import_button").text() == "Importer 1 personne"
    assert dialog.findChild(QLabel, "import_summary").text().startswith("1 ligne lue (CSV, ")
    install_translation(qapp, "ru")
    again = opened(qtbot, planned(store, sheet))
    assert again.findChild(QPushButton, "import_button").text() == "Импортировать 1 человека"


def test_in_arabic_the_latin_column_header_is_set_apart(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    install_translation(qapp, "ar")
    dialog = opened(qtbot, planned(store, write_csv("fr", tmp_path)))
    first = problems(dialog)[0]
    assert first.startswith("الصف 5، العمود «\u2068Nationalité\u2069»: "), first
    assert "ليس بلدًا معروفًا" in first and "هل تقصد \u2068Guinée-Bissau (GNB)\u2069؟" in first
    assert "row" not in first and "column" not in first
    assert column(dialog, "الجنس")[:2] == ["أنثى", "ذكر"]


def test_what_the_sheet_holds_is_shown_as_written_never_read_as_a_placeholder(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path
) -> None:
    install_translation(qapp, "fr")
    sheet = tmp_path / "piege.csv"
    sheet.write_text("Nom complet;Nationalité\nAwa %1 {value};{value} %3 %2\n", encoding="utf-8")
    assert problems(opened(qtbot, planned(store, sheet))) == [
        "ligne 2, colonne « Nationalité » : « {value} %3 %2 » n’est pas un pays connu."
    ]
    nameless = tmp_path / "sans-noms.csv"
    nameless.write_text("%2;Sexe\nx;F\n", encoding="utf-8")
    dialog = opened(qtbot, planned(store, nameless))
    summary = dialog.findChild(QLabel, "import_summary").text()
    assert summary.splitlines()[1] == (
        "Aucune colonne de sans-noms.csv ne contient les noms des personnes (ses colonnes : "
        "« %2 », « Sexe »). Nommez cette colonne « Nom complet » dans la feuille, puis "
        "importez-la de nouveau."
    )


def test_dates_in_validation_messages_through_the_one_formatter(qapp: QApplication) -> None:
    held = problem("status", "held_in_future", start=date(2026, 3, 10))
    assert held.message == "cannot be “held”: the event starts on 10 Mar 2026, in the future."
    install_translation(qapp, "fr")
    assert tr_problem(held) == (
        "ne peut pas être « tenu » : l’événement commence le 10 mars 2026, dans le futur."
    )
    install_translation(qapp, "ru")
    assert "начинается 10 мар. 2026\u202fг., то есть" in tr_problem(held)
