"""The Reports screen over a real encrypted store: each PDF written by a job on the worker
and read back with pdftotext; the figures it reports are the store's own; a screenshot."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from fieldapp.domain.indicators import Period, compute_indicators
from fieldapp.domain.vocab import ROLE_PARTICIPANT
from fieldapp.store.demo import generate
from fieldapp.store.repository import ATTENDANCE
from fieldapp.store.store import Store
from fieldapp.store.tables import INDICATOR_TABLES
from fieldapp.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def fill(store: Store) -> tuple[int, str]:
    """Demo data, everyone marked completed; the figure and an event with participants."""
    with store.transaction() as conn:
        generate(conn, store.identity, events=12, people=120, seed=5, today=date.today())
        conn.execute(update(ATTENDANCE).values(completed=True))
    with store.engine.connect() as conn:
        trained = compute_indicators(conn, INDICATOR_TABLES, Period()).individuals_trained
        event_id = conn.execute(
            select(ATTENDANCE.c.event_id).where(ATTENDANCE.c.role == ROLE_PARTICIPANT).limit(1)
        ).scalar_one()
    return trained, event_id


def save_as(folder: Path, name: str) -> Callable[[str, str, str], str]:
    """The file dialog, answered as a user would (typing a name without .pdf)."""
    return lambda title, suggested, filters: str(folder / name)


def test_reports_screen_writes_each_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    page = window.reports
    filled: list[tuple[int, str]] = []
    window.session.run(fill, filled.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(filled), timeout=30_000)
    trained, event_id = filled[0]
    window.session.changed.emit("event")
    wait_idle(qtbot, window.session)
    window.nav.setCurrentRow(window.pages.indexOf(page))
    assert page.event_choice.count() == 12
    period_button, event_button, signin_button, certificates_button = page.buttons[:4]

    page.period.choose("All time")
    page.ask_path = save_as(tmp_path, "highlights")
    period_button.click()
    assert not period_button.isEnabled(), "busy while the job runs"
    qtbot.waitUntil(period_button.isEnabled, timeout=30_000)
    assert page.status.text() == (
        f"Saved {tmp_path / 'highlights.pdf'}: {trained:,} individuals trained, "
        + page.status.text().split(" individuals trained, ")[1]
    )
    assert f"Individuals trained {trained:,} " in text_of(tmp_path / "highlights.pdf")

    page.event_choice.setCurrentIndex(page.event_choice.findData(event_id))
    title = page.event_choice.currentText().split(" · ", 1)[1]
    for button, name in (
        (event_button, "event.pdf"),
        (signin_button, "sign-in.pdf"),
        (certificates_button, "certificates.pdf"),
    ):
        page.ask_path = save_as(tmp_path, name)
        button.click()
        qtbot.waitUntil(button.isEnabled, timeout=30_000)
        assert page.status.text().startswith("Saved"), page.status.text()
        assert title in text_of(tmp_path / name), f"the chosen event in {name}"
    page.grab().save(str(tmp_path / "reports.png"))
    assert (tmp_path / "reports.png").stat().st_size > 1000


def test_nothing_to_print_is_said_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.buttons[1].click()
    assert page.status.text() == "Choose an event first (there is none yet)."


def test_import_preview_then_import(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from fieldapp.reports.people_import import ImportPlan
    from fieldapp.ui.import_dialog import ImportDialog

    sheet = tmp_path / "inscriptions.csv"
    sheet.write_bytes(
        (
            "Nom complet;Sexe;Année de naissance;Organisation\n"
            "Leïla Haddad;F;1985;Police nationale\n"
            "Иван Петров;Homme;1979;Douanes\n"
            "فاطمة الزهراء;أنثى;1990;وزارة العدل\n"
            "Sans Sexe;Z;1980;Gendarmerie\n"
        ).encode("utf-16")
    )
    page = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.ask_open = lambda title, suggested, filters: str(sheet)
    seen: list[ImportDialog] = []

    def confirm(plan: ImportPlan) -> tuple[bool, bool]:
        dialog = ImportDialog(plan, page)
        seen.append(dialog)
        assert not dialog.import_button.isEnabled(), "a bad row blocks the import"
        assert dialog.errors.count() == 1
        assert dialog.errors.item(0).text().startswith("row 5, column “Sexe”")
        dialog.skip.setChecked(True)
        assert dialog.import_button.isEnabled()
        assert dialog.import_button.text() == "Import 3 people"
        dialog.show()
        dialog.grab().save(str(tmp_path / "import.png"))
        return True, dialog.skip_invalid

    page.confirm_import = confirm
    page.buttons[-1].click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Added"), timeout=30_000)
    assert page.status.text() == ("Added 3 people; 0 were already in the registry; 1 row left out.")
    assert seen
