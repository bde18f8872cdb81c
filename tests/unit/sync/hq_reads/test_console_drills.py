"""The console's dashboard over two synced offices (TestClient): every bar of every events
breakdown (type, country, outcome, pillar, programme, working group, month) opens an events
list of exactly as many events as the bar shows; the tiles and the people's bars open the
events behind them; an event's page shows its participation as the indicators count it for
the reader's role, and never who took part."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from fieldapp.domain.codelists import shipped_lists
from fieldapp.domain.indicators import Period, compute_indicators
from sync.hq import figures
from sync.hq.accounts import totp, users
from sync.hq.accounts.scope import Role, Scope
from sync.hq.api.main import create_app
from sync.hq.settings import HqSettings
from sync.hq.tables import HQ_INDICATOR_TABLES
from tests.unit.sync.hq_api.conftest import PASSWORD, cheap_argon2  # noqa: F401
from tests.unit.sync.hq_reads.conftest import TRAINEE, YEAR, Hq

PERIOD = f"start={YEAR.start.isoformat()}&end={YEAR.end.isoformat()}"
BAR = re.compile(
    r'<li><a class="row" href="([^"]+)"><span class="label"[^>]*><bdi>[^<]*</bdi></span>\s*'
    r'<meter[^>]*value="(\d+)"'
)


RECOVERY: list[str] = []  # the admin's recovery codes (a second factor each, once)


@pytest.fixture(scope="module")
def app_of(hq: Hq, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with hq.engine.begin() as conn:
        users.add_user(conn, "omar", Role.ANALYST, actor="test", password=PASSWORD)
        users.add_user(conn, "amina", Role.ADMIN, actor="test", password=PASSWORD)
        RECOVERY[:] = totp.setup(conn, "amina", actor="test").recovery_codes
        users.add_user(
            conn, "bola", Role.OFFICE, actor="test", password=PASSWORD, offices=[hq.abuja.office_id]
        )
    settings = HqSettings(data=tmp_path_factory.mktemp("hq_data"))
    with TestClient(create_app(settings, hq.engine, hq.keys, shipped_lists())) as client:
        yield client


def signed_in(client: TestClient, name: str) -> TestClient:
    client.cookies.clear()
    code = RECOVERY.pop() if name == "amina" else ""
    answer = client.post(
        "/signin", data={"name": name, "password": PASSWORD, "code": code}, follow_redirects=False
    )
    assert answer.status_code == 303, answer.text
    return client


def count_of(page: str) -> int:
    found = re.search(r'<p id="count">([\d,\u202f\xa0 ]+) events</p>', page)
    assert found, page[:2000]
    return int(re.sub(r"\D", "", found[1]))


def test_every_bar_opens_as_many_events_as_it_shows(app_of: TestClient) -> None:
    client = signed_in(app_of, "omar")
    board = client.get(f"/dashboard?{PERIOD}").text
    checked: dict[str, int] = {}
    for section in (
        "event_type",
        "country",
        "outcome",
        "pillar",
        "programme",
        "working_group",
        "month",
    ):
        part = board.split(f'id="by-{section}"', 1)[1].split("</section>", 1)[0]
        bars = BAR.findall(part)
        assert bars, f"no bar in {section}: the check would prove nothing"
        for address, shown in bars:
            opened = client.get(html.unescape(address))
            assert opened.status_code == 200, address
            assert count_of(opened.text) == int(shown), (section, address)
        checked[section] = len(bars)
    assert checked["pillar"] >= 1 and checked["working_group"] >= 1


def test_tiles_and_people_bars_open_the_events_behind_them(app_of: TestClient) -> None:
    client = signed_in(app_of, "omar")
    board = client.get(f"/dashboard?{PERIOD}").text
    held = int(re.sub(r"\D", "", re.search(r'data-figure="events_held">([^<]+)<', board)[1]))  # type: ignore[index]
    tiles = re.findall(r'<li><a href="([^"]+)"><strong data-figure="(\w+)"', board)
    assert {figure for _, figure in tiles} >= {"events_held", "individuals_trained", "women_share"}
    counts = {figure: count_of(client.get(html.unescape(a)).text) for a, figure in tiles}
    assert counts["events_held"] == held
    assert 0 < counts["individuals_trained"] <= held  # the training events among them
    organizations = board.split('id="by-organization_type"', 1)[1].split("</section>", 1)[0]
    for address, _ in BAR.findall(organizations):
        found = count_of(client.get(html.unescape(address)).text)
        assert 0 < found <= counts["individuals_trained"], address


def test_an_event_s_page_counts_as_the_indicators_and_names_nobody(
    app_of: TestClient, hq: Hq
) -> None:
    client = signed_in(app_of, "omar")
    listed = client.get(f"/events?{PERIOD}&office={hq.rabat.office_id}&training=1").text
    addresses = re.findall(r'<a href="(/events/[0-9a-f-]+)">', listed)
    assert addresses
    lists = app_of.app.state.hq.reference.current(hq.engine).codelists  # type: ignore[attr-defined]
    for address in addresses[:5]:
        page = client.get(address)
        assert page.status_code == 200
        event_id = address.rsplit("/", 1)[1]
        with hq.engine.connect() as conn:
            exact = compute_indicators(
                conn, HQ_INDICATOR_TABLES, YEAR.__class__(None, None), event_id=event_id,
                office_id=hq.rabat.office_id, lists=lists,
            )  # fmt: skip
        assert f'data-figure="individuals_trained">{exact.individuals_trained}<' in page.text
        assert TRAINEE not in page.text and "zaynab" not in page.text.lower()
    small = [a for a in addresses if ">&lt;5<" in client.get(a).text]
    assert small, "no event with a group under five: the suppression went unchecked"
    admin = signed_in(app_of, "amina")
    assert ">&lt;5<" not in admin.get(small[0]).text  # an admin reads exact counts

    abuja_user = signed_in(app_of, "bola")
    assert abuja_user.get(addresses[0]).status_code == 404  # a Rabat event
    assert abuja_user.get("/events/no-such-event").status_code == 404


def test_a_version_that_removes_values_in_use_says_so_before_it_is_published(
    app_of: TestClient, hq: Hq
) -> None:
    client = signed_in(app_of, "amina")
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/admin/code-lists").text)
    assert token
    framework = dict(shipped_lists()["results_framework"])
    framework["version"] += 1
    framework["event_types"] = [t for t in framework["event_types"] if t != "workshop"]
    sent = client.post(
        "/admin/code-lists",
        data={"csrf_token": token[1]},
        files={"file": ("results_framework.json", json.dumps(framework).encode())},
    )
    assert sent.status_code == 200  # the differences, after the redirect
    with hq.engine.connect() as conn:
        workshops = conn.execute(
            select(func.count()).where(
                HQ_INDICATOR_TABLES.event.c.event_type == "workshop",
                HQ_INDICATOR_TABLES.event.c.deleted_at.is_(None),
            )
        ).scalar_one()
    assert workshops > 0
    assert "HQ&#39;s records still use values this version removes" in sent.text
    assert f"“workshop” — {workshops} records" in sent.text


@pytest.mark.parametrize(
    "period",
    [Period(date(2026, 1, 1), date(2026, 3, 31)), YEAR],  # a quarter (stored tallies), dates
    ids=["quarter", "dates"],
)
def test_the_offices_figures_read_together_are_each_office_s_own(hq: Hq, period: Period) -> None:
    scope = Scope(Role.ANALYST)
    with hq.engine.connect() as conn:
        whole, each = figures.by_office(conn, scope, period)
        alone = {
            office: figures.consolidated(conn, scope, period, office)
            for office in (hq.rabat.office_id, hq.abuja.office_id)
        }
        assert whole.as_dict() == figures.consolidated(conn, scope, period).as_dict()
    assert whole.events_held > 0
    for office, found in alone.items():
        assert each[office].as_dict() == found.as_dict()
    assert sum(f.individuals_trained for f in alone.values()) == whole.individuals_trained


def test_a_region_s_figures_events_and_reports_are_its_offices_in_the_reader_s_scope(
    app_of: TestClient, hq: Hq
) -> None:
    admin = signed_in(app_of, "amina")
    office_page = admin.get(f"/offices/{hq.rabat.office_id}").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', office_page)
    assert token and 'id="region-form"' in office_page
    address = f"/offices/{hq.rabat.office_id}/region"
    asked = admin.post(address, data={"csrf_token": token[1], "region": "Africa"})
    assert "Put Programme Office Rabat in the region “Africa”?" in asked.text
    odd = admin.post(
        address, data={"csrf_token": token[1], "region": "<b>Mars</b>", "confirmed": "yes"}
    )
    assert odd.status_code == 200  # not a region: the office is taken out of any
    admin.post(address, data={"csrf_token": token[1], "region": "Africa", "confirmed": "yes"})

    client = signed_in(app_of, "omar")
    period = f"start={YEAR.start.isoformat()}&end={YEAR.end.isoformat()}"
    board = client.get(f"/dashboard?{period}&office=region:Africa").text
    assert '<option value="region:Africa" selected>Africa</option>' in board
    scope = Scope(Role.ANALYST)
    with hq.engine.connect() as conn:
        rabat = figures.consolidated(conn, scope, YEAR, hq.rabat.office_id)
    assert f'data-figure="individuals_trained">{rabat.individuals_trained}<' in board
    assert "Liaison Office Abuja" not in board.split('id="by-office"', 1)[1].split("</section>")[0]
    events = client.get(f"/events?{period}&office=region:Africa").text
    assert count_of(events) == rabat.events_held
    api = client.get(f"/api/v1/indicators?{period}&region=Africa").json()
    assert api["individuals_trained"] == rabat.individuals_trained
    reports = client.get(f"/reports?{period}&office=region:Africa").text
    assert "region=Africa" in reports
    nowhere = client.get(f"/dashboard?{period}&office=region:%3Cscript%3E").text
    assert 'data-figure="individuals_trained">0<' in nowhere and "<script>x" not in nowhere

    abuja_user = signed_in(app_of, "bola")  # sees Abuja only: Africa holds none of theirs
    theirs = abuja_user.get(f"/dashboard?{period}&office=region:Africa").text
    assert 'data-figure="individuals_trained">0<' in theirs
    assert abuja_user.get(f"/api/v1/indicators?{period}&region=Africa").json()["events_held"] == 0
    admin = signed_in(app_of, "amina")
    token = re.search(r'name="csrf_token" value="([^"]+)"', admin.get("/admin/users").text)
    assert token
    admin.post(address, data={"csrf_token": token[1], "region": "", "confirmed": "yes"})
