"""Which record a written row belongs to, as SQL triggers: the merge's change tracking.

Every write path (the services' ORM units, the bulk import's Core statements, the undo of
a deletion) changes rows of these tables; a trigger notes the *record* the row belongs to
(an attendance row belongs to its session, a ballot to its vote) in ``revision_dirty``.
Before the transaction commits, ``model/revisions.py`` turns the noted records into
revisions. Triggers catch every path without each one remembering to report.

On SQLite the triggers are TEMP triggers, created on every writable connection: a
migration that rebuilds a table (SQLite's batch mode copies tables) cannot drop them
unnoticed, and a file written by an older program simply has no chain for its newer edits.
PostgreSQL has no TEMP triggers: there one PL/pgSQL function and a row trigger per table
belong to the schema and are (re)installed after every migration, from the same
``TRACKED``. Each transaction sees only its own uncommitted marks in ``revision_dirty``
and removes them before it commits, so concurrent writers never see each other's marks.
"""

from __future__ import annotations

from collections.abc import Collection
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


#: One function for every table: the record type and id column come as trigger arguments.
_PG_FUNCTION: Final = """
CREATE OR REPLACE FUNCTION lip_track() RETURNS trigger LANGUAGE plpgsql AS $lip$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO revision_dirty(record_type, record_id)
        VALUES (TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[1]) ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO revision_dirty(record_type, record_id)
        VALUES (TG_ARGV[0], to_jsonb(NEW) ->> TG_ARGV[1]) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$lip$"""


def postgresql_trigger_sql(tables: Collection[str]) -> list[str]:
    """The same marks on PostgreSQL: statements that (re)create the function and a
    ``lip_track`` row trigger on every tracked table among ``tables`` (those the schema
    has at its version; idempotent, PostgreSQL 14 or newer)."""
    out = [_PG_FUNCTION.strip()]
    for table, (record_type, column) in TRACKED.items():
        if table not in tables:
            continue
        out.append(f'CREATE OR REPLACE TRIGGER lip_track AFTER INSERT OR UPDATE OR DELETE '
                   f'ON "{table}" FOR EACH ROW '
                   f"EXECUTE FUNCTION lip_track('{record_type}', '{column}')")
    return out


#: The channel a server catalogue announces its committed changes on. NOTIFY is scoped to
#: one database, and each catalogue has its own database, so one fixed name suffices.
CHANNEL: Final = "lip_changes"
#: Rows one transaction announces one by one; beyond them it sends a single "reload
#: everything" (an import of 21,000 measures writes 65,000 rows: one message, not 65,000
#: for every open window to fetch and apply).
NOTIFY_CAP: Final = 500

#: Each written row of a tracked table announces its record, once the transaction commits
#: (PostgreSQL delivers nothing of a rolled-back one and drops identical payloads of one
#: transaction). Payload: ``<backend pid> <op> <record type> <id>`` with op ``c``/``u``/``d``
#: (a child row is an update of its owner, also when it moves to another owner); past
#: ``NOTIFY_CAP`` rows, counted in a transaction-local setting, ``<backend pid> *`` once.
#: The pid lets a window skip what its own connections wrote (it showed that already).
_PG_NOTIFY_FUNCTION: Final = f"""
CREATE OR REPLACE FUNCTION lip_notify() RETURNS trigger LANGUAGE plpgsql AS $lip$
DECLARE
    sent integer := coalesce(nullif(current_setting('lip.notified', true), ''), '0')::integer;
    head text := pg_backend_pid()::text || ' ';
    op text := 'u';
    old_id text;
    new_id text;
BEGIN
    IF sent > {NOTIFY_CAP} THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('lip.notified', (sent + 1)::text, true);
    IF sent = {NOTIFY_CAP} THEN
        PERFORM pg_notify('{CHANNEL}', head || '*');
        RETURN NULL;
    END IF;
    IF TG_ARGV[1] = 'id' THEN
        op := CASE TG_OP WHEN 'INSERT' THEN 'c' WHEN 'DELETE' THEN 'd' ELSE 'u' END;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        old_id := to_jsonb(OLD) ->> TG_ARGV[1];
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_id := to_jsonb(NEW) ->> TG_ARGV[1];
    END IF;
    IF old_id IS NOT NULL AND old_id IS DISTINCT FROM new_id THEN
        PERFORM pg_notify('{CHANNEL}', head || op || ' ' || TG_ARGV[0] || ' ' || old_id);
    END IF;
    IF new_id IS NOT NULL THEN
        PERFORM pg_notify('{CHANNEL}', head || op || ' ' || TG_ARGV[0] || ' ' || new_id);
    END IF;
    RETURN NULL;
END
$lip$"""


#: Tables without revisions whose changes other windows must still see: the room's
#: working state (the speakers list and its options, announced as their session) and the
#: conflict queue (announced by conflict number), which a facilitator's merge fills while
#: the lead looks at it.
NOTIFIED_ONLY: Final[dict[str, tuple[str, str]]] = {
    "speaker_entry": ("session", "session_id"),
    "speaker_setting": ("session", "session_id"),
    "merge_conflict": ("merge_conflict", "id"),
}


def postgresql_notify_sql(tables: Collection[str]) -> list[str]:
    """Statements that (re)create ``lip_notify`` and its row trigger on every tracked table
    among ``tables`` and on those of ``NOTIFIED_ONLY``: the live refresh of other windows
    (``model/server_listen.py``)."""
    out = [_PG_NOTIFY_FUNCTION.strip()]
    for table, (record_type, column) in {**TRACKED, **NOTIFIED_ONLY}.items():
        if table not in tables:
            continue
        out.append(f'CREATE OR REPLACE TRIGGER lip_notify AFTER INSERT OR UPDATE OR DELETE '
                   f'ON "{table}" FOR EACH ROW '
                   f"EXECUTE FUNCTION lip_notify('{record_type}', '{column}')")
    return out
