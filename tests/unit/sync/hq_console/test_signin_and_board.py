"""The console's sign-in and offices board through HQ's app (TestClient): the form in the
browser's language, a refusal in the reader's words, the session cookie, the board in the
reader's scope, signing out with the session's CSRF token only, and pages that load nothing
from another host."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pyotp
from fastapi.testclient import TestClient

from tests.unit.sync.hq_api.conftest import PASSWORD, Hq


class Links(HTMLParser):
    """Every address a page makes the browser load or go to, and its forms' CSRF tokens."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []
        self.csrf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        for name in ("src", "href", "action"):
            if given.get(name):
                self.addresses.append(str(given[name]))
        if given.get("name") == "csrf_token":
            self.csrf.append(str(given.get("value")))


def read(html: str) -> Links:
    links = Links()
    links.feed(html)
    return links


def sign_in(
    hq: Hq, client: TestClient, name: str, code: str = "", *, home: str = "/offices"
) -> None:
    answer = client.post(
        "/signin",
        data={"name": name, "password": PASSWORD, "code": code},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    assert answer.headers["location"] == home
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_the_sign_in_form_in_the_browser_s_language(hq: Hq) -> None:
    client = hq.client()
    english = client.get("/")
    assert english.status_code == 200
    assert 'lang="en"' in english.text and "Code from your authenticator app" in english.text
    french = client.get("/", headers={"Accept-Language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert 'lang="fr"' in french.text and "Mot de passe" in french.text
    assert "default-src 'self'" in english.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in english.headers["content-security-policy"]


def test_a_wrong_code_is_refused_in_the_reader_s_words_and_the_name_kept(fresh: Hq) -> None:
    client = fresh.client()
    refused = client.post(
        "/signin",
        data={"name": "amina", "password": PASSWORD, "code": "000000"},
        headers={"Accept-Language": "fr"},
    )
    assert refused.status_code == 401
    assert "Le nom, le mot de passe ou le code n’a pas été accepté." in refused.text
    assert 'value="amina"' in refused.text and PASSWORD not in refused.text
    assert "fhq_session" not in refused.headers.get("set-cookie", "")
    assert client.get("/offices", follow_redirects=False).headers["location"] == "/"


def test_an_admin_signs_in_with_totp_and_sees_every_office(fresh: Hq) -> None:
    client = fresh.client()
    sign_in(fresh, client, "amina", pyotp.TOTP(fresh.admin_totp).now())
    board = client.get("/offices")
    assert board.status_code == 200
    assert "Programme Office Rabat" in board.text and "Liaison Office Abuja" in board.text
    assert client.get("/", follow_redirects=False).headers["location"] == "/offices"
    by_name = [m for m in re.findall(r'href="/offices/[^"]+">([^<]+)<', board.text)]
    assert by_name == ["Liaison Office Abuja", "Programme Office Rabat"]
    backwards = client.get("/offices?sort=name&descending=true")
    assert re.findall(r'href="/offices/[^"]+">([^<]+)<', backwards.text) == by_name[::-1]


def test_an_office_user_sees_only_their_office(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "salma")
    board = client.get("/offices")
    assert "Programme Office Rabat" in board.text
    assert "Liaison Office Abuja" not in board.text


def test_signing_out_needs_the_session_s_csrf_token(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "omar")
    board = client.get("/offices")
    token = read(board.text).csrf[0]
    forged = client.post("/signout", data={"csrf_token": "forged"}, follow_redirects=False)
    assert forged.status_code == 303 and "fhq_session" not in forged.headers.get("set-cookie", "")
    assert client.get("/offices").status_code == 200  # still signed in
    client.post("/signout", data={"csrf_token": token}, follow_redirects=False)
    assert client.get("/offices", follow_redirects=False).headers["location"] == "/"


def test_a_sign_in_posted_from_another_site_is_refused(hq: Hq) -> None:
    answer = hq.client().post(
        "/signin",
        data={"name": "omar", "password": PASSWORD},
        headers={"Origin": "https://evil.example"},
        follow_redirects=False,
    )
    assert answer.status_code == 403


def test_no_page_loads_anything_from_another_host(hq: Hq) -> None:
    client = hq.client()
    pages = [client.get("/").text]
    sign_in(hq, client, "omar")
    pages.append(client.get("/offices").text)
    for html in pages:
        addresses = read(html).addresses
        assert addresses, "no address read: the check would prove nothing"
        for address in addresses:
            assert address.startswith(("/", "?", "#")) and not address.startswith("//"), address
        for asset in (a for a in addresses if a.startswith("/static/")):
            assert client.get(asset).status_code == 200, asset


def test_an_office_page_in_scope_and_another_office_not_found(hq: Hq) -> None:
    from tests.unit.sync.hq_api.conftest import ABUJA, RABAT

    client = hq.client()
    sign_in(hq, client, "salma")  # an office user of Rabat
    own = client.get(f"/offices/{RABAT}")
    assert own.status_code == 200
    assert "Programme Office Rabat" in own.text and hq.devices[RABAT] in own.text
    other = client.get(f"/offices/{ABUJA}")
    unknown = client.get("/offices/no-such-office")
    assert other.status_code == unknown.status_code == 404
    assert "Liaison Office Abuja" not in other.text and hq.devices[ABUJA] not in other.text
    back = re.compile(r'name="back" value="[^"]*"')  # the address asked for, echoed
    assert back.sub("", other.text) == back.sub("", unknown.text)  # nothing else differs


def test_a_user_s_language_is_kept_with_their_account(fresh: Hq) -> None:
    client = fresh.client(headers={"Accept-Language": "en"})
    sign_in(fresh, client, "omar")
    token = read(client.get("/offices").text).csrf[0]
    forged = client.post("/language", data={"language": "fr"}, follow_redirects=False)
    assert forged.headers["location"] == "/"  # no CSRF token: nobody, nothing kept
    assert "Offices" in client.get("/offices").text
    chosen = client.post(
        "/language",
        data={"language": "fr", "back": "/dashboard?quarter=2026-Q4", "csrf_token": token},
        follow_redirects=False,
    )
    assert chosen.headers["location"] == "/dashboard?quarter=2026-Q4"
    assert 'lang="fr"' in client.get("/offices").text  # though the browser asks for English
    other = fresh.client(headers={"Accept-Language": "en"})  # another browser, same user
    sign_in(fresh, other, "omar")
    assert "Bureaux" in other.get("/offices").text
    away = client.post(
        "/language",
        data={"language": "en", "back": "//evil.example/x", "csrf_token": token},
        follow_redirects=False,
    )
    assert away.headers["location"] == "/offices"
    assert 'lang="en"' in client.get("/offices").text


def test_a_name_no_user_can_have_is_refused_unheard(hq: Hq) -> None:
    for name in ("omar\x00", "x" * 65, "om\nar"):
        refused = hq.client().post("/signin", data={"name": name, "password": PASSWORD})
        assert refused.status_code == 401, name
        assert "The name, password or code was not accepted." in refused.text
