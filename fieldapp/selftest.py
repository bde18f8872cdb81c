"""`fieldapp selftest`: does this installation work, end to end, on this computer?

It runs offscreen in a temporary folder, with the real parts: a new encrypted store, demo
records in Latin, Arabic and Cyrillic scripts, every kind of PDF, an export read back by the
importer, a batch sealed for a test HQ key and opened again, and every screen of the app. It
prints one line per check and exits 0, or 1 naming the checks that failed. Run it inside the
packaged app to prove the bundle carries everything it needs.
"""

from __future__ import annotations

import faulthandler
import os
import platform
import re
import secrets
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from fieldapp.reports.people_import import ImportPlan
    from fieldapp.store.store import Store

PLAIN_SQLITE = b"SQLite format 3\x00"
DEMO_EVENTS, DEMO_PEOPLE = 12, 60


class CheckFailed(Exception):
    """A check found something wrong; the message says what, in a line."""


@dataclass
class Context:
    """What the checks share: the work folder and what earlier checks made."""

    work: Path
    keep: Path | None
    passphrase: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    store: Store | None = None
    import_plan: ImportPlan | None = None

    @property
    def data_dir(self) -> Path:
        return self.work / "store"

    def out(self, name: str) -> Path:
        folder = self.keep or self.work
        return folder / name

    def need_store(self) -> Store:
        if self.store is None:
            raise CheckFailed("not run: the encrypted store could not be made")
        return self.store


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[Context], str]  # returns a short account of what it saw


# --- the checks -----------------------------------------------------------------------------


def check_resources(_: Context) -> str:
    from fieldapp.domain.codelists import codelists
    from fieldapp.resources import resources_dir

    folder = resources_dir()
    lists = codelists()
    missing = [
        name
        for name in (
            "fonts/DejaVuSans.ttf",
            "fonts/DejaVuSans-Bold.ttf",
            "icons/hicolor/256x256/apps/fieldapp.png",
            "reference/code_labels.json",
            "translations/fieldapp_en.qm",
            *(f"translations/fieldapp_{lang}.qm" for lang in TRANSLATED),
            *(f"translations/reports_{lang}.mo" for lang in TRANSLATED),
        )
        if not (folder / name).is_file()
    ]
    if missing:
        raise CheckFailed(f"missing from {folder}: {', '.join(missing)}")
    languages = check_languages()
    return f"{len(lists.countries)} countries, {len(lists.outcomes)} outcomes, fonts, icons, {languages}"


TRANSLATED = ("fr", "ar", "ru")


def check_languages() -> str:
    """CLDR's data (Babel), the code lists' and the reports' translations are all there."""
    from fieldapp.domain.code_labels import country_name, label
    from fieldapp.domain.formats import day
    from fieldapp.domain.wording import Wording

    seen = {
        "an Arabic date": (day(date(2026, 11, 10), "ar"), "10 نوفمبر 2026"),
        "a Russian country name": (country_name("GIN", "ru"), "Гвинея"),
        "a French event type": (label("workshop", "fr"), "atelier"),
        "a French report heading": (
            Wording("fr").gettext("Individuals trained"),
            "Personnes formées",
        ),
    }
    wrong = [f"{what}: “{got}”, not “{want}”" for what, (got, want) in seen.items() if got != want]
    if wrong:
        raise CheckFailed("; ".join(wrong))
    return "en fr ar ru"


def check_store(ctx: Context) -> str:
    from fieldapp.domain.passphrase_rules import passphrase_problems
    from fieldapp.store.store import Store
    from fieldapp.store.vault import WrongPassphrase

    store, _ = Store.create(
        ctx.data_dir, passphrase=ctx.passphrase, office_name="Selftest office", country="MAR"
    )
    store.close()
    with open(store.data.db, "rb") as db:
        if db.read(len(PLAIN_SQLITE)) == PLAIN_SQLITE:
            raise CheckFailed("the database file is plain SQLite, not encrypted")
    try:
        Store.open(ctx.data_dir, passphrase=ctx.passphrase + "x").close()
    except WrongPassphrase:
        pass
    else:
        raise CheckFailed("a wrong passphrase opened the store")
    if not store.data.unlock_failures.exists():
        raise CheckFailed("a wrong passphrase was not counted")
    ctx.store = Store.open(ctx.data_dir, passphrase=ctx.passphrase)  # waits the 1 s it owes
    if store.data.unlock_failures.exists():
        raise CheckFailed("the right passphrase did not clear the unlock counter")
    if not passphrase_problems("aaaaaaaaaaaa"):
        raise CheckFailed("a weak passphrase was accepted (is zxcvbn missing?)")
    problems = ctx.store.integrity_problems()
    if problems:
        raise CheckFailed("; ".join(problems))
    with ctx.store.engine.connect() as conn:
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    return f"SQLCipher {cipher}, weak and wrong passphrases refused, integrity ok"


def check_records(ctx: Context) -> str:
    from fieldapp.store.demo import generate

    store = ctx.need_store()
    with store.transaction() as conn:
        made = generate(
            conn,
            store.identity,
            events=DEMO_EVENTS,
            people=DEMO_PEOPLE,
            seed=11,
            today=date.today(),
        )
    return f"{made.events} events, {made.people} people, {made.attendances} attendances"


def _pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise CheckFailed(f"{path.name} is not a whole PDF")
    if b"/FontFile2" not in data:
        raise CheckFailed(f"{path.name} has no embedded font")
    return len(re.findall(rb"/Type /Page\b(?!s)", data))


def check_pdfs(ctx: Context) -> str:
    from reportlab.pdfbase.pdfmetrics import getFont
    from sqlalchemy import func, select

    from fieldapp.domain.indicators import Period
    from fieldapp.reports.certificates import write_certificates
    from fieldapp.reports.event_report import write_event_report
    from fieldapp.reports.fonts import register_fonts
    from fieldapp.reports.period_report import write_period_report
    from fieldapp.reports.signin_sheet import write_signin_sheet
    from fieldapp.store.repository import ATTENDANCE

    store = ctx.need_store()
    register_fonts()
    if not getFont("FieldSans").shapable:
        raise CheckFailed("Arabic cannot be shaped: HarfBuzz (uharfbuzz) is missing")
    with store.engine.connect() as conn:
        event_id = conn.execute(
            select(ATTENDANCE.c.event_id)
            .where(ATTENDANCE.c.completed.is_(True), ATTENDANCE.c.deleted_at.is_(None))
            .group_by(ATTENDANCE.c.event_id)
            .order_by(func.count().desc(), ATTENDANCE.c.event_id)
            .limit(1)
        ).scalar()
    if event_id is None:
        raise CheckFailed("the demo records have no event with a completed participant")
    writers: dict[str, Callable[[Path], object]] = {
        "period.pdf": lambda p: write_period_report(store, Period(), p, names=True),
        "period-ar.pdf": lambda p: write_period_report(store, Period(), p, lang="ar"),
        "event.pdf": lambda p: write_event_report(store, event_id, p, names=True),
        "signin.pdf": lambda p: write_signin_sheet(store, event_id, p),
        "certificates.pdf": lambda p: write_certificates(store, event_id, p),
    }
    pages = {}
    for name, write in writers.items():
        written = write(ctx.out(name))
        pages[name] = _pdf_pages(ctx.out(name))
        expected = written if name == "certificates.pdf" else None  # one per participant
        if pages[name] < 1 or (expected is not None and pages[name] != expected):
            raise CheckFailed(f"{name} has {pages[name]} pages, expected {expected or 'some'}")
    return "pages: " + ", ".join(f"{name.removesuffix('.pdf')} {n}" for name, n in pages.items())


def check_exchange(ctx: Context) -> str:
    from fieldapp.reports.export import export
    from fieldapp.reports.people_import import plan_import
    from fieldapp.reports.people_matching import MatchKind

    store = ctx.need_store()
    read_back = []
    with store.engine.connect() as conn:
        for name in ("people.xlsx", "people.csv"):
            written = export(conn, "people", ctx.out(name))
            plan = plan_import(conn, ctx.out(name))
            known = len(plan.matched(MatchKind.IN_REGISTRY))
            if plan.errors or plan.problems or known != written:
                raise CheckFailed(
                    f"{name}: {written} people written, {known} read back as known, "
                    f"{len(plan.errors)} row errors {plan.problems or ''}"
                )
            read_back.append(f"{name} {written}")
            ctx.import_plan = plan
    return "exported and read back: " + ", ".join(read_back)


def check_sealing(ctx: Context) -> str:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from fieldapp.store.sealing import batch_files, seal_pending
    from fieldapp.store.sync_client import device_signing_key
    from sync.seal import SealError, open_batch

    store = ctx.need_store()
    hq = X25519PrivateKey.generate()  # a test HQ: its key never leaves this check
    device = device_signing_key(store)
    sealed = seal_pending(store, device, hq.public_key())
    if not sealed:
        raise CheckFailed("nothing was waiting to be sealed")
    public = device.public_key()
    records = 0
    for path in batch_files(store.data.outbox):
        envelope = open_batch(path.read_bytes(), hq, lambda _d: public)
        if envelope.device_id != store.identity.device_id:
            raise CheckFailed(f"{path.name} names another device")
        records += len(envelope.records)
    if records != sum(b.records for b in sealed):
        raise CheckFailed(f"{records} records opened, {sum(b.records for b in sealed)} sealed")
    tampered = bytearray(sealed[0].path.read_bytes())
    tampered[-1] ^= 1
    try:
        open_batch(bytes(tampered), hq, lambda _d: public)
    except SealError:
        pass
    else:
        raise CheckFailed("a tampered batch was opened")
    return f"{len(sealed)} batches, {records} records opened with the test HQ key, tampering caught"


def check_screens(ctx: Context) -> str:
    from fieldapp.ui.screen_tour import TourFailed, visit_every_screen

    store = ctx.need_store()
    store.close()  # the app opens it itself, through the unlock screen
    ctx.store = None
    shots = None
    if ctx.keep is not None:
        shots = ctx.keep / "screens"
        shots.mkdir(exist_ok=True)
    try:
        seen = visit_every_screen(
            ctx.data_dir, ctx.passphrase, import_plan=ctx.import_plan, shots=shots
        )
    except TourFailed as exc:
        raise CheckFailed(str(exc)) from None
    return f"{len(seen)} screens: {', '.join(seen)}"


CHECKS = [
    Check("resources", check_resources),
    Check("encrypted store", check_store),
    Check("demo records", check_records),
    Check("PDFs", check_pdfs),
    Check("export and import", check_exchange),
    Check("sealed batch", check_sealing),
    Check("screens", check_screens),
]


# --- running --------------------------------------------------------------------------------


def describe() -> str:
    frozen = "packaged app" if getattr(sys, "frozen", False) else "from source"
    return f"fieldapp selftest ({frozen}, Python {platform.python_version()}, {platform.system()} {platform.machine()})"


WORK_PREFIX = "fieldapp-selftest-"
STALE_AFTER = 3600  # seconds: a selftest takes seconds; an older work folder was abandoned


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: go by age alone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clear_leftovers(temp: Path | None = None) -> list[Path]:
    """Delete the work folders of earlier selftests that were killed before cleaning up
    (they hold demo records and PDFs in clear); returns those deleted."""
    removed = []
    for folder in Path(temp or tempfile.gettempdir()).glob(f"{WORK_PREFIX}*"):
        try:
            pid = int((folder / "pid").read_text())
            age = time.time() - folder.stat().st_mtime
        except (OSError, ValueError):
            continue  # being made by a selftest running now, or not ours
        if not _alive(pid) or age > STALE_AFTER:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


@contextmanager
def _ended_cleanly() -> Iterator[None]:
    """Turn a polite kill (SIGTERM, a closed terminal or console) into SystemExit, so the
    work folder is removed on the way out."""

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    wanted = [
        getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGBREAK") if hasattr(signal, name)
    ]
    previous = {sig: signal.signal(sig, stop) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run(
    checks: list[Check] | None = None, *, keep: Path | None = None, out: TextIO | None = None
) -> int:
    """Run ``checks`` (all of them by default) in order; returns 0, or 1 if any failed."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt application exists
    if sys.stderr is not None:  # None in a windowed Windows executable
        faulthandler.enable()  # a crash in a library still prints where it happened
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    clear_leftovers()
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    (work / "pid").write_text(str(os.getpid()))
    ctx = Context(work=work, keep=keep)
    failed: list[str] = []
    print(describe(), file=out, flush=True)
    started = time.perf_counter()
    try:
        with _ended_cleanly():
            for check in checks or CHECKS:
                # the name first: if the process dies inside a check (Qt aborts when it has
                # no platform plugin), the last line says which
                print(f"  {check.name:<18} ", end="", file=out, flush=True)
                began = time.perf_counter()
                mark = "ok"
                try:
                    said = check.run(ctx)
                except CheckFailed as exc:
                    mark, said = "FAILED", str(exc)
                except Exception as exc:
                    mark, said = "FAILED", f"{type(exc).__name__}: {exc}"
                    traceback.print_exc(file=sys.stderr)
                if mark == "FAILED":
                    failed.append(check.name)
                seconds = time.perf_counter() - began
                print(f"{mark:<6} {seconds:5.1f} s  {said}", file=out, flush=True)
    finally:
        if ctx.store is not None:
            ctx.store.close()
        shutil.rmtree(work, ignore_errors=True)
        if work.exists():
            print(f"Could not delete {work}: it holds demo records; delete it by hand.", file=out)
    total = time.perf_counter() - started
    if failed:
        print(f"selftest FAILED: {', '.join(failed)}", file=out)
        return 1
    count = len(checks or CHECKS)
    print(f"selftest passed: {count} checks in {total:.1f} s", file=out)
    return 0
