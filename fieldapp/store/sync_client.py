"""The device's side of sync: its signing key, enrollment with HQ, and the work that needs the
unlocked store (applying HQ's answers, sealing what is pending). Delivering is the courier's."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select

from fieldapp.store.acks import AckSummary, apply_inbox
from fieldapp.store.sealing import SealedBatch, seal_pending
from fieldapp.store.store import SETTINGS, Store, StoreError
from sync.link import Link
from sync.seal import ed25519_public, raw_private, raw_public, x25519_public

KEY_SETTING = "device_signing_key"


def device_signing_key(store: Store) -> Ed25519PrivateKey:
    """The device's Ed25519 key, made once; it lives only inside the encrypted store."""
    with store.transaction() as conn:
        stored = conn.execute(
            select(SETTINGS.c.value).where(SETTINGS.c.key == KEY_SETTING)
        ).scalar()
        if stored is not None:
            return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
        key = Ed25519PrivateKey.generate()
        conn.execute(
            insert(SETTINGS).values(
                key=KEY_SETTING, value=base64.b64encode(raw_private(key)).decode("ascii")
            )
        )
        return key


def enroll(store: Store, hq_url: str, token: str) -> Link:
    """Present the token and this device's public key; pin HQ's keys in ``sync.json``."""
    key = device_signing_key(store)
    try:
        response = requests.post(
            f"{hq_url.rstrip('/')}/api/v1/enroll",
            json={
                "token": token.strip(),
                "device_id": store.identity.device_id,
                "office_id": store.identity.office_id,
                "device_public_key": raw_public(key.public_key()),
            },
            timeout=(10, 30),
        )
    except requests.RequestException as exc:
        raise StoreError(f"HQ could not be reached at {hq_url} ({type(exc).__name__}).") from None
    if response.status_code != 200:
        try:
            detail = response.json().get("detail", "")
        except ValueError:
            detail = ""
        raise StoreError(f"HQ refused the enrollment: {detail or response.status_code}.")
    data = response.json()
    link = Link(
        hq_url=hq_url.rstrip("/"),
        hq_box_key=data["hq_box_key"],
        hq_signing_key=data["hq_signing_key"],
        device_id=store.identity.device_id,
    )
    link.save(store.data.link)
    return link


@dataclass
class Prepared:
    acks: AckSummary
    sealed: list[SealedBatch]


def prepare(store: Store, link: Link) -> Prepared:
    """Apply HQ's answers waiting in the inbox, then seal what is pending."""
    acks = apply_inbox(store, ed25519_public(link.hq_signing_key))
    sealed = seal_pending(store, device_signing_key(store), x25519_public(link.hq_box_key))
    return Prepared(acks, sealed)
