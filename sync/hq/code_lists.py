"""New versions of the code lists, uploaded by an admin in the console, compared with those in
use, and published: from then on HQ validates records with them and serves them, signed, to
every device (``GET /reference``; a device takes a bundle newer than its lists).

An upload is a ``results_framework.json`` as the programme office keeps it (DESIGN.md §4:
goals, outcomes, pillars, working groups and the lists of the forms), checked strictly: JSON of
at most `MAX_BYTES`, every list present and of the right shape, codes unique, and a
``version`` above the one in use. The countries and the lists' translations stay those in use.

Every process of HQ notices a publication within `CHECK_EVERY` seconds (`ListsInUse`)."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.engine import Connection

from fieldapp.domain.codelists import CodeLists, check_lists, lists_version
from sync.hq.accounts import audit
from sync.hq.keys import HqKeys
from sync.hq.reference import signed_bundle
from sync.hq.tables import HQ_CODE_LISTS, HQ_INDICATOR_TABLES

MAX_BYTES = 512_000  # under the body cap of its route (sync.hq.limits.BODY_CAPS)
CHECK_EVERY = 1.0  # seconds between a process's looks for a newer publication
TITLED = ("strategic_goals", "outcomes", "gcts_pillars")
PLAIN = (
    "compact_working_groups",
    "event_types",
    "training_event_types",
    "modalities",
    "sexes",
    "age_bands",
    "organization_types",
    "attendance_roles",
    "example_partner_entities",
    "example_donors",
)
MAX_TEXT = 500
MAX_STEP = 100  # a version far ahead (a slip of the keyboard) would leave no room after it


class ListsRefused(ValueError):
    """An upload HQ cannot publish; the message says what is wrong, in the admin's terms."""


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise ListsRefused(f"{where}: a text of 1 to {MAX_TEXT} characters is expected")
    if not value.isprintable():
        raise ListsRefused(f"{where}: control characters are not allowed")
    return value


def read_results_framework(data: bytes, in_use: dict[str, Any]) -> dict[str, Any]:
    """The lists an uploaded ``results_framework.json`` makes with those ``in_use`` (a
    reference bundle's lists), checked; `ListsRefused` says why not."""
    if len(data) > MAX_BYTES:
        raise ListsRefused(f"the file is larger than {MAX_BYTES // 1000} kB")
    try:
        framework = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ListsRefused("the file is not JSON (a results_framework.json is)") from None
    if not isinstance(framework, dict):
        raise ListsRefused("the file is not a results framework: an object is expected")
    version = framework.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version < 2**31:
        raise ListsRefused("“version”: a whole number is expected")
    current = lists_version(in_use)
    if version <= current:
        raise ListsRefused(f"“version” must be above {current}, the version in use")
    if version > current + MAX_STEP:
        most = current + MAX_STEP
        raise ListsRefused(
            f"“version” {version} is far above {current}, the version in use: at most {most}"
        )
    for key in TITLED:
        items = framework.get(key)
        if not isinstance(items, list) or not items:
            raise ListsRefused(f"“{key}”: a list of codes and titles is expected")
        seen: set[str] = set()
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict):
                raise ListsRefused(f"“{key}”, entry {n}: a code and a title are expected")
            code = _text(item.get("code"), f"“{key}”, entry {n}, code")
            _text(item.get("title"), f"“{key}”, entry {n}, title")
            if code in seen:
                raise ListsRefused(f"“{key}”: the code {code} is there twice")
            seen.add(code)
    for key in PLAIN:
        items = framework.get(key)
        if not isinstance(items, list) or not items:
            raise ListsRefused(f"“{key}”: a list of texts is expected")
        values = [_text(v, f"“{key}”, entry {n}") for n, v in enumerate(items, 1)]
        if len(set(values)) != len(values):
            raise ListsRefused(f"“{key}”: a value is there twice")
    lists = {**in_use, "results_framework": framework}
    try:
        check_lists(lists)
    except (KeyError, TypeError, ValueError) as exc:
        raise ListsRefused(f"the lists cannot be used: {exc}") from None
    return lists


@dataclass(frozen=True)
class Version:
    version: int
    lists: dict[str, Any]
    uploaded_at: datetime
    uploaded_by: str
    published_at: datetime | None
    published_by: str | None


def _version(row: Any) -> Version:
    return Version(
        row.version,
        json.loads(row.lists),
        row.uploaded_at,
        row.uploaded_by,
        row.published_at,
        row.published_by,
    )


def versions(conn: Connection) -> list[Version]:
    """Every uploaded version, newest first."""
    rows = conn.execute(select(HQ_CODE_LISTS).order_by(HQ_CODE_LISTS.c.version.desc()))
    return [_version(r) for r in rows]


def get_version(conn: Connection, version: int) -> Version | None:
    row = conn.execute(select(HQ_CODE_LISTS).where(HQ_CODE_LISTS.c.version == version)).first()
    return None if row is None else _version(row)


def upload(conn: Connection, lists: dict[str, Any], *, actor: str) -> int:
    """Keep ``lists`` (`read_results_framework`'s) as a draft of their version, replacing an
    unpublished draft of the same version; the version."""
    version = lists_version(lists)
    existing = get_version(conn, version)
    if existing is not None and existing.published_at is not None:
        raise ListsRefused(f"version {version} is already published: give the file a new version")
    values = {
        "lists": json.dumps(lists, ensure_ascii=False, sort_keys=True),
        "uploaded_at": datetime.now(UTC),
        "uploaded_by": actor,
    }
    if existing is None:
        conn.execute(insert(HQ_CODE_LISTS).values(version=version, **values))
    else:
        conn.execute(
            update(HQ_CODE_LISTS).where(HQ_CODE_LISTS.c.version == version).values(**values)
        )
    audit.append(conn, actor, "code-lists.upload", f"code-lists:{version}")
    return version


def publish(conn: Connection, version: int, in_use: int, *, actor: str) -> bool:
    """Publish the draft ``version`` (above ``in_use``, the version in use); False if there is
    no such draft."""
    if version <= in_use:
        raise ListsRefused(f"version {version} is not above {in_use}, the version in use")
    done = conn.execute(
        update(HQ_CODE_LISTS)
        .where(HQ_CODE_LISTS.c.version == version, HQ_CODE_LISTS.c.published_at.is_(None))
        .values(published_at=datetime.now(UTC), published_by=actor)
    ).rowcount
    if done:
        audit.append(conn, actor, "code-lists.publish", f"code-lists:{version}")
    return done == 1


def latest_published(conn: Connection) -> int | None:
    return conn.execute(
        select(func.max(HQ_CODE_LISTS.c.version)).where(HQ_CODE_LISTS.c.published_at.is_not(None))
    ).scalar()


@dataclass(frozen=True)
class Change:
    """How one list differs between two versions."""

    key: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    retitled: tuple[tuple[str, str, str], ...]  # code, title before, title after
    removed_keys: tuple[str, ...] = ()  # the codes or values removed, as records hold them


def _entries(items: list[Any]) -> dict[str, str]:
    """A list's entries by code (titled lists) or by value."""
    return {
        (str(i["code"]) if isinstance(i, dict) else str(i)): (
            str(i.get("title", "")) if isinstance(i, dict) else str(i)
        )
        for i in items
    }


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """The lists of a results framework that differ from ``before`` to ``after``."""
    old, new = before["results_framework"], after["results_framework"]
    found = []
    for key in (*TITLED, *PLAIN):
        a, b = _entries(old.get(key, [])), _entries(new.get(key, []))
        added = tuple(f"{k} {b[k]}".strip() if b[k] != k else k for k in b if k not in a)
        removed = tuple(f"{k} {a[k]}".strip() if a[k] != k else k for k in a if k not in b)
        retitled = tuple((k, a[k], b[k]) for k in a if k in b and a[k] != b[k])
        if added or removed or retitled:
            gone = tuple(k for k in a if k not in b)
            found.append(Change(key, added, removed, retitled, gone))
    return found


def _holders(key: str) -> list[tuple[Any, Any]]:
    """The (table, column) pairs of HQ's records that hold values of the list ``key``, or
    (event tags, kind) for the coded lists events are tagged with."""
    t = HQ_INDICATOR_TABLES
    holders: dict[str, list[tuple[Any, Any]]] = {
        "event_types": [(t.event, t.event.c.event_type)],
        "modalities": [(t.event, t.event.c.modality)],
        "compact_working_groups": [(t.event, t.event.c.working_group)],
        "sexes": [(t.participant, t.participant.c.sex), (t.head_count, t.head_count.c.sex)],
        "age_bands": [
            (t.attendance, t.attendance.c.age_band),
            (t.head_count, t.head_count.c.age_band),
        ],
        "organization_types": [(t.participant, t.participant.c.organization_type)],
        "attendance_roles": [(t.attendance, t.attendance.c.role)],
        "outcomes": [(t.event_tag, "outcome")],
        "gcts_pillars": [(t.event_tag, "pillar")],
    }
    return holders.get(key, [])


def removed_in_use(conn: Connection, changes: list[Change]) -> list[tuple[str, str, int]]:
    """(list, value, records) for each value a new version removes that HQ's records still
    hold: publishing it leaves them as they are, and refuses laptops' new records with it."""
    found = []
    for change in changes:
        for table, column in _holders(change.key):
            for value in change.removed_keys:
                if isinstance(column, str):  # a tag kind
                    where = [table.c.kind == column, table.c.code == value]
                else:
                    where = [column == value]
                    if "deleted_at" in table.c:
                        where.append(table.c.deleted_at.is_(None))
                n = conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
                if n:
                    found.append((change.key, value, int(n)))
    return found


@dataclass(frozen=True)
class InUse:
    """The lists HQ validates with and publishes, checked and signed."""

    version: int
    lists: dict[str, Any]
    codelists: CodeLists
    bundle: bytes
    published: Version | None  # None: those HQ was started with


class ListsInUse:
    """The code lists in use in this process: those HQ was started with, or the newest an
    admin published since (read from HQ's database at most every `CHECK_EVERY` seconds, so
    every process of HQ takes them)."""

    def __init__(self, keys: HqKeys, started: dict[str, Any]) -> None:
        """Raises ``KeyError``/``TypeError``/``ValueError`` if ``started`` is malformed."""
        self._keys = keys
        codelists = check_lists(started)
        signed = signed_bundle(keys, started)
        self._started = InUse(lists_version(started), started, codelists, signed, None)
        self._held = self._started
        self._checked = 0.0
        self._lock = threading.Lock()

    def current(self, engine: Engine) -> InUse:
        """The lists in use now."""
        if time.monotonic() - self._checked < CHECK_EVERY:
            return self._held
        with self._lock:
            if time.monotonic() - self._checked >= CHECK_EVERY:
                with engine.connect() as conn:
                    self._held = self._newest(conn)
                self._checked = time.monotonic()
        return self._held

    def _newest(self, conn: Connection) -> InUse:
        newest = latest_published(conn)
        if newest is None or newest <= self._started.version:
            return self._started
        if newest == self._held.version:
            return self._held
        published = get_version(conn, newest)
        assert published is not None
        lists = published.lists
        return InUse(newest, lists, check_lists(lists), signed_bundle(self._keys, lists), published)

    def noticed(self) -> None:
        """Look again at the next `current` (this process just published)."""
        self._checked = 0.0
