"""The office's privacy policy as this device knows it (`fieldapp.domain.privacy.OfficePolicy`):
from HQ's signed reference bundle, else the default (nothing identifying leaves the device,
identities kept 5 years after a person's last event)."""

from __future__ import annotations

from sqlalchemy import select

from fieldapp.domain.privacy import DEFAULT_POLICY, OfficePolicy
from fieldapp.store.store import LINK_SETTING, SETTINGS, Store
from sync.link import Link, LinkError
from sync.reference import office_policy as kept_policy
from sync.seal import ed25519_public


def office_policy(store: Store) -> OfficePolicy:
    """The policy HQ published for this store's office (the default until one arrives).

    Only a bundle signed by the HQ this store pinned at enrollment counts: a bundle dropped
    into the data folder by anyone else leaves the default in force."""
    with store.engine.connect() as conn:
        pinned = conn.execute(
            select(SETTINGS.c.value).where(SETTINGS.c.key == LINK_SETTING)
        ).scalar()
    try:
        link = Link.from_json(pinned) if pinned else Link.load(store.data.link)
    except LinkError:
        return DEFAULT_POLICY
    if link is None:
        return DEFAULT_POLICY
    return kept_policy(
        store.data.reference, ed25519_public(link.hq_signing_key), store.identity.office_id
    )
