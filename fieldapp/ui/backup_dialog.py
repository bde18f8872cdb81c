"""Settings → Verify a backup / Restore from a backup, for one ``.fabackup`` file.

The rules are `fieldapp backup verify|restore`'s, through the same functions: a backup opens
with the passphrase (or recovery key) that was valid when it was made; it is checked whole
(checksum, SQLCipher's and SQLite's checks) before anything is replaced; a restore replaces the
whole store, and the store as it was is kept aside whole in ``backups/replaced-<time>``. The
dialog names the file and the day it was made before the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldapp.store.backup import BackupError, BackupInfo, open_backup, read_backup, verify_backup
from fieldapp.store.store import Store
from fieldapp.store.vault import WrongPassphrase
from fieldapp.ui.labels import minute
from fieldapp.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)
from fieldapp.ui.recovery_dialog import busy_bar, error_text, password_field
from fieldapp.ui.session import Session


@dataclass(frozen=True)
class Checked:
    """What reading or verifying a backup found: its manifest, or what is wrong with it."""

    info: BackupInfo | None
    problem: str | None = None
    wrong_secret: bool = False


def made_on(info: BackupInfo) -> str:
    return minute(datetime.fromisoformat(info.created_at))


class BackupDialog(QDialog):
    def __init__(
        self, session: Session, path: Path, *, restore: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.path, self.restoring = session, path, restore
        self.info: BackupInfo | None = None
        self.setObjectName("restore_dialog" if restore else "verify_dialog")
        self.setWindowTitle(
            self.tr("Restore from a backup") if restore else self.tr("Verify a backup")
        )
        self.about = QLabel(self.tr("Reading {0}…").format(path.name))
        self.about.setObjectName("backup_about")
        self.about.setWordWrap(True)
        self.secret = password_field("backup_passphrase", self.tr("Passphrase of the backup"))
        self.use_key = QCheckBox(self.tr("I have the backup's recovery key instead"))
        self.use_key.setObjectName("backup_use_recovery_key")
        self.message = QLabel()
        self.message.setObjectName("backup_dialog_message")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)
        self.busy = busy_bar("backup_dialog_busy")
        self.go = QPushButton(
            self.tr("Replace the store with this backup") if restore else self.tr("Verify")
        )
        self.go.setObjectName("restore_backup_confirm" if restore else "verify_backup_confirm")
        self.go.setEnabled(False)
        self.go.clicked.connect(self.apply)
        self.secret.textChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.go, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.about)
        form.addRow(self.tr("Passphrase of the backup"), self.secret)
        form.addRow("", self.use_key)
        form.addRow(self.message)
        form.addRow(self.busy)
        form.addRow(self.buttons)
        self.resize(620, 340)
        self._working(self.tr("Reading the backup…"))
        self.session.run(lambda _store: self._read(path), self._read_done, self._failed)

    @staticmethod
    def _read(path: Path) -> Checked:
        try:
            return Checked(read_backup(path)[0])
        except BackupError as exc:
            return Checked(None, str(exc))

    def _read_done(self, checked: Checked) -> None:
        self._idle()
        if checked.info is None:
            self.about.setText(checked.problem or "")
            self.secret.setEnabled(False)
            return
        self.info = checked.info
        made = made_on(checked.info)
        if self.restoring:
            self.about.setText(
                self.tr(
                    "Replace this store with the backup “{0}”, made {1}?\n\n"
                    "Everything in the store is replaced: what was recorded after {1} is no "
                    "longer in it, changes not yet sent to HQ included. The store as it is now "
                    "is kept aside, whole, in a “replaced-…” folder inside {2}. Afterwards the store opens with the "
                    "passphrase that was valid when the backup was made."
                ).format(self.path.name, made, self.session.data.backups)
            )
        else:
            self.about.setText(
                self.tr("“{0}”, made {1}. Type its passphrase to check it whole.").format(
                    self.path.name, made
                )
            )
        self.secret.setFocus()

    def _check(self) -> None:
        self.go.setEnabled(
            self.info is not None and bool(self.secret.text()) and self.busy.isHidden()
        )

    def apply(self) -> None:
        if not self.go.isEnabled():
            return
        secret, use_key = self.secret.text(), self.use_key.isChecked()
        if self.restoring:
            self._working(self.tr("Checking the backup, then replacing the store…"))
            self.session.restore(self.path, secret, use_key, self._restored, self._failed)
            return
        self._working(self.tr("Checking the whole backup…"))
        path = self.path

        def job(_store: Store) -> Checked:
            try:
                _info, raw_key = open_backup(path, secret, recovery_key=use_key)
                return Checked(verify_backup(path, raw_key))
            except WrongPassphrase:
                return Checked(None, wrong_secret=True)
            except BackupError as exc:
                return Checked(None, str(exc))

        self.session.run(job, self._verified, self._failed)

    def _verified(self, checked: Checked) -> None:
        self._idle()
        if checked.wrong_secret:
            self._wrong_secret()
        elif checked.info is None:
            self.message.setText(checked.problem or "")
        else:
            self.message.setText(
                self.tr("“{0}” is sound: made {1}, schema version {2}.").format(
                    self.path.name, made_on(checked.info), checked.info.schema_version
                )
            )

    def _restored(self, replaced: object) -> None:
        self._idle()
        self.go.setEnabled(False)
        self.secret.clear()
        text = self.tr("Restored “{0}”. The store is open again.").format(self.path.name)
        if isinstance(replaced, Path):
            text += " " + self.tr("The store it replaced is kept in {0}.").format(replaced)
        self.message.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _wrong_secret(self) -> None:
        what = (
            self.tr("That is not the recovery key of this backup.")
            if self.use_key.isChecked()
            else self.tr(
                "That is not the passphrase of this backup (the one valid when it was made)."
            )
        )
        self.message.setText(what + " " + self.tr("Nothing was changed."))
        self.secret.selectAll()
        self.secret.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, WrongPassphrase):
            self._wrong_secret()
        elif self.restoring and not self.session.is_unlocked:
            self.message.setText(
                self.tr(
                    "Not restored: {0} The store was closed but not replaced: unlock it as usual."
                ).format(error_text(error))
            )
        else:
            self.message.setText(self.tr("Nothing was changed: {0}").format(error_text(error)))

    def _working(self, text: str) -> None:
        self.message.setText(text)
        self.busy.show()
        self.go.setEnabled(False)
        self.buttons.setEnabled(False)

    def _idle(self) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        self._check()

    def reject(self) -> None:
        if self.busy.isHidden():
            super().reject()
