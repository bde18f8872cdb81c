"""HQ's users, for admins (`sync.hq.accounts.users`): list, add, give a role and offices,
disable and enable, reset a password (a one-time code, shown once). Every change is audited
with the admin (or their token) as actor, in the change's own transaction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, HTTPException, Path
from sqlalchemy.engine import Connection

from sync.hq.accounts import users
from sync.hq.accounts.passwords import PasswordRefused
from sync.hq.accounts.users import User, UserRefused
from sync.hq.api.account_models import NewUser, RoleChange, SigninCode, UserAdded, UserOut
from sync.hq.api.auth import Admin
from sync.hq.api.deps import SessionDep, WriteDep, WriteSession
from sync.hq.api.models import problems

T = TypeVar("T")
router = APIRouter(prefix="/users", tags=["users"])

Name = Annotated[str, Path(min_length=1, max_length=64)]
ERRORS = problems(401, 403, 404, 409, 422)


class NoSuchUser(LookupError):
    pass


def existing(conn: Connection, name: str) -> User:
    user = users.get_user(conn, name)
    if user is None:
        raise NoSuchUser(name)
    return user


async def change(writes: WriteSession, work: Callable[[Connection], T]) -> T:
    """Run a change; an unknown user is 404, a refused change 422 (409: the name is taken)."""
    try:
        return await writes.run(work)
    except NoSuchUser as exc:
        raise HTTPException(404, f"no user “{str(exc)[:64]}”") from None
    except (UserRefused, PasswordRefused) as exc:
        status = 409 if str(exc).startswith("there is already") else 422
        raise HTTPException(status, str(exc)) from None


@router.get("", response_model=list[UserOut], responses=ERRORS)
async def list_users(_admin: Admin, reads: SessionDep) -> list[UserOut]:
    return [UserOut.of(u) for u in await reads.run(users.list_users)]


@router.post("", status_code=201, response_model=UserAdded, responses=ERRORS)
async def add_user(given: NewUser, admin: Admin, writes: WriteDep) -> UserAdded:
    """Add a user; without a password, the one-time code they set it with (shown once)."""

    def work(conn: Connection) -> tuple[User, str | None]:
        return users.add_user(
            conn,
            given.name,
            given.role,
            actor=admin.actor,
            offices=given.offices,
            password=given.password,
        )

    user, code = await change(writes, work)
    return UserAdded(user=UserOut.of(user), signin_code=code)


@router.put("/{name}/role", response_model=UserOut, responses=ERRORS)
async def set_role(name: Name, given: RoleChange, admin: Admin, writes: WriteDep) -> UserOut:
    """Give a user a role and (for the office role) their offices; a new role ends their
    sessions."""

    def work(conn: Connection) -> User:
        user = existing(conn, name)
        return users.set_role(conn, user.name, given.role, actor=admin.actor, offices=given.offices)

    return UserOut.of(await change(writes, work))


def _set_disabled(name: str, disabled: bool, admin: Admin) -> Callable[[Connection], User]:
    def work(conn: Connection) -> User:
        user = existing(conn, name)
        if disabled and user.user_id == admin.user.user_id:
            raise UserRefused("you cannot disable yourself: another admin can")
        return users.set_disabled(conn, user.name, disabled, actor=admin.actor)

    return work


@router.post("/{name}/disable", response_model=UserOut, responses=ERRORS)
async def disable_user(name: Name, admin: Admin, writes: WriteDep) -> UserOut:
    """Disable a user: their sessions end and their tokens stop working."""
    return UserOut.of(await change(writes, _set_disabled(name, True, admin)))


@router.post("/{name}/enable", response_model=UserOut, responses=ERRORS)
async def enable_user(name: Name, admin: Admin, writes: WriteDep) -> UserOut:
    return UserOut.of(await change(writes, _set_disabled(name, False, admin)))


@router.post("/{name}/reset-password", response_model=SigninCode, responses=ERRORS)
async def reset_password(name: Name, admin: Admin, writes: WriteDep) -> SigninCode:
    """Clear a user's password: their sessions end, their API tokens are revoked, and the
    one-time code answered (valid 24 hours, shown once) lets them choose a new one (POST
    /session/redeem)."""

    def work(conn: Connection) -> tuple[str, str | None]:
        user = existing(conn, name)
        return user.name, users.reset_password(conn, user.name, actor=admin.actor)

    user_name, code = await change(writes, work)
    assert code is not None  # no password given: a code is made
    return SigninCode(name=user_name, signin_code=code)
