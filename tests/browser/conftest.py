"""The HQ console in a real browser: Debian's Chromium driven by Playwright, against a real
`fieldapp-hq serve` on 127.0.0.1 with two offices whose laptops enrolled and synced with the
`fieldapp` command, and an admin made as an operator makes one (`fieldapp-hq user add`,
`user totp`).

Screenshots go to the test's folder; with ``FIELDAPP_SCREENSHOTS=DIR`` (``make
screenshots``) to DIR too, which is how `resources/screenshots/hq/` is made."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from fieldapp.store.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.hq_helpers import RunningHq, running_hq

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ADMIN_PASSWORD = "copper dunes at the border post 7"
ANALYST_PASSWORD = "a quiet quarter of steady figures 3"
SIZES = {"1280x800": (1280, 800), "1024x768": (1024, 768)}


@dataclass
class Console:
    hq: RunningHq
    offices: dict[str, str]  # office name: its id
    laptops: dict[str, Path]  # office name: the laptop's data folder
    admin_totp: str
    shots: Path
    admin_recovery: list[str] = field(default_factory=list)  # second factors, each once

    def shoot(self, page: Page, name: str) -> None:
        """A full-page screenshot, named ``name``, kept with the test (and in
        $FIELDAPP_SCREENSHOTS)."""
        for folder in (self.shots, os.environ.get("FIELDAPP_SCREENSHOTS")):
            if folder:
                Path(folder).mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def laptop_enrolls(
    hq: RunningHq, office: str, country: str, folder: Path, token: str, people: int, events: int
) -> None:
    """A laptop of ``office`` enrolled with ``token``, given demo records, synced."""
    store, _ = Store.create(
        folder, passphrase=PASSPHRASE, office_name=office, country=country, kdf=FAST_KDF
    )
    store.close()
    for args in (
        ("enroll", "--hq", hq.url, "--token", token),
        ("demo", "--people", str(people), "--events", str(events)),
        ("sync",),
    ):
        done = fieldapp(*args, "--data-dir", str(folder), passphrase=PASSPHRASE)
        assert done.returncode == 0, done.stderr


def _laptop_syncs(
    hq: RunningHq, office: str, country: str, folder: Path, people: int, events: int
) -> str:
    """A laptop of ``office`` with demo records, enrolled (a token from HQ's CLI) and synced;
    the office's id."""
    made = hq.cli("token", "create", "--office", office)
    assert made.returncode == 0, made.stderr
    laptop_enrolls(
        hq, office, country, folder, made.stdout.strip().splitlines()[-1], people, events
    )
    found = re.search(r"\(id ([^)]+)\)", made.stdout)
    assert found
    return found[1]


def add_user(hq: RunningHq, folder: Path, name: str, role: str, password: str) -> None:
    """A user added as an operator adds one (``fieldapp-hq user add``)."""
    secret = folder / f"{name}-password"
    secret.write_text(password)
    added = hq.cli("user", "add", name, "--role", role, "--password-file", str(secret))
    assert added.returncode == 0, added.stderr


def totp_secret(hq: RunningHq, name: str) -> tuple[str, list[str]]:
    """The TOTP secret ``fieldapp-hq user totp`` gives ``name``, to type into an app, and
    the recovery codes it prints."""
    made = hq.cli("user", "totp", name)
    assert made.returncode == 0, made.stderr
    found = re.search(r"Secret, to type by hand: (\S+)", made.stdout)
    assert found
    recovery = made.stdout.split("Recovery codes", 1)[1].splitlines()[1:]
    return found[1], [line.strip() for line in recovery if line.strip()]


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    root = tmp_path_factory.mktemp("console")
    with running_hq(root / "hq", f"sqlite:///{root / 'hq.db'}") as hq:
        offices, laptops = {}, {}
        for office, country, people, events in (
            ("Programme Office Rabat", "MAR", 40, 10),
            ("Liaison Office Abuja — Regional Hub for West Africa and the Sahel", "NGA", 24, 6),
        ):
            folder = root / f"laptop-{len(offices)}"
            offices[office] = _laptop_syncs(hq, office, country, folder, people, events)
            laptops[office] = folder
        for name, role, password in (
            ("amina", "admin", ADMIN_PASSWORD),
            ("omar", "analyst", ANALYST_PASSWORD),
        ):
            add_user(hq, root, name, role, password)
        secret, recovery = totp_secret(hq, "amina")
        yield Console(hq, offices, laptops, secret, root / "screenshots", recovery)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, object]) -> dict[str, object]:
    """pytest-playwright's browser is Debian's Chromium here, never a downloaded one."""
    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: make system-deps installs it"
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": FLAGS}


def new_page(browser: Browser, size: str = "1280x800", language: str = "en") -> Page:
    width, height = SIZES[size]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        locale={"en": "en-GB", "fr": "fr-FR", "ar": "ar-EG", "ru": "ru-RU"}[language],
        extra_http_headers={"Accept-Language": language},
    )
    return context.new_page()
