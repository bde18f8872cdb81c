"""First run (issue 13, items 7 and 11): the wizard starts in the office name; its recovery key
page prints or saves the key as a PDF, and cannot be left before the key was kept."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.store.vault import normalise_recovery_key
from fieldapp.ui import recovery_key_page
from fieldapp.ui.first_run import FirstRunWizard
from fieldapp.ui.qt import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QPrinter,
    QPushButton,
    Qt,
    QWizard,
)
from fieldapp.ui.session import Session

OFFICE = "Bureau de programme de Nouakchott"


def created(qtbot: QtBot, session: Session) -> FirstRunWizard:
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office_page.office.setText(OFFICE)
    wizard.office_page.country.setCurrentIndex(wizard.office_page.country.findData("MRT"))
    wizard.next()
    wizard.passphrase_page.first.setText("dunes fold slowly under copper skies")
    wizard.passphrase_page.second.setText("dunes fold slowly under copper skies")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=15_000)
    return wizard


def control(wizard: FirstRunWizard, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = wizard.findChild(kind, name)
    assert found is not None, name
    return found


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_wizard_starts_in_the_office_name(qtbot: QtBot, session: Session) -> None:
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: wizard.focusWidget() is not None)
    assert wizard.focusWidget().objectName() == "office_name"


def test_the_key_page_cannot_be_left_until_the_key_is_written_down(
    qtbot: QtBot, session: Session
) -> None:
    wizard = created(qtbot, session)
    status = wizard.recovery_page.status
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert wizard.close() is False  # the window's X
    assert wizard.isVisible() and "Keep the recovery key" in status.text()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    wizard.reject()  # what Cancel does (its button is hidden on this page)
    assert wizard.isVisible()
    control(wizard, QCheckBox, "wrote_it_down").setChecked(True)
    assert finish.isEnabled()
    assert wizard.close() is True
    assert session.is_unlocked


def test_save_as_pdf_holds_the_key_and_lets_the_wizard_finish(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = created(qtbot, session)
    key = wizard.recovery_page.key.text()
    target = tmp_path / "stick" / "recovery key"  # no .pdf typed: it is added
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    control(wizard, QPushButton, "save_recovery_key").click()
    saved = target.with_name("recovery key.pdf")
    text = pdf_text(saved)
    assert key in text and OFFICE in text
    assert str(saved) in wizard.recovery_page.status.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Accepted


def test_print_sends_the_key_to_the_printer(
    qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = created(qtbot, session)
    printed = tmp_path / "printer.pdf"

    def choose_printer(
        printer: QPrinter, _parent: object
    ) -> bool:  # the user picks "print to file"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(recovery_key_page, "ask_printer", choose_printer)
    control(wizard, QPushButton, "print_recovery_key").click()
    key = wizard.recovery_page.key.text()
    assert normalise_recovery_key(key) == key and key in pdf_text(printed)
    assert wizard.close() is True


def test_a_cancelled_print_keeps_the_wizard_open(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard = created(qtbot, session)
    monkeypatch.setattr(recovery_key_page, "ask_printer", lambda _p, _w: False)
    control(wizard, QPushButton, "print_recovery_key").click()
    assert wizard.close() is False
