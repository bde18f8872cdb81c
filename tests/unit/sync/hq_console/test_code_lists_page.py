"""Code lists in the console: a new results framework uploaded, checked strictly (hostile
files refused in the admin's words, nothing kept), compared with the lists in use, and
published after the question: HQ's bundle is then that version, signed by HQ, and HQ checks
records with it."""

from __future__ import annotations

import copy
import json
from typing import Any

from fastapi.testclient import TestClient

from fieldapp.domain.codelists import shipped_lists
from sync.hq.accounts import audit
from sync.hq.api.deps import get_lists
from sync.protocol import ReferenceBundle
from sync.seal import open_message
from tests.unit.sync.hq_api.conftest import Hq
from tests.unit.sync.hq_console.test_admin_pages import as_admin


def framework(**changes: Any) -> dict[str, Any]:
    made = copy.deepcopy(shipped_lists()["results_framework"])
    made.update(changes)
    return made


def send(client: TestClient, token: str, content: bytes, name: str = "results_framework.json"):  # type: ignore[no-untyped-def]
    return client.post(
        "/admin/code-lists",
        data={"csrf_token": token},
        files={"file": (name, content, "application/json")},
        follow_redirects=False,
    )


def test_a_new_version_is_compared_then_published_signed(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    shipped = shipped_lists()["results_framework"]
    assert "Version 1" not in client.get("/admin/code-lists").text
    new = framework(version=shipped["version"] + 1)
    new["event_types"] = [*shipped["event_types"], "mentoring session"]
    new["gcts_pillars"] = copy.deepcopy(shipped["gcts_pillars"])
    new["gcts_pillars"][0]["title"] = "Conditions conducive, renamed"
    new["example_donors"] = shipped["example_donors"][1:]
    version = new["version"]

    sent = send(client, token, json.dumps(new).encode())
    assert sent.status_code == 303 and sent.headers["location"] == f"/admin/code-lists/{version}"
    shown = client.get(sent.headers["location"]).text
    assert "+ mentoring session" in shown
    assert f"− {shipped['example_donors'][0]}" in shown
    assert "“Conditions conducive, renamed”" in shown
    app_hq = fresh.app.state.hq
    assert "mentoring session" not in get_lists(app_hq).event_types  # not before it is published

    address = f"/admin/code-lists/{version}/publish"
    asked = client.post(address, data={"csrf_token": token})
    assert f"Publish version {version} of the code lists?" in asked.text
    done = client.post(
        address, data={"csrf_token": token, "confirmed": "yes"}, follow_redirects=False
    )
    assert done.headers["location"] == "/admin/code-lists?done=lists-published"
    page = client.get(done.headers["location"]).text
    assert f"In use: version {version}, published by user:amina" in page

    assert "mentoring session" in get_lists(app_hq).event_types
    served = fresh.client().get("/api/v1/reference")
    bundle = open_message(served.content, ReferenceBundle, app_hq.keys.signing.public_key())
    assert bundle.version == version
    assert bundle.lists["results_framework"]["event_types"][-1] == "mentoring session"
    assert bundle.lists["countries"] == shipped_lists()["countries"]  # kept as in use

    again = client.post(address, data={"csrf_token": token, "confirmed": "yes"})
    assert again.status_code == 422 and "is not above" in again.text
    far = send(client, token, json.dumps(framework(version=version + 101)).encode())
    assert far.status_code == 422 and f"at most {version + 100}" in far.text
    older = send(client, token, json.dumps(framework(version=version)).encode())
    assert older.status_code == 422 and f"must be above {version}" in older.text
    with fresh.engine.connect() as conn:
        assert [e.action for e in audit.search(conn, action="code-lists")] == [
            "code-lists.upload",
            "code-lists.publish",
        ]


def test_hostile_files_are_refused_in_the_admin_s_words(fresh: Hq) -> None:
    client, token = as_admin(fresh)
    version = shipped_lists()["results_framework"]["version"] + 1
    broken_titles = framework(version=version)
    broken_titles["outcomes"] = [*broken_titles["outcomes"], {"code": "1.1", "title": "twice"}]
    cases = {
        b"not json at all": "the file is not JSON",
        b"[1, 2, 3]": "an object is expected",
        b"[" * 100_000 + b"]" * 100_000: "the file is not JSON",  # nested past any parser
        b" " * 512_001: "larger than 512 kB",
        json.dumps(framework(version="2")).encode(): "“version”: a whole number is expected",
        json.dumps(framework(version=True)).encode(): "“version”: a whole number is expected",
        json.dumps(framework(version=version, sexes="female")).encode(): "“sexes”: a list",
        json.dumps(framework(version=version, sexes=["female", "female"])).encode(): "twice",
        json.dumps(framework(version=version, modalities=["online\x00"])).encode(): "control",
        json.dumps(framework(version=version, age_bands=[""])).encode(): "a text of 1 to 500",
        json.dumps(broken_titles).encode(): "“outcomes”: the code 1.1 is there twice",
        json.dumps(
            {k: v for k, v in framework(version=version).items() if k != "outcomes"}
        ).encode(): "“outcomes”: a list",
    }
    for content, words in cases.items():
        refused = send(client, token, content, name="../../etc/<b>x</b>.json")
        assert refused.status_code == 422, words
        assert words in refused.text, (words, refused.text[:3000])
        assert "<b>x</b>" not in refused.text  # the file's name is shown as text
    nothing = client.post("/admin/code-lists", data={"csrf_token": token})
    assert "Choose the results_framework.json file to upload." in nothing.text
    assert client.get("/admin/code-lists").text.count('href="/admin/code-lists/') == 0
    forged = client.post(
        "/admin/code-lists",
        files={"file": ("r.json", json.dumps(framework(version=version)).encode())},
        follow_redirects=False,
    )
    assert forged.headers["location"] == "/"  # no CSRF token: nobody
