"""An open catalogue: the file, its writer lock, its backups and its transactions.

``Catalogue.open`` is the only way in. It refuses what is not a catalogue, what is newer
than this program, what is damaged (offering the newest good backup) and what another
writer holds; it migrates an older catalogue after a backup. The services work on an open
``Catalogue`` through ``unit()`` (one write transaction) and ``read()``.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from lip_desktop.model import (
    appdirs,
    backups,
    location,
    recovery,
    revisions,
    rights_guard,
    server,
    server_rights,
    storage,
)
from lip_desktop.model.backups import BackupInfo, DatabaseFacts
from lip_desktop.model.errors import CatalogueOpenError, LipError
from lip_desktop.model.lockfile import WriterLock
from lip_desktop.model.orm import CatalogueRow
from lip_desktop.model.rights import LEAD, ROLE_LABELS, Rights
from lip_desktop.model.server import ServerAddress

#: How often a changed catalogue is backed up while it stays open.
BACKUP_INTERVAL: Final = timedelta(minutes=30)

#: Failed backups not yet shown to the user (the command line prints them at the end).
_PENDING_WARNINGS: list[str] = []


def take_backup_warnings() -> list[str]:
    """The warnings of failed backups since the last call (each reported once)."""
    taken = list(dict.fromkeys(_PENDING_WARNINGS))
    _PENDING_WARNINGS.clear()
    return taken


class DamagedCatalogueError(CatalogueOpenError):
    """The file is damaged; ``backup`` is the newest good backup of *this* file, if any,
    and ``backup_facts`` what it holds (title, counts), to tell the user before a restore."""

    def __init__(self, path: Path, reason: str,
                 candidate: recovery.Candidate | BackupInfo | None = None) -> None:
        self.path = path
        if isinstance(candidate, BackupInfo):  # a backup whose content was not inspected
            self.candidate: recovery.Candidate | None = None
            self.backup: BackupInfo | None = candidate
        else:
            self.candidate = candidate
            self.backup = candidate.info if candidate else None
        self.backup_facts: DatabaseFacts | None = (
            self.candidate.facts if self.candidate else None)
        super().__init__("damaged", path=str(path), reason=recovery.german_reason(reason))

    @property
    def message(self) -> str:
        text = super().message
        if self.backup is not None:
            when = self.backup.created.strftime("%d.%m.%Y, %H:%M Uhr")
            text += f" Die neueste gültige Sicherung ist vom {when}"
            text += f": {self.backup_facts.summary()}." if self.backup_facts else "."
        else:
            text += " Es gibt keine gültige Sicherung dieses Katalogs."
        return text


def damaged_error(path: Path, reason: str) -> DamagedCatalogueError:
    """The damage error with the best backup of this file (none offered if none is usable)."""
    return DamagedCatalogueError(path, reason, recovery.best(path))


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
    #: Why a catalogue asked for writing was opened read-only (read-only file or folder).
    readonly_reason: str | None = None
    #: A backup that failed (full disk, ...): work continues, the user must be told.
    backup_warning: str | None = None


class Catalogue:
    """One open catalogue: a file, or a database on a PostgreSQL server (``server``).

    Not thread-safe itself; ``read()``/``unit()`` may be used from a worker thread because
    each takes its own connection from the pool. The file-only parts (writer lock, backups,
    WAL checkpoint, the network-share warning) are skipped for a server catalogue, whose
    ``path`` is only its database name (window titles, suggested export file names);
    ``location`` is what messages show for either kind.
    """

    def __init__(self, path: Path, engine: Engine, catalogue_id: str, *, readonly: bool,
                 actor: str, lock: WriterLock | None, info: OpenInfo,
                 server: ServerAddress | None = None) -> None:
        self.path = path
        self.server = server
        self.engine = engine
        self.id = catalogue_id
        self.readonly = readonly
        self.actor = actor
        self.info = info
        self._lock = lock
        self._changed_since_backup = False
        self._last_backup_at = datetime.now()
        self._closed = False
        #: Set when a backup failed (the catalogue itself is saved); callers show it.
        self.backup_warning: str | None = info.backup_warning
        #: What this login may change (``model/rights.py``): read once on opening a server
        #: catalogue; a file's holder is the lead.
        self.rights: Rights = LEAD

    @property
    def location(self) -> str:
        """The file path or the server address (never with a password)."""
        return self.server.display if self.server is not None else str(self.path)

    @property
    def display_name(self) -> str:
        """What the window title shows: the file's name, or the server database's name."""
        return self.server.database if self.server is not None else self.path.name

    @property
    def base_name(self) -> str:
        """The start of suggested export file names: the file's stem, or the database's
        name (whose dots are part of the name, not an extension)."""
        return self.server.database if self.server is not None else self.path.stem

    @property
    def own_files(self) -> list[Path]:
        """The files an export must never overwrite: the catalogue file, none on a server."""
        return [] if self.server is not None else [self.path]

    @property
    def closed(self) -> bool:
        """True once ``close`` ran; background readers then stop quietly."""
        return self._closed

    # --- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | ServerAddress, *, actor: str | None = None,
             readonly: bool = False, make_backups: bool = True,
             password: str | None = None, integrity_check: bool = True,
             lock: WriterLock | None = None) -> Catalogue:
        """Open a catalogue file, or a server catalogue (a ``postgresql://`` address;
        ``password`` goes to the driver only, see ``server.make_engine``).

        ``integrity_check=False`` skips SQLite's ``quick_check`` of the file; only
        ``create`` passes it, for the file it has just written, synced and moved into
        place in this very process (the check reads every page: a tenth of a second at
        21,000 measures, for damage that could not have come about since the write).
        Every later open checks the file as before.

        ``lock``: the file's writer lock, already taken by the caller (the window's
        first look, ``model/first_look.py``); it is released like our own on failure."""
        if isinstance(path, ServerAddress) or server.is_address(path):
            address = path if isinstance(path, ServerAddress) else ServerAddress.parse(str(path))
            return cls._open_server(address, actor=actor, readonly=readonly,
                                    password=password)
        path = Path(path).expanduser().absolute()
        try:
            version = storage.identify(path)
        except CatalogueOpenError as exc:
            if lock is not None:
                lock.release()
            # A file this program's backups were made from is a damaged catalogue, not a
            # foreign file: say so and offer its backup.
            if exc.code == "not_a_catalogue" and any(
                    same for _info, same in recovery.related(path)[1]):
                raise damaged_error(path, str(exc.params.get("reason", "?"))) from None
            raise
        readonly_reason: str | None = None
        if not readonly and not _writable(path):
            readonly = True
            readonly_reason = (f"„{path.name}“ oder sein Ordner ist schreibgeschützt; der Katalog "
                               "ist nur zum Lesen geöffnet. Zum Bearbeiten bitte an einen "
                               "beschreibbaren Ort kopieren.")
        if readonly and lock is not None:
            lock.release()
            lock = None
        elif not readonly and lock is None:
            lock = WriterLock.acquire(path)
        try:
            problem = storage.quick_check(path, readonly=readonly) if integrity_check else None
            if problem is not None:
                raise damaged_error(path, problem)
            migrated_from: int | None = None
            backup: BackupInfo | None = None
            if version < storage.SCHEMA_VERSION:
                if readonly:
                    raise CatalogueOpenError(
                        "cannot_write", path=str(path),
                        reason="Der Katalog muss erst aktualisiert werden; bitte normal öffnen.")
                with contextlib.suppress(LipError):  # a stuck file may not be backed up
                    backup = _backup_file(path, _peek_id(path), "migration")
                if lock is not None:
                    lock.let_go_of_database()  # the file is replaced by its migrated copy
                storage.migrate_file(path)
                if lock is not None:
                    lock.lock_database_again()
                migrated_from = version
            engine = storage.make_engine(path, readonly=readonly)
            try:
                with engine.connect() as conn:  # a table column: no mapper set-up here
                    catalogue_id = conn.execute(select(CatalogueRow.__table__.c.id)).scalar()
            except Exception:
                engine.dispose()
                raise
            if catalogue_id is None:
                engine.dispose()
                raise damaged_error(path, "kein Katalogeintrag")
            info = OpenInfo(migrated_from, location.storage_warning(path), backup,
                            readonly_reason)
            cat = cls(path, engine, catalogue_id, readonly=readonly,
                      actor=actor or default_actor(), lock=lock, info=info)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if not readonly:
            cat._record_pending_revisions()
        if make_backups and not readonly and _needs_open_backup(path, engine, catalogue_id):
            try:
                b = cat.backup("open")
                cat.info = OpenInfo(migrated_from, cat.info.storage_warning, b)
            except LipError as exc:
                # A full backup disk must not block the work: warn, go on, try again later.
                cat.info = OpenInfo(migrated_from, cat.info.storage_warning, backup,
                                    backup_warning=backup_failed_text(exc))
        return cat

    @classmethod
    def _open_server(cls, address: ServerAddress, *, actor: str | None,
                     readonly: bool, password: str | None = None) -> Catalogue:
        """A server catalogue: migrated in one transaction when older (nothing to back up
        first: the server's backups are the administrator's), never locked (the server
        serialises writers)."""
        engine = server.make_engine(address, readonly=readonly, password=password)
        try:
            with server.reach(engine, address) as conn:
                version = server.schema_version(conn, address)
                if version is None or not server.holds_catalogue(conn):
                    raise CatalogueOpenError("server_empty", path=address.display)
                conn.rollback()
                migrated_from: int | None = None
                if version < storage.SCHEMA_VERSION:
                    if readonly:
                        raise CatalogueOpenError(
                            "cannot_write", path=address.display,
                            reason="Der Katalog muss erst aktualisiert werden; bitte normal "
                                   "öffnen.")
                    with conn.begin():
                        server.migrate(conn, storage.SCHEMA_VERSION)
                    migrated_from = version
                elif not readonly and server.setup_outdated(conn):
                    conn.rollback()
                    with conn.begin():
                        server.install_setup(conn, storage.SCHEMA_VERSION)
                catalogue_id = conn.execute(select(CatalogueRow.id)).scalar()
                rights = server_rights.read_rights(conn)
                conn.rollback()
            if catalogue_id is None:
                raise CatalogueOpenError("server_empty", path=address.display)
        except BaseException:
            engine.dispose()
            raise
        reason = None
        if rights.changes_nothing and not readonly:
            readonly = True  # a reader's catalogue is read-only, with the reason
            reason = (f"Ihre Rolle „{ROLE_LABELS[rights.role]}“ erlaubt keine Änderungen; "
                      "der Katalog ist nur zum Lesen geöffnet.")
        cat = cls(Path(address.database), engine, catalogue_id, readonly=readonly,
                  actor=actor or default_actor(), lock=None,
                  info=OpenInfo(migrated_from, None, None, reason), server=address)
        cat.rights = rights
        if not readonly:
            cat._record_pending_revisions()
        return cat

    @classmethod
    def create(cls, path: Path | str | ServerAddress, populate: Callable[[Session], object],
               *, actor: str | None = None, open_backup: bool = True) -> Catalogue:
        """Create a new file filled by ``populate`` (in one transaction), then open it; for
        a server address, set up its empty database the same way (``server_init``).

        ``open_backup=False`` leaves out the backup that opening makes. For a caller that
        closes the new file at once without changing it (``import-json`` into a new
        file), that backup would be a copy of what the caller has just written from
        input it still holds (the JSON file), and it cost about a tenth of the import.
        Nothing is left unprotected: the first time the file is opened to work with, it
        has no backup yet, so that opening backs it up before any edit (see
        ``_needs_open_backup``). An import into an existing catalogue is not affected:
        it opens the catalogue, which backs it up as every opening does."""
        if isinstance(path, ServerAddress) or server.is_address(path):
            address = path if isinstance(path, ServerAddress) else ServerAddress.parse(str(path))
            server_init(address, populate, actor=actor)
            return cls.open(address, actor=actor)
        path = Path(path).expanduser().absolute()

        who = actor or default_actor()

        def fill(engine: Engine) -> None:
            with storage.write_session(engine) as db:
                populate(db)
                db.flush()
                revisions.flush(db.connection(), who)

        storage.create_file(path, fill)
        return cls.open(path, actor=actor, make_backups=open_backup, integrity_check=False)

    # --- transactions ------------------------------------------------------------------

    def _record_pending_revisions(self) -> None:
        """A freshly migrated file marks every record as written: record those states now,
        so a copy made before the first edit already shares them."""
        with self.engine.connect() as conn:
            pending = revisions.has_pending(conn)
            conn.rollback()
        if pending:
            with self._damage_named(), storage.write_session(self.engine) as db:
                revisions.flush(db.connection(), self.actor)

    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One user operation: one write transaction, committed at the end or not at all."""
        if self.readonly:
            raise LipError("cannot_write", path=str(self.path),
                           reason=self.info.readonly_reason
                           or "Der Katalog ist nur zum Lesen geöffnet.")
        self._check_open()
        with (self._damage_named(), self._refusals_named(),
              storage.write_session(self.engine) as db):
            rights_guard.watch(db, self.rights)
            yield db
            db.flush()
            revisions.flush(db.connection(), self.actor)
        self._changed_since_backup = True

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        """One consistent moment of the catalogue for all reads inside the block.

        A file's read transaction is one already (WAL). On a server a transaction of the
        default level (READ COMMITTED) sees each statement's own moment, so an export,
        a copy or a merge's plan could read a measure saved meanwhile without its goal,
        or a ballot without its vote: REPEATABLE READ reads them all at one moment."""
        self._check_open()
        if self.server is None:
            with self._damage_named(), storage.read_connection(self.engine) as conn:
                yield conn
            return
        with self._damage_named(), self.engine.connect() as raw:
            conn = raw.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                yield conn

    @contextlib.contextmanager
    def _refusals_named(self) -> Iterator[None]:
        """What the server refuses for rights or a closed vote (also at the commit, where
        the closed votes' deferred checks run) becomes its German refusal; the
        transaction is rolled back, nothing is written."""
        try:
            yield
        except DBAPIError as exc:
            refusal = server_rights.refusal_of(exc.orig) if self.server is not None else None
            if refusal is None:
                raise
            raise refusal from None

    @contextlib.contextmanager
    def _damage_named(self) -> Iterator[None]:
        """A damaged stored value (found only when read) is damage to this file: it is
        reported like damage found on opening, with this file's newest good backup."""
        try:
            yield
        except LipError as exc:
            if exc.code != "damaged_value":
                raise
            reason = f"ein gespeicherter Wert ist beschädigt („{exc.params.get('excerpt', '')}“)"
            if self.server is not None:
                raise LipError("damaged", path=self.location, reason=reason) from None
            raise damaged_error(self.path, reason) from None

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("catalogue is closed")

    # --- backups -----------------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return appdirs.backup_dir(self.id)

    def backup(self, reason: str = "manual", now: datetime | None = None) -> BackupInfo:
        """Back up through SQLite's backup API (a file copy of a live WAL database is not
        a consistent copy), verify it, and thin out old backups. A server catalogue is
        refused with the reason (the database's backups) and the way to an own copy."""
        if self.server is not None:
            raise LipError("server_backup", path=self.location)
        raw = self.engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            try:
                dest = appdirs.ensure_dir(self.backup_dir)
            except OSError as exc:
                raise LipError("cannot_write", path=str(self.backup_dir),
                               reason=appdirs.describe_os_error(exc)) from exc
            info = backups.make_backup(source, dest, self.path.stem, reason, now,
                                       origin=_origin(self.path, self.id))
        finally:
            raw.close()
        backups.rotate(dest, now or datetime.now())
        self._changed_since_backup = False
        self._last_backup_at = now or datetime.now()
        return info

    def backup_if_due(self, now: datetime | None = None) -> BackupInfo | None:
        """Called by a timer: a backup every ``BACKUP_INTERVAL`` while there are changes."""
        now = now or datetime.now()
        if self.readonly or self.server is not None or not self._changed_since_backup:
            return None
        if now - self._last_backup_at < BACKUP_INTERVAL:
            return None
        try:
            return self.backup("interval", now)
        except LipError as exc:
            self.backup_warning = backup_failed_text(exc)
            self._last_backup_at = now  # try again one interval later, not every tick
            return None

    def list_backups(self) -> list[BackupInfo]:
        """This file's backups (catalogues copied from one another share an id); none for
        a server catalogue."""
        if self.server is not None:
            return []
        return [info for info, same in recovery.related(self.path)[1] if same]

    # --- closing -----------------------------------------------------------------------

    def close(self, *, backup: bool = True) -> None:
        if self._closed:
            return
        try:
            on_file = self.server is None
            if on_file and backup and not self.readonly and self._changed_since_backup:
                try:
                    self.backup("close")
                except LipError as exc:  # the work is saved; only the copy failed
                    self.backup_warning = backup_failed_text(exc)
            if on_file and not self.readonly:
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


def server_init(address: ServerAddress,
                populate: Callable[[Session], object] | None = None, *,
                actor: str | None = None) -> None:
    """Set up the database at ``address`` for a catalogue; with ``populate``, fill it.

    Without ``populate`` only the schema is made (``lip-desktop server-init``); a
    database set up so is filled later (``import-json``). Schema, triggers and content go
    in one transaction (PostgreSQL's DDL is transactional): a failed import leaves the
    database as it was. An advisory lock makes a second set-up at the same moment wait
    and then find the first one's work. A database holding anything else, or a
    catalogue already, is refused and left as it was.
    """
    engine = server.make_engine(address)
    try:
        with server.reach(engine, address) as conn, conn.begin():
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
            version = server.schema_version(conn, address)
            if version is not None and server.holds_catalogue(conn):
                raise LipError("server_has_catalogue", path=address.display)
            if version is not None and populate is None:
                raise LipError("server_set_up", path=address.display)
            server.migrate(conn, storage.SCHEMA_VERSION)
            if populate is not None:
                with Session(bind=conn, autoflush=True, expire_on_commit=False) as db:
                    populate(db)
                    db.flush()
                    revisions.flush(db.connection(), actor or default_actor())
    finally:
        engine.dispose()


#: Key of the advisory lock ``server_init`` takes ("LIP1" as for files' application_id).
_INIT_LOCK: Final = 0x4C495031


# --- helpers for files that are not (yet) open -------------------------------------------


def _peek_id(path: Path) -> str | None:
    """The catalogue id, read without changing anything; None when unreadable."""
    return recovery.peek_id(path)


def _values_intact(path: Path) -> bool:
    """No damaged text and no invalid choice value in the file (``integrity``)."""
    from lip_desktop.model.integrity import stored_value_problems  # noqa: PLC0415

    try:
        conn = sqlite3.connect(backups.sqlite_uri(path, "ro"), uri=True, isolation_level=None)
        try:
            return not stored_value_problems(conn)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return False


def _writable(path: Path) -> bool:
    """Whether the file and its folder can be written (for the lock and the WAL)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def backup_failed_text(exc: LipError) -> str:
    """German warning for a failed backup: the work itself is saved."""
    text = (f"Die Sicherung konnte nicht angelegt werden: {exc.message} "
            "Der Katalog selbst ist gespeichert; die Sicherung wird später erneut versucht.")
    _PENDING_WARNINGS.append(text)
    return text


def _origin(path: Path, catalogue_id: str | None) -> dict[str, object]:
    return {"path": recovery.real_path(path), "catalogue_id": catalogue_id}


def backup_dir_for(path: Path) -> Path:
    cid = _peek_id(path)
    return appdirs.backup_dir(cid) if cid else appdirs.backup_dir(recovery.NO_ID_FOLDER)


def backups_for(path: Path) -> list[BackupInfo]:
    """Backups of this catalogue file, best first (see ``recovery.candidates``)."""
    return [c.info for c in recovery.candidates(path)]


def newest_backup_for(path: Path) -> BackupInfo | None:
    """The newest usable backup made from this very file, if any."""
    found = recovery.best(path)
    return found.info if found else None


def _backup_file(path: Path, catalogue_id: str | None, reason: str, *,
                 source_ok: bool = True) -> BackupInfo:
    source = sqlite3.connect(backups.sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        try:
            dest = appdirs.ensure_dir(appdirs.backup_dir(catalogue_id or recovery.NO_ID_FOLDER))
        except OSError as exc:
            raise LipError("cannot_write", path=str(path),
                           reason=appdirs.describe_os_error(exc)) from exc
        made = backups.make_backup(source, dest, path.stem, reason,
                                   origin={**_origin(path, catalogue_id),
                                           "source_ok": source_ok})
    finally:
        source.close()
    backups.rotate(dest)  # restores and migrations thin out like every other backup
    return made


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
        except (sqlite3.Error, UnicodeDecodeError):
            continue
        try:
            if _last_change(newest) == current:
                return False
        except (sqlite3.Error, UnicodeDecodeError):
            continue
        finally:
            newest.close()
    return True


def restore(path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of ``path``; the current file is kept aside untouched.

    The writer lock is taken so nobody edits the file while it is replaced; the current
    state, when it is a whole catalogue, is backed up first so a restore can itself be
    undone. A backup of another catalogue (by id) is refused when the current file's id
    can be read.
    """
    path = Path(path).expanduser().absolute()
    lock = WriterLock.acquire(path)
    try:
        facts = backups.verify_catalogue_backup(backup)
        current_id = _peek_id(path) if path.is_file() else None
        if current_id is not None and facts.catalogue_id != current_id:
            raise LipError("cannot_write", path=str(path), reason=(
                f"die Sicherung „{Path(backup).name}“ gehört zu einem anderen Katalog "
                f"({facts.summary()}); sie wird nicht über diesen Katalog gelegt."))
        if path.is_file() and backups.inspect_database(path).problem is None:
            with contextlib.suppress(LipError, sqlite3.Error, OSError):
                # Kept so the restore can be undone, but ranked below good backups when
                # its values are damaged (the reason the user restores, perhaps).
                _backup_file(path, current_id, "restore", source_ok=_values_intact(path))
        lock.let_go_of_database()
        return backups.restore_backup(backup, path)
    finally:
        lock.release()
