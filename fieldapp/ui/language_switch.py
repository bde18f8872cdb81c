"""What the user was doing, kept across a change of the interface's language.

The language changes at once (Settings): the screens are built again in the new language
(`MainWindow.change_language`), and what `Kept` holds is put back into them: the screen shown,
an event being edited with what was typed (and the state it was loaded in, so leaving still
asks to save), a person being edited or made, the periods chosen and the Events list's search.
Only values are kept (codes, dates, typed text), never widgets or translated text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fieldapp.ui.qt import QApplication, QTimer

if TYPE_CHECKING:
    from fieldapp.store.event_drafts import EventDraft
    from fieldapp.ui.main_window import MainWindow


@dataclass
class EditedEvent:
    draft: EventDraft
    loaded: tuple[Any, ...] | None  # the editor's state when loaded: what "changed" is against
    shown: set[str]  # the fields whose problems were shown
    tab: int


@dataclass
class EditedPerson:
    person_id: str | None
    creating: bool
    values: dict[str, Any]
    loaded: dict[str, Any] | None
    shown: set[str]


@dataclass
class Kept:
    screen: int
    event: EditedEvent | None
    person: EditedPerson | None
    dashboard_period: tuple[Any, ...]
    reports_period: tuple[Any, ...]
    search_events: str
    search_people: str


def switch(window: MainWindow, language: str) -> None:
    """Make ``language`` the interface's and build ``window``'s screens again in it, with
    what the user was doing put back. Done once the worker has delivered what the old
    screens asked of it (their answers would reach deleted widgets), and what the fields hold
    is read before the locale changes (a date is read in the language it was written in)."""
    from fieldapp.ui.app import install_translation

    session = window.session
    if not session.worker.idle() or not session.jobs.idle():
        QTimer.singleShot(15, lambda: switch(window, language))
        return
    kept = keep(window)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translation(app, language)
    window.rebuild_screens()
    put_back(window, kept)
    window.reload_screens()


def keep(window: MainWindow) -> Kept:
    """What the screens of ``window`` hold now that the user would miss."""
    editor, form = window.events.editor, window.people.form
    event = None
    if window.events.stack.currentIndex() == 1:
        event = EditedEvent(
            editor.current_draft(), editor._loaded, set(editor.shown), editor.tabs.currentIndex()
        )
    person = None
    if form.creating or form.person_id is not None:
        person = EditedPerson(
            form.person_id, form.creating, form.values(), form._loaded, set(form.shown)
        )
    return Kept(
        screen=window.pages.currentIndex(),
        event=event,
        person=person,
        dashboard_period=window.dashboard.period_picker.state(),
        reports_period=window.reports.period.state(),
        search_events=window.events.search.text(),
        search_people=window.people.search.text(),
    )


def put_back(window: MainWindow, kept: Kept) -> None:
    """Put ``kept`` into the screens just built (in the new language)."""
    window.dashboard.period_picker.restore(kept.dashboard_period)
    window.reports.period.restore(kept.reports_period)
    window.events.search.setText(kept.search_events)
    window.people.search.setText(kept.search_people)
    if kept.event is not None:
        editor = window.events.editor
        editor.fill(kept.event.draft)
        window.events.stack.setCurrentIndex(1)
        editor._loaded = kept.event.loaded  # Close still asks to save what was typed
        editor.shown = kept.event.shown
        editor.check()
        editor.tabs.setCurrentIndex(kept.event.tab)
    if kept.person is not None:
        window.people.restore_person(
            kept.person.person_id, kept.person.creating, kept.person.values
        )
        form = window.people.form
        form._loaded = kept.person.loaded
        form.shown = kept.person.shown
        form.check()
    window.nav.setCurrentRow(kept.screen)
