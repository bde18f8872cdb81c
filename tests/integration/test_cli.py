"""The `fieldapp` command line, run as a real process on a real encrypted store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fieldapp.store.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.unit.store.test_vault import snapshot


@pytest.fixture
def closed_store(new_store: tuple[Store, str], store_dir: Path) -> Path:
    new_store[0].close()
    return store_dir


def test_init_demo_stats_check(tmp_path: Path) -> None:
    data = tmp_path / "office"
    out = fieldapp(
        "init",
        "--data-dir",
        str(data),
        "--office",
        "Programme Office Astana",
        "--country",
        "kaz",
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 0, out.stderr
    assert re.search(r"\b([A-Z2-9]{4}-){7}[A-Z2-9]{4}\b", out.stdout), (
        "the recovery key is printed once"
    )
    out = fieldapp(
        "demo",
        "--data-dir",
        str(data),
        "--events",
        "15",
        "--people",
        "120",
        "--seed",
        "3",
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 0, out.stderr
    assert "Added 120 people, 15 events" in out.stdout
    out = fieldapp("--data-dir", str(data), "stats", "--json", passphrase=PASSPHRASE)
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout)
    assert set(stats) >= {
        "individuals_trained",
        "participations",
        "events_held",
        "women_share",
        "sex_not_recorded",
        "person_days",
        "countries_reached",
        "knowledge_gain_share",
        "mean_knowledge_gain",
        "mean_satisfaction",
        "breakdowns",
    }
    assert stats["individuals_trained"] > 0 and 0 < stats["women_share"] < 1
    text = fieldapp("stats", "--data-dir", str(data), passphrase=PASSPHRASE).stdout
    assert f"Individuals trained        {stats['individuals_trained']}" in text
    out = fieldapp("check", "--data-dir", str(data), passphrase=PASSPHRASE)
    assert out.returncode == 0 and "cipher_integrity_check: ok" in out.stdout


def test_wrong_passphrase_exits_3_and_changes_no_file_but_the_counter(closed_store: Path) -> None:
    before = snapshot(closed_store)
    for command in (
        ["stats"],
        ["check"],
        ["demo"],
        ["passphrase", "change"],
        ["passphrase", "rekey"],
        ["backup", "create", "-o", str(closed_store / "backups")],
    ):
        out = fieldapp(
            *command,
            "--data-dir",
            str(closed_store),
            passphrase="a wrong passphrase",
            env={"FIELDAPP_UNLOCK_BASE_DELAY": "0.05"},  # the growing wait: test_cli_keys.py
        )
        assert out.returncode == 3, (command, out.stderr)
        assert "passphrase is not correct" in out.stderr
        assert "Traceback" not in out.stderr
    after = snapshot(closed_store)
    assert json.loads(after.pop("unlock-failures.json"))["count"] == 6
    assert after == before


def test_passphrase_change_and_recover(
    new_store: tuple[Store, str], store_dir: Path, tmp_path: Path
) -> None:
    store, recovery_key = new_store
    store.close()
    out = fieldapp(
        "passphrase",
        "change",
        "--data-dir",
        str(store_dir),
        passphrase=PASSPHRASE,
        env={"FIELDAPP_NEW_PASSPHRASE": "granite kettle violin harbour"},
    )
    assert out.returncode == 0, out.stderr
    assert fieldapp("check", "--data-dir", str(store_dir), passphrase=PASSPHRASE).returncode == 3
    assert (
        fieldapp(
            "check", "--data-dir", str(store_dir), passphrase="granite kettle violin harbour"
        ).returncode
        == 0
    )
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery_key + "\n", encoding="utf-8")
    new_file = tmp_path / "new.txt"
    new_file.write_text("seven quiet ferries at dawn\n", encoding="utf-8")
    out = fieldapp(
        "passphrase",
        "recover",
        "--data-dir",
        str(store_dir),
        "--recovery-key-file",
        str(key_file),
        "--new-passphrase-file",
        str(new_file),
    )
    assert out.returncode == 0, out.stderr
    assert (
        fieldapp(
            "check", "--data-dir", str(store_dir), passphrase="seven quiet ferries at dawn"
        ).returncode
        == 0
    )


def test_backup_create_verify_restore(closed_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "office.fabackup"
    out = fieldapp(
        "backup",
        "create",
        "-o",
        str(target),
        "--data-dir",
        str(closed_store),
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 0 and "verified" in out.stdout, out.stderr
    assert (
        fieldapp(
            "backup", "verify", str(target), "--data-dir", str(closed_store), passphrase=PASSPHRASE
        ).returncode
        == 0
    )
    elsewhere = tmp_path / "new-laptop"
    out = fieldapp(
        "backup", "restore", str(target), "--data-dir", str(elsewhere), passphrase=PASSPHRASE
    )
    assert out.returncode == 0, out.stderr
    assert fieldapp("check", "--data-dir", str(elsewhere), passphrase=PASSPHRASE).returncode == 0
    out = fieldapp(
        "backup",
        "restore",
        str(Path(__file__)),
        "--data-dir",
        str(elsewhere),
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 4 and "not a backup file" in out.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["stats", "--from", "2025-13-01"], "is not a date"),
        (
            ["init", "--office", "X", "--country", "Morocco"],
            "is not a country code (ISO 3166 alpha-3)",
        ),
        (["backup", "restore"], "needs the backup FILE"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_mistakes_exit_2_in_plain_words(
    args: list[str], message: str, tmp_path: Path
) -> None:
    out = fieldapp(*args, "--data-dir", str(tmp_path / "none"), passphrase=PASSPHRASE)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


def test_no_store_and_no_passphrase_are_explained(closed_store: Path, tmp_path: Path) -> None:
    out = fieldapp("stats", "--data-dir", str(tmp_path / "empty"), passphrase=PASSPHRASE)
    assert out.returncode == 2 and "No store in" in out.stderr
    out = fieldapp("stats", "--data-dir", str(closed_store))
    assert out.returncode == 2 and "No passphrase given" in out.stderr
    out = fieldapp(
        "init",
        "--data-dir",
        str(closed_store),
        "--office",
        "X",
        "--country",
        "MAR",
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 2 and "already holds a store" in out.stderr
    out = fieldapp(
        "init",
        "--data-dir",
        str(tmp_path / "weak"),
        "--office",
        "X",
        "--country",
        "MAR",
        passphrase="short",
    )
    assert out.returncode == 2 and "at least 10 characters" in out.stderr


def test_the_world_s_problems_are_plain_words(closed_store: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    out = fieldapp("stats", "--data-dir", str(a_file / "sub"), passphrase=PASSPHRASE)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    out = fieldapp(
        "init",
        "--data-dir",
        str(a_file / "sub"),
        "--office",
        "X",
        "--country",
        "MAR",
        passphrase=PASSPHRASE,
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr and "error:" in out.stderr
    latin1 = tmp_path / "pass.txt"
    latin1.write_bytes("clé secrète du bureau".encode("latin-1"))
    out = fieldapp("stats", "--data-dir", str(closed_store), "--passphrase-file", str(latin1))
    assert out.returncode == 2 and "not UTF-8" in out.stderr
