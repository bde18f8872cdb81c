"""The office's privacy policy as this device knows it (`fieldapp.domain.privacy.OfficePolicy`):
from HQ's signed reference bundle, else the default (nothing identifying leaves the device,
identities kept 5 years after a person's last event)."""

from __future__ import annotations

from fieldapp.domain.privacy import DEFAULT_POLICY, OfficePolicy
from fieldapp.store.store import Store


def office_policy(store: Store) -> OfficePolicy:
    """The policy HQ published for this store's office (the default until one arrives)."""
    del store  # read from the kept bundle: being written (issue 16)
    return DEFAULT_POLICY
