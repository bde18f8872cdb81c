"""One person's identity, revealed (issue 16): ``POST /people/{id}/reveal`` with a reason.

For admins and users granted the right (`sync.hq.accounts.reveal_right`); a person of an
office the caller does not see is 404, as an unknown id is. Every attempt is audited, refused
ones too, never with what was revealed (`sync.hq.reveal`). The answer is never cached.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.engine import Connection

from sync.hq.accounts.moments import now
from sync.hq.api.auth import CurrentUser
from sync.hq.api.deps import SettingsDep, WriteDep
from sync.hq.api.models import problems
from sync.hq.identities import IdentityKey, IdentityKeyProblem, identity_key
from sync.hq.reveal import Refusal, Revealed, reveal

router = APIRouter(prefix="/people", tags=["people"])

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class RevealAsked(BaseModel):
    """Why you need this person's identity: kept in the audit log with your name."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    reason: str = Field(min_length=10, max_length=500, pattern=r"^[^\x00-\x1f\x7f]*$")


class RevealedIdentity(BaseModel):
    person_id: str
    office_id: str
    fields: dict[str, Any]  # the identity fields (`fieldapp.domain.privacy.IDENTITY_FIELDS`)
    revealed_at: datetime
    audit_seq: int  # the audit entry this reveal wrote


@router.post(
    "/{person_id}/reveal",
    response_model=RevealedIdentity,
    responses=problems(401, 403, 404, 409, 422, 503),
    summary="Reveal one person's identity (audited)",
)
async def reveal_identity(
    person_id: Annotated[str, Path(min_length=1, max_length=36)],
    given: RevealAsked,
    caller: CurrentUser,
    settings: SettingsDep,
    writes: WriteDep,
    response: Response,
) -> RevealedIdentity:
    """The person's name and contacts as their office shared them, for an admin or a user
    granted the right, with a reason (10 to 500 characters) the audit log keeps beside your
    name, the person and their office."""
    key: IdentityKey | IdentityKeyProblem | None
    try:
        key = identity_key(settings)
    except IdentityKeyProblem as exc:
        key = exc

    def work(conn: Connection) -> Revealed | Refusal:
        return reveal(
            conn,
            user=caller.user,
            scope=caller.scope,
            actor=caller.actor,
            person_id=person_id,
            reason=given.reason,
            key=key,
        )

    done = await writes.run(work)
    if isinstance(done, Refusal):
        raise HTTPException(done.status, done.message, headers=NO_STORE)
    response.headers.update(NO_STORE)
    return RevealedIdentity(
        person_id=done.person_id,
        office_id=done.office_id,
        fields=done.fields,
        revealed_at=now(),
        audit_seq=done.audit_seq,
    )
