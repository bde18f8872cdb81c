"""The bodies of HQ's account routes: signing in, users, API tokens, the audit log, enrollment
tokens and device revocation (services: `sync.hq.accounts`, `sync.hq.enrollment`)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from sync.hq.accounts.api_tokens import ApiToken
from sync.hq.accounts.audit import Entry
from sync.hq.accounts.scope import Role
from sync.hq.accounts.users import User
from sync.hq.api.models import PRINTABLE

NAME = Field(min_length=1, max_length=64, pattern=PRINTABLE)
PASSWORD = Field(max_length=4096)  # the service refuses more than 1 KiB before hashing
OfficeId = Annotated[str, Field(min_length=1, max_length=64, pattern=PRINTABLE)]
OFFICES: list[OfficeId] = Field(default_factory=list, max_length=100)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignIn(_Body):
    name: str = NAME
    password: str = PASSWORD
    code: str = Field(default="", max_length=64, description="TOTP or recovery code")


class PasswordChange(_Body):
    old_password: str = PASSWORD
    new_password: str = PASSWORD


class SigninCodeRedeem(_Body):
    """The first sign-in of a user added without a password: the one-time code they were
    given, and the password they choose."""

    name: str = NAME
    code: str = Field(max_length=64)
    new_password: str = PASSWORD


class Me(BaseModel):
    name: str
    role: Role  # the token's role, when the caller came with a token
    offices: list[str] | None  # None: every office
    via: Literal["session", "token"]


class SessionInfo(BaseModel):
    user: Me
    csrf_token: str | None  # the session's; None for a token (it needs none)
    expires_at: datetime | None


class UserOut(BaseModel):
    name: str
    role: Role
    offices: list[str]
    disabled: bool
    has_password: bool
    has_totp: bool
    created_at: datetime
    changed_at: datetime

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(
            name=user.name,
            role=user.role,
            offices=sorted(user.office_ids),
            disabled=user.disabled,
            has_password=user.has_password,
            has_totp=user.has_totp,
            created_at=user.created_at,
            changed_at=user.changed_at,
        )


class NewUser(_Body):
    name: str = NAME
    role: Role
    offices: list[OfficeId] = OFFICES
    password: str | None = Field(default=None, max_length=4096)  # None: a one-time code


class UserAdded(BaseModel):
    user: UserOut
    signin_code: str | None  # shown once: the user sets their password with it (24 h)


class RoleChange(_Body):
    role: Role
    offices: list[OfficeId] = OFFICES


class SigninCode(BaseModel):
    name: str
    signin_code: str  # shown once, valid 24 hours; the user's sessions have ended


class TokenOut(BaseModel):
    token_id: str
    user: str
    role: Role
    offices: list[str] | None
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    last_used_at: datetime | None

    @classmethod
    def of(cls, token: ApiToken) -> TokenOut:
        return cls(
            token_id=token.token_id,
            user=token.user_name,
            role=token.role,
            offices=None if token.office_ids is None else sorted(token.office_ids),
            created_at=token.created_at,
            expires_at=token.expires_at,
            revoked_at=token.revoked_at,
            last_used_at=token.last_used_at,
        )


class NewToken(_Body):
    user: str | None = Field(default=None, min_length=1, max_length=64, pattern=PRINTABLE)
    expires_days: int = Field(default=30, ge=1, le=365)
    role: Role | None = None  # None: the user's own
    offices: list[OfficeId] = OFFICES


class TokenMade(TokenOut):
    token: str  # Authorization: Bearer <token>; shown once, HQ keeps only its hash


class AuditEntryOut(BaseModel):
    seq: int
    at: datetime
    actor: str
    action: str
    target: str
    detail: str  # JSON
    prev_hash: str
    hash: str

    @classmethod
    def of(cls, entry: Entry) -> AuditEntryOut:
        return cls(**entry.__dict__)


class AuditPage(BaseModel):
    entries: list[AuditEntryOut]
    next_after: int | None  # pass as ``after`` for the next page; None: no more


class AuditCheck(BaseModel):
    entries: int
    intact: bool
    first_bad: int | None
    problem: str | None


class NewEnrollmentToken(_Body):
    office: str = Field(
        min_length=1, max_length=200, pattern=PRINTABLE, description="an office's id or name"
    )
    ttl_hours: int = Field(default=24, ge=1, le=24 * 30)


class EnrollmentTokenOut(BaseModel):
    token: str  # what the office types into the app; shown once
    office_id: str
    office_name: str
    expires_at: datetime


class DeviceRevoked(BaseModel):
    device_id: str
    revoked_at: datetime
