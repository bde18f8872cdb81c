"""Privacy of the people trained (DESIGN.md §12): what identifies a person, the office's
identity-sharing policy HQ publishes, and the legal bases for holding a person's data.

One definition each, used by the device (sealing, erasure, retention, the registry) and by HQ
(applying batches, which enforces the policy again whatever a device sends)."""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# What identifies a person: never leaves the device under the default policy, is overwritten
# when the person is erased, and is held at HQ only as ciphertext under ``shared``.
# (``basis_note`` is the free-text reason beside the legal basis: it may name the person.)
IDENTITY_FIELDS: tuple[str, ...] = (
    "full_name",
    "email",
    "phone",
    "position",
    "birth_year",
    "basis_note",
)
# Blank values for them, as a record holds when they are withheld or erased.
BLANK_IDENTITY: dict[str, Any] = {name: None for name in IDENTITY_FIELDS} | {"full_name": ""}
# Kept of an erased person: what the figures need, nothing that names them (every other
# field of `records.ParticipantBase` is blanked). Nationality stays so that the period's
# figures by nationality, once published, do not move; it travels to HQ under every policy.
ANONYMOUS_FIELDS: tuple[str, ...] = (
    "sex",
    "age_band",
    "nationality",
    "organization_type",
    "erased_at",
)

# An event's fields that stay on the device whatever the policy: free text that may name the
# people trained (HQ's figures, exports and PDFs never use it).
EVENT_LOCAL_FIELDS: tuple[str, ...] = ("narrative",)

Identities = Literal["none", "shared"]
DEFAULT_RETENTION_YEARS = 5


class OfficePolicy(BaseModel):
    """One office's rules, set at HQ (`fieldapp-hq office policy`), carried to its devices in
    HQ's signed reference bundle. A device that has none yet uses the default: nothing shared."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    identities: Identities = "none"
    # Under ``none``, whether the birth year travels (else the age band at each event does).
    birth_year: bool = False
    retention_years: int = Field(default=DEFAULT_RETENTION_YEARS, ge=1, le=50)


DEFAULT_POLICY = OfficePolicy()


def withheld(data: dict[str, Any], policy: OfficePolicy) -> dict[str, Any]:
    """A participant's fields as they may leave the device (or be stored at HQ) under
    ``policy``: without what identifies them unless identities are shared."""
    out = dict(data)
    if policy.identities != "shared":
        blanks = _blanks(policy.birth_year)
        out.update({k: blanks[k] for k in blanks.keys() & out.keys()})
    return out


@cache
def _blanks(birth_year_shared: bool) -> dict[str, Any]:
    """What each identity field withheld becomes (the birth year kept if shared)."""
    blanks = dict(BLANK_IDENTITY)
    if birth_year_shared:
        del blanks["birth_year"]
    return blanks


# Legal bases for holding a person's data (UN Personal Data Protection and Privacy Principles);
# the value stored, in the order forms offer them.
LEGAL_BASES: tuple[str, ...] = (
    "consent",
    "public interest",
    "legitimate interest",
    "vital interest",
    "legal obligation",
)
CONSENT_BASIS = LEGAL_BASES[0]

# Why a person's identity was erased.
ERASED_ON_REQUEST = "request"
ERASED_BY_RETENTION = "retention"
ERASED_ELSEWHERE = "elsewhere"  # HQ said so: on another device, or before a backup came back
# HQ's reason for refusing a person erased at their office (the device erases them too).
ERASED_AT_THE_OFFICE = "the person was erased at the office"

# What a device logs when it writes a file carrying names (`fieldapp.store.output_log`).
OUTPUT_KINDS: tuple[str, ...] = (
    "event summary with names",
    "sign-in sheet",
    "certificates",
    "people export",
    "subject access report",
)
