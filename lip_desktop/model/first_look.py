"""A first look at a catalogue file: enough to paint its navigation tree, nothing more.

Issue 14: ``lip-desktop open FILE`` is to paint the tree in at most twice the time of a
bare window with a tree view. Importing SQLAlchemy, declaring the ORM and the
``PRAGMA quick_check`` of a 21,000-measure file cost more than that on their own. So the
window paints from this look (stdlib ``sqlite3`` only, the SQL of ``model/tree_sql.py``)
and opens the catalogue properly (``Catalogue.open``: quick_check, engine, open backup)
right after the paint, on a thread; until that has succeeded nothing can be edited.

What the look may promise is narrow on purpose. It is only taken when the full open is
expected to succeed without anything the user must hear first: a catalogue of the
current schema version (user_version *and* Alembic's revision), writable, with no
leftover ``-wal``/``-journal`` beside it (recovery after a crash is the full open's
business), whose writer lock this program gets. Anything else (a missing, foreign,
older, newer, read-only, locked, damaged or unreadable file) gives ``None``, and the
caller takes the full open, which refuses or migrates with today's messages before
anything is painted.

Nothing is written: the header is read as bytes, and the rows through an *immutable*
read-only connection, which takes no locks and creates no sidecar files (safe because
we hold the writer lock and there is no WAL to apply). Damage the look does not meet
(quick_check's business) is found by the full open, before any edit is possible. The
writer lock is taken here, so no other program can open the file for writing between
the paint and the full open; it is handed to ``Catalogue.open``.

While the full open runs, the look's connection may still read branches the user
unfolds. The open writes only the revision and tracking tables (pending revisions, in
the WAL), never the structure tables the tree reads, and the window drops the look when
it takes the opened catalogue over, before anything can be edited.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lip_desktop.model import tree_sql
from lip_desktop.model.backups import REVISION_OF_VERSION, header_problem, immutable_uri
from lip_desktop.model.errors import LipError
from lip_desktop.model.lockfile import WriterLock

#: The schema version this program writes (``storage.SCHEMA_VERSION``, which imports
#: SQLAlchemy): the newest version with an Alembic revision. A test keeps them equal.
CURRENT_VERSION: int = max(REVISION_OF_VERSION)


@dataclass(eq=False)
class FirstLook:
    """What the first paint shows, read from the file; holds the writer lock and a
    read-only connection for the tree's branches until ``close`` (or ``take_lock``)."""

    path: Path
    catalogue_id: str
    title: str
    top: tree_sql.TreeTop
    lock: WriterLock | None
    _conn: sqlite3.Connection | None = field(default=None, repr=False)

    def children(self, kind: str, record_id: str) -> tree_sql.TreeChildren:
        """A branch opened before the full open is done: the same SQL as later."""
        if self._conn is None:
            raise RuntimeError("the first look is closed")
        return tree_sql.read_children(_runner(self._conn), kind, record_id)

    def take_lock(self) -> WriterLock | None:
        """The writer lock, now owned by the caller (``Catalogue.open``)."""
        lock, self.lock = self.lock, None
        return lock

    def close(self) -> None:
        """Close the connection and release the lock if nobody took it."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def _runner(conn: sqlite3.Connection) -> tree_sql.Run:
    def run(sql: str, params: Sequence[Any]) -> list[Any]:
        return conn.execute(sql, tuple(params)).fetchall()

    return run


def take(path: Path) -> FirstLook | None:
    """The first look at ``path``, or None when the full open must decide (see above)."""
    path = Path(path).expanduser().absolute()
    if not path.is_file() or not _plain(path):
        return None
    lock: WriterLock | None = None
    try:
        lock = WriterLock.acquire(path)
    except LipError:
        return None  # locked, or no lock possible here: the full open says why
    try:
        conn = sqlite3.connect(immutable_uri(path), uri=True, isolation_level=None,
                               check_same_thread=False)
    except (sqlite3.Error, UnicodeDecodeError):
        lock.release()
        return None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        row = tree_sql.read_catalogue_row(_runner(conn))
        if version != CURRENT_VERSION or revision != [(REVISION_OF_VERSION[version],)] \
                or row is None:
            raise ValueError("not a current catalogue")
        top = tree_sql.read_top(_runner(conn))
    except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError, KeyError):
        conn.close()
        lock.release()
        return None
    return FirstLook(path, row[0], row[1], top, lock, conn)


def _plain(path: Path) -> bool:
    """A catalogue header, writable, and no crash leftovers beside it."""
    if header_problem(path) is not None:
        return False
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)):
        return False  # read-only: the full open says so
    for suffix in ("-wal", "-journal"):
        with contextlib.suppress(OSError):
            if Path(f"{path}{suffix}").stat().st_size > 0:
                return False
    return True
