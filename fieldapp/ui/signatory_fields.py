"""Who signs the certificates: a name and a title typed on the Reports screen, kept in the
app's settings so the next certificates are signed the same way without typing again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fieldapp.ui.qt import QHBoxLayout, QLabel, QLineEdit, QWidget
from fieldapp.ui.session import Session

if TYPE_CHECKING:
    from fieldapp.reports.certificates import Signatory

NAME_CHARS, TITLE_CHARS = 100, 150  # one line under the signature, at most two


class SignatoryFields(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.name = QLineEdit(session.settings.signatory_name)
        self.name.setObjectName("signatory_name")
        self.name.setMaxLength(NAME_CHARS)
        self.name.setPlaceholderText(self.tr("Name, e.g. Dr Leila Haddad"))
        self.name.setAccessibleName(self.tr("Certificates signed by: name"))
        self.title = QLineEdit(session.settings.signatory_title)
        self.title.setObjectName("signatory_title")
        self.title.setMaxLength(TITLE_CHARS)
        self.title.setPlaceholderText(self.tr("Title, e.g. Head of Programme Office"))
        self.title.setAccessibleName(self.tr("Certificates signed by: title"))
        label = QLabel(self.tr("Certificates signed by"))
        label.setBuddy(self.name)
        label.setToolTip(
            self.tr("Left blank, the line under the signature is left to write by hand.")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.name, 2)
        row.addWidget(self.title, 3)

    def signatory(self) -> Signatory:
        """The signatory as typed (spaces trimmed), remembered for next time."""
        from fieldapp.reports.certificates import Signatory  # (ReportLab: with the PDF only)

        name, title = " ".join(self.name.text().split()), " ".join(self.title.text().split())
        settings = self.session.settings
        if (settings.signatory_name, settings.signatory_title) != (name, title):
            settings.signatory_name, settings.signatory_title = name, title
            settings.save(self.session.data.root)
        return Signatory(name, title)
