"""Rights on a server catalogue, enforced by PostgreSQL itself; closed votes frozen there.

The rule is ``model/rights.py``'s; this module makes the server enforce it, so that a
login with a plain SQL client cannot get round what the app refuses:

- Four group roles per database (roles are cluster-wide, so they carry the database's
  name: ``lip_<db>_lead``, ``_facilitator``, ``_steering``, ``_reader``). Every role reads
  everything; the lead writes every table; the facilitator writes the field-bound tables
  (``FIELD_OF``); the steering group holds a column grant on the measure's steering
  decision and note (and ``version``, which every ORM update counts up); the reader holds
  no write grant at all. Each writing role may also add to what every edit writes beside
  the record: history (``change_log``), revision chains (``record_revision``,
  ``revision_data``, ``revision_dirty``). Merge conflicts are the lead's.
- ``lip_grant`` (login, role, field codes) says which fields a facilitator holds. The
  row-level security policies of the field-bound tables ask it through
  ``lip_may_write(<the row's field code>)``; each table reaches its field through one
  ``SECURITY DEFINER`` helper (a measure through its goal, a ballot through its vote, its
  session and the session's group). The same helpers give the service its field codes
  before it writes (``rights_guard``), so both sides find a row's field the same way.
- The owner of the database (who ran ``server-init``) owns the tables and so is not bound
  by row-level security: the owner is the lead; ``server-grant`` is the owner's.
- A closed vote is frozen for everyone, the owner too: a ``BEFORE`` trigger refuses
  changing or deleting a closed vote (its note and place in the list excepted, as in the
  service), and deferred constraint triggers compare its options and ballots at commit
  with the seal taken when it closed (``lip_vote_seal``). Deferred, because the import
  and the merge rewrite a changed vote's nested lists as a whole (delete, insert the same
  again) and write a new closed vote before its ballots.

Everything here is idempotent and runs after every migration (``server.migrate``) and
before every grant; roles are made only when the running login may make them
(``CREATEROLE``), otherwise the rest is installed and ``server-grant`` explains.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.engine import Connection

from lip_desktop.model.errors import ConflictError, LipError
from lip_desktop.model.records import SPECS
from lip_desktop.model.rights import FILED_BY_FACILITATOR, LEAD, ROLES, Rights
from lip_desktop.model.tracking import TRACKED

#: field-bound table -> (record type it belongs to, helper giving its field code, the
#: helper's argument columns). Policies call the helper on the row's columns; the
#: service calls it on the values it is about to write.
FIELD_OF: Final[dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "goal": ("goal", "lip_field_code", ("action_field_id",)),
    "measure": ("measure", "lip_goal_field", ("goal_id",)),
    "indicator": ("indicator", "lip_measure_field", ("measure_id",)),
    "progress_report": ("progress_report", "lip_measure_field", ("measure_id",)),
    "indicator_value": ("indicator_value", "lip_indicator_field", ("indicator_id",)),
    "expert_group": ("group", "lip_field_code", ("action_field_id",)),
    "membership": ("group", "lip_group_field", ("group_id",)),
    "meeting": ("session", "lip_group_field", ("group_id",)),
    "attendance": ("session", "lip_session_field", ("session_id",)),
    "agenda_item": ("session", "lip_session_field", ("session_id",)),
    "minutes_state": ("session", "lip_session_field", ("session_id",)),
    "speaker_entry": ("session", "lip_session_field", ("session_id",)),
    "speaker_setting": ("session", "lip_session_field", ("session_id",)),
    "parking_item": ("parking_item", "lip_session_field", ("session_id",)),
    "decision": ("decision", "lip_session_field", ("session_id",)),
    "speech": ("speech", "lip_session_field", ("session_id",)),
    "vote": ("vote", "lip_session_field", ("session_id",)),
    "vote_option": ("vote", "lip_vote_field", ("vote_id",)),
    "ballot": ("vote", "lip_vote_field", ("vote_id",)),
    "stance": ("position", "lip_subject_field", ("session_id", "subject_type", "subject_id")),
    "compromise": ("compromise", "lip_subject_field",
                   ("session_id", "subject_type", "subject_id")),
    "compromise_position": ("compromise", "lip_compromise_field", ("compromise_id",)),
    "dissent": ("compromise", "lip_compromise_field", ("compromise_id",)),
}
#: What every edit writes beside its records: any writing role adds to these.
AUXILIARY: Final[tuple[str, ...]] = (
    "change_log", "record_revision", "revision_data", "revision_dirty")
#: The one table whose rows the steering group may change, and the columns.
STEERING_COLUMNS: Final[tuple[str, ...]] = ("steering_decision", "steering_note", "version")

_GRANTS: Final = "lip_grant"
_SEALS: Final = "lip_vote_seal"
#: SQLSTATE of the closed-vote triggers (class "LI": ours, not PostgreSQL's).
CLOSED_VOTE_STATE: Final = "LIPV1"

_FUNCTIONS: Final = """
CREATE OR REPLACE FUNCTION lip_field_code(af text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN (SELECT code FROM action_field WHERE id = af); END $lip$;

CREATE OR REPLACE FUNCTION lip_goal_field(g text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN lip_field_code((SELECT action_field_id FROM goal WHERE id = g)); END $lip$;

CREATE OR REPLACE FUNCTION lip_measure_field(m text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN lip_goal_field((SELECT goal_id FROM measure WHERE id = m)); END $lip$;

CREATE OR REPLACE FUNCTION lip_indicator_field(i text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN lip_measure_field((SELECT measure_id FROM indicator WHERE id = i)); END $lip$;

CREATE OR REPLACE FUNCTION lip_group_field(gr text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN lip_field_code((SELECT action_field_id FROM expert_group WHERE id = gr));
END $lip$;

CREATE OR REPLACE FUNCTION lip_session_field(s text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN lip_group_field((SELECT group_id FROM meeting WHERE id = s)); END $lip$;

CREATE OR REPLACE FUNCTION lip_vote_field(v text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN RETURN lip_session_field((SELECT session_id FROM vote WHERE id = v)); END $lip$;

CREATE OR REPLACE FUNCTION lip_subject_field(s text, st text, sid text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN
    IF s IS NOT NULL THEN RETURN lip_session_field(s); END IF;
    RETURN CASE st WHEN 'goal' THEN lip_goal_field(sid)
                   WHEN 'measure' THEN lip_measure_field(sid)
                   WHEN 'compromise' THEN lip_compromise_field(sid) END;
END $lip$;

CREATE OR REPLACE FUNCTION lip_compromise_field(c text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
DECLARE r record;
BEGIN
    SELECT session_id, subject_type, subject_id INTO r FROM compromise WHERE id = c;
    IF NOT FOUND THEN RETURN NULL; END IF;
    RETURN lip_subject_field(r.session_id, r.subject_type, r.subject_id);
END $lip$;

CREATE OR REPLACE FUNCTION lip_may_write(code text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
    SELECT EXISTS (SELECT 1 FROM lip_grant g WHERE g.login = session_user
                   AND (g.role = 'lead' OR (g.role = 'facilitator'
                                            AND code = ANY (g.field_codes))))
$lip$;

CREATE OR REPLACE FUNCTION lip_is_steering() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
    SELECT EXISTS (SELECT 1 FROM lip_grant g WHERE g.login = session_user
                   AND g.role = 'steering')
$lip$;

CREATE OR REPLACE FUNCTION lip_vote_digest(v text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema} AS $lip$
    SELECT md5(coalesce((SELECT string_agg((to_jsonb(o) - 'position')::text, ','
                                           ORDER BY (to_jsonb(o) - 'position')::text)
                         FROM vote_option o WHERE o.vote_id = v), '')
               || '|' ||
               coalesce((SELECT string_agg((to_jsonb(b) - 'id' - 'ordinal')::text, ','
                                           ORDER BY (to_jsonb(b) - 'id' - 'ordinal')::text)
                         FROM ballot b WHERE b.vote_id = v), ''))
$lip$;

CREATE OR REPLACE FUNCTION lip_vote_frozen() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN
    IF OLD.status = 'closed' AND (TG_OP = 'DELETE'
            OR (to_jsonb(NEW) - 'note' - 'version' - 'position')
               IS DISTINCT FROM (to_jsonb(OLD) - 'note' - 'version' - 'position')) THEN
        RAISE EXCEPTION USING ERRCODE = 'LIPV1', MESSAGE = 'closed vote is frozen',
                              DETAIL = OLD.question;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $lip$;

CREATE OR REPLACE FUNCTION lip_vote_seal() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema} AS $lip$
BEGIN
    IF EXISTS (SELECT 1 FROM vote WHERE id = NEW.id AND status = 'closed') THEN
        INSERT INTO lip_vote_seal(vote_id, digest) VALUES (NEW.id, lip_vote_digest(NEW.id))
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $lip$;

CREATE OR REPLACE FUNCTION lip_vote_part_frozen() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema} AS $lip$
DECLARE v text; sealed text; question text;
BEGIN
    IF TG_OP = 'DELETE' THEN v := OLD.vote_id; ELSE v := NEW.vote_id; END IF;
    SELECT s.digest, x.question INTO sealed, question
      FROM lip_vote_seal s JOIN vote x ON x.id = s.vote_id
     WHERE s.vote_id = v AND x.status = 'closed';
    IF sealed IS NOT NULL AND lip_vote_digest(v) <> sealed THEN
        RAISE EXCEPTION USING ERRCODE = 'LIPV1', MESSAGE = 'closed vote is frozen',
                              DETAIL = question;
    END IF;
    RETURN NULL;
END $lip$
"""


@dataclass(frozen=True, slots=True)
class Grant:
    """One login's entry in ``lip_grant``, as ``server-rights`` lists it."""

    login: str
    rights: Rights


def role_name(database: str, role: str) -> str:
    """The group role of ``role`` in ``database`` (at most 63 bytes, PostgreSQL's limit:
    a longer database name is replaced by its hash)."""
    name = f"lip_{database}_{role}"
    if len(name.encode()) > 63:
        name = f"lip_{hashlib.sha1(database.encode()).hexdigest()[:20]}_{role}"
    return name


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _roles(conn: Connection) -> dict[str, str]:
    database = str(conn.execute(text("SELECT current_database()")).scalar())
    return {role: role_name(database, role) for role in ROLES}


def _may_make_roles(conn: Connection, roles: Mapping[str, str]) -> bool:
    existing = set(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"),
                                {"n": list(roles.values())}).scalars())
    if existing == set(roles.values()):
        return True
    return bool(conn.execute(text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    )).scalar())


def install(conn: Connection) -> bool:
    """Install (again) the grant table, helpers, policies, grants and the freezing of
    closed votes, in the caller's transaction. Returns whether the roles are there (False:
    the running login may not make roles; everything else is installed)."""
    schema = _ident(str(conn.execute(text("SELECT current_schema()")).scalar()))
    tables = set(conn.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).scalars())
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {_GRANTS} (login text PRIMARY KEY, role text NOT NULL "
        "CHECK (role IN ('lead', 'facilitator', 'steering', 'reader')), "
        "field_codes text[] NOT NULL DEFAULT '{}')")
    conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {_SEALS} "
                         "(vote_id text PRIMARY KEY, digest text NOT NULL)")
    for statement in _FUNCTIONS.format(schema=schema).split(";\n\n"):
        conn.exec_driver_sql(statement.strip())
    for table, (_rtype, helper, columns) in FIELD_OF.items():
        if table in tables:
            _policies(conn, table, f"lip_may_write({helper}({', '.join(columns)}))")
    _freeze_votes(conn)
    roles = _roles(conn)
    if not _may_make_roles(conn, roles):
        return False
    for role in roles.values():
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                        {"n": role}).first() is None:
            conn.exec_driver_sql(f"CREATE ROLE {_ident(role)} NOLOGIN")
    _grant_privileges(conn, schema, roles, tables)
    return True


def _policies(conn: Connection, table: str, may: str) -> None:
    """Row-level security on one field-bound table: everyone reads; writing needs the
    row's field (before and after an update: a row cannot be moved out of or into a
    field one does not hold). The steering group passes on measures; its column grant
    keeps it to the steering decision and note."""
    update = f"{may} OR lip_is_steering()" if table == "measure" else may
    t = _ident(table)
    conn.exec_driver_sql(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
    for name, clause in (("lip_read", "FOR SELECT USING (true)"),
                         ("lip_insert", f"FOR INSERT WITH CHECK ({may})"),
                         ("lip_update", f"FOR UPDATE USING ({update}) WITH CHECK ({update})"),
                         ("lip_delete", f"FOR DELETE USING ({may})")):
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {t}")
        conn.exec_driver_sql(f"CREATE POLICY {name} ON {t} {clause}")


def _freeze_votes(conn: Connection) -> None:
    conn.exec_driver_sql(
        "CREATE OR REPLACE TRIGGER lip_vote_frozen BEFORE UPDATE OR DELETE ON vote "
        "FOR EACH ROW EXECUTE FUNCTION lip_vote_frozen()")
    for table, name, events, function in (
            ("vote", "lip_vote_seal", "INSERT OR UPDATE", "lip_vote_seal"),
            ("vote_option", "lip_vote_frozen", "INSERT OR UPDATE OR DELETE",
             "lip_vote_part_frozen"),
            ("ballot", "lip_vote_frozen", "INSERT OR UPDATE OR DELETE",
             "lip_vote_part_frozen")):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        conn.exec_driver_sql(
            f"CREATE CONSTRAINT TRIGGER {name} AFTER {events} ON {table} "
            f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {function}()")
    conn.exec_driver_sql(
        f"INSERT INTO {_SEALS}(vote_id, digest) SELECT id, lip_vote_digest(id) FROM vote "
        "WHERE status = 'closed' ON CONFLICT DO NOTHING")


def _grant_privileges(conn: Connection, schema: str, roles: Mapping[str, str],
                      tables: set[str]) -> None:
    everyone = ", ".join(_ident(r) for r in roles.values())
    lead, facilitator, steering = (_ident(roles[r]) for r in ("lead", "facilitator",
                                                               "steering"))
    run = conn.exec_driver_sql
    run(f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {everyone}")
    run(f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {lead}")
    run(f"REVOKE INSERT, UPDATE, DELETE ON {_GRANTS}, {_SEALS} FROM {lead}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} "
        f"TO {lead}, {facilitator}, {steering}")
    bound = ", ".join(_ident(t) for t in FIELD_OF if t in tables)
    run(f"GRANT INSERT, UPDATE, DELETE ON {bound} TO {facilitator}")
    filed = ", ".join(_ident(t) for t in FILED_BY_FACILITATOR if t in tables)
    if filed:
        run(f"GRANT INSERT ON {filed} TO {facilitator}")
    aux = ", ".join(_ident(t) for t in AUXILIARY if t in tables)
    run(f"GRANT INSERT, UPDATE, DELETE ON {aux} TO {facilitator}, {steering}")
    columns = ", ".join(_ident(c) for c in STEERING_COLUMNS)
    run(f"GRANT UPDATE ({columns}) ON measure TO {steering}")


def _installed(conn: Connection) -> bool:
    """Whether the grant table and the roles are there (every migration installs the
    rest again, so a grant need not)."""
    if conn.execute(text("SELECT to_regclass(:t)"), {"t": _GRANTS}).scalar() is None:
        return False
    names = list(_roles(conn).values())
    found = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname = ANY(:n)"),
                         {"n": names}).scalar()
    return found == len(names)


def grant(conn: Connection, path: str, login: str, rights: Rights) -> None:
    """Give ``login`` ``rights`` (the owner of the database runs this; idempotent: a
    second grant changes the role and fields, or nothing)."""
    if (rights.role == "facilitator") != bool(rights.field_codes):
        raise LipError("server_grant_fields")
    owner = conn.execute(text(
        "SELECT pg_get_userbyid(c.relowner) = current_user OR r.rolsuper "
        "FROM pg_class c, pg_roles r WHERE c.relname = 'catalogue' "
        "AND c.relnamespace = current_schema()::regnamespace "
        "AND r.rolname = current_user")).scalar()
    if not owner:
        raise LipError("server_grant_denied", path=path,
                       reason="die Anmeldung ist nicht der Eigentümer")
    if not _installed(conn) and not install(conn):
        raise LipError("server_grant_denied", path=path,
                       reason="die Anmeldung darf keine Rollen anlegen")
    if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n AND rolcanlogin"),
                    {"n": login}).first() is None:
        raise LipError("server_login_unknown", login=login, path=path)
    known = set(conn.execute(text("SELECT code FROM action_field")).scalars())
    for code in sorted(rights.field_codes - known):
        raise LipError("server_field_unknown", field_code=code, path=path)
    roles = _roles(conn)
    for role, name in roles.items():
        member = conn.execute(text("SELECT pg_has_role(:login, :role, 'MEMBER')"),
                              {"login": login, "role": name}).scalar()
        if role != rights.role and member:
            conn.exec_driver_sql(f"REVOKE {_ident(name)} FROM {_ident(login)}")
    conn.exec_driver_sql(f"GRANT {_ident(roles[rights.role])} TO {_ident(login)}")
    conn.execute(text(
        f"INSERT INTO {_GRANTS}(login, role, field_codes) VALUES (:l, :r, :f) "
        "ON CONFLICT (login) DO UPDATE SET role = excluded.role, "
        "field_codes = excluded.field_codes"),
        {"l": login, "r": rights.role, "f": sorted(rights.field_codes)})


def grants(conn: Connection) -> list[Grant]:
    """Every login's rights, by login (empty before the first grant)."""
    if conn.execute(text("SELECT to_regclass(:t)"), {"t": _GRANTS}).scalar() is None:
        return []
    return [Grant(login, Rights(role, frozenset(codes))) for login, role, codes in
            conn.execute(text(f"SELECT login, role, field_codes FROM {_GRANTS} "
                              "ORDER BY login")).all()]


def read_rights(conn: Connection) -> Rights:
    """The rights of the connected login: the owner of the tables (and a superuser) is
    the lead; before any grant, everyone the server lets in is (the server decides, as
    before rights existed); after, a login without a grant changes nothing."""
    owner = conn.execute(text(
        "SELECT pg_get_userbyid(c.relowner) = session_user OR r.rolsuper "
        "FROM pg_class c, pg_roles r WHERE c.relname = 'catalogue' "
        "AND c.relnamespace = current_schema()::regnamespace "
        "AND r.rolname = session_user")).scalar()
    if owner:
        return LEAD
    if conn.execute(text("SELECT to_regclass(:t)"), {"t": _GRANTS}).scalar() is None:
        return LEAD
    row = conn.execute(text(f"SELECT role, field_codes FROM {_GRANTS} "
                            "WHERE login = session_user")).first()
    if row is None:
        return Rights("reader")
    return Rights(str(row[0]), frozenset(row[1]))


_TABLE_IN_MESSAGE: Final = re.compile(r'(?:table|relation) "?([A-Za-z_][A-Za-z0-9_]*)"?')


def table_record_type(table: str) -> str | None:
    """The record type a table's rows belong to (None for history and chains)."""
    if table in FIELD_OF:
        return FIELD_OF[table][0]
    return TRACKED[table][0] if table in TRACKED else None


def refusal_of(error: Any) -> LipError | None:
    """The German refusal for a driver error the server raised for rights or a closed
    vote (None: some other error). A server refusal cannot name the record (the server
    does not say which row); the service's own check before writing does, so this is the
    backstop for paths without one."""
    state = getattr(error, "sqlstate", None)
    diag = getattr(error, "diag", None)
    if state == CLOSED_VOTE_STATE:
        question = getattr(diag, "message_detail", None) or "?"
        return ConflictError("vote_closed", record=question)
    if state != "42501":
        return None
    message = getattr(diag, "message_primary", None) or str(error)
    found = _TABLE_IN_MESSAGE.search(message)
    rtype = table_record_type(found.group(1)) if found else None
    plural = SPECS[rtype].plural if rtype in SPECS else "Einträge dieser Art"
    return LipError("rights_refused_server", record_type=plural)
