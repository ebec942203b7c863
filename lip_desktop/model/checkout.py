"""An offline copy of a catalogue for a session (``lip-desktop checkout``), and its scope.

A facilitator takes a copy of the server catalogue (or of a file) to a workshop without
a network, works in it like in any ``.lip`` file, and ``lip-desktop merge URL KOPIE.lip``
brings it back with the three-way merge. For that the copy must be a copy, not a
stranger: the same catalogue id, the same record ids, and the same revision chains
(``record_revision``, ``revision_data``) the merge takes its common base from. So the copy
is made row by row from the source's tables into a new file, without the tracking
triggers (nothing it writes is an edit), in one read snapshot of the source; the file is
built under a temporary name, checked like an import, and moved into place only when
complete (``storage.create_file``). An existing file is never overwritten.

What the copy leaves out:

- the conflict queue (``merge_conflict``): it stays on the server, where the merge back
  adds to it and where it is decided;
- ``revision_dirty`` (marks of a running transaction, empty between transactions).

A copy of some action fields (``--field``) holds the records of those fields: their goals
(with sub-goals), measures, indicators with their values, progress reports, expert groups,
sessions, and everything hanging on these (positions, compromises, votes, decisions,
parking items, speeches, review comments, proposals, contributions), then everything
those records point at (people, and a measure of another field a vote of the field is
about, with its goal and field), and always the catalogue-wide reference data (strategy
sections, terminology). People nobody in the copy refers to stay on the server (data
minimisation: a facilitator carries only the people of their groups and sessions).

A record left out of the copy takes its revision chain with it. The merge reads a record
missing from the other side as deleted there only when the other side's chain knows it
(``merge._plan_record``: "they never had it: new here"), so records outside the copied
fields are never deleted by the merge back, while a record the facilitator deleted in
the copy is (its chain there ends with the deletion). The scope is thus remembered by
the chains themselves; no setting can go stale or be edited apart from them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, Table, delete, insert, select
from sqlalchemy.engine import Connection

from lip_desktop.model import interchange, orm, revisions, storage, tracking
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.merge import MERGED_TYPES, references
from lip_desktop.model.outputs import check_output_path
from lip_desktop.model.records import SPECS, Kind

#: Called with (done, total, German step text); returns False to cancel.
Progress = Callable[[int, int, str], bool]

#: Tables a copy never holds: the conflict queue lives on the server; transaction marks.
_NOT_COPIED: Final = frozenset({"merge_conflict", "revision_dirty"})
#: Catalogue-wide reference data every copy holds whole (small, and needed for writing).
_ALWAYS: Final = frozenset({"catalogue", "strategy_section", "terminology"})
#: Records that belong to no field themselves: pulled in only when something points at them.
_SHARED: Final = frozenset({*_ALWAYS, "person", "action_field"})
#: table name -> record type of its own rows (``id`` column), for the record tables
_TYPE_OF_TABLE: Final = {cls.__tablename__: rt for rt, cls in revisions.TABLE_OF.items()}
_STEPS: Final = 4


@dataclass(frozen=True, slots=True)
class CheckoutReport:
    """What an offline copy holds, for the command line and the app (German)."""

    target: Path
    #: codes of the copied action fields; empty for a copy of the whole catalogue
    fields: tuple[str, ...]
    #: record type -> count of records in the copy
    counts: Mapping[str, int]

    def lines(self) -> list[str]:
        scope = ("der ganze Katalog" if not self.fields
                 else "Handlungsfeld " + ", ".join(self.fields) if len(self.fields) == 1
                 else "Handlungsfelder " + ", ".join(self.fields))
        parts = [SPECS[rt].count(n) for rt, n in self.counts.items()
                 if n and rt in SPECS and rt != "catalogue"]
        out = [f"Offline-Kopie geschrieben: {self.target} ({scope})."]
        if parts:
            out.append("Enthält: " + ", ".join(parts) + ".")
        out.append("Zurückführen mit „lip-desktop merge KATALOG "
                   f"{self.target.name}“; Konflikte landen in der Konfliktliste des Katalogs.")
        return out


def checkout(catalogue: Catalogue, target: Path, field_codes: Sequence[str] = (), *,
             progress: Progress | None = None) -> CheckoutReport:
    """Write an offline copy of ``catalogue`` to the new file ``target`` (see the module
    docstring); ``field_codes`` limits it to those action fields. Refuses an existing
    file, an unknown field code, and a target that is the catalogue itself; a cancel
    (``progress`` returned False) raises ``CancelledError`` and leaves no file."""
    def step(n: int, text: str) -> None:
        if progress is not None and progress(n, _STEPS, text) is False:
            raise CancelledError

    target = Path(target).expanduser().absolute()
    if target.exists():
        raise LipError("already_exists", path=str(target))
    # Not a companion of the open catalogue (its -wal), not into the backups' folder.
    check_output_path(target, [catalogue.path] if catalogue.server is None else [])
    step(0, "Lese den Katalog …")
    with catalogue.read() as conn:
        records = {rt: revisions.load_records(conn, rt, internal=True)
                   for rt in MERGED_TYPES if rt in SPECS}
        codes = _field_ids(records, field_codes)
        keep = None if not field_codes else scope(records, codes)
        step(1, "Lese die Versionsgeschichte …")
        rows = _rows(conn, keep)
    counts = {rt: (len(recs) if keep is None else
                   sum(1 for rid in recs if (rt, rid) in keep))
              for rt, recs in records.items()}

    def fill(engine: Engine) -> None:
        step(2, "Schreibe die Kopie …")
        with engine.connect() as out:
            out.execution_options(lip_write=True)
            with out.begin(), storage.tracking_paused(out):
                out.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                for table in reversed(orm.Base.metadata.sorted_tables):
                    out.execute(delete(table))
                for table in orm.Base.metadata.sorted_tables:
                    if rows.get(table.name):
                        out.execute(insert(table), rows[table.name])
        step(3, "Prüfe die Kopie …")
        with storage.read_connection(engine) as check:
            # The copy passes the checks of an import, or no file is left behind.
            interchange.plan_import(interchange.export_document(check), None)

    storage.create_file(target, fill)
    step(_STEPS, "Fertig.")
    return CheckoutReport(target, tuple(field_codes), counts)


def _field_ids(records: Mapping[str, Mapping[str, Mapping[str, Any]]],
               field_codes: Iterable[str]) -> set[str]:
    by_code = {str(f.get("code")): fid for fid, f in records.get("action_field", {}).items()}
    out: set[str] = set()
    for code in field_codes:
        fid = by_code.get(code.strip().upper())
        if fid is None:
            raise LipError("not_found", record_type="Handlungsfeld", record=code)
        out.add(fid)
    return out


def _refs(record_type: str, rec: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """Everything ``rec`` points at, also from its nested items (an agenda item's subject,
    a vote option's subject), which ``merge.references`` leaves to the record's owner."""
    yield from references(record_type, rec)
    for key, fs in SPECS[record_type].fields.items():
        if fs.kind is not Kind.NESTED:
            continue
        for item in rec.get(key) or ():
            if isinstance(item, dict):
                st, sid = item.get("subject_type"), item.get("subject_id")
                if st in SPECS and sid:
                    yield st, sid


def scope(records: Mapping[str, Mapping[str, Mapping[str, Any]]], field_ids: set[str]
          ) -> set[tuple[str, str]]:
    """(record type, id) of every record a copy of the action fields ``field_ids`` holds:
    what belongs to the fields, what that points at, and the reference data."""
    keep: set[tuple[str, str]] = {("action_field", fid) for fid in field_ids}
    owned = set(keep)
    changed = True
    while changed:  # belonging spreads along references between non-shared records
        changed = False
        for rt in MERGED_TYPES:
            if rt in _SHARED or rt not in SPECS:
                continue
            for rid, rec in records.get(rt, {}).items():
                if (rt, rid) in owned:
                    continue
                if any(t in owned for t in _refs(rt, rec)):
                    owned.add((rt, rid))
                    changed = True
    keep = set(owned)
    for rt in _ALWAYS:
        keep.update((rt, rid) for rid in records.get(rt, {}))
    todo = list(keep)
    while todo:  # and whatever those records point at, transitively
        rt, rid = todo.pop()
        found = records.get(rt, {}).get(rid)
        if found is None:
            continue
        for target in _refs(rt, found):
            if target not in keep and target[1] in records.get(target[0], {}):
                keep.add(target)
                todo.append(target)
    return keep


def _rows(conn: Connection, keep: set[tuple[str, str]] | None
          ) -> dict[str, list[dict[str, Any]]]:
    """The rows of every copied table (those of kept records only, with ``keep``)."""
    out: dict[str, list[dict[str, Any]]] = {}
    kept_ids: dict[str, set[str]] = {}
    if keep is not None:
        for rt, rid in keep:
            kept_ids.setdefault(rt, set()).add(rid)
    for table in orm.Base.metadata.sorted_tables:
        if table.name in _NOT_COPIED:
            continue
        rows = [dict(r) for r in conn.execute(select(table)).mappings()]
        if keep is not None:
            rows = [r for r in rows if _kept(table, r, keep, kept_ids)]
        out[table.name] = rows
    if keep is not None:
        hashes = {r["hash"] for r in out.get("record_revision", [])}
        out["revision_data"] = [r for r in out.get("revision_data", []) if r["hash"] in hashes]
    return out


def _kept(table: Table, row: Mapping[str, Any], keep: set[tuple[str, str]],
          kept_ids: Mapping[str, set[str]]) -> bool:
    """Whether a row goes into a copy of part of the catalogue: a record's own row or
    one of its parts (``tracking.TRACKED``), a revision or history entry of a kept
    record, and no row pointing at a record left out (the speakers' waiting list)."""
    if table.name in ("record_revision", "change_log"):
        rt = row["record_type"]
        return rt not in SPECS or rt == "catalogue" or (rt, row["record_id"]) in keep
    owner = tracking.TRACKED.get(table.name)
    if owner is not None and owner[0] in SPECS and (owner[0], row[owner[1]]) not in keep:
        return False
    for fk in table.foreign_keys:
        rt = _TYPE_OF_TABLE.get(fk.column.table.name)
        value = row.get(fk.parent.name)
        if rt is not None and value is not None and value not in kept_ids.get(rt, set()):
            return False
    return True
