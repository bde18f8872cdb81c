"""schemathesis against HQ's own OpenAPI document, on a real HQ process: whatever a client
sends, within the schema or outside it, HQ never answers with a 500. It calls with an admin's
API token (every route reachable), as a BI tool or script would."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from tests.integration.hq_helpers import api_token, bearer
from tests.integration.tls_helpers import hq_server, hq_token

EXAMPLES = 8  # per operation and mode: ~27 operations in under 30 s a backend
AT_LEAST = 24  # operations in HQ's OpenAPI document (issue 15's routes; more may come)


# HQ's rate limits would answer most cases 429 before they reach the code under test.
UNTHROTTLED = ["--enroll-per-minute", "100000", "--failures-per-minute", "100000"]


def test_no_request_gets_a_server_error(
    tmp_path: Path, hq_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Sign-ins with made-up passwords would lock this address out (429) after a few.
    monkeypatch.setenv("FIELDAPP_HQ_LOCKOUT_AFTER", "1000000")
    with hq_server(tmp_path / "hq", hq_db_url, serve=UNTHROTTLED) as hq:
        hq_token(hq.data, hq.db_url, "Programme Office Rabat")
        admin = bearer(api_token(hq.data, hq.db_url, "admin"))
        throttled = check_every_operation(hq.url, admin)
    assert throttled == 0


def check_every_operation(url: str, headers: dict[str, str]) -> int:
    """Run every operation in and outside the schema; returns how many answers were 429."""
    schema = schemathesis.openapi.from_url(f"{url}/openapi.json", headers=headers)
    throttled = 0
    tried: list[str] = []
    for found in schema.get_all_operations():
        operation = found.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,  # the same cases every run: a failure can be replayed
                database=None,
            )
            def call(case: schemathesis.Case) -> None:
                nonlocal throttled
                response = case.call_and_validate(
                    headers=headers, checks=[not_a_server_error], timeout=30
                )
                throttled += response.status_code == 429

            try:
                call()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing to break (e.g. no parameters)
                continue
            tried.append(f"{operation.label} {mode.value}")
    documented = {found.ok().label for found in schema.get_all_operations()}
    assert len(documented) >= AT_LEAST, documented
    assert {t.removesuffix(" positive") for t in tried if t.endswith("positive")} == documented
    negative = {t.removesuffix(" negative") for t in tried if t.endswith("negative")}
    assert {
        "POST /api/v1/enroll",
        "GET /api/v1/offices/{office_id}/health",
        "GET /api/v1/indicators",
        "POST /api/v1/session",
        "POST /api/v1/users",
        "POST /api/v1/tokens",
        "GET /api/v1/audit",
        "POST /api/v1/enrollment-tokens",
        "GET /api/v1/reports/period.pdf",
        "GET /api/v1/exports/{kind}.{fmt}",
    } <= negative  # and outside the schema wherever there are inputs
    return throttled
