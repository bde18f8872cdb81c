"""The console as HQ's staff use it, in Chromium (issue 18): an admin signs in with TOTP and
reads the offices board, whose figures are each laptop's own (`fieldapp stats`), then an
office's page; an office user sees their office only, another's address is "not found"; a
wrong code is refused and repeated failures slow the next attempt; every request a page makes
goes to HQ itself. Screenshots of each page at 1280x800 and 1024x768, in English and French."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pyotp
import pytest
from playwright.sync_api import Browser, Page, expect

from fieldapp.domain.periods import quarter_of
from sync.hq.console.i18n import translator
from tests.browser.conftest import ADMIN_PASSWORD, ANALYST_PASSWORD, SIZES, Console, new_page
from tests.conftest import PASSPHRASE
from tests.integration.cli_helpers import fieldapp
from tests.integration.hq_helpers import running_hq

pytestmark = pytest.mark.browser
RABAT = "Programme Office Rabat"
ABUJA = "Liaison Office Abuja — Regional Hub for West Africa and the Sahel"


def sign_in(page: Page, console: Console, name: str, password: str, code: str = "") -> None:
    page.goto(f"{console.hq.url}/")
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("Code from your authenticator app").fill(code)
    page.get_by_role("button", name="Sign in").click()


def admin_page(browser: Browser, console: Console, size: str = "1280x800") -> Page:
    page = new_page(browser, size)
    sign_in(page, console, "amina", ADMIN_PASSWORD, pyotp.TOTP(console.admin_totp).now())
    expect(page).to_have_url(f"{console.hq.url}/offices")
    return page


def laptop_quarter(console: Console, office: str) -> dict[str, object]:
    quarter = quarter_of(date.today())
    assert quarter.start and quarter.end
    done = fieldapp(
        "stats", "--json", "--from", quarter.start.isoformat(), "--to", quarter.end.isoformat(),
        "--data-dir", str(console.laptops[office]), passphrase=PASSPHRASE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout)
    return found


def test_an_admin_reads_the_board_with_each_laptop_s_own_figures(
    browser: Browser, console: Console
) -> None:
    page = admin_page(browser, console)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.reload()
    board = page.locator("table#offices")
    trained = [laptop_quarter(console, o)["individuals_trained"] for o in (RABAT, ABUJA)]
    assert any(trained), "no one trained this quarter: the comparison would prove little"
    for office in (RABAT, ABUJA):
        row = board.locator("tbody tr", has=page.get_by_role("link", name=office))
        cells = row.locator("td")
        own = laptop_quarter(console, office)
        expect(cells.nth(5)).to_have_text(str(own["events_held"]))
        expect(cells.nth(6)).to_have_text(str(own["individuals_trained"]))
        expect(cells.nth(1)).to_have_text("1")  # one laptop enrolled
        expect(cells.nth(2)).to_have_text("just now")
    assert requested and all(url.startswith(console.hq.url) for url in requested), requested

    page.get_by_role("link", name=RABAT).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(RABAT)
    expect(page.locator("table#devices tbody tr")).to_have_count(1)
    expect(page.locator("table#batches tbody tr").first).to_be_visible()
    own = laptop_quarter(console, RABAT)
    first_quarter = page.locator("table#quarters tbody tr").first.locator("td")
    expect(first_quarter.nth(0)).to_have_text(str(own["individuals_trained"]))


def test_an_office_user_sees_their_office_only(browser: Browser, console: Console) -> None:
    password = console.shots.parent / "salma-password"
    password.write_text("a long walk along the wadi 9")
    added = console.hq.cli(
        "user", "add", "salma", "--role", "office", "--office", console.offices[RABAT],
        "--password-file", str(password),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    page = new_page(browser)
    sign_in(page, console, "salma", password.read_text())
    expect(page).to_have_url(f"{console.hq.url}/offices")
    expect(page.locator("table#offices tbody tr")).to_have_count(1)
    expect(page.get_by_role("link", name=RABAT)).to_be_visible()
    page.goto(f"{console.hq.url}/offices/{console.offices[ABUJA]}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Not found")
    assert ABUJA not in page.content()


def test_a_wrong_code_is_refused_and_failures_slow_the_next_attempt(
    browser: Browser, console: Console, tmp_path: Path
) -> None:
    page = new_page(browser)
    sign_in(page, console, "amina", ADMIN_PASSWORD, "000000")
    expect(page.get_by_role("alert")).to_have_text("The name, password or code was not accepted.")
    expect(page.get_by_label("Name", exact=True)).to_have_value("amina")
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
    # Guessing from one address locks that address out: on an HQ of its own, so that the
    # other tests can still sign in from 127.0.0.1.
    with running_hq(tmp_path / "hq", f"sqlite:///{tmp_path / 'hq.db'}") as hq:
        alone = Console(hq, {}, {}, "", tmp_path / "shots")
        for _ in range(12):  # past the lock-out's threshold (10), as someone guessing would
            sign_in(page, alone, "mallory", "guess")
            if "Too many failed attempts" in page.get_by_role("alert").inner_text():
                break
        expect(page.get_by_role("alert")).to_contain_text("Too many failed attempts: try again in")


def test_an_analyst_reads_the_dashboard_and_drills_down_to_the_events(
    browser: Browser, console: Console
) -> None:
    page = new_page(browser)
    problems = errors_of(page)  # a script or style the page's policy refused among them
    sign_in(page, console, "omar", ANALYST_PASSWORD)
    page.get_by_role("link", name="Dashboard").click()
    drawn = page.wait_for_function(
        "() => { const c = document.querySelector('canvas[data-chart]');"
        " const chart = c && window.Chart && Chart.getChart(c);"
        " return chart ? [chart.data.labels.length, chart.data.datasets.length, c.width] : null }"
    ).json_value()
    assert drawn is not None and drawn[0] >= 1 and drawn[1] == 2 and drawn[2] > 100, drawn
    assert problems == []
    own = [laptop_quarter(console, office) for office in (RABAT, ABUJA)]
    trained = sum(int(str(figures["individuals_trained"])) for figures in own)
    held = sum(int(str(figures["events_held"])) for figures in own)
    assert held > 0, "no event this quarter: nothing to drill into"
    expect(page.locator('[data-figure="individuals_trained"]')).to_have_text(str(trained))
    expect(page.locator('[data-figure="events_held"]')).to_have_text(str(held))
    for office, figures in zip((RABAT, ABUJA), own, strict=True):
        row = page.locator("#by-office tbody tr", has=page.get_by_role("link", name=office))
        expect(row.locator("td").nth(0)).to_have_text(str(figures["events_held"]))
        expect(row.locator("td").nth(1)).to_have_text(str(figures["individuals_trained"]))
    bars = page.locator("#by-event_type ol.bars a.row")
    expect(bars.first).to_be_visible()
    first = bars.first
    label = first.locator(".label").inner_text()
    count = int(first.locator(".value").inner_text())
    first.click()
    expect(page).to_have_url(re.compile(r"/events\?"))
    expect(page.locator("#count")).to_have_text(f"{count} events")
    expect(page.locator("table#events tbody tr")).to_have_count(min(count, 50))
    types = page.locator("table#events tbody td:nth-child(3)").all_inner_texts()
    assert set(types) == {label}


def test_an_analyst_downloads_the_quarter_s_pdf_and_events_workbook(
    browser: Browser, console: Console, tmp_path: Path
) -> None:
    page = new_page(browser)
    sign_in(page, console, "omar", ANALYST_PASSWORD)
    page.get_by_role("link", name="Reports").click()
    own = [laptop_quarter(console, office) for office in (RABAT, ABUJA)]
    trained = sum(int(str(figures["individuals_trained"])) for figures in own)
    held = sum(int(str(figures["events_held"])) for figures in own)

    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Period highlights (PDF)").click()
    pdf = tmp_path / "highlights.pdf"
    pdf_download.value.save_as(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(rf"Individuals trained\s+{trained}\b", text), text[:2000]
    assert RABAT in text

    with page.expect_download() as xlsx_download:
        page.get_by_role("link", name="Events (Excel)").click()
    workbook_path = tmp_path / "events.xlsx"
    xlsx_download.value.save_as(workbook_path)
    sheet = openpyxl.load_workbook(workbook_path, read_only=True).worksheets[0]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(v is not None for v in r)]
    assert len(rows) - 1 >= held  # a heading row, then at least every held event


# Every page in English and French at both sizes (the README shows them); Arabic, right to
# left, on the smaller screen; Russian on the larger.
LOOKS = [(s, lang) for lang in ("en", "fr") for s in SIZES] + [
    ("1024x768", "ar"),
    ("1280x800", "ru"),
]


@pytest.mark.parametrize(("size", "language"), LOOKS, ids=[f"{lang}-{s}" for s, lang in LOOKS])
def test_screenshots_of_every_page(
    browser: Browser, console: Console, size: str, language: str
) -> None:
    """Each page at each size and language, kept to be looked at; none wider than the
    window (no sideways scrolling but inside a table's own box)."""
    page = new_page(browser, size, language)
    problems = errors_of(page)
    page.goto(f"{console.hq.url}/")
    console.shoot(page, f"signin-{language}-{size}")
    sign_in_words = translator(language)("Sign in")
    page.locator("#name").fill("omar")  # an analyst: the admin's code works once in 30 s
    page.locator("#password").fill(ANALYST_PASSWORD)
    page.get_by_role("button", name=sign_in_words).click()
    expect(page).to_have_url(re.compile(r"/offices$"))
    pages = {
        "offices": "/offices",
        "office": f"/offices/{console.offices[ABUJA]}",
        "dashboard": "/dashboard",
        "events": "/events",
        "reports": "/reports",
        "account": "/account",
    }
    for name, path in pages.items():
        look_at(page, console, f"{console.hq.url}{path}", name, size, language)
        if language == "ar":  # right to left: the header starts at the right-hand edge
            assert page.evaluate("document.documentElement.dir") == "rtl"
            brand = page.locator(".brand").bounding_box()
            assert brand and brand["x"] + brand["width"] > SIZES[size][0] - 60, brand
    page.goto(f"{console.hq.url}/events")
    page.locator("table#events tbody a").first.click()
    expect(page).to_have_url(re.compile(r"/events/[0-9a-f-]+$"))
    look_at(page, console, page.url, "event", size, language)

    admin = new_page(browser, size, language)  # an admin's pages, a recovery code as factor
    admin_problems = errors_of(admin)
    admin.goto(f"{console.hq.url}/")
    admin.locator("#name").fill("amina")
    admin.locator("#password").fill(ADMIN_PASSWORD)
    admin.locator("#code").fill(console.admin_recovery.pop())
    admin.get_by_role("button", name=sign_in_words).click()
    expect(admin).to_have_url(re.compile(r"/offices$"))
    for name, path in {
        "admin-users": "/admin/users",
        "admin-user": "/admin/users/omar",
        "admin-api-tokens": "/admin/api-tokens",
        "admin-enrollment": "/admin/enrollment",
        "admin-devices": "/admin/devices",
        "admin-code-lists": "/admin/code-lists",
        "admin-settings": "/admin/settings",
        "audit": "/audit",
    }.items():
        look_at(admin, console, f"{console.hq.url}{path}", name, size, language)
    assert problems + admin_problems == []  # no page refused what it loads, nor failed


def errors_of(page: Page) -> list[str]:
    """The errors ``page`` reports from now on (a script or style the policy refused, a
    missing file, a script that failed)."""
    found: list[str] = []
    page.on("console", lambda m: found.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: found.append(str(e)))
    return found


def look_at(
    page: Page, console: Console, address: str, name: str, size: str, language: str
) -> None:
    """Open ``address``, check nothing is wider than the window, and screenshot it."""
    page.goto(address)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= SIZES[size][0], f"{name} is {width} px wide"
    for wrap in page.locator(".table-wrap").all():  # every column in sight
        inside, box = wrap.evaluate("w => [w.scrollWidth, w.clientWidth]")
        assert inside <= box, f"{name}: a table needs {inside} px in {box}"
    console.shoot(page, f"{name}-{language}-{size}")


def tab_to(page: Page, accessible: str, most: int = 150) -> None:
    """Press Tab until the focused element reads ``accessible`` (its label, its text with
    its spaces as one, or the address it opens)."""
    wanted = " ".join(accessible.split())
    for _ in range(most):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement;"
            " return [e.getAttribute('aria-label') || e.innerText || e.value || '',"
            " e.getAttribute('href') || ''] }"
        )
        if wanted in (" ".join(focused[0].split()), focused[1]):
            return
    raise AssertionError(f"{accessible!r} cannot be reached with Tab")


def test_the_console_is_used_from_the_keyboard_alone(browser: Browser, console: Console) -> None:
    page = new_page(browser)
    page.goto(f"{console.hq.url}/")
    page.keyboard.type("omar")  # the name field has the focus
    page.keyboard.press("Tab")
    page.keyboard.type(ANALYST_PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{console.hq.url}/offices")

    page.keyboard.press("Tab")  # first: the way past the header
    assert page.evaluate("document.activeElement.innerText") == "Skip to the content"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/offices#main$"))

    tab_to(page, "Dashboard")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # where the focus is shows
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/dashboard$"))
    bar = page.locator("#by-event_type a.row").first
    label = bar.locator(".label").inner_text()
    href = bar.get_attribute("href")
    assert href
    tab_to(page, href)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/events\?"))
    expect(page.locator("table#events tbody tr").first).to_contain_text(label)
