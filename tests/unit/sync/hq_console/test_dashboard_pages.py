"""The dashboard and the events pages through HQ's app (TestClient), before any event has
reached HQ, and in the reader's scope: another office's figures or events are "not found";
hostile query values are refused or ignored, never an error page."""

from __future__ import annotations

from tests.unit.sync.hq_api.conftest import ABUJA, RABAT, Hq
from tests.unit.sync.hq_console.test_signin_and_board import read, sign_in


def test_an_empty_dashboard_and_events_page(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "omar")
    board = client.get("/dashboard")
    assert board.status_code == 200
    assert 'data-figure="individuals_trained">0<' in board.text
    assert "None in this period." in board.text
    events = client.get("/events")
    assert events.status_code == 200 and '<p id="count">0 events</p>' in events.text
    for html in (board.text, events.text):
        assert all(a.startswith(("/", "?", "#")) for a in read(html).addresses)


def test_another_office_s_figures_and_events_are_not_found(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "salma")  # Rabat's office user
    assert client.get(f"/dashboard?office={RABAT}").status_code == 200
    for path in (f"/dashboard?office={ABUJA}", f"/events?office={ABUJA}", "/events?office=x"):
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert "Liaison Office Abuja" not in answer.text


def test_hostile_query_values(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "omar")
    for month in ("2026-1%27", "2026-13", "2026-00", "0000-01"):  # never a month to show
        assert client.get(f"/events?month={month}").status_code == 422, month
    assert client.get("/events?month=2026-11").status_code == 200
    assert client.get("/events?page=0").status_code == 422
    assert client.get("/events?q=" + "x" * 101).status_code == 422
    assert client.get("/events?event_type=%00").status_code == 422  # PostgreSQL refuses NUL
    wild = client.get("/events?q=%25_%5C&tag=nonsense:1")  # LIKE's wildcards, an unknown tag
    assert wild.status_code == 200 and '<p id="count">0 events</p>' in wild.text
    assert client.get("/dashboard?start=2026-12-31&end=2026-01-01").status_code == 200
    shown = client.get("/dashboard?quarter=<script>")
    assert shown.status_code == 200 and "<script>" not in shown.text.replace(
        '<script src="/static/', ""
    )


def test_errors_are_pages_with_the_console_s_headers_and_the_api_s_stay_json(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "omar")
    odd = client.get("/events?page=0&start=2026-02-30")
    assert odd.status_code == 422 and odd.headers["content-type"].startswith("text/html")
    assert "A value in the address is not one the console can use: page, start." in odd.text
    assert "2026-02-30" not in odd.text  # what was sent is never echoed
    missing = client.get("/no/such/page")
    assert missing.status_code == 404 and "Not found" in missing.text
    wrong_method = client.get("/signin")
    assert wrong_method.status_code == 405 and "Not found" in wrong_method.text
    for answer in (odd, missing, wrong_method):
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    api = client.get("/api/v1/no-such-thing")
    assert api.status_code == 404 and api.json() == {"detail": "Not Found"}
    bad_api = client.get("/api/v1/indicators?start=nonsense")
    assert bad_api.status_code == 422 and bad_api.json()["detail"][0]["loc"] == ["query", "start"]
    asset = client.get("/static/console.css")
    assert asset.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in asset.headers["content-security-policy"]
    assert client.get("/static/../locales/fr.po").status_code == 404
