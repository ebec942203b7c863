"""A throwaway PostgreSQL server for the tests (not a fixture module: see conftest.py).

``LIP_TEST_PG_URL`` (an administrator's ``postgresql://`` URL, password through libpq's
``PGPASSWORD``/``.pgpass``) names a server to use instead. Otherwise the newest Debian
server binaries (``/usr/lib/postgresql/*/bin``) or those on ``PATH`` make a cluster in a
temporary folder, listening on 127.0.0.1 on a free port, with fsync off (it is thrown
away). PostgreSQL refuses to run as root, so as root (CI) the cluster runs as the
``postgres`` system user when it exists, else as ``nobody``.

Each test gets its own database cloned from a template (``CREATE DATABASE … TEMPLATE``:
a file copy, much faster than running the migrations again).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

#: What a test run without any PostgreSQL says (and what CI turns into a failure).
MISSING = ("Kein PostgreSQL gefunden (weder LIP_TEST_PG_URL noch initdb unter "
           "/usr/lib/postgresql/*/bin oder im PATH); apt-get install postgresql")


def find_bin_dir() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: Debian's newest version first, then ``PATH``."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


#: Logins in this group must give a password (scram-sha-256) on the local test cluster.
PASSWORD_GROUP = "lip_password_logins"


def _ask_password_of_group(hba: Path) -> None:
    """Put one line before initdb's ``trust`` lines: members of ``PASSWORD_GROUP``
    connecting over TCP must give their password. The group does not exist yet, so the
    line matches nobody until ``Cluster.password_login`` makes one (first match wins)."""
    line = f"host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256\n"
    hba.write_text(line + hba.read_text(encoding="utf-8"), encoding="utf-8")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_as() -> str | None:
    """The unprivileged user to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("als root ohne Benutzer postgres oder nobody")


class Cluster:
    """One server for the whole test session; ``new_database`` gives each test its own."""

    def __init__(self, admin_url: URL, stop: Callable[[], None] | None = None, *,
                 password_logins: bool = False) -> None:
        self.admin_url = admin_url
        #: Whether ``password_login`` can make logins the server asks a password of (only
        #: a local cluster, whose ``pg_hba.conf`` we wrote).
        self.password_logins = password_logins
        self._stop = stop
        self._names = itertools.count(1)
        self._engine = create_engine(admin_url, isolation_level="AUTOCOMMIT",
                                     poolclass=NullPool)

    @classmethod
    def start(cls) -> Cluster | None:
        """The server of ``LIP_TEST_PG_URL``, a new local cluster, or None (none found)."""
        given = os.environ.get("LIP_TEST_PG_URL")
        if given:
            url = make_url(given)
            return cls(url.set(drivername="postgresql+psycopg"))
        bin_dir = find_bin_dir()
        if bin_dir is None:
            return None
        return cls._start_local(bin_dir)

    @classmethod
    def _start_local(cls, bin_dir: Path) -> Cluster:
        folder = Path(tempfile.mkdtemp(prefix="lip-pg-"))
        data, log = folder / "data", folder / "server.log"
        user = _run_as()
        prefix = ["runuser", "-u", user, "--"] if user else []
        if user:
            entry = pwd.getpwnam(user)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
        port = _free_port()

        def run(*args: str) -> None:
            subprocess.run([*prefix, *args], check=True, capture_output=True, cwd=folder)

        try:
            run(str(bin_dir / "initdb"), "-D", str(data), "-U", "lip", "--auth=trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
            _ask_password_of_group(data / "pg_hba.conf")
            options = (f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off")
            run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options,
                "-w", "-t", "60", "start")
        except subprocess.CalledProcessError as exc:
            detail = (exc.stderr or b"").decode(errors="replace")
            if log.exists():
                detail += log.read_text(errors="replace")
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"PostgreSQL-Testserver startet nicht: {detail}") from exc

        def stop() -> None:
            with contextlib.suppress(subprocess.CalledProcessError):
                run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                    "stop")
            shutil.rmtree(folder, ignore_errors=True)

        url = URL.create("postgresql+psycopg", username="lip", host="127.0.0.1", port=port,
                         database="postgres")
        return cls(url, stop, password_logins=True)

    def url(self, database: str) -> URL:
        return self.admin_url.set(database=database)

    def new_database(self, template: str | None = None) -> URL:
        """A new empty database (or a clone of ``template``) only this test uses."""
        name = f"lip_test_{os.getpid()}_{next(self._names)}"
        clone = f' TEMPLATE "{template}"' if template else " TEMPLATE template0"
        with self._engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clone}'))
        return self.url(name)

    def drop_database(self, url: URL) -> None:
        """Drop the database and the group roles its rights made (``lip_<db>_<role>``:
        roles are the cluster's, they would outlive the database). A role a clone of the
        database still names (``new_database(template=…)`` copies the grants) stays."""
        with self._engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))
            pattern = "lip\\_" + str(url.database).replace("_", "\\_") + "\\_%"
            for (role,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname "
                                             "LIKE :p"), {"p": pattern}).all():
                with contextlib.suppress(DBAPIError):
                    conn.execute(text(f'DROP ROLE "{role}"'))

    def password_login(self, name: str, password: str) -> URL:
        """A superuser login the server asks ``password`` of (member of ``PASSWORD_GROUP``,
        which the local cluster's ``pg_hba.conf`` sends to scram-sha-256 before its
        ``trust`` lines; every other login stays on trust). Its address has no password."""
        if not self.password_logins:
            raise RuntimeError("password logins need the local test cluster")
        quoted = password.replace("'", "''")
        with self._engine.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                            {"n": PASSWORD_GROUP}).first() is None:
                conn.execute(text(f'CREATE ROLE "{PASSWORD_GROUP}" NOLOGIN'))
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                            {"n": name}).first() is None:
                conn.execute(text(f'CREATE ROLE "{name}" LOGIN SUPERUSER'))
            conn.execute(text(f"ALTER ROLE \"{name}\" PASSWORD '{quoted}'"))
            conn.execute(text(f'GRANT "{PASSWORD_GROUP}" TO "{name}"'))
        return self.admin_url.set(username=name)

    def close(self) -> None:
        self._engine.dispose()
        if self._stop is not None:
            self._stop()
