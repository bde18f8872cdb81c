"""The main window: the unlock screen or the app's screens, and the status bar.

It is built in two steps so the first paint is quick: the window with its unlock screen needs
only Qt; `attach` then brings in the session and the screens (the store, SQL and all), which
happens behind the painted window while the passphrase is typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.store.app_settings import AppSettings
from fieldapp.ui import window_place
from fieldapp.ui.labels import minute
from fieldapp.ui.qt import (
    QCloseEvent,
    QEvent,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTimer,
    QWidget,
)
from fieldapp.ui.screen_stack import ScreenStack
from fieldapp.ui.unlock_view import UnlockView

if TYPE_CHECKING:
    from fieldapp.store.store import Identity
    from fieldapp.ui.event_editor import EventEditor
    from fieldapp.ui.person_form import PersonForm
    from fieldapp.ui.session import Session
    from fieldapp.ui.sync_runner import SyncRunner, SyncStatus


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None, data_dir: Path | None = None) -> None:
        """``data_dir`` (or the session's) holds where the window was left last time."""
        super().__init__()
        self._pending_passphrase: str | None = None
        self._unsynced_count: int | None = None
        self.stack = QStackedWidget()
        self.unlock_view = self._unlock_view()
        self.stack.addWidget(self.unlock_view)
        self.setCentralWidget(self.stack)
        self.office = QLabel()
        self.unsynced = QLabel()
        self.online = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.hide()
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lock")
        self.lock_button.setEnabled(False)
        self._say_bar()
        bar = self.statusBar()
        bar.addWidget(self.office)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.unsynced)
        bar.addPermanentWidget(self.online)
        bar.addPermanentWidget(self.lock_button)
        if session is not None:
            window_place.restore(self, session.settings)
        else:
            window_place.restore(self, AppSettings.load(data_dir) if data_dir else AppSettings())
        if session is not None:
            self.attach(session)

    def _unlock_view(self) -> UnlockView:
        view = UnlockView()
        view.submitted.connect(self._submitted)
        view.recovery_requested.connect(lambda: view.recover(self.session))
        return view

    def _say_bar(self) -> None:
        """The window's title and the status bar's words, in the interface's language."""
        self.setWindowTitle(self.tr("Field Office Data Collection"))  # (as `app.app_name`)
        locked = not hasattr(self, "session") or not self.session.is_unlocked
        if locked:
            self.office.setText(self.tr("Locked"))
        self.unsynced.setAccessibleName(self.tr("Unsynced changes"))
        if self._unsynced_count is not None and not locked:
            self._show_unsynced(self._unsynced_count)
        self.busy.setAccessibleName(self.tr("Working"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Close the store now (Ctrl+L)"))
        if hasattr(self, "sync_runner"):
            self._show_online(self.sync_runner.current())

    def _show_unsynced(self, n: int) -> None:
        self._unsynced_count = n
        self.unsynced.setText(self.tr("%Ln unsynced", "", n))

    def attach(self, session: Session) -> None:
        """Build the screens over ``session`` (the heavy part of starting), at once."""
        for _ in self.attaching(session):
            pass

    def attaching(self, session: Session) -> Iterator[bool]:
        """`attach` in steps, a pause (True) between two, to be run in slices
        (`fieldapp.ui.slices`) while the window shows its unlock screen; the session is the
        window's once every screen is built."""
        from fieldapp.ui.qt import QKeySequence, QShortcut  # (not needed by the first paint)
        from fieldapp.ui.sync_runner import SyncRunner

        runner = SyncRunner(session)
        yield True
        yield from self._screen_steps(session, runner)
        self.session = session
        self.sync_runner = runner
        for n in range(1, 7):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda i=n - 1: self.nav.setCurrentRow(i))
        self.lock_button.clicked.connect(session.lock)
        QShortcut(QKeySequence("Ctrl+L"), self, session.lock)
        # Ctrl+N makes what the screen shows: a person on People, an event anywhere else.
        QShortcut(QKeySequence.StandardKey.New, self, self._new_event)
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(200)
        self._busy_delay.timeout.connect(lambda: self.busy.setVisible(not session.worker.idle()))
        session.worker.busy_changed.connect(self._busy)
        session.unlocked.connect(self._unlocked)
        session.locked.connect(self._locked)
        session.unsynced.connect(self._show_unsynced)
        self.sync_runner.status.connect(self._show_online)
        self._show_online(self.sync_runner.current())
        if session.is_unlocked and session.identity is not None:
            self._unlocked(session.identity)
        elif self._pending_passphrase is not None:
            self._submitted(self._pending_passphrase)

    def _build_screens(self) -> None:
        """The screens and the list that switches them, in the interface's language."""
        for _ in self._screen_steps(self.session, self.sync_runner):
            pass

    def _screen_steps(self, session: Session, runner: SyncRunner) -> Iterator[bool]:
        """`_build_screens`, a pause (True) after each screen."""
        from fieldapp.ui.attendance_tab import AttendanceTab
        from fieldapp.ui.dashboard import Dashboard
        from fieldapp.ui.event_editor import EventEditor
        from fieldapp.ui.events_page import EventsPage
        from fieldapp.ui.head_count_grid import HeadCountGrid
        from fieldapp.ui.other_pages import SettingsPage
        from fieldapp.ui.people_page import PeoplePage
        from fieldapp.ui.person_form import PersonForm
        from fieldapp.ui.qt import QListWidget
        from fieldapp.ui.reports_page import ReportsPage
        from fieldapp.ui.sync_page import SyncPage

        self.dashboard = Dashboard(session)
        yield True
        # The largest screen, in six slices: its editor's two tabs, the editor (in three),
        # the list.
        attendance = AttendanceTab(session)
        yield True
        head_counts = HeadCountGrid()
        yield True
        editor = EventEditor(session, built=False)
        for _ in editor.building(attendance, head_counts):
            yield True
        yield True
        self.events = EventsPage(session, editor)
        yield True
        form = PersonForm(session)
        yield True
        self.people = PeoplePage(session, form)
        yield True
        self.reports = ReportsPage(session)
        yield True
        self.sync = SyncPage(session, runner)
        yield True
        self.settings = SettingsPage(session)
        self.settings.language_chosen.connect(self.change_language)
        yield True
        self.pages = ScreenStack()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(150)
        screens = [
            (self.tr("Dashboard"), self.dashboard),
            (self.tr("Events"), self.events),
            (self.tr("People"), self.people),
            (self.tr("Reports"), self.reports),
            (self.tr("Sync"), self.sync),
            (self.tr("Settings"), self.settings),
        ]
        for name, page in screens:
            self.nav.addItem(name)
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self._change_screen)
        self.nav.setCurrentRow(0)
        self.body = QWidget()
        row = QHBoxLayout(self.body)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.stack.addWidget(self.body)
        self.sync.open_record.connect(self._open_record)
        self.dashboard.open_events.connect(self._open_events)

    # --- the interface's language -----------------------------------------------------------

    def change_language(self, language: str) -> None:
        """Speak ``language`` at once, keeping what the user was doing (`language_switch`)."""
        from fieldapp.ui import language_switch

        language_switch.switch(self, language)

    def rebuild_screens(self) -> None:
        """The screens built again, in the language now installed (the old ones deleted)."""
        unlocked = self.stack.currentIndex() == 1
        old_unlock, old_body = self.unlock_view, self.body
        self.unlock_view = self._unlock_view()
        self.stack.insertWidget(0, self.unlock_view)
        self.stack.removeWidget(old_unlock)
        self.stack.removeWidget(old_body)
        for form in self._typed_work():
            form.forget_changes()  # the caller kept what they held
        old_unlock.deleteLater()
        old_body.deleteLater()
        self._build_screens()
        self.stack.setCurrentIndex(1 if unlocked else 0)
        self._say_bar()

    def reload_screens(self) -> None:
        """New screens read what they show, as they do on unlocking."""
        if self.session.is_unlocked:
            self.dashboard.refresh()
            self.events.model.reload()
            self.people.model.reload()
            self.reports.refresh()
            self.sync.refresh_quarantine()
            self.settings.refresh_hq()
            self.session.refresh_unsynced()

    # --- unlocking --------------------------------------------------------------------------

    def _submitted(self, passphrase: str) -> None:
        if not hasattr(self, "session"):
            self._pending_passphrase = passphrase  # typed before the screens were ready
            return
        self._pending_passphrase = None
        self.session.unlock(passphrase, self.unlock_view.opened, self._unlock_failed)

    def _unlock_failed(self, error: BaseException) -> None:
        from fieldapp.store.vault import WrongPassphrase

        if isinstance(error, WrongPassphrase):
            self.unlock_view.wrong(self.session.throttle.delay)
        else:
            self.unlock_view.failed(str(error))

    # --- state ------------------------------------------------------------------------------

    def _show_online(self, status: SyncStatus) -> None:
        contact = status.contact
        if status.hq_url is None:
            text = self.tr("Not enrolled with HQ")
        elif status.running:
            text = self.tr("Syncing…")
        elif contact.last_contact is not None and not contact.last_error:
            text = self.tr("Online · HQ reached {0}").format(minute(contact.last_contact))
        elif contact.last_contact is not None:
            text = self.tr("Offline · last contact {0}").format(minute(contact.last_contact))
        else:
            text = self.tr("Offline · HQ not reached yet")
        self.online.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's X: an event or a person being edited is saved, discarded or kept, as
        asked."""
        if not all(form.confirm_leave() for form in self._typed_work()):
            event.ignore()
            return
        super().closeEvent(event)

    def _typed_work(self) -> list[EventEditor | PersonForm]:
        """The forms that may hold typed work, each with ``confirm_leave``/``forget_changes``."""
        if not hasattr(self, "events"):
            return []
        return [self.events.editor, self.people.form]

    def _change_screen(self, row: int) -> None:
        """Leaving the Events or People screen with typed work asks first (staying keeps it)."""
        page = self.pages.currentWidget()
        forms: dict[QWidget, EventEditor | PersonForm] = {
            self.events: self.events.editor,
            self.people: self.people.form,
        }
        form = forms.get(page) if page is not None else None
        if row != self.pages.currentIndex() and form is not None and not form.confirm_leave():
            # Once the click is done: the list selects the row clicked after telling us of it,
            # which would leave the screen we stay on unhighlighted.
            QTimer.singleShot(0, self._highlight_shown)
            self._highlight_shown()
            return
        self.pages.setCurrentIndex(row)

    def _highlight_shown(self) -> None:
        """The screens' list marks the screen shown (and only it)."""
        from fieldapp.ui.qt import QItemSelectionModel

        self.nav.blockSignals(True)
        self.nav.setCurrentRow(
            self.pages.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.nav.blockSignals(False)

    def hideEvent(self, event: QEvent) -> None:
        """Closed (not minimised): the next start opens the window where it is now."""
        if not event.spontaneous() and hasattr(self, "session"):
            window_place.remember(self, self.session.settings)
            self.session.settings.save(self.session.data.root)
        super().hideEvent(event)  # type: ignore[arg-type]

    def discard_typed_work(self) -> None:
        """Close without the question (a tour, a test): what was typed is given up."""
        for form in self._typed_work():
            form.forget_changes()

    def _unlocked(self, identity: Identity) -> None:
        self.office.setText(f"{identity.office_name} · {identity.country}")
        self.lock_button.setEnabled(True)
        self.stack.setCurrentIndex(1)
        from fieldapp.ui.retention_offer import offer_retention  # (the store's libraries)

        offer_retention(self, self.session)  # people past the retention period, if any

    def _locked(self) -> None:
        self.office.setText(self.tr("Locked"))
        self.unsynced.setText("")
        self.lock_button.setEnabled(False)
        self.stack.setCurrentIndex(0)
        self.unlock_view.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        # Progress shows only for work that lasts over 200 ms: a quick job never flickers it.
        if busy:
            self._busy_delay.start()
        else:
            self._busy_delay.stop()
            self.busy.hide()

    def _open_record(self, kind: str, record_id: str) -> None:
        """Open a record from the quarantine, to fix it."""
        if kind == "participant":
            self.nav.setCurrentRow(2)
            self.people.open_person(record_id)
        else:
            self.nav.setCurrentRow(1)
            self.events.open_event(record_id)

    def _new_event(self) -> None:
        if self.pages.currentWidget() is self.people:
            self.people.new_person()
            return
        self.nav.setCurrentRow(self.pages.indexOf(self.events))
        if self.pages.currentWidget() is self.events:  # (typed work elsewhere may keep us)
            self.events.new_event()

    def _open_events(self, period: object, event_type: object) -> None:
        self.nav.setCurrentRow(1)
        self.events.show_period(period, event_type)  # type: ignore[arg-type]
