"""HQ's settings: a flag beats the environment, which beats the settings file, which beats the
default; relative folders are made absolute when read; a value HQ cannot use stops
``fieldapp-hq`` with one line naming the setting, before anything is created."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync.hq.cli import main
from sync.hq.limits import HqLimits
from sync.hq.settings import SettingsProblem, load_settings


@pytest.fixture(autouse=True)
def no_hq_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test starts with no FIELDAPP_HQ_* variable and in a folder of its own."""
    import os

    for name in [n for n in os.environ if n.startswith("FIELDAPP_HQ_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def test_flag_beats_environment_beats_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "etc" / "hq.toml"
    conf.parent.mkdir()
    conf.write_text('port = 8001\nhost = "hq.example.org"\ndata = "hq-files"\nreaders = 3\n')
    from_file = load_settings(settings_file=str(conf))
    assert (from_file.port, from_file.host, from_file.readers) == (8001, "hq.example.org", 3)
    # A relative folder in the file is the file's neighbour, not the working folder's.
    assert from_file.data == tmp_path / "etc" / "hq-files"

    monkeypatch.setenv("FIELDAPP_HQ_PORT", "8002")
    assert load_settings(settings_file=str(conf)).port == 8002
    flagged = load_settings(settings_file=str(conf), port="8003")
    assert (flagged.port, flagged.host, flagged.readers) == (8003, "hq.example.org", 3)


def test_settings_file_named_by_the_environment_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conf = tmp_path / "hq.json"
    conf.write_text(json.dumps({"enroll_per_minute": 4, "session_minutes": 60}))
    monkeypatch.setenv("FIELDAPP_HQ_SETTINGS_FILE", str(conf))
    settings = load_settings()
    assert settings.session_minutes == 60
    assert settings.limits == HqLimits(enroll_per_minute=4)


def test_relative_folders_are_made_absolute_when_read(tmp_path: Path) -> None:
    assert load_settings().data == tmp_path / "hq-data"  # the default: ./hq-data
    settings = load_settings(data="somewhere/hq", reference="lists")
    assert settings.data == tmp_path / "somewhere" / "hq"
    assert settings.reference == tmp_path / "lists"
    assert settings.database == f"sqlite:///{tmp_path / 'somewhere' / 'hq' / 'hq.db'}"
    assert load_settings(database_url="postgresql+psycopg://hq@db/hq").database == (
        "postgresql+psycopg://hq@db/hq"
    )


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"port": "70000"}, "setting port (--port or FIELDAPP_HQ_PORT)"),
        ({"port": "eighty"}, "setting port"),
        ({"enroll_per_minute": "-1"}, "setting enroll_per_minute"),
        ({"failures_per_minute": "nan"}, "setting failures_per_minute"),
        ({"limit_concurrency": "0"}, "setting limit_concurrency"),
        ({"tls_cert": "cert.pem"}, "--tls-cert and --tls-key go together"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(given: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsProblem) as refused:
        load_settings(**given)
    assert named in str(refused.value)
    assert "\n" not in str(refused.value)


def test_bad_environment_and_files_are_refused_naming_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FIELDAPP_HQ_READERS", "0")
    with pytest.raises(SettingsProblem, match=r"setting readers \(FIELDAPP_HQ_READERS\)"):
        load_settings()
    monkeypatch.delenv("FIELDAPP_HQ_READERS")

    missing = tmp_path / "missing.toml"
    with pytest.raises(SettingsProblem, match=f"settings file {missing} cannot be read"):
        load_settings(settings_file=str(missing))
    with pytest.raises(SettingsProblem, match="cannot be read"):
        load_settings(settings_file=str(tmp_path))  # a folder
    broken = tmp_path / "broken.toml"
    broken.write_text("port = = 1\n")
    with pytest.raises(SettingsProblem, match="is not valid TOML"):
        load_settings(settings_file=str(broken))
    listed = tmp_path / "listed.json"
    listed.write_text("[1, 2]")
    with pytest.raises(SettingsProblem, match="must hold names and values"):
        load_settings(settings_file=str(listed))
    typo = tmp_path / "typo.toml"
    typo.write_text("prot = 8443\n")
    with pytest.raises(SettingsProblem, match="setting prot"):
        load_settings(settings_file=str(typo))


def test_serve_stops_with_one_line_before_creating_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "hq"
    assert main(["--data", str(data), "serve", "--port", "70000"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("error: setting port") and "70000" in err[0]

    monkeypatch.setenv("FIELDAPP_HQ_BODY_BUDGET_BYTES", "-5")
    assert main(["--data", str(data), "serve"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "setting body_budget_bytes (FIELDAPP_HQ_BODY_BUDGET_BYTES)" in line
    assert not data.exists()  # no folder, database or keys made for a refused start
