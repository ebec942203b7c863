"""Store the schema of a new catalogue file (``lip_desktop/model/migrations/schema.json``).

Run after adding a migration: it migrates an empty temporary file with Alembic from the
first revision to ``storage.SCHEMA_VERSION`` and stores its ``sqlite_master`` statements,
which ``storage.create_file`` replays (model/new_schema.py says why).
``tests/model/test_new_schema.py`` fails until this has been run.

    .venv/bin/python scripts/update_schema.py
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lip_desktop.model import new_schema, storage  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.lip"
        sqlite3.connect(path).close()
        storage.migrate(path)
        conn = sqlite3.connect(path)
        try:
            statements = new_schema.dump(conn)
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    data = {"version": storage.SCHEMA_VERSION, "revision": revision,
            "statements": statements}
    new_schema.SCHEMA_FILE.write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{new_schema.SCHEMA_FILE.relative_to(ROOT)}: Version {storage.SCHEMA_VERSION}, "
          f"{len(statements)} Anweisungen")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
