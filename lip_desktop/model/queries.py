"""The list reads the screens need, as plain values.

The UI never touches the session, the ORM rows or SQL (an import contract in
``pyproject.toml`` holds it to that); what a screen shows comes from here or from
``services``. Each function opens one read connection (``Catalogue.read``) and runs one
query per table or list, never one per row, and hands back frozen dataclasses or tuples
of plain values. Where a screen used to run the statement itself, the statement moved
here unchanged, so the number and shape of the queries (and their speed) stay the same.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import func, select

from lip_desktop.model import controlling as ctl
from lip_desktop.model import enums, orm, portable, tree_sql
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.records import (
    Compromise,
    Indicator,
    Membership,
    NegotiationPosition,
    Person,
    ReviewComment,
    to_record,
)
from lip_desktop.model.snapshot import load_document, record_from_row
from lip_desktop.model.staffing import Staffing, staffing
from lip_desktop.model.terminology import TermRule
from lip_desktop.model.tree_sql import TreeChildren, TreeTop

# --- sessions (planning and live mode) ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One session as the planning list shows it."""

    id: str
    group_id: str
    title: str
    starts_at: str
    location: str
    status: str


@dataclass(frozen=True, slots=True)
class SubjectChoice:
    """A goal or measure an agenda item can refer to, with what locates it."""

    subject_type: str  # "goal" | "measure"
    id: str
    code: str
    title: str
    action_field_id: str
    goal_id: str | None  # the measure's goal; for a goal: itself

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}"


@dataclass(frozen=True, slots=True)
class FieldChoice:
    id: str
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"


def sessions_of(catalogue: Catalogue, group_id: str | None = None) -> list[SessionRow]:
    """Sessions of one group (all groups for ``None``), in date order."""
    m = orm.MeetingRow
    stmt = select(m.id, m.group_id, m.title, m.starts_at, m.location, m.status)
    if group_id is not None:
        stmt = stmt.where(m.group_id == group_id)
    with catalogue.read() as conn:
        rows = conn.execute(stmt.order_by(m.starts_at, m.title, m.id)).all()
    return [SessionRow(r[0], r[1], r[2], r[3], r[4] or "", r[5]) for r in rows]


def running_session_ids(catalogue: Catalogue) -> list[str]:
    """Sessions with status "running", the most recently started first."""
    m = orm.MeetingRow
    with catalogue.read() as conn:
        rows = conn.execute(select(m.id).where(m.status == "running")
                            .order_by(m.starts_at.desc(), m.id)).all()
    return [r[0] for r in rows]


def subject_choices(catalogue: Catalogue) -> list[SubjectChoice]:
    """All goals and measures, ordered by code (goals before their measures)."""
    g, ms = orm.GoalRow, orm.MeasureRow
    with catalogue.read() as conn:
        goals = conn.execute(select(g.id, g.code, g.title, g.action_field_id)).all()
        field_of = {r[0]: r[3] for r in goals}
        measures = conn.execute(select(ms.id, ms.code, ms.title, ms.goal_id)).all()
    out = [SubjectChoice("goal", r[0], r[1], r[2], r[3], r[0]) for r in goals]
    out += [SubjectChoice("measure", r[0], r[1], r[2], field_of.get(r[3], ""), r[3])
            for r in measures]
    return sorted(out, key=lambda c: (c.code, c.subject_type))


def action_fields(catalogue: Catalogue) -> list[FieldChoice]:
    """All action fields in their stored order."""
    f = orm.ActionFieldRow
    with catalogue.read() as conn:
        rows = conn.execute(select(f.id, f.code, f.name).order_by(f.position, f.id)).all()
    return [FieldChoice(r[0], r[1], r[2]) for r in rows]


# --- forms --------------------------------------------------------------------------------


def indicators_of(catalogue: Catalogue, measure_id: str) -> list[Indicator]:
    """The indicators of one measure in their stored order."""
    table = orm.IndicatorRow.__table__
    stmt = (select(table).where(table.c.measure_id == measure_id)
            .order_by(table.c.position, table.c.id))
    with catalogue.read() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    return [to_record("indicator", record_from_row("indicator", r)) for r in rows]


def term_rules(catalogue: Catalogue) -> list[TermRule]:
    """The catalogue's terminology rules, in list order."""
    t = orm.TermRuleRow
    with catalogue.read() as conn:
        rows = conn.execute(select(t.id, t.term, t.replacement, t.note)
                            .order_by(t.position, t.id)).all()
    return [TermRule(r[0], r[1], r[2], r[3] or "") for r in rows]


def used_tags(catalogue: Catalogue, key: str) -> set[str]:
    """Every entry of ``partners`` or ``target_groups`` used by any measure."""
    if key not in ("partners", "target_groups"):
        raise ValueError(key)
    column = orm.MeasureRow.__table__.c[key]
    out: set[str] = set()
    with catalogue.read() as conn:
        for (value,) in conn.execute(select(column)):
            entries: Any = json.loads(value) if isinstance(value, str) else value
            out.update(e for e in entries or () if isinstance(e, str))
    return out


# --- small choice lists (export options, "move to goal") ----------------------------------


def action_field_names(catalogue: Catalogue) -> tuple[tuple[str, str], ...]:
    """(code, name) of every action field in their stored order (the export scope)."""
    with catalogue.read() as conn:
        rows = conn.exec_driver_sql("SELECT code, name FROM action_field ORDER BY position")
        return tuple((r[0], r[1]) for r in rows)


def goal_choices(catalogue: Catalogue) -> tuple[tuple[str, str, str], ...]:
    """(id, code, title) of every goal, ordered by code (targets to move a measure to)."""
    with catalogue.read() as conn:
        goals = conn.exec_driver_sql("SELECT id, code, title FROM goal ORDER BY code").all()
    return tuple((r[0], r[1], r[2]) for r in goals)


# --- whole documents ----------------------------------------------------------------------


def catalogue_document(catalogue: Catalogue) -> dict[str, Any]:
    """The catalogue as the interchange body (``snapshot.load_document``), one read."""
    with catalogue.read() as conn:
        return load_document(conn)


def export_document(catalogue: Catalogue) -> dict[str, Any]:
    """The whole catalogue as a ``lip-catalogue`` v1 document (exports read this)."""
    from lip_desktop.model import interchange  # noqa: PLC0415 - avoids an import cycle

    with catalogue.read() as conn:
        return interchange.export_document(conn)


def search_index(catalogue: Catalogue) -> Any:
    """The search index over every text of the catalogue (``search.SearchIndex``)."""
    from lip_desktop.model.search import SearchIndex  # noqa: PLC0415

    with catalogue.read() as conn:
        return SearchIndex.read(conn)


# --- people and groups --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One expert group with what the list shows about it."""

    id: str
    name: str
    action_field_id: str
    field_code: str
    field_name: str
    members: tuple[Membership, ...]
    staffing: Staffing


def people(catalogue: Catalogue) -> list[Person]:
    """All people in catalogue order (one query)."""
    p = orm.PersonRow
    with catalogue.read() as conn:
        rows = conn.execute(select(p.id, p.name, p.organisation, p.side, p.position)
                            .order_by(p.position, p.id)).all()
    return [Person(id=r[0], name=r[1], organisation=r[2] or "", side=r[3], position=r[4])
            for r in rows]


def groups(catalogue: Catalogue) -> list[GroupSummary]:
    """All groups, ordered by action field and then position, with their staffing
    (three queries, whatever the number of groups)."""
    g, f, m, p = orm.GroupRow, orm.ActionFieldRow, orm.MembershipRow, orm.PersonRow
    with catalogue.read() as conn:
        rows = conn.execute(select(g.id, g.name, g.action_field_id, f.code, f.name)
                            .join(f, f.id == g.action_field_id)
                            .order_by(f.position, g.position, g.id)).all()
        members: dict[str, list[Membership]] = {}
        for gid, pid, role in conn.execute(select(m.group_id, m.person_id, m.role)
                                           .order_by(m.group_id, m.position, m.person_id)):
            members.setdefault(gid, []).append(Membership(person_id=pid, role=role))
        sides: dict[str, str] = dict(conn.execute(select(p.id, p.side)).all())
    return [GroupSummary(gid, name, fid, code, fname, tuple(members.get(gid, ())),
                     staffing(members.get(gid, ()), sides))
            for gid, name, fid, code, fname in rows]


# --- history and review comments ----------------------------------------------------------


def person_names(catalogue: Catalogue, ids: Iterable[str]) -> dict[str, str]:
    """``person id -> name`` for the given ids (one query; unknown ids are left out)."""
    p = orm.PersonRow
    with catalogue.read() as conn:
        return dict(conn.execute(select(p.id, p.name).where(p.id.in_(ids))).all())


def review_comments(catalogue: Catalogue, subject_type: str | None = None,
                    subject_id: str | None = None, *, open_only: bool = False
                    ) -> list[ReviewComment]:
    """Review comments, oldest first; of one record, or (``open_only``) the open ones."""
    c = orm.ReviewCommentRow
    stmt = select(c.id, c.subject_type, c.subject_id, c.author, c.text, c.created_at,
                  c.source, c.resolved, c.position)
    if subject_type is not None and subject_id is not None:
        stmt = stmt.where(c.subject_type == subject_type, c.subject_id == subject_id)
    if open_only:
        stmt = stmt.where(c.resolved.is_(False))
    stmt = stmt.order_by(c.created_at, c.position, c.id)
    with catalogue.read() as conn:
        rows = conn.execute(stmt).all()
    return [ReviewComment(id=r[0], subject_type=r[1], subject_id=r[2], author=r[3] or "",
                          text=r[4], created_at=r[5], source=r[6], resolved=bool(r[7]),
                          position=r[8])
            for r in rows]


def subject_values(catalogue: Catalogue, wanted: Mapping[str, Iterable[str]]
                   ) -> dict[tuple[str, str], dict[str, Any]]:
    """``(type, id) -> {"id", "code", "title", "text"}`` (those the table has) for the
    records ``wanted`` names per record type: one query per record type. Unknown record
    types and ids are left out."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    with catalogue.read() as conn:
        for rt, ids in wanted.items():
            table = orm.TABLES.get(rt)
            if table is None:
                continue
            columns = [getattr(table, k) for k in ("id", "code", "title", "text")
                       if hasattr(table, k)]
            for row in conn.execute(select(*columns).where(
                    table.id.in_(ids))).mappings():  # type: ignore[attr-defined]
                out[(rt, row["id"])] = dict(row)
    return out


# --- votes --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionVote:
    """One vote of a session with its stored result and option labels."""

    id: str
    question: str
    method: str
    status: str
    result: dict[str, Any] | None
    labels: dict[str, str]  # option id -> label, in option order


def session_votes(catalogue: Catalogue, session_id: str) -> list[SessionVote]:
    """The session's votes in their order, with stored results and option labels
    (two queries, whatever the number of votes)."""
    v, o = orm.VoteRow, orm.VoteOptionRow
    with catalogue.read() as conn:
        rows = conn.execute(select(v.id, v.question, v.method, v.status, v.result)
                            .where(v.session_id == session_id)
                            .order_by(v.position, v.id)).all()
        labels: dict[str, dict[str, str]] = {}
        for vote_id, option_id, label in conn.execute(
                select(o.vote_id, o.id, o.label).join(v, v.id == o.vote_id)
                .where(v.session_id == session_id).order_by(o.vote_id, o.position)):
            labels.setdefault(vote_id, {})[option_id] = label
    return [SessionVote(r[0], r[1], r[2], r[3], r[4], labels.get(r[0], {})) for r in rows]


def measures_of_goal(catalogue: Catalogue, goal_id: str) -> tuple[tuple[str, str, str], ...]:
    """(id, code, title) of the measures of one goal in their order."""
    m = orm.MeasureRow
    with catalogue.read() as conn:
        rows = conn.execute(select(m.id, m.code, m.title).where(
            m.goal_id == goal_id).order_by(m.position, m.id)).all()
    return tuple((r[0], r[1], r[2]) for r in rows)


# --- negotiation (positions, compromises, Sondervoten) ------------------------------------


@dataclass(frozen=True, slots=True)
class PersonEntry:
    id: str
    name: str
    side: str | None


@dataclass(frozen=True, slots=True)
class Negotiation:
    """Everything the panel shows for one subject, read in one go."""

    positions: tuple[NegotiationPosition, ...] = ()
    compromises: tuple[Compromise, ...] = ()
    #: All people of the catalogue in list order (names of holders, the holder combos).
    people: Mapping[str, PersonEntry] = field(default_factory=dict)
    #: Titles of the sessions the positions and compromises were recorded in.
    sessions: Mapping[str, str] = field(default_factory=dict)

    def holder(self, person_id: str | None, side: str | None, label: str) -> str:
        """Who holds a position or Sondervotum: the person, else the group or the side."""
        if person_id:
            person = self.people.get(person_id)
            return person.name if person is not None else person_id
        label = (label or "").strip()
        side_label = enums.label(enums.SIDE, side, "") if side else ""
        if label and side_label and label != side_label:
            return f"{label} ({side_label})"
        return label or side_label

    def session_title(self, session_id: str | None) -> str:
        return self.sessions.get(session_id, "") if session_id else ""

    def labels(self) -> list[str]:
        """Group names already used for this subject (offered again in the combos)."""
        seen: dict[str, None] = {}
        for p in self.positions:
            if p.label.strip() and not p.person_id:
                seen[p.label.strip()] = None
        for c in self.compromises:
            for d in c.dissents:
                if d.label.strip() and not d.person_id:
                    seen[d.label.strip()] = None
        return list(seen)


def read_negotiation(catalogue: Catalogue, subject_type: str, subject_id: str) -> Negotiation:
    """The positions, compromises (with settled positions and Sondervoten), people and
    session titles of one subject: six queries on one read connection, whatever the
    number of rows."""
    st = orm.PositionRow.__table__
    ct = orm.CompromiseRow.__table__
    lt = orm.CompromisePositionRow.__table__
    dt = orm.DissentRow.__table__
    pt = orm.PersonRow.__table__
    mt = orm.MeetingRow.__table__
    with catalogue.read() as conn:
        position_rows = [dict(r) for r in conn.execute(
            select(st).where(st.c.subject_type == subject_type, st.c.subject_id == subject_id)
            .order_by(st.c.position, st.c.id)).mappings()]
        compromise_rows = [dict(r) for r in conn.execute(
            select(ct).where(ct.c.subject_type == subject_type, ct.c.subject_id == subject_id)
            .order_by(ct.c.position, ct.c.id)).mappings()]
        ids = [c["id"] for c in compromise_rows]
        links: dict[str, list[str]] = {cid: [] for cid in ids}
        dissents: dict[str, list[Any]] = {cid: [] for cid in ids}
        if ids:
            for cid, pid in conn.execute(
                    select(lt.c.compromise_id, lt.c.position_id)
                    .where(lt.c.compromise_id.in_(ids)).order_by(lt.c.ordinal)):
                links[cid].append(pid)
            for cid, person_id, label, text in conn.execute(
                    select(dt.c.compromise_id, dt.c.person_id, dt.c.label, dt.c.text)
                    .where(dt.c.compromise_id.in_(ids)).order_by(dt.c.ordinal, dt.c.id)):
                dissents[cid].append(to_record("dissent", {
                    "person_id": person_id, "label": label or "", "text": text}))
        people = {r[0]: PersonEntry(r[0], r[1], r[2]) for r in conn.execute(
            select(pt.c.id, pt.c.name, pt.c.side).order_by(pt.c.position, pt.c.id))}
        session_ids = {r["session_id"] for r in position_rows + compromise_rows
                       if r["session_id"]}
        sessions: dict[str, str] = {}
        if session_ids:
            sessions = {r[0]: r[1] for r in conn.execute(
                select(mt.c.id, mt.c.title).where(mt.c.id.in_(session_ids)))}
    positions = tuple(to_record("position", record_from_row("position", r))
                      for r in position_rows)
    compromises = []
    for row in compromise_rows:
        values = record_from_row("compromise", row)
        values["position_ids"] = tuple(links[row["id"]])
        values["dissents"] = tuple(dissents[row["id"]])
        compromises.append(to_record("compromise", values))
    return Negotiation(positions, tuple(compromises), people, sessions)


# --- the catalogue tree (loaded one node at a time) ---------------------------------------


def _runner(conn: Any) -> tree_sql.Run:
    """The tree's plain SQL (``model/tree_sql.py``) on this connection's driver."""
    return lambda sql, params: portable.run(conn, sql, params).all()


def catalogue_title(catalogue: Catalogue) -> str:
    """The catalogue's title (the window title), without loading the services."""
    with catalogue.read() as conn:
        row = tree_sql.read_catalogue_row(_runner(conn))
    return row[1] if row is not None else ""


def tree_top(catalogue: Catalogue) -> TreeTop:
    """What the tree shows at its top level.

    The same SQL text as the first paint of a file reads with ``sqlite3``
    (``model/first_look.py``), run here through the catalogue's connection: no mapped
    attributes (an ORM select configures every mapper first, about 0.2 s).
    """
    with catalogue.read() as conn:
        return tree_sql.read_top(_runner(conn))


def strategy_sections(catalogue: Catalogue) -> tuple[tuple[str, str], ...]:
    """(id, title) of the strategy sections in their order."""
    with catalogue.read() as conn:
        rows = conn.execute(select(orm.StrategySectionRow.id, orm.StrategySectionRow.title)
                            .order_by(orm.StrategySectionRow.position)).all()
    return tuple((r[0], r[1]) for r in rows)


def tree_children(catalogue: Catalogue, kind: str, record_id: str) -> TreeChildren:
    """The goals (and, under a goal, the measures) below an action field or goal."""
    with catalogue.read() as conn:
        return tree_sql.read_children(_runner(conn), kind, record_id)


def tree_path(catalogue: Catalogue, record_type: str, record_id: str
              ) -> list[tuple[str, str]]:
    """The chain of (kind, id) from the top down to a record's parent (one query per
    level of goals)."""
    chain: list[tuple[str, str]] = []
    with catalogue.read() as conn:
        goal_id: str | None = None
        if record_type == "measure":
            goal_id = conn.execute(select(orm.MeasureRow.goal_id).where(
                orm.MeasureRow.id == record_id)).scalar()
        elif record_type == "goal":
            goal_id = conn.execute(select(orm.GoalRow.parent_id).where(
                orm.GoalRow.id == record_id)).scalar()
            if goal_id is None:
                field_id = conn.execute(select(orm.GoalRow.action_field_id).where(
                    orm.GoalRow.id == record_id)).scalar()
                return [("action_field", str(field_id))]
        while goal_id is not None:
            chain.insert(0, ("goal", goal_id))
            row = conn.execute(select(orm.GoalRow.parent_id, orm.GoalRow.action_field_id)
                               .where(orm.GoalRow.id == goal_id)).one_or_none()
            if row is None:
                break
            parent_id, field_id = row
            if parent_id is None:
                chain.insert(0, ("action_field", field_id))
            goal_id = parent_id
    return chain


def tree_parent(catalogue: Catalogue, kind: str, record_id: str) -> tuple[str, str] | None:
    """(kind, id) of the record a measure or goal sits under now: ("goal", …) or
    ("action_field", …); None when unknown (or for other record types)."""
    with catalogue.read() as conn:
        if kind == "measure":
            goal = conn.execute(select(orm.MeasureRow.goal_id).where(
                orm.MeasureRow.id == record_id)).scalar()
            return ("goal", goal) if goal else None
        if kind == "goal":
            row = conn.execute(select(orm.GoalRow.parent_id, orm.GoalRow.action_field_id)
                               .where(orm.GoalRow.id == record_id)).one_or_none()
            if row is None:
                return None
            return ("goal", row[0]) if row[0] else ("action_field", row[1])
    return None


def tree_node_values(catalogue: Catalogue, kind: str, record_id: str
                     ) -> tuple[tuple[str, Any], ...]:
    """(attribute, value) pairs a tree row shows for one record (``code``, ``title``,
    ``status``, ``steering``, as far as the record type has them); empty when the
    record is gone. Any kind other than measure, goal and action field is read as a
    strategy section."""
    with catalogue.read() as conn:
        if kind == "measure":
            m = orm.MeasureRow
            row = conn.execute(select(m.code, m.title, m.status, m.steering_decision)
                               .where(m.id == record_id)).one_or_none()
            if row:
                return tuple(zip(("code", "title", "status", "steering"), row, strict=True))
        elif kind == "goal":
            goal = conn.execute(select(orm.GoalRow.code, orm.GoalRow.title,
                                       orm.GoalRow.status).where(orm.GoalRow.id == record_id)
                                ).one_or_none()
            if goal:
                return tuple(zip(("code", "title", "status"), goal, strict=True))
        elif kind == "action_field":
            af = conn.execute(select(orm.ActionFieldRow.code, orm.ActionFieldRow.name)
                              .where(orm.ActionFieldRow.id == record_id)).one_or_none()
            if af:
                return tuple(zip(("code", "title"), af, strict=True))
        else:
            title = conn.execute(select(orm.StrategySectionRow.title).where(
                orm.StrategySectionRow.id == record_id)).scalar()
            if title is not None:
                return (("title", title),)
    return ()


# --- the measure list (all measures at once) ----------------------------------------------

_M = orm.MeasureRow
_MEASURE_COLUMNS: Final = (_M.id, _M.code, _M.title, _M.description, _M.goal_id, _M.lead,
                           _M.start, _M.end, _M.kind, _M.cost_eur, _M.status, _M.priority,
                           _M.origin, _M.steering_decision, _M.steering_note,
                           _M.implementation)
#: The values of each measure in ``MeasureList.measures``, in this order.
MEASURE_LIST_COLUMNS: Final = tuple(c.key for c in _MEASURE_COLUMNS)
#: Measures read by id go in chunks of this many ids: SQLite's limit on bound parameters
#: is far higher; chunks keep statements small.
_CHUNK: Final = 500


@dataclass(frozen=True, slots=True)
class MeasureList:
    """What the measure list reads in one go (on one read connection)."""

    #: One tuple per measure, values in ``MEASURE_LIST_COLUMNS`` order, unsorted.
    measures: tuple[tuple[Any, ...], ...]
    #: (id, code, name, position) of the action fields by position; None if not asked.
    fields: tuple[tuple[str, str | None, str, int], ...] | None = None
    #: (id, code, title, action_field_id) of every goal; None if not asked.
    goals: tuple[tuple[str, str | None, str, str], ...] | None = None
    #: Indicators per measure id; None if not asked.
    indicator_counts: Mapping[str, int] | None = None
    #: Open (unresolved) review comments per measure id; None if not asked.
    open_comment_counts: Mapping[str, int] | None = None


def measure_list(catalogue: Catalogue, ids: Sequence[str] | None = None, *,
                 lookups: bool = True, counts: bool = True) -> MeasureList:
    """Measures (all, or those of ``ids``), plus the action fields and goals
    (``lookups``) and the indicator and open comment counts (``counts``): one query
    each (the ids in chunks of 500), never one per measure."""
    with catalogue.read() as conn:
        fields = goals = None
        if lookups:
            f, g = orm.ActionFieldRow, orm.GoalRow
            fields = tuple((r[0], r[1], r[2], r[3]) for r in conn.execute(
                select(f.id, f.code, f.name, f.position).order_by(f.position, f.code)))
            goals = tuple((r[0], r[1], r[2], r[3]) for r in conn.execute(
                select(g.id, g.code, g.title, g.action_field_id)))
        stmt = select(*_MEASURE_COLUMNS)
        if ids is None:
            raw = conn.execute(stmt).all()
        else:
            raw = []
            for i in range(0, len(ids), _CHUNK):
                raw += conn.execute(stmt.where(_M.id.in_(ids[i:i + _CHUNK]))).all()
        indicators = comments = None
        if counts:
            ind = orm.IndicatorRow
            com = orm.ReviewCommentRow
            # ``.all()``: a Result has ``keys()``, so ``dict(result)`` would take it for a
            # mapping.
            indicators = dict(conn.execute(
                select(ind.measure_id, func.count()).group_by(ind.measure_id)).all())
            comments = dict(conn.execute(
                select(com.subject_id, func.count())
                .where(com.subject_type == "measure", com.resolved.is_(False))
                .group_by(com.subject_id)).all())
    return MeasureList(tuple(map(tuple, raw)), fields, goals, indicators, comments)


# --- controlling (after adoption) ----------------------------------------------------------


def _indicator_values(conn: Any) -> dict[str, list[tuple[int, float]]]:
    """Every indicator's ``(year, value)`` pairs, oldest first: one query."""
    v = orm.IndicatorValueRow
    out: dict[str, list[tuple[int, float]]] = {}
    for ind_id, year, value in conn.execute(
            select(v.indicator_id, v.year, v.value).order_by(v.indicator_id, v.year)):
        out.setdefault(ind_id, []).append((int(year), float(value)))
    return out


def target_states(catalogue: Catalogue, measure_ids: Collection[str] | None = None
                  ) -> dict[str, str]:
    """Each measure's target state (``controlling.measure_target_state``) by id; measures
    without indicators are left out. ``measure_ids`` limits the read to those measures
    (an edit's refresh); None reads all.

    One query for the whole catalogue: every indicator with only its newest value (a
    window function picks it in SQLite), since the rule judges the newest value. The
    measure list runs it on loading and after indicators or their values change.
    """
    i, v = orm.IndicatorRow, orm.IndicatorValueRow
    newest = select(v.indicator_id, v.year, v.value, func.row_number().over(
        partition_by=v.indicator_id, order_by=v.year.desc()).label("n")).subquery()
    stmt = select(i.measure_id, i.baseline, i.target, i.target_year, newest.c.year,
                  newest.c.value).outerjoin(
        newest, (newest.c.indicator_id == i.id) & (newest.c.n == 1))
    per_measure: dict[str, list[str]] = {}
    if measure_ids is None:
        statements = [stmt]
    else:
        ids = sorted(measure_ids)
        statements = [stmt.where(i.measure_id.in_(ids[n:n + _CHUNK]))
                      for n in range(0, len(ids), _CHUNK)]
    with catalogue.read() as conn:
        rows = [r for statement in statements for r in conn.execute(statement)]
        for measure_id, baseline, target, target_year, year, value in rows:
            values = () if year is None else ((int(year), float(value)),)
            per_measure.setdefault(measure_id, []).append(
                ctl.target_state(baseline, target, target_year, values))
    return {mid: state for mid, states in per_measure.items()
            if (state := ctl.measure_target_state(states)) is not None}


def measures_of_indicators(catalogue: Catalogue, indicator_ids: Collection[str],
                           value_ids: Collection[str]) -> set[str] | None:
    """The measures the given indicators and indicator values belong to; None when one
    of them no longer exists (deleted: its measure cannot be told, the caller reads all).
    """
    i, v = orm.IndicatorRow, orm.IndicatorValueRow
    found: set[str] = set()
    seen_indicators = seen_values = 0
    with catalogue.read() as conn:
        ind = sorted(indicator_ids)
        for n in range(0, len(ind), _CHUNK):
            rows = conn.execute(select(i.measure_id).where(i.id.in_(ind[n:n + _CHUNK]))).all()
            seen_indicators += len(rows)
            found.update(r[0] for r in rows)
        val = sorted(value_ids)
        for n in range(0, len(val), _CHUNK):
            rows = conn.execute(select(i.measure_id).join(v, v.indicator_id == i.id)
                                .where(v.id.in_(val[n:n + _CHUNK]))).all()
            seen_values += len(rows)
            found.update(r[0] for r in rows)
    if seen_indicators < len(ind) or seen_values < len(val):
        return None
    return found


def indicator_series(catalogue: Catalogue, indicator_id: str) -> ctl.IndicatorSeries | None:
    """One indicator as ``controlling.IndicatorSeries`` (the indicator form's chart);
    None when the indicator no longer exists."""
    i, m, v = orm.IndicatorRow, orm.MeasureRow, orm.IndicatorValueRow
    with catalogue.read() as conn:
        row = conn.execute(select(m.code, i.name, i.unit, i.baseline, i.baseline_year,
                                  i.target, i.target_year).join(m, m.id == i.measure_id)
                           .where(i.id == indicator_id)).first()
        if row is None:
            return None
        values = tuple((int(y), float(x)) for y, x in conn.execute(
            select(v.year, v.value).where(v.indicator_id == indicator_id).order_by(v.year)))
    return ctl.IndicatorSeries(row[0], row[1], row[2] or "", row[3], row[4], row[5], row[6],
                           values)


def controlling_data(catalogue: Catalogue, year: int) -> ctl.ControllingData:
    """The values of the controlling report of ``year`` (``controlling.ControllingData``).

    Measures in the report are those with an implementation state or a progress report
    (the adopted plan); each is counted under its status in ``year``
    (``controlling.status_in_year``). One query per table.
    """
    f, g, m, p = orm.ActionFieldRow, orm.GoalRow, orm.MeasureRow, orm.ProgressReportRow
    i = orm.IndicatorRow
    with catalogue.read() as conn:
        title = conn.execute(select(orm.CatalogueRow.title)).scalar() or ""
        fields = conn.execute(select(f.id, f.code, f.name).order_by(f.position, f.code)).all()
        goal_field = dict(conn.execute(select(g.id, g.action_field_id)).all())
        measures = conn.execute(select(m.id, m.code, m.title, m.goal_id, m.implementation)
                                .order_by(m.code)).all()
        reports: dict[str, dict[int, tuple[str, str, str]]] = {}
        for mid, ryear, status, text, by in conn.execute(
                select(p.measure_id, p.year, p.status, p.text, p.reported_by)):
            reports.setdefault(mid, {})[int(ryear)] = (status, text or "", by or "")
        values = _indicator_values(conn)
        indicators = conn.execute(
            select(i.id, i.measure_id, i.name, i.unit, i.baseline, i.baseline_year, i.target,
                   i.target_year).order_by(i.measure_id, i.position)).all()
    field_of = {fid: (code, name) for fid, code, name in fields}
    counts: dict[str, dict[str, int]] = {fid: dict.fromkeys(ctl.STATUS_ORDER, 0)
                                         for fid, _, _ in fields}
    reported: list[ctl.ReportedMeasure] = []
    codes: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    previous: dict[str, str] = {}
    current: dict[str, str] = {}
    for mid, code, mtitle, goal_id, impl in measures:
        own = reports.get(mid, {})
        if impl is None and not own:
            continue
        fid = goal_field.get(goal_id, "")
        status = ctl.status_in_year({y: r[0] for y, r in own.items()},
                                  (impl or {}).get("status"), year)
        counts.setdefault(fid, dict.fromkeys(ctl.STATUS_ORDER, 0))
        counts[fid][status] = counts[fid].get(status, 0) + 1
        this, before = own.get(year), own.get(year - 1)
        reported.append(ctl.ReportedMeasure(
            code, mtitle, field_of.get(fid, ("", ""))[0], status,
            this[1] if this else "", this[2] if this else "",
            before[0] if before else None, this is not None))
        codes[mid] = code
        names[mid] = (code, mtitle)
        if this:
            current[mid] = this[0]
        if before:
            previous[mid] = before[0]
    series = tuple(
        ctl.IndicatorSeries(codes[mid], name, unit or "", baseline, byear, target, tyear,
                          tuple(values.get(ind_id, ())))
        for ind_id, mid, name, unit, baseline, byear, target, tyear in indicators
        if mid in codes)
    by_code = sorted(series, key=lambda s: ctl.code_key(s.measure_code))
    return ctl.ControllingData(
        catalogue_title=title, year=year,
        fields=tuple(ctl.FieldCounts(code, name, counts[fid]) for fid, code, name in fields),
        measures=tuple(sorted(reported, key=lambda r: ctl.code_key(r.code))),
        indicators=tuple(by_code),
        changes=ctl.changes_between(previous, current, names),
        first_reports=len(current.keys() - previous.keys()),
        missing_reports=len(previous.keys() - current.keys()))
