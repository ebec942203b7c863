"""A new file's schema is replayed from ``migrations/schema.json`` (model/new_schema.py):
it must be exactly what Alembic's chain of migrations makes, or a new catalogue would
differ from a migrated one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lip_desktop.model import new_schema, storage


def _contents(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    try:
        master = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                              "ORDER BY type, name").fetchall()
        tables = [name for (kind, name, _t, _s) in master if kind == "table"]
        rows = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables if t != "sqlite_sequence"}
        return {"master": master, "rows": rows,
                "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
                "application_id": conn.execute("PRAGMA application_id").fetchone()[0]}
    finally:
        conn.close()


def test_a_new_file_has_exactly_the_schema_of_the_migrations(tmp_path: Path) -> None:
    migrated = tmp_path / "migriert.lip"
    conn = sqlite3.connect(migrated)
    conn.execute(f"PRAGMA application_id={storage.APPLICATION_ID}")
    conn.close()
    storage.migrate(migrated)

    new = tmp_path / "neu.lip"
    storage.create_file(new, lambda engine: None)

    expected, got = _contents(migrated), _contents(new)
    assert got["master"] == expected["master"], (
        "migrations/schema.json differs from the migrations: "
        "run scripts/update_schema.py")
    assert got == expected
    assert got["user_version"] == storage.SCHEMA_VERSION


def test_a_stale_stored_schema_is_refused_not_replayed() -> None:
    schema = new_schema.stored()
    with pytest.raises(RuntimeError, match="update_schema"):
        new_schema.statements(schema.version + 1, "9999")
    assert new_schema.statements(schema.version, schema.revision) == schema.statements


def test_a_failed_population_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.lip"

    def fail(_engine: object) -> None:
        raise ValueError("abgebrochen")

    with pytest.raises(ValueError, match="abgebrochen"):
        storage.create_file(target, fail)
    assert list(tmp_path.iterdir()) == []
