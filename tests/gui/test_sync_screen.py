"""The Sync screen with a real HQ process: enrolling (with a wrong address, a wrong token,
then the right one), syncing in the background, the status bar's online state and unsynced
count, the quarantine with HQ's reason and the record opened to fix it, and HQ out of reach."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from fieldapp.domain.records import ParticipantBase
from fieldapp.store.acks import QUARANTINE
from fieldapp.store.store import Store
from fieldapp.store.sync_client import prepare
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QLineEdit
from sync.link import Link
from tests.gui.conftest import wait_idle
from tests.integration.hq_helpers import running_hq, squat
from tests.integration.tls_helpers import hq_server, hq_token, make_ca


def add_person(qtbot: QtBot, window: MainWindow, name: str) -> str:
    ids: list[str] = []
    window.session.write(
        "participant",
        lambda repo: repo.add_participant(ParticipantBase(full_name=name, sex="female")),
        ids.append,
        lambda e: None,
    )
    qtbot.waitUntil(lambda: bool(ids), timeout=10_000)
    return ids[0]


def test_enroll_sync_quarantine_and_offline(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.sync
    window.nav.setCurrentRow(4)
    assert window.pages.currentWidget() is page
    assert window.online.text() == "Not enrolled with HQ"
    assert page.enroll_box.isVisible() and not page.link_box.isVisible()

    page.hq_url.setText("hq.example.org")
    page.token.setText("ANYTHING")
    page.enroll_button.click()
    assert page.enroll_message.text() == "HQ address: write it in full, starting with https://"

    with running_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        page.hq_url.setText(hq.url)
        page.token.setText("NOT-A-TOKEN")
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.enroll_button.isEnabled(), timeout=15_000)
        assert "This enrollment token is incomplete" in page.enroll_message.text()
        page.token.setText("AAAAAAAAAAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAAA")
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.enroll_button.isEnabled(), timeout=15_000)
        assert "HQ refused the enrollment: this enrollment token is unknown" in (
            page.enroll_message.text()
        )

        add_person(qtbot, window, "Zainab Al-Hashimi")
        add_person(qtbot, window, "Ольга Смирнова")
        wait_idle(qtbot, window.session)
        page.token.setText(hq.token("Programme Office Rabat"))
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.link_box.isVisible(), timeout=15_000)
        assert not page.enroll_box.isVisible()
        assert page.address.text() == hq.url
        # Enrolling starts a sync: both people travel, HQ's answers come back and are applied.
        qtbot.waitUntil(lambda: window.unsynced.text() == "0 unsynced", timeout=30_000)
        qtbot.waitUntil(
            lambda: window.online.text().startswith("Online · HQ reached"), timeout=10_000
        )
        assert page.contact.text().startswith("HQ answered on")
        assert "not yet confirmed by HQ: 0. Sealed batches to deliver: 0." in page.waiting.text()
        assert page.quarantine_empty.isVisible() and not page.table.isVisible()

        # A record HQ refused: listed with HQ's reason, and opened in the People screen.
        refused = add_person(qtbot, window, "Leïla Haddad")
        wait_idle(qtbot, window.session)

        def refuse(store: Store) -> None:
            with store.transaction() as conn:
                conn.execute(
                    insert(QUARANTINE).values(
                        record_type="participant",
                        record_id=refused,
                        version=1,
                        batch_id="b",
                        reason="Nationality: “YUG” is not a known country",
                        created_at=datetime.now(UTC),
                    )
                )

        window.session.worker.submit(refuse, lambda _r: window.session.changed.emit("sync"))
        qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
        assert page.table.item(0, 0).text() == "Leïla Haddad"
        assert page.table.item(0, 1).text() == "Participant"
        assert page.table.item(0, 2).text() == "Nationality: “YUG” is not a known country"
        window.resize(1100, 700)
        page.grab().save(str(tmp_path / "sync.png"))  # to look at; resources/screenshots has one
        page.open_button.click()
        assert window.pages.currentWidget() is window.people
        qtbot.waitUntil(
            lambda: window.people.form.full_name.text() == "Leïla Haddad", timeout=5_000
        )

    # HQ is gone: the change waits, and the status bar says so.
    add_person(qtbot, window, "Amina Diallo")
    wait_idle(qtbot, window.session)
    page.sync_button.click()
    qtbot.waitUntil(
        lambda: window.online.text().startswith("Offline · last contact"), timeout=30_000
    )
    assert "HQ could not be reached" in page.contact.text()
    assert "Sealed batches to deliver: 1." in page.waiting.text()


def test_hq_s_refusal_and_a_changed_link_are_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """HQ refuses a whole batch (signed): the screen says so and why, and the records go
    again at the next sync. A changed sync.json is put back, and the screen says that too."""
    page = window.sync
    window.nav.setCurrentRow(4)
    with running_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        page.hq_url.setText(hq.url)
        page.token.setText(hq.token("Programme Office Rabat"))
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.link_box.isVisible(), timeout=15_000)
        qtbot.waitUntil(lambda: not window.sync_runner.running, timeout=30_000)
        add_person(qtbot, window, "Nadia Benali")
        wait_idle(qtbot, window.session)

        def squatting(store: Store) -> str:
            """Seal now, and have another batch under the same id reach HQ first."""
            prepared = prepare(store)
            [sealed] = prepared.sealed
            squat(hq.url, store, prepared.link, sealed.batch_id, sealed.seq)
            return sealed.batch_id

        squatted: list[str] = []
        window.session.worker.submit(squatting, squatted.append)
        qtbot.waitUntil(lambda: bool(squatted), timeout=10_000)
        page.sync_button.click()
        qtbot.waitUntil(lambda: "Refused by HQ" in page.waiting.text(), timeout=30_000)
        assert f"batch {squatted[0][:8]}: batch {squatted[0]} was received" in page.waiting.text()
        assert "other contents" in page.waiting.text()
        qtbot.waitUntil(lambda: not window.sync_runner.running, timeout=30_000)

        link = Link.load(window.session.data.link)
        assert link is not None
        replace(link, hq_url="http://127.0.0.1:9").save(window.session.data.link)
        page.sync_button.click()
        qtbot.waitUntil(lambda: "sync.json had been changed" in page.contact.text(), timeout=30_000)
        qtbot.waitUntil(lambda: window.unsynced.text() == "0 unsynced", timeout=30_000)
        assert Link.load(window.session.data.link) == link
        window.resize(1024, 600)
        page.grab().save(str(tmp_path / "sync-refused.png"))


def test_enroll_with_hq_s_own_certificate_authority(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """An HQ whose certificate its own authority signed: without that authority the screen
    says the certificate could not be verified; given it, the laptop enrolls and syncs."""
    page = window.sync
    window.nav.setCurrentRow(4)
    ca = make_ca(tmp_path / "ca")
    data, db_url = tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}"
    with hq_server(data, db_url, tls=ca) as hq:
        page.hq_url.setText(hq.url)
        page.token.setText(hq_token(data, db_url, "Programme Office Rabat"))
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.enroll_button.isEnabled(), timeout=15_000)
        assert "could not be verified" in page.enroll_message.text()
        assert page.findChild(QLineEdit, "hq_ca_file") is page.ca_file
        page.ca_file.setText(str(ca.ca))
        page.enroll_button.click()
        qtbot.waitUntil(lambda: page.link_box.isVisible(), timeout=15_000)
        add_person(qtbot, window, "Fatima Zahra")
        page.sync_button.click()
        qtbot.waitUntil(lambda: window.unsynced.text() == "0 unsynced", timeout=30_000)
