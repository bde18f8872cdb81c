"""Who signs the certificates is typed on the Reports screen, printed under the signature
line and remembered for next time (issue 13, item 11)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.store.app_settings import AppSettings
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QLineEdit, QPushButton
from tests.gui.conftest import wait_idle
from tests.unit.reports.pdf_text import pdf_text
from tests.unit.reports.test_certificates import completed_workshop

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def test_signatory_typed_on_reports_screen_signs_and_is_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    done: list[str] = []
    window.session.run(completed_workshop, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.session.changed.emit("event")
    wait_idle(qtbot, window.session)
    page = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.event_choice.count() == 1, timeout=10_000)

    name = window.findChild(QLineEdit, "signatory_name")
    title = window.findChild(QLineEdit, "signatory_title")
    assert name.isVisible() and title.isVisible()
    name.setFocus()
    qtbot.keyClicks(name, "  Dr Leila   Haddad ")
    qtbot.keyClicks(title, "Head of Programme Office")
    pdf = tmp_path / "certificates.pdf"
    page.ask_path = lambda _title, _suggested, _filters: str(pdf)
    button = window.findChild(QPushButton, "make_certificates")
    button.click()
    qtbot.waitUntil(lambda: page.status.text().startswith("Saved"), timeout=20_000)

    text = pdf_text(pdf)
    assert "_______________________________ Dr Leila Haddad Head of Programme Office " in text
    assert "synced" not in text
    remembered = AppSettings.load(window.session.data.root)
    assert (remembered.signatory_name, remembered.signatory_title) == (
        "Dr Leila Haddad",
        "Head of Programme Office",
    )
    page.grab().save(str(tmp_path / "reports.png"))
