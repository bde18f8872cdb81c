"""Erase… on the People screen: a confirmation that names the person and says what goes and
what stays, Cancel by default, then `fieldapp.store.erasure.erase_person` on the worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fieldapp.store.operations import Changes, Outcome
from fieldapp.store.store import Store
from fieldapp.ui.labels import apart
from fieldapp.ui.qt import QCoreApplication, QMessageBox, QWidget
from fieldapp.ui.session import Session


def who(row: dict[str, Any]) -> str:
    """The person as the question names them: their name, and what tells them from another
    of the same name (organization, birth year)."""
    details = [str(row[k]) for k in ("organization",) if row.get(k)]
    if row.get("birth_year"):
        details.append(
            QCoreApplication.translate("ErasePerson", "born {0}").format(row["birth_year"])
        )
    name = apart(str(row["full_name"]))
    return f"{name} ({', '.join(details)})" if details else name


def erase_question(name: str, sex: str | None, attended: int) -> str:
    """The question, in the person's grammar (her, his, their) and the interface's language."""
    if sex == "female":
        what = QCoreApplication.translate(
            "ErasePerson",
            "Her name, e-mail, phone, position, birth year and notes are removed from this "
            "computer and, after the next sync, from HQ.",
        )
        kept = (
            QCoreApplication.translate(
                "ErasePerson", "Her attendance at one event stays as an anonymous count."
            )
            if attended == 1
            else QCoreApplication.translate(
                "ErasePerson", "Her %n attendances stay as anonymous counts.", "", attended
            )
        )
    elif sex == "male":
        what = QCoreApplication.translate(
            "ErasePerson",
            "His name, e-mail, phone, position, birth year and notes are removed from this "
            "computer and, after the next sync, from HQ.",
        )
        kept = (
            QCoreApplication.translate(
                "ErasePerson", "His attendance at one event stays as an anonymous count."
            )
            if attended == 1
            else QCoreApplication.translate(
                "ErasePerson", "His %n attendances stay as anonymous counts.", "", attended
            )
        )
    else:
        what = QCoreApplication.translate(
            "ErasePerson",
            "Their name, e-mail, phone, position, birth year and notes are removed from this "
            "computer and, after the next sync, from HQ.",
        )
        kept = (
            QCoreApplication.translate(
                "ErasePerson", "Their attendance at one event stays as an anonymous count."
            )
            if attended == 1
            else QCoreApplication.translate(
                "ErasePerson", "Their %n attendances stay as anonymous counts.", "", attended
            )
        )
    if attended == 0:
        kept = ""
    ask = QCoreApplication.translate("ErasePerson", "Erase the identity of {0}?").format(name)
    return " ".join(
        part
        for part in (
            ask,
            what,
            kept,
            QCoreApplication.translate("ErasePerson", "This cannot be undone."),
        )
        if part
    )


def confirm_box(parent: QWidget, name: str, sex: str | None, attended: int) -> QMessageBox:
    """The confirmation: "Erase" (destructive) and Cancel, Cancel the default and Escape."""
    box = QMessageBox(parent)
    box.setObjectName("erase_confirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErasePerson", "Erase a person's identity"))
    box.setText(erase_question(name, sex, attended))
    erase = box.addButton(
        QCoreApplication.translate("ErasePerson", "Erase"), QMessageBox.ButtonRole.DestructiveRole
    )
    erase.setObjectName("erase_confirm")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("erase_cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def _erase(store: Store, person_id: str) -> Outcome[Any]:
    from fieldapp.store.erasure import erase_person

    return Outcome(erase_person(store, person_id), Changes(people=True, attendance=True))


def ask_erase(
    parent: QWidget,
    session: Session,
    person_id: str,
    row: dict[str, Any],
    attended: int,
    on_erased: Callable[[str], None],
) -> bool:
    """Ask; on "Erase", erase on the worker and call ``on_erased(person_id)``. True when the
    user chose to erase."""
    box = confirm_box(parent, who(row), row.get("sex"), attended)
    box.exec()
    clicked = box.clickedButton()
    if clicked is None or clicked.objectName() != "erase_confirm":
        return False

    def failed(error: BaseException) -> None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ErasePerson", "Not erased"),
            QCoreApplication.translate("ErasePerson", "{0} was not erased: {1}").format(
                apart(row["full_name"]), str(error)
            ),
        )

    session.perform(lambda store: _erase(store, person_id), lambda _r: on_erased(person_id), failed)
    return True
