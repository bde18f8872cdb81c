"""The code lists and offices' privacy policies HQ publishes, signed by HQ
(`sync.hq.reference`)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from sync.hq.api.deps import HqDep, SessionDep
from sync.hq.reference import bundle_with_policies

router = APIRouter(tags=["reference"])


@router.get(
    "/reference",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}, "description": "signed bundle"}},
)
async def reference_bundle(hq: HqDep, session: SessionDep) -> Response:
    signed = await session.run(lambda conn: bundle_with_policies(conn, hq.keys, hq.bundle))
    return Response(content=signed, media_type="application/json")
