"""HQ's identity key and sealed identities (`sync.hq.identities`): what opens, what does not,
and which keys HQ refuses to use."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest

from sync.hq.cli import main
from sync.hq.identities import (
    KEY_ENV,
    KEY_FILE_ENV,
    IdentityKey,
    IdentityKeyProblem,
    SealedIdentityError,
    create_key_file,
    identity_key,
    open_sealed,
    seal,
)
from sync.hq.settings import HqSettings

NAME = {"full_name": "Amina Benali", "email": "amina@example.org", "phone": "+212 600"}


@pytest.fixture(autouse=True)
def _no_key_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv(KEY_FILE_ENV, raising=False)


def test_sealed_identity_opens_only_for_its_row_and_key() -> None:
    key = IdentityKey.generate()
    sealed = seal(key, "office-a", "person-1", NAME)
    assert sealed.startswith("v1.")
    assert "Amina" not in sealed and b"Amina" not in base64.urlsafe_b64decode(sealed[3:] + "==")
    assert sealed != seal(key, "office-a", "person-1", NAME)  # a fresh nonce each time
    assert open_sealed(key, "office-a", "person-1", sealed) == NAME
    for office, person in (("office-a", "person-2"), ("office-b", "person-1")):
        with pytest.raises(SealedIdentityError, match="copied from another row"):
            open_sealed(key, office, person, sealed)
    with pytest.raises(SealedIdentityError, match="not the one it was sealed with"):
        open_sealed(IdentityKey.generate(), "office-a", "person-1", sealed)


@pytest.mark.parametrize(
    ("alter", "says"),
    [
        (lambda s: s[:-2] + ("A" if s[-2] != "A" else "B") + s[-1], "does not open"),
        (lambda s: "v2." + s[3:], "known form"),
        (lambda s: s[3:], "known form"),
        (lambda s: "v1.***", "not base64url"),
        (lambda s: "v1.AAAA", "truncated"),
        (lambda s: "v1." + "A" * 70_000, "too large"),
    ],
)
def test_altered_ciphertext_is_refused_clearly(alter: object, says: str) -> None:
    key = IdentityKey.generate()
    sealed = seal(key, "o", "p", NAME)
    with pytest.raises(SealedIdentityError, match=says):
        open_sealed(key, "o", "p", alter(sealed))  # type: ignore[operator]


def test_key_from_file_or_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "hq-data"
    assert identity_key(HqSettings(data=data)) is None  # no default anywhere
    path = tmp_path / "identity.key"
    made = create_key_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert identity_key(HqSettings(data=data, identity_key_file=path)) == made
    monkeypatch.setenv(KEY_ENV, made.text())
    assert identity_key(HqSettings(data=data)) == made
    assert made.text() not in repr(made) and made.text() not in repr(HqSettings(data=data))
    with pytest.raises(IdentityKeyProblem, match="one way only"):
        identity_key(HqSettings(data=data, identity_key_file=path))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("not base64!", "is not base64"),
        (base64.b64encode(b"x" * 16).decode(), "holds 16 bytes"),
        ("", "holds 0 bytes"),
    ],
)
def test_bad_environment_key_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, says: str
) -> None:
    monkeypatch.setenv(KEY_ENV, text)
    with pytest.raises(IdentityKeyProblem, match=says) as caught:
        identity_key(HqSettings(data=tmp_path))
    assert KEY_ENV in str(caught.value)


def test_key_file_others_may_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "identity.key"
    create_key_file(path)
    path.chmod(0o644)
    with pytest.raises(IdentityKeyProblem, match=f"mode 0644.*chmod 600 {path}"):
        identity_key(HqSettings(data=tmp_path / "hq-data", identity_key_file=path))


def test_key_file_in_data_folder_short_or_missing_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "hq-data"
    data.mkdir()
    inside = data / "identity.key"
    create_key_file(inside)
    with pytest.raises(IdentityKeyProblem, match="inside HQ's data folder"):
        identity_key(HqSettings(data=data, identity_key_file=inside))
    short = tmp_path / "short.key"
    fd = os.open(short, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, base64.b64encode(b"k" * 31))
    os.close(fd)
    with pytest.raises(IdentityKeyProblem, match=f"{short} holds 31 bytes"):
        identity_key(HqSettings(data=data, identity_key_file=short))
    with pytest.raises(IdentityKeyProblem, match="cannot be read"):
        identity_key(HqSettings(data=data, identity_key_file=tmp_path / "none.key"))


def test_cli_creates_a_private_key_and_never_overwrites_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "keys" / "identity.key"
    path.parent.mkdir()
    data = ["--data", str(tmp_path / "hq-data")]
    assert main([*data, "identity-key", "create", "-o", str(path)]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    first = path.read_bytes()
    assert len(base64.b64decode(first)) == 32
    assert main([*data, "identity-key", "create", "-o", str(path)]) == 2
    assert "never overwritten" in capsys.readouterr().err
    assert path.read_bytes() == first
    inside = tmp_path / "hq-data" / "identity.key"
    assert main([*data, "identity-key", "create", "-o", str(inside)]) == 2
    assert "inside HQ's data folder" in capsys.readouterr().err
    assert not inside.exists()


def test_hq_does_not_start_with_a_key_it_cannot_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "identity.key"
    create_key_file(path)
    path.chmod(0o640)
    monkeypatch.setenv(KEY_FILE_ENV, str(path))
    assert main(["--data", str(tmp_path / "hq-data"), "serve", "--port", "1"]) == 2
    assert f"chmod 600 {path}" in capsys.readouterr().err
    assert not (tmp_path / "hq-data").exists()  # refused before anything was opened
