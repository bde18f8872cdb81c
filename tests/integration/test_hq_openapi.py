"""schemathesis against HQ's own OpenAPI document, on a real HQ process: whatever a client
sends, within the schema or outside it, HQ never answers with a 500."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode

from tests.integration.hq_helpers import RunningHq

EXAMPLES = 40  # per operation and mode


def test_no_request_gets_a_server_error(hq: RunningHq) -> None:
    hq.token("Programme Office Rabat")
    schema = schemathesis.openapi.from_url(f"{hq.url}/openapi.json")
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
                case.call_and_validate(checks=[not_a_server_error], timeout=30)

            try:
                call()
            except Unsatisfiable:
                assert mode is GenerationMode.NEGATIVE  # nothing to break (e.g. no parameters)
                continue
            tried.append(f"{operation.label} {mode.value}")
    assert len([t for t in tried if t.endswith("positive")]) == 6, tried  # every operation
    negative = {t.removesuffix(" negative") for t in tried if t.endswith("negative")}
    assert {
        "POST /api/v1/enroll",
        "GET /api/v1/offices/{office_id}/health",
        "GET /api/v1/indicators",
    } <= negative  # and outside the schema wherever there are inputs
