"""The code lists HQ publishes, signed by HQ (`sync.hq.reference`)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from sync.hq.api.deps import HqDep

router = APIRouter(tags=["reference"])


@router.get(
    "/reference",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}, "description": "signed bundle"}},
)
def reference_bundle(hq: HqDep) -> Response:
    return Response(content=hq.bundle, media_type="application/json")
