"""Read a whole catalogue as an interchange-shaped dict (``lip-catalogue`` v2 body).

The JSON export, the merge import and the Word/Excel exports all read this one shape.
One query per table, never one per record: 21,000 measures load in a fraction of a
second. Order is deterministic (position, then a stable key), so export → import →
export gives the same document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from lip_desktop.model import orm, stored_json
from lip_desktop.model.records import SPECS, Kind


def _table(cls: type[orm.Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


def _rows(conn: Connection, cls: type[orm.Base], *order: str,
          where: tuple[str, Collection[str]] | None = None) -> list[dict[str, Any]]:
    """All rows of a table in order; with ``where=(column, ids)`` only those rows."""
    table = _table(cls)
    stmt = select(table).order_by(*(table.c[o] for o in order))
    if where is None:
        return [dict(r) for r in conn.execute(stmt).mappings()]
    column, ids = where
    wanted = sorted(ids)
    out: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):  # SQLite's bound-parameter limit
        chunk = wanted[start:start + 500]
        out.extend(dict(r) for r in conn.execute(stmt.where(table.c[column].in_(chunk)))
                   .mappings())
    return out


def record_from_row(record_type: str, row: Mapping[str, Any], *, internal: bool = True
                    ) -> dict[str, Any]:
    """Interchange dict of a stored row (nested lists are added by the caller).

    ``row`` is keyed by column names (``FieldSpec.column`` where it differs from the key).
    """
    spec = SPECS[record_type]
    out: dict[str, Any] = {}
    for key, fs in spec.fields.items():
        if fs.internal and not internal:
            continue
        if fs.kind is Kind.NESTED:
            continue
        value = row.get(fs.column or key)
        if fs.kind is Kind.STR_LIST:
            if isinstance(value, str):  # raw rows carry the JSON text
                value = stored_json.loads(value)
            value = list(value or [])
        elif fs.kind is Kind.OBJECT and isinstance(value, str):
            value = stored_json.loads(value)
        elif fs.kind is Kind.BOOL and value is not None:
            value = bool(value)
        if key == "vote_defaults" and not value:
            value = {}  # "none set" is one value whether stored as NULL or {}, never null
        out[key] = value
    return out


def load_document(conn: Connection, *, internal: bool = False,
                  goal_ids: Collection[str] | None = None,
                  measure_ids: Collection[str] | None = None) -> dict[str, Any]:
    """The catalogue as the interchange body (without ``format``/``exported_at``).

    ``internal=True`` keeps the internal ordering keys (for merges and undo bundles).
    ``goal_ids``/``measure_ids`` restrict the three large tables (goals, measures and
    their indicators) to those records, for operations on a few of 21,000 measures.
    """
    cat = conn.execute(select(_table(orm.CatalogueRow))).mappings().first()
    doc: dict[str, Any] = {
        "catalogue": record_from_row("catalogue", dict(cat or {}), internal=internal),
    }

    fields = _rows(conn, orm.ActionFieldRow, "position", "code")
    field_rank = {f["id"]: i for i, f in enumerate(fields)}
    doc["action_fields"] = [record_from_row("action_field", r, internal=internal) for r in fields]
    doc["strategy_sections"] = [
        record_from_row("strategy_section", r, internal=internal)
        for r in _rows(conn, orm.StrategySectionRow, "position", "id")
    ]
    doc["people"] = [record_from_row("person", r, internal=internal)
                     for r in _rows(conn, orm.PersonRow, "position", "id")]

    members: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in _rows(conn, orm.MembershipRow, "group_id", "position", "person_id"):
        members[m["group_id"]].append({"person_id": m["person_id"], "role": m["role"]})
    groups = []
    for r in _rows(conn, orm.GroupRow, "position", "id"):
        g = record_from_row("group", r, internal=internal)
        g["members"] = members.get(r["id"], [])
        groups.append(g)
    doc["groups"] = groups

    goals = _rows(conn, orm.GoalRow, "position", "code", "id",
                  where=None if goal_ids is None else ("id", goal_ids))
    ordered_goals = _tree_order(goals, field_rank)
    goal_rank = {g["id"]: i for i, g in enumerate(ordered_goals)}
    doc["goals"] = [record_from_row("goal", r, internal=internal) for r in ordered_goals]

    measures = _rows(conn, orm.MeasureRow, "position", "code", "id",
                     where=None if measure_ids is None else ("id", measure_ids))
    measures.sort(key=lambda m: goal_rank.get(m["goal_id"], len(goal_rank)))
    measure_rank = {m["id"]: i for i, m in enumerate(measures)}
    doc["measures"] = [record_from_row("measure", r, internal=internal) for r in measures]

    indicators = _rows(conn, orm.IndicatorRow, "position", "id",
                       where=None if measure_ids is None else ("measure_id", measure_ids))
    indicators.sort(key=lambda i: measure_rank.get(i["measure_id"], len(measure_rank)))
    doc["indicators"] = [record_from_row("indicator", r, internal=internal) for r in indicators]

    attendance: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in _rows(conn, orm.AttendanceRow, "session_id", "position", "person_id"):
        attendance[a["session_id"]].append(
            {"person_id": a["person_id"], "present": bool(a["present"])})
    agenda: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in _rows(conn, orm.AgendaItemRow, "session_id", "position", "id"):
        agenda[item["session_id"]].append(record_from_row("agenda_item", item))
    sessions = []
    for r in _rows(conn, orm.MeetingRow, "starts_at", "id"):
        s = record_from_row("session", r, internal=internal)
        s["attendance"] = attendance.get(r["id"], [])
        s["agenda"] = agenda.get(r["id"], [])
        sessions.append(s)
    doc["sessions"] = sessions

    doc["positions"] = [record_from_row("position", r, internal=internal)
                        for r in _rows(conn, orm.PositionRow, "position", "id")]

    links: defaultdict[str, list[str]] = defaultdict(list)
    for link in _rows(conn, orm.CompromisePositionRow, "compromise_id", "ordinal"):
        links[link["compromise_id"]].append(link["position_id"])
    dissents: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in _rows(conn, orm.DissentRow, "compromise_id", "ordinal", "id"):
        dissents[d["compromise_id"]].append(
            {"person_id": d["person_id"], "label": d["label"], "text": d["text"]})
    compromises = []
    for r in _rows(conn, orm.CompromiseRow, "position", "id"):
        c = record_from_row("compromise", r, internal=internal)
        c["position_ids"] = links.get(r["id"], [])
        c["dissents"] = dissents.get(r["id"], [])
        compromises.append(c)
    doc["compromises"] = compromises

    options: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for o in _rows(conn, orm.VoteOptionRow, "vote_id", "position", "id"):
        options[o["vote_id"]].append(record_from_row("vote_option", o))
    ballots: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    for b in _rows(conn, orm.BallotRow, "vote_id", "ordinal", "id"):
        ballots[b["vote_id"]].append(b)
    votes = []
    for r in _rows(conn, orm.VoteRow, "position", "id"):
        v = record_from_row("vote", r, internal=internal)
        v["options"] = options.get(r["id"], [])
        v["ballots"] = [ballot_dict(r["method"], b) for b in ballots.get(r["id"], [])]
        votes.append(v)
    doc["votes"] = votes

    doc["review_comments"] = [
        record_from_row("review_comment", r, internal=internal)
        for r in _rows(conn, orm.ReviewCommentRow, "position", "id")
    ]
    doc["terminology"] = [record_from_row("terminology", r, internal=internal)
                          for r in _rows(conn, orm.TermRuleRow, "position", "id")]
    session_rank = {s["id"]: i for i, s in enumerate(sessions)}
    for record_type, cls in (("parking_item", orm.ParkingItemRow),
                             ("decision", orm.DecisionRow)):
        rows = _rows(conn, cls, "position", "id")
        rows.sort(key=lambda r: session_rank.get(r["session_id"], len(session_rank)))
        doc[SPECS[record_type].json_key] = [record_from_row(record_type, r, internal=internal)
                                            for r in rows]

    # Yearly records follow their indicator or measure, then the year.
    indicator_rank = {i["id"]: n for n, i in enumerate(indicators)}
    values = _rows(conn, orm.IndicatorValueRow, "year", "id",
                   where=None if measure_ids is None else ("indicator_id", indicator_rank))
    values.sort(key=lambda v: indicator_rank.get(v["indicator_id"], len(indicator_rank)))
    doc["indicator_values"] = [record_from_row("indicator_value", r, internal=internal)
                               for r in values]
    reports = _rows(conn, orm.ProgressReportRow, "year", "reported_at", "id",
                    where=None if measure_ids is None else ("measure_id", measure_ids))
    reports.sort(key=lambda r: measure_rank.get(r["measure_id"], len(measure_rank)))
    doc["progress_reports"] = [record_from_row("progress_report", r, internal=internal)
                               for r in reports]
    doc["proposals"] = [record_from_row("proposal", r, internal=internal)
                        for r in _rows(conn, orm.ProposalRow, "position", "id")]
    # Finished speeches only: a speech still running lives on the waiting list
    # (``speaker_entry``) and becomes a record when it ends.
    speeches = _rows(conn, orm.SpeechRow, "position", "started_at", "id")
    speeches.sort(key=lambda r: session_rank.get(r["session_id"], len(session_rank)))
    doc["speeches"] = [record_from_row("speech", r, internal=internal) for r in speeches]
    doc["contributions"] = [record_from_row("contribution", r, internal=internal)
                            for r in _rows(conn, orm.ContributionRow, "position", "id")]
    return doc


def ballot_dict(method: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored ballot in the interchange form of its vote's method."""
    if method == "yes_no":
        return {"person_id": row["person_id"], "choice": row["choice"]}
    if method == "dots":
        return {"person_id": row["person_id"], "option_id": row["option_id"],
                "points": row["points"]}
    if method == "score":
        return {"person_id": row["person_id"], "option_id": row["option_id"],
                "score": row["score"]}
    if method == "ranked":
        ranking = row["ranking"]
        if isinstance(ranking, str):  # a raw driver row (revisions) holds the JSON as text
            ranking = stored_json.loads(ranking)
        return {"person_id": row["person_id"], "ranking": list(ranking or ())}
    return {"person_id": row["person_id"], "option_id": row["option_id"],
            "resistance": row["resistance"]}


def _tree_order(goals: list[dict[str, Any]], field_rank: Mapping[str, int]
                ) -> list[dict[str, Any]]:
    """Goals depth-first: each parent followed by its sub-goals, fields in their order."""
    children: defaultdict[str | None, list[dict[str, Any]]] = defaultdict(list)
    ids = {g["id"] for g in goals}
    for g in goals:  # already sorted by position, code, id
        parent = g["parent_id"] if g["parent_id"] in ids else None
        children[parent].append(g)
    roots = sorted(children[None], key=lambda g: field_rank.get(g["action_field_id"], 1 << 30))
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    stack = list(reversed(roots))
    while stack:
        g = stack.pop()
        if g["id"] in seen:
            continue
        seen.add(g["id"])
        out.append(g)
        stack.extend(reversed(children.get(g["id"], [])))
    out.extend(g for g in goals if g["id"] not in seen)  # cycles cannot be stored; belt and braces
    return out
