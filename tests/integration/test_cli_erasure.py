"""``fieldapp person erase`` and ``fieldapp retention run`` through the real command."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from fieldapp.domain.records import AttendanceBase, EventBase, ParticipantBase
from fieldapp.store.repository import PARTICIPANT, Repository
from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import ROOT, fieldapp


def fill(store: Store) -> tuple[str, str]:
    with store.transaction() as conn:
        repo = Repository(conn, store.identity)
        old, recent = repo.add_participants(
            [
                ParticipantBase(full_name="Rachida Oldfield", sex="female", email="r@x.org"),
                ParticipantBase(full_name="Tarik Recent", sex="male"),
            ]
        )
        for start, people in ((date(2019, 3, 4), (old, recent)), (date(2024, 5, 6), (recent,))):
            event = repo.add_event(
                EventBase(
                    title=f"Workshop {start.year}",
                    event_type="workshop",
                    start_date=start,
                    end_date=start,
                    status="held",
                )
            )
            repo.add_attendance([AttendanceBase(event_id=event, participant_id=p) for p in people])
    return old, recent


def names(store_dir: Path) -> dict[str, str]:
    store = Store.open(store_dir, passphrase=PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(select(PARTICIPANT.c.id, PARTICIPANT.c.full_name))
            return {pid: name for pid, name in rows}
    finally:
        store.close()


def test_person_erase_with_yes(store: Store, store_dir: Path) -> None:
    old, recent = fill(store)
    store.close()
    out = fieldapp(
        "--data-dir", str(store_dir), "person", "erase", old, "--yes", passphrase=PASSPHRASE
    )
    assert out.returncode == 0, out.stderr
    assert f"Erased the identity of person {old}; their 1 attendance stays" in out.stdout
    assert "Rachida" not in out.stdout + out.stderr
    assert names(store_dir) == {old: "", recent: "Tarik Recent"}

    again = fieldapp(
        "--data-dir", str(store_dir), "person", "erase", old, "--yes", passphrase=PASSPHRASE
    )
    assert again.returncode == 2 and "already erased" in again.stderr
    unknown = fieldapp(
        "--data-dir",
        str(store_dir),
        "person",
        "erase",
        "'; DROP TABLE participant; --",
        "--yes",
        passphrase=PASSPHRASE,
    )
    assert unknown.returncode == 2 and "no person with the id" in unknown.stderr
    assert names(store_dir)[recent] == "Tarik Recent"


def test_person_erase_refuses_to_ask_nobody(store: Store, store_dir: Path) -> None:
    old, _ = fill(store)
    store.close()
    out = fieldapp("--data-dir", str(store_dir), "person", "erase", old, passphrase=PASSPHRASE)
    assert out.returncode == 2 and "--yes" in out.stderr
    assert names(store_dir)[old] == "Rachida Oldfield"


def test_retention_dry_run_then_run(store: Store, store_dir: Path) -> None:
    old, recent = fill(store)
    store.close()
    dry = fieldapp(
        "retention", "run", "--dry-run", "--data-dir", str(store_dir), passphrase=PASSPHRASE
    )
    assert dry.returncode == 0, dry.stderr
    assert "Rachida Oldfield" in dry.stdout and "2019-03-04" in dry.stdout
    assert "Tarik" not in dry.stdout
    assert "1 person with no event in the last 5 years would be erased" in dry.stdout
    assert names(store_dir)[old] == "Rachida Oldfield"

    bad = fieldapp(
        "retention", "run", "--years", "0", "--data-dir", str(store_dir), passphrase=PASSPHRASE
    )
    assert bad.returncode == 2 and "from 1 to 50" in bad.stderr

    run = fieldapp("retention", "run", "--data-dir", str(store_dir), passphrase=PASSPHRASE)
    assert run.returncode == 0, run.stderr
    assert "Erased the identities of 1 person" in run.stdout and "Rachida" not in run.stdout
    assert names(store_dir) == {old: "", recent: "Tarik Recent"}


def test_person_erase_asks_at_a_terminal_and_no_changes_nothing(
    store: Store, store_dir: Path
) -> None:
    import os
    import pty
    import sys

    old, _ = fill(store)
    store.close()
    child, fd = pty.fork()
    if child == 0:  # pragma: no cover - the child process
        os.environ["FIELDAPP_PASSPHRASE"] = PASSPHRASE
        args = ["-m", "fieldapp", "--data-dir", str(store_dir), "person", "erase", old]
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, *args])  # noqa: S606 - no shell wanted
    seen = b""
    while b"Type yes:" not in seen:
        chunk = os.read(fd, 1024)
        assert chunk, seen
        seen += chunk
    os.write(fd, b"no\n")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(child, 0)
    text = seen.decode()
    assert "Erase the identity of Rachida Oldfield" in text
    assert "Their 1 attendance stays as an anonymous count. Type yes:" in text
    assert "Not erased; nothing was changed." in text and os.waitstatus_to_exitcode(status) == 1
    assert names(store_dir)[old] == "Rachida Oldfield"


def test_backup_restored_after_an_erasure_brings_nobody_back(
    store: Store, store_dir: Path, tmp_path: Path
) -> None:
    old, recent = fill(store)
    store.close()
    made = fieldapp(
        "--data-dir",
        str(store_dir),
        "backup",
        "create",
        "-o",
        str(tmp_path / "b.fabackup"),
        passphrase=PASSPHRASE,
    )
    assert made.returncode == 0, made.stderr
    erased = fieldapp(
        "--data-dir", str(store_dir), "person", "erase", old, "--yes", passphrase=PASSPHRASE
    )
    assert erased.returncode == 0, erased.stderr
    restored = fieldapp(
        "--data-dir",
        str(store_dir),
        "backup",
        "restore",
        str(tmp_path / "b.fabackup"),
        passphrase=PASSPHRASE,
    )
    assert restored.returncode == 0, restored.stderr
    assert "Re-applied 1 erasure recorded since this backup" in restored.stderr
    assert "Rachida" not in restored.stdout + restored.stderr
    assert names(store_dir) == {old: "", recent: "Tarik Recent"}
