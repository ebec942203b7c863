"""Which backups belong to a catalogue file, and which one to offer when it is damaged.

A backup belongs to one catalogue *file*: its folder is named by the catalogue id, and
the JSON beside it records the real path it was made from. Two catalogues with the same
file name in different folders (or two copies of one catalogue, which share an id) never
mix. When the damaged file's id cannot be read, only what can be verified counts: the
recorded path. Every candidate is checked completely (``backups.inspect_database``), so an
empty, foreign, truncated or half-migrated file is never offered, and a backup made from a
damaged source ranks below every good one and is never offered first.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lip_desktop.model import appdirs, backups
from lip_desktop.model.backups import BackupInfo, DatabaseFacts

#: Backup folder for files whose id could not be read when they were backed up.
NO_ID_FOLDER = "ohne-kennung"


@dataclass(frozen=True)
class Candidate:
    """One backup with what it verifiably holds and how it relates to the file asked for."""

    info: BackupInfo
    facts: DatabaseFacts
    #: Made from this very file (recorded path; for old backups: same name, same id).
    same_file: bool

    @property
    def usable(self) -> bool:
        """Offered for a restore without asking for it by name."""
        return self.facts.problem is None and self.same_file and self.info.source_ok is not False

    def describe(self) -> str:
        """German: date, reason, what the backup holds, and whether it can be used."""
        when = self.info.created.strftime("%d.%m.%Y, %H:%M Uhr")
        if self.facts.problem is not None:
            return f"Sicherung vom {when}: unbrauchbar ({self.facts.problem})"
        text = f"Sicherung vom {when}: {self.facts.summary()}"
        if self.info.source_ok is False:
            text += ", von einer bereits beschädigten Datei"
        if not self.same_file:
            text += f", gemacht von einer anderen Datei ({self.info.origin or 'unbekannt'})"
        return text


def real_path(path: Path) -> str:
    """The comparable form of a path (links resolved, case folded where the OS does)."""
    return os.path.normcase(os.path.realpath(path))


def peek_id(path: Path) -> str | None:
    """The catalogue id, read without changing anything; None when unreadable."""
    if backups.header_problem(path) is not None:
        return None
    row = None
    # Read-only first (sees a WAL beside it); immutable for read-only folders.
    first = backups.sqlite_uri(path, "ro") if backups.readonly_mode(path) == "ro" else None
    for uri in (first, backups.immutable_uri(path)):
        if uri is None:
            continue
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        except (sqlite3.Error, ValueError):
            continue
        conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            row = conn.execute("SELECT id FROM catalogue LIMIT 1").fetchone()
            break
        except (sqlite3.Error, UnicodeDecodeError):
            continue
        finally:
            conn.close()
    if not row or not isinstance(row[0], str) or not row[0]:
        return None
    try:
        appdirs.backup_dir(row[0])  # a damaged id must not name a folder outside
    except Exception:
        return None
    return row[0]


def related(path: Path) -> tuple[str | None, list[tuple[BackupInfo, bool]]]:
    """The catalogue id of ``path`` (if readable) and the backups that may belong to it,
    each with whether it was made from this very file; newest first, nothing opened.

    With the id: the backups in its folder. Without: only backups whose recorded path is
    this file (nothing else can be verified).
    """
    path = Path(path).absolute()
    target = real_path(path)
    cid = peek_id(path)
    root = appdirs.data_dir() / appdirs.BACKUP_FOLDER
    if cid is not None:
        folders = [appdirs.backup_dir(cid)]
    else:
        try:
            folders = [f for f in root.iterdir() if f.is_dir()]
        except OSError:
            folders = []
    prefix = f"{backups.safe_stem(path.stem)}_"
    found: list[tuple[BackupInfo, bool]] = []
    for folder in folders:
        for info in backups.list_backups(folder):
            if info.origin is not None:
                same = os.path.normcase(info.origin) == target
            else:  # made before origins were recorded: only its name and folder say
                same = cid is not None and info.path.name.startswith(prefix)
            if same or cid is not None:
                found.append((info, same))
    found.sort(key=lambda item: item[0].created, reverse=True)
    return cid, found


def candidates(path: Path) -> list[Candidate]:
    """All backups that may belong to ``path``, each checked completely, best first.

    Order: usable ones (newest first), then good backups of the same catalogue made from
    another file, then backups of a damaged source, then unusable files.
    """
    cid, infos = related(path)
    found: list[Candidate] = []
    for info, same in infos:
        facts = backups.inspect_database(info.path)
        if cid is not None and facts.catalogue_id not in (None, cid):
            continue  # another catalogue's file in this folder
        if not same and facts.catalogue_id is None:
            continue
        found.append(Candidate(info, facts, same))

    if any(c.same_file for c in found):
        # Another file's backups (a copy sharing the id) are shown only for a file that
        # has none of its own (it was moved or renamed): never mixed in.
        found = [c for c in found if c.same_file]

    def rank(c: Candidate) -> tuple[int, float]:
        if c.usable:
            group = 0
        elif c.facts.problem is None and c.info.source_ok is not False:
            group = 1
        elif c.facts.problem is None:
            group = 2
        else:
            group = 3
        return group, -c.info.created.timestamp()

    return sorted(found, key=rank)


def unassigned(path: Path) -> list[Candidate]:
    """Backups with this file's name whose origin was not recorded (made by an older
    version), in any catalogue's folder: shown, never chosen, because nothing verifies
    that they belong to this file. The user may name one explicitly."""
    path = Path(path).absolute()
    prefix = f"{backups.safe_stem(path.stem)}_"
    root = appdirs.data_dir() / appdirs.BACKUP_FOLDER
    try:
        folders = [f for f in root.iterdir() if f.is_dir()]
    except OSError:
        return []
    found = [Candidate(info, backups.inspect_database(info.path), same_file=False)
             for folder in folders for info in backups.list_backups(folder)
             if info.origin is None and info.path.name.startswith(prefix)]
    return sorted(found, key=lambda c: c.info.created, reverse=True)


def best(path: Path) -> Candidate | None:
    """The backup to offer for ``path``: the newest usable one, or None.

    Checks backups newest first and stops at the first good one: a large catalogue's
    backups are not all read to offer one.
    """
    cid, infos = related(path)
    for info, same in infos:
        if not same or info.source_ok is False:
            continue
        facts = backups.inspect_database(info.path)
        if facts.problem is None and (cid is None or facts.catalogue_id == cid):
            return Candidate(info, facts, same)
    return None


_GERMAN_REASONS = (
    ("malformed", "Datenbankseiten sind beschädigt"),
    ("file is not a database", "keine lesbare Datenbank"),
    ("could not decode", "Text ist keine gültige UTF-8-Zeichenfolge"),
    ("disk i/o", "Lesefehler des Datenträgers"),
    ("no such table", "Tabellen fehlen"),
    ("no such column", "Spalten fehlen"),
    ("database or disk is full", "der Datenträger ist voll"),
)


def german_reason(text: str) -> str:
    """SQLite's English damage reports in German (the original kept in brackets for
    support when it says more than the German)."""
    low = text.lower()
    for key, german in _GERMAN_REASONS:
        if key in low:
            return german
    return text
