"""First run: the office, its country, a passphrase, and the recovery key shown once."""

from __future__ import annotations

from fieldapp.domain.passphrase_rules import passphrase_problems
from fieldapp.domain.validation import ValidationError
from fieldapp.ui.country_combo import CountryCombo
from fieldapp.ui.problem_text import tr_problem, tr_problem_line
from fieldapp.ui.qt import (
    QCoreApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)
from fieldapp.ui.recovery_key_page import RecoveryKeyPage
from fieldapp.ui.session import Session


def country_combo(parent: QWidget, *, blank: str | None = None) -> CountryCombo:
    """A searchable list of countries, showing names and holding ISO3 codes: typing part of a
    name completes it (see `CountryCombo`); ``blank`` is the placeholder of no country."""
    return CountryCombo(parent, blank)


def strength_hint(passphrase: str, office_name: str = "", country: str = "") -> tuple[str, bool]:
    """What the store's rule (`passphrase_problems`) says of a passphrase, and whether it passes."""
    problems = passphrase_problems(passphrase, office_name=office_name, country=country)
    if problems:
        return tr_problem(problems[0]), False
    return QCoreApplication.translate("FirstRun", "Strong enough."), True


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("The name and country of the office that records in this store."))
        self.office = QLineEdit(self)  # parented first: first in the focus chain, not Country
        self.office.setObjectName("office_name")
        self.office.setPlaceholderText(self.tr("e.g. Programme Office Rabat"))
        self.office.setAccessibleName(self.tr("Office name"))
        self.country = country_combo(self, blank=self.tr("Choose a country…"))
        self.country.setAccessibleName(self.tr("Country"))
        self.country.setObjectName("office_country")
        form = QFormLayout(self)
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Country"), self.country)
        self.office.textChanged.connect(self.completeChanged)
        self.country.currentIndexChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.office.setFocus()

    def isComplete(self) -> bool:
        return bool(self.office.text().strip()) and self.country.currentData() is not None


class PassphrasePage(QWizardPage):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.created = False
        self.setTitle(self.tr("Passphrase"))
        self.setSubTitle(
            self.tr(
                "It opens the store. Nobody can reset it: if it is lost, only the recovery key opens the store."
            )
        )
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        form.addRow("", self.hint)
        form.addRow("", self.status)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        wizard = self.wizard()
        office, country = (
            (wizard.office_page.office.text(), wizard.office_page.country.currentData() or "")
            if isinstance(wizard, FirstRunWizard)
            else ("", "")
        )
        text, ok = strength_hint(self.first.text(), office, country)
        if ok and self.second.text() and self.second.text() != self.first.text():
            text, ok = self.tr("The two passphrases differ."), False
        self.hint.setText(text)
        self._ok = ok and self.second.text() == self.first.text()
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._check()  # the office's name and country, chosen on the page before, count for nothing

    def isComplete(self) -> bool:
        return self._ok and not self.created

    def validatePage(self) -> bool:
        """Create the store (on the worker: the key derivation takes a moment), then move on."""
        if self.created:
            return True
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        office, country = (
            wizard.office_page.office.text().strip(),
            wizard.office_page.country.currentData(),
        )
        self.status.setText(self.tr("Creating the encrypted store…"))
        wizard.button(QWizard.WizardButton.NextButton).setEnabled(False)

        def done(recovery_key: str) -> None:
            self.created = True
            wizard.recovery_key = recovery_key
            self.status.setText("")
            wizard.next()

        def failed(error: BaseException) -> None:
            message = (
                "; ".join(tr_problem_line(p) for p in error.problems)
                if isinstance(error, ValidationError)
                else str(error)
            )
            self.status.setText(self.tr("The store could not be created: {0}").format(message))
            self.completeChanged.emit()

        self.session.create(office, country, self.first.text(), done, failed)
        return False


class RecoveryPage(RecoveryKeyPage):
    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        office = wizard.office_page
        self.show_key(
            wizard.recovery_key, office.office.text().strip(), office.country.currentData() or ""
        )


class FirstRunWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up Field Office Data Collection"))
        self.recovery_key = ""
        self.office_page = OfficePage()
        self.passphrase_page = PassphrasePage(session)
        self.recovery_page = RecoveryPage()
        for page in (self.office_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(640, 420)

    def reject(self) -> None:
        """Cancel, Esc and the window's X: refused on the recovery key page until the key was
        printed, saved or written down (the store exists by then; its key must not be lost)."""
        if self.currentPage() is self.recovery_page and not self.recovery_page.isComplete():
            self.recovery_page.refuse_leaving()
            return
        super().reject()

    def accept(self) -> None:
        if self.currentPage() is self.recovery_page and not self.recovery_page.isComplete():
            self.recovery_page.refuse_leaving()
            return
        super().accept()
