"""An open catalogue: the file, its writer lock, its backups and its transactions.

``Catalogue.open`` is the only way in. It refuses what is not a catalogue, what is newer
than this program, what is damaged (offering the newest good backup) and what another
writer holds; it migrates an older catalogue after a backup. The services work on an open
``Catalogue`` through ``unit()`` (one write transaction) and ``read()``.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from lip_desktop.model import appdirs, backups, location, storage
from lip_desktop.model.backups import BackupInfo
from lip_desktop.model.errors import CatalogueOpenError, LipError
from lip_desktop.model.lockfile import WriterLock
from lip_desktop.model.orm import CatalogueRow

#: How often a changed catalogue is backed up while it stays open.
BACKUP_INTERVAL: Final = timedelta(minutes=30)


class DamagedCatalogueError(CatalogueOpenError):
    """The file is damaged; ``backup`` is the newest good backup to offer, if any."""

    def __init__(self, path: Path, reason: str, backup: BackupInfo | None) -> None:
        self.path = path
        self.backup = backup
        super().__init__("damaged", path=str(path), reason=reason)

    @property
    def message(self) -> str:
        text = super().message
        if self.backup is not None:
            when = self.backup.created.strftime("%d.%m.%Y, %H:%M Uhr")
            text += f" Die neueste gültige Sicherung ist vom {when}."
        else:
            text += " Es gibt keine gültige Sicherung dieses Katalogs."
        return text


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name on some service accounts
        return "unbekannt"


def now_stamp() -> str:
    return datetime.now().replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class OpenInfo:
    """What the caller should tell the user after opening."""

    migrated_from: int | None
    storage_warning: str | None
    backup: BackupInfo | None


class Catalogue:
    """One open catalogue file. Not thread-safe itself; ``read()``/``unit()`` may be used
    from a worker thread because each takes its own connection from the pool."""

    def __init__(self, path: Path, engine: Engine, catalogue_id: str, *, readonly: bool,
                 actor: str, lock: WriterLock | None, info: OpenInfo) -> None:
        self.path = path
        self.engine = engine
        self.id = catalogue_id
        self.readonly = readonly
        self.actor = actor
        self.info = info
        self._lock = lock
        self._changed_since_backup = False
        self._last_backup_at = datetime.now()
        self._closed = False

    @property
    def closed(self) -> bool:
        """True once ``close`` ran; background readers then stop quietly."""
        return self._closed

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, actor: str | None = None, readonly: bool = False,
             make_backups: bool = True) -> Catalogue:
        path = Path(path).expanduser().absolute()
        version = storage.identify(path)
        lock = None if readonly else WriterLock.acquire(path)
        try:
            problem = storage.quick_check(path)
            if problem is not None:
                raise DamagedCatalogueError(path, problem, newest_backup_for(path))
            migrated_from: int | None = None
            backup: BackupInfo | None = None
            if version < storage.SCHEMA_VERSION:
                if readonly:
                    raise CatalogueOpenError(
                        "cannot_write", path=str(path),
                        reason="Der Katalog muss erst aktualisiert werden; bitte normal öffnen.")
                backup = _backup_file(path, _peek_id(path), "migration")
                storage.migrate(path)
                migrated_from = version
            engine = storage.make_engine(path, readonly=readonly)
            try:
                with engine.connect() as conn:
                    catalogue_id = conn.execute(select(CatalogueRow.id)).scalar()
            except Exception:
                engine.dispose()
                raise
            if catalogue_id is None:
                engine.dispose()
                raise DamagedCatalogueError(path, "kein Katalogeintrag", newest_backup_for(path))
            info = OpenInfo(migrated_from, location.storage_warning(path), backup)
            cat = cls(path, engine, catalogue_id, readonly=readonly,
                      actor=actor or default_actor(), lock=lock, info=info)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if make_backups and not readonly and _needs_open_backup(path, engine, catalogue_id):
            try:
                b = cat.backup("open")
                cat.info = OpenInfo(migrated_from, cat.info.storage_warning, b)
            except LipError:
                cat.close(backup=False)
                raise
        return cat

    @classmethod
    def create(cls, path: Path | str, populate: Callable[[Session], object], *,
               actor: str | None = None) -> Catalogue:
        """Create a new file filled by ``populate`` (in one transaction), then open it."""
        path = Path(path).expanduser().absolute()

        def fill(engine: Engine) -> None:
            with storage.write_session(engine) as db:
                populate(db)

        storage.create_file(path, fill)
        return cls.open(path, actor=actor)

    # --- transactions ------------------------------------------------------------------

    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One user operation: one write transaction, committed at the end or not at all."""
        if self.readonly:
            raise LipError("cannot_write", path=str(self.path),
                           reason="Der Katalog ist nur zum Lesen geöffnet.")
        self._check_open()
        with storage.write_session(self.engine) as db:
            yield db
        self._changed_since_backup = True

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        self._check_open()
        with storage.read_connection(self.engine) as conn:
            yield conn

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("catalogue is closed")

    # --- backups -----------------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return appdirs.backup_dir(self.id)

    def backup(self, reason: str = "manual", now: datetime | None = None) -> BackupInfo:
        """Back up through SQLite's backup API (a file copy of a live WAL database is not
        a consistent copy), verify it, and thin out old backups."""
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            dest = appdirs.ensure_dir(self.backup_dir)
            info = backups.make_backup(source, dest, self.path.stem, reason, now)
        finally:
            raw.close()
        backups.rotate(dest, now or datetime.now())
        self._changed_since_backup = False
        self._last_backup_at = now or datetime.now()
        return info

    def backup_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        """Called by a timer: a backup every ``BACKUP_INTERVAL`` while there are changes."""
        now = now or datetime.now()
        if self.readonly or not self._changed_since_backup:
            return None
        if now - self._last_backup_at < BACKUP_INTERVAL:
            return None
        return self.backup("interval", now)

    def list_backups(self) -> list[BackupInfo]:
        """This file's backups (catalogues copied from one another share an id)."""
        prefix = f"{backups.safe_stem(self.path.stem)}_"
        return [b for b in backups.list_backups(self.backup_dir)
                if b.path.name.startswith(prefix)]

    # --- closing -----------------------------------------------------------------------

    def close(self, *, backup: bool = True) -> None:
        if self._closed:
            return
        try:
            if backup and not self.readonly and self._changed_since_backup:
                self.backup("close")
            if not self.readonly:
                # The data is committed; a checkpoint the disk refuses only leaves the
                # -wal file for the next open to fold in. Any other error is a bug.
                with contextlib.suppress(OSError, SQLAlchemyError), \
                        self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.engine.dispose()
            self._closed = True
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Catalogue:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


# --- helpers for files that are not (yet) open -------------------------------------------


def _peek_id(path: Path) -> str | None:
    """The catalogue id, read without changing anything; None when unreadable."""
    try:
        conn = sqlite3.connect(backups.sqlite_uri(path, "ro"), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT id FROM catalogue LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row else None


def backup_dir_for(path: Path) -> Path:
    cid = _peek_id(path)
    return appdirs.backup_dir(cid) if cid else appdirs.backup_dir("ohne-kennung")


def backups_for(path: Path) -> list[BackupInfo]:
    """Backups of a catalogue, found by its id or, when the file is unreadable, by name."""
    cid = _peek_id(path)
    if cid:
        return backups.list_backups(appdirs.backup_dir(cid))
    root = appdirs.data_dir() / "Sicherungen"
    found: list[BackupInfo] = []
    if root.is_dir():
        for folder in root.iterdir():
            if folder.is_dir():
                found.extend(b for b in backups.list_backups(folder)
                             if b.path.name.startswith(f"{path.stem}_"))
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest_backup_for(path: Path) -> BackupInfo | None:
    for info in backups_for(path):
        try:
            backups.verify_backup(info.path)
        except LipError:
            continue
        return info
    return None


def _backup_file(path: Path, catalogue_id: str | None, reason: str) -> BackupInfo:
    source = sqlite3.connect(backups.sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        dest = appdirs.ensure_dir(appdirs.backup_dir(catalogue_id or "ohne-kennung"))
        return backups.make_backup(source, dest, path.stem, reason)
    finally:
        source.close()


def _last_change(conn: sqlite3.Connection | Connection) -> int:
    sql = "SELECT coalesce(max(id), 0) FROM change_log"
    if isinstance(conn, sqlite3.Connection):
        return int(conn.execute(sql).fetchone()[0])
    return int(conn.exec_driver_sql(sql).scalar() or 0)


def _needs_open_backup(path: Path, engine: Engine, catalogue_id: str) -> bool:
    """A backup on open unless the newest backup already holds the latest change.

    Compared by the change history rather than file times: closing a catalogue
    checkpoints its WAL and so touches the file without changing its content.
    """
    prefix = f"{backups.safe_stem(path.stem)}_"
    existing = [b for b in backups.list_backups(appdirs.backup_dir(catalogue_id))
                if b.path.name.startswith(prefix)]
    if not existing:
        return True
    with engine.connect() as conn:
        current = _last_change(conn)
    for info in existing[:3]:  # the newest few: their time stamps may tie or be skewed
        try:
            newest = sqlite3.connect(backups.sqlite_uri(info.path, "ro"), uri=True)
        except sqlite3.Error:
            continue
        try:
            if _last_change(newest) == current:
                return False
        except sqlite3.Error:
            continue
        finally:
            newest.close()
    return True


def restore(path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``path``; the current file is kept aside untouched.

    The writer lock is taken so nobody edits the file while it is replaced; the current
    state, when readable, is backed up first so a restore can itself be undone.
    """
    path = Path(path).expanduser().absolute()
    lock = WriterLock.acquire(path)
    try:
        backups.verify_backup(backup)
        if path.exists() and storage.quick_check(path) is None:
            with contextlib.suppress(LipError, sqlite3.Error):
                _backup_file(path, _peek_id(path), "restore")
        return backups.restore_backup(backup, path)
    finally:
        lock.release()
