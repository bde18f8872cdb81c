"""The device's side of reference data (DESIGN.md §6, step 8): HQ's signed bundle of code
lists and offices' privacy policies, kept in ``<data>/reference.json``; its lists are used
when newer than those shipped, its policy for this office when sealing (`office_policy`).

It needs no secret (neither is personal data; HQ's public key checks them), so the courier
takes a new bundle whenever it reaches HQ, and the app uses it at the next unlock. A bundle is
taken only if it moves something forward and nothing back: an older signed bundle replayed
(by a proxy, a stick) cannot roll a policy back to sharing more."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldapp.domain.codelists import check_lists, lists_version, shipped_lists, use_lists
from fieldapp.domain.privacy import DEFAULT_POLICY, OfficePolicy
from sync.atomic import write_atomic
from sync.protocol import ReferenceBundle
from sync.seal import SealError, open_message


def read_bundle(signed: bytes, hq_signing_key: Ed25519PublicKey) -> ReferenceBundle:
    """The bundle, if HQ signed it and its lists are whole; `SealError` says why not."""
    bundle = open_message(signed, ReferenceBundle, hq_signing_key)
    try:
        check_lists(bundle.lists)
        version = lists_version(bundle.lists)  # any JSON: a list, NaN, Infinity, 5000 digits
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        raise SealError(f"the reference bundle's lists are incomplete ({exc})") from None
    if version != bundle.version:
        raise SealError("the reference bundle's version does not match its lists")
    return bundle


def current_version(path: Path, hq_signing_key: Ed25519PublicKey) -> int:
    """The version in use: the kept bundle's, or the shipped lists'."""
    shipped = lists_version(shipped_lists())
    try:
        return max(shipped, read_bundle(path.read_bytes(), hq_signing_key).version)
    except (OSError, SealError):
        return shipped


def _kept(path: Path, hq_signing_key: Ed25519PublicKey) -> ReferenceBundle | None:
    try:
        return read_bundle(path.read_bytes(), hq_signing_key)
    except (OSError, SealError):
        return None


def take_bundle(path: Path, signed: bytes, hq_signing_key: Ed25519PublicKey) -> int | None:
    """Keep ``signed`` at ``path`` if it is HQ's and newer; returns its version, or None.

    Newer: its policies' stamp or its lists are ahead of the kept bundle's (lists also ahead
    of those shipped), and neither is behind the kept bundle's. (Lists older than those
    shipped do not stop a newer policy: the shipped lists stay in use.)"""
    bundle = read_bundle(signed, hq_signing_key)
    kept = _kept(path, hq_signing_key)
    kept_lists, kept_policies = (0, 0) if kept is None else (kept.version, kept.policy_version)
    if bundle.version < kept_lists or bundle.policy_version < kept_policies:
        return None
    newer_lists = bundle.version > max(kept_lists, lists_version(shipped_lists()))
    if not newer_lists and bundle.policy_version == kept_policies:
        return None
    write_atomic(path, signed)
    return bundle.version


def office_policy(path: Path, hq_signing_key: Ed25519PublicKey, office_id: str) -> OfficePolicy:
    """The policy HQ published for ``office_id`` in the kept bundle; the default (nothing
    identifying leaves the device) when there is none, or no bundle HQ signed."""
    kept = _kept(path, hq_signing_key)
    if kept is None:
        return DEFAULT_POLICY
    return kept.policies.get(office_id, DEFAULT_POLICY)


def use_kept_bundle(path: Path, hq_signing_key: Ed25519PublicKey) -> int | None:
    """Use the kept bundle's lists in this process if it is HQ's and newer than those shipped."""
    try:
        bundle = read_bundle(path.read_bytes(), hq_signing_key)
    except (OSError, SealError):
        return None
    if bundle.version <= lists_version(shipped_lists()):
        return None
    use_lists(bundle.lists)
    return bundle.version
