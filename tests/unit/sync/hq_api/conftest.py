"""One HQ app per module for the route tests (TestClient, SQLite): offices Rabat (A) and Abuja
(B), a device enrolled in each, and a caller of every kind: an admin signed in (password and
TOTP, session cookie) and with a token, an analyst, an office user of Rabat, an auditor, and
tokens HQ must refuse (disabled user, revoked, expired). Argon2id kept cheap."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from fieldapp.domain.codelists import shipped_lists
from sync.hq.accounts import api_tokens, passwords, totp, users
from sync.hq.accounts.scope import Role
from sync.hq.api.main import create_app
from sync.hq.database import open_database
from sync.hq.keys import HqKeys
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_DEVICE, HQ_OFFICE
from sync.seal import raw_public

RABAT = "6f1c0a52-7d0e-4a8e-9a36-0d1f2b3c4d5e"  # office A
ABUJA = "0b7d9e14-2c3a-4f5b-8d6e-7f8091a2b3c4"  # office B
PASSWORD = "long enough passphrase 42"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module", autouse=True)
def cheap_argon2() -> Iterator[None]:
    """Production hashes cost ~0.2 s; these tests hash a few dozen times."""
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(passwords, "_HASHER", cheap)
        patch.setattr(passwords, "_DUMMY_HASH", cheap.hash("dummy"))
        yield


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Hq:
    app: FastAPI
    engine: Engine
    devices: dict[str, str]  # office id: its device's id
    tokens: dict[str, str] = field(default_factory=dict)  # caller kind: token text
    admin_totp: str = ""  # the admin's TOTP secret
    recovery: list[str] = field(default_factory=list)  # the admin's unused recovery codes

    def client(self, **options: object) -> TestClient:
        return TestClient(self.app, **options)  # type: ignore[arg-type]

    def sign_in(self, client: TestClient, name: str, code: str = "") -> str:
        """Sign ``client`` in as ``name``; the session's CSRF token."""
        answer = client.post(
            "/api/v1/session", json={"name": name, "password": PASSWORD, "code": code}
        )
        assert answer.status_code == 200, answer.text
        return str(answer.json()["csrf_token"])

    def sign_in_admin(self, client: TestClient) -> str:
        """Sign ``client`` in as the admin (a recovery code as second factor: a TOTP code
        works once per 30 s); the session's CSRF token."""
        return self.sign_in(client, "amina", self.recovery.pop())


def seed(engine: Engine) -> dict[str, str]:
    devices = {}
    with engine.begin() as conn:
        for office_id, name in ((RABAT, "Programme Office Rabat"), (ABUJA, "Liaison Office Abuja")):
            conn.execute(insert(HQ_OFFICE).values(office_id=office_id, name=name, created_at=T0))
            device_id = str(uuid.uuid4())
            conn.execute(
                insert(HQ_DEVICE).values(
                    device_id=device_id,
                    office_id=office_id,
                    office_name=name,
                    public_key=raw_public(HqKeys.generate().signing.public_key()),
                    enrolled_at=T0,
                )
            )
            devices[office_id] = device_id
    return devices


def callers(engine: Engine) -> tuple[dict[str, str], totp.TotpSetup]:
    """Every kind of caller's token, and the admin's TOTP setup."""
    made: dict[str, str] = {}
    now = datetime.now(UTC)
    with engine.begin() as conn:

        def person(name: str, role: Role, *offices: str) -> str:
            users.add_user(conn, name, role, actor="test", offices=offices, password=PASSWORD)
            return api_tokens.create(conn, name, actor="test")[1]

        made["admin"] = person("amina", Role.ADMIN)
        second = totp.setup(conn, "amina", actor="test")
        made["analyst"] = person("omar", Role.ANALYST)
        made["office"] = person("salma", Role.OFFICE, RABAT)
        made["auditor"] = person("fatou", Role.AUDITOR)
        made["disabled"] = person("youssef", Role.ANALYST)
        users.set_disabled(conn, "youssef", True, actor="test")
        revoked, made["revoked"] = api_tokens.create(conn, "omar", actor="test")
        api_tokens.revoke(conn, revoked.token_id, actor="test")
        made["expired"] = api_tokens.create(
            conn, "omar", actor="test", lifetime=timedelta(days=1), at=now - timedelta(days=2)
        )[1]
    return made, second


def build(folder: Path, settings: HqSettings | None = None) -> Hq:
    engine = open_database(f"sqlite:///{folder / 'hq.db'}")
    app = create_app(
        settings or HqSettings(data=folder), engine, HqKeys.generate(), shipped_lists()
    )
    hq = Hq(app, engine, seed(engine))
    hq.tokens, second = callers(engine)
    hq.admin_totp, hq.recovery = second.secret, list(second.recovery_codes)
    return hq


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hq]:
    built = build(tmp_path_factory.mktemp("hq_api"))
    yield built
    built.engine.dispose()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Hq]:
    """An HQ of this test's own (sign-ins that lock out, changes other tests must not see)."""
    built = build(tmp_path)
    yield built
    built.engine.dispose()
