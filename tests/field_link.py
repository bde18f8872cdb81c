"""A device and HQ, both real processes, on either side of an emulated field link.

Two network namespaces ("field" and "hq") joined by `tests.link_emulator` (64 kbit/s each way,
300 ms each way, 2% loss, drops on demand); HQ (`fieldapp-hq serve`, HTTPS) listens in the hq
namespace, and the device's `fieldapp` commands run in the field one (`ip netns exec`). Shared
by the short test (tests/integration/test_field_link.py) and the full one (tests/bench).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, TypeVar

import requests
from sqlalchemy import func, select

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.store.repository import TABLES, Repository
from fieldapp.store.store import Store
from fieldapp.store.sync_client import enroll
from fieldapp.store.sync_cycle import SyncCycle, sync_cycle
from sync.hq.tables import HQ_BATCH, HQ_TABLES
from tests.conftest import PASSPHRASE
from tests.integration.tls_helpers import LocalCa, hq_command, make_ca
from tests.link_emulator import HQ_ADDRESS, enter_netns, netns_path

ROOT = Path(__file__).resolve().parents[1]
HQ_PORT = 8443
RATE = 8000  # bytes/s each way: 64 kbit/s
_names = itertools.count(1)
T = TypeVar("T")


def unavailable() -> str | None:
    """Why a field link cannot be built here (None: it can)."""
    if sys.platform != "linux":
        return "the field link needs Linux network namespaces"
    if os.geteuid() != 0:
        return "the field link needs root (network namespaces and TUN devices; CI runs as root)"
    if not os.path.exists("/dev/net/tun"):
        return "the field link needs TUN devices (/dev/net/tun)"
    if shutil.which("ip") is None:
        return "the field link needs iproute2 (`ip`; make system-deps installs it)"
    probe = f"flprobe{os.getpid()}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"network namespaces cannot be made here: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


@dataclass
class FieldLink:
    field_ns: str
    hq_ns: str
    emulator: subprocess.Popen[str]

    def _ask(self, line: str) -> dict[str, Any]:
        stdin, stdout = self.emulator.stdin, self.emulator.stdout
        assert stdin is not None and stdout is not None
        stdin.write(line + "\n")
        stdin.flush()
        answer: dict[str, Any] = json.loads(stdout.readline())
        return answer

    def stats(self) -> dict[str, Any]:
        return self._ask("stats")

    def carried(self) -> tuple[int, int]:
        """Bytes the link has carried so far: (field → HQ, HQ → field), IP headers included."""
        stats = self.stats()
        return stats["up"]["carried_bytes"], stats["down"]["carried_bytes"]

    def drop_after(self, carried: int, seconds: float) -> None:
        """The link drops for ``seconds`` once ``carried`` more bytes have crossed it."""
        self._ask(f"down-after {carried} {seconds}")

    def in_field(self, *args: str) -> list[str]:
        return ["ip", "netns", "exec", self.field_ns, *args]


@contextmanager
def field_link(
    *, loss: float = 0.02, rate: float = RATE, queue: int = 16 * 1024, seed: int = 17
) -> Iterator[FieldLink]:
    """The two namespaces and the emulator between them, removed afterwards."""
    n = next(_names)
    field_ns, hq_ns = f"fl{os.getpid()}x{n}", f"hq{os.getpid()}x{n}"
    for ns in (field_ns, hq_ns):
        subprocess.run(["ip", "netns", "add", ns], check=True, capture_output=True)
    emulator = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.link_emulator",
            field_ns,
            hq_ns,
            "--loss",
            str(loss),
            "--rate",
            str(rate),
            "--queue",
            str(queue),
            "--seed",
            str(seed),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None
        assert emulator.stdout.readline().strip() == "ready", "the link emulator did not start"
        yield FieldLink(field_ns, hq_ns, emulator)
    finally:
        if emulator.stdin is not None:
            emulator.stdin.close()
        try:
            emulator.wait(10)
        except subprocess.TimeoutExpired:
            emulator.kill()
            emulator.wait(10)
        if emulator.stdout is not None:
            emulator.stdout.close()
        for ns in (field_ns, hq_ns):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)


def in_netns(netns: str, work: Callable[[], T]) -> T:
    """``work()``, run by a thread of this process moved into ``netns`` (its sockets are
    that namespace's); the thread ends with it, so this process stays where it was."""
    done: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            enter_netns(netns_path(netns))
            done.append(work())
        except BaseException as exc:  # handed to the caller
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return done[0]


def _health(link: FieldLink, url: str, ca: Path) -> bool:
    """HQ answers its health check, asked from inside the hq namespace (not over the link)."""

    def ask() -> bool:
        try:
            return requests.get(f"{url}/api/v1/health", timeout=1, verify=str(ca)).ok
        except requests.RequestException:
            return False

    return in_netns(link.hq_ns, ask)


@dataclass(frozen=True)
class Hq:
    url: str
    data: Path
    db_url: str
    ca: LocalCa

    def token(self, office: str) -> str:
        """An enrollment token for ``office``, made as `fieldapp-hq token create` makes it
        (in this process: a second Python start costs seconds on a loaded machine)."""
        from sync.hq.database import open_database
        from sync.hq.enrollment import create_token
        from sync.hq.keys import HqKeys

        engine = open_database(self.db_url)
        try:
            return create_token(engine, HqKeys.load(self.data / "hq_keys.json"), office).text
        finally:
            engine.dispose()


@contextmanager
def hq_over_link(link: FieldLink, folder: Path) -> Iterator[Hq]:
    """`fieldapp-hq serve` (HTTPS, SQLite) listening in the hq namespace."""
    ca = make_ca(folder / "ca", ips=[HQ_ADDRESS])
    data, db_url = folder / "hq", f"sqlite:///{folder / 'hq.db'}"
    data.mkdir(parents=True, exist_ok=True)
    url = f"https://{HQ_ADDRESS}:{HQ_PORT}"
    serve = hq_command(data, db_url, "serve", "--host", HQ_ADDRESS, "--port", str(HQ_PORT))
    serve += ["--tls-cert", str(ca.cert), "--tls-key", str(ca.key)]
    log_path = folder / "hq.log"
    with (
        open(log_path, "wb") as log,
        subprocess.Popen(
            ["ip", "netns", "exec", link.hq_ns, *serve], cwd=ROOT, stdout=log, stderr=log
        ) as server,
    ):
        deadline = time.monotonic() + 30
        while not _health(link, url, ca.ca):
            if server.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"HQ did not start: {log_path.read_text(errors='replace')}")
            time.sleep(0.2)
        try:
            yield Hq(url, data, db_url, ca)
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(10)


def device_command(
    link: FieldLink, data: Path, *args: str, timeout: float, log: IO[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`fieldapp --data-dir DATA ARGS`, a real process in the field namespace, unlocked."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDAPP_")}
    env |= {"FIELDAPP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        link.in_field(sys.executable, "-m", "fieldapp", "--data-dir", str(data), *args),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        check=False,
    )
    if log is not None:
        log.write(f"$ fieldapp {' '.join(args)}\n{done.stdout}{done.stderr}")
    return done


def add_records(store: Store, count: int, *, first: int = 0) -> int:
    """``count`` new records as an office enters them: workshops (an event, its trainees and
    their attendance), the rest people without an event yet. Returns how many were added."""
    added = 0
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        group = 0
        while count - added >= 3:
            size = min(24, (count - added - 1) // 2)
            n = first + added
            event = repo.add_event(
                EventBase(
                    title=f"Border management workshop {n}",
                    event_type="workshop",
                    start_date=date(2026, 3, 2 + group % 20),
                    end_date=date(2026, 3, 3 + group % 20),
                    city="Rabat",
                    host_country="MAR",
                )
            )
            people = repo.add_participants(
                [
                    ParticipantBase(
                        full_name=f"Trainee {n}-{i}",
                        sex=("female", "male")[i % 2],
                        birth_year=1970 + i % 30,
                        nationality="MAR",
                        organization="Border Guard Service",
                        organization_type="government",
                    )
                    for i in range(size)
                ]
            )
            repo.add_attendance(
                [AttendanceBase(event_id=event, participant_id=p, completed=True) for p in people]
            )
            added += 1 + 2 * size
            group += 1
        if count > added:
            repo.add_participants(
                [
                    ParticipantBase(full_name=f"Walk-in {first + added + i}", sex="female")
                    for i in range(count - added)
                ]
            )
            added = count
    return added


def device_versions(store: Store) -> dict[tuple[str, str], int]:
    """Every record the device holds: (type, id) → version."""
    found: dict[tuple[str, str], int] = {}
    with store.engine.connect() as conn:
        for kind, table in TABLES.items():
            for record_id, version in conn.execute(select(table.c.id, table.c.version)):
                found[(kind.value, record_id)] = version
    return found


def hq_versions(hq: Hq) -> dict[tuple[str, str], int]:
    from sqlalchemy import create_engine

    engine = create_engine(hq.db_url)
    found: dict[tuple[str, str], int] = {}
    try:
        with engine.connect() as conn:
            for kind, table in HQ_TABLES.items():
                for record_id, version in conn.execute(select(table.c.id, table.c.version)):
                    found[(kind.value, record_id)] = version
    finally:
        engine.dispose()
    return found


def hq_batches(hq: Hq) -> list[int]:
    """The records of each batch HQ applied, in the order the device sealed them."""
    from sqlalchemy import create_engine

    engine = create_engine(hq.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(HQ_BATCH.c.records).order_by(HQ_BATCH.c.seq)).scalars()
            sizes = [int(r) for r in rows]
            assert conn.execute(select(func.count()).select_from(HQ_BATCH)).scalar() == len(sizes)
    finally:
        engine.dispose()
    return sizes


OFFICE = "Programme Office Rabat"


@dataclass
class FieldSync:
    """What a sync over the field link did."""

    records: int  # sent in the measured sync
    seconds: float  # `fieldapp sync`, start to end (process start and unlock included)
    up: int  # bytes the link carried field → HQ during it (IP packets, retransmits included)
    down: int  # ... HQ → field
    first_batches: list[int]  # records per batch of the first, small sync (the link unknown)
    batches: list[int]  # records per batch of the measured sync
    outages: list[tuple[float, float]]  # (when, seconds) the link dropped
    output: str  # what `fieldapp sync` printed
    link: dict[str, Any]  # the emulator's counters at the end (packets lost, queue overflows)
    phases: dict[str, float]  # seconds each step of the test took (setting up included)

    @property
    def bound(self) -> float:
        """Seconds the bytes on the wire need at the link's bandwidth, at the least."""
        return (self.up + self.down) / RATE

    def describe(self, drop: float) -> str:
        return (
            f"{self.records:,} records over 64 kbit/s, 600 ms RTT, 2% loss, one {drop:.0f} s drop:"
            f" {self.seconds:.1f} s; bytes on the wire {self.up:,} up + {self.down:,} down"
            f" -> bound {self.bound:.1f} s at 8,000 B/s (time / bound = "
            f"{self.seconds / self.bound:.2f}; with the drop {self.seconds / (self.bound + drop):.2f})"
            f"\n  batch sizes: first sync (link unknown) {self.first_batches},"
            f" then (link measured) {self.batches}; outages {self.outages}"
            f"\n  packets lost / dropped in the drop / queue overflows, up: {_drops(self.link['up'])},"
            f" down: {_drops(self.link['down'])}\n  steps (s): {self.phases}"
        )


def _drops(counters: dict[str, int]) -> str:
    return f"{counters['lost']} / {counters['dropped_down']} / {counters['overflow']}"


def sync_over_field_link(
    folder: Path, *, first: int, records: int, drop_after: int, drop: float, timeout: float
) -> tuple[FieldSync, dict[tuple[str, str], int], dict[tuple[str, str], int], int]:
    """A device enrolls over the link and sends ``first`` records (the link is measured), then
    ``records`` more while the link drops for ``drop`` s once ``drop_after`` bytes have
    crossed. Returns what the sync did, the device's and HQ's records, and the device's
    changes still unsynced."""
    from fieldapp.store.queries import unsynced_count
    from tests.conftest import FAST_KDF

    phases: dict[str, float] = {}
    clock = time.monotonic()

    def phase(name: str) -> None:
        nonlocal clock
        now = time.monotonic()
        phases[name] = round(now - clock, 1)
        clock = now

    device = folder / "device"
    store, _ = Store.create(
        device, passphrase=PASSPHRASE, office_name=OFFICE, country="MAR", kdf=FAST_KDF
    )
    add_records(store, first)
    with (
        open(folder / "device.log", "w") as log,
        field_link() as link,
        hq_over_link(link, folder) as hq,
    ):
        phase("store, link and HQ up")
        token = hq.token(OFFICE)

        def first_sync() -> SyncCycle:
            # In this process (a thread in the field namespace), to keep the test short:
            # enrolling and a first small sync, over the link; the measured sync is a process.
            enroll(store, hq.url, token, ca_file=hq.ca.ca)
            return sync_cycle(store.data, store, attempts=8)

        cycle = in_netns(link.field_ns, first_sync)
        assert cycle.pending == 0 and cycle.answers is not None
        first_batches = hq_batches(hq)
        phase("enroll and first sync")
        add_records(store, records, first=first)
        store.close()
        phase("records entered")
        up0, down0 = link.carried()
        link.drop_after(drop_after, drop)
        started = time.monotonic()
        synced = device_command(link, device, "sync", timeout=timeout, log=log)
        seconds = time.monotonic() - started
        up1, down1 = link.carried()
        counters = link.stats()
        outages = [tuple(o) for o in counters["outages"]]
        assert synced.returncode == 0, synced.stdout + synced.stderr
        batches = hq_batches(hq)[len(first_batches) :]
        held = hq_versions(hq)
        phase("sync")
    store = Store.open(device, passphrase=PASSPHRASE)
    try:
        versions = device_versions(store)
        with store.engine.connect() as conn:
            unsynced = unsynced_count(conn)
    finally:
        store.close()
    phase("checks")
    result = FieldSync(
        records, seconds, up1 - up0, down1 - down0, first_batches, batches,
        [(round(a, 1), b) for a, b in outages], synced.stdout, counters, phases,
    )  # fmt: skip
    return result, versions, held, unsynced
