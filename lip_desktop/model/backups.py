"""Automatic backups of catalogues, made and restored through SQLite's online backup API.

A catalogue in WAL mode keeps recent commits in ``<name>-wal`` until a checkpoint, so a
plain file copy of a live ``.lip`` file is *not* a copy of the catalogue: it can miss the
last hours of work or capture a half-written page. Every copy here therefore goes through
``sqlite3.Connection.backup``, is checked with ``PRAGMA quick_check`` before it counts,
and only then gets its final name with an atomic ``os.replace``: a backup file that exists
under its final name is complete and was readable when it was made.

Backups are single files in rollback-journal mode (``journal_mode=DELETE``), so they can
be copied, mailed or put on a USB stick without sidecars. Their names carry the time and
the reason (``plan_2026-11-25_14-03-00_open.lip``: no colons, valid on Windows), which is
all the listing and the rotation need, so old backups never have to be opened to be
thinned out.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import struct
import sys
import time
import urllib.parse
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path, PurePath, PureWindowsPath

from lip_desktop.model.appdirs import describe_os_error, ensure_dir
from lip_desktop.model.errors import LipError
from lip_desktop.model.files import create_temp, remove_stale_temps

#: Why a backup was made; part of the file name.
REASONS = frozenset({"open", "interval", "migration", "close", "restore", "manual", "merge"})
SUFFIX = ".lip"
TIMESTAMP_FORMAT = "%Y-%m-%d_%H-%M-%S"
SIDECARS = ("-wal", "-shm", "-journal")
#: Beside each backup: where it came from (``<backup>.lip.json``), see ``make_backup``.
ORIGIN_SUFFIX = ".json"
#: "LIP1" in the header's application_id field (also ``storage.APPLICATION_ID``).
APPLICATION_ID = 0x4C495031
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Alembic revision per schema version (also ``storage.REVISIONS``): a file whose two
#: version marks disagree was left behind by a killed migration.
#: Alembic revision of each schema version (storage migrates with it, backups check it).
REVISION_OF_VERSION: dict[int, str] = {1: "0001", 2: "0002", 3: "0003", 4: "0004",
                                      5: "0005", 6: "0006", 7: "0007", 8: "0008",
                                      9: "0009", 10: "0010", 11: "0011"}

_NAME_RE = re.compile(
    r"^(?P<stem>.+)_(?P<ts>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})"
    r"_(?P<reason>" + "|".join(sorted(REASONS)) + ")"
    r"(?:-(?P<counter>[0-9]{1,6}))?\.lip$"
)
_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_MAX_STEM = 80  # keeps backup paths well below Windows' 260-character limit
_URI_MODES = frozenset({"ro", "rw", "rwc"})


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; ``created`` is local time, read from the file name."""

    path: Path
    created: datetime
    reason: str
    size: int
    #: The real path of the catalogue the backup was made from (``None``: not recorded).
    origin: str | None = None
    #: Whether that catalogue passed all checks when the backup was made (``None``: unknown).
    source_ok: bool | None = None
    #: The catalogue id recorded when it was made.
    catalogue_id: str | None = field(default=None, compare=False)


# --- SQLite URIs ------------------------------------------------------------------------


def sqlite_uri(path: PurePath | str, mode: str = "ro") -> str:
    """A ``file:`` URI for ``sqlite3.connect(..., uri=True)`` with an open ``mode``.

    URIs are the only way to say "read-only" (``ro``) or "must already exist" (``rw``;
    a plain ``connect`` silently creates an empty file for a mistyped path). File names
    are percent-encoded, so ``?``, ``#``, ``%`` and spaces in folder names cannot be
    mistaken for URI syntax. Windows paths become ``file:///C:/...`` and UNC paths
    ``file:////server/share/...``, which SQLite's Windows VFS turns back into paths;
    ``PureWindowsPath`` inputs produce the Windows form on any system (for tests).
    """
    if mode not in _URI_MODES:
        raise ValueError(f"unsupported SQLite open mode: {mode!r}")
    pure = PurePath(path) if isinstance(path, str) else path
    if isinstance(pure, Path):
        pure = pure.absolute()
    if isinstance(pure, PureWindowsPath):
        text = _windows_uri_path(pure)
        encoded = urllib.parse.quote(text, safe="/:", encoding="utf-8", errors="surrogatepass")
    else:
        if not pure.is_absolute():
            raise ValueError(f"SQLite URIs need an absolute path: {str(pure)!r}")
        encoded = urllib.parse.quote_from_bytes(os.fsencode(str(pure)), safe="/:")
    return f"file://{encoded}?mode={mode}"


def _windows_uri_path(path: PureWindowsPath) -> str:
    r"""``C:/dir/x`` -> ``/C:/dir/x``; ``\\srv\share\x`` -> ``//srv/share/x``."""
    text = str(path).replace("\\", "/")
    if text.startswith(("//?/", "//./")):  # extended-length and device prefixes
        rest = text[4:]
        text = "//" + rest[4:] if rest[:4].upper() == "UNC/" else rest
    norm = PureWindowsPath(text)
    if not norm.is_absolute():
        raise ValueError(f"SQLite URIs need an absolute path: {str(path)!r}")
    text = str(norm).replace("\\", "/")
    return text if text.startswith("//") else "/" + text


# --- making backups ---------------------------------------------------------------------


def make_backup(
    source: sqlite3.Connection,
    dest_dir: Path,
    stem: str,
    reason: str,
    now: datetime | None = None,
    origin: Mapping[str, object] | None = None,
) -> BackupInfo:
    """Copy the database behind ``source`` into ``dest_dir`` and verify the copy.

    ``origin`` (``{"path": ..., "catalogue_id": ..., "source_ok": ...}``) is written to a
    small JSON file beside the backup *before* the backup gets its name: it is what lets
    a restore pick the backups of *this* file when the damaged file's own id cannot be
    read, and rank backups of a damaged source below good ones.

    The copy includes everything committed, also what still sits in the WAL file. It is
    written under a temporary name, checked with ``quick_check``, switched to
    ``journal_mode=DELETE``, flushed to disk and only then renamed; on any failure the
    temporary file is removed and nothing under a backup name is left behind
    (``backup_bad`` when SQLite fails or the copy does not check out, ``cannot_write``
    when the folder cannot be written).

    ``source`` must not be inside a transaction: the backup API would copy its
    uncommitted changes, i.e. half of a unit of work.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason: {reason!r}")
    if source.in_transaction:
        raise ValueError("make_backup needs a source connection outside a transaction")
    created = _local_naive(now or datetime.now()).replace(microsecond=0)
    base = f"{safe_stem(stem)}_{created.strftime(TIMESTAMP_FORMAT)}_{reason}"
    try:
        folder = ensure_dir(Path(dest_dir))
        remove_stale_temps(folder)
        final = _free_name(folder, base, SUFFIX, separator="-")
        tmp = _temp_file(folder, final.name)
    except OSError as exc:
        raise LipError("cannot_write", path=str(Path(dest_dir) / base),
                       reason=describe_os_error(exc)) from exc
    try:
        try:
            _copy_with_backup_api(source, tmp, to_delete_mode=True)
            problem = check_database(tmp, expect_delete_mode=True)
            if problem is not None:
                raise LipError("backup_bad", path=str(final), reason=problem)
            _fsync_file(tmp)
            if origin is not None:
                # The copy is the source's content: if it is no whole catalogue (empty,
                # half-migrated, no catalogue row), the source was not one either.
                origin = {**origin, "source_ok": inspect_database(tmp).problem is None
                          and origin.get("source_ok", True) is not False}
                _write_origin(final, origin)
            _replace(tmp, final)
        except sqlite3.Error as exc:
            if _is_write_failure(exc):
                raise LipError("cannot_write", path=str(final),
                               reason=_describe_sqlite_write_error(exc)) from exc
            raise LipError("backup_bad", path=str(final), reason=str(exc)) from exc
        except OSError as exc:
            raise LipError("cannot_write", path=str(final), reason=describe_os_error(exc)) from exc
    except BaseException:
        _remove_quietly(tmp)
        if not final.exists():
            _remove_quietly(_origin_path(final))
        raise
    finally:
        _remove_sidecars(tmp)
    _fsync_dir(folder)
    meta = dict(origin or {})
    return BackupInfo(final, created, reason, final.stat().st_size,
                      _str_or_none(meta.get("path")), _bool_or_none(meta.get("source_ok")),
                      _str_or_none(meta.get("catalogue_id")))


def _is_write_failure(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "disk i/o error" in text or "readonly" in text


def _describe_sqlite_write_error(exc: sqlite3.Error) -> str:
    text = str(exc).lower()
    if "disk is full" in text:
        return "der Datenträger ist voll"
    if "readonly" in text:
        return "der Ordner ist schreibgeschützt"
    return "Schreibfehler auf dem Datenträger"


def _origin_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ORIGIN_SUFFIX)


def _write_origin(final: Path, origin: Mapping[str, object]) -> None:
    data = json.dumps(dict(origin), ensure_ascii=False, sort_keys=True).encode("utf-8")
    target = _origin_path(final)
    fd, tmp = create_temp(final.parent, target.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise


def read_origin(backup: Path) -> dict[str, object]:
    """The origin recorded beside ``backup``; ``{}`` when missing or unreadable."""
    try:
        raw = json.loads(_origin_path(backup).read_bytes().decode("utf-8"))
    except (OSError, ValueError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return {}
    return raw if isinstance(raw, dict) else {}


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _bool_or_none(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def safe_stem(stem: str) -> str:
    """The catalogue's name made safe for a file name on every system we run on."""
    cleaned = _UNSAFE_IN_NAME.sub("_", stem).strip(" .")
    return cleaned[:_MAX_STEM].rstrip(" .") or "Katalog"


def _copy_with_backup_api(
    source: sqlite3.Connection, target: Path, *, to_delete_mode: bool
) -> None:
    dest = sqlite3.connect(sqlite_uri(target, "rw"), uri=True, isolation_level=None)
    try:
        source.backup(dest)
        if to_delete_mode:
            # The copy inherits WAL mode from the header of a WAL source; a backup must be
            # one self-contained file.
            row = dest.execute("PRAGMA journal_mode=DELETE").fetchone()
            if row is None or str(row[0]).lower() != "delete":
                raise sqlite3.OperationalError(f"journal_mode blieb {row!r}")
    finally:
        dest.close()


def check_database(path: Path, *, expect_delete_mode: bool = False) -> str | None:
    """``None`` if ``quick_check`` on ``path`` (opened read-only) says exactly ``ok``.

    Otherwise a short description of the problem. quick_check reports damage as rows
    rather than raising, and a file that is no database fails only at the first
    statement: both are turned into the returned text.
    """
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, isolation_level=None)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return str(exc)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(row[0]) for row in rows[:3]) or "keine Antwort"
        if expect_delete_mode:
            mode = conn.execute("PRAGMA journal_mode").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                return f"Journal-Modus {mode!r} statt delete"
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return str(exc)
    finally:
        conn.close()
    return None


# --- what a database file holds ----------------------------------------------------------


@dataclass(frozen=True)
class DatabaseFacts:
    """What a (backup) file verifiably holds; ``problem`` is ``None`` for a usable catalogue.

    A backup only counts when it is a whole LIP catalogue: SQLite's quick_check alone
    passes an empty file, a foreign database, a copy cut off at a page boundary (the
    missing pages read as "not there yet") and a file left half-migrated by a kill.
    """

    problem: str | None
    catalogue_id: str | None = None
    title: str | None = None
    measures: int = 0
    goals: int = 0
    meetings: int = 0
    last_change: int = 0
    schema_version: int = 0

    def summary(self) -> str:
        """German one-liner for messages: ``„Titel“ (12 Maßnahmen, 5 Ziele, 3 Sitzungen)``."""
        counts = ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in (
            (self.measures, "Maßnahme", "Maßnahmen"), (self.goals, "Ziel", "Ziele"),
            (self.meetings, "Sitzung", "Sitzungen")))
        return f"„{self.title or 'ohne Titel'}“ ({counts})"


def immutable_uri(path: Path) -> str:
    """Read-only *and* immutable: SQLite creates no sidecar files and ignores any that lie
    beside the file; for files nobody writes (backups, files in read-only folders)."""
    return sqlite_uri(path, "ro") + "&immutable=1"


def readonly_mode(path: Path) -> str:
    """``ro`` where SQLite can keep its shared-memory file beside ``path`` (it then also
    reads a WAL left there, without writing it into the file); ``immutable`` in a
    read-only folder, where a WAL-mode file cannot be opened otherwise."""
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    shm = Path(f"{path}-shm")
    if folder_writable or (shm.exists() and os.access(shm, os.W_OK)):
        return "ro"
    return "immutable"


def header_problem(path: Path, *, catalogue: bool = True) -> str | None:
    """Damage visible in the first 100 bytes and the file size, without SQLite.

    Catches what SQLite happily reads: an empty file (a new empty database to SQLite), a
    foreign file, and a file shorter than its header says (cut off at a page boundary).
    """
    try:
        with Path(path).open("rb") as fh:
            header = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except IsADirectoryError:
        return "ein Ordner statt einer Datei"
    except OSError as exc:
        return describe_os_error(exc)
    if not header:
        return "leere Datei"
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return "keine SQLite-Datenbank"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages, valid_for = struct.unpack(">I", header[24:28])[0], \
        struct.unpack(">I", header[28:32])[0], struct.unpack(">I", header[92:96])[0]
    application_id = struct.unpack(">I", header[68:72])[0]
    if catalogue and application_id != APPLICATION_ID:
        return "eine andere SQLite-Datenbank, kein LIP-Katalog"
    if page_size < 512 or page_size & (page_size - 1):
        return "Kopf der Datei beschädigt"
    if change_counter == valid_for and pages and size < pages * page_size:
        return f"Datei abgeschnitten ({size} von {pages * page_size} Bytes)"
    return None


def inspect_database(path: Path) -> DatabaseFacts:
    """Check ``path`` completely and read what it holds; never changes the file, never raises
    for damage (every problem becomes ``DatabaseFacts.problem``)."""
    problem = header_problem(path)
    if problem is not None:
        return DatabaseFacts(problem)
    try:
        conn = sqlite3.connect(immutable_uri(path), uri=True, isolation_level=None)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        return DatabaseFacts(str(exc))
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            return DatabaseFacts("; ".join(str(row[0]) for row in rows[:3]) or "keine Antwort")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if version not in REVISION_OF_VERSION or revision != [(REVISION_OF_VERSION[version],)]:
            return DatabaseFacts("unvollständig aktualisiert (abgebrochene Migration)",
                                 schema_version=version)
        row = conn.execute("SELECT id, title FROM catalogue").fetchall()
        if len(row) != 1 or not row[0][0]:
            return DatabaseFacts("kein Katalogeintrag", schema_version=version)

        def count(table: str) -> int:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        return DatabaseFacts(None, str(row[0][0]), str(row[0][1] or ""), count("measure"),
                             count("goal"), count("meeting"),
                             int(conn.execute("SELECT coalesce(max(id), 0) FROM change_log")
                                 .fetchone()[0]),
                             version)
    except (sqlite3.Error, ValueError, TypeError) as exc:
        return DatabaseFacts(str(exc) or type(exc).__name__)
    finally:
        conn.close()


# --- listing and rotation ---------------------------------------------------------------


def list_backups(dest_dir: Path) -> list[BackupInfo]:
    """The backups in ``dest_dir``, newest first; other files there are ignored."""
    try:
        entries = list(Path(dest_dir).iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found: list[tuple[datetime, int, int, BackupInfo]] = []
    for entry in entries:
        match = _NAME_RE.match(entry.name)
        if match is None:
            continue
        try:
            created = datetime.strptime(match["ts"], TIMESTAMP_FORMAT)
            stat = entry.stat()
        except (ValueError, OSError):  # impossible date, or deleted meanwhile
            continue
        if not entry.is_file():
            continue
        counter = int(match["counter"] or 1)
        meta = read_origin(entry)
        info = BackupInfo(entry, created, match["reason"], stat.st_size,
                          _str_or_none(meta.get("path")), _bool_or_none(meta.get("source_ok")),
                          _str_or_none(meta.get("catalogue_id")))
        # Names have second resolution; within one second the file time orders them.
        found.append((created, counter, stat.st_mtime_ns, info))
    found.sort(key=lambda item: (item[0], item[1], item[2], item[3].path.name), reverse=True)
    return [info for *_keys, info in found]


def select_to_keep(
    created: Sequence[datetime],
    now: datetime,
    *,
    daily: int = 14,
    weekly: int = 8,
    monthly: int = 12,
) -> set[datetime]:
    """The backup times to keep; all others may be deleted.

    * Everything from today and yesterday (and anything dated in the future: a wrong
      clock is no reason to delete), so the backups of a working session are all there.
    * Of the older ones, the newest of each day for the ``daily`` most recent days, the
      newest of each ISO week for the ``weekly`` most recent weeks and the newest of each
      month for the ``monthly`` most recent months.

    "Most recent days" means days *that have a backup*, not calendar days: after a long
    break (holidays, a project paused for a year) the history is still there instead of
    being deleted at the first start. The result never exceeds today's and yesterday's
    backups plus ``daily + weekly + monthly``.
    """
    today = _local_naive(now).date()
    recent_from = today - timedelta(days=1)
    keep: set[datetime] = set()
    older: list[tuple[datetime, datetime]] = []
    for value in created:
        local = _local_naive(value)
        if local.date() >= recent_from:
            keep.add(value)
        else:
            older.append((local, value))
    older.sort(key=lambda item: item[0], reverse=True)  # newest first
    rules: tuple[tuple[int, Callable[[date], Hashable]], ...] = (
        (daily, lambda d: d),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    )
    for count, bucket_of in rules:
        seen: set[Hashable] = set()
        for local, value in older:
            bucket = bucket_of(local.date())
            if bucket in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(bucket)
            keep.add(value)  # the first one met in a bucket is its newest
    return keep


def rotate(
    dest_dir: Path,
    now: datetime | None = None,
    *,
    daily: int = 14,
    weekly: int = 8,
    monthly: int = 12,
) -> list[Path]:
    """Delete the backups ``select_to_keep`` does not keep; returns the deleted paths.

    A file that cannot be deleted (opened by a virus scanner, say) is left for the next
    rotation and not reported.
    """
    infos = list_backups(dest_dir)
    keep = select_to_keep(
        [info.created for info in infos],
        now or datetime.now(),
        daily=daily,
        weekly=weekly,
        monthly=monthly,
    )
    deleted: list[Path] = []
    for info in infos:
        if info.created in keep:
            continue
        try:
            info.path.unlink()
        except OSError:
            continue
        _remove_quietly(_origin_path(info.path))
        deleted.append(info.path)
    return deleted


# --- checking and restoring -------------------------------------------------------------


def verify_backup(path: Path) -> None:
    """Raise ``backup_not_found`` or ``backup_bad`` unless ``path`` is a whole database.

    Checks the size against the header (a copy cut off at a page boundary passes
    quick_check) and runs quick_check read-only, so checking never changes the file.
    ``verify_catalogue_backup`` also requires a whole LIP catalogue.
    """
    path = Path(path)
    if not path.is_file():
        raise LipError("backup_not_found", path=str(path))
    problem = header_problem(path, catalogue=False) or check_database(path)
    if problem is not None:
        raise LipError("backup_bad", path=str(path), reason=problem)


def verify_catalogue_backup(path: Path) -> DatabaseFacts:
    """Like ``verify_backup``, for a whole LIP catalogue; returns what it holds (title,
    counts) so the user can be told before it replaces anything."""
    path = Path(path)
    if not path.is_file():
        raise LipError("backup_not_found", path=str(path))
    facts = inspect_database(path)
    if facts.problem is not None:
        raise LipError("backup_bad", path=str(path), reason=facts.problem)
    return facts


def newest_good_backup(dest_dir: Path) -> BackupInfo | None:
    """The newest backup in ``dest_dir`` that passes ``verify_backup``, if any."""
    for info in list_backups(dest_dir):
        try:
            verify_backup(info.path)
        except LipError:
            continue
        return info
    return None


def restore_backup(backup: Path, target: Path, *, now: datetime | None = None) -> Path | None:
    """Replace ``target`` by a copy of ``backup``; the old file is kept, never deleted.

    Every step leaves a catalogue at ``target`` (a kill at any point of a restore must not
    leave the path empty):

    1. the backup is verified and copied (backup API) to a temporary file beside
       ``target``, checked and flushed; ``target`` is untouched meanwhile;
    2. the current file gets a second name ``<stem>_ersetzt_<YYYY-MM-DD_HH-MM-SS><suffix>``
       (a hard link; a copy where links are not supported), so it stays at ``target`` too;
    3. its ``-wal``/``-shm``/``-journal`` files are moved beside that name (a stale WAL
       left at the target would be replayed into the restored catalogue);
    4. the copy replaces ``target`` in one ``os.replace``.

    The kept name is returned (``None`` if there was no target file). The caller must have
    closed the catalogue and should hold its writer lock. The restored file is in
    ``journal_mode=DELETE`` like every backup and gets the user's normal file mode.
    """
    backup = Path(backup)
    target = Path(target)
    verify_backup(backup)
    stamp = _local_naive(now or datetime.now()).strftime(TIMESTAMP_FORMAT)
    tmp: Path | None = None
    placed = False
    moved: list[tuple[Path, Path]] = []
    aside: Path | None = None
    try:
        remove_stale_temps(target.parent, target.name)
        tmp = _temp_file(target.parent, target.name)
        source = sqlite3.connect(sqlite_uri(backup, "ro"), uri=True, isolation_level=None)
        try:
            _copy_with_backup_api(source, tmp, to_delete_mode=True)
        finally:
            source.close()
        problem = check_database(tmp)
        if problem is not None:
            raise LipError("backup_bad", path=str(backup), reason=problem)
        _fsync_file(tmp)
        aside, moved = _keep_aside(target, stamp)
        _replace(tmp, target)
        placed = True
        _fsync_dir(target.parent)
    except BaseException as exc:
        if tmp is not None and not placed:
            _remove_quietly(tmp)
        if not placed:
            _move_back(moved)
            if aside is not None and target.exists():
                _remove_quietly(aside)  # only a second name of the file still at target
        if isinstance(exc, sqlite3.Error):
            reason = _describe_sqlite_write_error(exc) if _is_write_failure(exc) else str(exc)
            raise LipError("cannot_write", path=str(target), reason=reason) from exc
        if isinstance(exc, OSError):
            raise LipError("cannot_write", path=str(target), reason=describe_os_error(exc)) from exc
        raise
    finally:
        if tmp is not None:
            _remove_sidecars(tmp)
    return aside


def _keep_aside(target: Path, stamp: str) -> tuple[Path | None, list[tuple[Path, Path]]]:
    """Give ``target`` a second ``..._ersetzt_...`` name and move its sidecars there.

    Returns that name (``None`` without a target file) and the sidecar moves, for undoing.
    """
    present_sidecars = [s for s in SIDECARS if _with_suffix(target, s).exists()]
    main_exists = target.is_file()
    if not main_exists and not present_sidecars:
        return None, []
    aside = _free_name(target.parent, f"{target.stem}_ersetzt_{stamp}", target.suffix,
                       separator="_", also=SIDECARS)
    if main_exists:
        try:
            os.link(target, aside)
        except OSError:  # FAT, some network shares: a copy keeps the path occupied as well
            _copy_file(target, aside)
    moved: list[tuple[Path, Path]] = []
    try:
        for extra in present_sidecars:
            original, new = _with_suffix(target, extra), _with_suffix(aside, extra)
            _replace(original, new)
            moved.append((original, new))
    except OSError:
        _move_back(moved)
        raise
    return (aside if main_exists else None), moved


def _copy_file(source: Path, target: Path) -> None:
    fd, tmp = create_temp(target.parent, target.name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while chunk := src.read(1 << 20):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        _replace(tmp, target)
    except BaseException:
        _remove_quietly(tmp)
        raise


def _move_back(moved: Sequence[tuple[Path, Path]]) -> None:
    for original, aside in reversed(moved):
        if not original.exists():
            with contextlib.suppress(OSError):
                _replace(aside, original)


# --- file helpers -----------------------------------------------------------------------


def _local_naive(value: datetime) -> datetime:
    """Backups are named and grouped by the user's wall-clock time."""
    return value.astimezone().replace(tzinfo=None) if value.tzinfo is not None else value


def _with_suffix(path: Path, extra: str) -> Path:
    return path.with_name(path.name + extra)


def _free_name(
    folder: Path, base: str, suffix: str, *, separator: str, also: Sequence[str] = ()
) -> Path:
    """``base + suffix`` in ``folder``, or with a counter (2, 3, ...) if that is taken."""
    counter = 1
    while True:
        name = base + (f"{separator}{counter}" if counter > 1 else "") + suffix
        candidate = folder / name
        if not candidate.exists() and not any(_with_suffix(candidate, s).exists() for s in also):
            return candidate
        counter += 1


def _temp_file(folder: Path, final_name: str) -> Path:
    fd, path = create_temp(folder, final_name)
    os.close(fd)
    return path


def _fsync_file(path: Path) -> None:
    # "r+b": Windows can only flush handles opened for writing.
    with path.open("r+b") as f:
        os.fsync(f.fileno())


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network, FUSE) refuse; the data itself is synced
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    """``os.replace``, retried briefly on Windows where virus scanners hold new files."""
    attempts = 10 if sys.platform == "win32" else 1
    for attempt in range(attempts):
        try:
            source.replace(target)
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
        else:
            return


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _remove_sidecars(path: Path) -> None:
    for extra in SIDECARS:
        _remove_quietly(_with_suffix(path, extra))
