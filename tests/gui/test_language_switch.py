"""Choosing another language in Settings changes the interface at once, keeping what the
user was doing; `fieldapp --lang` chooses it for one run."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.cli import build_parser
from fieldapp.store.app_settings import AppSettings
from fieldapp.ui import labels
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import QApplication, QComboBox, QPushButton, Qt
from tests.gui.conftest import wait_idle
from tests.gui.test_attendance import new_event
from tests.gui.test_unsaved_work import Button, answer, close_button


def choose_language(qtbot: QtBot, window: MainWindow, lang: str, first_screen: str) -> None:
    """Settings: pick ``lang``, Save; wait for the screens to speak it."""
    combo = window.settings.findChild(QComboBox, "language")
    save = window.settings.findChild(QPushButton, "save_settings")
    assert combo is not None and save is not None
    combo.setCurrentIndex(combo.findData(lang))
    save.click()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == first_screen, timeout=5_000)


def test_switching_to_arabic_keeps_the_typed_event_and_mirrors_the_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    tab = new_event(window, "Atelier de Rabat", date(2026, 3, 10), date(2026, 3, 11))
    tab.q_name.setText("Zaynab Qasimi")
    tab.q_sex.setCurrentIndex(tab.q_sex.findData("female"))
    tab.quick.q_add.click()
    qtbot.waitUntil(lambda: len(tab.lines) == 1, timeout=5_000)
    wait_idle(qtbot, window.session)
    window.events.editor.venue.setText("Hôtel Farah")

    choose_language(qtbot, window, "ar", "لوحة المعلومات")

    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.pages.currentWidget() is window.events, "still on Events"
    editor = window.events.editor
    assert window.events.stack.currentIndex() == 1, "the editor still open"
    assert editor.title.text() == "Atelier de Rabat"
    assert editor.venue.text() == "Hôtel Farah"
    assert [line.full_name for line in editor.attendance.lines] == ["Zaynab Qasimi"]
    assert editor.event_type.currentText() == "حلقة عمل"
    assert AppSettings.load(window.session.data.root).language == "ar", "saved for next time"
    # Close still asks, in Arabic, to save what was typed.
    seen: list[str] = []
    answer(qtbot, Button.Cancel, seen)
    close_button(window).click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert "Atelier de Rabat" in seen[0] and "حفظ" in seen[0]
    assert window.events.stack.currentIndex() == 1, "Cancel: still editing"

    choose_language(qtbot, window, "en", "Dashboard")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.events.editor.title.text() == "Atelier de Rabat"
    assert window.events.editor.is_modified()
    assert window.statusBar().findChild(QPushButton, "lock").text() == "Lock"


def test_a_person_being_made_survives_a_switch_to_russian(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(2)
    window.people.new_person()
    form = window.people.form
    form.full_name.setText("Aigerim Bekova")
    form.f.nationality.setCurrentIndex(form.f.nationality.findData("KAZ"))
    window.dashboard.period_picker.choose("All time")

    choose_language(qtbot, window, "ru", "Сводная панель")

    form = window.people.form
    assert window.pages.currentWidget() is window.people
    assert form.creating and form.full_name.text() == "Aigerim Bekova"
    assert form.f.sex.currentIndex() == -1, "sex still unchosen, not assumed"
    assert form.f.nationality.currentText() == "Казахстан (KAZ)"
    assert form.is_modified()
    assert window.dashboard.period_picker.state()[0] == "All time"


def test_the_report_language_starts_on_the_interface_s(qtbot: QtBot, window: MainWindow) -> None:
    choose_language(qtbot, window, "fr", "Tableau de bord")
    combo = window.reports.findChild(QComboBox, "report_language")
    assert combo is not None
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["English", "Français", "العربية", "Русский"]
    assert combo.currentData() == "fr"


def test_formats_follow_the_interface_language(qapp: QApplication) -> None:
    from fieldapp.ui.app import install_translation

    install_translation(qapp, "ar")
    assert labels.day(date(2026, 11, 10)) == "10 نوفمبر 2026"
    assert labels.number(1127) == "1,127"
    assert labels.country("EGY") == "مصر"
    install_translation(qapp, "ru")
    assert labels.day_range(date(2026, 11, 10), date(2026, 11, 12)) == "10—12 нояб. 2026\u202fг."
    assert labels.percent(0.41) == "41\u00a0%"
    install_translation(qapp, "en")
    assert labels.day_range(date(2026, 11, 10), date(2026, 11, 12)) == "10\u2009–\u200912 Nov 2026"
    assert labels.percent(None) == "—"


def test_lang_on_the_command_line_is_for_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import fieldapp.ui.app as app

    runs: list[tuple[Path, str | None]] = []
    monkeypatch.setattr(
        app, "run", lambda data_dir, language=None: runs.append((data_dir, language)) or 0
    )
    from fieldapp.cli import main

    assert main(["--data-dir", "/nowhere", "--lang", "ar"]) == 0
    assert main(["--data-dir", "/nowhere", "gui", "--lang", "ru"]) == 0
    assert main(["--data-dir", "/nowhere"]) == 0
    assert [lang for _, lang in runs] == ["ar", "ru", None]
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "xx"])  # no language the app speaks


def test_an_unknown_language_saved_opens_in_english(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"language": "<b>xx</b>"}', encoding="utf-8")
    assert AppSettings.load(tmp_path).language == "en"


def test_reports_are_written_in_the_language_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fieldapp.ui.reports_page as reports_page
    from fieldapp.domain.indicators import Period
    from fieldapp.reports.jobs import PdfJob

    asked: list[tuple[str, str | None]] = []
    real_period_job = reports_page.period_job

    def period_job(path: Path, period: Period, **kw: object) -> object:
        asked.append(("period", kw.get("lang")))  # type: ignore[arg-type]
        return real_period_job(path, period, **kw)  # type: ignore[arg-type]

    def certificates_job(path: Path, event_id: str, **kw: object) -> object:
        asked.append(("certificates", kw.get("lang")))  # type: ignore[arg-type]
        # no certificates written: the language asked for is the point here
        return PdfJob(path, lambda _store, out: out.write_bytes(b"%PDF-1.4\n") and 0)

    monkeypatch.setattr(reports_page, "period_job", period_job)
    monkeypatch.setattr(reports_page, "certificates_job", certificates_job)
    page = window.reports
    window.nav.setCurrentRow(window.pages.indexOf(page))
    wait_idle(qtbot, window.session)  # the event chooser filled (with no event yet)
    page.event_choice.addItem("10 Nov 2026 · Atelier", "event-1")
    page.events["event-1"] = ("Atelier", date(2026, 11, 10))
    make_pdf = page.findChild(QPushButton, "make_pdf")
    certificates = page.findChild(QPushButton, "make_certificates")
    assert make_pdf is not None and certificates is not None

    page.ask_path = lambda *_a: str(tmp_path / "certificates")
    certificates.click()  # nothing picked: the event's own language (None)
    qtbot.waitUntil(certificates.isEnabled, timeout=30_000)
    combo = page.findChild(QComboBox, "report_language")
    assert combo is not None and combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("ru"))
    combo.activated.emit(combo.currentIndex())  # as a user's pick
    page.ask_path = lambda *_a: str(tmp_path / "period")
    make_pdf.click()
    qtbot.waitUntil(make_pdf.isEnabled, timeout=30_000)
    page.ask_path = lambda *_a: str(tmp_path / "certificates-ru")
    certificates.click()
    qtbot.waitUntil(certificates.isEnabled, timeout=30_000)
    assert asked == [("certificates", None), ("period", "ru"), ("certificates", "ru")], (
        page.status.text()
    )
    assert (tmp_path / "period.pdf").stat().st_size > 1000
    if shutil.which("pdftotext"):
        from tests.gui.test_reports_screen import text_of

        assert any("\u0400" <= c <= "\u04ff" for c in text_of(tmp_path / "period.pdf"))


def test_in_arabic_the_person_being_edited_stays_selected_in_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Right to left, QTableView.selectRow selected nothing when the columns were narrower
    than the table: after a switch to Arabic the list lost the person being edited."""
    from fieldapp.domain.records import ParticipantBase
    from tests.gui.test_person_form import add_people, open_people

    ids = add_people(
        qtbot, window, ParticipantBase(full_name="Amina El Amrani", sex="female"),
        ParticipantBase(full_name="Omar Haddad", sex="male"),
    )  # fmt: skip
    open_people(qtbot, window, 2)
    people = window.people
    row = next(
        r for r in range(2) if (p := people.model.row_at(r)) and p.full_name == "Omar Haddad"
    )
    people.select(row)
    qtbot.waitUntil(lambda: people.form.full_name.text() == "Omar Haddad", timeout=5_000)

    choose_language(qtbot, window, "ar", "لوحة المعلومات")

    people = window.people
    qtbot.waitUntil(lambda: people.model.rowCount() == 2, timeout=5_000)
    chosen = people.table.selectionModel().selectedRows()
    assert [people.model.row_at(i.row()).full_name for i in chosen] == ["Omar Haddad"]  # type: ignore[union-attr]
    assert people.form.person_id in ids
