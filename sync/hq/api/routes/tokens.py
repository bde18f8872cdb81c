"""API tokens (`sync.hq.accounts.api_tokens`): a user lists, makes and revokes their own; an
admin anyone's. The token is in the answer that makes it, and nowhere ever after. A token is
made by a signed-in user, not by another token: a leaked token cannot outlive its expiry or
its revocation by minting a successor."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response
from sqlalchemy.engine import Connection

from sync.hq.accounts import api_tokens
from sync.hq.accounts.api_tokens import ApiToken
from sync.hq.accounts.scope import Reads
from sync.hq.api.account_models import NewToken, TokenMade, TokenOut
from sync.hq.api.auth import Caller, CurrentUser
from sync.hq.api.deps import SessionDep, WriteDep
from sync.hq.api.models import problems
from sync.hq.api.routes.users import change

router = APIRouter(prefix="/tokens", tags=["tokens"])

ERRORS = problems(401, 403, 404, 422)


def _is_admin(caller: Caller) -> bool:
    return caller.scope.may(Reads.ADMIN)


def _whose(caller: Caller, user: str | None) -> str | None:
    """The user whose tokens the caller means: themselves unless an admin names another
    (None: an admin's "everyone's")."""
    if user is None:
        return None if _is_admin(caller) else caller.user.name
    if user.strip().lower() != caller.user.name and not _is_admin(caller):
        raise HTTPException(403, "only an admin handles another user's tokens")
    return user


@router.get("", response_model=list[TokenOut], responses=ERRORS)
async def list_tokens(
    caller: CurrentUser,
    reads: SessionDep,
    user: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
) -> list[TokenOut]:
    """Your tokens (an admin: everyone's, or ``user``'s), never their secrets."""
    whose = _whose(caller, user)
    found = await reads.run(lambda conn: api_tokens.list_tokens(conn, whose))
    return [TokenOut.of(t) for t in found]


@router.post("", status_code=201, response_model=TokenMade, responses=ERRORS)
async def create_token(given: NewToken, caller: CurrentUser, writes: WriteDep) -> TokenMade:
    """Make a token (for yourself; an admin: for anyone). Its text is shown this once."""
    if caller.token_id is not None:
        raise HTTPException(403, "a token is made by a signed-in user, not by another token")
    whose = _whose(caller, given.user) or caller.user.name

    def work(conn: Connection) -> tuple[ApiToken, str]:
        return api_tokens.create(
            conn,
            whose,
            actor=caller.actor,
            lifetime=timedelta(days=given.expires_days),
            role=given.role,
            offices=given.offices,
        )

    token, text = await change(writes, work)
    return TokenMade(token=text, **TokenOut.of(token).model_dump())


@router.delete("/{token_id}", status_code=204, response_class=Response, responses=ERRORS)
async def revoke_token(
    token_id: Annotated[str, Path(min_length=1, max_length=16)],
    caller: CurrentUser,
    writes: WriteDep,
) -> Response:
    """Revoke a token: it is refused from now on. Another user's token is 404 unless you are
    an admin (nobody learns which ids exist)."""
    whose = None if _is_admin(caller) else caller.user.name

    def work(conn: Connection) -> bool:
        mine = {t.token_id for t in api_tokens.list_tokens(conn, whose) if t.revoked_at is None}
        return token_id in mine and api_tokens.revoke(conn, token_id, actor=caller.actor)

    if not await writes.run(work):
        raise HTTPException(404, "no such live token of yours")
    return Response(status_code=204)
