"""The catalogue's structure: catalogue info, action fields, strategy sections, goals,
measures, indicators, renumbering, and records as bundles (delete, restore, import)."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Mapping
from types import EllipsisType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from lip_desktop.model import codes, orm, portable
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import (
    ConflictError,
    LipError,
    ValidationError,
)
from lip_desktop.model.interchange import ImportReport, import_into_existing, write_records
from lip_desktop.model.records import (
    COLLECTIONS,
    SPECS,
    ActionField,
    Goal,
    Indicator,
    Measure,
    StrategySection,
    to_record,
)
from lip_desktop.model.services.base import SUBJECT_TABLES, Manager
from lip_desktop.model.services.unit import Unit
from lip_desktop.model.snapshot import load_document, record_from_row


def _integrity_reason(exc: IntegrityError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "UNIQUE" in text and "code" in text:
        return "eine Kennung ist inzwischen anders vergeben"
    return "ein verknüpfter Eintrag fehlt inzwischen"


def _as_dict(record: Any) -> dict[str, Any]:
    """A frozen record as an interchange dict (nested records and tuples as lists)."""
    def plain(value: Any) -> Any:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        return value
    out = plain(record)
    assert isinstance(out, dict)
    return out


class StructureManager(Manager):
    """Catalogue info, action fields, strategy sections, goals, measures, indicators, codes
    and whole records (get, place, delete, restore as a bundle, import)."""

    def catalogue_info(self) -> Any:
        with self.catalogue.read() as conn:
            row = conn.execute(select(orm.CatalogueRow.__table__)).mappings().one()
        return to_record("catalogue", record_from_row("catalogue", dict(row)))

    def update_catalogue(self, **changes: Any) -> Outcome[Any]:
        def work(unit: Unit) -> Any:
            return to_record("catalogue",
                             self._update(unit, "catalogue", self.catalogue.id, changes))
        return self._run("update_catalogue", work)

    def add_action_field(self, name: str, code: str | None = None, description: str = ""
                         ) -> Outcome[ActionField]:
        def work(unit: Unit) -> ActionField:
            chosen = code or codes.suggest_field_code(name, self._taken_codes(unit))
            if not codes.FIELD_CODE.match(chosen):
                raise ValidationError("bad_code", record_type="Handlungsfeld", record=name,
                                      value=chosen, field="Kürzel", field_key="code")
            values = self._create(unit, "action_field", {
                "code": chosen, "name": name, "description": description,
                "position": self._next_position(unit, "action_field", {})})
            return to_record("action_field", values)  # type: ignore[no-any-return]
        return self._run("add_action_field", work)

    def update_action_field(self, field_id: str, **changes: Any) -> Outcome[ActionField]:
        def work(unit: Unit) -> ActionField:
            if "code" in changes and not codes.FIELD_CODE.match(str(changes["code"])):
                raise ValidationError("bad_code", record_type="Handlungsfeld", record=field_id,
                                      value=changes["code"], field="Kürzel", field_key="code")
            return to_record(  # type: ignore[no-any-return]
                "action_field", self._update(unit, "action_field", field_id, changes))
        return self._run("update_action_field", work)

    def move_action_field(self, field_id: str, index: int) -> Outcome[None]:
        return self._run("move_action_field",
                         lambda unit: self._move(unit, "action_field", field_id, index, {}))

    def remove_action_field(self, field_id: str) -> Outcome[ActionField]:
        def work(unit: Unit) -> ActionField:
            row = self._get(unit, "action_field", field_id)
            goals = unit.db.scalar(select(func.count()).select_from(orm.GoalRow).where(
                orm.GoalRow.action_field_id == field_id)) or 0
            groups = unit.db.scalar(select(func.count()).select_from(orm.GroupRow).where(
                orm.GroupRow.action_field_id == field_id)) or 0
            if goals or groups:
                raise ConflictError("field_not_empty", record=row.code, goals=goals,
                                    groups=groups)
            contributions = unit.db.scalar(select(func.count()).select_from(
                orm.ContributionRow).where(orm.ContributionRow.action_field_id == field_id))
            if contributions:
                raise ConflictError("field_has_contributions", record=row.code,
                                    count=contributions)
            return to_record("action_field",  # type: ignore[no-any-return]
                             self._delete(unit, "action_field", field_id))
        return self._run("remove_action_field", work)

    def add_strategy_section(self, title: str, body: str = "") -> Outcome[StrategySection]:
        return self._add_plain("strategy_section", {"title": title, "body": body})

    def update_strategy_section(self, section_id: str, **changes: Any
                                ) -> Outcome[StrategySection]:
        return self._update_plain("strategy_section", section_id, changes)

    def move_strategy_section(self, section_id: str, index: int) -> Outcome[None]:
        return self._run("move_strategy_section",
                         lambda unit: self._move(unit, "strategy_section", section_id, index, {}))

    def remove_strategy_section(self, section_id: str) -> Outcome[StrategySection]:
        return self._remove_subject("strategy_section", section_id)

    def add_goal(self, action_field_id: str, title: str, parent_id: str | None = None,
                 *, captured_in: tuple[str, str | None] | None = None,
                 **fields: Any) -> Outcome[Goal]:
        """A new goal; ``captured_in=(session_id, agenda_item_id)`` notes that it was
        captured in that live session (the minutes list it)."""
        def work(unit: Unit) -> Goal:
            field_row = self._get(unit, "action_field", action_field_id)
            parent_code = None
            if parent_id is not None:
                parent = self._get(unit, "goal", parent_id)
                if parent.action_field_id != action_field_id:
                    raise ValidationError("parent_other_field", record=title,
                                          field_key="parent_id")
                parent_code = parent.code
            code = fields.pop("code", None) or codes.next_goal_code(
                field_row.code, parent_code, self._taken_codes(unit))
            values = self._create(unit, "goal", {
                "action_field_id": action_field_id, "parent_id": parent_id, "title": title,
                "code": code, **fields,
                "position": self._next_position(unit, "goal", {
                    "action_field_id": action_field_id, "parent_id": parent_id})})
            self._note_capture(unit, captured_in, "goal", values["id"])
            return to_record("goal", values)  # type: ignore[no-any-return]
        return self._run("add_goal", work)

    def update_goal(self, goal_id: str, **changes: Any) -> Outcome[Goal]:
        def work(unit: Unit) -> Goal:
            if "parent_id" in changes or "action_field_id" in changes:
                raise TypeError("use move_goal to change a goal's place")
            return to_record("goal", self._update(unit, "goal", goal_id, changes))  # type: ignore[no-any-return]
        return self._run("update_goal", work)

    def move_goal(self, goal_id: str, index: int,
                  parent_id: str | EllipsisType | None = ...) -> Outcome[None]:
        """Move a goal among its siblings, or under another parent of the same field
        (``parent_id=None`` makes it a top-level goal). Its code stays."""
        def work(unit: Unit) -> None:
            row = self._get(unit, "goal", goal_id)
            new_parent = row.parent_id if parent_id is ... else parent_id
            if new_parent != row.parent_id:
                if new_parent is not None:
                    parent = self._get(unit, "goal", new_parent)
                    if parent.action_field_id != row.action_field_id:
                        raise ValidationError("parent_other_field", record=row.code,
                                              field_key="parent_id")
                    cursor: str | None = new_parent
                    while cursor is not None:
                        if cursor == goal_id:
                            raise ValidationError("parent_cycle", record=row.code,
                                                  field_key="parent_id")
                        cursor = unit.db.get(orm.GoalRow, cursor).parent_id  # type: ignore[union-attr]
                unit.log("update", "goal", goal_id, row.code, "parent_id", row.parent_id,
                      new_parent)
                row.parent_id = new_parent
                row.position = 1 << 30
                unit.db.flush()
            self._move(unit, "goal", goal_id, index,
                       {"action_field_id": row.action_field_id, "parent_id": new_parent})
        return self._run("move_goal", work)

    def delete_goal(self, goal_id: str) -> Outcome[dict[str, Any]]:
        """Delete a goal with its sub-goals, measures and what hangs on them.

        Returns the removed records as an interchange-shaped bundle, which
        ``restore_bundle`` puts back (undo). Goals or measures that votes were taken on
        are not deleted: set their status to "abgelehnt" instead.
        """
        def work(unit: Unit) -> dict[str, Any]:
            self._get(unit, "goal", goal_id)
            goal_ids = self._goal_subtree(unit, goal_id)
            measure_ids = list(unit.db.scalars(select(orm.MeasureRow.id).where(
                orm.MeasureRow.goal_id.in_(goal_ids))))
            return self._delete_subjects(unit, {"goal": goal_ids, "measure": measure_ids})
        return self._run("delete_goal", work)

    def _goal_subtree(self, unit: Unit, goal_id: str) -> list[str]:
        out, frontier = [goal_id], [goal_id]
        while frontier:
            frontier = list(unit.db.scalars(select(orm.GoalRow.id).where(
                orm.GoalRow.parent_id.in_(frontier))))
            out.extend(frontier)
        return out

    def add_measure(self, goal_id: str, title: str, *,
                    captured_in: tuple[str, str | None] | None = None,
                    **fields: Any) -> Outcome[Measure]:
        """A new measure; ``captured_in`` as for ``add_goal``."""
        def work(unit: Unit) -> Measure:
            goal = self._get(unit, "goal", goal_id)
            code = fields.pop("code", None) or self._new_measure_code(unit, goal)
            values = self._create(unit, "measure", {
                "goal_id": goal_id, "title": title, "code": code, **fields,
                "position": self._next_position(unit, "measure", {"goal_id": goal_id})})
            self._note_capture(unit, captured_in, "measure", values["id"])
            return to_record("measure", values)  # type: ignore[no-any-return]
        return self._run("add_measure", work)

    def _note_capture(self, unit: Unit, captured_in: tuple[str, str | None] | None,
                      record_type: str, record_id: str) -> None:
        """Note in the session's history that the record was captured there (read by
        ``MeetingsManager.captured_records`` for the minutes)."""
        if captured_in is None:
            return
        meeting_id, item_id = captured_in
        meeting: orm.MeetingRow = self._get(unit, "session", meeting_id)
        if meeting.status == "closed":
            raise ConflictError("session_closed", record=meeting.title)
        unit.log("update", "session", meeting_id, None, "captured", None,
                 {"record_type": record_type, "record_id": record_id,
                  "agenda_item_id": item_id})

    def _new_measure_code(self, unit: Unit, goal: orm.GoalRow) -> str:
        field_code = unit.db.get(orm.ActionFieldRow, goal.action_field_id).code  # type: ignore[union-attr]
        ordinal = 1 + (unit.db.scalar(select(func.count()).select_from(orm.GoalRow).where(
            orm.GoalRow.action_field_id == goal.action_field_id,
            orm.GoalRow.position < goal.position)) or 0)
        return codes.next_measure_code(field_code, goal.code, ordinal, self._taken_codes(unit))

    def update_measure(self, measure_id: str, **changes: Any) -> Outcome[Measure]:
        def work(unit: Unit) -> Measure:
            if "goal_id" in changes:
                raise TypeError("use move_measure to change a measure's goal")
            return to_record("measure", self._update(unit, "measure", measure_id, changes))  # type: ignore[no-any-return]
        return self._run("update_measure", work)

    def move_measure(self, measure_id: str, goal_id: str, index: int) -> Outcome[None]:
        """Move a measure to ``index`` under ``goal_id`` (the same or another goal).
        Its code stays: drafts and spreadsheets cite it."""
        def work(unit: Unit) -> None:
            row = self._get(unit, "measure", measure_id)
            if row.goal_id != goal_id:
                self._get(unit, "goal", goal_id)
                unit.log("update", "measure", measure_id, row.code, "goal_id", row.goal_id, goal_id)
                row.goal_id = goal_id
                row.position = 1 << 30
                unit.db.flush()
            self._move(unit, "measure", measure_id, index, {"goal_id": goal_id})
        return self._run("move_measure", work)

    def duplicate_measure(self, measure_id: str) -> Outcome[Measure]:
        """A copy below the original with a new code, its indicators copied too."""
        def work(unit: Unit) -> Measure:
            row = self._get(unit, "measure", measure_id)
            values = self._values("measure", row)
            goal = self._get(unit, "goal", row.goal_id)
            values.update(id=str(uuid.uuid4()), code=self._new_measure_code(unit, goal),
                          title=f"{values['title']} (Kopie)", steering_decision=None,
                          steering_note="", status="draft",
                          position=self._next_position(unit, "measure", {"goal_id": row.goal_id}))
            copy = self._create(unit, "measure", values)
            for ind in unit.db.scalars(select(orm.IndicatorRow).where(
                    orm.IndicatorRow.measure_id == measure_id).order_by(orm.IndicatorRow.position)):
                iv = self._values("indicator", ind)
                iv.update(id=str(uuid.uuid4()), measure_id=copy["id"])
                self._create(unit, "indicator", iv)
            siblings = list(unit.db.scalars(select(orm.MeasureRow.id).where(
                orm.MeasureRow.goal_id == row.goal_id).order_by(orm.MeasureRow.position,
                                                                orm.MeasureRow.id)))
            # by list index, not position: positions may have gaps after deletions
            self._move(unit, "measure", copy["id"], siblings.index(measure_id) + 1,
                       {"goal_id": row.goal_id})
            placed = self._get(unit, "measure", copy["id"]).position
            return to_record("measure", {**copy, "position": placed})  # type: ignore[no-any-return]
        return self._run("duplicate_measure", work)

    def delete_measure(self, measure_id: str) -> Outcome[dict[str, Any]]:
        """Delete a measure with its indicators, positions, compromises and comments;
        returns the bundle for ``restore_bundle`` (undo)."""
        def work(unit: Unit) -> dict[str, Any]:
            self._get(unit, "measure", measure_id)
            return self._delete_subjects(unit, {"goal": [], "measure": [measure_id]})
        return self._run("delete_measure", work)

    def _delete_subjects(self, unit: Unit, ids: Mapping[str, list[str]]) -> dict[str, Any]:
        conn = unit.db.connection()
        goal_ids, measure_ids = set(ids["goal"]), set(ids["measure"])
        # Only the deleted goals, measures and indicators are read, not all 21,000.
        doc = load_document(conn, internal=True, goal_ids=goal_ids, measure_ids=measure_ids)
        subjects = goal_ids | measure_ids
        comps = [c for c in doc["compromises"] if c["subject_id"] in subjects]
        comp_ids = {c["id"] for c in comps}
        while more := [c for c in doc["compromises"]  # compromises on those compromises
                       if c["subject_id"] in comp_ids and c["id"] not in comp_ids]:
            comps += more
            comp_ids |= {c["id"] for c in more}
        targets = subjects | comp_ids  # everything whose references go with the deletion
        for v in doc["votes"]:
            linked = {v.get("subject_id")} | {o.get("subject_id") for o in v["options"]}
            if linked & targets:
                raise ConflictError("subject_has_votes", record=v["question"][:60])
        positions = [p for p in doc["positions"] if p["subject_id"] in targets]
        for c in doc["compromises"]:  # a compromise that stays must keep its positions
            held = [p for p in positions if p["id"] in c["position_ids"]]
            if held and c["id"] not in comp_ids:
                raise ConflictError("subject_in_use", record=held[0]["text"][:60])
        bundle: dict[str, Any] = {
            "goals": [g for g in doc["goals"] if g["id"] in goal_ids],
            "measures": [m for m in doc["measures"] if m["id"] in measure_ids],
            "indicators": [i for i in doc["indicators"] if i["measure_id"] in measure_ids],
            # Yearly records go with their measure and come back with it on undo.
            "progress_reports": [r for r in doc["progress_reports"]
                                 if r["measure_id"] in measure_ids],
            "indicator_values": [v for v in doc["indicator_values"]
                                 if v["indicator_id"] in {i["id"] for i in doc["indicators"]
                                                          if i["measure_id"] in measure_ids}],
            "positions": positions,
            "compromises": comps,
            "review_comments": [c for c in doc["review_comments"]
                                if c["subject_id"] in targets],
            "agenda_links": [
                {"session_id": s["id"], "item_id": a["id"], "subject_type": a["subject_type"],
                 "subject_id": a["subject_id"]}
                for s in doc["sessions"] for a in s["agenda"] if a["subject_id"] in targets],
            # Decisions and parked topics stay; they lose the link (undo puts it back), so
            # that an export never names a deleted record and imports again.
            "decision_links": [
                {"id": d["id"], "subject_type": d["subject_type"],
                 "subject_id": d["subject_id"]}
                for d in doc["decisions"] if d["subject_id"] in targets],
            "parking_links": [
                {"id": p["id"], "status": p["status"], "converted_type": p["converted_type"],
                 "converted_id": p["converted_id"]}
                for p in doc["parking_items"] if p["converted_id"] in subjects],
            # Contributions that fed a deleted goal or measure are open ("new") again.
            "contribution_links": [
                {"id": c["id"], "status": c["status"], "subject_type": c["subject_type"],
                 "subject_id": c["subject_id"]}
                for c in doc["contributions"] if c["subject_id"] in subjects],
        }
        for link in bundle["agenda_links"]:
            item = unit.db.get(orm.AgendaItemRow, link["item_id"])
            if item is not None:
                unit.log("update", "agenda_item", item.id, None, "subject_id", item.subject_id,
                         None)
                item.subject_type = None
                item.subject_id = None
                unit.changes.updated["session"].add(link["session_id"])
        for link in bundle["decision_links"]:
            decision = unit.db.get(orm.DecisionRow, link["id"])
            if decision is not None:
                unit.log("update", "decision", decision.id, None, "subject_id",
                         decision.subject_id, None)
                decision.subject_type = decision.subject_id = None
                unit.changes.updated["session"].add(decision.session_id)
        for link in bundle["parking_links"]:
            parked = unit.db.get(orm.ParkingItemRow, link["id"])
            if parked is not None:  # the topic is open again: what it became is gone
                unit.log("update", "parking_item", parked.id, None, "status", parked.status,
                         "open")
                parked.status = "open"
                parked.converted_type = parked.converted_id = None
                unit.changes.updated["session"].add(parked.session_id)
        for link in bundle["contribution_links"]:
            fed = unit.db.get(orm.ContributionRow, link["id"])
            if fed is not None:
                unit.log("update", "contribution", fed.id, None, "status", fed.status, "new")
                fed.status = "new"
                fed.subject_type = fed.subject_id = None
                unit.changes.updated["contribution"].add(fed.id)
        for rc in bundle["review_comments"]:
            self._delete(unit, "review_comment", rc["id"])
        for c in comps:
            self._delete(unit, "compromise", c["id"])
        for p in bundle["positions"]:
            self._delete(unit, "position", p["id"])
        for v in bundle["indicator_values"]:
            self._delete(unit, "indicator_value", v["id"])
        for r in bundle["progress_reports"]:
            self._delete(unit, "progress_report", r["id"])
        for i in bundle["indicators"]:
            self._delete(unit, "indicator", i["id"])
        for m in bundle["measures"]:
            self._delete(unit, "measure", m["id"])
        for g in reversed(bundle["goals"]):  # document order is parents first
            self._delete(unit, "goal", g["id"])
        unit.changes.moved = True
        return bundle

    def _remove_subject(self, record_type: str, record_id: str) -> Outcome[Any]:
        def work(unit: Unit) -> Any:
            self._assert_subject_unused(unit, record_id)
            return to_record(record_type, self._delete(unit, record_type, record_id))
        return self._run(f"remove_{record_type}", work)

    def _assert_subject_unused(self, unit: Unit, record_id: str) -> None:
        """Refuse removing a record that positions, compromises, comments, votes, vote
        options or agenda items still name as their subject (no dangling references)."""
        for cls in (orm.PositionRow, orm.CompromiseRow, orm.ReviewCommentRow,
                    orm.VoteRow, orm.VoteOptionRow, orm.AgendaItemRow, orm.DecisionRow):
            if unit.db.scalar(select(func.count()).select_from(cls).where(
                    cls.subject_id == record_id)):
                raise ConflictError("subject_in_use", record=record_id)

    def restore_bundle(self, bundle: Mapping[str, Any]) -> Outcome[ImportReport]:
        """Put back what a deletion removed (undo): same ids, same codes, same links.

        The records came out of this catalogue, so they are written back directly; what
        may have changed since (the goal a measure belonged to was deleted, a referenced
        record is gone) is caught by the foreign keys and a subject check, and the undo
        is then refused as a whole. Fast at 21,000 measures: nothing else is read.
        """
        def work(unit: Unit) -> ImportReport:
            conn = unit.db.connection()
            unit.db.flush()
            records = {record_type: [dict(r) for r in bundle.get(SPECS[record_type].json_key, [])]
                       for record_type in COLLECTIONS}
            self._check_restored_subjects(unit, records)
            try:
                collector = write_records(conn, records, {}, unit.actor, "restore")
            except IntegrityError as exc:
                raise ConflictError("restore_conflict", reason=_integrity_reason(exc)) from None
            # SQLite defers the references of this write (see write_records); PostgreSQL
            # checked each one at once, and a missing one raised above.
            for record_type, recs in records.items():
                if not recs or portable.is_postgresql(conn):
                    continue
                table = orm.TABLES[record_type].__table__.name  # type: ignore[attr-defined]
                if conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').fetchall():
                    raise ConflictError("restore_conflict",
                                        reason="ein verknüpfter Eintrag fehlt inzwischen")
            for link in bundle.get("agenda_links", []):
                item = unit.db.get(orm.AgendaItemRow, link["item_id"])
                if item is not None:
                    item.subject_type = link["subject_type"]
                    item.subject_id = link["subject_id"]
                    unit.changes.updated["session"].add(link["session_id"])
            for link in bundle.get("decision_links", []):
                decision = unit.db.get(orm.DecisionRow, link["id"])
                if decision is not None:
                    decision.subject_type = link["subject_type"]
                    decision.subject_id = link["subject_id"]
                    unit.changes.updated["session"].add(decision.session_id)
            for link in bundle.get("parking_links", []):
                parked = unit.db.get(orm.ParkingItemRow, link["id"])
                if parked is not None:
                    parked.status = link["status"]
                    parked.converted_type = link["converted_type"]
                    parked.converted_id = link["converted_id"]
                    unit.changes.updated["session"].add(parked.session_id)
            for link in bundle.get("contribution_links", []):
                fed = unit.db.get(orm.ContributionRow, link["id"])
                if fed is not None:
                    fed.status = link["status"]
                    fed.subject_type = link["subject_type"]
                    fed.subject_id = link["subject_id"]
                    unit.changes.updated["contribution"].add(fed.id)
            changes = collector.freeze()
            for record_type, ids in changes.created.items():
                unit.changes.created[record_type].update(ids)
            unit.changes.moved = True
            report = ImportReport(created={record_type: len(recs)
                                           for record_type, recs in records.items()})
            report.changes = changes
            return report
        return self._run("restore", work)

    def _check_restored_subjects(self, unit: Unit, records: Mapping[str, list[dict[str, Any]]]
                                 ) -> None:
        """Positions, compromises and comments come back only onto existing subjects."""
        coming = {record_type: {r["id"] for r in recs} for record_type, recs in records.items()}
        for record_type in ("position", "compromise", "review_comment"):
            for rec in records.get(record_type, []):
                st, sid = rec.get("subject_type"), rec.get("subject_id")
                if st is None or sid in coming.get(st, set()):
                    continue
                if unit.db.get(SUBJECT_TABLES[st], sid) is None:
                    raise ConflictError("restore_conflict",
                                        reason=f"{SPECS[st].label} {sid} gibt es nicht mehr")

    def get_record(self, record_type: str, record_id: str) -> Any:
        """The frozen record of any type (with nested lists for sessions, compromises,
        groups and votes)."""
        with self._read() as unit:
            return self._record(unit, record_type, record_id)

    def _record(self, unit: Unit, record_type: str, record_id: str) -> Any:
        if record_type == "session":
            return self._service.meetings._meeting(unit, record_id)
        if record_type == "compromise":
            return self._service.negotiation._compromise(unit, record_id)
        if record_type == "vote":
            return self._service.votes._vote_state(unit, record_id).vote
        values = self._values(record_type, self._get(unit, record_type, record_id))
        if record_type == "group":
            values["members"] = tuple(
                to_record("membership", {"person_id": m.person_id, "role": m.role})
                for m in unit.db.scalars(select(orm.MembershipRow).where(
                    orm.MembershipRow.group_id == record_id).order_by(orm.MembershipRow.position)))
        return to_record(record_type, values)

    def place_of(self, record_type: str, record_id: str) -> tuple[str | None, int]:
        """(parent id, index among siblings) of a measure, goal, field or section."""
        with self._read() as unit:
            row = self._get(unit, record_type, record_id)
            cls = orm.TABLES[record_type]
            stmt = select(cls.id).order_by(cls.position, cls.id)  # type: ignore[attr-defined]
            parent: str | None = None
            if record_type == "measure":
                parent = row.goal_id
                stmt = stmt.where(orm.MeasureRow.goal_id == parent)
            elif record_type == "goal":
                parent = row.parent_id
                stmt = stmt.where(orm.GoalRow.action_field_id == row.action_field_id,
                                  orm.GoalRow.parent_id.is_(None) if parent is None
                                  else orm.GoalRow.parent_id == parent)
            ids = list(unit.db.scalars(stmt))
            return parent, ids.index(record_id)

    def delete_record(self, record_type: str, record_id: str) -> Outcome[dict[str, Any]]:
        """Delete any record the UI can delete; the value is the bundle that
        ``restore_bundle`` needs to undo it."""
        if record_type == "goal":
            return self.delete_goal(record_id)
        if record_type == "measure":
            return self.delete_measure(record_id)
        record = self.get_record(record_type, record_id)
        values = _as_dict(record)
        remove: dict[str, Callable[[str], Outcome[Any]]] = {
            "indicator": self.remove_indicator,
            "position": self._service.negotiation.remove_position,
            "compromise": self._service.negotiation.remove_compromise,
            "review_comment": self._service.review.remove_review_comment,
            "strategy_section": self.remove_strategy_section,
            "person": self._service.people.remove_person,
            "terminology": self._service.people.remove_term_rule,
            "action_field": self.remove_action_field,
            "group": self._service.people.remove_group,
            "indicator_value": self._service.implementation.remove_indicator_value,
            "progress_report": self._service.implementation.remove_progress_report,
        }
        bundle: dict[str, Any] = {SPECS[record_type].json_key: [values]}
        if record_type == "indicator":  # its yearly values go with it and come back on undo
            bundle["indicator_values"] = [
                _as_dict(v) for v in self._service.implementation.indicator_values(record_id)]
        outcome = remove[record_type](record_id)
        return Outcome(bundle, outcome.changes)

    def add_indicator(self, measure_id: str, name: str, **fields: Any) -> Outcome[Indicator]:
        def work(unit: Unit) -> Indicator:
            values = self._create(unit, "indicator", {
                "measure_id": measure_id, "name": name, **fields,
                "position": self._next_position(unit, "indicator", {"measure_id": measure_id})})
            unit.changes.updated["measure"].add(measure_id)
            return to_record("indicator", values)  # type: ignore[no-any-return]
        return self._run("add_indicator", work)

    def update_indicator(self, indicator_id: str, **changes: Any) -> Outcome[Indicator]:
        return self._update_plain("indicator", indicator_id, changes)

    def remove_indicator(self, indicator_id: str) -> Outcome[Indicator]:
        def work(unit: Unit) -> Indicator:
            for value_id in list(unit.db.scalars(select(orm.IndicatorValueRow.id).where(
                    orm.IndicatorValueRow.indicator_id == indicator_id))):
                self._delete(unit, "indicator_value", value_id)  # in the history, too
            values = self._delete(unit, "indicator", indicator_id)
            unit.changes.updated["measure"].add(values["measure_id"])
            return to_record("indicator", values)  # type: ignore[no-any-return]
        return self._run("remove_indicator", work)

    def renumber(self, action_field_id: str | None = None) -> Outcome[int]:
        """Renumber goal and measure codes by their order (one field or all).

        The only operation that changes codes: exported drafts and lists cite the old
        ones, so the UI asks before calling it. Returns how many codes changed.
        """
        def work(unit: Unit) -> int:
            fields = list(unit.db.scalars(select(orm.ActionFieldRow).order_by(
                orm.ActionFieldRow.position)))
            if action_field_id is not None:
                fields = [f for f in fields if f.id == action_field_id]
                if not fields:
                    raise LipError("not_found", record_type="Handlungsfeld",
                                   record=action_field_id)
            plan: dict[tuple[str, str], tuple[Any, str]] = {}
            for f in fields:
                goals = list(unit.db.scalars(select(orm.GoalRow).where(
                    orm.GoalRow.action_field_id == f.id).order_by(orm.GoalRow.position,
                                                                   orm.GoalRow.code)))
                children: dict[str | None, list[orm.GoalRow]] = {}
                for g in goals:
                    children.setdefault(g.parent_id, []).append(g)

                def walk(parent: str | None, prefix: str, f: orm.ActionFieldRow = f,
                         children: dict[str | None, list[orm.GoalRow]] = children) -> None:
                    for n, g in enumerate(children.get(parent, []), start=1):
                        path = f"{prefix}{n}"
                        plan[("goal", g.id)] = (g, f"{f.code}-Z{path}")
                        measures = unit.db.scalars(select(orm.MeasureRow).where(
                            orm.MeasureRow.goal_id == g.id).order_by(orm.MeasureRow.position,
                                                                      orm.MeasureRow.code))
                        for k, m in enumerate(measures, start=1):
                            plan[("measure", m.id)] = (m, f"{f.code}-M{path}.{k}")
                        walk(g.id, f"{path}.", f, children)

                walk(None, "")
            changed = {key: v for key, v in plan.items() if v[0].code != v[1]}
            old_codes = {key: obj.code for key, (obj, _code) in changed.items()}
            for (_rt, record_id), (obj, _code) in changed.items():  # two phases: codes stay unique
                obj.code = f"~{record_id}"
            unit.db.flush()
            for (record_type, record_id), (obj, code) in changed.items():
                self._check_code(unit, record_type, record_id, code)
                unit.log("update", record_type, record_id, code, "code",
                         old_codes[(record_type, record_id)], code)
                obj.code = code
                unit.changes.updated[record_type].add(record_id)
            unit.db.flush()
            return len(changed)
        return self._run("renumber", work)

    def import_document(self, doc: Any, progress: Callable[[int, int], bool] | None = None
                        ) -> Outcome[ImportReport]:
        """Merge an interchange document into this catalogue (all or nothing); ``progress``
        as in :func:`import_into_existing` (``False``: cancelled, nothing written)."""
        def work(unit: Unit) -> ImportReport:
            report = import_into_existing(unit.db, doc, unit.actor, progress=progress)
            for group, target in ((report.changes.created, unit.changes.created),
                                  (report.changes.updated, unit.changes.updated)):
                for record_type, ids in group.items():
                    target[record_type].update(ids)
            unit.changes.moved = report.changes.moved
            return report
        return self._run("import", work)
