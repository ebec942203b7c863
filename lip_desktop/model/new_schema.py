"""The schema of a new catalogue file, written in one transaction instead of by Alembic.

A new file used to run every migration from 0001 (eleven of them, batch table copies
included) only to arrive at a schema that is the same every time: about a second and a
half of a 2,100-measure import and most of a ``new``. The result of that chain is stored
once, as the statements in ``sqlite_master`` of a freshly migrated file
(``migrations/schema.json``, made by ``scripts/update_schema.py``), and replayed.

Alembic stays the one author of the schema: the stored statements are its output, and
``tests/model/test_new_schema.py`` migrates a file with Alembic and compares every
table, index and trigger, the ``alembic_version`` row and ``user_version`` with a
replayed one. A new migration without a regenerated file fails that test (and
:func:`statements` refuses a stored schema of another version), so the two cannot
drift apart unnoticed. Older files are still migrated by Alembic.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

#: Where the stored schema lives (package data, shipped in the bundle with the migrations).
SCHEMA_FILE: Final = Path(__file__).with_name("migrations") / "schema.json"


@dataclass(frozen=True, slots=True)
class StoredSchema:
    """What a freshly migrated file holds besides rows: its statements and marks."""

    version: int
    revision: str
    statements: tuple[str, ...]


@cache
def stored() -> StoredSchema:
    """The stored schema (read once per process)."""
    raw = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return StoredSchema(int(raw["version"]), str(raw["revision"]),
                        tuple(str(s) for s in raw["statements"]))


def statements(version: int, revision: str) -> tuple[str, ...]:
    """The statements that make a file of ``version``; refuses a stale stored schema."""
    schema = stored()
    if (schema.version, schema.revision) != (version, revision):
        raise RuntimeError(
            f"migrations/schema.json ist Version {schema.version} ({schema.revision}), "
            f"das Programm schreibt Version {version} ({revision}): "
            "scripts/update_schema.py ausführen")
    return schema.statements


def dump(conn: sqlite3.Connection) -> list[str]:
    """The statements of ``sqlite_master`` in creation order, without SQLite's own
    objects (automatic indexes, ``sqlite_sequence``), which replaying the tables makes."""
    rows = conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").fetchall()
    return [str(sql) for (sql,) in rows]


def write(conn: sqlite3.Connection, version: int, revision: str) -> None:
    """Make the schema of ``version`` on an empty file, inside the caller's transaction."""
    for sql in statements(version, revision):
        conn.execute(sql)
    conn.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
    conn.execute(f"PRAGMA user_version={int(version)}")
