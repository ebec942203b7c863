"""The catalogue file: identifying, checking, creating, migrating and connecting to it.

Rules from measured pitfalls (see PITFALLS.md): pragmas are set on a fresh connection
outside any transaction and read back; pysqlite's own transaction handling is switched
off and ``BEGIN``/``BEGIN IMMEDIATE`` are emitted by us; existing files are opened with
``mode=rw`` so a mistyped path never creates a file; a file is identified from its
header bytes *before* SQLite touches it, so a foreign or damaged file is never modified;
migrations run with foreign keys off and are checked with ``foreign_key_check``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import struct
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from lip_desktop.model import new_schema, stored_json, tracking
from lip_desktop.model.appdirs import describe_os_error
from lip_desktop.model.backups import (
    REVISION_OF_VERSION,
    header_problem,
    immutable_uri,
    inspect_database,
    readonly_mode,
    sqlite_uri,
)
from lip_desktop.model.errors import CatalogueOpenError, LipError, os_error
from lip_desktop.model.files import create_temp, remove_stale_temps

#: "LIP1" in the header's application_id field: how we know a file is ours.
APPLICATION_ID: Final = 0x4C495031
#: The schema version this program writes; ``user_version`` of a current catalogue.
SCHEMA_VERSION: Final = 11
#: Alembic revision for each schema version.
REVISIONS: Final = REVISION_OF_VERSION

_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_PRAGMAS: Final = (("synchronous", "FULL", 2), ("foreign_keys", "ON", 1))


def read_header(path: Path) -> tuple[int, int]:
    """``(application_id, user_version)`` read from the file's first 100 bytes.

    Reading the header directly never changes the file, which SQLite cannot promise for a
    connection (it may roll back a hot journal or switch the journal mode).
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        raise CatalogueOpenError("file_not_found", path=str(path)) from None
    except IsADirectoryError:
        raise CatalogueOpenError("not_a_catalogue", path=str(path), reason="ein Ordner") from None
    except OSError as exc:
        raise CatalogueOpenError("cannot_write", path=str(path), reason=exc.strerror) from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        reason = "leere Datei" if not header else "keine SQLite-Datenbank"
        raise CatalogueOpenError("not_a_catalogue", path=str(path), reason=reason)
    user_version, application_id = struct.unpack(">I4xI", header[60:72])
    return application_id, user_version


def identify(path: Path) -> int:
    """Check that ``path`` is a catalogue this version can open; return its schema version."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise CatalogueOpenError("not_a_catalogue", path=str(path),
                                 reason="eine andere SQLite-Datenbank")
    if user_version > SCHEMA_VERSION:
        raise CatalogueOpenError("newer_version", path=str(path), found=user_version,
                                 supported=SCHEMA_VERSION)
    return user_version


def quick_check(path: Path, *, readonly: bool = False) -> str | None:
    """``None`` when SQLite's quick_check passes, else the first problem it names.

    A damaged file often fails only at the first query ("file is not a database"), and
    quick_check reports damage as rows instead of raising: both end up here as text.
    ``readonly`` opens the file so that it cannot change (a stray ``-wal`` beside it is
    read, never applied to it): for ``check``, ``backups`` and the exports.
    """
    header = header_problem(path)
    if header is not None:
        return header
    try:
        conn = _connect_raw(path, readonly_mode(path) if readonly else "rw")
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return str(exc)
    # quick_check quotes damaged bytes in its report: never fail on reading the report.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return str(exc)
    finally:
        conn.close()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(r[0]) for r in rows[:3])


def _connect_raw(path: Path, mode: str) -> sqlite3.Connection:
    uri = immutable_uri(path) if mode == "immutable" else sqlite_uri(path, mode)
    return sqlite3.connect(uri, uri=True, isolation_level=None,
                           check_same_thread=False, timeout=10)


def _set_pragmas(conn: sqlite3.Connection, path: Path, *, readonly: bool) -> None:
    checks: list[tuple[str, str, Any]] = list(_PRAGMAS)
    if not readonly:
        checks.insert(0, ("journal_mode", "WAL", "wal"))
    for pragma, value, expected in checks:
        conn.execute(f"PRAGMA {pragma}={value}")
        got = conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        if got != expected:
            raise CatalogueOpenError("pragma_failed", pragma=f"{pragma}={value}", path=str(path),
                                     value=got)
    conn.execute("PRAGMA busy_timeout=10000")
    if readonly:
        conn.execute("PRAGMA query_only=ON")


def install_tracking(conn: sqlite3.Connection) -> None:
    """The change-tracking triggers (model/tracking.py) on a writable connection; a file
    of a schema before revisions (being migrated) has no ``revision_dirty`` and gets none."""
    has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                             "name='revision_dirty'").fetchone()
    if has_table is None:
        return
    for sql in tracking.trigger_sql():
        conn.execute(sql)


@contextlib.contextmanager
def tracking_paused(conn: Connection) -> Iterator[None]:
    """Write without noting each row for the revisions, inside the caller's transaction.

    Only for a writer that records the revisions of everything it writes itself (the bulk
    import into a new file, ``revisions.record_states``): its 65,000 trigger inserts into
    ``revision_dirty``, deleted again before the commit, were a fifth of the import. The
    triggers are TEMP objects of this connection; dropping them is part of the
    transaction, so a rollback brings them back as surely as the ``finally`` does.

    On a server the triggers belong to the database, shared by every session: they stay,
    and ``record_states`` clears what they noted.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    for name in tracking.trigger_names():
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS temp."{name}"')
    try:
        yield
    finally:
        for sql in tracking.trigger_sql():
            conn.exec_driver_sql(sql)


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    """An engine whose every connection is checked; writes use ``BEGIN IMMEDIATE``.

    ``BEGIN IMMEDIATE`` for write units: with a deferred ``BEGIN``, a read that later turns
    into a write fails at once with "database is locked" when another connection wrote
    in between, ignoring the busy timeout.
    """

    mode = readonly_mode(path) if readonly else "rw"

    def creator() -> sqlite3.Connection:
        return _connect_raw(path, mode)

    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool, pool_size=2,
                           json_deserializer=stored_json.loads,
                           max_overflow=4)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        _set_pragmas(dbapi_conn, path, readonly=readonly)
        if not readonly:
            install_tracking(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("lip_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextlib.contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction: everything in it is committed together or not at all."""
    with engine.connect() as conn:
        conn.execution_options(lip_write=True)
        with conn.begin(), Session(bind=conn, autoflush=True, expire_on_commit=False) as db:
            yield db
            db.flush()


@contextlib.contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A consistent read snapshot (one deferred transaction)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def migrate(path: Path, target_version: int = SCHEMA_VERSION) -> None:
    """Bring the schema of ``path`` to ``target_version`` with Alembic.

    Imported lazily: Alembic costs most of a second at start-up and is needed only when a
    catalogue is created or older than this program.
    """
    from alembic import command  # noqa: PLC0415 - lazy on purpose (start-up time)
    from alembic.config import Config  # noqa: PLC0415

    cfg = Config()
    script_location = str(Path(__file__).with_name("migrations"))
    cfg.set_main_option("script_location", script_location.replace("%", "%%"))

    def creator() -> sqlite3.Connection:
        return _connect_raw(path, "rw")

    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _fk_off(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        with engine.connect() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, REVISIONS[target_version])
            if conn.in_transaction():
                # Nothing left to upgrade (a migration killed after Alembic's commit and
                # before the version mark): Alembic's own read is still open. Resuming
                # then only sets the mark.
                conn.commit()
            with conn.begin():
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise LipError("damaged", path=str(path),
                                   reason=f"Verweise nach der Migration defekt: {problems[:3]}")
                conn.exec_driver_sql(f"PRAGMA user_version={int(target_version)}")
    finally:
        engine.dispose()


def migrate_file(path: Path, target_version: int = SCHEMA_VERSION) -> None:
    """Migrate ``path`` on a copy and put the result in place in one rename.

    A kill at any moment leaves either the old catalogue (untouched) or the migrated one
    at ``path``, never a half-migrated file that no command opens. The caller holds the
    writer lock. The old file's WAL is checkpointed first, so the copy is complete and no
    stale WAL can be replayed into the new file.
    """
    folder = path.parent
    conn = _connect_raw(path, "rw")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    remove_stale_temps(folder, path.name)
    try:
        fd, tmp = create_temp(folder, path.name)
        os.close(fd)
    except OSError as exc:
        raise LipError("cannot_write", path=str(path), reason=describe_os_error(exc)) from None
    try:
        source = _connect_raw(path, "ro")
        dest = _connect_raw(tmp, "rw")
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
            source.close()
        migrate(tmp, target_version)
        problem = inspect_database(tmp).problem
        if problem is not None:
            raise LipError("damaged", path=str(path), reason=f"Migration unvollständig: {problem}")
        _fsync(tmp)
        for suffix in ("-wal", "-shm"):  # empty after the checkpoint; must not outlive it
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        tmp.replace(path)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        raise LipError("damaged", path=str(path),
                       reason=f"Migration fehlgeschlagen: {exc}") from exc
    except OSError as exc:
        raise LipError("cannot_write", path=str(path), reason=describe_os_error(exc)) from exc
    finally:
        _remove_with_sidecars(tmp)


def _move_exclusive(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the name ``path`` only if nothing has that name yet.

    Two imports into the same new file both saw "does not exist" and both wrote; the
    second ``replace`` silently dropped the first catalogue. A hard link fails when the
    name exists (atomically, also on SMB and NTFS); ``os.rename`` on Windows never
    replaces. File systems without hard links fall back to claiming the name with
    ``O_EXCL`` first. The loser gets ``already_exists``.
    """
    try:
        if sys.platform == "win32":
            tmp.rename(path)
            return
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                                 errno.EMLINK, errno.ENOSYS):
                raise
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            os.close(fd)
            tmp.replace(path)
            return
        tmp.unlink()
    except FileExistsError:
        raise LipError("already_exists", path=str(path)) from None
    except OSError as exc:
        raise os_error(exc, path) from None


def create_file(path: Path, populate: Callable[[Engine], None]) -> None:
    """Create a new catalogue at ``path`` atomically.

    The file is built under a temporary name next to the target, filled by ``populate``
    and moved into place only when complete: a crash or a failed import never leaves a
    half catalogue under the real name.
    """
    if path.exists():
        raise LipError("already_exists", path=str(path))
    if not path.parent.is_dir():
        raise LipError("cannot_write", path=str(path), reason="Der Ordner existiert nicht.")
    remove_stale_temps(path.parent, path.name)
    # Unique per attempt (two threads of one process may race too), and in the
    # pattern ``remove_stale_temps`` knows: ``.<name>.<pid>.<random>.tmp``.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.neu{uuid.uuid4().hex[:8]}.tmp")
    _remove_with_sidecars(tmp)
    try:
        try:
            conn = sqlite3.connect(sqlite_uri(tmp, "rwc"), uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            raise LipError("cannot_write", path=str(path), reason=str(exc)) from None
        try:
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode=WAL")
            # The schema Alembic's chain makes, replayed (model/new_schema.py says why).
            conn.execute("BEGIN IMMEDIATE")
            new_schema.write(conn, SCHEMA_VERSION, REVISIONS[SCHEMA_VERSION])
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise LipError("cannot_write", path=str(path), reason=str(exc)) from None
        finally:
            conn.close()
        engine = make_engine(tmp)
        event.listen(engine, "connect", _filling_pragmas)
        try:
            populate(engine)
            with engine.connect() as c:
                c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        _fsync(tmp)
        _move_exclusive(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    finally:
        for suffix in ("-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


#: Page cache of a connection filling a new file (KiB): the pages of the tables and of
#: their indexes (random ids) being written stay in memory instead of being spilled to
#: the WAL in the middle of the transaction and read back.
FILLING_CACHE_KIB: Final = 64 * 1024


def _filling_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """Settings of the connections that fill a new file under its temporary name.

    A bigger page cache: the import of 21,000 measures writes about 40 MiB of pages in
    one transaction; SQLite's default cache of 2 MiB spilled them to the WAL and read
    the index pages back (a sixth of the time spent in SQLite). Memory only: it changes
    nothing about what is written or when it is synced. The cache grows only as pages
    are used and ends with the connection (``create_file`` disposes of the engine).
    """
    dbapi_conn.execute(f"PRAGMA cache_size=-{FILLING_CACHE_KIB}")


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory; NTFS journals the rename
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
