"""Opening catalogue files: what is refused, what is never modified, backups, migration."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from support import create_from, old_catalogue

from lip_desktop.model import defaults, storage
from lip_desktop.model.catalogue import Catalogue, DamagedCatalogueError, restore
from lip_desktop.model.errors import CatalogueOpenError
from lip_desktop.model.services import CatalogueService


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path]


def test_mistyped_path_is_refused_and_never_created(tmp_path: Path) -> None:
    path = tmp_path / "tippfehler.lip"
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(path)
    assert info.value.code == "file_not_found"
    assert "gibt es nicht" in info.value.message
    assert not path.exists()


@pytest.mark.parametrize("content", [b"", b"Hallo, ich bin ein Brief.\n" * 10])
def test_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "brief.lip"
    path.write_bytes(content)
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(path)
    assert info.value.code == "not_a_catalogue"
    assert path.read_bytes() == content
    assert sidecars(path) == []


def test_foreign_sqlite_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "fremd.lip"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(path)
    assert info.value.code == "not_a_catalogue"
    assert "andere SQLite-Datenbank" in info.value.message
    assert digest(path) == before
    assert sidecars(path) == []


def test_catalogue_from_a_newer_version_is_refused_unchanged(new_catalogue: Any) -> None:
    path = new_catalogue.path
    new_catalogue.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={storage.SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(path)
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(path)
    assert info.value.code == "newer_version"
    assert "neueren Version" in info.value.message
    assert digest(path) == before


def test_catalogue_is_identified_and_opened_with_safe_pragmas(new_catalogue: Any) -> None:
    assert storage.read_header(new_catalogue.path) == (storage.APPLICATION_ID,
                                                       storage.SCHEMA_VERSION)
    with new_catalogue.engine.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys")}
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}


def test_second_writer_is_told_who_holds_the_catalogue(new_catalogue: Any) -> None:
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(new_catalogue.path)
    assert info.value.code == "locked"
    assert "bereits geöffnet" in info.value.message
    # Reading alongside the writer is fine (WAL), for exports and checks.
    with Catalogue.open(new_catalogue.path, readonly=True) as reader:
        assert reader.id == new_catalogue.id


def test_damaged_catalogue_is_kept_untouched_and_newest_backup_offered(tmp_path: Path) -> None:
    path = tmp_path / "plan.lip"
    cat = create_from(path, defaults.new_catalogue_document())
    service = CatalogueService(cat)
    field = service.structure.add_action_field("Gesundheit").value
    goal = service.structure.add_goal(field.id, "Gesund aufwachsen").value
    for n in range(200):  # enough pages that damage in the middle hits table data
        service.structure.add_measure(goal.id, f"Maßnahme {n}", description="x" * 400)
    cat.close()  # backs up (changed since open)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):
        data[offset:offset + page] = b"\xff" * page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(DamagedCatalogueError) as info:
        Catalogue.open(path)
    assert info.value.backup is not None
    assert "beschädigt" in info.value.message and "Sicherung ist vom" in info.value.message
    assert digest(path) == before

    aside = restore(path, info.value.backup.path)
    assert aside is not None and digest(aside) == before
    with Catalogue.open(path) as again:
        with again.read() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM measure").scalar()
        assert count == 200


def test_backups_on_open_on_close_and_every_half_hour_while_changed(tmp_path: Path) -> None:
    path = tmp_path / "plan.lip"
    cat = create_from(path, defaults.new_catalogue_document())
    reasons = [b.reason for b in cat.list_backups()]
    assert reasons == ["open"]
    assert cat.backup_if_due() is None  # nothing changed
    CatalogueService(cat).people.add_person("Ayşe Yılmaz", "external")
    assert cat.backup_if_due() is None  # changed, but not yet 30 minutes
    later = datetime.now() + timedelta(minutes=31)
    info = cat.backup_if_due(later)
    assert info is not None and info.reason == "interval"
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("SELECT name FROM person").fetchall() == [("Ayşe Yılmaz",)]
    conn.close()
    CatalogueService(cat).people.add_person("Jan Kowalski", "administration")
    cat.close()
    assert "close" in [b.reason for b in cat.list_backups()]
    # Reopening an unchanged catalogue does not pile up another backup.
    count = len(cat.list_backups())
    Catalogue.open(path).close()
    assert len(cat.list_backups()) == count


def test_migrated_schema_matches_the_model() -> None:
    """The Alembic history and the ORM mapping describe the same tables."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from lip_desktop.model.orm import Base

    path = Path(__file__).parent / "_schema_probe.lip"
    path.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(path)
        conn.close()
        storage.migrate(path)
        engine = create_engine(f"sqlite:///{path}")
        with engine.connect() as c:
            diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
        engine.dispose()
        assert diff == []
    finally:
        path.unlink(missing_ok=True)


def test_older_catalogue_is_backed_up_then_migrated_on_open(tmp_path: Path) -> None:
    """A schema-1 catalogue with a group and members is migrated; nothing is lost.

    Migration 0002 copies the group table (the parent of memberships, which cascade):
    with foreign keys on, that copy emptied the child table (PITFALLS.md).
    """
    path = tmp_path / "alt.lip"
    old_catalogue(path)
    assert storage.read_header(path)[1] == 1

    with Catalogue.open(path) as cat:
        assert cat.info.migrated_from == 1
        assert [b.reason for b in cat.list_backups()][-1] == "migration"
        with cat.read() as c:
            assert c.exec_driver_sql("SELECT count(*) FROM membership").scalar() == 1
            assert c.exec_driver_sql("SELECT vote_defaults FROM expert_group").scalar() is None
    assert storage.read_header(path)[1] == storage.SCHEMA_VERSION
    oldest = cat.list_backups()[-1]
    assert storage.read_header(oldest.path)[1] == 1  # the backup is the unmigrated file
