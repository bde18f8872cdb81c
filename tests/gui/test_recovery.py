"""The way back in from the lock screen (issue 13, item 7): a wrong passphrase says what to do,
and "Forgot the passphrase? Use the recovery key" opens the store with the recovery key and a
new passphrase, as `fieldapp passphrase recover` does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.store.store import Store
from fieldapp.store.throttle import BASE_DELAY_ENV
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QDialog, QLabel, QLineEdit, QPushButton
from fieldapp.ui.session import Session
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import unlock, wait_idle

NEW_PASSPHRASE = "olive groves above the wadi at dusk"


@pytest.fixture
def fast_session(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Session]:
    monkeypatch.setenv(BASE_DELAY_ENV, "0.05")  # the growing wait, shortened for the test
    session = Session(tmp_path / "data", kdf=FAST_KDF)
    yield session
    session.shutdown()


@pytest.fixture
def locked(qtbot: QtBot, fast_session: Session) -> tuple[MainWindow, str]:
    """The window over a store made in the test (its recovery key kept), locked."""
    store, recovery_key = Store.create(
        fast_session.data.root,
        passphrase=PASSPHRASE,
        office_name="Programme Office Amman",
        country="JOR",
        kdf=FAST_KDF,
    )
    store.close()
    window = MainWindow(fast_session)
    qtbot.addWidget(window, before_close_func=MainWindow.discard_typed_work)
    window.show()
    return window, recovery_key


def wrong_passphrase(qtbot: QtBot, window: MainWindow, typed: str) -> str:
    view = window.unlock_view
    qtbot.waitUntil(view.button.isEnabled, timeout=5_000)
    view.passphrase.setText(typed)
    view.button.click()
    qtbot.waitUntil(lambda: "not correct" in view.message.text(), timeout=5_000)
    return view.message.text()


def dialog_of(window: MainWindow) -> QDialog:
    found = window.findChild(QDialog, "recovery_dialog")
    assert found is not None and found.isVisible()
    return found


def child(dialog: QDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def test_a_wrong_passphrase_says_what_to_check_and_when(
    qtbot: QtBot, locked: tuple[MainWindow, str]
) -> None:
    window, _ = locked
    said = wrong_passphrase(qtbot, window, PASSPHRASE.upper())
    assert "Caps Lock" in said and "try again in" in said
    assert "recovery key" in said and "Forgotten" in said
    said = wrong_passphrase(qtbot, window, "correct horse battery stapel")
    assert "Caps Lock" not in said and "Capitals count" in said
    use = window.unlock_view.findChild(QPushButton, "use_recovery_key")
    assert use is not None and use.isVisible()


def test_the_recovery_key_opens_the_store_with_a_new_passphrase(
    qtbot: QtBot, locked: tuple[MainWindow, str]
) -> None:
    window, recovery_key = locked
    session = window.session
    vault_before = session.data.vault.read_bytes()
    wrong_passphrase(qtbot, window, "not the passphrase at all")
    window.unlock_view.findChild(QPushButton, "use_recovery_key").click()
    dialog = dialog_of(window)
    key_field = child(dialog, QLineEdit, "recovery_key_input")
    check = child(dialog, QPushButton, "check_recovery_key")
    message = child(dialog, QLabel, "recovery_message")

    key_field.setText("ABCD-EFGH")  # too short: said at once, not a try
    check.click()
    assert "has 32 letters and digits; this one has 8" in message.text()

    wrong = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    key_field.setText(wrong)
    check.click()
    qtbot.waitUntil(lambda: "does not open this store" in message.text(), timeout=5_000)
    assert "Nothing was changed" in message.text()
    assert session.data.vault.read_bytes() == vault_before and not session.is_unlocked
    assert not child(dialog, QLineEdit, "new_passphrase").isVisible()

    # As written on paper: small letters, spaces for dashes, a zero for an O.
    typed = recovery_key.lower().replace("-", " ").replace("o", "0")
    qtbot.waitUntil(check.isEnabled, timeout=5_000)  # the wait after the wrong key
    key_field.setText(typed)
    check.click()
    first = child(dialog, QLineEdit, "new_passphrase")
    qtbot.waitUntil(first.isVisible, timeout=5_000)
    assert not session.is_unlocked  # not before a new passphrase is set
    second = child(dialog, QLineEdit, "new_passphrase_again")
    set_button = child(dialog, QPushButton, "set_new_passphrase")
    first.setText("amman jordan")  # the office's own words: too easy
    second.setText("amman jordan")
    assert not set_button.isEnabled()
    assert "too easy to guess" in child(dialog, QLabel, "new_passphrase_hint").text()
    first.setText(NEW_PASSPHRASE)
    second.setText(NEW_PASSPHRASE)
    set_button.click()
    qtbot.waitUntil(lambda: session.is_unlocked, timeout=10_000)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is not window.unlock_view

    window.lock_button.click()
    wait_idle(qtbot, session)
    qtbot.waitUntil(window.unlock_view.button.isEnabled, timeout=5_000)
    said = wrong_passphrase(qtbot, window, PASSPHRASE)  # the old one no longer opens it
    assert "not correct" in said
    qtbot.waitUntil(window.unlock_view.button.isEnabled, timeout=5_000)
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.stack.currentWidget() is not window.unlock_view
