"""Settings › Files with names (issue 16): a sign-in sheet written from the Reports screen
shows in Settings at once, newest first, with who, what, about which event and how many
people; before any, the screen says there is none."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.store.repository import Repository
from fieldapp.store.store import Store
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QGroupBox, QLabel, QScrollArea, Qt, QTableWidget
from tests.gui.conftest import wait_idle
from tests.gui.test_reports_screen import save_as

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
TITLE = "Border security workshop"
SHOTS = Path("/tmp/shots")


def fill(store: Store) -> str:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        event_id = repo.add_event(
            EventBase(
                title=TITLE,
                event_type="workshop",
                start_date=date(2026, 10, 5),
                end_date=date(2026, 10, 6),
                status="held",
            )
        )
        ids = repo.add_participants(
            [ParticipantBase(full_name=n, sex="female") for n in ("Amina", "Khadija")]
        )
        repo.add_attendance([AttendanceBase(event_id=event_id, participant_id=i) for i in ids])
    return event_id


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_settings_lists_the_files_with_names_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.nav.setCurrentRow(window.nav.count() - 1)
    settings = window.settings
    table = settings.findChild(QTableWidget, "output_log")
    count = settings.findChild(QLabel, "output_log_count")
    assert table is not None and count is not None
    wait_idle(qtbot, window.session)
    assert count.text() == "No file with names has been written on this computer."
    assert table.rowCount() == 0 and not table.isVisibleTo(settings)

    done: list[str] = []
    window.session.run(fill, done.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    window.session.changed.emit("event")
    wait_idle(qtbot, window.session)
    page = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(page))
    page.event_choice.setCurrentIndex(page.event_choice.findData(done[0]))
    signin = page.buttons[2]
    page.ask_path = save_as(tmp_path, "sign-in.pdf")
    signin.click()
    qtbot.waitUntil(signin.isEnabled, timeout=30_000)
    assert page.status.text().startswith("Saved"), page.status.text()
    # 1 event, 2 people, 2 attendances and the log entry, which syncs too
    qtbot.waitUntil(lambda: window.unsynced.text() == "6 unsynced", timeout=5_000)

    window.nav.setCurrentRow(window.nav.count() - 1)
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)
    [[when, who, what, about, people]] = cells(table)
    assert (who, what, about, people) == (
        window.session.identity.recorded_by,  # type: ignore[union-attr]
        "Sign-in sheet",
        TITLE,
        "2",
    )
    assert when and "Amina" not in " ".join(cells(table)[0])
    assert count.text() == "1 file with names written here, newest first."
    assert table.isVisibleTo(settings)

    # At 1024x600, in English and in Arabic (mirrored): the log is there after the screens
    # are built again in the new language.
    window.resize(1024, 600)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "ar"):
        if lang == "ar":
            window.change_language("ar")
            qtbot.waitUntil(lambda: window.nav.item(0).text() == "لوحة المعلومات", timeout=5_000)
            window.nav.setCurrentRow(window.nav.count() - 1)
        box = window.settings.findChild(QGroupBox, "output_log_box")
        table = window.settings.findChild(QTableWidget, "output_log")
        qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10_000)  # noqa: B023
        window.settings.findChild(QScrollArea, "settings_scroll").ensureWidgetVisible(box)
        qtbot.wait(50)
        window.grab().save(str(SHOTS / f"D_settings_{lang}.png"))
    assert (
        cells(table)[0][3] == TITLE and window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    )
