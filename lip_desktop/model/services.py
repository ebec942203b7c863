"""Intention-named operations on a catalogue: one call, one transaction, one history entry.

The UI and the command line call these and nothing else to change a catalogue (Anki's
collection operations are the model). Each returns an ``Outcome``: a frozen record and a
``Changes`` summary. Every field change is written to the change history with who, when,
old and new value. Validation goes through ``records.clean_record``; a refused change
raises a typed ``LipError`` and leaves the catalogue as it was.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from types import EllipsisType
from typing import Any, TypeVar, cast

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lip_desktop.model import codes, enums, live, orm, voting
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.changes import ChangeCollector, Changes, Outcome
from lip_desktop.model.errors import (
    ConflictError,
    InterchangeError,
    LipError,
    ValidationError,
    VoteRuleError,
)
from lip_desktop.model.interchange import ImportReport, import_into_existing, write_records
from lip_desktop.model.records import (
    COLLECTIONS,
    SPECS,
    ActionField,
    Compromise,
    Goal,
    Indicator,
    Kind,
    Measure,
    Meeting,
    NegotiationPosition,
    Person,
    ReviewComment,
    StrategySection,
    TermRuleRecord,
    Vote,
    clean_record,
    record_name,
    to_record,
)
from lip_desktop.model.snapshot import ballot_dict, load_document, record_from_row

R = TypeVar("R")

_SUBJECT_TABLES: dict[str, type[orm.Base]] = {
    "goal": orm.GoalRow,
    "measure": orm.MeasureRow,
    "compromise": orm.CompromiseRow,
    "strategy_section": orm.StrategySectionRow,
}
#: Record types whose ``position`` orders them among siblings, with the sibling key.
_SIBLINGS: dict[str, str | None] = {
    "action_field": None, "strategy_section": None, "person": None, "group": None,
    "goal": "parent", "measure": "goal_id", "indicator": "measure_id", "position": None,
    "compromise": None, "vote": "session_id", "review_comment": None, "terminology": None,
}


def _now() -> str:
    return datetime.now().replace(microsecond=0).isoformat(timespec="seconds")


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


@dataclass(slots=True)
class _Unit:
    """State of one running operation: its session and what it changed."""

    session: Session
    actor: str
    operation: str
    changes: ChangeCollector
    at: str

    def log(self, action: str, rt: str, rid: str, code: str | None, key: str | None = None,
            old: Any = None, new: Any = None) -> None:
        self.session.add(orm.ChangeRow(
            at=self.at, actor=self.actor, operation=self.operation, action=action,
            record_type=rt, record_id=rid, record_code=code, field=key,
            old=None if old is None else json.dumps(_jsonable(old), ensure_ascii=False),
            new=None if new is None else json.dumps(_jsonable(new), ensure_ascii=False)))


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: str
    actor: str
    operation: str
    action: str
    record_type: str
    record_id: str
    record_code: str | None
    field: str | None
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class ReviewCommentIn:
    """A comment read from a reviewed Word draft, already traced to its record."""

    subject_type: str
    subject_id: str
    author: str
    created_at: str | None
    text: str


@dataclass(frozen=True, slots=True)
class ReviewImportSummary:
    added: Mapping[str, int]  # per subject type
    already_known: int
    orphaned: int  # no such record: commented outside the sections, or deleted since
    empty: int

    def summary(self) -> str:
        parts = [SPECS[rt].count(n) for rt, n in sorted(self.added.items())]
        text = f"{sum(self.added.values())} Kommentare übernommen"
        if parts:
            text += " (zu " + ", ".join(parts) + ")"
        if self.already_known:
            text += f"; {self.already_known} waren schon übernommen"
        if self.orphaned:
            text += (f"; {self.orphaned} ließen sich keinem Eintrag zuordnen (außerhalb der "
                     "Abschnitte kommentiert oder Eintrag inzwischen gelöscht)")
        return text + "."


@dataclass(frozen=True, slots=True)
class SteeringDecisionIn:
    """One row of a returned measure list: ``decision`` is an English key or None."""

    row: int
    code: str
    decision: str | None
    note: str | None


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


@dataclass(frozen=True, slots=True)
class ParkingItem:
    id: str
    session_id: str
    text: str
    created_at: str
    status: str  # open / converted / dropped
    converted_type: str | None
    converted_id: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    session_id: str
    agenda_item_id: str | None
    text: str
    subject_type: str | None
    subject_id: str | None
    vote_id: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class LiveState:
    meeting: Meeting
    attendance: live.AttendanceSummary
    timing: live.AgendaTiming
    current_item: Any  # AgendaItem or None


def _parking(row: orm.ParkingItemRow) -> ParkingItem:
    return ParkingItem(row.id, row.session_id, row.text, row.created_at, row.status,
                       row.converted_type, row.converted_id)


def _decision(row: orm.DecisionRow) -> Decision:
    return Decision(row.id, row.session_id, row.agenda_item_id, row.text, row.subject_type,
                    row.subject_id, row.vote_id, row.created_at)


_REVIEW_NS = uuid.UUID("6f1c1a3e-2b1d-4c38-9a57-2f0c8e0b5a11")


@dataclass(frozen=True, slots=True)
class VoteState:
    """A vote with its live (or frozen) result and who may vote."""

    vote: Vote
    voters: tuple[voting.Voter, ...]


class CatalogueService:
    """All operations that change a catalogue, plus the reads the UI needs."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    # --- plumbing ----------------------------------------------------------------------

    @contextmanager
    def _unit(self, operation: str) -> Iterator[_Unit]:
        with self.catalogue.unit() as session:
            yield _Unit(session, self.catalogue.actor, operation, ChangeCollector(), _now())

    @contextmanager
    def _read(self) -> Iterator[_Unit]:
        """A consistent read: no write lock, and the catalogue is not marked as changed
        (the projector and the session screen read often)."""
        with self.catalogue.read() as conn, Session(bind=conn) as session:
            yield _Unit(session, self.catalogue.actor, "read", ChangeCollector(), _now())

    def _run(self, operation: str, work: Callable[[_Unit], R]) -> Outcome[R]:
        with self._unit(operation) as u:
            value = work(u)
            changes = u.changes.freeze()
        return Outcome(value, changes)

    @staticmethod
    def _values(rt: str, row: orm.Base) -> dict[str, Any]:
        return record_from_row(rt, {c: getattr(row, c, None) for c in SPECS[rt].fields})

    def _get(self, u: _Unit, rt: str, rid: str) -> Any:
        row = u.session.get(orm.TABLES[rt], rid)
        if row is None:
            raise LipError("not_found", record_type=SPECS[rt].label, record=rid)
        return row

    def _taken_codes(self, u: _Unit) -> set[str]:
        """Codes in use and codes ever given: a deleted record's code is not handed out
        again, since drafts and spreadsheets may still cite it."""
        taken: set[str] = set()
        for cls in (orm.ActionFieldRow, orm.GoalRow, orm.MeasureRow):
            taken.update(u.session.scalars(select(cls.code)))
        taken.update(c for c in u.session.scalars(
            select(orm.ChangeRow.record_code).where(
                orm.ChangeRow.record_type.in_(("goal", "measure")),
                orm.ChangeRow.record_code.is_not(None)).distinct()) if c)
        return taken

    def _check_code(self, u: _Unit, rt: str, rid: str, code: str) -> None:
        for cls, other_rt in ((orm.ActionFieldRow, "action_field"), (orm.GoalRow, "goal"),
                              (orm.MeasureRow, "measure")):
            owner = u.session.scalar(
                select(cls.id).where(cls.code == code))
            if owner is not None and owner != rid:
                raise LipError("duplicate_code", value=code,
                               first=f"{SPECS[other_rt].label} {code}",
                               second=f"{SPECS[rt].label} {rid}")

    def _check_subject(self, u: _Unit, rt: str, values: Mapping[str, Any]) -> None:
        st, sid = values.get("subject_type"), values.get("subject_id")
        if st is None and sid is None:
            return
        if st is None or sid is None or u.session.get(_SUBJECT_TABLES[st], sid) is None:
            raise ValidationError("dangling", record_type=SPECS[rt].label,
                                  record=record_name(SPECS[rt], values), field="Bezug",
                                  field_key="subject_id",
                                  target=SPECS[st].label if st else "?", target_id=sid)

    def _check_refs(self, u: _Unit, rt: str, values: Mapping[str, Any]) -> None:
        spec = SPECS[rt]
        targets = {"action_field": orm.ActionFieldRow, "goal": orm.GoalRow,
                   "measure": orm.MeasureRow, "person": orm.PersonRow,
                   "group": orm.GroupRow, "session": orm.MeetingRow}
        for key, fs in spec.fields.items():
            if fs.kind is not Kind.REF or fs.ref not in targets:
                continue
            value = values.get(key)
            if value is not None and u.session.get(targets[fs.ref], value) is None:
                raise ValidationError("dangling", record_type=spec.label,
                                      record=record_name(spec, values), field=fs.label,
                                      field_key=key, target=SPECS[fs.ref].label,
                                      target_id=value)
        if "subject_type" in spec.fields:
            self._check_subject(u, rt, values)

    def _next_position(self, u: _Unit, rt: str, where: Mapping[str, Any]) -> int:
        cls = orm.TABLES[rt]
        stmt = select(func.max(cls.position))  # type: ignore[attr-defined]
        for key, value in where.items():
            col = getattr(cls, key)
            stmt = stmt.where(col.is_(None) if value is None else col == value)
        top = u.session.scalar(stmt)
        return 0 if top is None else int(top) + 1

    def _create(self, u: _Unit, rt: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        values = clean_record(rt, {"id": str(uuid.uuid4()), **raw})
        self._check_refs(u, rt, values)
        if values.get("code"):
            self._check_code(u, rt, values["id"], values["code"])
        cls = orm.TABLES[rt]
        columns = {c.name for c in cls.__table__.columns}
        u.session.add(cls(**{k: _jsonable(v) for k, v in values.items() if k in columns}))
        u.session.flush()
        u.changes.created[rt].add(values["id"])
        u.log("create", rt, values["id"], values.get("code"), None, None,
              {k: v for k, v in values.items() if k in SPECS[rt].exchanged})
        return values

    def _update(self, u: _Unit, rt: str, rid: str, changes: Mapping[str, Any]
                ) -> dict[str, Any]:
        spec = SPECS[rt]
        unknown = [k for k in changes if k not in spec.fields or k == "id"
                   or spec.fields[k].kind is Kind.NESTED]
        if unknown:
            raise TypeError(f"{rt}: cannot update {unknown}")
        row = self._get(u, rt, rid)
        before = self._values(rt, row)
        after = clean_record(rt, {**before, **changes})
        self._check_refs(u, rt, after)
        if after.get("code") and after.get("code") != before.get("code"):
            self._check_code(u, rt, rid, after["code"])
        for key in changes:
            old, new = _jsonable(before.get(key)), _jsonable(after.get(key))
            if old == new:
                continue
            setattr(row, key, new)
            u.log("update", rt, rid, after.get("code"), key, old, new)
            u.changes.updated[rt].add(rid)
            if key == "position" or key.endswith("_id"):
                u.changes.moved = True
        u.session.flush()
        return after

    def _delete(self, u: _Unit, rt: str, rid: str) -> dict[str, Any]:
        row = self._get(u, rt, rid)
        before = self._values(rt, row)
        u.session.delete(row)
        u.session.flush()
        u.changes.deleted[rt].add(rid)
        u.log("delete", rt, rid, before.get("code"), None,
              {k: v for k, v in before.items() if k in SPECS[rt].exchanged}, None)
        return before

    def _move(self, u: _Unit, rt: str, rid: str, index: int,
              siblings_where: Mapping[str, Any]) -> None:
        """Put a record at ``index`` among its siblings and renumber their positions."""
        cls = orm.TABLES[rt]
        stmt = select(cls)
        for key, value in siblings_where.items():
            col = getattr(cls, key)
            stmt = stmt.where(col.is_(None) if value is None else col == value)
        rows = list(u.session.scalars(stmt.order_by(cls.position, cls.id)))  # type: ignore[attr-defined]
        moving = next((r for r in rows if r.id == rid), None)  # type: ignore[attr-defined]
        if moving is None:
            raise LipError("not_found", record_type=SPECS[rt].label, record=rid)
        rows.remove(moving)
        rows.insert(max(0, min(index, len(rows))), moving)
        for pos, r in enumerate(rows):
            if r.position != pos:  # type: ignore[attr-defined]
                u.log("update", rt, r.id, getattr(r, "code", None), "position",  # type: ignore[attr-defined]
                      r.position, pos)  # type: ignore[attr-defined]
                r.position = pos  # type: ignore[attr-defined]
                u.changes.updated[rt].add(r.id)  # type: ignore[attr-defined]
        u.changes.moved = True
        u.session.flush()

    # --- catalogue ---------------------------------------------------------------------

    def catalogue_info(self) -> Any:
        with self.catalogue.read() as conn:
            row = conn.execute(select(orm.CatalogueRow.__table__)).mappings().one()
        return to_record("catalogue", record_from_row("catalogue", dict(row)))

    def update_catalogue(self, **changes: Any) -> Outcome[Any]:
        def work(u: _Unit) -> Any:
            return to_record("catalogue",
                             self._update(u, "catalogue", self.catalogue.id, changes))
        return self._run("update_catalogue", work)

    # --- action fields -----------------------------------------------------------------

    def add_action_field(self, name: str, code: str | None = None, description: str = ""
                         ) -> Outcome[ActionField]:
        def work(u: _Unit) -> ActionField:
            chosen = code or codes.suggest_field_code(name, self._taken_codes(u))
            if not codes.FIELD_CODE.match(chosen):
                raise ValidationError("bad_code", record_type="Handlungsfeld", record=name,
                                      value=chosen, field="Kürzel", field_key="code")
            values = self._create(u, "action_field", {
                "code": chosen, "name": name, "description": description,
                "position": self._next_position(u, "action_field", {})})
            return to_record("action_field", values)  # type: ignore[no-any-return]
        return self._run("add_action_field", work)

    def update_action_field(self, field_id: str, **changes: Any) -> Outcome[ActionField]:
        def work(u: _Unit) -> ActionField:
            if "code" in changes and not codes.FIELD_CODE.match(str(changes["code"])):
                raise ValidationError("bad_code", record_type="Handlungsfeld", record=field_id,
                                      value=changes["code"], field="Kürzel", field_key="code")
            return to_record(  # type: ignore[no-any-return]
                "action_field", self._update(u, "action_field", field_id, changes))
        return self._run("update_action_field", work)

    def move_action_field(self, field_id: str, index: int) -> Outcome[None]:
        return self._run("move_action_field",
                         lambda u: self._move(u, "action_field", field_id, index, {}))

    def remove_action_field(self, field_id: str) -> Outcome[ActionField]:
        def work(u: _Unit) -> ActionField:
            row = self._get(u, "action_field", field_id)
            goals = u.session.scalar(select(func.count()).select_from(orm.GoalRow).where(
                orm.GoalRow.action_field_id == field_id)) or 0
            groups = u.session.scalar(select(func.count()).select_from(orm.GroupRow).where(
                orm.GroupRow.action_field_id == field_id)) or 0
            if goals or groups:
                raise ConflictError("field_not_empty", record=row.code, goals=goals,
                                    groups=groups)
            return to_record("action_field",  # type: ignore[no-any-return]
                             self._delete(u, "action_field", field_id))
        return self._run("remove_action_field", work)

    # --- strategy part, people, terminology: plain records -------------------------------

    def add_strategy_section(self, title: str, body: str = "") -> Outcome[StrategySection]:
        return self._add_plain("strategy_section", {"title": title, "body": body})

    def update_strategy_section(self, section_id: str, **changes: Any
                                ) -> Outcome[StrategySection]:
        return self._update_plain("strategy_section", section_id, changes)

    def move_strategy_section(self, section_id: str, index: int) -> Outcome[None]:
        return self._run("move_strategy_section",
                         lambda u: self._move(u, "strategy_section", section_id, index, {}))

    def remove_strategy_section(self, section_id: str) -> Outcome[StrategySection]:
        return self._remove_subject("strategy_section", section_id)

    def add_person(self, name: str, side: str, organisation: str = "") -> Outcome[Person]:
        return self._add_plain("person", {"name": name, "side": side,
                                          "organisation": organisation})

    def update_person(self, person_id: str, **changes: Any) -> Outcome[Person]:
        def work(u: _Unit) -> Person:
            values = self._update(u, "person", person_id, changes)
            if "side" in changes:
                self._assert_closed_votes_unchanged(u, self._sessions_of_person(u, person_id))
            return to_record("person", values)  # type: ignore[no-any-return]
        return self._run("update_person", work)

    def remove_person(self, person_id: str) -> Outcome[Person]:
        def work(u: _Unit) -> Person:
            row = self._get(u, "person", person_id)
            used = any(
                u.session.scalar(select(func.count()).select_from(cls).where(
                    cls.person_id == person_id))
                for cls in (orm.MembershipRow, orm.AttendanceRow, orm.BallotRow,
                            orm.PositionRow, orm.DissentRow))
            if used:
                raise ConflictError("person_in_use", record=row.name)
            return to_record("person", self._delete(u, "person", person_id))  # type: ignore[no-any-return]
        return self._run("remove_person", work)

    def add_term_rule(self, term: str, replacement: str, note: str = ""
                      ) -> Outcome[TermRuleRecord]:
        return self._add_plain("terminology", {"term": term, "replacement": replacement,
                                               "note": note})

    def update_term_rule(self, rule_id: str, **changes: Any) -> Outcome[TermRuleRecord]:
        return self._update_plain("terminology", rule_id, changes)

    def remove_term_rule(self, rule_id: str) -> Outcome[TermRuleRecord]:
        return self._run("remove_terminology",
                         lambda u: to_record("terminology",
                                             self._delete(u, "terminology", rule_id)))

    def _add_plain(self, rt: str, raw: dict[str, Any]) -> Outcome[Any]:
        def work(u: _Unit) -> Any:
            raw["position"] = self._next_position(u, rt, {})
            return to_record(rt, self._create(u, rt, raw))
        return self._run(f"add_{rt}", work)

    def _update_plain(self, rt: str, rid: str, changes: Mapping[str, Any]) -> Outcome[Any]:
        return self._run(f"update_{rt}",
                         lambda u: to_record(rt, self._update(u, rt, rid, changes)))

    # --- groups and memberships --------------------------------------------------------

    def add_group(self, action_field_id: str, name: str) -> Outcome[Any]:
        def work(u: _Unit) -> Any:
            values = self._create(u, "group", {
                "action_field_id": action_field_id, "name": name,
                "position": self._next_position(u, "group", {})})
            return to_record("group", values)
        return self._run("add_group", work)

    def update_group(self, group_id: str, **changes: Any) -> Outcome[Any]:
        return self._update_plain("group", group_id, changes)

    def set_group_vote_defaults(self, group_id: str, method: str,
                                rule: Mapping[str, Any] | None) -> Outcome[dict[str, Any]]:
        """The rule a new vote of this group starts with (quorum, majority, parity,
        dots per person ...); ``None`` goes back to the general defaults."""
        def work(u: _Unit) -> dict[str, Any]:
            row = self._get(u, "group", group_id)
            current = dict(row.vote_defaults or {})
            old = current.get(method)
            if rule is None:
                current.pop(method, None)
            else:
                current[method] = voting.normalize_rule(method, rule)
            row.vote_defaults = current or None
            u.log("update", "group", group_id, None, f"vote_defaults:{method}", old,
                  current.get(method))
            u.changes.updated["group"].add(group_id)
            return voting.normalize_rule(method, current.get(method))
        return self._run("set_group_vote_defaults", work)

    def group_vote_defaults(self, group_id: str, method: str) -> dict[str, Any]:
        with self._read() as u:
            row = self._get(u, "group", group_id)
            return voting.normalize_rule(method, (row.vote_defaults or {}).get(method))

    def remove_group(self, group_id: str) -> Outcome[Any]:
        def work(u: _Unit) -> Any:
            row = self._get(u, "group", group_id)
            if u.session.scalar(select(func.count()).select_from(orm.MeetingRow).where(
                    orm.MeetingRow.group_id == group_id)):
                raise ConflictError("group_in_use", record=row.name)
            for m in u.session.scalars(select(orm.MembershipRow).where(
                    orm.MembershipRow.group_id == group_id)):
                u.log("delete", "membership", group_id, None, m.person_id, m.role, None)
            return to_record("group", self._delete(u, "group", group_id))
        return self._run("remove_group", work)

    def set_member(self, group_id: str, person_id: str, role: str | None) -> Outcome[None]:
        """Add, change or (``role=None``) remove a person's membership in a group."""
        def work(u: _Unit) -> None:
            self._get(u, "group", group_id)
            self._get(u, "person", person_id)
            if role is not None:
                clean_record("membership", {"person_id": person_id, "role": role})
            row = u.session.get(orm.MembershipRow, (group_id, person_id))
            old = row.role if row else None
            if old == role:
                return
            if row is None:
                u.session.add(orm.MembershipRow(
                    group_id=group_id, person_id=person_id, role=role,
                    position=self._member_position(u, group_id)))
            elif role is None:
                u.session.delete(row)
            else:
                row.role = role
            u.session.flush()
            u.log("update", "group", group_id, None, f"member:{person_id}", old, role)
            u.changes.updated["group"].add(group_id)
            sessions = list(u.session.scalars(select(orm.MeetingRow.id).where(
                orm.MeetingRow.group_id == group_id)))
            self._assert_closed_votes_unchanged(u, sessions)
            self._assert_open_ballots_valid(u, sessions)
        return self._run("set_member", work)

    def _member_position(self, u: _Unit, group_id: str) -> int:
        top = u.session.scalar(select(func.max(orm.MembershipRow.position)).where(
            orm.MembershipRow.group_id == group_id))
        return 0 if top is None else top + 1

    # --- goals -------------------------------------------------------------------------

    def add_goal(self, action_field_id: str, title: str, parent_id: str | None = None,
                 **fields: Any) -> Outcome[Goal]:
        def work(u: _Unit) -> Goal:
            field_row = self._get(u, "action_field", action_field_id)
            parent_code = None
            if parent_id is not None:
                parent = self._get(u, "goal", parent_id)
                if parent.action_field_id != action_field_id:
                    raise ValidationError("parent_other_field", record=title,
                                          field_key="parent_id")
                parent_code = parent.code
            code = fields.pop("code", None) or codes.next_goal_code(
                field_row.code, parent_code, self._taken_codes(u))
            values = self._create(u, "goal", {
                "action_field_id": action_field_id, "parent_id": parent_id, "title": title,
                "code": code, **fields,
                "position": self._next_position(u, "goal", {
                    "action_field_id": action_field_id, "parent_id": parent_id})})
            return to_record("goal", values)  # type: ignore[no-any-return]
        return self._run("add_goal", work)

    def update_goal(self, goal_id: str, **changes: Any) -> Outcome[Goal]:
        def work(u: _Unit) -> Goal:
            if "parent_id" in changes or "action_field_id" in changes:
                raise TypeError("use move_goal to change a goal's place")
            return to_record("goal", self._update(u, "goal", goal_id, changes))  # type: ignore[no-any-return]
        return self._run("update_goal", work)

    def move_goal(self, goal_id: str, index: int,
                  parent_id: str | EllipsisType | None = ...) -> Outcome[None]:
        """Move a goal among its siblings, or under another parent of the same field
        (``parent_id=None`` makes it a top-level goal). Its code stays."""
        def work(u: _Unit) -> None:
            row = self._get(u, "goal", goal_id)
            new_parent = row.parent_id if parent_id is ... else parent_id
            if new_parent != row.parent_id:
                if new_parent is not None:
                    parent = self._get(u, "goal", new_parent)
                    if parent.action_field_id != row.action_field_id:
                        raise ValidationError("parent_other_field", record=row.code,
                                              field_key="parent_id")
                    cursor: str | None = new_parent
                    while cursor is not None:
                        if cursor == goal_id:
                            raise ValidationError("parent_cycle", record=row.code,
                                                  field_key="parent_id")
                        cursor = u.session.get(orm.GoalRow, cursor).parent_id  # type: ignore[union-attr]
                u.log("update", "goal", goal_id, row.code, "parent_id", row.parent_id,
                      new_parent)
                row.parent_id = new_parent
                row.position = 1 << 30
                u.session.flush()
            self._move(u, "goal", goal_id, index,
                       {"action_field_id": row.action_field_id, "parent_id": new_parent})
        return self._run("move_goal", work)

    def delete_goal(self, goal_id: str) -> Outcome[dict[str, Any]]:
        """Delete a goal with its sub-goals, measures and what hangs on them.

        Returns the removed records as an interchange-shaped bundle, which
        ``restore_bundle`` puts back (undo). Goals or measures that votes were taken on
        are not deleted: set their status to "abgelehnt" instead.
        """
        def work(u: _Unit) -> dict[str, Any]:
            self._get(u, "goal", goal_id)
            goal_ids = self._goal_subtree(u, goal_id)
            measure_ids = list(u.session.scalars(select(orm.MeasureRow.id).where(
                orm.MeasureRow.goal_id.in_(goal_ids))))
            return self._delete_subjects(u, {"goal": goal_ids, "measure": measure_ids})
        return self._run("delete_goal", work)

    def _goal_subtree(self, u: _Unit, goal_id: str) -> list[str]:
        out, frontier = [goal_id], [goal_id]
        while frontier:
            frontier = list(u.session.scalars(select(orm.GoalRow.id).where(
                orm.GoalRow.parent_id.in_(frontier))))
            out.extend(frontier)
        return out

    # --- measures ----------------------------------------------------------------------

    def add_measure(self, goal_id: str, title: str, **fields: Any) -> Outcome[Measure]:
        def work(u: _Unit) -> Measure:
            goal = self._get(u, "goal", goal_id)
            code = fields.pop("code", None) or self._new_measure_code(u, goal)
            values = self._create(u, "measure", {
                "goal_id": goal_id, "title": title, "code": code, **fields,
                "position": self._next_position(u, "measure", {"goal_id": goal_id})})
            return to_record("measure", values)  # type: ignore[no-any-return]
        return self._run("add_measure", work)

    def _new_measure_code(self, u: _Unit, goal: orm.GoalRow) -> str:
        field_code = u.session.get(orm.ActionFieldRow, goal.action_field_id).code  # type: ignore[union-attr]
        ordinal = 1 + (u.session.scalar(select(func.count()).select_from(orm.GoalRow).where(
            orm.GoalRow.action_field_id == goal.action_field_id,
            orm.GoalRow.position < goal.position)) or 0)
        return codes.next_measure_code(field_code, goal.code, ordinal, self._taken_codes(u))

    def update_measure(self, measure_id: str, **changes: Any) -> Outcome[Measure]:
        def work(u: _Unit) -> Measure:
            if "goal_id" in changes:
                raise TypeError("use move_measure to change a measure's goal")
            return to_record("measure", self._update(u, "measure", measure_id, changes))  # type: ignore[no-any-return]
        return self._run("update_measure", work)

    def move_measure(self, measure_id: str, goal_id: str, index: int) -> Outcome[None]:
        """Move a measure to ``index`` under ``goal_id`` (the same or another goal).
        Its code stays: drafts and spreadsheets cite it."""
        def work(u: _Unit) -> None:
            row = self._get(u, "measure", measure_id)
            if row.goal_id != goal_id:
                self._get(u, "goal", goal_id)
                u.log("update", "measure", measure_id, row.code, "goal_id", row.goal_id, goal_id)
                row.goal_id = goal_id
                row.position = 1 << 30
                u.session.flush()
            self._move(u, "measure", measure_id, index, {"goal_id": goal_id})
        return self._run("move_measure", work)

    def duplicate_measure(self, measure_id: str) -> Outcome[Measure]:
        """A copy below the original with a new code, its indicators copied too."""
        def work(u: _Unit) -> Measure:
            row = self._get(u, "measure", measure_id)
            values = self._values("measure", row)
            goal = self._get(u, "goal", row.goal_id)
            values.update(id=str(uuid.uuid4()), code=self._new_measure_code(u, goal),
                          title=f"{values['title']} (Kopie)", steering_decision=None,
                          steering_note="", status="draft",
                          position=self._next_position(u, "measure", {"goal_id": row.goal_id}))
            copy = self._create(u, "measure", values)
            for ind in u.session.scalars(select(orm.IndicatorRow).where(
                    orm.IndicatorRow.measure_id == measure_id).order_by(orm.IndicatorRow.position)):
                iv = self._values("indicator", ind)
                iv.update(id=str(uuid.uuid4()), measure_id=copy["id"])
                self._create(u, "indicator", iv)
            siblings = list(u.session.scalars(select(orm.MeasureRow.id).where(
                orm.MeasureRow.goal_id == row.goal_id).order_by(orm.MeasureRow.position,
                                                                orm.MeasureRow.id)))
            # by list index, not position: positions may have gaps after deletions
            self._move(u, "measure", copy["id"], siblings.index(measure_id) + 1,
                       {"goal_id": row.goal_id})
            placed = self._get(u, "measure", copy["id"]).position
            return to_record("measure", {**copy, "position": placed})  # type: ignore[no-any-return]
        return self._run("duplicate_measure", work)

    def delete_measure(self, measure_id: str) -> Outcome[dict[str, Any]]:
        """Delete a measure with its indicators, positions, compromises and comments;
        returns the bundle for ``restore_bundle`` (undo)."""
        def work(u: _Unit) -> dict[str, Any]:
            self._get(u, "measure", measure_id)
            return self._delete_subjects(u, {"goal": [], "measure": [measure_id]})
        return self._run("delete_measure", work)

    def _delete_subjects(self, u: _Unit, ids: Mapping[str, list[str]]) -> dict[str, Any]:
        conn = u.session.connection()
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
            "positions": positions,
            "compromises": comps,
            "review_comments": [c for c in doc["review_comments"]
                                if c["subject_id"] in targets],
            "agenda_links": [
                {"session_id": s["id"], "item_id": a["id"], "subject_type": a["subject_type"],
                 "subject_id": a["subject_id"]}
                for s in doc["sessions"] for a in s["agenda"] if a["subject_id"] in targets],
        }
        for link in bundle["agenda_links"]:
            item = u.session.get(orm.AgendaItemRow, link["item_id"])
            if item is not None:
                u.log("update", "agenda_item", item.id, None, "subject_id", item.subject_id, None)
                item.subject_type = None
                item.subject_id = None
                u.changes.updated["session"].add(link["session_id"])
        for rc in bundle["review_comments"]:
            self._delete(u, "review_comment", rc["id"])
        for c in comps:
            self._delete(u, "compromise", c["id"])
        for p in bundle["positions"]:
            self._delete(u, "position", p["id"])
        for i in bundle["indicators"]:
            self._delete(u, "indicator", i["id"])
        for m in bundle["measures"]:
            self._delete(u, "measure", m["id"])
        for g in reversed(bundle["goals"]):  # document order is parents first
            self._delete(u, "goal", g["id"])
        u.changes.moved = True
        return bundle

    def _remove_subject(self, rt: str, rid: str) -> Outcome[Any]:
        def work(u: _Unit) -> Any:
            self._assert_subject_unused(u, rid)
            return to_record(rt, self._delete(u, rt, rid))
        return self._run(f"remove_{rt}", work)

    def _assert_subject_unused(self, u: _Unit, rid: str) -> None:
        """Refuse removing a record that positions, compromises, comments, votes, vote
        options or agenda items still name as their subject (no dangling references)."""
        for cls in (orm.PositionRow, orm.CompromiseRow, orm.ReviewCommentRow,
                    orm.VoteRow, orm.VoteOptionRow, orm.AgendaItemRow):
            if u.session.scalar(select(func.count()).select_from(cls).where(
                    cls.subject_id == rid)):
                raise ConflictError("subject_in_use", record=rid)

    def restore_bundle(self, bundle: Mapping[str, Any]) -> Outcome[ImportReport]:
        """Put back what a deletion removed (undo): same ids, same codes, same links.

        The records came out of this catalogue, so they are written back directly; what
        may have changed since (the goal a measure belonged to was deleted, a referenced
        record is gone) is caught by the foreign keys and a subject check, and the undo
        is then refused as a whole. Fast at 21,000 measures: nothing else is read.
        """
        def work(u: _Unit) -> ImportReport:
            conn = u.session.connection()
            u.session.flush()
            records = {rt: [dict(r) for r in bundle.get(SPECS[rt].json_key, [])]
                       for rt in COLLECTIONS}
            self._check_restored_subjects(u, records)
            try:
                collector = write_records(conn, records, {}, u.actor, "restore")
            except IntegrityError as exc:
                raise ConflictError("restore_conflict", reason=_integrity_reason(exc)) from None
            for rt, recs in records.items():
                if not recs:
                    continue
                table = orm.TABLES[rt].__table__.name  # type: ignore[attr-defined]
                if conn.exec_driver_sql(f'PRAGMA foreign_key_check("{table}")').fetchall():
                    raise ConflictError("restore_conflict",
                                        reason="ein verknüpfter Eintrag fehlt inzwischen")
            for link in bundle.get("agenda_links", []):
                item = u.session.get(orm.AgendaItemRow, link["item_id"])
                if item is not None:
                    item.subject_type = link["subject_type"]
                    item.subject_id = link["subject_id"]
                    u.changes.updated["session"].add(link["session_id"])
            changes = collector.freeze()
            for rt, ids in changes.created.items():
                u.changes.created[rt].update(ids)
            u.changes.moved = True
            report = ImportReport(created={rt: len(recs) for rt, recs in records.items()})
            report.changes = changes
            return report
        return self._run("restore", work)

    def _check_restored_subjects(self, u: _Unit, records: Mapping[str, list[dict[str, Any]]]
                                 ) -> None:
        """Positions, compromises and comments come back only onto existing subjects."""
        coming = {rt: {r["id"] for r in recs} for rt, recs in records.items()}
        for rt in ("position", "compromise", "review_comment"):
            for rec in records.get(rt, []):
                st, sid = rec.get("subject_type"), rec.get("subject_id")
                if st is None or sid in coming.get(st, set()):
                    continue
                if u.session.get(_SUBJECT_TABLES[st], sid) is None:
                    raise ConflictError("restore_conflict",
                                        reason=f"{SPECS[st].label} {sid} gibt es nicht mehr")

    # --- generic access for the UI and undo -------------------------------------------

    def get_record(self, record_type: str, record_id: str) -> Any:
        """The frozen record of any type (with nested lists for sessions, compromises,
        groups and votes)."""
        with self._read() as u:
            return self._record(u, record_type, record_id)

    def _record(self, u: _Unit, rt: str, rid: str) -> Any:
        if rt == "session":
            return self._meeting(u, rid)
        if rt == "compromise":
            return self._compromise(u, rid)
        if rt == "vote":
            return self._vote_state(u, rid).vote
        values = self._values(rt, self._get(u, rt, rid))
        if rt == "group":
            values["members"] = tuple(
                to_record("membership", {"person_id": m.person_id, "role": m.role})
                for m in u.session.scalars(select(orm.MembershipRow).where(
                    orm.MembershipRow.group_id == rid).order_by(orm.MembershipRow.position)))
        return to_record(rt, values)

    def place_of(self, record_type: str, record_id: str) -> tuple[str | None, int]:
        """(parent id, index among siblings) of a measure, goal, field or section."""
        with self._read() as u:
            row = self._get(u, record_type, record_id)
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
            ids = list(u.session.scalars(stmt))
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
            "indicator": self.remove_indicator, "position": self.remove_position,
            "compromise": self.remove_compromise, "review_comment": self.remove_review_comment,
            "strategy_section": self.remove_strategy_section, "person": self.remove_person,
            "terminology": self.remove_term_rule, "action_field": self.remove_action_field,
            "group": self.remove_group,
        }
        outcome = remove[record_type](record_id)
        return Outcome({SPECS[record_type].json_key: [values]}, outcome.changes)

    # --- indicators --------------------------------------------------------------------

    def add_indicator(self, measure_id: str, name: str, **fields: Any) -> Outcome[Indicator]:
        def work(u: _Unit) -> Indicator:
            values = self._create(u, "indicator", {
                "measure_id": measure_id, "name": name, **fields,
                "position": self._next_position(u, "indicator", {"measure_id": measure_id})})
            u.changes.updated["measure"].add(measure_id)
            return to_record("indicator", values)  # type: ignore[no-any-return]
        return self._run("add_indicator", work)

    def update_indicator(self, indicator_id: str, **changes: Any) -> Outcome[Indicator]:
        return self._update_plain("indicator", indicator_id, changes)

    def remove_indicator(self, indicator_id: str) -> Outcome[Indicator]:
        def work(u: _Unit) -> Indicator:
            values = self._delete(u, "indicator", indicator_id)
            u.changes.updated["measure"].add(values["measure_id"])
            return to_record("indicator", values)  # type: ignore[no-any-return]
        return self._run("remove_indicator", work)

    # --- sessions ----------------------------------------------------------------------

    def add_session(self, group_id: str, title: str, starts_at: str, **fields: Any
                    ) -> Outcome[Meeting]:
        """Plan a session; every member of the group is listed as absent until marked."""
        def work(u: _Unit) -> Meeting:
            values = self._create(u, "session", {"group_id": group_id, "title": title,
                                                 "starts_at": starts_at, **fields})
            members = u.session.scalars(select(orm.MembershipRow).where(
                orm.MembershipRow.group_id == group_id).order_by(orm.MembershipRow.position))
            for i, m in enumerate(members):
                u.session.add(orm.AttendanceRow(session_id=values["id"], person_id=m.person_id,
                                                present=False, position=i))
            u.session.flush()
            return self._meeting(u, values["id"])
        return self._run("add_session", work)

    def _meeting(self, u: _Unit, session_id: str) -> Meeting:
        row = self._get(u, "session", session_id)
        values = self._values("session", row)
        att = u.session.scalars(select(orm.AttendanceRow).where(
            orm.AttendanceRow.session_id == session_id).order_by(orm.AttendanceRow.position))
        agenda = u.session.scalars(select(orm.AgendaItemRow).where(
            orm.AgendaItemRow.session_id == session_id).order_by(orm.AgendaItemRow.position))
        values["attendance"] = tuple(to_record("attendance", {"person_id": a.person_id,
                                                              "present": a.present})
                                     for a in att)
        values["agenda"] = tuple(to_record("agenda_item", self._values("agenda_item", a))
                                 for a in agenda)
        return to_record("session", values)  # type: ignore[no-any-return]

    def get_session(self, session_id: str) -> Meeting:
        with self._read() as u:
            return self._meeting(u, session_id)

    def _open_session(self, u: _Unit, session_id: str) -> orm.MeetingRow:
        row: orm.MeetingRow = self._get(u, "session", session_id)
        if row.status == "closed":
            raise ConflictError("session_closed", record=row.title)
        return row

    def update_session(self, session_id: str, **changes: Any) -> Outcome[Meeting]:
        """Change a session's details; a closed session accepts only its notes."""
        def work(u: _Unit) -> Meeting:
            row = self._get(u, "session", session_id)
            if row.status == "closed" and set(changes) - {"notes"}:
                raise ConflictError("session_closed", record=row.title)
            if changes.get("status") == "closed":
                raise TypeError("use close_session")
            if "group_id" in changes:
                raise TypeError("a session stays with its group")
            self._update(u, "session", session_id, changes)
            return self._meeting(u, session_id)
        return self._run("update_session", work)

    def close_session(self, session_id: str, ends_at: str | None = None) -> Outcome[Meeting]:
        def work(u: _Unit) -> Meeting:
            row = self._open_session(u, session_id)
            open_votes = u.session.scalar(select(func.count()).select_from(orm.VoteRow).where(
                orm.VoteRow.session_id == session_id, orm.VoteRow.status == "open"))
            if open_votes:
                raise ConflictError("session_has_open_votes", record=row.title)
            changes: dict[str, Any] = {"status": "closed"}
            if ends_at is not None or row.ends_at is None:
                changes["ends_at"] = ends_at or datetime.now().strftime("%Y-%m-%dT%H:%M")
            self._update(u, "session", session_id, changes)
            row.current_item_id = None
            row.item_started_at = None
            return self._meeting(u, session_id)
        return self._run("close_session", work)

    def set_attendance(self, session_id: str, person_id: str, present: bool
                       ) -> Outcome[Meeting]:
        """Mark a person present or absent. Refused when it would change a closed vote's
        result or strand a ballot already cast in an open vote."""
        def work(u: _Unit) -> Meeting:
            self._open_session(u, session_id)
            self._get(u, "person", person_id)
            row = u.session.get(orm.AttendanceRow, (session_id, person_id))
            old = row.present if row else None
            if old == present:
                return self._meeting(u, session_id)
            if row is None:
                top = u.session.scalar(select(func.max(orm.AttendanceRow.position)).where(
                    orm.AttendanceRow.session_id == session_id))
                u.session.add(orm.AttendanceRow(session_id=session_id, person_id=person_id,
                                                present=present,
                                                position=0 if top is None else top + 1))
            else:
                row.present = present
            u.session.flush()
            u.log("update", "session", session_id, None, f"attendance:{person_id}", old, present)
            u.changes.updated["session"].add(session_id)
            self._assert_closed_votes_unchanged(u, [session_id])
            self._assert_open_ballots_valid(u, [session_id])
            self._refresh_open_results(u, session_id)
            return self._meeting(u, session_id)
        return self._run("set_attendance", work)

    def add_agenda_item(self, session_id: str, title: str, minutes: int | None = None,
                        subject_type: str | None = None, subject_id: str | None = None,
                        index: int | None = None) -> Outcome[Meeting]:
        def work(u: _Unit) -> Meeting:
            self._open_session(u, session_id)
            values = clean_record("agenda_item", {
                "id": str(uuid.uuid4()), "title": title, "minutes": minutes,
                "subject_type": subject_type, "subject_id": subject_id})
            self._check_subject(u, "agenda_item", values)
            top = u.session.scalar(select(func.max(orm.AgendaItemRow.position)).where(
                orm.AgendaItemRow.session_id == session_id))
            u.session.add(orm.AgendaItemRow(session_id=session_id, **{
                **values, "position": 0 if top is None else top + 1}))
            u.session.flush()
            u.log("create", "agenda_item", values["id"], None, None, None,
                  {k: values[k] for k in ("title", "minutes", "subject_type", "subject_id")})
            if index is not None:
                self._move_agenda(u, session_id, values["id"], index)
            u.changes.updated["session"].add(session_id)
            return self._meeting(u, session_id)
        return self._run("add_agenda_item", work)

    def update_agenda_item(self, session_id: str, item_id: str, **changes: Any
                           ) -> Outcome[Meeting]:
        def work(u: _Unit) -> Meeting:
            self._open_session(u, session_id)
            item = u.session.get(orm.AgendaItemRow, item_id)
            if item is None or item.session_id != session_id:
                raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
            before = self._values("agenda_item", item)
            after = clean_record("agenda_item", {**before, **changes})
            self._check_subject(u, "agenda_item", after)
            for key in changes:
                if before[key] != after[key]:
                    u.log("update", "agenda_item", item_id, None, key, before[key], after[key])
                    setattr(item, key, after[key])
            u.changes.updated["session"].add(session_id)
            return self._meeting(u, session_id)
        return self._run("update_agenda_item", work)

    def move_agenda_item(self, session_id: str, item_id: str, index: int) -> Outcome[Meeting]:
        def work(u: _Unit) -> Meeting:
            self._open_session(u, session_id)
            self._move_agenda(u, session_id, item_id, index)
            u.changes.updated["session"].add(session_id)
            return self._meeting(u, session_id)
        return self._run("move_agenda_item", work)

    def _move_agenda(self, u: _Unit, session_id: str, item_id: str, index: int) -> None:
        rows = list(u.session.scalars(select(orm.AgendaItemRow).where(
            orm.AgendaItemRow.session_id == session_id).order_by(orm.AgendaItemRow.position)))
        moving = next((r for r in rows if r.id == item_id), None)
        if moving is None:
            raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
        rows.remove(moving)
        rows.insert(max(0, min(index, len(rows))), moving)
        for pos, r in enumerate(rows):
            if r.position != pos:
                u.log("update", "agenda_item", r.id, None, "position", r.position, pos)
                r.position = pos
        u.session.flush()

    def remove_agenda_item(self, session_id: str, item_id: str) -> Outcome[Meeting]:
        def work(u: _Unit) -> Meeting:
            self._open_session(u, session_id)
            item = u.session.get(orm.AgendaItemRow, item_id)
            if item is None or item.session_id != session_id:
                raise LipError("not_found", record_type="Tagesordnungspunkt", record=item_id)
            u.log("delete", "agenda_item", item_id, None, None, self._values("agenda_item", item))
            u.session.delete(item)
            u.session.flush()
            u.changes.updated["session"].add(session_id)
            return self._meeting(u, session_id)
        return self._run("remove_agenda_item", work)

    def copy_agenda(self, from_session_id: str, to_session_id: str) -> Outcome[Meeting]:
        """Append the agenda of an earlier session to another (planning the next one)."""
        def work(u: _Unit) -> Meeting:
            self._open_session(u, to_session_id)
            source = self._meeting(u, from_session_id)
            top = u.session.scalar(select(func.max(orm.AgendaItemRow.position)).where(
                orm.AgendaItemRow.session_id == to_session_id))
            start = 0 if top is None else top + 1
            for i, item in enumerate(source.agenda):
                new = orm.AgendaItemRow(id=str(uuid.uuid4()), session_id=to_session_id,
                                        title=item.title, minutes=item.minutes,
                                        subject_type=item.subject_type,
                                        subject_id=item.subject_id, position=start + i)
                u.session.add(new)
                u.log("create", "agenda_item", new.id, None, None, None, item.title)
            u.session.flush()
            u.changes.updated["session"].add(to_session_id)
            return self._meeting(u, to_session_id)
        return self._run("copy_agenda", work)

    # --- live session ------------------------------------------------------------------

    def start_session(self, session_id: str, now: datetime | None = None) -> Outcome[Meeting]:
        """Begin a planned session: status "läuft", the first agenda item is current."""
        def work(u: _Unit) -> Meeting:
            row = self._open_session(u, session_id)
            stamp = (now or datetime.now()).replace(microsecond=0).isoformat()
            first = u.session.scalar(select(orm.AgendaItemRow.id).where(
                orm.AgendaItemRow.session_id == session_id).order_by(
                orm.AgendaItemRow.position).limit(1))
            if row.status != "running":
                u.log("update", "session", session_id, None, "status", row.status, "running")
                row.status = "running"
            if row.current_item_id is None:
                row.current_item_id = first
                row.item_started_at = stamp if first else None
            u.changes.updated["session"].add(session_id)
            return self._meeting(u, session_id)
        return self._run("start_session", work)

    def set_current_item(self, session_id: str, item_id: str | None,
                         now: datetime | None = None) -> Outcome[Meeting]:
        """Move the session to an agenda item; its time box starts now."""
        def work(u: _Unit) -> Meeting:
            row = self._open_session(u, session_id)
            if item_id is not None:
                item = u.session.get(orm.AgendaItemRow, item_id)
                if item is None or item.session_id != session_id:
                    raise LipError("not_found", record_type="Tagesordnungspunkt",
                                   record=item_id)
            u.log("update", "session", session_id, None, "current_item_id",
                  row.current_item_id, item_id)
            row.current_item_id = item_id
            row.item_started_at = (None if item_id is None else
                                   (now or datetime.now()).replace(microsecond=0).isoformat())
            u.changes.updated["session"].add(session_id)
            return self._meeting(u, session_id)
        return self._run("set_current_item", work)

    def live_state(self, session_id: str, now: datetime | None = None) -> LiveState:
        """Everything the session screen and the projector show, from one read."""
        now = now or datetime.now()
        with self._read() as u:
            meeting = self._meeting(u, session_id)
            row = self._get(u, "session", session_id)
            group = self._get(u, "group", meeting.group_id)
            members = [{"person_id": m.person_id, "role": m.role}
                       for m in u.session.scalars(select(orm.MembershipRow).where(
                           orm.MembershipRow.group_id == meeting.group_id))]
            sides = dict(u.session.execute(
                select(orm.PersonRow.id, orm.PersonRow.side)).all())
            quorum = voting.normalize_rule(
                "yes_no", (group.vote_defaults or {}).get("yes_no"))["quorum_min_present"]
            present = {a.person_id for a in meeting.attendance if a.present}
            summary = live.attendance_summary(members, sides, present, quorum)
            ids = [a.id for a in meeting.agenda]
            index = ids.index(row.current_item_id) if row.current_item_id in ids else None
            started = (datetime.fromisoformat(row.item_started_at)
                       if row.item_started_at else None)
            timing = live.agenda_timing([a.minutes for a in meeting.agenda], index, started,
                                        now)
            return LiveState(meeting, summary, timing,
                             meeting.agenda[index] if index is not None else None)

    def add_parking_item(self, session_id: str, text: str) -> Outcome[ParkingItem]:
        """Park a topic in the Themenspeicher to come back to later."""
        def work(u: _Unit) -> ParkingItem:
            self._open_session(u, session_id)
            if not text.strip():
                raise ValidationError("required", record_type="Themenspeicher", record="",
                                      field="Thema", field_key="text")
            top = u.session.scalar(select(func.max(orm.ParkingItemRow.position)).where(
                orm.ParkingItemRow.session_id == session_id))
            row = orm.ParkingItemRow(id=str(uuid.uuid4()), session_id=session_id,
                                     text=text.strip(), created_at=_now(), status="open",
                                     position=0 if top is None else top + 1)
            u.session.add(row)
            u.session.flush()
            u.log("create", "parking_item", row.id, None, None, None, row.text)
            u.changes.updated["session"].add(session_id)
            return _parking(row)
        return self._run("add_parking_item", work)

    def parking_items(self, session_id: str) -> list[ParkingItem]:
        with self._read() as u:
            return [_parking(r) for r in u.session.scalars(select(orm.ParkingItemRow).where(
                orm.ParkingItemRow.session_id == session_id).order_by(
                orm.ParkingItemRow.position))]

    def resolve_parking_item(self, item_id: str, *, into: str | None, parent_id: str = ""
                             ) -> Outcome[ParkingItem]:
        """Turn a parked topic into a goal (``parent_id`` = action field) or a measure
        (``parent_id`` = goal), or drop it (``into=None``). Allowed after the session."""
        def work(u: _Unit) -> ParkingItem:
            row = u.session.get(orm.ParkingItemRow, item_id)
            if row is None:
                raise LipError("not_found", record_type="Themenspeicher", record=item_id)
            if into == "goal":
                field = self._get(u, "action_field", parent_id)
                code = codes.next_goal_code(field.code, None, self._taken_codes(u))
                created = self._create(u, "goal", {
                    "action_field_id": parent_id, "parent_id": None, "title": row.text,
                    "code": code, "position": self._next_position(
                        u, "goal", {"action_field_id": parent_id, "parent_id": None})})
            elif into == "measure":
                goal = self._get(u, "goal", parent_id)
                created = self._create(u, "measure", {
                    "goal_id": parent_id, "title": row.text,
                    "code": self._new_measure_code(u, goal),
                    "position": self._next_position(u, "measure", {"goal_id": parent_id})})
            elif into is None:
                created = None
            else:
                raise TypeError(into)
            row.status = "dropped" if into is None else "converted"
            row.converted_type = into
            row.converted_id = created["id"] if created else None
            u.log("update", "parking_item", row.id, None, "status", "open", row.status)
            u.changes.updated["session"].add(row.session_id)
            return _parking(row)
        return self._run("resolve_parking_item", work)

    def add_decision(self, session_id: str, text: str, *, agenda_item_id: str | None = None,
                     subject_type: str | None = None, subject_id: str | None = None,
                     vote_id: str | None = None) -> Outcome[Decision]:
        """Add an entry to the session's running decision list."""
        def work(u: _Unit) -> Decision:
            self._open_session(u, session_id)
            if not text.strip():
                raise ValidationError("required", record_type="Beschluss", record="",
                                      field="Beschluss", field_key="text")
            if subject_type is not None:
                self._check_subject(u, "position", {"subject_type": subject_type,
                                                    "subject_id": subject_id})
            top = u.session.scalar(select(func.max(orm.DecisionRow.position)).where(
                orm.DecisionRow.session_id == session_id))
            row = orm.DecisionRow(id=str(uuid.uuid4()), session_id=session_id,
                                  agenda_item_id=agenda_item_id, text=text.strip(),
                                  subject_type=subject_type, subject_id=subject_id,
                                  vote_id=vote_id, created_at=_now(),
                                  position=0 if top is None else top + 1)
            u.session.add(row)
            u.session.flush()
            u.log("create", "decision", row.id, None, None, None, row.text)
            u.changes.updated["session"].add(session_id)
            return _decision(row)
        return self._run("add_decision", work)

    def remove_decision(self, decision_id: str) -> Outcome[Decision]:
        def work(u: _Unit) -> Decision:
            row = u.session.get(orm.DecisionRow, decision_id)
            if row is None:
                raise LipError("not_found", record_type="Beschluss", record=decision_id)
            self._open_session(u, row.session_id)
            value = _decision(row)
            u.log("delete", "decision", row.id, None, None, row.text, None)
            u.session.delete(row)
            u.changes.updated["session"].add(row.session_id)
            return value
        return self._run("remove_decision", work)

    def decisions(self, session_id: str) -> list[Decision]:
        with self._read() as u:
            return [_decision(r) for r in u.session.scalars(select(orm.DecisionRow).where(
                orm.DecisionRow.session_id == session_id).order_by(orm.DecisionRow.position))]

    # --- positions, compromises, dissents ------------------------------------------------

    def add_position(self, subject_type: str, subject_id: str, text: str, *,
                     person_id: str | None = None, side: str | None = None, label: str = "",
                     session_id: str | None = None) -> Outcome[NegotiationPosition]:
        def work(u: _Unit) -> NegotiationPosition:
            if session_id is not None:
                self._open_session(u, session_id)
            values = self._create(u, "position", {
                "subject_type": subject_type, "subject_id": subject_id, "text": text,
                "person_id": person_id, "side": side, "label": label,
                "session_id": session_id, "position": self._next_position(u, "position", {})})
            return to_record("position", values)  # type: ignore[no-any-return]
        return self._run("add_position", work)

    def update_position(self, position_id: str, **changes: Any) -> Outcome[NegotiationPosition]:
        return self._update_plain("position", position_id, changes)

    def remove_position(self, position_id: str) -> Outcome[NegotiationPosition]:
        def work(u: _Unit) -> NegotiationPosition:
            row = self._get(u, "position", position_id)
            if u.session.scalar(select(func.count()).select_from(orm.CompromisePositionRow)
                                .where(orm.CompromisePositionRow.position_id == position_id)):
                holder = row.label or (u.session.get(orm.PersonRow, row.person_id).name  # type: ignore[union-attr]
                                       if row.person_id else enums.label(enums.SIDE, row.side))
                raise ConflictError("position_settled", record=f"{holder}: {row.text[:50]}")
            return to_record("position", self._delete(u, "position", position_id))  # type: ignore[no-any-return]
        return self._run("remove_position", work)

    def add_compromise(self, subject_type: str, subject_id: str, text: str, *,
                       position_ids: Sequence[str] = (), status: str = "proposed",
                       session_id: str | None = None) -> Outcome[Compromise]:
        def work(u: _Unit) -> Compromise:
            values = self._create(u, "compromise", {
                "subject_type": subject_type, "subject_id": subject_id, "text": text,
                "status": status, "session_id": session_id,
                "position": self._next_position(u, "compromise", {})})
            self._link_positions(u, values["id"], position_ids)
            return self._compromise(u, values["id"])
        return self._run("add_compromise", work)

    def _link_positions(self, u: _Unit, compromise_id: str, position_ids: Sequence[str]) -> None:
        for old in u.session.scalars(select(orm.CompromisePositionRow).where(
                orm.CompromisePositionRow.compromise_id == compromise_id)):
            u.session.delete(old)
        u.session.flush()
        for i, pid in enumerate(dict.fromkeys(position_ids)):
            self._get(u, "position", pid)
            u.session.add(orm.CompromisePositionRow(compromise_id=compromise_id,
                                                    position_id=pid, ordinal=i))
        u.session.flush()

    def _compromise(self, u: _Unit, compromise_id: str) -> Compromise:
        values = self._values("compromise", self._get(u, "compromise", compromise_id))
        values["position_ids"] = tuple(u.session.scalars(
            select(orm.CompromisePositionRow.position_id).where(
                orm.CompromisePositionRow.compromise_id == compromise_id)
            .order_by(orm.CompromisePositionRow.ordinal)))
        values["dissents"] = tuple(
            to_record("dissent", {"person_id": d.person_id, "label": d.label, "text": d.text})
            for d in u.session.scalars(select(orm.DissentRow).where(
                orm.DissentRow.compromise_id == compromise_id).order_by(orm.DissentRow.ordinal)))
        return to_record("compromise", values)  # type: ignore[no-any-return]

    def update_compromise(self, compromise_id: str, *, position_ids: Sequence[str] | None = None,
                          **changes: Any) -> Outcome[Compromise]:
        def work(u: _Unit) -> Compromise:
            if changes:
                self._update(u, "compromise", compromise_id, changes)
            if position_ids is not None:
                before = self._compromise(u, compromise_id).position_ids
                self._link_positions(u, compromise_id, position_ids)
                u.log("update", "compromise", compromise_id, None, "position_ids", before,
                      list(position_ids))
                u.changes.updated["compromise"].add(compromise_id)
            return self._compromise(u, compromise_id)
        return self._run("update_compromise", work)

    def add_dissent(self, compromise_id: str, text: str, *, person_id: str | None = None,
                    label: str = "") -> Outcome[Compromise]:
        """Record a Sondervotum: a minority opinion held by a person or a named group."""
        def work(u: _Unit) -> Compromise:
            self._get(u, "compromise", compromise_id)
            values = clean_record("dissent", {"person_id": person_id, "label": label,
                                              "text": text})
            if person_id is not None:
                self._get(u, "person", person_id)
            elif not label.strip():
                raise ValidationError("required", record_type="Sondervotum", record=text[:30],
                                      field="vertreten von", field_key="label")
            top = u.session.scalar(select(func.max(orm.DissentRow.ordinal)).where(
                orm.DissentRow.compromise_id == compromise_id))
            u.session.add(orm.DissentRow(compromise_id=compromise_id,
                                         ordinal=0 if top is None else top + 1, **values))
            u.session.flush()
            u.log("update", "compromise", compromise_id, None, "dissents", None, values)
            u.changes.updated["compromise"].add(compromise_id)
            return self._compromise(u, compromise_id)
        return self._run("add_dissent", work)

    def remove_dissent(self, compromise_id: str, index: int) -> Outcome[Compromise]:
        def work(u: _Unit) -> Compromise:
            rows = list(u.session.scalars(select(orm.DissentRow).where(
                orm.DissentRow.compromise_id == compromise_id).order_by(orm.DissentRow.ordinal)))
            if not 0 <= index < len(rows):
                raise LipError("not_found", record_type="Sondervotum", record=str(index + 1))
            row = rows[index]
            u.log("update", "compromise", compromise_id, None, "dissents",
                  {"person_id": row.person_id, "label": row.label, "text": row.text}, None)
            u.session.delete(row)
            u.session.flush()
            u.changes.updated["compromise"].add(compromise_id)
            return self._compromise(u, compromise_id)
        return self._run("remove_dissent", work)

    def remove_compromise(self, compromise_id: str) -> Outcome[Compromise]:
        def work(u: _Unit) -> Compromise:
            before = self._compromise(u, compromise_id)
            self._assert_subject_unused(u, compromise_id)
            self._delete(u, "compromise", compromise_id)
            return before
        return self._run("remove_compromise", work)

    # --- review comments ---------------------------------------------------------------

    def add_review_comment(self, subject_type: str, subject_id: str, text: str, *,
                           author: str | None = None, source: str = "manual",
                           created_at: str | None = None) -> Outcome[ReviewComment]:
        def work(u: _Unit) -> ReviewComment:
            values = self._create(u, "review_comment", {
                "subject_type": subject_type, "subject_id": subject_id, "text": text,
                "author": author if author is not None else u.actor, "source": source,
                "created_at": created_at or _now(), "resolved": False})
            return to_record("review_comment", values)  # type: ignore[no-any-return]
        return self._run("add_review_comment", work)

    def set_comment_resolved(self, comment_id: str, resolved: bool) -> Outcome[ReviewComment]:
        return self._update_plain("review_comment", comment_id, {"resolved": resolved})

    def remove_review_comment(self, comment_id: str) -> Outcome[ReviewComment]:
        return self._run("remove_review_comment",
                         lambda u: to_record("review_comment",
                                             self._delete(u, "review_comment", comment_id)))

    def import_review_comments(self, comments: Sequence[ReviewCommentIn]
                               ) -> Outcome[ReviewImportSummary]:
        """Attach comments from a reviewed Word draft; importing a file twice adds nothing.

        Each comment gets an id derived from its subject, author, date and text, so a
        comment already imported is recognised and skipped. Comments whose subject no
        longer exists are counted, not attached.
        """
        def work(u: _Unit) -> ReviewImportSummary:
            added: dict[str, int] = {}
            known = skipped = orphaned = 0
            for c in comments:
                table = _SUBJECT_TABLES.get(c.subject_type)
                if table is None or u.session.get(table, c.subject_id) is None:
                    orphaned += 1
                    continue
                rid = str(uuid.uuid5(_REVIEW_NS, "\x1f".join(
                    (c.subject_type, c.subject_id, c.author, c.created_at or "", c.text))))
                if u.session.get(orm.ReviewCommentRow, rid) is not None:
                    known += 1
                    continue
                if not c.text.strip():
                    skipped += 1
                    continue
                self._create(u, "review_comment", {
                    "id": rid, "subject_type": c.subject_type, "subject_id": c.subject_id,
                    "author": c.author, "text": c.text, "created_at": c.created_at,
                    "source": "word_review", "resolved": False,
                    "position": self._next_position(u, "review_comment", {})})
                added[c.subject_type] = added.get(c.subject_type, 0) + 1
            return ReviewImportSummary(added, known, orphaned, skipped)
        return self._run("import_review", work)

    def apply_steering_decisions(self, decisions: Sequence[SteeringDecisionIn]
                                 ) -> Outcome[int]:
        """Set the steering group's decision and note per measure code, all or nothing.

        An unknown code or an unknown decision refuses the whole list, naming every bad
        row. ``decision=None`` and ``note=None`` leave that field as it is. Returns the
        number of measures changed; every change is in the history.
        """
        def work(u: _Unit) -> int:
            by_code = dict(u.session.execute(
                select(orm.MeasureRow.code, orm.MeasureRow.id)).all())
            problems: list[LipError] = []
            for d in decisions:
                if d.code not in by_code:
                    problems.append(ValidationError(
                        "unknown_measure_row", row=d.row, value=d.code, field_key="code"))
                if d.decision is not None and d.decision not in enums.STEERING_DECISION:
                    problems.append(ValidationError(
                        "bad_decision_row", row=d.row, value=d.decision,
                        allowed=", ".join(enums.STEERING_DECISION.values()),
                        field_key="steering_decision"))
            if problems:
                raise InterchangeError(problems)
            changed = 0
            for d in decisions:
                changes: dict[str, Any] = {}
                if d.decision is not None:
                    changes["steering_decision"] = d.decision
                if d.note is not None:
                    changes["steering_note"] = d.note
                if not changes:
                    continue
                before = set(u.changes.updated.get("measure", set()))
                self._update(u, "measure", by_code[d.code], changes)
                if by_code[d.code] in u.changes.updated.get("measure", set()) - before:
                    changed += 1
            return changed
        return self._run("import_decisions", work)

    # --- votes -------------------------------------------------------------------------

    def _voters(self, u: _Unit, session_id: str) -> tuple[voting.Voter, ...]:
        meeting = self._get(u, "session", session_id)
        rows = u.session.execute(
            select(orm.PersonRow.id, orm.PersonRow.side, orm.PersonRow.name)
            .join(orm.MembershipRow, orm.MembershipRow.person_id == orm.PersonRow.id)
            .join(orm.AttendanceRow, orm.AttendanceRow.person_id == orm.PersonRow.id)
            .where(orm.MembershipRow.group_id == meeting.group_id,
                   orm.MembershipRow.role == "member",
                   orm.AttendanceRow.session_id == session_id,
                   orm.AttendanceRow.present.is_(True))
            .order_by(orm.MembershipRow.position))
        return tuple(voting.Voter(pid, cast(voting.Side, side), name)
                     for pid, side, name in rows)

    def _vote_parts(self, u: _Unit, vote_id: str
                    ) -> tuple[orm.VoteRow, list[tuple[str, str]], list[dict[str, Any]]]:
        row: orm.VoteRow = self._get(u, "vote", vote_id)
        options = [(o.id, o.label) for o in u.session.scalars(select(orm.VoteOptionRow).where(
            orm.VoteOptionRow.vote_id == vote_id).order_by(orm.VoteOptionRow.position))]
        ballots = [ballot_dict(row.method, {
            "person_id": b.person_id, "option_id": b.option_id, "choice": b.choice,
            "points": b.points, "resistance": b.resistance})
            for b in u.session.scalars(select(orm.BallotRow).where(
                orm.BallotRow.vote_id == vote_id).order_by(orm.BallotRow.ordinal,
                                                           orm.BallotRow.id))]
        return row, options, ballots

    def _compute(self, u: _Unit, vote_id: str) -> dict[str, Any]:
        row, options, ballots = self._vote_parts(u, vote_id)
        return voting.compute_result(row.method, row.rule, options,
                                     self._voters(u, row.session_id),
                                     ballots or None, row.counts if not ballots else None)

    def _vote_state(self, u: _Unit, vote_id: str) -> VoteState:
        row, _options, ballots = self._vote_parts(u, vote_id)
        values = self._values("vote", row)
        values["options"] = tuple(
            to_record("vote_option", self._values("vote_option", o))
            for o in u.session.scalars(select(orm.VoteOptionRow).where(
                orm.VoteOptionRow.vote_id == vote_id).order_by(orm.VoteOptionRow.position)))
        values["ballots"] = tuple(ballots)
        return VoteState(to_record("vote", values), self._voters(u, row.session_id))

    def get_vote(self, vote_id: str) -> VoteState:
        with self._read() as u:
            return self._vote_state(u, vote_id)

    def open_vote(self, session_id: str, question: str, method: str = "yes_no",
                  rule: Mapping[str, Any] | None = None, options: Sequence[str] = (), *,
                  subject_type: str | None = None, subject_id: str | None = None,
                  option_subjects: Sequence[tuple[str, str] | None] = ()) -> Outcome[VoteState]:
        """Start a vote in a running or planned session. Dots and consent need options."""
        def work(u: _Unit) -> VoteState:
            meeting = self._open_session(u, session_id)
            chosen = rule
            if chosen is None:
                group = self._get(u, "group", meeting.group_id)
                chosen = (group.vote_defaults or {}).get(method)
            normalized = voting.normalize_rule(method, chosen)
            if method in ("dots", "consent") and not options:
                raise ValidationError("no_options", record=question)
            values = self._create(u, "vote", {
                "session_id": session_id, "question": question, "method": method,
                "rule": normalized, "status": "open", "opened_at": _now(),
                "subject_type": subject_type, "subject_id": subject_id,
                "position": self._next_position(u, "vote", {"session_id": session_id})})
            for i, label in enumerate(options):
                subject = option_subjects[i] if i < len(option_subjects) else None
                ov = clean_record("vote_option", {
                    "id": str(uuid.uuid4()), "label": label,
                    "subject_type": subject[0] if subject else None,
                    "subject_id": subject[1] if subject else None})
                self._check_subject(u, "vote_option", ov)
                u.session.add(orm.VoteOptionRow(vote_id=values["id"], position=i, **ov))
            u.session.flush()
            row = self._get(u, "vote", values["id"])
            row.result = self._compute(u, values["id"])
            u.session.flush()
            return self._vote_state(u, values["id"])
        return self._run("open_vote", work)

    def _open_vote_row(self, u: _Unit, vote_id: str) -> orm.VoteRow:
        row: orm.VoteRow = self._get(u, "vote", vote_id)
        if row.status == "closed":
            raise ConflictError("vote_closed", record=row.question)
        return row

    def cast_ballot(self, vote_id: str, person_id: str, *, choice: str | None = None,
                    option_id: str | None = None, points: int | None = None,
                    resistance: int | None = None) -> Outcome[VoteState]:
        """Record (or correct) a person's ballot in an open vote.

        yes/no: ``choice``; dots: ``option_id`` and ``points`` (0 removes); consent:
        ``option_id`` and ``resistance``. A correction replaces the person's earlier
        ballot on the same option; every other rule is checked by ``voting``.
        """
        def work(u: _Unit) -> VoteState:
            row = self._open_vote_row(u, vote_id)
            if row.counts:
                raise ValidationError("ballots_and_counts", record=row.question)
            _, options, _ = self._vote_parts(u, vote_id)
            key_option = None if row.method == "yes_no" else option_id
            stored = list(u.session.scalars(select(orm.BallotRow).where(
                orm.BallotRow.vote_id == vote_id).order_by(orm.BallotRow.ordinal,
                                                           orm.BallotRow.id)))
            replaced = next((b for b in stored if b.person_id == person_id
                             and (row.method == "yes_no" or b.option_id == key_option)), None)
            others = [ballot_dict(row.method, {
                "person_id": b.person_id, "option_id": b.option_id, "choice": b.choice,
                "points": b.points, "resistance": b.resistance})
                for b in stored if b is not replaced]
            if row.method == "yes_no":
                ballot: dict[str, Any] = {"person_id": person_id, "choice": choice}
            elif row.method == "dots":
                ballot = {"person_id": person_id, "option_id": option_id, "points": points}
            else:
                ballot = {"person_id": person_id, "option_id": option_id,
                          "resistance": resistance}
            removing = row.method == "dots" and points == 0
            if not removing:
                try:
                    voting.check_ballot(row.method, row.rule, options,
                                        self._voters(u, row.session_id), others, ballot)
                except VoteRuleError as err:
                    person = u.session.get(orm.PersonRow, person_id)
                    if person is not None:  # a non-voter is not in the voter list: name them
                        err.params["person"] = person.name
                    raise VoteRuleError(err.code, **err.params) from None
            old = None if replaced is None else ballot_dict(row.method, {
                "person_id": replaced.person_id, "option_id": replaced.option_id,
                "choice": replaced.choice, "points": replaced.points,
                "resistance": replaced.resistance})
            if replaced is not None:
                u.session.delete(replaced)
                u.session.flush()
            if not removing:
                u.session.add(orm.BallotRow(
                    vote_id=vote_id, person_id=person_id, option_id=ballot.get("option_id"),
                    choice=ballot.get("choice"), points=ballot.get("points"),
                    resistance=ballot.get("resistance"),
                    ordinal=replaced.ordinal if replaced is not None else len(stored)))
            u.session.flush()
            u.log("update", "vote", vote_id, None, "ballots", old, None if removing else ballot)
            row.result = self._compute(u, vote_id)
            u.changes.updated["vote"].add(vote_id)
            return self._vote_state(u, vote_id)
        return self._run("cast_ballot", work)

    def remove_ballot(self, vote_id: str, person_id: str, option_id: str | None = None
                      ) -> Outcome[VoteState]:
        """Take back a ballot of an open vote (a mis-click in the grid)."""
        def work(u: _Unit) -> VoteState:
            row = self._open_vote_row(u, vote_id)
            for b in u.session.scalars(select(orm.BallotRow).where(
                    orm.BallotRow.vote_id == vote_id, orm.BallotRow.person_id == person_id)):
                if option_id is None or b.option_id == option_id:
                    u.log("update", "vote", vote_id, None, "ballots", ballot_dict(row.method, {
                        "person_id": b.person_id, "option_id": b.option_id,
                        "choice": b.choice, "points": b.points,
                        "resistance": b.resistance}), None)
                    u.session.delete(b)
            u.session.flush()
            row.result = self._compute(u, vote_id)
            u.changes.updated["vote"].add(vote_id)
            return self._vote_state(u, vote_id)
        return self._run("remove_ballot", work)

    def set_counts(self, vote_id: str, counts: Mapping[str, Any] | None) -> Outcome[VoteState]:
        """Enter anonymous totals (show of hands per side) instead of ballots."""
        def work(u: _Unit) -> VoteState:
            row = self._open_vote_row(u, vote_id)
            _, options, ballots = self._vote_parts(u, vote_id)
            if ballots and counts:
                raise ValidationError("ballots_and_counts", record=row.question)
            normalized = None if counts is None else voting.check_counts(
                row.method, row.rule, options, self._voters(u, row.session_id), counts)
            u.log("update", "vote", vote_id, None, "counts", row.counts, normalized)
            row.counts = normalized
            u.session.flush()
            row.result = self._compute(u, vote_id)
            u.changes.updated["vote"].add(vote_id)
            return self._vote_state(u, vote_id)
        return self._run("set_counts", work)

    def close_vote(self, vote_id: str) -> Outcome[VoteState]:
        """Freeze a vote: its ballots, counts and result can no longer change."""
        def work(u: _Unit) -> VoteState:
            row = self._open_vote_row(u, vote_id)
            row.result = self._compute(u, vote_id)
            row.status = "closed"
            row.closed_at = _now()
            u.log("update", "vote", vote_id, None, "status", "open", "closed")
            u.changes.updated["vote"].add(vote_id)
            return self._vote_state(u, vote_id)
        return self._run("close_vote", work)

    def annotate_vote(self, vote_id: str, note: str) -> Outcome[VoteState]:
        """A note on a vote; allowed after closing, since it changes no figure."""
        def work(u: _Unit) -> VoteState:
            row: orm.VoteRow = self._get(u, "vote", vote_id)
            if row.note != note:
                u.log("update", "vote", vote_id, None, "note", row.note, note)
                row.note = note
                u.changes.updated["vote"].add(vote_id)
            return self._vote_state(u, vote_id)
        return self._run("annotate_vote", work)

    def vote_note(self, vote_id: str) -> str:
        with self._read() as u:
            return str(self._get(u, "vote", vote_id).note)

    def _sessions_of_person(self, u: _Unit, person_id: str) -> list[str]:
        return list(u.session.scalars(select(orm.AttendanceRow.session_id).where(
            orm.AttendanceRow.person_id == person_id)))

    def _assert_closed_votes_unchanged(self, u: _Unit, session_ids: Sequence[str]) -> None:
        """Closed votes are frozen: refuse any change that would alter their result."""
        if not session_ids:
            return
        for row in u.session.scalars(select(orm.VoteRow).where(
                orm.VoteRow.session_id.in_(session_ids), orm.VoteRow.status == "closed")):
            try:
                result = self._compute(u, row.id)
            except LipError:
                raise ConflictError("closed_vote_affected", record=row.question) from None
            if not voting.results_equal(row.method, row.result, result):
                raise ConflictError("closed_vote_affected", record=row.question)

    def _assert_open_ballots_valid(self, u: _Unit, session_ids: Sequence[str]) -> None:
        for row in u.session.scalars(select(orm.VoteRow).where(
                orm.VoteRow.session_id.in_(session_ids), orm.VoteRow.status == "open")):
            try:
                self._compute(u, row.id)
            except LipError:
                raise ConflictError("voter_has_ballot", record=row.question) from None

    def _refresh_open_results(self, u: _Unit, session_id: str) -> None:
        for row in u.session.scalars(select(orm.VoteRow).where(
                orm.VoteRow.session_id == session_id, orm.VoteRow.status == "open")):
            row.result = self._compute(u, row.id)
            u.changes.updated["vote"].add(row.id)

    # --- codes -------------------------------------------------------------------------

    def renumber(self, action_field_id: str | None = None) -> Outcome[int]:
        """Renumber goal and measure codes by their order (one field or all).

        The only operation that changes codes: exported drafts and lists cite the old
        ones, so the UI asks before calling it. Returns how many codes changed.
        """
        def work(u: _Unit) -> int:
            fields = list(u.session.scalars(select(orm.ActionFieldRow).order_by(
                orm.ActionFieldRow.position)))
            if action_field_id is not None:
                fields = [f for f in fields if f.id == action_field_id]
                if not fields:
                    raise LipError("not_found", record_type="Handlungsfeld",
                                   record=action_field_id)
            plan: dict[tuple[str, str], tuple[Any, str]] = {}
            for f in fields:
                goals = list(u.session.scalars(select(orm.GoalRow).where(
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
                        measures = u.session.scalars(select(orm.MeasureRow).where(
                            orm.MeasureRow.goal_id == g.id).order_by(orm.MeasureRow.position,
                                                                      orm.MeasureRow.code))
                        for k, m in enumerate(measures, start=1):
                            plan[("measure", m.id)] = (m, f"{f.code}-M{path}.{k}")
                        walk(g.id, f"{path}.", f, children)

                walk(None, "")
            changed = {key: v for key, v in plan.items() if v[0].code != v[1]}
            old_codes = {key: obj.code for key, (obj, _code) in changed.items()}
            for (_rt, rid), (obj, _code) in changed.items():  # two phases: codes stay unique
                obj.code = f"~{rid}"
            u.session.flush()
            for (rt, rid), (obj, code) in changed.items():
                self._check_code(u, rt, rid, code)
                u.log("update", rt, rid, code, "code", old_codes[(rt, rid)], code)
                obj.code = code
                u.changes.updated[rt].add(rid)
            u.session.flush()
            return len(changed)
        return self._run("renumber", work)

    # --- merge import and history --------------------------------------------------------

    def import_document(self, doc: Any) -> Outcome[ImportReport]:
        """Merge an interchange document into this catalogue (all or nothing)."""
        def work(u: _Unit) -> ImportReport:
            report = import_into_existing(u.session, doc, u.actor)
            for group, target in ((report.changes.created, u.changes.created),
                                  (report.changes.updated, u.changes.updated)):
                for rt, ids in group.items():
                    target[rt].update(ids)
            u.changes.moved = report.changes.moved
            return report
        return self._run("import", work)

    def history(self, record_type: str | None = None, record_id: str | None = None,
                limit: int = 500) -> list[HistoryEntry]:
        stmt = select(orm.ChangeRow).order_by(orm.ChangeRow.id.desc()).limit(limit)
        if record_type is not None:
            stmt = stmt.where(orm.ChangeRow.record_type == record_type)
        if record_id is not None:
            stmt = stmt.where(orm.ChangeRow.record_id == record_id)
        with self.catalogue.read() as conn, Session(bind=conn) as s:
            return [HistoryEntry(r.at, r.actor, r.operation, r.action, r.record_type,
                                 r.record_id, r.record_code, r.field,
                                 None if r.old is None else json.loads(r.old),
                                 None if r.new is None else json.loads(r.new))
                    for r in s.scalars(stmt)]


def new_changes() -> Changes:
    return Changes()
