"""Which files an export may write: never a catalogue, its companions or its backups.

``export-word plan.lip plan.lip`` once replaced the catalogue with a Word file. A name
comparison does not catch this reliably (symbolic and hard links, ``..``, case on
Windows), so the rule looks at what the target *is*: an existing file that is a SQLite
database (every catalogue and every backup is one), a SQLite journal (``-wal``, ``-shm``,
``-journal``) or lock file (``.lock``) of a database beside it, anything in the backup
folder, or the very file of a catalogue the caller names, compared by file identity.
Every writer of exports goes through ``check_output_path`` (``files.atomic_write`` calls
it), so the rule has this one home.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from lip_desktop.model import appdirs
from lip_desktop.model.errors import LipError

_SQLITE_MAGIC: Final = b"SQLite format 3\x00"
_WAL_MAGICS: Final = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
#: Companions of a catalogue ``plan.lip``: ``plan.lip-wal``, ``plan.lip.lock``, ...
COMPANION_SUFFIXES: Final = ("-wal", "-shm", "-journal", ".lock")


def check_output_path(out: Path | str, protected: Iterable[Path | str] = ()) -> None:
    """Raise ``output_is_catalogue`` if writing ``out`` could destroy a catalogue.

    ``protected`` names catalogues the caller has open (their companions are protected
    too, even when they do not exist yet). Nothing is changed on disk.
    """
    target = Path(out)
    real = _real(target)
    for cat in protected:
        cat_real = _real(Path(cat))
        for suffix in ("", *COMPANION_SUFFIXES):
            other = Path(str(cat_real) + suffix)
            if _same(real, other):
                what = "der geöffnete Katalog" if not suffix else \
                    f"eine Begleitdatei des Katalogs „{cat_real.name}“"
                raise LipError("output_is_catalogue", path=str(target), what=what)
    if _inside(real, appdirs.data_dir() / appdirs.BACKUP_FOLDER):
        raise LipError("output_is_catalogue", path=str(target),
                       what="im Ordner der Sicherungen")
    head = _head(real)
    if head.startswith(_SQLITE_MAGIC):
        raise LipError("output_is_catalogue", path=str(target),
                       what="eine Katalogdatei oder Sicherung (SQLite-Datenbank)")
    if head[:4] in _WAL_MAGICS:
        raise LipError("output_is_catalogue", path=str(target),
                       what="ein Protokoll (WAL) einer Datenbank")
    lowered = real.name.lower()
    for suffix in COMPANION_SUFFIXES:
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            base = real.with_name(real.name[: -len(suffix)])
            if _head(base).startswith(_SQLITE_MAGIC):
                raise LipError("output_is_catalogue", path=str(target),
                               what=f"eine Begleitdatei des Katalogs „{base.name}“")


def _real(path: Path) -> Path:
    """The absolute path with links resolved as far as they exist."""
    try:
        return Path(os.path.realpath(path.expanduser()))
    except (OSError, ValueError):
        return path.expanduser().absolute()


def _same(a: Path, b: Path) -> bool:
    """Same file by identity when both exist (hard links), else by normalised name."""
    with contextlib.suppress(OSError, ValueError):
        if a.exists() and b.exists():
            return a.samefile(b)
    return os.path.normcase(str(a)) == os.path.normcase(str(b))


def _inside(path: Path, folder: Path) -> bool:
    folder_real = os.path.normcase(str(_real(folder)))
    text = os.path.normcase(str(path))
    return text == folder_real or text.startswith(folder_real.rstrip(os.sep) + os.sep)


def _head(path: Path) -> bytes:
    """The first bytes of an existing regular file; empty for anything else."""
    try:
        if not path.is_file():
            return b""
        with path.open("rb") as fh:
            return fh.read(len(_SQLITE_MAGIC))
    except (OSError, ValueError):
        return b""
