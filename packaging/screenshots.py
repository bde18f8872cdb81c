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

OUT = ROOT / "resources" / "screenshots"
PASSPHRASE = "screenshots only, not a real store"


def pump(app: QApplication, seconds: float) -> None:
    end = time.time() + seconds
    while time.time() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, data: Path, language: str) -> None:
    translators = install_translation(app, language)
    session = Session(data)
    window = MainWindow(session)
    window.resize(1280, 800)
    window.show()
    suffix = "" if language == "en" else f"-{language}"
    pump(app, 0.3)
    window.grab().save(str(OUT / f"unlock{suffix}.png"))
    window.unlock_view.passphrase.setText(PASSPHRASE)
    window.unlock_view.unlock()
    pump(app, 2.0)
    window.dashboard.period_picker.choose("Last 12 months")
    pump(app, 1.0)
    window.grab().save(str(OUT / f"dashboard{suffix}.png"))
    if language == "en":
        window.nav.setCurrentRow(1)
        pump(app, 0.8)
        window.grab().save(str(OUT / "events.png"))
        window.events.table.selectRow(1)
        window.events.edit_selected()
        pump(app, 1.0)
        window.grab().save(str(OUT / "event-details.png"))
        window.events.editor.tabs.setCurrentIndex(1)
        pump(app, 0.3)
        window.grab().save(str(OUT / "event-participants.png"))
        window.events.editor.tabs.setCurrentIndex(2)
        pump(app, 0.3)
        window.grab().save(str(OUT / "event-head-counts.png"))
        window.nav.setCurrentRow(2)
        window.people.search.setText("ахмет")
        pump(app, 1.0)
        window.people.table.selectRow(0)
        pump(app, 0.8)
        window.grab().save(str(OUT / "people.png"))
    else:
        window.nav.setCurrentRow(1)
        pump(app, 0.8)
        window.grab().save(str(OUT / f"events{suffix}.png"))
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
        for language in ("en", "fr"):
            shoot(app, data, language)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
