"""A list over 100,000 rows dragged from top to bottom reads the pages still shown, not
every page it passed (each read waits its turn on the one database worker)."""

from __future__ import annotations

import time
from typing import Any

from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.paged_model import PAGE, Column, PagedModel
from tests.gui.conftest import wait_idle


def test_pages_scrolled_past_are_not_read_and_the_one_shown_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    read: list[int] = []

    def page(_conn: Any, _p: Any, _sort: str, _desc: bool, offset: int, limit: int) -> list[Any]:
        time.sleep(0.05)  # a deep page of an encrypted registry takes its time
        read.append(offset // PAGE)
        return [f"row {n}" for n in range(offset, offset + limit)]

    model = PagedModel(
        window.session,
        [Column("x", "X", lambda row: str(row), whole_row=True)],
        lambda _conn, _p: 100_000,
        page,
        None,
        sort="x",
    )
    model.reload()
    qtbot.waitUntil(lambda: model.total == 100_000, timeout=10_000)
    read.clear()
    for number in range(1, 60):  # a view shown each page in turn, a few ms apart
        assert model.row_at(number * PAGE) is None
        qtbot.wait(5)
    last = 59 * PAGE + 3
    qtbot.waitUntil(lambda: model.row_at(last) is not None, timeout=10_000)
    wait_idle(qtbot, window.session)
    assert model.row_at(last) == f"row {last}"
    assert 59 in read
    assert len(read) < 30, f"read {len(read)} pages of 59 passed: {read}"
