"""Plain SQL that runs on SQLite and on PostgreSQL alike.

The hot paths (the revision chain before every commit, bulk reads) send SQL straight to
the driver, skipping SQLAlchemy's statement compilation. The two drivers disagree only on
the parameter marks: sqlite3 takes ``?``, psycopg ``%s``. The statements are written once
with ``?`` and the marks changed here for a driver that wants others; everything else in
them (``ON CONFLICT DO NOTHING`` instead of SQLite's ``OR IGNORE``, double-quoted names)
is common to both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection, CursorResult


def driver_sql(conn: Connection, sql: str) -> str:
    """``sql`` written with ``?`` marks, in the marks of ``conn``'s driver.

    A statement for psycopg must not contain a literal ``%`` (it would be read as a mark).
    """
    if conn.dialect.paramstyle == "qmark":
        return sql
    return sql.replace("?", "%s")


def run(conn: Connection, sql: str,
        params: Sequence[Any] | Sequence[Sequence[Any]] | None = None
        ) -> CursorResult[*tuple[Any, ...]]:
    """``exec_driver_sql`` of ``sql`` (``?`` marks) on either database; a list of tuples
    as ``params`` runs it once per tuple (executemany)."""
    statement = driver_sql(conn, sql)
    if params is None:
        return conn.exec_driver_sql(statement)
    return conn.exec_driver_sql(statement, params if _many(params) else tuple(params))


def _many(params: Sequence[Any]) -> bool:
    return isinstance(params, list) and bool(params) and isinstance(params[0], tuple | list)


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"
