"""The Settings screen. Reports is `fieldapp.ui.reports_page`, Sync `fieldapp.ui.sync_page`.

Settings holds this computer's choices (language, auto-lock), shows which HQ the store is
enrolled with (the Sync screen holds the link), and keeps the store safe: change the
passphrase, back up to a folder (a USB stick), verify a backup, restore one. Long work (Argon2id,
copying and checking the database) runs on the session's worker, with a busy bar meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from fieldapp.store.app_settings import LANGUAGES
from fieldapp.store.backup import SUFFIX, BackupError, BackupInfo, create_backup, verify_backup
from fieldapp.store.store import Store
from fieldapp.store.sync_client import pinned_link
from fieldapp.ui import labels
from fieldapp.ui.output_log_box import OutputLogBox
from fieldapp.ui.qt import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.recovery_dialog import busy_bar, error_text
from fieldapp.ui.session import Session
from sync.link import LinkError


def _hq_address(conn: object) -> str | None:
    try:
        link = pinned_link(conn)  # type: ignore[arg-type]
    except LinkError:
        return None
    return link.hq_url if link else None


class SettingsPage(QWidget):
    language_chosen = Signal(str)  # the interface changes to it at once (MainWindow)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._computer_box())
        column.addWidget(self._hq_box())
        column.addWidget(self._safety_box())
        column.addWidget(OutputLogBox(session))  # the files with names written here
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("settings_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # (methods, not lambdas: Qt drops them with the screen, built again in a new language)
        session.unlocked.connect(self.refresh_hq)
        session.changed.connect(self.refresh_hq)  # enrollment among them

    # --- this computer ------------------------------------------------------------------------

    def _computer_box(self) -> QGroupBox:
        s = self.session.settings
        box = QGroupBox(self.tr("This computer"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        # The language spoken now: the one saved, or the one chosen for this run (--lang).
        self.language.setCurrentIndex(max(0, self.language.findData(labels.language())))
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("auto_lock")
        self.auto_lock.setRange(1, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setValue(s.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after idle"))
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        save = QPushButton(self.tr("Save settings"))
        save.setObjectName("save_settings")
        save.clicked.connect(self.save)
        form = QFormLayout(box)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock after idle"), self.auto_lock)
        form.addRow(self.message, save)
        return box

    def save(self) -> None:
        s = self.session.settings
        chosen = str(self.language.currentData())
        if chosen != labels.language():
            s.language = chosen
        s.auto_lock_minutes = self.auto_lock.value()
        self.session.save_settings()
        self.message.setText(self.tr("Saved."))
        if chosen != labels.language():
            self.language_chosen.emit(chosen)  # the screens are built again, in that language

    # --- HQ (read only: the Sync screen enrolls) -------------------------------------------

    def _hq_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("HQ"))
        self.hq = QLabel(self.tr("Not enrolled with HQ. Enroll on the Sync screen."))
        self.hq.setObjectName("hq_address")
        self.hq.setAccessibleName(self.tr("HQ address"))
        self.hq.setWordWrap(True)
        QVBoxLayout(box).addWidget(self.hq)
        return box

    def refresh_hq(self, _why: object = None) -> None:
        if self.session.is_unlocked:
            self.session.read(_hq_address, self._show_hq)

    def _show_hq(self, address: str | None) -> None:
        self.hq.setText(
            self.tr("Enrolled with {0}. The Sync screen shows the link and syncs.").format(address)
            if address
            else self.tr("Not enrolled with HQ. Enroll on the Sync screen.")
        )

    # --- passphrase and backups ---------------------------------------------------------------

    def _safety_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Passphrase and backups"))
        explain = QLabel(
            self.tr(
                "A backup is one encrypted file: it opens only with the passphrase (or the "
                "recovery key) valid when it was made. Keep one on a USB stick, away from this "
                "computer."
            )
        )
        explain.setWordWrap(True)
        buttons = QGridLayout()  # two by two: room for the longer words of other languages
        self.safety_buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("change_passphrase", self.tr("Change passphrase…"), self.change_passphrase),
            ("back_up_now", self.tr("Back up now…"), self.back_up),
            ("verify_backup", self.tr("Verify a backup…"), lambda: self.open_backup(False)),
            ("restore_backup", self.tr("Restore from a backup…"), lambda: self.open_backup(True)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            n = len(self.safety_buttons)
            buttons.addWidget(button, n // 2, n % 2)
            self.safety_buttons[name] = button
        buttons.setColumnStretch(2, 1)
        self.backup_message = QLabel()
        self.backup_message.setObjectName("backup_message")
        self.backup_message.setWordWrap(True)
        self.backup_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_busy = busy_bar("backup_busy")
        layout = QVBoxLayout(box)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.backup_busy)
        layout.addWidget(self.backup_message)
        return box

    def change_passphrase(self) -> None:
        from fieldapp.ui.passphrase_dialog import PassphraseDialog

        PassphraseDialog(self.session, self).open()

    def back_up(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backup (a USB stick, say)")
        )
        if not chosen:
            return
        folder = Path(chosen)
        self.safety_buttons["back_up_now"].setEnabled(False)
        self.backup_busy.show()
        self.backup_message.setText(self.tr("Backing up, then checking the copy…"))

        def job(store: Store) -> tuple[Path, BackupInfo | str]:
            path = create_backup(store.engine, store.vault, folder, label="manual")
            try:
                return path, verify_backup(path, store.raw_key)
            except BackupError as exc:  # written, but the copy does not read back whole
                return path, str(exc)

        self.session.run(job, self._backed_up, self._backup_failed)

    def _backed_up(self, result: tuple[Path, BackupInfo | str]) -> None:
        path, checked = result
        self._backup_idle()
        if isinstance(checked, str):
            self.backup_message.setText(
                self.tr("The backup {0} was written but does not read back whole: {1}").format(
                    path, checked
                )
            )
            return
        self.backup_message.setText(self.tr("Backup written and verified: {0}").format(path))

    def _backup_failed(self, error: BaseException) -> None:
        self._backup_idle()
        self.backup_message.setText(self.tr("No backup was made: {0}").format(error_text(error)))

    def _backup_idle(self) -> None:
        self.backup_busy.hide()
        self.safety_buttons["back_up_now"].setEnabled(True)

    def open_backup(self, restore: bool) -> None:
        from fieldapp.ui.backup_dialog import BackupDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Backup to restore") if restore else self.tr("Backup to verify"),
            "",
            self.tr("Backups (*{0})").format(SUFFIX),
        )
        if chosen:
            BackupDialog(self.session, Path(chosen), restore=restore, parent=self).open()
