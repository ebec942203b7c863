"""A new file is filled with a bigger page cache (memory only), and with the settings that
make it durable unchanged; a file opened afterwards has SQLite's default cache again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from lip_desktop.model import storage


def _pragmas(conn: Any) -> dict[str, Any]:
    return {p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("cache_size", "journal_mode", "synchronous", "foreign_keys")}


def test_the_filling_connection_has_the_big_cache_and_the_usual_safety(tmp_path: Path
                                                                        ) -> None:
    seen: list[dict[str, Any]] = []

    def populate(engine: Engine) -> None:
        with engine.connect() as conn:
            seen.append(_pragmas(conn))

    target = tmp_path / "neu.lip"
    storage.create_file(target, populate)
    assert seen == [{"cache_size": -storage.FILLING_CACHE_KIB, "journal_mode": "wal",
                     "synchronous": 2, "foreign_keys": 1}]

    engine = storage.make_engine(target)
    try:
        with engine.connect() as conn:
            after = _pragmas(conn)
    finally:
        engine.dispose()
    assert after["cache_size"] == -2000  # SQLite's default
    assert after["synchronous"] == 2 and after["journal_mode"] == "wal"
