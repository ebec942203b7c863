"""Revisions: every state a record had, as a content hash, in the order the states came.

This is how a three-way merge knows the common base of two catalogues. A record's state
is its interchange content (the exchanged keys with their nested lists, as a JSON export
holds it), hashed. Each catalogue keeps the chain of hashes per record, and the content
of each hash. Two copies of one file share the chains up to the copy; a catalogue made by
importing a JSON export starts with exactly the hashes its origin had at the export
(export → import → export is identical, so the hashes are too). The last state of a record
that both sides know is its base.

The chain is written inside the very transaction that changed the record: triggers note
which records a transaction wrote (``model/tracking.py``) and ``flush`` hashes them just
before the commit. A crash loses a revision only together with the edit itself.

The first states of an imported catalogue are stored as hashes only: their content is the
live record's as long as the record's chain ends with them (storing 65,000 copies of what
the tables hold was a tenth of an import). ``flush`` keeps the content of such a state when
its record first changes, read from the last commit through a second connection (WAL
readers see it while the write is under way) and kept only if it hashes to the state's
name; a merge takes a missing base from the live record the same way (``live_contents``).
A state whose content cannot be had (a schema migration changed what the content holds
before the record's first edit) is a base without content: its fields are conflicts.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any, Final

from sqlalchemy import Table
from sqlalchemy.engine import Connection

from lip_desktop.model import json_text, orm, portable, storage
from lip_desktop.model.records import SPECS, Kind
from lip_desktop.model.snapshot import ballot_dict, record_from_row

#: The hash of a deleted record in a chain.
DELETED: Final = "-"
_CHUNK: Final = 500  # SQLite's bound-parameter limit stays far away

#: record type -> table class (the interchange record types the merge knows)
TABLE_OF: Final[dict[str, type[orm.Base]]] = {
    "catalogue": orm.CatalogueRow, **orm.TABLES,
}


def _table(cls: type[orm.Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


def _select_rows(conn: Connection, cls: type[orm.Base], column: str,
                 ids: Collection[str] | None, *order: str) -> list[dict[str, Any]]:
    """Rows of a table (all, or where ``column`` is one of ``ids``), in order.

    Plain SQL through the driver: this runs before every commit of every edit, where the
    statement compilation of the expression language cost more than the query. JSON
    columns come back as text, which ``record_from_row`` decodes like raw rows.
    """
    table = _table(cls)
    order_by = ", ".join(f'"{o}"' for o in order)
    sql = f'SELECT * FROM "{table.name}"'
    if ids is None:
        return [dict(r) for r in portable.run(conn, f"{sql} ORDER BY {order_by}").mappings()]
    wanted = sorted(ids)
    out: list[dict[str, Any]] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = tuple(wanted[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        out.extend(dict(r) for r in portable.run(
            conn, f'{sql} WHERE "{column}" IN ({marks}) ORDER BY {order_by}', chunk).mappings())
    return out


def _by(rows: Iterable[dict[str, Any]], key: str) -> defaultdict[str, list[dict[str, Any]]]:
    out: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def load_records(conn: Connection, record_type: str, ids: Collection[str] | None = None,
                 *, internal: bool = False) -> dict[str, dict[str, Any]]:
    """Records of one type by id, in interchange form with their nested lists.

    ``ids=None`` loads all of them. One query per table, never one per record.
    """
    cls = TABLE_OF[record_type]
    rows = _select_rows(conn, cls, "id", ids, "id")
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        rec = record_from_row(record_type, row, internal=internal)
        out[row["id"]] = rec
    if not out:
        return out
    found = list(out) if ids is not None else None
    if record_type == "group":
        members = _by(_select_rows(conn, orm.MembershipRow, "group_id", found, "group_id",
                                   "position", "person_id"), "group_id")
        for gid, rec in out.items():
            rec["members"] = [{"person_id": m["person_id"], "role": m["role"]}
                              for m in members.get(gid, [])]
    elif record_type == "session":
        attendance = _by(_select_rows(conn, orm.AttendanceRow, "session_id", found,
                                      "session_id", "position", "person_id"), "session_id")
        agenda = _by(_select_rows(conn, orm.AgendaItemRow, "session_id", found, "session_id",
                                  "position", "id"), "session_id")
        for sid, rec in out.items():
            rec["attendance"] = [{"person_id": a["person_id"], "present": bool(a["present"])}
                                 for a in attendance.get(sid, [])]
            rec["agenda"] = [record_from_row("agenda_item", a) for a in agenda.get(sid, [])]
    elif record_type == "compromise":
        links = _by(_select_rows(conn, orm.CompromisePositionRow, "compromise_id", found,
                                 "compromise_id", "ordinal"), "compromise_id")
        dissents = _by(_select_rows(conn, orm.DissentRow, "compromise_id", found,
                                    "compromise_id", "ordinal", "id"), "compromise_id")
        for cid, rec in out.items():
            rec["position_ids"] = [link["position_id"] for link in links.get(cid, [])]
            rec["dissents"] = [{"person_id": d["person_id"], "label": d["label"],
                                "text": d["text"]} for d in dissents.get(cid, [])]
    elif record_type == "vote":
        options = _by(_select_rows(conn, orm.VoteOptionRow, "vote_id", found, "vote_id",
                                   "position", "id"), "vote_id")
        ballots = _by(_select_rows(conn, orm.BallotRow, "vote_id", found, "vote_id",
                                   "ordinal", "id"), "vote_id")
        for vid, rec in out.items():
            rec["options"] = [record_from_row("vote_option", o) for o in options.get(vid, [])]
            rec["ballots"] = [ballot_dict(rec["method"], b) for b in ballots.get(vid, [])]
    return out


#: nested list key -> the record type of its items (their exchanged keys count)
_NESTED_ITEMS: Final = {"members": "membership", "attendance": "attendance",
                        "agenda": "agenda_item", "dissents": "dissent",
                        "options": "vote_option"}


class _Shape:
    """Per record type, what ``content`` must do with each exchanged key (computed once:
    hashing 65,000 records of an import must not walk every value generically)."""

    def __init__(self, record_type: str) -> None:
        spec = SPECS[record_type]
        self.keys = spec.exchanged
        self.numbers = frozenset(k for k in spec.exchanged
                                 if spec.fields[k].kind is Kind.NUMBER)
        self.nested = {k: SPECS[_NESTED_ITEMS[k]].exchanged for k in spec.exchanged
                       if k in _NESTED_ITEMS}
        self.deep = frozenset(k for k in spec.exchanged
                              if spec.fields[k].kind in (Kind.OBJECT, Kind.NESTED)
                              and k not in self.nested)


_SHAPES: dict[str, _Shape] = {}


def _shape(record_type: str) -> _Shape:
    shape = _SHAPES.get(record_type)
    if shape is None:
        shape = _SHAPES[record_type] = _Shape(record_type)
    return shape


def content(record_type: str, rec: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a record that counts as its state: the exchanged keys, nested items
    with their exchanged keys only, in plain JSON values. A record read from the file and
    the same record read from a JSON export give the same content."""
    shape = _shape(record_type)
    out = {k: rec.get(k) for k in shape.keys}
    for k in shape.numbers:
        value = out[k]
        if isinstance(value, float) and value.is_integer():
            out[k] = int(value)
    for k, keys in shape.nested.items():
        value = out[k]
        if isinstance(value, list | tuple):
            out[k] = [{ik: plain(item.get(ik)) for ik in keys}
                      if isinstance(item, Mapping) else item for item in value]
    for k in shape.deep:
        out[k] = plain(out[k])
    return out


#: One encoder for every hash: ``json.dumps`` with options builds a new one per call.
_CANONICAL: Final = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


#: ``_CANONICAL.encode`` without its per-call set-up (same text: ``json_text`` says why).
_ENCODE: Final = json_text.encoder_of(_CANONICAL)


def canonical(record_type: str, rec: Mapping[str, Any]) -> str:
    """The canonical text of a record's content, the text that is hashed (never change
    it: every stored chain would stop matching; tests/model/test_canonical_hashes.py
    holds the hashes of the example documents)."""
    return _ENCODE(content(record_type, rec))


def hash_of(record_type: str, rec: Mapping[str, Any] | None) -> str:
    """The state hash of a record (``DELETED`` for None)."""
    if rec is None:
        return DELETED
    return hash_text(record_type, canonical(record_type, rec))


def hash_text(record_type: str, text: str) -> str:
    """The hash of a record's canonical content text (``record_states`` has it inline)."""
    return hashlib.sha256(f"{record_type}\n{text}".encode()).hexdigest()[:32]


def plain(value: Any) -> Any:
    """JSON-shaped value for comparing: lists for tuples, no private ``_`` keys, and a
    whole float as an int (the file stores 1000.0 where a JSON file says 1000)."""
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def now_text() -> str:
    return datetime.now().replace(microsecond=0).isoformat(timespec="seconds")


# --- writing the chain --------------------------------------------------------------------


def latest_hashes(conn: Connection, record_type: str, ids: Collection[str]
                  ) -> dict[str, str]:
    """The newest hash of each of ``ids`` (records without a chain are missing)."""
    out: dict[str, str] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = tuple(wanted[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for rid, h in portable.run(
                conn, "SELECT record_id, hash FROM record_revision WHERE record_type = ? AND "
                f"record_id IN ({marks}) ORDER BY seq", (record_type, *chunk)):
            out[rid] = h
    return out


def append(conn: Connection, entries: Iterable[tuple[str, str, str, str | None]], *,
           actor: str, origin: str, at: str | None = None) -> int:
    """Add states to the chains: ``(record_type, record_id, hash, data)``; ``data`` is the
    canonical content (None for a deletion or a hash whose content is stored already)."""
    stamp = at or now_text()
    revs: list[tuple[Any, ...]] = []
    datas: list[tuple[str, str]] = []
    for record_type, record_id, h, data in entries:
        revs.append((record_type, record_id, h, stamp, actor, origin))
        if data is not None:
            datas.append((h, data))
    if datas:
        datas.sort()  # in key order the primary-key index grows at its end
        portable.run(conn, "INSERT INTO revision_data(hash, data) VALUES (?, ?) "
                     "ON CONFLICT DO NOTHING", datas)
    _insert_revisions(conn, revs)
    return len(revs)


def _insert_revisions(conn: Connection, revs: Sequence[tuple[Any, ...]]) -> None:
    """Rows ``(record_type, record_id, hash, at, actor, origin)`` at the chains' ends."""
    if revs:
        portable.run(
            conn, "INSERT INTO record_revision(record_type, record_id, hash, at, actor, origin) "
            "VALUES (?, ?, ?, ?, ?, ?)", revs)


def flush(conn: Connection, actor: str, *, origin: str = "edit") -> int:
    """Turn the records this transaction wrote into revisions (before its commit).

    Only real changes of state count: a write that left a record's content as it was (a
    live-session field, a position) adds nothing. Returns the number of revisions added.
    """
    dirty = portable.run(conn, "SELECT record_type, record_id FROM revision_dirty").fetchall()
    if not dirty:
        return 0
    by_type: defaultdict[str, set[str]] = defaultdict(set)
    for record_type, record_id in dirty:
        if record_type in TABLE_OF and record_type in SPECS:
            by_type[record_type].add(record_id)
    entries: list[tuple[str, str, str, str | None]] = []
    replaced: dict[str, dict[str, str]] = {}
    for record_type, ids in by_type.items():
        current = load_records(conn, record_type, ids)
        last = latest_hashes(conn, record_type, ids)
        for record_id in sorted(ids):
            rec = current.get(record_id)
            h = hash_of(record_type, rec)
            if last.get(record_id) == h or (rec is None and record_id not in last):
                continue
            entries.append((record_type, record_id, h,
                            None if rec is None else canonical(record_type, rec)))
            if last.get(record_id, DELETED) != DELETED:
                replaced.setdefault(record_type, {})[record_id] = last[record_id]
    portable.run(conn, "DELETE FROM revision_dirty")
    _keep_replaced(conn, replaced)
    return append(conn, entries, actor=actor, origin=origin)


def _keep_replaced(conn: Connection, replaced: Mapping[str, Mapping[str, str]]) -> None:
    """Store the content of states this transaction replaces that were kept as hashes only
    (the first states of an import), read from the last commit and verified by hash."""
    wanted = {h for states in replaced.values() for h in states.values()}
    if not wanted:
        return
    missing = wanted - stored_hashes(conn, wanted)
    if not missing:
        return
    datas: list[tuple[str, str]] = []
    with storage.read_connection(conn.engine) as before:
        for record_type, states in replaced.items():
            ids = [rid for rid, h in states.items() if h in missing]
            if not ids:
                continue
            for rid, rec in load_records(before, record_type, ids).items():
                text = canonical(record_type, rec)
                if hash_text(record_type, text) == states[rid]:
                    datas.append((states[rid], text))
    if datas:
        portable.run(conn, "INSERT INTO revision_data(hash, data) VALUES (?, ?) "
                     "ON CONFLICT DO NOTHING", datas)


def record_states(conn: Connection, records: Mapping[str, Iterable[Mapping[str, Any]]],
                  actor: str, *, origin: str = "edit") -> int:
    """The first revisions of records just written from ``records`` (type -> records in
    interchange form), computed from the records in hand instead of read back: a bulk
    import of 65,000 records would otherwise read everything it wrote once more. The
    caller wrote them with the tracking paused (``storage.tracking_paused``), so they are
    not in ``revision_dirty``; anything else written in the transaction is, for ``flush``.

    Hashes only: each state is its record's live content until the record first changes,
    when ``flush`` keeps it (see the module docstring)."""
    stamp = now_text()
    revs: list[tuple[str, str, str, str, str, str]] = []
    # In the order of the (record_type, record_id) index, which then grows at its end
    # (random ids cost a fifth more); each record has one state here, so the order of
    # the chains' sequence numbers across records means nothing. The records of a type
    # were just written under their primary key, so their ids differ: sorting each
    # type by id alone gives the order of the whole rows (and compares plain texts,
    # three times faster than tuples).
    for record_type in sorted(records):
        if record_type not in TABLE_OF or record_type not in SPECS:
            continue
        # ``hash_text``, with the prefix hashed once: each record's hash goes on from a
        # copy (the same bytes as prefix and text together, without joining them).
        prefixed = hashlib.sha256(f"{record_type}\n".encode())
        rows = []
        for rec in records[record_type]:
            h = prefixed.copy()
            h.update(canonical(record_type, rec).encode())
            rows.append((record_type, rec["id"], h.hexdigest()[:32], stamp, actor, origin))
        rows.sort(key=_RECORD_ID)
        revs += rows
    if revs and portable.is_postgresql(conn):  # the server's triggers were not paused
        portable.run(conn, "DELETE FROM revision_dirty WHERE record_type = ? AND "
                     "record_id = ?", [(rev[0], rev[1]) for rev in revs])
    _insert_revisions(conn, revs)
    return len(revs)


_RECORD_ID: Final = itemgetter(1)


def has_pending(conn: Connection) -> bool:
    """Records written without their revision yet (a freshly migrated file)."""
    return portable.run(conn, "SELECT 1 FROM revision_dirty LIMIT 1").first() is not None


# --- reading the chains -------------------------------------------------------------------


def chains(conn: Connection) -> dict[tuple[str, str], list[str]]:
    """Every record's chain of hashes, oldest first (deleted records included)."""
    out: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for record_type, record_id, h in portable.run(
            conn, "SELECT record_type, record_id, hash FROM record_revision ORDER BY seq"):
        out[(record_type, record_id)].append(h)
    return dict(out)


def own_seqs(conn: Connection) -> dict[tuple[str, str], tuple[int, int]]:
    """Per record: the sequence numbers of its first and its newest revision written by
    an edit or a merge here (not merely learnt from another catalogue)."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for record_type, record_id, first, newest in portable.run(
            conn, "SELECT record_type, record_id, min(seq), max(seq) FROM record_revision "
            "WHERE origin != 'known' GROUP BY record_type, record_id"):
        out[(record_type, record_id)] = (first, newest)
    return out


def raw_data_of(conn: Connection, hashes: Collection[str]) -> dict[str, str]:
    """The stored content (canonical JSON text) of each hash that has one."""
    out: dict[str, str] = {}
    wanted = sorted(h for h in hashes if h != DELETED)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for h, data in portable.run(
                conn, f"SELECT hash, data FROM revision_data WHERE hash IN ({marks})",
                tuple(chunk)):
            out[h] = data
    return out


def stored_hashes(conn: Connection, hashes: Collection[str]) -> set[str]:
    """Those of ``hashes`` whose content is stored."""
    out: set[str] = set()
    wanted = sorted(h for h in hashes if h != DELETED)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out.update(h for (h,) in portable.run(
            conn, f"SELECT hash FROM revision_data WHERE hash IN ({marks})", tuple(chunk)))
    return out


def live_contents(records: Mapping[str, Mapping[str, Mapping[str, Any]]],
                  chains: Mapping[tuple[str, str], Sequence[str]],
                  hashes: Collection[str]) -> dict[str, str]:
    """The content of each of ``hashes`` that is a record's live state (type -> id ->
    record, with their chains): the states kept as hashes only. Each is hashed again, so
    only content that hashes to its name comes back."""
    wanted = set(hashes) - {DELETED}
    out: dict[str, str] = {}
    if not wanted:
        return out
    for (record_type, record_id), chain in chains.items():
        if not chain or chain[-1] not in wanted or chain[-1] in out:
            continue
        rec = records.get(record_type, {}).get(record_id)
        if rec is None:
            continue
        text = canonical(record_type, rec)
        if hash_text(record_type, text) == chain[-1]:
            out[chain[-1]] = text
    return out


def data_of(conn: Connection, hashes: Collection[str]) -> dict[str, dict[str, Any]]:
    """The stored content of each hash that has one, as records."""
    return {h: json.loads(d) for h, d in raw_data_of(conn, hashes).items()}
