"""HQ's new reads through their routes (TestClient, one HQ of two synced offices): the offices
list, the period PDF and the exports, for each role and for another office's id; what each
answer is (media type, file name) and what the audit log says of it."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from fieldapp.domain.codelists import shipped_lists
from sync.hq.accounts import audit
from sync.hq.accounts.scope import Role
from sync.hq.api.deps import ReadSession
from sync.hq.api.main import create_app
from sync.hq.api.routes.exports import HeldRead, _sent
from sync.hq.settings import HqSettings
from tests.unit.reports.pdf_text import pdf_text
from tests.unit.sync.hq_api.credentials import bearer
from tests.unit.sync.hq_reads.conftest import TRAINEE, YEAR, Hq

PERIOD = {"start": YEAR.start.isoformat(), "end": YEAR.end.isoformat()}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def client(hq: Hq, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = HqSettings(data=tmp_path_factory.mktemp("hq_data"))
    app = create_app(settings, hq.engine, hq.keys, shipped_lists())
    with TestClient(app) as client:
        yield client


def last_entry(hq: Hq) -> audit.Entry:
    with hq.engine.connect() as conn:
        return audit.entries(conn)[-1]


def read_back(pdf: bytes, tmp_path: Path) -> str:
    (tmp_path / "read.pdf").write_bytes(pdf)
    return pdf_text(tmp_path / "read.pdf", layout=True)


def test_the_offices_list_shows_the_caller_s_offices_only(client: TestClient, hq: Hq) -> None:
    analyst = client.get("/api/v1/offices", headers=bearer(hq.engine))
    assert analyst.status_code == 200
    names = [o["name"] for o in analyst.json()]
    assert names == ["Liaison Office Abuja", "Programme Office Rabat", "Regional Office Dakar"]
    rabat = next(o for o in analyst.json() if o["name"] == "Programme Office Rabat")
    assert rabat["devices_enrolled"] == 1 and rabat["last_contact"] is not None

    rabat_user = bearer(hq.engine, Role.OFFICE, offices=[hq.rabat.office_id])
    mine = client.get("/api/v1/offices", headers=rabat_user).json()
    assert [o["office_id"] for o in mine] == [hq.rabat.office_id]
    assert client.get("/api/v1/offices").status_code == 401
    assert client.get("/api/v1/offices", headers=bearer(hq.engine, Role.AUDITOR)).status_code == 403


def test_the_period_pdf_prints_the_indicators_of_the_same_scope_and_is_audited(
    client: TestClient, hq: Hq, tmp_path: Path
) -> None:
    rabat_user = bearer(hq.engine, Role.OFFICE, offices=[hq.rabat.office_id])
    answer = client.get("/api/v1/reports/period.pdf", params=PERIOD, headers=rabat_user)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.headers["content-disposition"] == (
        'attachment; filename="highlights_2025-11-23_2026-11-22.pdf"'
    )
    figures = client.get("/api/v1/indicators", params=PERIOD, headers=rabat_user).json()
    text = read_back(answer.content, tmp_path)
    trained = re.search(r"^\s*Individuals trained\s+([\d,]+)", text, re.MULTILINE)
    held = re.search(r"^\s*Events held\s+([\d,]+)", text, re.MULTILINE)
    assert trained and held
    assert int(trained[1].replace(",", "")) == figures["individuals_trained"] > 0
    assert int(held[1].replace(",", "")) == figures["events_held"] > 0
    assert "Liaison Office Abuja" not in text and TRAINEE not in text

    entry = last_entry(hq)
    assert (entry.action, entry.target) == ("report.period", "period.pdf")
    assert entry.actor.startswith("token:")
    assert json.loads(entry.detail) == {
        "scope": f"office: {hq.rabat.office_id}",
        "office_id": None,
        "start": "2025-11-23",
        "end": "2026-11-22",
        "lang": "en",
    }


def test_another_office_s_pdf_is_404_and_roles_without_figures_are_refused(
    client: TestClient, hq: Hq
) -> None:
    rabat_user = bearer(hq.engine, Role.OFFICE, offices=[hq.rabat.office_id])
    path = "/api/v1/reports/period.pdf"
    abuja = client.get(path, params={"office_id": hq.abuja.office_id}, headers=rabat_user)
    unknown = client.get(path, params={"office_id": "no-such-office"}, headers=rabat_user)
    assert (abuja.status_code, unknown.status_code) == (404, 404)
    assert abuja.json() == unknown.json()  # the same answer: offices cannot be enumerated
    assert client.get(path).status_code == 401
    assert client.get(path, headers=bearer(hq.engine, Role.AUDITOR)).status_code == 403
    backwards = client.get(
        path, params={"start": "2026-01-02", "end": "2026-01-01"}, headers=rabat_user
    )
    assert backwards.status_code == 422
    assert client.get(path, params={"lang": "xx"}, headers=rabat_user).status_code == 422


def test_an_arabic_pdf_is_written_in_arabic(client: TestClient, hq: Hq, tmp_path: Path) -> None:
    answer = client.get(
        "/api/v1/reports/period.pdf",
        params={**PERIOD, "lang": "ar", "office_id": hq.abuja.office_id},
        headers=bearer(hq.engine),
    )
    assert answer.status_code == 200
    assert answer.headers["content-disposition"].endswith(f'_2026-11-22_{hq.abuja.office_id}.pdf"')
    assert "المكاتب المشمولة" in read_back(answer.content, tmp_path)  # "Offices included"


def test_an_attendance_export_streams_ids_only_and_is_audited(client: TestClient, hq: Hq) -> None:
    analyst = bearer(hq.engine)
    with client.stream(
        "GET", "/api/v1/exports/attendance.csv", params=PERIOD, headers=analyst
    ) as answer:
        assert answer.status_code == 200
        data = b"".join(answer.iter_bytes())
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert answer.headers["content-disposition"] == (
        'attachment; filename="attendance_2025-11-23_2026-11-22.csv"'
    )
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Participant ID", "Event ID"] and len(rows) > 20
    for secret in (b"Zaynab", b"Qasimi", b"zaynab.qasimi@example.org", b"600 123 456"):
        assert secret not in data
    with hq.engine.connect() as conn:
        use, made = audit.entries(conn)[-2:]
    assert (use.action, made.action, made.target) == ("token.use", "export", "attendance")
    assert use.actor == made.actor and made.actor.startswith("token:")
    assert json.loads(made.detail)["scope"] == "analyst: all offices"
    assert json.loads(made.detail)["format"] == "csv"


def test_an_office_s_indicators_export_opens_in_a_spreadsheet(client: TestClient, hq: Hq) -> None:
    analyst = bearer(hq.engine)
    answer = client.get(
        "/api/v1/exports/indicators.xlsx",
        params={**PERIOD, "office_id": hq.rabat.office_id},
        headers=analyst,
    )
    assert answer.status_code == 200 and answer.headers["content-type"] == XLSX
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet is not None
    rows = {r[0]: r[3] for r in sheet.iter_rows(values_only=True) if r[1] in (None, "")}
    figures = client.get(
        "/api/v1/indicators", params={**PERIOD, "office_id": hq.rabat.office_id}, headers=analyst
    ).json()
    trained = next(v for k, v in rows.items() if k == "Individuals trained")
    assert int(str(trained)) == figures["individuals_trained"]


def test_exports_refuse_other_offices_roles_without_exports_and_odd_names(
    client: TestClient, hq: Hq
) -> None:
    analyst = bearer(hq.engine)
    rabat_user = bearer(hq.engine, Role.OFFICE, offices=[hq.rabat.office_id])
    path = "/api/v1/exports/events.csv"
    assert client.get(path).status_code == 401
    assert client.get(path, headers=rabat_user).status_code == 403  # office users: no exports
    assert client.get(path, headers=bearer(hq.engine, Role.AUDITOR)).status_code == 403
    assert client.get(path, params={"office_id": "x" * 64}, headers=analyst).status_code == 404
    assert client.get(path, params={"office_id": "x" * 65}, headers=analyst).status_code == 422
    for hostile in ("\x00", "' OR 1=1 --", "../../etc/passwd"):
        refused = client.get(path, params={"office_id": hostile}, headers=analyst)
        assert refused.status_code in (404, 422) and "Office ID" not in refused.text
    for odd in ("people.csv", "attendance.pdf", "attendance", "..%2Fhealth.csv"):
        assert client.get(f"/api/v1/exports/{odd}", headers=analyst).status_code in (404, 422)
    hq_state = client.app.state.hq  # type: ignore[attr-defined]
    assert hq_state.readers._value == hq_state.limits.readers  # every reader place given back


def test_a_download_given_up_halfway_gives_its_connection_and_reader_place_back(hq: Hq) -> None:
    """A client that goes away mid-download: the server closes the stream's generator (as
    Starlette's does then); the connection is closed and the reader place is free again."""
    readers = asyncio.Semaphore(1)
    chunks = iter([b"first", b"second"])

    async def give_up() -> tuple[bool, bool]:
        held = HeldRead(ReadSession(hq.engine, readers))
        conn = await held.open()
        stream = _sent(chunks, held)
        assert await anext(stream) == b"first"
        assert readers.locked()  # the download holds the only place
        await stream.aclose()
        return conn.closed, readers.locked()

    assert asyncio.run(give_up()) == (True, False)
    assert next(chunks) == b"second"  # nothing was read past what was sent
