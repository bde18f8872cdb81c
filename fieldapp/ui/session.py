"""The app's session: the store behind the worker, locking and unlocking, and one signal that
tells every screen what changed (after Anki's change notifications).

Screens reach the store one way: `read` (a query), `perform` (an operation that returns what
it changed; `write` is the short form for one transaction on the repository) on the one
database worker, and `start_job` for long work on a thread of its own. Errors are reported
one way too: what the world does (`WORLD_ERRORS`: a wrong value, a full disk, HQ away) goes
to the screen's ``on_error`` to be said in words; anything else is our bug and goes to the
crash hook, logged with its traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldapp.domain.validation import Problem, ValidationError
from fieldapp.store.app_settings import AppSettings
from fieldapp.store.jobs import Finished, Job, JobCancelled, Step
from fieldapp.store.layout import DataDir
from fieldapp.store.operations import Changes, Outcome
from fieldapp.store.queries import unsynced_count
from fieldapp.store.repository import Repository
from fieldapp.store.store import Identity, Store, StoreError
from fieldapp.store.throttle import UnlockThrottle
from fieldapp.store.vault import KdfParams, VaultError
from fieldapp.ui.jobs import JobRunner, Running
from fieldapp.ui.qt import QApplication, QEvent, QObject, QTimer, Signal
from fieldapp.ui.worker import DbWorker, Done, Failed, Locked
from sync.foreign_files import ForeignFileError
from sync.link import LinkError

# What the world does, said on the screen in words; anything else is our bug.
WORLD_ERRORS: tuple[type[BaseException], ...] = (
    StoreError,
    VaultError,
    ValidationError,
    OSError,
    LinkError,
    ForeignFileError,
    JobCancelled,
)

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Session(QObject):
    unlocked = Signal(object)  # Identity
    locked = Signal()
    changed = Signal(object)  # Changes: what an operation changed, for every screen
    unsynced = Signal(int)

    def __init__(self, data_dir: Path, *, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.data = DataDir(data_dir)
        self.settings = AppSettings.load(data_dir)
        self.worker = DbWorker()
        # Given the worker, not the session: no cycle through the session, which would then
        # be freed by the garbage collector on whatever thread it runs (its timers with it).
        worker = self.worker
        self.jobs = JobRunner(lambda: worker.store)
        self.identity: Identity | None = None
        # Shared with every other process through the counter beside the vault. The unlock
        # screen holds its button for the delay; a wait still owed (a restart after failures)
        # is slept on the worker, never on the UI thread.
        self.throttle = UnlockThrottle(self.data.unlock_failures)
        self._kdf = kdf  # tests pass a cheap one; None calibrates
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)

    # --- state ------------------------------------------------------------------------------

    @property
    def has_store(self) -> bool:
        return self.data.exists()

    @property
    def is_unlocked(self) -> bool:
        return self.identity is not None

    def _watch_input(self, on: bool) -> None:
        """Input restarts the idle timer while the store is open. An application-wide filter
        sees every event of the app, so it is there only then (not while the screens are
        built behind the unlock screen)."""
        app = QApplication.instance()
        if app is None:
            return
        if on:
            app.removeEventFilter(self)  # (never twice)
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def set_auto_lock(self, minutes: int) -> None:
        self.idle_timer.setInterval(max(1, minutes) * 60_000)
        if self.is_unlocked:
            self.idle_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.is_unlocked and event.type() in INPUT_EVENTS:
            self.idle_timer.start()
        return False

    # --- opening and closing ----------------------------------------------------------------

    def create(
        self,
        office: str,
        country: str,
        passphrase: str,
        on_done: Callable[[str], None],
        on_error: Failed,
    ) -> None:
        """Make the store (first run); ``on_done`` receives the recovery key to show once."""

        def job(_: Store | None) -> tuple[Store, str]:
            store, recovery_key = Store.create(
                self.data.root,
                passphrase=passphrase,
                office_name=office,
                country=country,
                kdf=self._kdf,
            )
            self.worker.store = store  # on the worker: the store is never left unowned
            store.keep_figures_counted()
            return store, recovery_key

        def done(result: tuple[Store, str]) -> None:
            store, recovery_key = result
            self._opened(store.identity)
            on_done(recovery_key)

        self.worker.submit_raw(job, done, on_error)

    def unlock(self, passphrase: str, on_done: Callable[[], None], on_error: Failed) -> None:
        def job(_: Store | None) -> Store:
            store = Store.open(self.data.root, passphrase=passphrase, throttle=self.throttle)
            self.worker.store = store  # on the worker: the store is never left unowned
            store.keep_figures_counted()
            return store

        def done(store: Store) -> None:
            self._opened(store.identity)
            on_done()

        self.worker.submit_raw(job, done, on_error)

    def _opened(self, identity: Identity) -> None:
        self.identity = identity
        self._watch_input(True)
        self.set_auto_lock(self.settings.auto_lock_minutes)
        self.unlocked.emit(identity)
        self.refresh_unsynced()

    def lock(self) -> None:
        """Close the database and drop the key; screens keep what was typed."""
        if not self.is_unlocked:
            return
        self.identity = None
        self.idle_timer.stop()
        self._watch_input(False)
        self.jobs.cancel_all()  # their connections must not outlive the key

        def close(store: Store | None) -> None:
            if store is not None:
                store.close()
            self.worker.store = None

        self.worker.submit_raw(close)
        self.locked.emit()

    def shutdown(self) -> None:
        self.identity = None
        self._watch_input(False)  # else every later event of the app still visits it
        self.jobs.cancel_all()
        self.jobs.wait()
        self.worker.stop()

    # --- reading and writing ----------------------------------------------------------------

    def read(self, fn: Callable[[Any], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run ``fn(connection)`` on the worker and hand its result to ``on_done``."""

        def job(store: Store) -> Any:
            with store.engine.connect() as conn:
                return fn(conn)

        self.worker.submit(job, on_done, self.reporting(on_error))

    def run(self, fn: Callable[[Store], Any], on_done: Done, on_error: Failed) -> None:
        """Run ``fn(store)`` on the worker (short store work; long work is `start_job`)."""
        self.worker.submit(fn, on_done, self.reporting(on_error))

    def perform(
        self,
        op: Callable[[Store], Outcome[Any]],
        on_done: Done,
        on_error: Failed,
        *,
        world: tuple[type[BaseException], ...] = (),
    ) -> None:
        """Run the operation ``op(store)`` on the worker; hand its value to ``on_done``, then
        tell every screen what it changed (one `changed` signal)."""

        def done(outcome: Outcome[Any]) -> None:
            on_done(outcome.value)
            self.notify(outcome.changes)

        self.worker.submit(op, done, self.reporting(on_error, world))

    def write(
        self, what: str, fn: Callable[[Repository], Any], on_done: Done, on_error: Failed
    ) -> None:
        """Run ``fn(repository)`` in one transaction; then tell every screen ``what`` changed
        ("event", "participant"... as `Changes.of`)."""
        changes = Changes.of(what)

        def op(store: Store) -> Outcome[Any]:
            with store.transaction() as conn:
                return Outcome(fn(Repository(conn, store.identity)), changes)

        self.perform(op, on_done, on_error)

    def start_job(
        self,
        job: Job,
        on_done: Callable[[Finished], None],
        on_error: Failed,
        on_step: Callable[[Step], None] | None = None,
        *,
        world: tuple[type[BaseException], ...] = (),
    ) -> Running | Problem:
        """Check ``job`` (`Job.prepare`); if nothing stops it, run it on a thread of its own
        and return it (to cancel); else return the problem, to show. What it changed is
        told to every screen when it ends."""
        problem = job.prepare()
        if problem is not None:
            return problem

        def done(finished: Finished) -> None:
            on_done(finished)
            self.notify(finished.changes)

        return self.jobs.start(job, done, self.reporting(on_error, world), on_step)

    def reporting(
        self, on_error: Failed | None, world: tuple[type[BaseException], ...] = ()
    ) -> Failed:
        """The one way errors are reported: the world's to ``on_error`` (to be said on the
        screen), ours to the crash hook."""

        def report(error: BaseException) -> None:
            if on_error is not None and isinstance(error, WORLD_ERRORS + world):
                on_error(error)
            elif isinstance(error, Locked):
                pass  # locked meanwhile: the screen shows the lock, the work waits for unlock
            else:
                sys.excepthook(type(error), error, error.__traceback__)

        return report

    def notify(self, changes: Changes) -> None:
        """Tell every screen what changed (nothing, if nothing did)."""
        if not changes:
            return
        self.changed.emit(changes)
        if changes.records:
            self.refresh_unsynced()

    def refresh_unsynced(self) -> None:
        self.read(unsynced_count, self.unsynced.emit)

    def save_settings(self) -> None:
        self.settings.save(self.data.root)
        self.set_auto_lock(self.settings.auto_lock_minutes)
        self.changed.emit(Changes(settings=True))

    # --- the way back in, and the store's safety (issue 13, item 7) ---------------------------
    # The CLI's `passphrase change|recover` and `backup restore`, through the same functions.

    def check_recovery_key(
        self, recovery_key: str, on_done: Callable[[Identity], None], on_error: Failed
    ) -> None:
        """Whether ``recovery_key`` opens the store (a wrong one waits and counts like a
        passphrase). The store is closed again; ``on_done`` gets whose it is."""

        def job(_: Store | None) -> Identity:
            store = Store.open(self.data.root, recovery_key=recovery_key, throttle=self.throttle)
            store.close()
            return store.identity

        self.worker.submit_raw(job, on_done, on_error)

    def recover(
        self, recovery_key: str, new_passphrase: str, on_done: Done, on_error: Failed
    ) -> None:
        """`fieldapp passphrase recover`: open with the recovery key, set a new passphrase (a
        weak one changes nothing and leaves the store closed), and stay unlocked."""

        def job(_: Store | None) -> Store:
            store = Store.open(self.data.root, recovery_key=recovery_key, throttle=self.throttle)
            try:
                store.change_passphrase(new_passphrase)
            except BaseException:
                store.close()
                raise
            self.worker.store = store
            return store

        def done(store: Store) -> None:
            self._opened(store.identity)
            on_done(None)

        self.worker.submit_raw(job, done, on_error)

    def change_passphrase(self, old: str, new: str, on_done: Done, on_error: Failed) -> None:
        """`fieldapp passphrase change`: the current passphrase first (a wrong one waits and
        counts as at the lock screen), then the new one under the store's rule."""
        from fieldapp.store.vault import WrongPassphrase

        def job(store: Store) -> None:
            self.throttle.before_attempt()
            try:
                store.vault.unlock(old)
            except WrongPassphrase:
                self.throttle.failed()
                raise
            self.throttle.succeeded()
            store.change_passphrase(new)

        self.worker.submit(job, on_done, on_error)

    def restore(
        self, path: Path, secret: str, use_recovery_key: bool, on_done: Done, on_error: Failed
    ) -> None:
        """`fieldapp backup restore`: the backup's secret and checks first, this store still
        open (a wrong secret or a damaged file changes nothing); then the store is closed and
        replaced (the current one kept aside whole, its folder handed to ``on_done``) and
        opened from the backup with that secret. If the replacing fails the store stays
        locked, untouched: it opens as before."""
        from fieldapp.store import backup

        def check(_store: Store) -> None:
            _info, raw_key = backup.open_backup(path, secret, recovery_key=use_recovery_key)
            backup.verify_backup(path, raw_key)

        def replace(_store: Store | None) -> tuple[Store, Path | None]:
            _info, raw_key = backup.open_backup(path, secret, recovery_key=use_recovery_key)
            replaced = backup.restore_backup(self.data.root, path, raw_key)
            given = {"recovery_key" if use_recovery_key else "passphrase": secret}
            store = Store.open(self.data.root, throttle=self.throttle, **given)
            self.worker.store = store
            return store, replaced

        def checked(_: None) -> None:
            self.lock()
            self.worker.submit_raw(replace, done, on_error)

        def done(result: tuple[Store, Path | None]) -> None:
            store, replaced = result
            self._opened(store.identity)
            on_done(replaced)

        self.worker.submit(check, checked, on_error)
