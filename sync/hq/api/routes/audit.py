"""The audit log (`sync.hq.accounts.audit`), for auditors and admins: entries with filters and
paging, and the check of its chain of hashes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from sync.hq.accounts import audit
from sync.hq.api.account_models import AuditCheck, AuditEntryOut, AuditPage
from sync.hq.api.auth import AuditReader
from sync.hq.api.deps import SessionDep
from sync.hq.api.models import problems

router = APIRouter(prefix="/audit", tags=["audit"])

ERRORS = problems(401, 403)


@router.get("", response_model=AuditPage, responses=ERRORS)
async def audit_entries(
    _reader: AuditReader,
    reads: SessionDep,
    actor: Annotated[str | None, Query(max_length=200, description="e.g. user:amina")] = None,
    action: Annotated[str | None, Query(max_length=64, description="signin: every sign-in")] = None,
    target: Annotated[str | None, Query(max_length=300)] = None,
    since: Annotated[datetime | None, Query(description="from this moment")] = None,
    until: Annotated[datetime | None, Query(description="before this moment")] = None,
    after: Annotated[int, Query(ge=0, le=2**31 - 1, description="entries after this seq")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> AuditPage:
    """The entries matching every filter given, oldest first, ``limit`` at a time."""
    found = await reads.run(
        lambda conn: audit.search(
            conn,
            actor=actor,
            action=action,
            target=target,
            since=since,
            until=until,
            after=after,
            limit=limit + 1,
        )
    )
    page = found[:limit]
    more = len(found) > limit
    return AuditPage(
        entries=[AuditEntryOut.of(e) for e in page], next_after=page[-1].seq if more else None
    )


@router.get("/verify", response_model=AuditCheck, responses=ERRORS)
async def verify_chain(_reader: AuditReader, reads: SessionDep) -> AuditCheck:
    """Whether every entry follows the one before (an edited or deleted entry is named)."""
    count, bad = await reads.run(audit.verify)
    return AuditCheck(
        entries=count,
        intact=bad is None,
        first_bad=None if bad is None else bad.seq,
        problem=None if bad is None else bad.problem,
    )
