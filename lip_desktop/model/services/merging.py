"""Merging another catalogue into this one, and the conflict queue: ``service.merge``.

The three-way rules live in ``model/merge.py`` (planning, nothing written); this manager
makes the verified backup first, then plans again and writes inside one transaction, and
reads and decides the queued conflicts. A merge that finds nothing new writes nothing.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from lip_desktop.model import interchange, orm, portable, revisions
from lip_desktop.model import merge as rules
from lip_desktop.model.changes import ChangeCollector, Outcome
from lip_desktop.model.collector import release
from lip_desktop.model.errors import CancelledError, ConflictError, InterchangeError, LipError
from lip_desktop.model.merge_source import Source, last_changes, open_source, side_of
from lip_desktop.model.records import COLLECTIONS, SPECS, Kind, record_name
from lip_desktop.model.services.base import Manager
from lip_desktop.model.services.unit import Unit, jsonable
from lip_desktop.model.values import ConflictEntry, MergeReport

#: Called with (done, total, German step text); returns False to cancel.
Progress = Callable[[int, int, str], bool]

#: How a conflict is decided: keep this catalogue's value, take the other's, or a third text.
TAKES = ("mine", "theirs", "edited")
_STEPS = 4


def _dumps(value: Any) -> str:
    return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class MergeManager(Manager):
    """Merge another copy of this catalogue in, and decide the conflicts it leaves."""

    # --- merging --------------------------------------------------------------------------

    def merge(self, source: Path, *, progress: Progress | None = None) -> Outcome[MergeReport]:
        """Merge ``source`` (a ``.lip`` file or a ``lip-catalogue`` JSON file) into this
        catalogue: a verified backup first (not of a server catalogue: the database's
        backups are the administrator's), then one transaction. A cancelled merge
        (``progress`` returned False) raises ``CancelledError`` and changes nothing."""
        def step(n: int, text: str) -> None:
            if progress is not None and progress(n, _STEPS, text) is False:
                raise CancelledError

        source = Path(source).expanduser().absolute()
        on_server = self.catalogue.server is not None
        if not on_server and source == self.catalogue.path.absolute():
            raise LipError("merge_same_file", source=source.name)
        step(0, "Lese den anderen Katalog …")
        dry = None
        with open_source(source, self.catalogue.actor) as src:
            try:
                step(1, "Vergleiche die beiden Kataloge …")
                with self._read() as unit:
                    dry = self._plan(unit, src)
                if dry is None:
                    step(_STEPS, "Fertig.")
                    with self._read() as unit:
                        open_count = self._open_count(unit)
                    return Outcome(MergeReport(src.side.name, True, {}, {}, {}, {}, (), 0,
                                               open_count), ChangeCollector().freeze())
                # A server catalogue's backups are the database administrator's
                # (``server``); the merge's one transaction is what keeps it whole there.
                step(2, "Lege eine Sicherung an …")
                backup = None if on_server else self.catalogue.backup("merge")
                step(3, "Übernehme die Änderungen …")
                with self._unit("merge") as unit:
                    report = self._write(unit, src, dry)
                    changes = unit.changes.freeze()
            finally:
                # Both catalogues as records, and the plan: emptied piecewise, not in one
                # cascade of frees that holds the GIL for 100-200 ms at 21,000 measures,
                # nor kept by a cancelled merge's traceback for a collector pass.
                release(dry, src)
                del dry
        step(_STEPS, "Fertig.")
        if backup is None:
            return Outcome(report, changes)
        return Outcome(_with_backup(report, backup.path.name), changes)

    def _target(self, unit: Unit) -> rules.Side:
        conn = unit.db.connection()
        return side_of(conn, self.catalogue.path.name, self.catalogue.id)

    @staticmethod
    def _stamp(unit: Unit) -> tuple[int, int]:
        """Where this catalogue's history stands: a plan made at the same stamp still holds."""
        row = unit.db.connection().exec_driver_sql(
            "SELECT (SELECT coalesce(max(id), 0) FROM change_log), "
            "(SELECT coalesce(max(seq), 0) FROM record_revision)").one()
        return int(row[0]), int(row[1])

    def _plan(self, unit: Unit, src: Source
              ) -> tuple[rules.Plan, rules.Side, tuple[int, int]] | None:
        """The plan, or None when the other side brings nothing new."""
        conn = unit.db.connection()
        stamp = self._stamp(unit)
        mine = self._target(unit)
        if src.side.catalogue_id != mine.catalogue_id:
            mine_title = mine.records["catalogue"].get(mine.catalogue_id, {}).get("title", "?")
            their_title = src.side.records["catalogue"].get(src.side.catalogue_id, {}).get(
                "title", "?")
            raise LipError("merge_foreign", source=src.side.name, theirs=their_title,
                           mine=mine_title)
        wanted = rules.needed_hashes(mine, src.side)
        data = revisions.data_of(conn, wanted)
        for h in wanted - data.keys():
            if h in src.data:
                data[h] = json.loads(src.data[h])
        # States kept as hashes only (an import's first states) are live records here.
        for h, text in revisions.live_contents(mine.records, mine.chains or {},
                                               wanted - data.keys()).items():
            data[h] = json.loads(text)
        plan = rules.plan_merge(mine, src.side, data, self._taken_codes(unit))
        new_conflicts = self._new_conflicts(unit, plan)
        learn = _to_learn(mine, src, plan)
        if not plan.changes_records and not new_conflicts and not learn:
            return None
        return plan, mine, stamp

    def _write(self, unit: Unit, src: Source,
               dry: tuple[rules.Plan, rules.Side, tuple[int, int]]) -> MergeReport:
        """Write the plan made before the backup; plan again only if this catalogue
        changed in between (another window wrote), inside this write transaction."""
        conn = unit.db.connection()
        planned = dry if self._stamp(unit) == dry[2] else self._plan(unit, src)
        if planned is None:  # changed in between by another window: nothing left to do
            return MergeReport(src.side.name, True, {}, {}, {}, {}, (), 0,
                               self._open_count(unit))
        plan, mine, _stamp = planned
        result = rules.result_of(plan, mine)
        self._check(result, mine, plan)
        # What the other side knew, first: the merged states come after it in the chains.
        learn = _to_learn(mine, src, plan)
        revisions.append(conn, [(rt, rid, h, src.data.get(h)) for rt, rid, h in learn],
                         actor=src.side.name, origin="known")
        collector = self._apply(unit, plan, mine)
        new_conflicts = self._store_conflicts(unit, plan, src, mine)
        for group, target in ((collector.created, unit.changes.created),
                              (collector.updated, unit.changes.updated),
                              (collector.deleted, unit.changes.deleted)):
            for rt, ids in group.items():
                target[rt] |= ids
        unit.changes.moved = unit.changes.moved or collector.moved
        if new_conflicts:
            unit.changes.updated["merge_conflict"] |= {"*"}
        return MergeReport(
            source=src.side.name,
            nothing_new=not plan.changes_records and not new_conflicts,
            added={rt: len(ids) for rt, ids in plan.add.items() if ids},
            updated={rt: len(ids) for rt, ids in plan.update.items() if ids},
            deleted={rt: len(ids) for rt, ids in plan.delete.items() if ids},
            by_action_field=_by_action_field(plan, result, mine.records),
            recoded=tuple(plan.recoded),
            new_conflicts=new_conflicts,
            open_conflicts=self._open_count(unit),
            warnings=tuple(plan.warnings),
        )

    def _check(self, result: dict[str, dict[str, dict[str, Any]]], mine: rules.Side,
               plan: rules.Plan) -> None:
        """The merged catalogue must pass the same checks as an import (references,
        codes, vote results); otherwise nothing is written.

        The result of an open vote is computed again from the merged ballots and
        attendance (both sides' ballots arrived); a closed vote's stays as it is.
        """
        closed = {vid: v for vid, v in mine.records.get("vote", {}).items()
                  if v.get("status") == "closed"}
        votes = result.get("vote", {})
        for vid, v in list(votes.items()):
            if v.get("status") != "closed":
                votes[vid] = {**v, "result": None}
        lists = {rt: list(result.get(rt, {}).values()) for rt in COLLECTIONS}
        checker = interchange.ReferenceChecker(lists, closed)
        checker.run()
        if checker.problems:
            raise InterchangeError(checker.problems[:50])
        for vid, v in votes.items():
            if vid in plan.add.get("vote", {}):
                plan.add["vote"][vid] = v
                continue
            if v.get("status") == "closed":
                continue
            before = mine.records.get("vote", {}).get(vid)
            if vid in plan.update.get("vote", {}) or (
                    before is not None and revisions.plain(before.get("result"))
                    != revisions.plain(v.get("result"))):
                plan.update["vote"][vid] = v

    def _apply(self, unit: Unit, plan: rules.Plan, mine: rules.Side) -> ChangeCollector:
        conn = unit.db.connection()
        records: dict[str, list[dict[str, Any]]] = {rt: [] for rt in COLLECTIONS}
        old: dict[str, dict[str, dict[str, Any]]] = {}
        changed: dict[str, set[str]] = {}
        for rt in COLLECTIONS:
            for rid, rec in plan.update.get(rt, {}).items():
                records[rt].append(rec)
                old.setdefault(rt, {})[rid] = mine.records[rt][rid]
                changed.setdefault(rt, set()).add(rid)
            records[rt].extend(plan.add.get(rt, {}).values())
        for rt, rid in rules.changing_codes(plan, mine):  # two phases: codes stay unique
            table = orm.TABLES[rt].__tablename__
            portable.run(conn, f'UPDATE "{table}" SET code = ? WHERE id = ?', (f"~{rid}", rid))
        collector = interchange.write_records(conn, records, old, unit.actor, "merge", changed)
        cat_update = plan.update.get("catalogue", {})
        for cid, rec in cat_update.items():
            before = mine.records["catalogue"][cid]
            row = unit.db.get(orm.CatalogueRow, cid)
            assert row is not None
            for key in SPECS["catalogue"].exchanged:
                if key != "id" and rec.get(key) != before.get(key):
                    setattr(row, key, rec.get(key))
                    unit.log("update", "catalogue", cid, None, key, before.get(key),
                             rec.get(key))
            collector.updated["catalogue"].add(cid)
        for rt in reversed(COLLECTIONS):
            ids = plan.delete.get(rt, set())
            if not ids:
                continue
            table = orm.TABLES[rt].__table__
            for rid in sorted(ids):
                before = mine.records[rt][rid]
                unit.log("delete", rt, rid, before.get("code"), None,
                         {k: before.get(k) for k in SPECS[rt].exchanged}, None)
                conn.execute(delete(table).where(table.c.id == rid))  # type: ignore[arg-type]
                collector.deleted[rt].add(rid)
            collector.moved = True
        unit.db.flush()
        return collector

    # --- the conflict queue ---------------------------------------------------------------

    def _open_rows(self, unit: Unit) -> list[orm.ConflictRow]:
        return list(unit.db.scalars(select(orm.ConflictRow).where(
            orm.ConflictRow.status == "open")))

    def _open_count(self, unit: Unit) -> int:
        return len(self._open_rows(unit))

    def _new_conflicts(self, unit: Unit, plan: rules.Plan) -> int:
        """How many planned conflicts are not in the queue yet (same record, field, and
        the other side's value)."""
        known = {(r.record_type, r.record_id, r.field, r.theirs) for r in self._open_rows(unit)}
        return sum(1 for c in plan.conflicts
                   if (c.record_type, c.record_id, c.field, _dumps(c.theirs)) not in known)

    def _store_conflicts(self, unit: Unit, plan: rules.Plan, src: Source, mine: rules.Side
                         ) -> int:
        conn = unit.db.connection()
        mine_changes = last_changes(conn)
        open_rows = {(r.record_type, r.record_id, r.field): r for r in self._open_rows(unit)}
        found_at = revisions.now_text()
        added = 0
        for c in plan.conflicts:
            theirs_by, theirs_at = src.last_change.get(
                (c.record_type, c.record_id, c.field),
                src.last_change.get((c.record_type, c.record_id, None),
                                    (f"„{src.side.name}“", src.exported_at or "")))
            mine_by, mine_at = mine_changes.get(
                (c.record_type, c.record_id, c.field),
                mine_changes.get((c.record_type, c.record_id, None), ("", "")))
            row = open_rows.get((c.record_type, c.record_id, c.field))
            if row is not None:
                if row.theirs == _dumps(c.theirs):
                    continue  # the same conflict: not listed twice
                # The other side changed the value again: the one open conflict shows it.
                row.theirs = _dumps(c.theirs)
                row.theirs_by, row.theirs_at = theirs_by, theirs_at or None
                row.mine = _dumps(c.mine)
                row.payload = None if c.payload is None else _dumps(c.payload)
                row.source = src.side.name
                added += 1
                continue
            unit.db.add(orm.ConflictRow(
                kind=c.kind, record_type=c.record_type, record_id=c.record_id, field=c.field,
                base=_dumps(c.base), mine=_dumps(c.mine), theirs=_dumps(c.theirs),
                payload=None if c.payload is None else _dumps(c.payload),
                mine_by=mine_by, mine_at=mine_at or None, theirs_by=theirs_by,
                theirs_at=theirs_at or None, source=src.side.name, found_at=found_at,
                status="open"))
            added += 1
        unit.db.flush()
        return added

    def open_count(self) -> int:
        """How many conflicts wait for a decision (one count query)."""
        with self._read() as unit:
            return int(unit.db.connection().exec_driver_sql(
                "SELECT count(*) FROM merge_conflict WHERE status = 'open'").scalar() or 0)

    def conflicts(self, *, include_decided: bool = False) -> list[ConflictEntry]:
        """Open conflicts (all with ``include_decided``), by record code and field."""
        with self._read() as unit:
            stmt = select(orm.ConflictRow)
            if not include_decided:
                stmt = stmt.where(orm.ConflictRow.status == "open")
            rows = list(unit.db.scalars(stmt.order_by(orm.ConflictRow.id)))
            wanted: defaultdict[str, set[str]] = defaultdict(set)
            for r in rows:
                wanted[r.record_type].add(r.record_id)
            conn = unit.db.connection()
            current = {rt: revisions.load_records(conn, rt, ids) for rt, ids in wanted.items()}
            entries = [self._entry(unit, r, current[r.record_type].get(r.record_id))
                       for r in rows]
        entries.sort(key=lambda e: (e.code or "~", e.title, e.field_label, e.id))
        return entries

    def conflict(self, conflict_id: int) -> ConflictEntry:
        with self._read() as unit:
            return self._entry(unit, self._row(unit, conflict_id))

    def _row(self, unit: Unit, conflict_id: int) -> orm.ConflictRow:
        row = unit.db.get(orm.ConflictRow, conflict_id)
        if row is None:
            raise LipError("conflict_not_found", conflict=conflict_id)
        return row

    def _entry(self, unit: Unit, row: orm.ConflictRow,
               current: dict[str, Any] | bool | None = False) -> ConflictEntry:
        """The conflict as the view shows it; ``current`` is the record as it stands
        (read here unless the caller read it with the others: one query per type)."""
        spec = SPECS[row.record_type]
        mine, theirs, base = _loads(row.mine), _loads(row.theirs), _loads(row.base)
        if current is False:
            current = revisions.load_records(unit.db.connection(), row.record_type,
                                             [row.record_id]).get(row.record_id)
        assert current is None or isinstance(current, dict)
        shown = current or (mine if isinstance(mine, dict) else None) or (
            theirs if isinstance(theirs, dict) else None) or {}
        code = shown.get("code") if isinstance(shown, dict) else None
        title = _title(row.record_type, shown)
        if row.field is None:
            label = "Abstimmungsergebnis" if row.kind == "vote_result" else "Datensatz"
        else:
            fs = spec.fields.get(row.field)
            label = fs.label if fs is not None else row.field
        return ConflictEntry(
            id=row.id, kind=row.kind, record_type=row.record_type, record_id=row.record_id,
            code=code, title=title, field=row.field, field_label=label, base=base, mine=mine,
            theirs=theirs, mine_by=row.mine_by, mine_at=row.mine_at, theirs_by=row.theirs_by,
            theirs_at=row.theirs_at, source=row.source, found_at=row.found_at,
            status=row.status)

    # --- deciding -------------------------------------------------------------------------

    def resolve(self, conflict_id: int, take: str, value: Any = None
                ) -> Outcome[ConflictEntry]:
        """Decide one conflict: ``take`` in ``TAKES``; ``value`` is the third text for
        "edited". Writes the chosen value through the normal validated update, with a
        history entry, and marks the conflict decided. Refuses a decided conflict."""
        if take not in TAKES:
            raise LipError("conflict_bad_take", take=take)

        def work(unit: Unit) -> ConflictEntry:
            row = self._row(unit, conflict_id)
            entry = self._entry(unit, row)
            if row.status != "open":
                raise ConflictError("conflict_decided", conflict=conflict_id,
                                    record=entry.title, field=entry.field_label)
            conn = unit.db.connection()
            current = revisions.load_records(conn, row.record_type, [row.record_id],
                                             internal=True).get(row.record_id)
            before: Any = (current.get(row.field) if current is not None else None) \
                if row.field is not None else current
            if take == "mine":
                chosen = before
                unit.log("update", row.record_type, row.record_id, entry.code, row.field,
                         before, before)
            else:
                chosen = _loads(row.theirs) if take == "theirs" else value
                if take == "edited" and (row.field is None or not isinstance(chosen, str)):
                    raise LipError("conflict_text_needed", record=entry.title,
                                   field=entry.field_label)
                self._write_value(unit, row, current, chosen, entry)
            row.status = take
            row.decided_at = revisions.now_text()
            row.decided_by = unit.actor
            row.decided_value = _dumps(chosen)
            row.before_value = _dumps(before)
            unit.changes.updated["merge_conflict"].add(str(conflict_id))
            unit.db.flush()
            return self._entry(unit, row)

        return self._run("resolve_conflict", work)

    def reopen(self, conflict_id: int) -> Outcome[ConflictEntry]:
        """Undo of ``resolve``: put back the value this catalogue had before the decision
        (refused with ``undo_stale`` if it changed since) and reopen the conflict."""
        def work(unit: Unit) -> ConflictEntry:
            row = self._row(unit, conflict_id)
            entry = self._entry(unit, row)
            if row.status == "open":
                raise ConflictError("conflict_not_open_for_undo", conflict=conflict_id,
                                    record=entry.title, field=entry.field_label)
            conn = unit.db.connection()
            current = revisions.load_records(conn, row.record_type, [row.record_id],
                                             internal=True).get(row.record_id)
            now = (current.get(row.field) if current is not None else None) \
                if row.field is not None else current
            decided = _loads(row.decided_value)
            before = _loads(row.before_value)
            if row.status != "mine":
                if not _same_state(row, now, decided):
                    spec = SPECS[row.record_type]
                    raise ConflictError(
                        "undo_stale", record_type=spec.label, record=entry.title,
                        field=entry.field_label, field_key=row.field or "",
                        current=_shown(now))
                self._write_value(unit, row, current, before, entry)
            else:
                unit.log("update", row.record_type, row.record_id, entry.code, row.field,
                         before, before)
            row.status = "open"
            row.decided_at = row.decided_by = row.decided_value = row.before_value = None
            unit.changes.updated["merge_conflict"].add(str(conflict_id))
            unit.db.flush()
            return self._entry(unit, row)

        return self._run("reopen_conflict", work)

    def _write_value(self, unit: Unit, row: orm.ConflictRow, current: dict[str, Any] | None,
                     value: Any, entry: ConflictEntry) -> None:
        """Write a decided value: a field, a whole record (back), or a deletion."""
        rt, rid = row.record_type, row.record_id
        conn = unit.db.connection()
        if row.field is not None:
            if current is None:
                raise LipError("not_found", record_type=SPECS[rt].label, record=entry.title)
            fs = SPECS[rt].fields.get(row.field)
            if fs is not None and fs.kind is not Kind.NESTED and rt in _PLAIN_UPDATE:
                self._update(unit, rt, rid, {row.field: value})
                return
            new = {**current, row.field: value}
            self._replace(unit, rt, rid, current, new)
            return
        if value is None:  # the decision deletes the record
            if current is None:
                return
            self._delete(unit, rt, rid)
            return
        records = dict(value) if isinstance(value, dict) else {}
        if current is None:
            full: dict[str, list[dict[str, Any]]] = {t: [] for t in COLLECTIONS}
            full[rt].append(records)
            payload = _loads(row.payload) or {}
            for prt, recs in payload.items():
                full.setdefault(prt, []).extend(recs)
            lists = {t: list(revisions.load_records(conn, t, internal=True).values())
                     for t in COLLECTIONS}
            for t, recs in full.items():
                ids = {r["id"] for r in recs}
                lists[t] = [r for r in lists[t] if r["id"] not in ids] + recs
            checker = interchange.ReferenceChecker(lists, {})
            checker.run()
            if checker.problems:
                raise InterchangeError(checker.problems[:20])
            collector = interchange.write_records(conn, full, {}, unit.actor, "resolve_conflict")
            for t, ids in collector.created.items():
                unit.changes.created[t] |= ids
            unit.changes.moved = True
            return
        self._replace(unit, rt, rid, current, {**current, **records})

    def _replace(self, unit: Unit, rt: str, rid: str, current: dict[str, Any],
                 new: dict[str, Any]) -> None:
        """Rewrite one record (with nested lists) through the import's writer, after the
        import's checks over the whole catalogue."""
        conn = unit.db.connection()
        lists = {t: list(revisions.load_records(conn, t, internal=True).values())
                 for t in COLLECTIONS}
        lists[rt] = [new if r["id"] == rid else r for r in lists[rt]]
        checker = interchange.ReferenceChecker(lists, {})
        checker.run()
        if checker.problems:
            raise InterchangeError(checker.problems[:20])
        records: dict[str, list[dict[str, Any]]] = {t: [] for t in COLLECTIONS}
        records[rt].append(new)
        collector = interchange.write_records(conn, records, {rt: {rid: current}}, unit.actor,
                                              "resolve_conflict", {rt: {rid}})
        unit.changes.updated[rt] |= collector.updated.get(rt, set())


#: Record types whose plain fields are updated through the shared validated update.
_PLAIN_UPDATE = frozenset({"action_field", "strategy_section", "person", "group", "goal",
                           "measure", "indicator", "position", "terminology"})


def _same_state(row: orm.ConflictRow, now: Any, decided: Any) -> bool:
    if row.field is None:
        if decided is None or now is None:
            return decided is None and now is None
        return all(bool(revisions.plain(now.get(k)) == revisions.plain(decided.get(k)))
                   for k in SPECS[row.record_type].exchanged if k in decided)
    return bool(revisions.plain(now) == revisions.plain(decided))


def _title(record_type: str, rec: Mapping[str, Any]) -> str:
    """``BIL-M3 Sprachkurse`` or ``Person „Aylin Kaya“``: how a conflict names its record."""
    spec = SPECS[record_type]
    if not rec:
        return spec.label
    words = next((str(rec[k]) for k in ("title", "name", "label", "term", "question", "text")
                  if rec.get(k)), "")
    if len(words) > 80:
        words = words[:79] + "…"
    if rec.get("code"):
        return f"{rec['code']} {words}".strip()
    return f"{spec.label} „{words}“" if words else record_name(spec, rec)


def _shown(value: Any) -> str:
    if value in (None, ""):
        return "leer"
    if isinstance(value, dict):
        return "ein anderer Stand"
    return str(value)


def _to_learn(mine: rules.Side, src: Source, plan: rules.Plan) -> list[tuple[str, str, str]]:
    """States of the other side this catalogue does not know yet, in their order."""
    chains = mine.chains or {}
    out: list[tuple[str, str, str]] = []
    if src.side.chains is not None:
        for key, chain in src.side.chains.items():
            have = set(chains.get(key, []))
            for h in chain:
                if h not in have:
                    out.append((key[0], key[1], h))
                    have.add(h)
        return out
    for rt, rid, h in plan.learn:
        if h not in chains.get((rt, rid), []):
            out.append((rt, rid, h))
    return out


def _with_backup(report: MergeReport, backup: str) -> MergeReport:
    from dataclasses import replace  # noqa: PLC0415

    return replace(report, backup=backup)


def _by_action_field(plan: rules.Plan, result: Mapping[str, Mapping[str, dict[str, Any]]],
                     before: Mapping[str, Mapping[str, dict[str, Any]]]) -> dict[str, int]:
    """Records that came in (added, changed, deleted), by their action field."""
    fields = {**before.get("action_field", {}), **result.get("action_field", {})}
    goals = {**before.get("goal", {}), **result.get("goal", {})}
    measures = {**before.get("measure", {}), **result.get("measure", {})}

    def field_of(rt: str, rec: Mapping[str, Any]) -> str | None:
        if rt == "action_field":
            return rec.get("id")
        if rt in ("goal", "group"):
            return rec.get("action_field_id")
        if rt == "measure":
            goal = goals.get(rec.get("goal_id") or "")
            return goal.get("action_field_id") if goal else None
        if rt == "indicator":
            m = measures.get(rec.get("measure_id") or "")
            goal = goals.get(m.get("goal_id") or "") if m else None
            return goal.get("action_field_id") if goal else None
        return None

    counts: defaultdict[str, int] = defaultdict(int)
    for group in (plan.add, plan.update):
        for rt, recs in group.items():
            if rt == "catalogue":
                continue
            for rec in recs.values():
                fid = field_of(rt, rec)
                name = fields[fid]["name"] if fid in fields else "ohne Handlungsfeld"
                counts[name] += 1
    for rt, ids in plan.delete.items():
        for rid in ids:
            fid = field_of(rt, before.get(rt, {}).get(rid, {}))
            counts[fields[fid]["name"] if fid in fields else "ohne Handlungsfeld"] += 1
    return dict(counts)
