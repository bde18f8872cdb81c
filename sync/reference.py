"""The device's side of reference data (DESIGN.md §6, step 8): HQ's signed bundle of code
lists, kept in ``<data>/reference.json`` and used when it is newer than the lists shipped.

It needs no secret (code lists are not personal data; HQ's public key checks them), so the
courier takes a new bundle whenever it reaches HQ, and the app uses it at the next unlock."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldapp.domain.codelists import check_lists, lists_version, shipped_lists, use_lists
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


def take_bundle(path: Path, signed: bytes, hq_signing_key: Ed25519PublicKey) -> int | None:
    """Keep ``signed`` at ``path`` if it is HQ's and newer; returns its version, or None."""
    bundle = read_bundle(signed, hq_signing_key)
    if bundle.version <= current_version(path, hq_signing_key):
        return None
    write_atomic(path, signed)
    return bundle.version


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
