"""One writer per catalogue: a lock file next to it, held by an operating-system lock.

Two people editing the same ``.lip`` file (two windows, two laptops on a share) would not
corrupt SQLite, but each would silently overwrite the other's work. So the first program
to open a catalogue for writing takes ``<name>.lock`` (e.g. ``plan.lip.lock``) beside it
and every later attempt is refused with a message naming who has it open since when.

Why an OS lock and not just "the file exists": a crashed or killed program cannot delete
its lock file, and a leftover file must not block the catalogue forever. The OS releases
byte-range locks when a process ends, however it ends, also for files on SMB shares. So
the *lock* says whether someone holds the catalogue, the file's *content* only says who.
The lock covers a single byte far beyond the content because Windows locks are mandatory:
locking byte 0 would make the JSON unreadable for the very program that wants to show it.

The lock file alone was bypassed three ways: through a symbolic link (``link.lip`` has its
own ``link.lip.lock``), a hard link (another name, another lock file, the same database)
and by deleting the lock file (the next program creates a fresh one and locks that). So
the lock file is found through the catalogue's real path, and the holder also locks the
database file itself, which every name of the catalogue reaches and which survives the
lock file's deletion: ``flock`` on POSIX (independent of SQLite's own ``fcntl`` locks and
kept per open file, so SQLite closing its handles does not drop it), a byte far beyond
any database page on Windows (SQLite locks only bytes around 1 GiB).

POSIX ``fcntl`` locks belong to the process, not to the file handle: a second handle in
the same process "gets" the lock too, and closing *any* handle on the file drops it. A
registry of the lock files this process holds therefore answers same-process requests
without ever opening the file a second time.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from lip_desktop.model.appdirs import describe_os_error
from lip_desktop.model.errors import CatalogueOpenError

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

#: Offset of the locked byte; far beyond the few hundred bytes of JSON content.
LOCK_OFFSET = 1 << 20
#: Offset of the byte locked in the database file on Windows: beyond any real catalogue
#: (SQLite's own lock bytes sit at 1 GiB; a page is never read this far out).
DB_LOCK_OFFSET = 1 << 40
LOCK_SUFFIX = ".lock"
APP_NAME = "LIP Desktop"
UNKNOWN = "unbekannt"

_MAX_CONTENT = 64 * 1024  # a lock file is tiny; never read a huge foreign file whole
_MAX_FIELD = 200  # shown in a message box: keep foreign values short
# errno values with which a non-blocking lock request reports "held by someone else".
_HELD_ERRNOS = frozenset(
    {errno.EACCES, errno.EAGAIN, getattr(errno, "EDEADLOCK", errno.EDEADLK), errno.EDEADLK}
)

_registry_mutex = threading.Lock()
_registry: dict[str, WriterLock] = {}


@dataclass(frozen=True)
class LockInfo:
    """Who holds a catalogue, as written into the lock file (``None`` = not recorded)."""

    user: str | None
    host: str | None
    pid: int | None
    since: datetime | None
    app: str | None

    @property
    def since_text(self) -> str:
        """``since`` as German local time, e.g. ``25.11.2026, 14:03``, or ``unbekannt``."""
        return format_since(self.since)


def lock_path_for(catalogue_path: Path) -> Path:
    """The lock file of a catalogue: its full name plus ``.lock``."""
    return catalogue_path.with_name(catalogue_path.name + LOCK_SUFFIX)


def format_since(value: datetime | None) -> str:
    """German date and time in the reader's local time zone; ``unbekannt`` if missing."""
    if value is None:
        return UNKNOWN
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.strftime("%d.%m.%Y, %H:%M")


class WriterLock:
    """The right to write one catalogue, held until ``release`` (or the end of ``with``)."""

    def __init__(self, catalogue: Path, lock_path: Path, key: str, fd: int, info: LockInfo,
                 db_fd: int | None = None):
        self.catalogue = catalogue
        self.lock_path = lock_path
        self.info = info
        self._key = key
        self._fd: int | None = fd
        self._db_fd = db_fd
        self._identity = _identity(os.fstat(fd))

    @classmethod
    def acquire(cls, catalogue_path: Path, *, now: datetime | None = None) -> WriterLock:
        """Take the writer lock for ``catalogue_path`` or raise ``CatalogueOpenError``.

        ``locked``: someone (this process included) holds it; the error names user, host
        and since. ``cannot_write``: the lock file cannot be created at all (read-only
        folder, missing folder, file system without locks). A lock file left behind by a
        program that has ended is taken over.
        """
        catalogue = Path(catalogue_path)
        lock_path = lock_path_for(_real_path(catalogue))
        key = _registry_key(catalogue)
        # The mutex spans the whole acquisition: two threads of this process would both
        # "get" an fcntl lock, and a losing thread closing its handle would drop ours.
        with _registry_mutex:
            held = _held_by_this_process(key, lock_path)
            if held is not None:
                raise _locked_error(catalogue, held.info, same_process=True)
            for _attempt in range(5):
                fd = _open_lock_file(lock_path)
                try:
                    locked = _try_lock(fd, lock_path)
                    if not locked:
                        info = _read_info_retrying(fd)
                        raise _locked_error(catalogue, info, same_process=False)
                    if sys.platform != "win32" and not _still_linked(fd, lock_path):
                        # The previous holder deleted the file between our open and our
                        # lock; we hold a lock on a nameless file. Start again. (Windows
                        # cannot delete a file we have open, so this cannot happen there.)
                        _close_quietly(fd)  # closing also drops the lock
                        continue
                    db_fd = _lock_database(catalogue)
                    if db_fd is False:
                        # Someone holds the database through another name, or after
                        # deleting the lock file: refuse, naming who the file says.
                        info = _read_info_retrying(fd)
                        raise _locked_error(catalogue, info, same_process=False)
                    info = _own_info(now)
                    try:
                        _write_info(fd, info, lock_path)
                    except BaseException:
                        if db_fd is not None:
                            _close_quietly(db_fd)
                        raise
                except BaseException:
                    _close_quietly(fd)
                    raise
                lock = cls(catalogue, lock_path, key, fd, info, db_fd)
                _registry[key] = lock
                return lock
        raise CatalogueOpenError(
            "cannot_write", path=str(lock_path), reason="die Sperrdatei ändert sich ständig"
        )

    def let_go_of_database(self) -> None:
        """Before the database file is replaced (restore, migration): Windows cannot
        rename over a file this process holds open, and elsewhere the lock would stay on
        the old file. The lock file still keeps other writers out meanwhile."""
        if self._db_fd is not None:
            _close_quietly(self._db_fd)
            self._db_fd = None

    def lock_database_again(self) -> None:
        """After the database file was replaced: lock the new file (best effort; if
        another program got there first, the lock file still refuses it)."""
        if self._db_fd is None:
            fd = _lock_database(self.catalogue)
            self._db_fd = fd if isinstance(fd, int) and fd is not False else None

    @property
    def held(self) -> bool:
        """True until ``release`` was called."""
        return self._fd is not None

    def release(self) -> None:
        """Give up the lock and delete the lock file; calling it twice is harmless.

        On POSIX the file is deleted while still locked, so nobody can lock the old file
        after we let go. Windows cannot delete a file someone has open (ourselves
        included), so there it is deleted after closing; if another program has already
        opened it by then, the delete fails harmlessly and that program's lock stands.
        """
        with _registry_mutex:
            fd = self._fd
            if fd is None:
                return
            self._fd = None
            if _registry.get(self._key) is self:
                del _registry[self._key]
            if sys.platform != "win32":
                _unlink_quietly(self.lock_path)
            with contextlib.suppress(OSError):  # closing releases the lock anyway
                _unlock(fd)
            _close_quietly(fd)
            if self._db_fd is not None:
                _close_quietly(self._db_fd)  # closing drops the database lock
                self._db_fd = None
            if sys.platform == "win32":
                _unlink_quietly(self.lock_path)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __repr__(self) -> str:
        state = "held" if self.held else "released"
        return f"<WriterLock {str(self.catalogue)!r} {state}>"


def acquire_writer_lock(catalogue_path: Path, *, now: datetime | None = None) -> WriterLock:
    """Function form of ``WriterLock.acquire``."""
    return WriterLock.acquire(catalogue_path, now=now)


def read_lock_info(catalogue_path: Path) -> LockInfo | None:
    """Who the lock file says holds the catalogue (``None`` if there is no lock file).

    Only reports the file's content; whether the holder still runs is decided by
    ``acquire``. A lock this process holds is answered from memory, because opening and
    closing the file here would drop our own POSIX lock.
    """
    catalogue = Path(catalogue_path)
    lock_path = lock_path_for(_real_path(catalogue))
    with _registry_mutex:
        held = _held_by_this_process(_registry_key(catalogue), lock_path)
        if held is not None:
            return held.info
        try:
            with lock_path.open("rb") as f:
                return parse_info(f.read(_MAX_CONTENT))
        except FileNotFoundError:
            return None
        except OSError:
            return LockInfo(None, None, None, None, None)


def parse_info(data: bytes) -> LockInfo:
    """Read lock-file content leniently: it may be foreign, truncated or half written."""
    try:
        raw = json.loads(data.decode("utf-8", errors="replace"))
    except ValueError:
        return LockInfo(None, None, None, None, None)
    if not isinstance(raw, dict):
        return LockInfo(None, None, None, None, None)
    pid = raw.get("pid")
    since: datetime | None = None
    if isinstance(raw.get("since"), str):
        try:
            since = datetime.fromisoformat(raw["since"])
        except ValueError:
            since = None
    return LockInfo(
        user=_clean(raw.get("user")),
        host=_clean(raw.get("host")),
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
        since=since,
        app=_clean(raw.get("app")),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = "".join(ch for ch in value if ch.isprintable()).strip()
    return text[:_MAX_FIELD] or None


# --- helpers ----------------------------------------------------------------------------


def _real_path(catalogue: Path) -> Path:
    """The catalogue's path with symbolic links resolved (its lock file lives there)."""
    try:
        return Path(os.path.realpath(catalogue))
    except (OSError, ValueError):
        return catalogue.absolute()


def _lock_database(catalogue: Path) -> int | bool | None:
    """Lock the database file itself: its fd, ``False`` if someone else holds it, or
    ``None`` when there is no file yet (a restore to a missing path) or it cannot be
    opened (then the lock file alone protects it)."""
    try:
        fd = os.open(catalogue, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        if sys.platform == "win32":
            os.lseek(fd, DB_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        _close_quietly(fd)
        if exc.errno in _HELD_ERRNOS or exc.errno == errno.EWOULDBLOCK:
            return False
        return None  # a file system without these locks: the lock file still protects
    return fd


def _registry_key(catalogue: Path) -> str:
    try:
        resolved = catalogue.resolve(strict=False)
    except (OSError, RuntimeError):
        resolved = catalogue.absolute()
    return os.path.normcase(str(resolved))


def _identity(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


def _held_by_this_process(key: str, lock_path: Path) -> WriterLock | None:
    """A lock of ours on the same catalogue, by path or (hard links, case) by file id."""
    held = _registry.get(key)
    if held is not None:
        return held
    if not _registry:
        return None
    try:
        identity = _identity(lock_path.stat())
    except OSError:
        return None
    if identity[1] == 0:  # some file systems report no file ids: nothing to compare
        return None
    for lock in _registry.values():
        if lock._identity == identity:
            return lock
    return None


def _open_lock_file(lock_path: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(lock_path, flags, 0o644)
    except OSError as exc:
        raise CatalogueOpenError(
            "cannot_write", path=str(lock_path), reason=describe_os_error(exc)
        ) from exc


def _try_lock(fd: int, lock_path: Path) -> bool:
    """Lock the byte at ``LOCK_OFFSET`` without waiting; False if someone else holds it."""
    try:
        if sys.platform == "win32":
            os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, LOCK_OFFSET, os.SEEK_SET)
    except OSError as exc:
        if exc.errno in _HELD_ERRNOS:
            return False
        # ENOLCK and friends: this file system cannot lock. Refuse rather than pretend.
        raise CatalogueOpenError(
            "cannot_write",
            path=str(lock_path),
            reason=f"die Datei kann nicht gesperrt werden ({describe_os_error(exc)})",
        ) from exc
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, LOCK_OFFSET, os.SEEK_SET)


def _still_linked(fd: int, lock_path: Path) -> bool:
    try:
        return _identity(lock_path.stat()) == _identity(os.fstat(fd))
    except OSError:
        return False


def _own_info(now: datetime | None) -> LockInfo:
    since = (now or datetime.now()).astimezone().replace(microsecond=0)
    return LockInfo(
        user=_current_user(), host=_current_host(), pid=os.getpid(), since=since, app=APP_NAME
    )


def _current_user() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # getpass raises different types per platform and version
        user = os.environ.get("USERNAME", "")
    return user or UNKNOWN


def _current_host() -> str:
    """The machine's name. On POSIX ``os.uname`` gives what ``socket.gethostname`` gives
    (glibc answers one from the other) without importing ``socket`` before a file's
    first paint; Windows has no ``uname``."""
    try:
        if hasattr(os, "uname"):
            return os.uname().nodename or UNKNOWN
        import socket  # noqa: PLC0415

        return socket.gethostname() or UNKNOWN
    except OSError:
        return UNKNOWN


def _write_info(fd: int, info: LockInfo, lock_path: Path) -> None:
    content = {
        "user": info.user,
        "host": info.host,
        "pid": info.pid,
        "since": info.since.isoformat() if info.since else None,
        "app": info.app,
    }
    data = json.dumps(content, ensure_ascii=False).encode("utf-8")
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        written = 0
        while written < len(data):
            written += os.write(fd, data[written:])
    except OSError as exc:
        raise CatalogueOpenError(
            "cannot_write", path=str(lock_path), reason=describe_os_error(exc)
        ) from exc


def _read_info(fd: int) -> LockInfo:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks: list[bytes] = []
    size = 0
    while size < _MAX_CONTENT:
        chunk = os.read(fd, _MAX_CONTENT - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return parse_info(b"".join(chunks))


def _read_info_retrying(fd: int) -> LockInfo:
    """The holder writes its details right after locking; give it a moment to do so."""
    info = LockInfo(None, None, None, None, None)
    for attempt in range(3):
        try:
            info = _read_info(fd)
        except OSError:
            info = LockInfo(None, None, None, None, None)
        if info.user or info.host:
            break
        if attempt < 2:
            time.sleep(0.05)
    return info


def _locked_error(catalogue: Path, info: LockInfo, *, same_process: bool) -> CatalogueOpenError:
    return CatalogueOpenError(
        "locked",
        path=str(catalogue),
        user=info.user or UNKNOWN,
        host=info.host or UNKNOWN,
        since=format_since(info.since),
        pid=info.pid,
        same_process=same_process,
    )


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
