"""Which record a written row belongs to, as SQL triggers: the merge's change tracking.

Every write path (the services' ORM units, the bulk import's Core statements, the undo of
a deletion) changes rows of these tables; a trigger notes the *record* the row belongs to
(an attendance row belongs to its session, a ballot to its vote) in ``revision_dirty``.
Before the transaction commits, ``model/revisions.py`` turns the noted records into
revisions. Triggers catch every path without each one remembering to report.

The triggers are TEMP triggers, created on every writable connection: a migration that
rebuilds a table (SQLite's batch mode copies tables) cannot drop them unnoticed, and a
file written by an older program simply has no chain for its newer edits.
"""

from __future__ import annotations

from typing import Final

#: table -> (record type, column holding the record's id)
TRACKED: Final[dict[str, tuple[str, str]]] = {
    "catalogue": ("catalogue", "id"),
    "action_field": ("action_field", "id"),
    "strategy_section": ("strategy_section", "id"),
    "person": ("person", "id"),
    "expert_group": ("group", "id"),
    "membership": ("group", "group_id"),
    "goal": ("goal", "id"),
    "measure": ("measure", "id"),
    "indicator": ("indicator", "id"),
    "meeting": ("session", "id"),
    "attendance": ("session", "session_id"),
    "agenda_item": ("session", "session_id"),
    "stance": ("position", "id"),
    "compromise": ("compromise", "id"),
    "compromise_position": ("compromise", "compromise_id"),
    "dissent": ("compromise", "compromise_id"),
    "vote": ("vote", "id"),
    "vote_option": ("vote", "vote_id"),
    "ballot": ("vote", "vote_id"),
    "review_comment": ("review_comment", "id"),
    "terminology": ("terminology", "id"),
    "parking_item": ("parking_item", "id"),
    "decision": ("decision", "id"),
    "progress_report": ("progress_report", "id"),
    "indicator_value": ("indicator_value", "id"),
    "proposal": ("proposal", "id"),
    "contribution": ("contribution", "id"),
    # Local to the file (not exchanged): a write notes its session, whose exchanged content
    # stays the same, so no revision follows; the approval travels as a decision.
    "minutes_state": ("session", "session_id"),
    "speech": ("speech", "id"),
}


def trigger_names() -> list[str]:
    """The names of the triggers ``trigger_sql`` creates."""
    return [f"lip_track_{table}_{event}" for table in TRACKED
            for event in ("insert", "delete", "update")]


def trigger_sql() -> list[str]:
    """``CREATE TEMP TRIGGER`` statements for every tracked table (idempotent)."""
    out: list[str] = []
    for table, (record_type, column) in TRACKED.items():
        mark = ("INSERT OR IGNORE INTO revision_dirty(record_type, record_id) "
                f"VALUES ('{record_type}', {{row}}.\"{column}\");")
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)),
                            ("UPDATE", ("OLD", "NEW"))):
            body = " ".join(mark.format(row=r) for r in rows)
            out.append(f'CREATE TEMP TRIGGER IF NOT EXISTS "lip_track_{table}_{event.lower()}" '
                       f'AFTER {event} ON main."{table}" BEGIN {body} END')
    return out
