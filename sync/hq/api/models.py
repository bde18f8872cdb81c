"""The bodies HQ's routes take and give (the consolidated figures: `sync.hq.indicators`;
an office's health: `sync.hq.health`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

ID = Field(min_length=1, max_length=64)
# Text HQ stores or looks up has no control character (PostgreSQL refuses NUL in text).
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


class Liveness(BaseModel):
    """HQ answers: nothing else is said to whoever asks."""

    status: Literal["ok"] = "ok"


class EnrollRequest(BaseModel):
    token: str = Field(max_length=64)
    device_id: str = ID
    office_id: str | None = Field(default=None, max_length=64)  # what the device had; ignored
    device_public_key: str = Field(max_length=64)


class EnrollResponse(BaseModel):
    office_id: str  # HQ's id of the token's office: the device takes it
    office_name: str
    hq_box_key: str
    hq_signing_key: str


class Problem(BaseModel):
    detail: str


class SignedProblem(BaseModel):
    """HQ's refusal of a batch, signed: ``body`` is a `sync.protocol.Refusal` as JSON."""

    signature: str
    body: str


TOO_MANY: dict[str, Any] = {
    "model": Problem,
    "description": "too many requests from this address: Retry-After",
}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for routes that may answer these statuses with a `Problem`."""
    return {status: {"model": Problem} for status in statuses}
