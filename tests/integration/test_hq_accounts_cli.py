"""``fieldapp-hq user | api-token | audit`` end to end, as an admin's script runs them
(through `sync.hq.cli.main`, on a real SQLite database in HQ's folder)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from sync.hq.accounts import passwords
from sync.hq.cli import main


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        passwords, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    )


class Hq:
    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder, self.capsys = folder, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--data", str(self.folder), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def sql(self, statement: str) -> None:
        engine = create_engine(f"sqlite:///{self.folder / 'hq.db'}")
        with engine.begin() as conn:
            conn.execute(text(statement))
        engine.dispose()


@pytest.fixture
def hq(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Hq:
    return Hq(tmp_path / "hq-data", capsys)


def test_users_tokens_and_the_audit_log_from_the_command_line(hq: Hq, tmp_path: Path) -> None:
    secret = tmp_path / "amina.pw"
    secret.write_text("a long enough passphrase\n")
    code, out, _ = hq("user", "add", "amina", "--role", "admin", "--password-file", str(secret))
    assert code == 0 and "User amina added (admin)." in out
    assert "fieldapp-hq user totp amina" in out
    code, out, _ = hq("user", "add", "lena", "--role", "analyst")  # stdin is no terminal
    assert code == 0 and "One-time sign-in code" in out
    assert len(out.strip().splitlines()[-1]) == 19  # XXXX-XXXX-XXXX-XXXX

    code, out, _ = hq("api-token", "create", "--user", "lena", "--expires", "30d")
    assert code == 0
    token = out.strip().splitlines()[-1]
    assert token.startswith("fhq_") and len(token) == 4 + 12 + 1 + 43
    token_id = token.split("_")[1]
    code, out, _ = hq("api-token", "list")
    assert token_id in out and "lena" in out and "live" in out
    assert token.split("_", 2)[2] not in out  # the secret is shown once only

    code, out, _ = hq("user", "list")
    lines = out.splitlines()
    assert lines[1].split()[:5] == ["amina", "admin", "active", "set", "no"]
    assert lines[2].split()[:4] == ["lena", "analyst", "active", "code"]

    assert hq("api-token", "revoke", token_id)[0] == 0
    code, _, err = hq("api-token", "revoke", token_id)
    assert code == 2 and "no live token" in err
    code, out, _ = hq("api-token", "list")
    assert "revoked" in out

    code, out, _ = hq("user", "totp", "amina")
    assert code == 0 and "otpauth://totp/FieldApp%20HQ:amina?secret=" in out
    assert len([line for line in out.splitlines() if line.startswith("  ")]) == 10
    assert hq("user", "disable", "lena")[0] == 0
    assert hq("user", "reset-password", "amina", "--password-file", str(secret))[0] == 0

    code, out, _ = hq("audit", "verify")
    assert (code, out.strip()) == (0, "the audit log's 7 entries are intact")
    export = tmp_path / "audit.csv"
    assert hq("audit", "export", "-o", str(export))[0] == 0
    rows = list(csv.DictReader(io.StringIO(export.read_text())))
    assert [r["action"] for r in rows] == [
        "user.add",
        "user.add",
        "token.create",
        "token.revoke",
        "user.totp",
        "user.disable",
        "user.reset-password",
        "audit.export",
    ]
    assert {r["actor"][:4] for r in rows} == {"cli:"}

    hq.sql("UPDATE hq_audit SET detail = '{}' WHERE seq = 2")
    code, out, _ = hq("audit", "verify")
    assert code == 1 and "entry 2" in out and "altered" in out
    hq.sql("UPDATE hq_audit SET detail = (SELECT detail FROM hq_audit WHERE seq = 1) WHERE seq = 2")
    hq.sql("DELETE FROM hq_audit WHERE seq = 5")
    code, out, _ = hq("audit", "verify")
    assert code == 1 and "entry" in out and "broken" in out


def test_refusals_are_one_line_and_change_nothing(hq: Hq, tmp_path: Path) -> None:
    huge = tmp_path / "huge.pw"
    huge.write_bytes(b"x" * 10_000_000)
    code, _, err = hq("user", "add", "omar", "--role", "analyst", "--password-file", str(huge))
    assert code == 2 and "more than 1024 bytes" in err
    code, _, err = hq("user", "add", "om\x1bar", "--role", "analyst")
    assert code == 2 and "2 to 64 characters" in err
    code, _, err = hq(
        "user", "add", "omar", "--role", "office", "--office", "'; DROP TABLE hq_user"
    )
    assert code == 2 and "no office with the id" in err
    code, _, err = hq("user", "add", "omar", "--role", "office")
    assert code == 2 and "at least one office" in err
    with pytest.raises(SystemExit):
        hq("user", "add", "omar", "--role", "root")
    code, _, err = hq("api-token", "create", "--user", "nobody")
    assert code == 2 and "no user" in err
    hq("user", "add", "omar", "--role", "analyst")
    code, _, err = hq("api-token", "create", "--user", "omar", "--expires", "400d")
    assert code == 2 and "a year" in err
    code, _, err = hq("api-token", "create", "--user", "omar", "--role", "admin")
    assert code == 2 and "more than they may read" in err
    code, out, _ = hq("audit", "verify")
    assert (code, out.strip()) == (0, "the audit log's 1 entries are intact")


def test_enrollment_tokens_and_revocations_from_the_command_line_are_audited(hq: Hq) -> None:
    code, out, _ = hq("token", "create", "--office", "Programme Office Rabat", "--ttl", "2h")
    assert code == 0, out
    office_id = out.split("(id ")[1].split(")")[0]
    code, _, err = hq("device", "revoke", "00000000-0000-4000-8000-000000000000")
    assert code == 2 and "no device" in err  # nothing revoked: nothing audited
    code, out, _ = hq("audit", "export")
    rows = list(csv.DictReader(io.StringIO(out)))
    made = [r for r in rows if r["action"] == "enrollment-token.create"]
    assert [(r["target"], r["actor"][:4]) for r in made] == [(f"office:{office_id}", "cli:")]
    assert not [r for r in rows if r["action"] == "device.revoke"]
    code, out, _ = hq("audit", "verify")
    assert code == 0
