"""The laptop's keys from the command line, as real processes: weak passphrases refused, a
guessing loop slowed across processes, a re-key that leaves old vaults useless, and a
damaged vault refused with exit 4 before any key derivation."""

from __future__ import annotations

import base64
import json
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.unit.store.test_vault import snapshot

RECOVERY_KEY = re.compile(r"\b(?:[A-Z2-9]{4}-){7}[A-Z2-9]{4}\b")
WEAK = ["aaaaaaaaaaaa", "Programme Office Rabat 2026", "rabat morocco passphrase"]


@pytest.fixture
def closed_store(new_store: tuple[Store, str], store_dir: Path) -> Path:
    new_store[0].close()
    return store_dir


# --- weak passphrases -----------------------------------------------------------------------


@pytest.mark.parametrize("weak", WEAK)
def test_init_refuses_a_weak_passphrase_and_says_what_is_strong_enough(
    tmp_path: Path, weak: str
) -> None:
    data = tmp_path / "office"
    out = fieldapp(
        "init",
        "--data-dir",
        str(data),
        "--office",
        "Programme Office Rabat",
        "--country",
        "MAR",
        passphrase=weak,
    )
    assert out.returncode == 2, out.stderr
    assert "Passphrase: is too easy to guess (about " in out.stderr
    assert "Use four or more unrelated words" in out.stderr
    assert weak not in out.stderr + out.stdout and "Traceback" not in out.stderr
    assert not (data / "vault.json").exists()


def test_passphrase_change_refuses_a_weak_one_and_keeps_the_old(closed_store: Path) -> None:
    before = snapshot(closed_store)
    for weak in WEAK:
        out = fieldapp(
            "passphrase",
            "change",
            "--data-dir",
            str(closed_store),
            passphrase=PASSPHRASE,
            env={"FIELDAPP_NEW_PASSPHRASE": weak},
        )
        assert out.returncode == 2, out.stderr
        assert "too easy to guess" in out.stderr and weak not in out.stderr
    after = {k: v for k, v in snapshot(closed_store).items() if not k.startswith("logs/")}
    assert after == {k: v for k, v in before.items() if not k.startswith("logs/")}
    assert fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE).returncode == 0


# --- guessing across processes --------------------------------------------------------------


def test_five_wrong_passphrases_in_five_processes_take_growing_time(closed_store: Path) -> None:
    counter = closed_store / "unlock-failures.json"
    delays = [0, 1, 2, 4, 8]  # the real default: 2^(n-1) s after n failures
    walls, failed_at = [], []
    for n in range(1, len(delays) + 1):
        start = time.monotonic()
        out = fieldapp("check", "--data-dir", str(closed_store), passphrase="a wrong guess")
        walls.append(time.monotonic() - start)
        assert out.returncode == 3 and "passphrase is not correct" in out.stderr, out.stderr
        state = json.loads(counter.read_text(encoding="ascii"))
        assert state["count"] == n
        failed_at.append(state["last_failure"])
    print("wall time of each wrong attempt (s):", [round(w, 2) for w in walls])
    for n in range(1, 5):
        # Exact, from the counter's own times: each attempt came its delay after the last.
        assert failed_at[n] - failed_at[n - 1] >= delays[n]
        # Each process waited that long itself; the wait counts from the previous failure,
        # so the previous process's exit (a few ms) is all that may come off it.
        # (under load that exit can take a few hundred ms)
        assert walls[n] >= delays[n] - 0.5, (n, walls)
    # Growing: 1 s, then 4 s, then 8 s (neighbours 1 s apart can swap when a loaded machine
    # takes a second or two longer to start one process than another).
    assert walls[1] < walls[3] < walls[4]

    # The right passphrase still opens the store, after its wait, and clears the counter.
    # (A shorter step for this test only: after 5 failures the real wait is 16 s, which the
    # unit tests show with an injected clock.)
    start = time.monotonic()
    out = fieldapp(
        "check",
        "--data-dir",
        str(closed_store),
        passphrase=PASSPHRASE,
        env={"FIELDAPP_UNLOCK_BASE_DELAY": "0.1"},
    )
    wall = time.monotonic() - start
    since_last_failure = time.time() - failed_at[-1]
    print(f"wall time of the right passphrase after them: {wall:.2f} s (owed 1.6 s)")
    assert out.returncode == 0 and "cipher_integrity_check: ok" in out.stdout, out.stderr
    # It opened no sooner than 1.6 s after the last failure (the process's own start-up,
    # slow under load, counts towards that wait, so its wall time alone may be shorter).
    assert since_last_failure >= 1.6
    assert not counter.exists()


def test_a_wrong_passphrase_writes_only_the_counter(closed_store: Path) -> None:
    before = snapshot(closed_store)
    out = fieldapp("stats", "--data-dir", str(closed_store), passphrase="a wrong guess")
    assert out.returncode == 3
    after = snapshot(closed_store)
    assert set(after) - set(before) == {"unlock-failures.json"}
    after.pop("unlock-failures.json")
    assert after == before


# --- re-key ---------------------------------------------------------------------------------


def test_after_rekey_an_old_vault_with_the_old_passphrase_no_longer_opens_the_store(
    closed_store: Path, tmp_path: Path
) -> None:
    old_vault = tmp_path / "vault.json.copied-before"
    shutil.copy(closed_store / "vault.json", old_vault)
    out = fieldapp("passphrase", "rekey", "--data-dir", str(closed_store), passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    assert len(RECOVERY_KEY.findall(out.stdout)) == 1 and "before-rekey" in out.stdout
    assert fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE).returncode == 0
    shutil.copy(old_vault, closed_store / "vault.json")
    out = fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE)
    assert out.returncode == 4, out.stderr
    assert "opens, but its key does not open store.db" in out.stderr
    assert "Traceback" not in out.stderr and "ERROR CORE" not in out.stderr


def test_rekey_with_a_new_passphrase_prints_a_new_recovery_key_that_works(
    closed_store: Path, tmp_path: Path
) -> None:
    out = fieldapp(
        "passphrase",
        "rekey",
        "--data-dir",
        str(closed_store),
        passphrase=PASSPHRASE,
        env={"FIELDAPP_NEW_PASSPHRASE": "rabat rabat rabat rabat"},
    )
    assert out.returncode == 2 and "too easy to guess" in out.stderr
    new_file = tmp_path / "new.txt"
    new_file.write_text("quartz heron bakery compass\n", encoding="utf-8")
    out = fieldapp(
        "passphrase",
        "rekey",
        "--data-dir",
        str(closed_store),
        "--new-passphrase-file",
        str(new_file),
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 0, out.stderr
    [recovery_key] = RECOVERY_KEY.findall(out.stdout)
    assert fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE).returncode == 3
    out = fieldapp(
        "check", "--data-dir", str(closed_store), passphrase="quartz heron bakery compass"
    )
    assert out.returncode == 0, out.stderr
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery_key, encoding="utf-8")
    out = fieldapp(
        "passphrase",
        "recover",
        "--data-dir",
        str(closed_store),
        "--recovery-key-file",
        str(key_file),
        env={"FIELDAPP_NEW_PASSPHRASE": "violet canyon umbrella drum"},
    )
    assert out.returncode == 0, out.stderr


# --- a damaged vault ------------------------------------------------------------------------


def _kdf(**change: Any) -> Callable[[dict[str, Any]], None]:
    return lambda v: v["slots"]["passphrase"]["kdf"].update(change)


DAMAGE: dict[str, Callable[[dict[str, Any]], None]] = {  # more kinds in the unit tests
    "64 GiB of memory": _kdf(memory_cost=64 * 1024 * 1024),
    "lanes as text": _kdf(lanes="4"),
    "short nonce": lambda v: v["slots"]["recovery"].update(
        nonce=base64.b64encode(b"1234").decode()
    ),
    "slots not a dict": lambda v: v.update(slots="none"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_vault_exits_4_with_a_clear_message(
    closed_store: Path, damage: Callable[[dict[str, Any]], None]
) -> None:
    path = closed_store / "vault.json"
    vault = json.loads(path.read_text(encoding="utf-8"))
    damage(vault)
    path.write_text(json.dumps(vault), encoding="utf-8")
    start = time.monotonic()
    out = fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE, timeout=60)
    assert out.returncode == 4, out.stderr
    assert re.search(r"error: The key vault .*vault\.json is damaged \(.+\)\.", out.stderr)
    assert "fieldapp backup restore-vault" in out.stderr and "Traceback" not in out.stderr
    assert time.monotonic() - start < 20, "refused before deriving, not after"


@pytest.mark.parametrize("content", [b"{not json", b"[" * 50_000])
def test_an_unreadable_vault_exits_4(closed_store: Path, content: bytes) -> None:
    (closed_store / "vault.json").write_bytes(content)
    out = fieldapp("stats", "--data-dir", str(closed_store), passphrase=PASSPHRASE)
    assert out.returncode == 4 and "is damaged" in out.stderr and "Traceback" not in out.stderr


def test_a_missing_vault_is_still_no_store_exit_2(closed_store: Path) -> None:
    (closed_store / "vault.json").unlink()
    out = fieldapp("check", "--data-dir", str(closed_store), passphrase=PASSPHRASE)
    assert out.returncode == 2 and "holds no store" in out.stderr
