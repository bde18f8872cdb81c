"""``fieldapp-hq office policy`` as HQ's admin runs it (through `sync.hq.cli.main`, on a real
SQLite database): shown, changed, versioned, audited, and ``shared`` refused without a key."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from sync.hq.accounts import audit
from sync.hq.cli import main
from sync.hq.database import open_database
from sync.hq.tables import HQ_OFFICE


def _hq(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_office_policy_is_shown_changed_versioned_and_audited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FIELDAPP_HQ_IDENTITY_KEY", raising=False)
    monkeypatch.delenv("FIELDAPP_HQ_IDENTITY_KEY_FILE", raising=False)
    data = tmp_path / "hq-data"
    assert _hq(data, capsys, "token", "create", "--office", "Rabat")[0] == 0
    code, out, _ = _hq(data, capsys, "office", "policy", "Rabat")
    assert code == 0 and "Identities: none" in out and "Policy version: 0" in out
    assert "Birth year: withheld" in out and "Retention: identities erased 5 years" in out

    code, _, err = _hq(data, capsys, "office", "policy", "Rabat", "--identities", "shared")
    assert code == 2 and "no identity key" in err
    code, _, err = _hq(data, capsys, "office", "policy", "Casablanca", "--identities", "none")
    assert code == 2 and "no office “Casablanca”" in err
    code, _, err = _hq(data, capsys, "office", "policy", "Rabat", "--retention-years", "0")
    assert code == 2 and "1 to 50 years" in err

    code, out, _ = _hq(
        data, capsys, "office", "policy", "Rabat", "--birth-year", "share", "--retention-years", "3"
    )
    assert code == 0 and "Birth year: shared" in out and "Policy version: 1" in out
    # The same values again change nothing: no new version, no entry.
    code, out, _ = _hq(data, capsys, "office", "policy", "Rabat", "--retention-years", "3")
    assert code == 0 and "Policy version: 1" in out and "Changed" not in out

    key = base64.b64encode(bytes(range(32))).decode()
    monkeypatch.setenv("FIELDAPP_HQ_IDENTITY_KEY", key)
    code, out, _ = _hq(data, capsys, "office", "policy", "Rabat", "--identities", "shared")
    assert code == 0 and "Identities: shared" in out and "Policy version: 2" in out

    engine = open_database(f"sqlite:///{data / 'hq.db'}")
    with engine.connect() as conn:
        office = conn.execute(select(HQ_OFFICE)).one()
        entries = [e for e in audit.entries(conn) if e.action == "office.policy"]
    engine.dispose()
    assert (office.identities, office.share_birth_year, office.retention_years) == (
        "shared",
        True,
        3,
    )
    assert office.policy_version == 2
    assert [e.target for e in entries] == [f"office:{office.office_id}"] * 2
    assert all(e.actor.startswith("cli:") for e in entries)
    last = json.loads(entries[-1].detail)
    assert last["before"]["identities"] == "none" and last["after"]["identities"] == "shared"
