"""The device's side of sync: its signing key, enrollment with HQ, and the work that needs the
unlocked store (applying HQ's answers, sealing what is pending). Delivering is the courier's.

The link to HQ (address, HQ's public keys) is pinned inside the encrypted store; ``sync.json``
is the courier's copy, readable while locked. Each `prepare` compares the two, so a changed
``sync.json`` is noticed and put back, and seals with the store's copy only.
"""

from __future__ import annotations

import base64
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from fieldapp.store.acks import AckSummary, apply_inbox, reseal_unanswered
from fieldapp.store.repository import OUTBOX, TABLES
from fieldapp.store.sealing import BATCH_RECORDS, SealedBatch, seal_pending
from fieldapp.store.store import LINK_SETTING, SETTINGS, Store, StoreError
from sync.link import Link, LinkError, check_hq_url, keys_fingerprint, split_token
from sync.seal import ed25519_public, raw_private, raw_public, x25519_public

if TYPE_CHECKING:  # requests is imported where first used (the first window needs none)
    import requests

KEY_SETTING = "device_signing_key"
MAX_ENROLL_ANSWER = 64 * 1024


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


def _set(conn: Connection, key: str, value: str) -> None:
    if conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=value)).rowcount:
        return
    conn.execute(insert(SETTINGS).values(key=key, value=value))


def pinned_link(conn: Connection) -> Link | None:
    """The link as pinned at enrollment, from inside the encrypted store."""
    text = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == LINK_SETTING)).scalar()
    return Link.from_json(text) if text else None


@dataclass(frozen=True)
class Enrolled:
    link: Link
    office_name: str  # HQ's name of the office the device joined
    office_changed: bool  # the store took HQ's office id in place of its own


def _ca_bundle(ca_file: Path | None) -> str | bool:
    if ca_file is None:
        return True
    try:
        x509.load_pem_x509_certificates(ca_file.read_bytes())
    except (OSError, ValueError) as exc:
        raise StoreError(f"{ca_file} is not a CA certificate in PEM form ({exc}).") from None
    return str(ca_file)


@dataclass(frozen=True)
class EnrollRequest:
    """What enrolling sends HQ, made from the store before any connection."""

    url: str
    fingerprint: str  # HQ's keys, as the token says
    verify: str | bool  # the CA bundle for HQ's certificate
    ca_file: Path | None
    body: dict[str, str]


def enroll_request(
    store: Store, hq_url: str, token: str, *, ca_file: Path | None = None
) -> EnrollRequest:
    """Check the address and token (refused before any connection when the address is not
    https, except to this computer, or the token lacks HQ's fingerprint) and make the
    request: a short store step (the device's key)."""
    try:
        url = check_hq_url(hq_url)
        secret, fingerprint = split_token(token)
    except LinkError as exc:
        raise StoreError(f"{exc} Nothing was saved.") from None
    verify = _ca_bundle(ca_file)
    key = device_signing_key(store)
    body = {
        "token": secret,
        "device_id": store.identity.device_id,
        "office_id": store.identity.office_id,
        "device_public_key": raw_public(key.public_key()),
    }
    return EnrollRequest(url, fingerprint, verify, ca_file, body)


@dataclass(frozen=True)
class EnrollAnswer:
    office_id: str
    office_name: str
    box_key: str
    signing_key: str


def ask_hq(request: EnrollRequest) -> EnrollAnswer:
    """Present the token and the device's public key to HQ: the network part, no store
    (it may wait 40 s for an HQ that does not answer). Refused when the keys HQ sends do not
    match the token's fingerprint."""
    import requests

    url = request.url
    try:
        response = requests.post(
            f"{url}/api/v1/enroll",
            json=request.body,
            timeout=(10, 30),
            verify=request.verify,
            allow_redirects=False,  # a redirect could lead the token to plain http
        )
    except requests.exceptions.SSLError:
        raise StoreError(
            f"HQ's certificate at {url} could not be verified: this may not be your HQ. "
            "If HQ uses its own certificate authority, give its certificate with --ca FILE. "
            "Nothing was saved."
        ) from None
    except requests.RequestException as exc:
        raise StoreError(f"HQ could not be reached at {url} ({type(exc).__name__}).") from None
    if response.is_redirect:
        raise StoreError(
            f"{url} sends enrollments elsewhere ({response.headers.get('Location', '?')}); "
            "nothing was sent there. If that is HQ's address, enroll with it."
        )
    answer = _answer(response)
    if response.status_code != 200:
        detail = answer.get("detail") if isinstance(answer.get("detail"), str) else ""
        raise StoreError(f"HQ refused the enrollment: {detail or response.status_code}.")
    try:
        office_id, office_name = str(answer["office_id"]), str(answer["office_name"])
        box, signing = str(answer["hq_box_key"]), str(answer["hq_signing_key"])
        x25519_public(box), ed25519_public(signing)
    except (KeyError, ValueError, TypeError):
        raise StoreError(f"The answer from {url} is not an HQ's enrollment answer.") from None
    if not 0 < len(office_id) <= 64:
        raise StoreError(f"The answer from {url} is not an HQ's enrollment answer.")
    if keys_fingerprint(box, signing) != request.fingerprint:
        raise StoreError(
            f"The keys sent by {url} do not match the fingerprint in the token: this may not "
            "be your HQ. Nothing was saved; tell HQ."
        )
    return EnrollAnswer(office_id, office_name, box, signing)


def enroll_finish(store: Store, request: EnrollRequest, answer: EnrollAnswer) -> Enrolled:
    """Join the office HQ gave and pin HQ's keys: a short store step."""
    kept_ca = None
    if request.ca_file is not None:
        kept_ca = store.data.root / "hq-ca.pem"
        shutil.copyfile(request.ca_file, kept_ca)
        kept_ca.chmod(0o600)
    link = Link(
        request.url,
        answer.box_key,
        answer.signing_key,
        store.identity.device_id,
        str(kept_ca) if kept_ca else None,
    )
    with store.transaction() as conn:
        changed = join_office(conn, store, answer.office_id)
        _set(conn, LINK_SETTING, link.to_json())
    link.save(store.data.link)
    store.reload_identity()
    return Enrolled(link, answer.office_name, changed)


def enroll(store: Store, hq_url: str, token: str, *, ca_file: Path | None = None) -> Enrolled:
    """Present the token and this device's public key; join the token's office; pin HQ's keys
    (the three steps above, in one go: the CLI's way)."""
    request = enroll_request(store, hq_url, token, ca_file=ca_file)
    return enroll_finish(store, request, ask_hq(request))


def _answer(response: requests.Response) -> dict[str, object]:
    if len(response.content) > MAX_ENROLL_ANSWER:
        return {}
    try:
        data = response.json()
    except (ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def join_office(conn: Connection, store: Store, office_id: str) -> bool:
    """Take HQ's id for this office: every record made so far moves to it (none was sent)."""
    old = store.identity.office_id
    if office_id == old:
        return False
    sent = conn.execute(select(OUTBOX.c.seq).where(OUTBOX.c.acked_at.is_not(None)).limit(1))
    if sent.first() is not None:
        raise StoreError(
            "This store has already sent records to HQ under another office; it cannot join "
            "the office of this token. Ask HQ for a token for this store's office."
        )
    for table in TABLES.values():
        conn.execute(update(table).where(table.c.office_id == old).values(office_id=office_id))
    _set(conn, "office_id", office_id)
    return True


@dataclass
class Prepared:
    link: Link  # as pinned in the store: what the courier must use
    acks: AckSummary
    sealed: list[SealedBatch]
    resealed: int = 0  # records whose batch HQ refused or that vanished, sealed again
    problems: list[str] = field(default_factory=list)

    def sealing(self, sealed: list[SealedBatch]) -> Prepared:
        return replace(self, sealed=[*self.sealed, *sealed])


def checked_link(store: Store) -> tuple[Link, list[str]]:
    """The pinned link, with ``sync.json`` put back if it was changed (and why, to show).

    A store enrolled before the link was kept inside it takes ``sync.json`` as it is, once."""
    problems: list[str] = []
    try:
        on_disk = Link.load(store.data.link)
    except LinkError:
        on_disk = None
        problems.append("The link file sync.json was damaged; it was put back as enrolled.")
    with store.transaction() as conn:
        pinned = pinned_link(conn)
        if pinned is None:
            if on_disk is None:
                raise StoreError(
                    "This device is not enrolled: run `fieldapp enroll --hq URL --token TOKEN`."
                )
            _set(conn, LINK_SETTING, on_disk.to_json())
            return on_disk, problems
    if on_disk != pinned:
        if on_disk is not None:
            problems.append(
                "The link file sync.json had been changed (HQ's address or keys); "
                "it was put back as enrolled."
            )
        pinned.save(store.data.link)
    return pinned, problems


def prepare(store: Store, *, batch_records: int = BATCH_RECORDS) -> Prepared:
    """Apply HQ's answers waiting in the inbox, seal again what HQ refused or never answered,
    then seal what is pending, with the link pinned in the store, in batches of at most
    ``batch_records`` records (what the link suits: `fieldapp.store.sync_cycle`)."""
    settled = settle(store)
    return settled.sealing(seal(store, settled.link, batch_records))


def settle(store: Store) -> Prepared:
    """What comes before sealing: the pinned link (``sync.json`` put back if changed), HQ's
    answers waiting in the inbox applied, what HQ refused or never answered sealed again.
    Nothing sealed yet (`Prepared.sealing` adds it)."""
    pinned, problems = checked_link(store)
    acks = apply_inbox(store, ed25519_public(pinned.hq_signing_key))
    resealed = reseal_unanswered(store)
    return Prepared(pinned, acks, [], resealed, problems)


def seal(store: Store, link: Link, batch_records: int = BATCH_RECORDS) -> list[SealedBatch]:
    """Seal what is pending for HQ at ``link``, in batches of at most ``batch_records``."""
    return seal_pending(
        store, device_signing_key(store), x25519_public(link.hq_box_key), limit=batch_records
    )
