"""The People screen's privacy controls (issue 16): the form saves a legal basis and records
consent as dated events; the registry filters by basis; Erase… names the person, Cancel keeps
them, Erase takes them off the list."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.store.consent import consent_history
from fieldapp.ui.consent_panel import ConsentDateDialog
from fieldapp.ui.main_window import MainWindow
from fieldapp.ui.qt import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTimer,
)
from fieldapp.ui.retention_offer import Offer, RetentionOffer, check
from tests.gui.conftest import unlock, wait_idle
from tests.gui.test_person_form import add_people, open_people, select, stored

SHOTS = Path("/tmp/shots")
T = TypeVar("T")


def child(window: MainWindow, kind: type[T], name: str) -> T:
    found = window.findChild(kind, name)  # type: ignore[arg-type]
    assert found is not None, name
    return found  # type: ignore[return-value]


def consent_on(qtbot: QtBot, window: MainWindow, button: str, day: date) -> None:
    """Press "Consent given…" (or withdrawn…) and answer its date."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConsentDateDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.when.setDate(day)  # type: ignore[arg-type]
        dialog.accept()

    QTimer.singleShot(0, answer)
    child(window, QPushButton, button).click()
    wait_idle(qtbot, window.session)
    wait_idle(qtbot, window.session)


def test_the_form_saves_a_basis_and_consent_as_events(qtbot: QtBot, window: MainWindow) -> None:
    (amina,) = add_people(qtbot, window, ParticipantBase(full_name="Amina Haddad", sex="female"))
    open_people(qtbot, window, 1)
    select(qtbot, window, 0)
    form = window.people.form
    basis = child(window, QComboBox, "person_legal_basis")
    assert basis.currentData() is None  # "not recorded"
    basis.setCurrentIndex(basis.findData("consent"))
    form.basis_date.setDate(date(2024, 3, 1))  # type: ignore[arg-type]
    child(window, QLineEdit, "person_basis_note").setText("Training registration form")
    form.save()
    wait_idle(qtbot, window.session)
    # No consent given yet: the basis cannot be consent, and the form says why.
    assert "no consent was given" in form.reason.text()
    assert stored(qtbot, window, amina)["legal_basis"] is None

    consent_on(qtbot, window, "consent_given", date(2024, 3, 1))
    state = child(window, QLabel, "consent_state")
    assert state.text() == "Consent given on 1 Mar 2024"
    form.save()
    wait_idle(qtbot, window.session)
    saved = stored(qtbot, window, amina)
    assert (saved["legal_basis"], saved["basis_date"], saved["basis_note"]) == (
        "consent",
        date(2024, 3, 1),
        "Training registration form",
    )
    assert form.reason.text() == "Saved."

    consent_on(qtbot, window, "consent_withdrawn", date(2025, 6, 9))
    # The basis is still consent: the form points it out (and stops once another is chosen).
    assert state.text() == (
        "Consent withdrawn on 9 Jun 2025\nThe legal basis is consent, and it was withdrawn: "
        "choose another basis, or erase the person."
    )
    basis.setCurrentIndex(basis.findData("public interest"))
    assert state.text() == "Consent withdrawn on 9 Jun 2025"
    basis.setCurrentIndex(basis.findData("consent"))
    history = child(window, QListWidget, "consent_history")
    assert [history.item(i).text() for i in range(history.count())] == [
        f"9 Jun 2025 — withdrawn ({window.session.identity.recorded_by})",  # type: ignore[union-attr]
        f"1 Mar 2024 — given ({window.session.identity.recorded_by})",  # type: ignore[union-attr]
    ]
    after = stored(qtbot, window, amina)
    assert (after["consent"], after["consent_date"], after["legal_basis"]) == (
        False,
        date(2025, 6, 9),
        "consent",
    )
    recorded = child(window, QLabel, "person_recorded_by")
    assert recorded.text().startswith(f"Last recorded by {after['recorded_by']}, ")
    got: list[object] = []
    window.session.read(lambda conn: consent_history(conn, amina), got.append)
    wait_idle(qtbot, window.session)
    assert len(got[0]) == 2  # type: ignore[arg-type]

    # The registry's filter: consent withdrawn shows her; public interest shows nobody.
    choose = child(window, QComboBox, "people_basis_filter")
    choose.setCurrentIndex(choose.findData("withdrawn"))
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=5_000)
    choose.setCurrentIndex(choose.findData("public interest"))
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 0, timeout=5_000)
    assert window.people.count.text() == "Nobody held on this basis."
    SHOTS.mkdir(exist_ok=True)
    choose.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=5_000)
    select(qtbot, window, 0)
    window.resize(1024, 600)
    wait_idle(qtbot, window.session)
    window.grab().save(str(SHOTS / "C_person_form_en.png"))


def _with_attendance(qtbot: QtBot, window: MainWindow, person_id: str, n: int) -> None:
    def write(repo: object) -> None:
        for i in range(n):
            event_id = repo.add_event(  # type: ignore[attr-defined]
                EventBase(
                    title=f"Border workshop {i}",
                    event_type="workshop",
                    start_date=date(2025, 1, 10 + i),
                    end_date=date(2025, 1, 10 + i),
                    status="held",
                )
            )
            repo.add_attendance(  # type: ignore[attr-defined]
                [AttendanceBase(event_id=event_id, participant_id=person_id)]
            )

    window.session.write("event", write, lambda _v: None, lambda e: (_ for _ in ()).throw(e))
    wait_idle(qtbot, window.session)


def _answer_erase(qtbot: QtBot, choice: str, seen: list[str], shot: str = "") -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        if shot:
            box.grab().save(shot)
        button = box.findChild(QPushButton, choice)
        assert button is not None
        button.click()

    QTimer.singleShot(0, press)


def test_erase_names_the_person_cancel_keeps_erase_removes(
    qtbot: QtBot, window: MainWindow
) -> None:
    amina, _omar = add_people(
        qtbot,
        window,
        ParticipantBase(full_name="Amina Haddad", sex="female", email="amina@example.org"),
        ParticipantBase(full_name="Omar Tazi", sex="male"),
    )
    _with_attendance(qtbot, window, amina, 3)
    open_people(qtbot, window, 2)
    erase = child(window, QPushButton, "erase_person")
    assert not erase.isEnabled()  # nobody chosen
    select(qtbot, window, 0)
    assert erase.isEnabled()

    seen: list[str] = []
    SHOTS.mkdir(exist_ok=True)
    _answer_erase(qtbot, "erase_cancel", seen, str(SHOTS / "C_erase_confirmation.png"))
    erase.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    wait_idle(qtbot, window.session)
    assert seen[0].startswith("Erase the identity of Amina Haddad? Her name, e-mail, phone")
    assert "Her 3 attendances stay as anonymous counts." in seen[0]
    assert seen[0].endswith("This cannot be undone.")
    assert window.people.model.rowCount() == 2
    assert stored(qtbot, window, amina)["full_name"] == "Amina Haddad"

    _answer_erase(qtbot, "erase_confirm", seen)
    erase.click()
    qtbot.waitUntil(lambda: window.people.model.rowCount() == 1, timeout=5_000)
    assert window.people.model.row_at(0).full_name == "Omar Tazi"
    gone = stored(qtbot, window, amina)
    assert gone["erased_at"] is not None and gone["full_name"] == ""
    assert gone["email"] is None
    assert window.people.form.full_name.text() != "Amina Haddad"


def test_the_form_in_arabic_mirrors_and_keeps_its_width(qtbot: QtBot, window: MainWindow) -> None:
    add_people(
        qtbot,
        window,
        ParticipantBase(
            full_name="أمينة حداد",
            sex="female",
            legal_basis="public interest",
            basis_date=date(2024, 3, 1),
        ),
    )
    window.resize(1024, 600)
    window.change_language("ar")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "لوحة المعلومات", timeout=5_000)
    open_people(qtbot, window, 1)
    window.people.open_person(window.people.model.row_at(0).id)
    wait_idle(qtbot, window.session)
    form = window.people.form
    assert form.layoutDirection().name == "RightToLeft"
    assert form.full_name.text() == "أمينة حداد"
    assert form.legal_basis.currentData() == "public interest"
    assert form.legal_basis.currentText() == "المصلحة العامة"
    shown = [window.people.basis.itemText(i) for i in range(window.people.basis.count())]
    assert shown[0] == "جميع الأشخاص" and "الموافقة مسحوبة" in shown, shown
    assert not form.body.horizontalScrollBar().isVisible()
    window.grab().save(str(SHOTS / "C_person_form_ar.png"))


def _answer_retention(asked: list[str], *, erase: bool) -> None:
    """Answer Erase now's question when it shows: Erase, or Cancel."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "retention_confirmation":
            QTimer.singleShot(20, answer)
            return
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        if erase:
            box.findChild(QPushButton, "retention_confirm").click()  # type: ignore[union-attr]
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)


def _visible_offer(window: MainWindow) -> RetentionOffer | None:
    shown = [d for d in window.findChildren(RetentionOffer) if d.isVisible()]
    return shown[0] if shown else None


def test_the_retention_offer_appears_at_unlock_when_due(qtbot: QtBot, window: MainWindow) -> None:
    def old_people(repo: object) -> None:
        event_id = repo.add_event(  # type: ignore[attr-defined]
            EventBase(
                title="Border workshop 2019",
                event_type="workshop",
                start_date=date(2019, 3, 4),
                end_date=date(2019, 3, 6),
                status="held",
            )
        )
        ids = repo.add_participants(  # type: ignore[attr-defined]
            [
                ParticipantBase(full_name="Amina Haddad", sex="female"),
                ParticipantBase(full_name="Omar Tazi", sex="male"),
            ]
        )
        repo.add_attendance(  # type: ignore[attr-defined]
            [AttendanceBase(event_id=event_id, participant_id=pid) for pid in ids]
        )

    window.session.write("event", old_people, lambda _v: None, pytest.fail)
    add_people(qtbot, window, ParticipantBase(full_name="Sara Bennani", sex="female"))
    assert _visible_offer(window) is None  # nobody was due at this unlock
    window.session.lock()
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: _visible_offer(window) is not None, timeout=5_000)
    offer = _visible_offer(window)
    assert offer is not None
    assert offer.message.text() == (
        "2 people have had no event in 5 years. "
        "Their identities are due for erasure under the office's policy."
    )
    offer.review.click()
    qtbot.waitUntil(lambda: offer.list.count() == 2, timeout=5_000)
    assert [offer.list.item(i).text() for i in range(2)] == [
        "Amina Haddad — last event 6 Mar 2019",
        "Omar Tazi — last event 6 Mar 2019",
    ]
    SHOTS.mkdir(exist_ok=True)
    offer.grab().save(str(SHOTS / "C_retention_offer.png"))
    # Enter answers Later, even after Review… (never Erase now); Erase now asks first.
    assert offer.later.isDefault() and not offer.erase.autoDefault()
    asked: list[str] = []
    _answer_retention(asked, erase=False)
    offer.erase.click()
    assert asked[0].startswith("Erase the identities of 2 people?")
    wait_idle(qtbot, window.session)
    assert offer.list.count() == 2 and offer.erase.isEnabled()  # Cancel: nobody erased
    _answer_retention(asked, erase=True)
    offer.erase.click()
    qtbot.waitUntil(lambda: offer.message.text() == "2 identities erased.", timeout=10_000)
    open_people(qtbot, window, 1)
    assert window.people.model.row_at(0).full_name == "Sara Bennani"
    offer.later.click()

    # Answered: not offered again this week, even with someone due.
    window.session.write("event", old_people, lambda _v: None, pytest.fail)
    wait_idle(qtbot, window.session)
    window.session.lock()
    unlock(qtbot, window)
    wait_idle(qtbot, window.session)
    qtbot.wait(100)
    assert _visible_offer(window) is None


def test_later_is_remembered_for_a_week(qtbot: QtBot, window: MainWindow) -> None:
    got: list[object] = []
    window.session.run(lambda store: check(store), got.append, pytest.fail)
    wait_idle(qtbot, window.session)
    assert got == [Offer(0, 5)]
    offer = RetentionOffer(window.session, Offer(1, 5), window)
    assert offer.message.text().startswith("1 person has had no event in 5 years.")
    offer.later.click()
    wait_idle(qtbot, window.session)
    answered: list[object] = []
    window.session.read(
        lambda conn: conn.exec_driver_sql(
            "SELECT value FROM setting WHERE key = 'retention_answered'"
        ).scalar(),
        answered.append,
    )
    wait_idle(qtbot, window.session)
    assert answered == [date.today().isoformat()]


def test_a_new_persons_consent_is_recorded_when_saved(qtbot: QtBot, window: MainWindow) -> None:
    open_people(qtbot, window, 0)
    window.people.new_person()
    form = window.people.form
    form.full_name.setText("Leïla Idrissi")
    form.sex.setCurrentIndex(form.sex.findData("female"))
    form.legal_basis.setCurrentIndex(form.legal_basis.findData("consent"))
    form.basis_date.setDate(date(2024, 5, 2))  # type: ignore[arg-type]
    consent_on(qtbot, window, "consent_given", date(2024, 5, 2))
    assert child(window, QLabel, "consent_state").text() == (
        "Consent given on 2 May 2024 (recorded when the person is saved)"
    )
    form.save()
    qtbot.waitUntil(lambda: form.person_id is not None, timeout=5_000)
    wait_idle(qtbot, window.session)
    pid = form.person_id
    assert pid is not None
    saved = stored(qtbot, window, pid)
    assert (saved["consent"], saved["consent_date"], saved["legal_basis"]) == (
        True,
        date(2024, 5, 2),
        "consent",
    )
    got: list[object] = []
    window.session.read(lambda conn: consent_history(conn, pid), got.append)
    wait_idle(qtbot, window.session)
    assert [(e.given, e.on) for e in got[0]] == [(True, date(2024, 5, 2))]  # type: ignore[attr-defined]
    assert child(window, QLabel, "consent_state").text() == "Consent given on 2 May 2024"


def test_an_erased_attendee_shows_as_erased_in_the_event(qtbot: QtBot) -> None:
    """In an event's attendance an erased person still counts, under no name: the line says
    so instead of being blank."""
    from fieldapp.store.event_drafts import AttendanceLine
    from fieldapp.ui.attendance_model import AttendanceModel

    model = AttendanceModel()
    model.beginResetModel()
    model.lines = [
        AttendanceLine(participant_id="a", full_name=""),
        AttendanceLine(participant_id="b", full_name="Omar Tazi"),
    ]
    model.endResetModel()
    column = model.keys.index("full_name")
    shown = [model.data(model.index(row, column)) for row in range(2)]
    assert shown == ["(identity erased)", "Omar Tazi"]


def test_the_form_gives_the_id_and_the_subject_access_report(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The person's id can be read (and copied) off the form, and the report of all held on
    them is written from there, logged as a file with names."""
    import subprocess

    from fieldapp.ui import subject_access

    [amina] = add_people(
        qtbot, window, ParticipantBase(full_name="Amina Haddad", sex="female", phone="+212 600")
    )
    open_people(qtbot, window, 1)
    window.people.open_person(amina)
    wait_idle(qtbot, window.session)
    recorded = child(window, QLabel, "person_recorded_by")
    assert f"Person ID: {amina}" in recorded.text().replace("\u2068", "").replace("\u2069", "")
    button = child(window, QPushButton, "person_subject_access")
    assert button.isVisible()
    target = tmp_path / "amina.pdf"
    monkeypatch.setattr(subject_access.QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    button.click()
    qtbot.waitUntil(lambda: window.people.form.reason.text().startswith("Saved"), timeout=10_000)
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Amina Haddad" in text and "+212 600" in text
    logged: list[object] = []
    window.session.read(
        lambda conn: conn.exec_driver_sql("SELECT kind, people FROM output").all(), logged.append
    )
    wait_idle(qtbot, window.session)
    assert [tuple(r) for r in logged[0]] == [("subject access report", 1)]  # type: ignore[attr-defined]
