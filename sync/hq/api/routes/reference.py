"""The code lists and offices' privacy policies HQ publishes, signed by HQ
(`sync.hq.reference`)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy.engine import Connection

from sync.hq.api.deps import HqDep, SessionDep
from sync.hq.reference import bundle_with_policies

router = APIRouter(tags=["reference"])


@router.get(
    "/reference",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}, "description": "signed bundle"}},
)
async def reference_bundle(hq: HqDep, session: SessionDep) -> Response:
    def read(conn: Connection) -> bytes:
        lists = hq.reference.current(hq.engine).bundle  # an admin may have published newer
        return bundle_with_policies(conn, hq.keys, lists)

    signed = await session.run(read)
    return Response(content=signed, media_type="application/json")
