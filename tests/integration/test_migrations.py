"""A store made by every earlier schema version opens, is backed up, and upgrades without loss."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldapp.store import migrate
from fieldapp.store.backup import read_backup
from fieldapp.store.store import Store
from tests.fixtures.make_store_fixture import snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
VERSIONS = sorted(FIXTURES.glob("v*"), key=lambda p: int(p.name[1:]))


def test_there_is_a_fixture_for_every_schema_version() -> None:
    assert [p.name for p in VERSIONS] == [
        f"v{n}" for n in range(1, len(migrate.schema_versions()) + 1)
    ]


def recorded_part(now: object, recorded: object) -> object:
    """What of ``now`` the manifest recorded: the same keys, all the way down."""
    if isinstance(now, dict) and isinstance(recorded, dict):
        return {k: recorded_part(now[k], recorded[k]) for k in recorded if k in now}
    return now


def _consent_became_events(store: Store) -> None:
    """Schema 9: every consent ticked before is a "given" consent event on its date, and the
    person's legal basis is consent from that date; nobody else gained a basis."""
    with store.engine.connect() as conn:
        ticked = conn.execute(
            text("SELECT id, consent_date, legal_basis, basis_date FROM participant WHERE consent")
        ).all()
        events = {
            pid: on
            for pid, on in conn.execute(
                text("SELECT participant_id, on_date FROM consent_event WHERE given")
            )
        }
        others = conn.execute(
            text("SELECT count(*) FROM participant WHERE NOT consent AND legal_basis IS NOT NULL")
        ).scalar_one()
    assert ticked, "the fixture has people who consented"
    assert {row.id for row in ticked} == set(events)
    for row in ticked:
        assert row.legal_basis == "consent"
        assert str(row.basis_date) == str(row.consent_date) == str(events[row.id])
    assert others == 0


@pytest.mark.parametrize("fixture", VERSIONS, ids=lambda p: p.name)
def test_fixture_opens_and_upgrades(fixture: Path, tmp_path: Path) -> None:
    manifest = json.loads((fixture / "manifest.json").read_text(encoding="utf-8"))
    data = tmp_path / "data"
    data.mkdir()
    for name in ("store.db", "vault.json"):
        shutil.copy2(fixture / name, data / name)
    store = Store.open(data, passphrase=manifest["passphrase"])
    try:
        assert store.schema_version() == len(migrate.schema_versions())
        assert store.integrity_problems() == []
        now = snapshot(store)
        counts = dict(now["counts"])  # type: ignore[call-overload]
        added_since = {k: counts.pop(k) for k in list(counts) if k not in manifest["counts"]}
        assert counts == manifest["counts"]
        assert set(added_since.values()) <= {0}  # record kinds added since: none yet
        if manifest["schema_version"] < 9:
            _consent_became_events(store)
        # Every figure the old store gave is the same; figures added since (the parts of
        # participation, nationalities) may be more, never fewer.
        assert recorded_part(now["indicators"], manifest["indicators"]) == manifest["indicators"]
    finally:
        store.close()
    backups = list((data / "backups").glob("*.fabackup"))
    if manifest["schema_version"] < len(migrate.schema_versions()):
        [backup] = backups  # the automatic backup taken before the upgrade
        assert read_backup(backup)[0].schema_version == manifest["schema_version"]
    else:
        assert backups == []


def test_tables_and_migrations_agree(store: Store) -> None:
    """A table change without its migration fails here (then write the migration and a fixture)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from fieldapp.store.tables import is_search_table, metadata

    def include_name(name: str | None, type_: str, parent: object) -> bool:
        return not (type_ == "table" and is_search_table(name))

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        assert compare_metadata(context, metadata) == []


def test_the_schema_versions_are_alembic_s_own(store: Store) -> None:
    """Read from the migration files without Alembic (`migrate.schema_versions`): the same
    revisions, in the same order, as Alembic walks them; the store's revision as it reads it."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    walked = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert migrate.schema_versions() == walked
    assert len(walked) >= 11 and walked[0] == "0001"
    with store.engine.connect() as conn:
        assert (
            migrate.current_revision(conn)
            == MigrationContext.configure(conn).get_current_revision()
        )
        assert migrate.current_revision(conn) == walked[-1]
