"""Take the README's screenshots from the real app, offscreen, on demo data.

    .venv/bin/python packaging/screenshots.py

Writes PNGs to resources/screenshots/. Look at them before committing.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldapp.store.demo import generate  # noqa: E402
from fieldapp.store.store import Store  # noqa: E402
from fieldapp.store.vault import KdfParams  # noqa: E402
from fieldapp.ui.app import install_translation  # noqa: E402
from fieldapp.ui.main_window import MainWindow  # noqa: E402
from fieldapp.ui.qt import QApplication  # noqa: E402
from fieldapp.ui.session import Session  # noqa: E402
from fieldapp.ui.table_rows import select_row  # noqa: E402

OUT = ROOT / "resources" / "screenshots"
PASSPHRASE = "screenshots only, not a real store"


def pump(app: QApplication, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


ALL = (
    "unlock", "dashboard", "events", "event-details", "event-participants",
    "event-head-counts", "people", "reports", "sync", "settings",
)  # fmt: skip
# English: the README's tour; French: a glimpse; Arabic and Russian: every screen (issue 14).
SHOTS = {
    "en": ((1280, 800), ALL[:7]),
    "fr": ((1280, 800), ("unlock", "dashboard", "events")),
    "ar": ((1366, 768), ALL),
    "ru": ((1366, 768), ALL),
}


def shoot(app: QApplication, data: Path, language: str) -> None:
    (width, height), wanted = SHOTS[language]
    translators = install_translation(app, language)
    session = Session(data)
    window = MainWindow(session)
    window.resize(width, height)
    window.show()
    suffix = "" if language == "en" else f"-{language}"

    def save(name: str, settle: float = 0.8) -> None:
        pump(app, settle)
        if name in wanted:
            window.grab().save(str(OUT / f"{name}{suffix}.png"))

    save("unlock", 0.3)
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    pump(app, 2.0)
    window.dashboard.period_picker.choose("Last 12 months")
    save("dashboard", 1.0)
    window.nav.setCurrentRow(1)
    save("events")
    if "event-details" in wanted:
        select_row(window.events.table, 1)
        window.events.edit_selected()
        save("event-details", 1.0)
        for tab, name in ((1, "event-participants"), (2, "event-head-counts")):
            window.events.editor.tabs.setCurrentIndex(tab)
            save(name, 0.3)
        window.discard_typed_work()
    for row, name, search in ((2, "people", "ахмет"), (3, "reports", ""), (4, "sync", ""),
                              (5, "settings", "")):  # fmt: skip
        if name not in wanted:
            continue
        window.nav.setCurrentRow(row)
        if search:
            window.people.search.setText(search)
            pump(app, 1.0)
            select_row(window.people.table, 0)
        save(name)
    session.shutdown()
    for translator in translators:
        app.removeTranslator(translator)
    window.discard_typed_work()
    window.deleteLater()
    pump(app, 0.2)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    tmp = Path(tempfile.mkdtemp())
    try:
        data = tmp / "data"
        store, _ = Store.create(
            data,
            passphrase=PASSPHRASE,
            office_name="Programme Office Rabat",
            country="MAR",
            kdf=KdfParams(8192, 1, 1),
        )
        with store.transaction() as conn:
            generate(conn, store.identity, events=60, people=800, seed=4, today=date.today())
        store.close()
        for language in SHOTS:
            shoot(app, data, language)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
