"""The Sync screen: enrolling with HQ, where HQ is, when it was last reached, what waits to
travel, a copy to a folder for a USB stick, and the quarantine of records HQ refused, each
with HQ's reason and a way to open the record and fix it."""

from __future__ import annotations

from pathlib import Path

from fieldapp.store.acks import QuarantineEntry, quarantine_entries
from fieldapp.store.operations import Changes
from fieldapp.store.sync_cycle import SyncCycle
from fieldapp.ui.labels import minute, number, tr_label
from fieldapp.ui.qt import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from fieldapp.ui.session import Session
from fieldapp.ui.sync_runner import SyncRunner, SyncStatus
from fieldapp.ui.table_rows import select_row


class SyncPage(QWidget):
    open_record = Signal(str, str)  # "event" or "participant", id

    def __init__(self, session: Session, runner: SyncRunner) -> None:
        super().__init__()
        self.session = session
        self.runner = runner
        self.entries: list[QuarantineEntry] = []
        self._unsynced = 0
        self._batches = 0
        self._refused: list[str] = []
        self.enroll_box = self._enroll_form()
        self.link_box = self._link_view()
        layout = QVBoxLayout(self)
        layout.addWidget(self.enroll_box)
        layout.addWidget(self.link_box)
        layout.addWidget(self._quarantine_view(), 1)
        runner.status.connect(self.show_status)
        session.unsynced.connect(self._show_unsynced)
        session.changed.connect(self._changed)  # (methods: dropped with the screen)
        session.unlocked.connect(self.refresh_quarantine)
        self.show_status(runner.current())

    # --- building ---------------------------------------------------------------------------

    def _enroll_form(self) -> QWidget:
        box = QGroupBox(self.tr("Enroll this laptop with HQ"))
        intro = QLabel(
            self.tr(
                "HQ gives each office a single-use enrollment token. Enter HQ's address and the "
                "token; this laptop then sends its records to HQ, sealed so that only HQ can "
                "read them."
            )
        )
        intro.setWordWrap(True)
        self.hq_url = QLineEdit(self.session.settings.hq_address)
        self.hq_url.setPlaceholderText("https://hq.example.org")
        self.hq_url.setAccessibleName(self.tr("HQ address"))
        self.hq_url.setObjectName("hq_url")
        self.token = QLineEdit()
        self.token.setPlaceholderText(self.tr("e.g. K7QX…"))
        self.token.setAccessibleName(self.tr("Enrollment token"))
        self.token.setObjectName("enroll_token")
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("hq_ca_file")
        self.ca_file.setPlaceholderText(self.tr("Only if HQ uses its own certificate authority"))
        self.ca_file.setAccessibleName(self.tr("HQ's certificate authority"))
        choose_ca = QPushButton(self.tr("Choose…"))
        choose_ca.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose_ca)
        self.enroll_button = QPushButton(self.tr("Enroll"))
        self.enroll_button.setObjectName("enroll")
        self.enroll_button.clicked.connect(self.enroll)
        self.enroll_message = QLabel()
        self.enroll_message.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(intro)
        form.addRow(self.tr("HQ address"), self.hq_url)
        form.addRow(self.tr("Enrollment token"), self.token)
        form.addRow(self.tr("HQ's certificate authority"), ca_row)
        form.addRow(self.enroll_message, self.enroll_button)
        return box

    def _link_view(self) -> QWidget:
        box = QGroupBox(self.tr("HQ"))
        self.address = QLabel()
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.runner.run_now)
        export = QPushButton(self.tr("Copy to a folder (USB)…"))
        export.setToolTip(
            self.tr(
                "Without a link: copy the sealed batches to a USB stick for HQ, and bring back "
                "HQ's answers found on it."
            )
        )
        export.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(export)
        buttons.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Last contact"), self.contact)
        form.addRow(self.tr("Waiting"), self.waiting)
        form.addRow(buttons)
        return box

    def _quarantine_view(self) -> QWidget:
        box = QGroupBox(self.tr("Quarantine: records HQ refused"))
        self.quarantine_empty = QLabel(
            self.tr("Nothing in quarantine: HQ took every record it has answered for.")
        )
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Kind"), self.tr("HQ's reason")]
        )
        self.table.setAccessibleName(self.tr("Records HQ refused"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button = QPushButton(self.tr("Open to fix"))
        self.open_button.clicked.connect(self.open_selected)
        note = QLabel(
            self.tr(
                "Fix the record and save it: the new version travels to HQ with the next sync, "
                "and leaves the quarantine once HQ accepts it. Nothing else waits for it."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(self.quarantine_empty)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        return box

    # --- showing ----------------------------------------------------------------------------

    def show_status(self, status: SyncStatus) -> None:
        self.enroll_box.setVisible(status.hq_url is None)
        self.link_box.setVisible(status.hq_url is not None)
        if status.hq_url is None:
            return
        self.address.setText(status.hq_url)
        contact = status.contact
        if status.running:
            text = self.tr("Syncing…")
        elif contact.last_contact is None:
            text = self.tr("Never reached yet.")
        else:
            text = self.tr("HQ answered on {0}.").format(minute(contact.last_contact))
        problem = status.problem or contact.last_error
        if problem and not status.running:
            text += " " + self.tr("Last try {0}: {1}").format(minute(contact.last_attempt), problem)
        self.contact.setText(text)
        self.sync_button.setEnabled(not status.running)
        self._batches = status.batches_waiting
        self._refused = status.refused_batches
        self._show_waiting()

    def _show_unsynced(self, count: int) -> None:
        self._unsynced = count
        self._show_waiting()

    def _show_waiting(self) -> None:
        text = self.tr("Changes not yet confirmed by HQ: {0}. Sealed batches to deliver: {1}.")
        text = text.format(number(self._unsynced), number(self._batches))
        for line in self._refused:
            text += "\n" + self.tr("Refused by HQ on {0}; its records will be sent again.").format(
                line
            )
        self.waiting.setText(text)

    def _changed(self, changes: object) -> None:
        if Changes.coerce(changes).touches("sync", "event", "participant"):  # type: ignore[arg-type]
            self.refresh_quarantine()

    def refresh_quarantine(self, _identity: object = None) -> None:
        if self.session.is_unlocked:
            self.session.read(quarantine_entries, self.show_quarantine)

    def show_quarantine(self, entries: list[QuarantineEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            kind = tr_label(entry.record_type.replace("_", " "))
            cells = (entry.label, kind[:1].upper() + kind[1:], entry.reason)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.quarantine_empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        self.open_button.setEnabled(bool(entries))
        if entries:
            select_row(self.table, 0)

    # --- acting -----------------------------------------------------------------------------

    def enroll(self) -> None:
        url, token = self.hq_url.text().strip(), self.token.text().strip()
        if not url.startswith(("http://", "https://")):
            self.enroll_message.setText(
                self.tr("HQ address: write it in full, starting with https://")
            )
            return
        if not token:
            self.enroll_message.setText(self.tr("Enrollment token: ask HQ for one."))
            return
        self.enroll_button.setEnabled(False)
        self.enroll_message.setText(self.tr("Contacting HQ…"))

        def failed(error: BaseException) -> None:
            self.enroll_button.setEnabled(True)
            self.enroll_message.setText(str(error))

        ca = self.ca_file.text().strip()
        self.runner.enroll(url, token, Path(ca) if ca else None, failed)

    def _choose_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("HQ's certificate authority"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_file.setText(chosen)

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.entries):
            entry = self.entries[rows[0].row()]
            self.open_record.emit(entry.open_type, entry.open_id)

    def export(self) -> None:
        """The sync cycle carried by hand: sealed batches to a folder, HQ's answers back."""
        link = self.runner.link()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder on the USB stick"))
        if not folder or link is None:
            return

        def done(cycle: SyncCycle) -> None:
            report = cycle.stick
            if report is None:
                return
            text = self.tr(
                "{0} answers from HQ brought back; {1} sealed batches copied to {2}."
            ).format(number(report.answers), number(report.written), folder)
            if report.refusals:
                text += " " + self.tr(
                    "HQ refused {0} batches; their records will be sealed again."
                ).format(number(report.refusals))
            if report.problems:
                text += "\n\n" + self.tr("Left on the stick:") + "\n" + "\n".join(report.problems)
            QMessageBox.information(self, self.tr("Copied"), text)

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Not copied"), str(error))

        self.runner.cycle_through(SyncCycle(self.session.data, by_hand=Path(folder)), done, failed)
