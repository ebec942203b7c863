"""A catalogue in a PostgreSQL database: the address, connecting, setting up, migrating.

The server side of what ``storage`` does for a file. What exists only for files (the
header's ``application_id``, pragmas, the lock file, SQLite's backup API, the warning
about network shares) has no counterpart here: the server serialises writers itself,
and backing it up is the database administrator's job (``server_backup``).

Passwords follow libpq's conventions (``PGPASSWORD``, ``~/.pgpass``,
``%APPDATA%\\postgresql\\pgpass.conf``) and never appear in an address we accept, show or
store: an address with a password is refused (``server_password_in_address``).

A database is ours when it has Alembic's ``alembic_version`` and a ``catalogue`` table;
its schema version is the one its Alembic revision stands for (SQLite keeps the same
number in ``user_version``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from lip_desktop.model import server_rights, stored_json, tracking
from lip_desktop.model.backups import REVISION_OF_VERSION
from lip_desktop.model.errors import CatalogueOpenError, LipError
from lip_desktop.model.location import is_server_address

_DRIVER: Final = "postgresql+psycopg"
_VERSION_OF_REVISION: Final = {rev: version for version, rev in REVISION_OF_VERSION.items()}


def is_address(text: object) -> bool:
    """Whether ``text`` names a server catalogue rather than a file."""
    return is_server_address(text)


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a server catalogue lives, without any password (safe to show and store)."""

    url: URL

    @classmethod
    def parse(cls, text: str) -> ServerAddress:
        """The address of ``text``; refuses a password in it and a missing database."""
        try:
            url = make_url(text.strip())
        except ArgumentError as exc:
            raise LipError("server_bad_address", path=_without_password(text),
                           reason=str(exc)) from None
        if url.get_backend_name() not in {"postgresql", "postgres"}:
            raise LipError("server_bad_address", path=_without_password(text),
                           reason="nur PostgreSQL wird unterstützt")
        if url.password is not None:
            raise LipError("server_password_in_address",
                           path=url.render_as_string(hide_password=True))
        if not url.database:
            raise LipError("server_bad_address", path=url.render_as_string(),
                           reason="der Name der Datenbank fehlt")
        return cls(url.set(drivername=_DRIVER))

    @property
    def display(self) -> str:
        """``postgresql://user@host:port/db``: what messages and the recent list show."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    @property
    def database(self) -> str:
        return str(self.url.database)

    def __str__(self) -> str:
        return self.display


def _without_password(text: str) -> str:
    """An unparseable address for a message: everything between ``:`` and ``@`` of the
    authority replaced, so a password typed into it is never shown."""
    head, sep, rest = text.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return text
    auth, _, host = rest.partition("@")
    return f"{head}://{auth.split(':', 1)[0]}:***@{host}"


def make_engine(address: ServerAddress, *, readonly: bool = False,
                password: str | None = None) -> Engine:
    """An engine on the server; a read-only catalogue gets read-only sessions, which the
    server enforces (not only the program). ``password`` (asked or from the credential
    store) goes to the driver only, never into the address that is shown or stored;
    without it libpq looks at ``PGPASSWORD`` and ``.pgpass``."""
    connect_args: dict[str, Any] = {"application_name": "LIP Desktop", "connect_timeout": 10}
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(address.url, json_deserializer=stored_json.loads,
                           pool_size=2, max_overflow=4, pool_pre_ping=True,
                           connect_args=connect_args)
    if readonly:
        @event.listens_for(engine, "connect")
        def _read_only(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.read_only = True

    return engine


def reach(engine: Engine, address: ServerAddress) -> Connection:
    """A connection, or the German reason why the server cannot be used."""
    try:
        return engine.connect()
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        # The server wants a password: a code of its own, so the app can ask and retry.
        code = ("server_password_needed" if "no password supplied" in reason else
                "server_password_wrong" if "password authentication failed" in reason else
                "server_unreachable")
        raise CatalogueOpenError(code, path=address.display, reason=reason) from None


def schema_version(conn: Connection, address: ServerAddress) -> int | None:
    """The catalogue's schema version; None for an empty database; refuses a database
    that holds something else."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables or "catalogue" not in tables:
        raise CatalogueOpenError("server_not_empty", path=address.display)
    revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    version = _VERSION_OF_REVISION.get(str(revision))
    if version is None:  # a revision this program does not know: a newer program wrote it
        raise CatalogueOpenError("newer_version", path=address.display, found=str(revision),
                                 supported=max(REVISION_OF_VERSION))
    return version


def holds_catalogue(conn: Connection) -> bool:
    """Whether the (set-up) database has its catalogue record yet: ``server-init`` makes
    the schema only, ``import-json`` or the program's "new" fills it."""
    return conn.execute(text("SELECT 1 FROM catalogue LIMIT 1")).first() is not None


def migrate(conn: Connection, target_version: int) -> None:
    """Bring the schema to ``target_version`` and (re)install the tracking and notify
    triggers and the rights (``server_rights``: roles, policies, frozen closed votes),
    all in the caller's transaction: PostgreSQL's DDL is transactional, so a failure
    leaves the database as it was."""
    from alembic import command  # noqa: PLC0415 - lazy on purpose (start-up time)
    from alembic.config import Config  # noqa: PLC0415

    cfg = Config()
    script_location = str(Path(__file__).with_name("migrations"))
    cfg.set_main_option("script_location", script_location.replace("%", "%%"))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, REVISION_OF_VERSION[target_version])
    _lengths_as_on_sqlite(conn)
    install_setup(conn, target_version)


#: The version of what ``migrate`` installs besides the schema: tracking and notify
#: triggers, roles, policies, the frozen closed votes. Raise it whenever that SQL changes,
#: so a database of the current schema gets it anew when its owner next opens it
#: (``setup_outdated``); Alembic's revision cannot say this, the schema being unchanged.
SETUP_REVISION: Final = 4
_SETUP_TABLE: Final = "lip_server_setup"


def install_setup(conn: Connection, target_version: int) -> None:
    """(Re)install the triggers and the rights and note ``SETUP_REVISION``, in the
    caller's transaction."""
    tables = inspect(conn).get_table_names()  # the triggers go on the tracked ones only
    for sql in [*tracking.postgresql_trigger_sql(tables), *tracking.postgresql_notify_sql(tables)]:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {_SETUP_TABLE} "
                         "(revision integer NOT NULL)")
    conn.exec_driver_sql(f"DELETE FROM {_SETUP_TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {_SETUP_TABLE} (revision) VALUES ({SETUP_REVISION})")
    if target_version == max(REVISION_OF_VERSION):  # the rights know the newest schema
        server_rights.install(conn)


def setup_outdated(conn: Connection) -> bool:
    """Whether the database's triggers and rights are older than this program's and the
    login may renew them (it owns the database): only the owner can, and for anyone
    else the catalogue works as it is (without what is new, e.g. live refresh)."""
    row = conn.execute(text(
        "SELECT to_regclass(:t) IS NOT NULL, pg_catalog.pg_get_userbyid(d.datdba) = "
        "current_user FROM pg_catalog.pg_database d WHERE d.datname = current_database()"),
        {"t": _SETUP_TABLE}).one()
    has_table, is_owner = bool(row[0]), bool(row[1])
    if not is_owner:
        return False
    if not has_table:
        return True
    revision = conn.execute(text(f"SELECT max(revision) FROM {_SETUP_TABLE}")).scalar()
    return revision is None or int(revision) < SETUP_REVISION


def _lengths_as_on_sqlite(conn: Connection) -> None:
    """Every ``varchar(n)`` column becomes ``text``, as SQLite treats it.

    SQLite ignores declared lengths, so catalogue files hold longer values (a history
    entry's field ``member:<id>`` has 43 characters in a 40-character column); the limits
    that matter are ``records.clean_record``'s, on both databases. Without this a file's
    content could not move to the server. Changing varchar to text rewrites nothing.
    """
    columns = conn.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'character varying' "
        "AND table_name <> 'alembic_version'")).all()
    for table, column in columns:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE text')
