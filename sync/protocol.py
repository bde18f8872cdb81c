"""What travels between a field office and HQ (DESIGN.md §6): versioned, validated messages.

A batch carries records as they are now (their latest version), never as diffs, so a batch
that arrives twice, or late, is harmless: HQ keeps per-record versions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from fieldapp.domain.privacy import OfficePolicy

PROTOCOL_VERSION = 1
Result = Literal["accepted", "duplicate", "stale", "rejected"]
MAX_INTEGER = 2**63 - 1  # SQLite's: the device stores versions as they come


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordChange(_Message):
    """One record at one version; ``deleted`` is a tombstone (``data`` still holds the record)."""

    type: str = Field(max_length=20)
    id: str = Field(max_length=36)
    version: int = Field(ge=1, le=MAX_INTEGER)
    deleted: bool = False
    data: dict[str, Any]


class BatchEnvelope(_Message):
    protocol: int = PROTOCOL_VERSION
    batch_id: str = Field(max_length=36)
    device_id: str = Field(max_length=64)
    office_id: str = Field(max_length=64)
    seq: int = Field(ge=1, le=2**31 - 1)  # the device's batch number: HQ sees gaps
    schema_version: int = Field(ge=1, le=10_000)
    created_at: datetime
    records: list[RecordChange]


class RecordResult(_Message):
    type: str
    id: str
    version: int = Field(le=MAX_INTEGER)  # what the device's SQLite holds
    result: Result
    reason: str | None = None


class Acknowledgement(_Message):
    """HQ's answer to one batch, signed by HQ; the device deletes the batch only once it has it."""

    protocol: int = PROTOCOL_VERSION
    batch_id: str
    device_id: str
    received_at: datetime
    results: list[RecordResult]


class Refusal(_Message):
    """HQ's signed "no" to one batch: the device takes a refusal as final only when HQ signed
    it and it names the digest of the very bytes the device sent (a proxy, a captive portal or
    an impostor cannot make a device give up a batch). Anything else is retried."""

    protocol: int = PROTOCOL_VERSION
    sha256: str = Field(min_length=64, max_length=64)  # of the sealed bytes refused
    batch_id: str | None = None  # when HQ could read it
    status: int  # the HTTP status HQ answered with
    reason: str
    refused_at: datetime


class ReferenceBundle(_Message):
    """Code lists and offices' privacy policies published by HQ, signed; a device takes a
    bundle only if it is newer: its lists' ``version`` or its ``policy_version`` (a stamp
    that grows whenever any office's policy changes), and neither older than the kept one's."""

    protocol: int = PROTOCOL_VERSION
    version: int = Field(ge=1)
    created_at: datetime
    lists: dict[str, Any]
    policies: dict[str, OfficePolicy] = {}  # by office id; an office absent has the default
    policy_version: int = Field(default=0, ge=0)
