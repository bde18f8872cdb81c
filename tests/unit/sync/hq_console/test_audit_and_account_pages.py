"""The console's audit log (filters, paging, the chain checked, a CSV export that is itself
audited and whose cells no spreadsheet runs) and a user's own password change."""

from __future__ import annotations

import csv
import io

from sqlalchemy import update

from sync.hq.accounts import audit
from sync.hq.tables import HQ_AUDIT
from tests.unit.sync.hq_api.conftest import PASSWORD, Hq
from tests.unit.sync.hq_console.test_signin_and_board import read, sign_in


def test_the_audit_log_filtered_paged_checked_and_exported(fresh: Hq) -> None:
    with fresh.engine.begin() as conn:
        for n in range(130):
            audit.append(conn, "=cmd|' /C calc'!A0", "test.note", f"thing:{n}")
    client = fresh.client()
    sign_in(fresh, client, "fatou", home="/audit")
    first = client.get("/audit")
    assert "thing:129" in first.text and "thing:29" not in first.text  # newest first, 100
    older = read(first.text).addresses
    older_link = next(a for a in older if "before=" in a)
    second = client.get(older_link.replace("&amp;", "&"))
    assert "thing:29" in second.text and "thing:129" not in second.text
    narrowed = client.get("/audit", params={"action": "signin", "actor": "user:fatou"})
    assert "signin.ok" in narrowed.text and "test.note" not in narrowed.text
    nothing = client.get("/audit", params={"target": "office:none"})
    assert "No entry matches these filters." in nothing.text

    checked = client.get("/audit/verify")
    assert "The chain is intact" in checked.text

    exported = client.get("/audit.csv", params={"action": "test"})
    assert exported.status_code == 200
    assert exported.headers["content-disposition"].startswith('attachment; filename="hq-audit-')
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert rows[0] == list(audit.COLUMNS)
    assert len(rows) == 131 and {r[3] for r in rows[1:]} == {"test.note"}
    assert rows[1][2] == "'=cmd|' /C calc'!A0"  # a formula made inert
    with fresh.engine.connect() as conn:
        (export,) = audit.search(conn, action="audit.export")
    assert export.actor == "user:fatou" and '"action":"test"' in export.detail

    with fresh.engine.begin() as conn:  # someone edits an entry in the database
        conn.execute(update(HQ_AUDIT).where(HQ_AUDIT.c.seq == 40).values(actor="user:nobody"))
    broken = client.get("/audit/verify")
    assert "The chain is broken at entry 40" in broken.text


def test_the_audit_log_refuses_hostile_filters(hq: Hq) -> None:
    client = hq.client()
    sign_in(hq, client, "fatou", home="/audit")
    assert client.get("/audit", params={"before": "-1"}).status_code == 422
    assert client.get("/audit", params={"start": "2026-13-01"}).status_code == 422
    assert client.get("/audit", params={"actor": "x" * 201}).status_code == 422
    assert client.get("/audit", params={"end": "9999-12-31"}).status_code == 200
    assert client.get("/audit.csv", params={"end": "9999-12-31"}).status_code == 200
    backwards = client.get("/audit", params={"start": "2030-01-01", "end": "2020-01-01"})
    assert backwards.status_code == 200  # dates given backwards are put right


def test_changing_one_s_own_password(fresh: Hq) -> None:
    client = fresh.client()
    sign_in(fresh, client, "omar")
    other = fresh.client()
    sign_in(fresh, other, "omar")
    token = read(client.get("/account").text).csrf[0]
    new = "another long passphrase 43"

    def change(old: str, new: str, repeated: str) -> str:
        answer = client.post(
            "/account/password",
            data={
                "csrf_token": token,
                "old_password": old,
                "new_password": new,
                "repeated": repeated,
            },
        )
        return answer.text

    assert "The two new passwords differ" in change(PASSWORD, new, new + "x")
    assert "Your current password was not accepted." in change("wrong one", new, new)
    assert "too short" in change(PASSWORD, "short", "short")
    assert "Your password is changed" in change(PASSWORD, new, new)
    assert other.get("/offices", follow_redirects=False).headers["location"] == "/"
    assert client.get("/offices").status_code == 200  # this session goes on
    refused = fresh.client().post("/signin", data={"name": "omar", "password": PASSWORD})
    assert refused.status_code == 401
