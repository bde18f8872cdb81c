"""An admin's day in Chromium (issue 18), on an HQ of this test's own (other tests' figures
stay as they are): signed in with TOTP, they make an enrollment token for a new office, shown
once as text and as a QR code; a laptop enrolls with it and syncs (the `fieldapp` command, as
the office does); the office appears on the board with the laptop's own figures; the admin
revokes the laptop, after the question, and its next batch is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Browser, expect

from tests.browser.conftest import (
    ADMIN_PASSWORD,
    Console,
    add_user,
    laptop_enrolls,
    new_page,
    totp_secret,
)
from tests.browser.test_console import laptop_quarter, sign_in
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.hq_helpers import running_hq

pytestmark = pytest.mark.browser
NAIROBI = "Liaison Office Nairobi"


def test_an_admin_enrolls_a_laptop_sees_its_office_then_revokes_it(
    browser: Browser, tmp_path: Path
) -> None:
    with running_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        add_user(hq, tmp_path, "amina", "admin", ADMIN_PASSWORD)
        console = Console(hq, {}, {}, totp_secret(hq, "amina")[0], tmp_path / "shots")
        page = new_page(browser)
        sign_in(page, console, "amina", ADMIN_PASSWORD, pyotp.TOTP(console.admin_totp).now())
        expect(page).to_have_url(f"{hq.url}/offices")
        expect(page.get_by_text("No office yet.")).to_be_visible()

        page.get_by_role("link", name="Admin", exact=True).click()
        page.get_by_role("link", name="Enrollment tokens").click()
        page.get_by_label("or a new office's name").fill(NAIROBI)
        page.get_by_label("Valid for").select_option(label="3 days")
        page.get_by_role("button", name="Make the token").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Enrollment token for {NAIROBI}")
        token = page.get_by_label("Token", exact=True).input_value()
        assert re.fullmatch(r"[A-Z2-7]{24}-[A-Z2-7]{16}", token), token
        expect(page.locator("figure.qr svg")).to_be_visible()
        console.shoot(page, "admin-token-made")
        page.get_by_role("link", name="Back to the enrollment tokens").click()
        expect(page.locator("table#tokens tbody tr").first).to_contain_text("waiting for a laptop")
        assert token.split("-")[0] not in page.content()  # shown once, never again

        laptop = tmp_path / "laptop"
        laptop_enrolls(hq, NAIROBI, "KEN", laptop, token, people=40, events=40)
        console.laptops[NAIROBI] = laptop
        own = laptop_quarter(console, NAIROBI)
        assert int(str(own["events_held"])) > 0, "nothing this quarter: the check proves little"

        page.get_by_role("link", name="Offices", exact=True).click()
        row = page.locator("table#offices tbody tr", has=page.get_by_role("link", name=NAIROBI))
        cells = row.locator("td")
        expect(cells.nth(1)).to_have_text("1")
        expect(cells.nth(2)).to_have_text("just now")
        expect(cells.nth(5)).to_have_text(str(own["events_held"]))
        expect(cells.nth(6)).to_have_text(str(own["individuals_trained"]))

        page.get_by_role("link", name="Admin", exact=True).click()
        page.get_by_role("link", name="Devices").click()
        device = page.locator("table#devices tbody tr", has=page.get_by_text(NAIROBI))
        expect(device).to_have_count(1)
        device.get_by_role("button", name=re.compile("Revoke the laptop")).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            f"Revoke this laptop of {NAIROBI}?"
        )
        console.shoot(page, "admin-confirm")
        page.get_by_role("button", name="Revoke the laptop").click()
        expect(page.get_by_role("status")).to_have_text(
            "The device is revoked: HQ refuses its batches from now on."
        )
        expect(device).to_contain_text("revoked on")

        more = fieldapp(
            "demo",
            "--people",
            "2",
            "--events",
            "1",
            "--data-dir",
            str(laptop),
            passphrase=PASSPHRASE,
        )
        assert more.returncode == 0, more.stderr
        refused = fieldapp("sync", "--data-dir", str(laptop), passphrase=PASSPHRASE)
        assert refused.returncode != 0
        assert "revoked" in refused.stdout + refused.stderr, refused.stdout + refused.stderr

        page.get_by_role("link", name="Audit", exact=True).click()
        expect(page.locator("table#audit")).to_contain_text("device.revoke")
        expect(page.locator("table#audit")).to_contain_text("enrollment-token.create")
