"""Reading the other side of a merge: a ``.lip`` file or a ``lip-catalogue`` JSON file.

A ``.lip`` file is never opened in place: SQLite's backup API copies it (consistent even
while another program writes it, and whatever its WAL holds) into a temporary file, which
is then opened as a catalogue. That also brings an older file to this schema and records
its revisions, without touching the user's file.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lip_desktop.model import collector, interchange, revisions, storage
from lip_desktop.model.backups import readonly_mode, sqlite_uri
from lip_desktop.model.catalogue import Catalogue, DamagedCatalogueError
from lip_desktop.model.errors import LipError, os_error
from lip_desktop.model.merge import MERGED_TYPES, Side
from lip_desktop.model.records import SPECS

_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(slots=True)
class Source:
    """The other side, read: its records and chains, and who changed what there."""

    side: Side
    #: (record type, id, field or None) -> (actor, at) of the last change there
    last_change: dict[tuple[str, str, str | None], tuple[str, str]] = field(
        default_factory=dict)
    #: hash -> canonical content, for states this catalogue learns from the other
    data: dict[str, str] = field(default_factory=dict)
    exported_at: str | None = None


def is_catalogue_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == _SQLITE_MAGIC
    except OSError as exc:
        raise os_error(exc, path) from None


def side_of(conn: Any, name: str, catalogue_id: str) -> Side:
    """A catalogue's side of a merge, read inside one transaction of ``conn``."""
    records = {rt: revisions.load_records(conn, rt, internal=True)
               for rt in MERGED_TYPES if rt in SPECS}
    side = Side(name, catalogue_id, records, revisions.chains(conn))
    side.own_seqs = revisions.own_seqs(conn)
    hash_seqs: dict[tuple[str, str], dict[str, int]] = {}
    for rt, rid, h, seq in conn.exec_driver_sql(
            "SELECT record_type, record_id, hash, max(seq) FROM record_revision "
            "WHERE origin != 'known' GROUP BY record_type, record_id, hash"):
        hash_seqs.setdefault((rt, rid), {})[h] = seq
    side.hash_seqs = hash_seqs
    return side


def last_changes(conn: Any) -> dict[tuple[str, str, str | None], tuple[str, str]]:
    """Who changed each record and field last, and when (from the change history)."""
    out: dict[tuple[str, str, str | None], tuple[str, str]] = {}
    for rt, rid, fld, actor, at in conn.exec_driver_sql(
            "SELECT record_type, record_id, field, actor, at FROM change_log ORDER BY id"):
        out[(rt, rid, fld)] = (actor, at)
        out[(rt, rid, None)] = (actor, at)
    return out


@contextlib.contextmanager
def open_source(path: Path, actor: str) -> Iterator[Source]:
    """Read ``path`` as the other side of a merge (refusals are German ``LipError``s)."""
    path = Path(path).expanduser().absolute()
    if not path.exists():
        raise os_error(FileNotFoundError(errno.ENOENT, "not found"), path)
    if is_catalogue_file(path):
        with _open_lip(path, actor) as source:
            yield source
        return
    if path.suffix.lower() not in (".json", ".lipjson") and not _looks_like_json(path):
        raise LipError("merge_unreadable", source=path.name)
    yield _read_json(path)


def _looks_like_json(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise os_error(exc, path) from None
    return head.startswith(b"{")


@contextlib.contextmanager
def _open_lip(path: Path, actor: str) -> Iterator[Source]:
    storage.identify(path)  # a foreign, damaged or newer file is refused here, in German
    with tempfile.TemporaryDirectory(prefix="lip-merge-") as tmp:
        copy = Path(tmp) / path.name
        try:
            src = sqlite3.connect(sqlite_uri(path, readonly_mode(path)), uri=True)
            try:
                dst = sqlite3.connect(copy)
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.Error as exc:
            raise LipError("not_a_catalogue", path=str(path), reason=str(exc)) from None
        try:
            cat = Catalogue.open(copy, actor=actor, make_backups=False)
        except DamagedCatalogueError as exc:
            # Name the user's file, not the temporary copy, and say what happened: the
            # other file is damaged, this catalogue was not touched.
            raise LipError("merge_damaged", source=path.name,
                           reason=str(exc.params.get("reason", "?"))) from None
        try:
            with cat.read() as conn:
                # The other file went through nobody's hands but its own program's, or
                # anybody's: its records pass the same checks as an imported file.
                doc = interchange.export_document(conn)
                checked = interchange.plan_import(doc, None)
                collector.release(doc, checked)  # not in one 100 ms cascade of frees
                del doc, checked
                side = side_of(conn, path.name, cat.id)
                source = Source(side, last_changes(conn))
                wanted = {h for chain in (side.chains or {}).values() for h in chain}
                source.data = _verified(revisions.raw_data_of(conn, wanted), side)
                # States kept as hashes only are the records' live states there.
                source.data.update(revisions.live_contents(
                    side.records, side.chains or {}, wanted - source.data.keys()))
            yield source
        finally:
            cat.close(backup=False)


def _verified(data: dict[str, str], side: Side) -> dict[str, str]:
    """Only contents that hash to their own name: a state this catalogue learns from the
    other file becomes a base of later merges, so a damaged or forged one is left out
    (the merge then reports a conflict rather than trusting it)."""
    type_of = {h: rt for (rt, _rid), chain in (side.chains or {}).items() for h in chain}
    return {h: text for h, text in data.items()
            if h in type_of and revisions.hash_text(type_of[h], text) == h}


def _read_json(path: Path) -> Source:
    doc = interchange.read_json(path)
    cleaned, _report = interchange.plan_import(doc, None)
    records: dict[str, dict[str, dict[str, Any]]] = {}
    for rt in MERGED_TYPES:
        if rt == "catalogue" or rt not in SPECS:
            continue
        records[rt] = {r["id"]: {k: v for k, v in r.items() if not k.startswith("_")}
                       for r in cleaned.records.get(rt, [])}
    cat = dict(cleaned.catalogue)
    records["catalogue"] = {cat["id"]: cat}
    side = Side(path.name, cat["id"], records, None)
    source = Source(side)
    for rt, recs in records.items():
        for rec in recs.values():
            source.data[revisions.hash_of(rt, rec)] = revisions.canonical(rt, rec)
    exported = doc.get("exported_at") if isinstance(doc, dict) else None
    source.exported_at = exported if isinstance(exported, str) else None
    return source
