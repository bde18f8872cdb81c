"""Settings (issue 13, items 7 and 11): change the passphrase, back up to a USB folder, verify
and restore a backup with the CLI's rules; the HQ address is shown, not a field that does
nothing; the screen scrolls at 1024x600."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fieldapp.domain.records import ParticipantBase
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock, wait_idle

NEW_PASSPHRASE = "saffron kites over the old medina"


def settings(window: MainWindow) -> QWidget:
    window.nav.setCurrentRow(window.nav.count() - 1)
    return window.settings


def press(root: QWidget, name: str) -> None:
    button = root.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def dialog(window: MainWindow, name: str) -> QDialog:
    found = window.findChild(QDialog, name)
    assert found is not None and found.isVisible(), name
    return found


def field(root: QWidget, name: str) -> QLineEdit:
    found = root.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def label(root: QWidget, name: str) -> QLabel:
    found = root.findChild(QLabel, name)
    assert found is not None, name
    return found


def people(qtbot: QtBot, window: MainWindow) -> list[str]:
    got: list[list[str]] = []
    window.session.read(
        lambda conn: [r[0] for r in conn.execute(text("SELECT full_name FROM participant"))],
        got.append,
    )
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    return sorted(got[0])


def add_person(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.session.write(
        "participant",
        lambda repo: repo.add_participant(ParticipantBase(full_name=name, sex="female")),
        lambda _v: None,
        lambda e: pytest.fail(str(e)),
    )
    wait_idle(qtbot, window.session)


def test_change_the_passphrase(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.session.data.vault
    before = vault.read_bytes()
    press(settings(window), "change_passphrase")
    box = dialog(window, "passphrase_dialog")
    change = box.findChild(QPushButton, "change_passphrase_confirm")
    message = label(box, "passphrase_message")
    field(box, "current_passphrase").setText("not my passphrase")
    field(box, "new_passphrase").setText("rabat")  # too short
    field(box, "new_passphrase_again").setText("rabat")
    assert not change.isEnabled() and "at least 10" in label(box, "new_passphrase_hint").text()
    field(box, "new_passphrase").setText(NEW_PASSPHRASE)
    field(box, "new_passphrase_again").setText(NEW_PASSPHRASE)
    change.click()
    qtbot.waitUntil(lambda: "not correct" in message.text(), timeout=5_000)
    assert "Nothing was changed" in message.text() and vault.read_bytes() == before

    field(box, "current_passphrase").setText(PASSPHRASE)
    change.click()  # waits the second owed after the wrong one, on the worker
    qtbot.waitUntil(lambda: "is changed" in message.text(), timeout=10_000)
    box.close()
    window.lock_button.click()
    unlock(qtbot, window, NEW_PASSPHRASE)


def test_back_up_verify_and_restore(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings(window)
    add_person(qtbot, window, "Amina El Amrani")
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick))
    )
    press(page, "back_up_now")
    message = label(page, "backup_message")
    qtbot.waitUntil(lambda: "written and verified" in message.text(), timeout=10_000)
    (backup,) = stick.glob("*.fabackup")
    assert str(backup) in message.text()
    add_person(qtbot, window, "Иван Петров")  # after the backup: the restore takes him away

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup), ""))
    )
    press(page, "verify_backup")
    box = dialog(window, "verify_dialog")
    today = date.today()
    made = f"made {today.day} {today:%b} {today.year}, "  # as every screen writes a moment
    qtbot.waitUntil(lambda: made in label(box, "backup_about").text(), timeout=5_000)
    assert backup.name in label(box, "backup_about").text()
    field(box, "backup_passphrase").setText(PASSPHRASE)
    press(box, "verify_backup_confirm")
    said = label(box, "backup_dialog_message")
    qtbot.waitUntil(lambda: "is sound" in said.text(), timeout=10_000)
    box.close()

    press(page, "restore_backup")
    box = dialog(window, "restore_dialog")
    about = label(box, "backup_about")
    qtbot.waitUntil(lambda: "Replace this store" in about.text(), timeout=5_000)
    assert backup.name in about.text() and made in about.text()
    assert "kept aside" in about.text()
    said = label(box, "backup_dialog_message")
    field(box, "backup_passphrase").setText("not the backup's passphrase")
    press(box, "restore_backup_confirm")
    qtbot.waitUntil(lambda: "not the passphrase of this backup" in said.text(), timeout=10_000)
    assert window.session.is_unlocked
    assert people(qtbot, window) == ["Amina El Amrani", "Иван Петров"]  # nothing replaced

    field(box, "backup_passphrase").setText(PASSPHRASE)
    press(box, "restore_backup_confirm")
    qtbot.waitUntil(lambda: "Restored" in said.text(), timeout=15_000)
    assert window.session.is_unlocked
    assert window.stack.currentWidget() is not window.unlock_view
    assert people(qtbot, window) == ["Amina El Amrani"]
    (kept,) = window.session.data.backups.glob("replaced-*")
    assert (kept / "store.db").exists() and str(kept) in said.text()


def test_a_damaged_backup_is_named_and_not_restored(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = settings(window)
    add_person(qtbot, window, "Amina El Amrani")
    damaged = tmp_path / "store-damaged.fabackup"
    with zipfile.ZipFile(damaged, "w") as zf:
        zf.writestr("manifest.json", "{}")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(damaged), ""))
    )
    press(page, "restore_backup")
    box = dialog(window, "restore_dialog")
    about = label(box, "backup_about")
    qtbot.waitUntil(lambda: "is not a readable backup" in about.text(), timeout=5_000)
    assert not box.findChild(QPushButton, "restore_backup_confirm").isEnabled()
    assert people(qtbot, window) == ["Amina El Amrani"]


def test_settings_show_hq_read_only_and_scroll_at_1024x600(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = settings(window)
    wait_idle(qtbot, window.session)
    assert not [f for f in page.findChildren(QLineEdit) if f.accessibleName() == "HQ address"]
    assert "Not enrolled" in label(page, "hq_address").text()
    window.resize(1024, 600)
    scroll = page.findChild(QScrollArea, "settings_scroll")
    assert scroll is not None
    for name in ("save_settings", "change_passphrase", "back_up_now", "restore_backup"):
        button = page.findChild(QPushButton, name)
        scroll.ensureWidgetVisible(button)
        assert button.isVisible() and not button.visibleRegion().isEmpty(), name
