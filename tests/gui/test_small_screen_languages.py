"""Arabic (mirrored) and Russian (longer words) at 1024x600: no screen scrolls sideways and
each screen's actions are on screen, as in English (`test_small_screen`)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QScrollArea, Qt
from tests.gui.conftest import wait_idle
from tests.gui.test_small_screen import PRIMARY, SHOTS, off_screen, small  # noqa: F401

FIRST_SCREEN = {"ar": "لوحة المعلومات", "ru": "Сводная панель"}


@pytest.mark.parametrize("lang", ["ar", "ru"])
def test_every_screen_fits_1024x600_in_arabic_and_russian(
    qtbot: QtBot,
    small: MainWindow,  # noqa: F811
    lang: str,
) -> None:
    small.change_language(lang)
    qtbot.waitUntil(lambda: small.nav.item(0).text() == FIRST_SCREEN[lang], timeout=5_000)
    rtl = lang == "ar"
    assert (small.layoutDirection() == Qt.LayoutDirection.RightToLeft) == rtl
    for row, actions in enumerate(PRIMARY.values()):
        small.nav.setCurrentRow(row)
        if row == 2:  # People: the form is for the person chosen in the list
            qtbot.waitUntil(lambda: small.people.table.model().rowCount() > 0, timeout=10_000)
            small.people.table.selectRow(0)
        wait_idle(qtbot, small.session)
        page = small.pages.currentWidget()
        scroll = page.parentWidget().parentWidget()
        assert isinstance(scroll, QScrollArea)
        sideways = scroll.horizontalScrollBar()
        qtbot.waitUntil(lambda: not sideways.isVisible(), timeout=2_000)  # noqa: B023
        small.grab().save(str(SHOTS / f"{lang}-{row + 1}.png"))
        assert off_screen(small, page, actions) == [], small.nav.item(row).text()
        # Mirrored: the screens' list on the right of the page in Arabic, on its left else.
        nav_right_of_page = (
            small.nav.mapTo(small, small.nav.rect().topLeft()).x()
            > page.mapTo(small, page.rect().topLeft()).x()
        )
        assert nav_right_of_page == rtl
