"""What other people commit to a server catalogue, as it happens (``LISTEN``/``NOTIFY``).

Several people edit one catalogue on the server at once; each open window must show the
others' changes within two seconds, by record id like its own (``Changes``), so the
views need no second way of refreshing. The database announces every committed change
of a tracked row (``tracking.postgresql_notify_sql``: the trigger and its payload); this
module turns the announcements into a ``Changes`` summary marked ``remote``.

``ChangeListener`` is plain Python and blocks: the UI runs it on a thread of its own
(``ui/live_refresh.py``). It has its own connection (autocommit, outside the engine's
pool, whose connections come and go), skips what this window's own connections wrote
(it showed that already; they are told apart by the server's backend pid), and gathers
what arrives within a fraction of a second into one summary, so a burst of edits costs
one refresh. A lost connection is taken up again quietly; since announcements made
meanwhile are lost, the first summary after it covers everything ("reload"), as does a
transaction too big to announce row by row (an import).

A full summary needs the records that disappeared, so the listener keeps the ids it has
seen of every record type (about 65,000 for a large plan), read once when it connects
and kept up to date from the announcements.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import defaultdict
from typing import Any, Final

import psycopg
from sqlalchemy import Engine, event

from lip_desktop.model.changes import Changes
from lip_desktop.model.tracking import CHANNEL, TRACKED

#: Seconds between two attempts to reach the server again after the connection was lost.
RETRY_AFTER: Final = 2.0
#: Seconds a summary keeps gathering after the first announcement of a burst.
GATHER: Final = 0.25

#: Tables whose rows are whole records (not child rows): what a full summary reads.
_RECORD_TABLES: Final = {table: record_type for table, (record_type, column) in TRACKED.items()
                         if column == "id"}
#: The record types whose ids a reload compares (``NOTIFIED_ONLY`` tables have no list).
_KNOWN_TYPES: Final = frozenset(_RECORD_TABLES.values())


class OwnConnections:
    """The server's backend pids of one engine's connections, kept current as the pool
    hands them out and closes them. The check-out of a connection comes before anything
    it writes, so its pid is known before the announcement of that write can arrive."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        event.listen(engine.pool, "checkout", self._on_checkout)
        event.listen(engine.pool, "close", self._on_close)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids

    def detach(self) -> None:
        event.remove(self._engine.pool, "checkout", self._on_checkout)
        event.remove(self._engine.pool, "close", self._on_close)

    def _on_checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.add(pid)

    def _on_close(self, dbapi_connection: Any, _record: Any) -> None:
        pid = _backend_pid(dbapi_connection)
        if pid is not None:
            with self._lock:
                self._pids.discard(pid)


def _backend_pid(dbapi_connection: Any) -> int | None:
    info = getattr(dbapi_connection, "info", None)
    pid = getattr(info, "backend_pid", None)
    return pid if isinstance(pid, int) and pid > 0 else None


class _Summary:
    """The announcements of one burst, as the three id groups of a ``Changes``."""

    def __init__(self) -> None:
        self.groups: dict[str, defaultdict[str, set[str]]] = {
            op: defaultdict(set) for op in "cud"}
        self.reload = False
        self.any = False

    def add(self, op: str, record_type: str, record_id: str) -> None:
        self.groups[op][record_type].add(record_id)
        self.any = True

    def freeze(self) -> Changes:
        created, updated, deleted = (self.groups[op] for op in "cud")

        def frozen(group: dict[str, set[str]]) -> dict[str, frozenset[str]]:
            return {rt: frozenset(ids) for rt, ids in group.items() if ids}

        # An update of a record created (or deleted) in the same burst is part of that.
        updated_only = {rt: ids - created.get(rt, set()) - deleted.get(rt, set())
                        for rt, ids in updated.items()}
        # Order and parents may have changed (a measure moved elsewhere): the tree reads
        # the touched records' parents again; cheap for the few records of a burst.
        return Changes(frozen(created), frozen(updated_only), frozen(deleted), moved=True,
                       remote=True)


class ChangeListener:
    """Listens on one server catalogue for what others commit (see the module text).

    Not thread-safe: one thread calls ``wait`` in a loop and, at the end, ``close``.
    """

    def __init__(self, engine: Engine) -> None:
        args, params = engine.dialect.create_connect_args(engine.url)
        self._connect_args: tuple[Any, ...] = tuple(args)
        self._connect_params: dict[str, Any] = {
            **params, "autocommit": True, "application_name": "LIP Desktop (Aktualisierung)",
            # Short: closing the window waits for a connection attempt to end.
            "connect_timeout": 3,
            # A silently dropped network is noticed within about half a minute.
            "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
            "keepalives_count": 3}
        self._own = OwnConnections(engine)
        self._conn: psycopg.Connection[Any] | None = None
        self._known: dict[str, set[str]] | None = None
        self._missed = False  # the connection was lost: announcements may be missing
        self._next_try = 0.0

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def wait(self, timeout: float, gather: float = GATHER) -> Changes | None:
        """Block up to ``timeout`` seconds for others' changes; once one arrives, go on
        gathering for ``gather`` seconds. Their summary, or None when nothing came (or
        the server cannot be reached now: tried again every ``RETRY_AFTER`` seconds)."""
        conn = self._connection()
        if conn is None:
            time.sleep(max(0.0, min(timeout, self._next_try - time.monotonic())))
            return None
        if self._missed:
            self._missed = False
            return self._everything(conn)
        summary = _Summary()
        try:
            for notify in conn.notifies(timeout=timeout, stop_after=1):
                self._take(notify.payload, summary)
            if summary.any or summary.reload:
                for notify in conn.notifies(timeout=gather):
                    self._take(notify.payload, summary)
        except psycopg.Error:  # the connection broke (or the server restarted): again later
            self._lose()
            return None
        if summary.reload:
            return self._everything(conn)
        return summary.freeze() if summary.any else None

    def close(self) -> None:
        """Stop listening (from the thread that called ``wait``, after its last call)."""
        self._own.detach()
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):
                self._conn.close()
            self._conn = None

    # --- the connection --------------------------------------------------------------------

    def _connection(self) -> psycopg.Connection[Any] | None:
        if self._conn is not None:
            return self._conn
        if time.monotonic() < self._next_try:
            return None
        try:
            conn = psycopg.connect(*self._connect_args, **self._connect_params)
            conn.execute(f"LISTEN {CHANNEL}")
            if self._known is None:  # after LISTEN: nothing committed later is missed
                self._known = self._read_ids(conn)
        except psycopg.Error:
            self._next_try = time.monotonic() + RETRY_AFTER
            return None
        self._conn = conn
        return conn

    def _lose(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(psycopg.Error):  # gone already: only tidying up
                self._conn.close()
        self._conn = None
        self._missed = True
        self._next_try = time.monotonic() + RETRY_AFTER

    # --- announcements -----------------------------------------------------------------------

    def _take(self, payload: str, summary: _Summary) -> None:
        """One announcement: ``<pid> <op> <record type> <id>`` or ``<pid> *``; one of
        another program version (another shape) is left alone."""
        parts = payload.split(" ")
        if not parts[0].isdigit():
            return
        own = int(parts[0]) in self._own
        if len(parts) == 2 and parts[1] == "*":
            summary.reload = summary.reload or not own
            return
        if len(parts) != 4 or parts[1] not in ("c", "u", "d"):
            return
        _pid, op, record_type, record_id = parts
        if self._known is not None and record_type in _KNOWN_TYPES:
            known = self._known.setdefault(record_type, set())
            if op == "c":
                known.add(record_id)
            elif op == "d":
                known.discard(record_id)
        if not own:
            summary.add(op, record_type, record_id)

    def _everything(self, conn: psycopg.Connection[Any]) -> Changes | None:
        """Every record as changed, those gone since as deleted and the new ones as
        created: for after a lost connection or an announcement too big to make."""
        try:
            now = self._read_ids(conn)
        except psycopg.Error:
            self._lose()
            return None
        before = self._known or {}
        self._known = now
        created: dict[str, frozenset[str]] = {}
        updated: dict[str, frozenset[str]] = {}
        deleted: dict[str, frozenset[str]] = {}
        for record_type in set(now) | set(before):
            ids, old = now.get(record_type, set()), before.get(record_type, set())
            for group, part in ((created, ids - old), (updated, ids & old),
                                (deleted, old - ids)):
                if part:
                    group[record_type] = frozenset(part)
        return Changes(created, updated, deleted, moved=True, remote=True)

    @staticmethod
    def _read_ids(conn: psycopg.Connection[Any]) -> dict[str, set[str]]:
        """The ids of every record, by record type (one query per table)."""
        present = {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()")}
        out: dict[str, set[str]] = {}
        for table, record_type in _RECORD_TABLES.items():
            if table in present:
                rows = conn.execute(f'SELECT id::text FROM "{table}"')
                out.setdefault(record_type, set()).update(row[0] for row in rows)
        return out
