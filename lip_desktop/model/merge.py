"""Three-way merge of two copies of one catalogue, field by field.

The base of every record is the last state both sides know (``model/revisions.py``):
the newest hash in this catalogue's chain that the other side's chain holds too. Then:

- a field changed on one side only is taken; changed on both sides to the same value is
  taken without a conflict; changed on both sides to different values is a conflict and
  this catalogue keeps its value until someone decides;
- a record added on either side is added; deleted on one side and unchanged on the other
  is deleted; deleted on one side and changed on the other is a conflict (never a silent
  drop, never a silent resurrection). A record the other side deleted stays while records
  here still hang on it (a new indicator under a measure the other side deleted);
- nested lists merge by item (members by person, ballots by voter and option, agenda
  items by id), so two facilitators' ballots of one open vote both arrive;
- a closed vote is never changed by a merge, except its annotation; two different closed
  results of one vote are one conflict showing both;
- goals and measures created on both sides under one code: the incoming one gets the
  next free code, and the report says so;
- what the other side knew is learnt here (its chain), so a second merge of the same
  source finds nothing new, and a kept conflict is not found again.

A JSON file has no chains. Its records are compared with this catalogue's own history:
a record whose content this catalogue had at some time is an old state (nothing new); for
other records the closest earlier state here is taken as base, which at worst reports a
conflict too many, never takes a change silently. A record missing from a JSON file
counts as deleted there only if it is older than every state the file shares with this
catalogue and unchanged since.

This module plans; ``services/merging.py`` runs the plan in one transaction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from lip_desktop.model import revisions
from lip_desktop.model.records import COLLECTIONS, SPECS, Kind, record_name

#: The record types a merge covers, parents before children.
MERGED_TYPES: Final = ("catalogue", *COLLECTIONS)

#: nested list key -> how its items are told apart
_ITEM_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "members": ("person_id",),
    "attendance": ("person_id",),
    "agenda": ("id",),
    "dissents": ("person_id", "label"),
    "options": ("id",),
    "ballots": ("person_id", "option_id"),
    "position_ids": (),  # plain ids
}
#: The fields of a closed vote that a merge may still change.
_AFTER_CLOSE: Final = frozenset({"note", "annotation"})
_CODED: Final = ("action_field", "goal", "measure")


@dataclass(slots=True)
class Side:
    """One catalogue as the merge sees it."""

    name: str
    catalogue_id: str
    #: record type -> id -> record in interchange form (exchanged keys, nested lists)
    records: dict[str, dict[str, dict[str, Any]]]
    #: (record type, id) -> hashes oldest first; None for a JSON file (no history)
    chains: dict[tuple[str, str], list[str]] | None
    #: (record type, id) -> (first seq, newest seq) of this side's own revisions
    own_seqs: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    #: (record type, id) -> seq of every hash in its chain (this side only)
    hash_seqs: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)


@dataclass(slots=True)
class PlannedConflict:
    kind: str  # field / deleted_here / deleted_there / vote_result
    record_type: str
    record_id: str
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    payload: dict[str, list[dict[str, Any]]] | None = None


@dataclass(slots=True)
class Plan:
    """What a merge will write."""

    #: record type -> id -> merged record (interchange form) to create
    add: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    #: record type -> id -> merged record to update (only fields that change)
    update: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict))
    #: record type -> ids to delete
    delete: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    conflicts: list[PlannedConflict] = field(default_factory=list)
    #: (label, their code, code given here)
    recoded: list[tuple[str, str, str]] = field(default_factory=list)
    #: states of the other side to learn: (record type, id, hash)
    learn: list[tuple[str, str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def changes_records(self) -> bool:
        return any(self.add.values()) or any(self.update.values()) or any(self.delete.values())


# --- helpers ------------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    return bool(revisions.plain(a) == revisions.plain(b))


def _is_closed_vote(record_type: str, rec: Mapping[str, Any] | None) -> bool:
    return record_type == "vote" and rec is not None and rec.get("status") == "closed"


def _item_key(key: str, item: Any) -> Any:
    parts = _ITEM_KEYS.get(key, ("id",))
    if not parts or not isinstance(item, dict):
        return item if not isinstance(item, dict) else repr(sorted(item.items()))
    return tuple(item.get(p) for p in parts)


def merge_list(key: str, base: list[Any] | None, mine: list[Any], theirs: list[Any]
               ) -> list[Any] | None:
    """Three-way merge of a nested list by item; None where two sides changed one item
    differently (or one deleted what the other changed): then the whole list conflicts.

    This side's order is kept; items new on the other side follow the item they follow
    there (or go to the end)."""
    base_map = {_item_key(key, i): i for i in (base or [])}
    mine_map = {_item_key(key, i): i for i in mine}
    theirs_map = {_item_key(key, i): i for i in theirs}
    result: dict[Any, Any] = {}
    for k in list(mine_map) + [k for k in theirs_map if k not in mine_map]:
        b, m, t = base_map.get(k), mine_map.get(k), theirs_map.get(k)
        if m is not None and t is not None:
            if _same(m, t) or (b is not None and _same(t, b)):
                result[k] = m
            elif b is not None and _same(m, b):
                result[k] = t
            else:
                return None
        elif m is not None:  # not on the other side
            if b is None:
                result[k] = m  # added here
            elif _same(m, b):
                continue  # deleted there, unchanged here
            else:
                return None  # deleted there, changed here
        elif t is not None:
            if b is None:
                result[k] = t  # added there
            elif _same(t, b):
                continue  # deleted here, unchanged there
            else:
                return None
    order = [k for k in mine_map if k in result]
    for idx, item in enumerate(theirs):
        k = _item_key(key, item)
        if k in result and k not in order:
            before = next((_item_key(key, theirs[j]) for j in range(idx - 1, -1, -1)
                           if _item_key(key, theirs[j]) in order), None)
            order.insert(order.index(before) + 1 if before is not None else len(order), k)
    return [result[k] for k in order]


def _nested(record_type: str, key: str) -> bool:
    fs = SPECS[record_type].fields.get(key)
    return fs is not None and fs.kind is Kind.NESTED


# --- finding the base ---------------------------------------------------------------------


class _Bases:
    """The base state of each record, from both sides' chains."""

    def __init__(self, mine: Side, theirs: Side, data: Mapping[str, dict[str, Any]]) -> None:
        self.mine = mine
        self.theirs = theirs
        self.data = data
        assert mine.chains is not None

    def base_hash(self, record_type: str, record_id: str,
                  their_rec: Mapping[str, Any] | None) -> str | None:
        assert self.mine.chains is not None
        mc = self.mine.chains.get((record_type, record_id), [])
        if self.theirs.chains is not None:
            theirs = set(self.theirs.chains.get((record_type, record_id), []))
        else:
            theirs = {revisions.hash_of(record_type, their_rec)} if their_rec is not None else set()
        for h in reversed(mc):
            if h in theirs:
                return h
        return None

    def closest(self, record_type: str, record_id: str, their_rec: Mapping[str, Any]
                ) -> dict[str, Any] | None:
        """For a file without history: this catalogue's earlier state most like theirs."""
        assert self.mine.chains is not None
        best: tuple[int, int] | None = None
        best_rec: dict[str, Any] | None = None
        for pos, h in enumerate(self.mine.chains.get((record_type, record_id), [])):
            rec = self.data.get(h)
            if rec is None:
                continue
            score = sum(1 for k in SPECS[record_type].exchanged
                        if _same(rec.get(k), their_rec.get(k)))
            if best is None or (score, pos) >= best:
                best, best_rec = (score, pos), rec
        return best_rec


# --- the plan -----------------------------------------------------------------------------


def needed_hashes(mine: Side, theirs: Side) -> set[str]:
    """Hashes whose content the plan may need as a base (read before planning)."""
    assert mine.chains is not None
    out: set[str] = set()
    if theirs.chains is None:
        for key, chain in mine.chains.items():
            rt, rid = key
            cur = mine.records.get(rt, {}).get(rid)
            their = theirs.records.get(rt, {}).get(rid)
            if their is not None and (cur is None or revisions.hash_of(rt, cur)
                                      != revisions.hash_of(rt, their)):
                out.update(chain)
        return out
    for key, chain in mine.chains.items():
        tc = theirs.chains.get(key)
        if not tc:
            continue
        tset = set(tc)
        for h in reversed(chain):
            if h in tset:
                out.add(h)
                break
    return out


def plan_merge(mine: Side, theirs: Side, data: Mapping[str, dict[str, Any]],
               taken_codes: Iterable[str] = ()) -> Plan:
    """Everything a merge of ``theirs`` into ``mine`` would do; nothing is written."""
    bases = _Bases(mine, theirs, data)
    plan = Plan()
    json_cutoff = _json_cutoff(mine, theirs) if theirs.chains is None else None
    for record_type in MERGED_TYPES:
        if record_type not in SPECS:
            continue
        mine_recs = mine.records.get(record_type, {})
        their_recs = theirs.records.get(record_type, {})
        for record_id in sorted(set(mine_recs) | set(their_recs)):
            _plan_record(plan, bases, record_type, record_id, mine_recs.get(record_id),
                         their_recs.get(record_id), json_cutoff)
    _keep_dependents(plan, mine, theirs)
    _keep_children_of_kept(plan, mine)
    _fix_dangling(plan, mine, theirs)
    _fix_codes(plan, mine, set(taken_codes))
    return plan


def _json_cutoff(mine: Side, theirs: Side) -> int:
    """For a JSON file: the newest own revision here whose state the file holds (the
    point up to which the file knows this catalogue)."""
    cutoff = 0
    for record_type, recs in theirs.records.items():
        if record_type not in SPECS:
            continue
        for record_id, rec in recs.items():
            seqs = mine.hash_seqs.get((record_type, record_id))
            if seqs:
                seq = seqs.get(revisions.hash_of(record_type, rec))
                if seq is not None and seq > cutoff:
                    cutoff = seq
    return cutoff


def _plan_record(plan: Plan, bases: _Bases, record_type: str, record_id: str,
                 m: dict[str, Any] | None, t: dict[str, Any] | None,
                 json_cutoff: int | None) -> None:
    mine, theirs = bases.mine, bases.theirs
    assert mine.chains is not None
    key = (record_type, record_id)
    h_t = revisions.hash_of(record_type, t)
    if t is not None:
        plan.learn.append((record_type, record_id, h_t))
    elif theirs.chains is not None and theirs.chains.get(key):
        plan.learn.append((record_type, record_id, revisions.DELETED))
    h_m = revisions.hash_of(record_type, m)
    if m is not None and t is not None and h_m == h_t:
        return
    base_h = bases.base_hash(record_type, record_id, t)
    base = bases.data.get(base_h) if base_h not in (None, revisions.DELETED) else None
    mine_chain = mine.chains.get(key, [])

    if m is None and t is None:
        return
    if m is None:
        assert t is not None
        if not any(h != revisions.DELETED for h in mine_chain):
            plan.add[record_type][record_id] = t  # new there
        elif base_h == h_t:
            return  # deleted here, unchanged there
        else:
            plan.conflicts.append(PlannedConflict("deleted_here", record_type, record_id,
                                                  None, base, None, t))
        return
    if t is None:
        if theirs.chains is not None:
            their_chain = theirs.chains.get(key, [])
            if not their_chain:
                return  # they never had it: new here
            if base_h == revisions.DELETED:
                return  # deleted there before, and kept here since (a decided conflict)
            if base_h is not None and base_h == h_m:
                plan.delete[record_type].add(record_id)
            elif base_h is None:
                return  # nothing shared about it: keep
            else:
                plan.conflicts.append(PlannedConflict("deleted_there", record_type,
                                                      record_id, None, base, m, None))
            return
        # A JSON file: missing means deleted there only for records older than what the
        # file knows of this catalogue, and unchanged here since.
        seqs = mine.own_seqs.get(key)
        if json_cutoff is None or seqs is None or seqs[0] > json_cutoff or not json_cutoff:
            return
        if seqs[1] <= json_cutoff:
            plan.delete[record_type].add(record_id)
        else:
            at_cut = _state_at(mine, key, json_cutoff)
            plan.conflicts.append(PlannedConflict(
                "deleted_there", record_type, record_id, None,
                bases.data.get(at_cut) if at_cut else None, m, None))
        return
    # both present, different
    if base_h == h_t:
        return  # theirs is a state this catalogue already had
    if theirs.chains is None and h_t in mine_chain:
        return
    if base is None and theirs.chains is None:
        base = bases.closest(record_type, record_id, t)
    if base_h == h_m and base_h is not None:
        if _is_closed_vote(record_type, m):
            _closed_vote(plan, record_type, record_id, base, m, t)
            return
        changed = {k: t.get(k) for k in SPECS[record_type].exchanged
                   if not _same(m.get(k), t.get(k))}
        if changed:
            plan.update[record_type][record_id] = {**m, **changed}
        return
    if _is_closed_vote(record_type, m) or _is_closed_vote(record_type, t):
        _closed_vote(plan, record_type, record_id, base, m, t)
        return
    merged = dict(m)
    changed_any = False
    for k in SPECS[record_type].exchanged:
        if k == "id" or (record_type == "vote" and k == "result"):
            continue  # an open vote's result is computed again from the merged ballots
        b_v = base.get(k) if base is not None else None
        m_v, t_v = m.get(k), t.get(k)
        if _same(m_v, t_v):
            continue
        if base is not None and _same(t_v, b_v):
            continue
        if base is not None and _same(m_v, b_v):
            merged[k] = t_v
            changed_any = True
            continue
        if _nested(record_type, k) and isinstance(m_v, list) and isinstance(t_v, list):
            joined = merge_list(k, b_v if isinstance(b_v, list) else [], m_v, t_v)
            if joined is not None:
                if not _same(joined, m_v):
                    merged[k] = joined
                    changed_any = True
                continue
        plan.conflicts.append(PlannedConflict("field", record_type, record_id, k, b_v,
                                              m_v, t_v))
    if changed_any:
        plan.update[record_type][record_id] = merged


def _state_at(side: Side, key: tuple[str, str], seq: int) -> str | None:
    seqs = side.hash_seqs.get(key, {})
    best: tuple[int, str] | None = None
    for h, s in seqs.items():
        if s <= seq and (best is None or s > best[0]):
            best = (s, h)
    return best[1] if best else None


def _closed_vote(plan: Plan, record_type: str, record_id: str, base: dict[str, Any] | None,
                 m: dict[str, Any], t: dict[str, Any]) -> None:
    """A closed vote changes only in its annotation; else one conflict with both results."""
    essence_differs = any(not _same(m.get(k), t.get(k)) for k in SPECS[record_type].exchanged
                          if k not in _AFTER_CLOSE)
    source_changed = base is None or any(
        not _same(base.get(k), t.get(k)) for k in SPECS[record_type].exchanged
        if k not in _AFTER_CLOSE)
    if essence_differs and source_changed:
        if m.get("status") != "closed":
            mine_changed = base is None or any(
                not _same(base.get(k), m.get(k)) for k in SPECS[record_type].exchanged
                if k not in _AFTER_CLOSE)
            if not mine_changed:  # open and untouched here, closed there: it is closed now
                plan.update[record_type][record_id] = {**m, **t}
                return
        plan.conflicts.append(PlannedConflict("vote_result", record_type, record_id, None,
                                              base, m, t))
        return
    for k in _AFTER_CLOSE:
        if k not in SPECS[record_type].fields or _same(m.get(k), t.get(k)):
            continue
        b_v = base.get(k) if base is not None else None
        if base is not None and _same(t.get(k), b_v):
            continue
        if base is not None and _same(m.get(k), b_v):
            plan.update[record_type][record_id] = {**plan.update[record_type].get(
                record_id, m), k: t.get(k)}
            continue
        plan.conflicts.append(PlannedConflict("field", record_type, record_id, k, b_v,
                                              m.get(k), t.get(k)))


# --- references ---------------------------------------------------------------------------


def references(record_type: str, rec: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    """(record type, id) of every record ``rec`` points at."""
    spec = SPECS[record_type]
    for k, fs in spec.fields.items():
        # A polymorphic reference ("subject", "converted") names its type in another key;
        # it is yielded below with that type, never as a type called "subject".
        if fs.kind is Kind.REF and fs.ref in SPECS and rec.get(k):
            yield fs.ref, rec[k]
    st, sid = rec.get("subject_type"), rec.get("subject_id")
    if st and sid and st in SPECS:
        yield st, sid
    if record_type == "compromise":
        for pid in rec.get("position_ids") or ():
            yield "position", pid
    for key in ("members", "attendance", "dissents", "ballots"):
        for item in rec.get(key) or ():
            if isinstance(item, dict) and item.get("person_id"):
                yield "person", item["person_id"]
    if record_type == "parking_item" and rec.get("converted_type") and rec.get("converted_id"):
        yield rec["converted_type"], rec["converted_id"]
    if record_type == "decision" and rec.get("vote_id"):
        yield "vote", rec["vote_id"]


def result_of(plan: Plan, mine: Side) -> dict[str, dict[str, dict[str, Any]]]:
    """The records after the plan (type -> id -> record)."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for record_type in MERGED_TYPES:
        if record_type not in SPECS:
            continue
        recs = dict(mine.records.get(record_type, {}))
        recs.update(plan.update.get(record_type, {}))
        recs.update(plan.add.get(record_type, {}))
        for rid in plan.delete.get(record_type, ()):
            recs.pop(rid, None)
        out[record_type] = recs
    return out


def _keep_dependents(plan: Plan, mine: Side, theirs: Side) -> None:
    """A deletion from the other side is not applied while records that stay here point at
    the record (they were added or changed here): that is a conflict, never a cascade
    that takes records with it."""
    while True:
        result = result_of(plan, mine)
        deleting = {(rt, rid) for rt, ids in plan.delete.items() for rid in ids}
        if not deleting:
            return
        blocked: set[tuple[str, str]] = set()
        for record_type, recs in result.items():
            for rec in recs.values():
                for target in references(record_type, rec):
                    if target in deleting:
                        blocked.add(target)
        if not blocked:
            return
        for rt, rid in blocked:
            plan.delete[rt].discard(rid)
            m = mine.records.get(rt, {}).get(rid)
            plan.conflicts.append(PlannedConflict("deleted_there", rt, rid, None, None, m, None))


def _keep_children_of_kept(plan: Plan, mine: Side) -> None:
    """A record the other side deleted that stays here until someone decides (a conflict)
    keeps what was deleted there together with it (a measure's indicators): deciding
    "übernehmen" later deletes them together; "behalten" keeps them all."""
    kept = {(c.record_type, c.record_id) for c in plan.conflicts if c.kind == "deleted_there"}
    changed = True
    while changed:
        changed = False
        for rt, ids in plan.delete.items():
            for rid in list(ids):
                rec = mine.records.get(rt, {}).get(rid)
                if rec is not None and any(t in kept for t in references(rt, rec)):
                    ids.discard(rid)
                    kept.add((rt, rid))
                    changed = True


def _fix_dangling(plan: Plan, mine: Side, theirs: Side) -> None:
    """Records from the other side that point at a record deleted here wait in the
    conflict of that record (``deleted_here``); taking it brings them along."""
    waiting: dict[tuple[str, str], dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list))
    for _ in range(50):
        result = result_of(plan, mine)
        moved = False
        for record_type in list(plan.add) + list(plan.update):
            for rid, rec in list(plan.add.get(record_type, {}).items()) + list(
                    plan.update.get(record_type, {}).items()):
                missing = [tgt for tgt in references(record_type, rec)
                           if tgt[1] not in result.get(tgt[0], {})]
                if not missing:
                    continue
                moved = True
                is_add = rid in plan.add.get(record_type, {})
                if is_add:
                    del plan.add[record_type][rid]
                else:
                    del plan.update[record_type][rid]
                parent = missing[0]
                if parent[1] in theirs.records.get(parent[0], {}):
                    waiting[parent][record_type].append(rec)
                elif not is_add:
                    m = mine.records[record_type][rid]
                    plan.conflicts.append(PlannedConflict("field", record_type, rid, None,
                                                          None, m, rec))
                else:
                    plan.warnings.append(
                        f"{SPECS[record_type].label} „{record_name(SPECS[record_type], rec)}“ "
                        "verweist auf einen Eintrag, den es in keinem der beiden Kataloge "
                        "gibt; nicht übernommen.")
        if not moved:
            break
    for (rt, rid), payload in waiting.items():
        existing = next((c for c in plan.conflicts if c.record_type == rt and c.record_id == rid
                         and c.kind == "deleted_here"), None)
        if existing is None:
            existing = PlannedConflict("deleted_here", rt, rid, None, None, None,
                                       theirs.records[rt][rid])
            plan.conflicts.append(existing)
        existing.payload = {k: list(v) for k, v in payload.items()}


_CODE_NUMBER: Final = re.compile(r"^(.*?)(\d+)$")


def next_free_code(code: str, taken: set[str]) -> str:
    """The next code of the same kind that is free (``BIL-Z3`` → ``BIL-Z5`` if 4 is used)."""
    match = _CODE_NUMBER.match(code)
    prefix = match.group(1) if match else f"{code}-"
    highest = 0
    for other in taken:
        if other.startswith(prefix):
            rest = other[len(prefix):]
            if rest.isdigit():
                highest = max(highest, int(rest))
    n = highest + 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def _fix_codes(plan: Plan, mine: Side, taken: set[str]) -> None:
    """A code held by two records after the merge: the one that holds it here keeps it,
    the incoming one gets the next free code (drafts and lists cite codes, so one code is
    one record). Codes of records deleted by this merge, and every code ever given here,
    are not handed out again; a swap of codes on the other side is no clash."""
    result = result_of(plan, mine)
    holders: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
    for record_type in _CODED:
        for rid, rec in result.get(record_type, {}).items():
            if rec.get("code"):
                holders[str(rec["code"])].append((record_type, rid))
    for record_type, ids in plan.delete.items():
        if record_type in _CODED:
            for rid in ids:
                code = mine.records.get(record_type, {}).get(rid, {}).get("code")
                if code:
                    holders[str(code)].insert(0, (record_type, rid))
    used: set[str] = set(taken) | set(holders)
    for code, owners in sorted(holders.items()):
        if len(owners) < 2:
            continue
        keep = next((o for o in owners if o[1] in plan.delete.get(o[0], ())
                     or mine.records.get(o[0], {}).get(o[1], {}).get("code") == code),
                    owners[0])
        for record_type, rid in owners:
            if (record_type, rid) == keep:
                continue
            group = (plan.add.get(record_type, {}) if rid in plan.add.get(record_type, {})
                     else plan.update.get(record_type, {}))
            incoming = group.get(rid)
            if incoming is None:
                continue  # unchanged here: cannot happen for two records of this file
            new_code = next_free_code(code, used)
            used.add(new_code)
            group[rid] = {**incoming, "code": new_code}  # never change the inputs
            title = incoming.get("title") or ""
            plan.recoded.append((f"{SPECS[record_type].label} „{title}“", code, new_code))


def changing_codes(plan: Plan, mine: Side) -> list[tuple[str, str]]:
    """(record type, id) of records whose code this merge changes: the writer first moves
    them to placeholder codes, so a swap or a shift never meets itself in the unique index."""
    out: list[tuple[str, str]] = []
    for record_type in _CODED:
        for rid, rec in plan.update.get(record_type, {}).items():
            before = mine.records.get(record_type, {}).get(rid, {})
            if rec.get("code") != before.get("code"):
                out.append((record_type, rid))
    return out
