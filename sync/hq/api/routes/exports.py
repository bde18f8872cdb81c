"""HQ's exports (`sync.hq.exports`): events, attendance (by ids only) and indicators of the
offices the caller sees, as CSV or XLSX, streamed as the rows are read.

The checks run before the answer starts (another office: 404; a role without exports: 403), so
a refused download is a status, not a broken file. The read's connection then stays open until
the last chunk is sent, holding one of the app's reader places (an export cannot take every
connection from the devices' batches), and is closed however the download ends. Every export
is in the audit log; a token's use of this route is too (`sync.hq.api.auth.ExportReader`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from sqlalchemy.engine import Connection

from sync.hq import exports, figures
from sync.hq.accounts.scope import Reads
from sync.hq.api.auth import ExportReader, record
from sync.hq.api.deps import ListsDep, ReadSession, SessionDep, WriteDep
from sync.hq.api.models import problems
from sync.hq.api.routes.reports import (
    End,
    OfficeId,
    RegionName,
    Start,
    attachment,
    audit_detail,
    checked_period,
    download_name,
    read_scope,
    scope_refusals,
)
from sync.hq.database import read_only

router = APIRouter(prefix="/exports", tags=["exports"])


class Kind(StrEnum):
    events = "events"
    attendance = "attendance"
    indicators = "indicators"


class Format(StrEnum):
    csv = "csv"
    xlsx = "xlsx"


MEDIA_TYPES = {
    Format.csv: "text/csv; charset=utf-8",
    Format.xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
assert {k.value for k in Kind} == set(exports.KINDS)
assert {f.value for f in Format} == set(exports.FORMATS)


class HeldRead:
    """A read-only connection kept open across a streamed answer, in one of ``reads``' places;
    `close` gives both back (it is safe to call twice)."""

    def __init__(self, reads: ReadSession) -> None:
        self.reads = reads
        self.stack = ExitStack()
        self.held = False

    async def open(self) -> Connection:
        await self.reads.readers.acquire()
        self.held = True
        try:
            return await run_in_threadpool(self.stack.enter_context, read_only(self.reads.engine))
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            await run_in_threadpool(self.stack.close)
        finally:
            self.reads.readers.release()


async def _sent(chunks: Iterator[bytes], held: HeldRead) -> AsyncIterator[bytes]:
    """The chunks, each read in a worker thread (rows are fetched as they are); the connection
    closed at the end, or when the client goes away (the generator is closed then)."""
    try:
        while (chunk := await run_in_threadpool(next, chunks, None)) is not None:
            yield chunk
    finally:
        await held.close()


@router.get(
    "/{kind}.{fmt}",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {media: {} for media in MEDIA_TYPES.values()},
            "description": "the rows, as a CSV (UTF-8) or XLSX file",
        },
        **problems(401, 403, 404, 422),
    },
)
async def export(
    kind: Annotated[Kind, Path(description="events, attendance (ids only) or indicators")],
    fmt: Annotated[Format, Path(description="csv or xlsx")],
    caller: ExportReader,
    reads: SessionDep,
    writes: WriteDep,
    lists: ListsDep,
    start: Start = None,
    end: End = None,
    office_id: OfficeId = None,
    region: RegionName = None,
) -> StreamingResponse:
    """Events starting in the period (with their participants' counts), who attended them (by
    id, with sex, age band, organization type and nationality for an admin only: no name,
    e-mail or phone for anyone), or every indicator, over the offices you see (or
    ``office_id`` alone); below admin, the indicators carry "<5" as ``/indicators`` does."""
    period = checked_period(start, end)
    scope = await read_scope(caller, reads, region)
    with scope_refusals():  # checked first in a short read: the held one waits for no other
        await reads.run(lambda conn: figures.offices_to_read(conn, scope, Reads.EXPORTS, office_id))
    detail = audit_detail(caller, period, office_id, region, format=fmt.value)
    await record(writes, caller, "export", kind.value, detail)
    held = HeldRead(reads)
    conn = await held.open()
    try:
        with scope_refusals():
            chunks = await run_in_threadpool(
                exports.export, conn, scope, kind, fmt, period, office_id, lists=lists
            )
    except BaseException:
        await held.close()
        raise
    name = download_name(kind.value, period, office_id, fmt.value)
    return StreamingResponse(
        _sent(chunks, held), media_type=MEDIA_TYPES[fmt], headers=attachment(name)
    )
