"""The SQL-backed table models pass pytest-qt's model tester, with data and while paging."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from fieldapp.store.demo import generate
from fieldapp.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle


def test_models_pass_the_model_tester(qtbot: QtBot, qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.worker.submit(lambda store: _demo(store))
    wait_idle(qtbot, session)
    for model in (window.events.model, window.people.model):
        model.reload()
        qtbot.waitUntil(lambda m=model: m.total > 0, timeout=5_000)
        qtmodeltester.check(model)
        model.sort(0)
        wait_idle(qtbot, session)
        qtmodeltester.check(model)
    people = window.people.model
    assert people.total == 450
    assert people.row_at(449) is None  # not fetched yet: asked for
    qtbot.waitUntil(lambda: people.row_at(449) is not None, timeout=5_000)
    qtmodeltester.check(people)


def _demo(store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as conn:
        generate(conn, store.identity, events=20, people=450, seed=5)
