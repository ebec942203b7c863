"""What the owner of a server catalogue does from the command line: grant rights, list
them (``lip-desktop server-grant``, ``server-rights``). The rule is ``model/rights.py``;
how the server enforces it is ``model/server_rights.py``."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.exc import DBAPIError

from lip_desktop.model import server, server_rights
from lip_desktop.model.errors import LipError
from lip_desktop.model.rights import Rights
from lip_desktop.model.server import ServerAddress


def grant(address: ServerAddress, login: str, role: str, field_codes: Iterable[str]) -> Rights:
    """Give ``login`` the role (and a facilitator's fields) in one transaction; granting
    twice is harmless, granting again replaces the role and fields. The database must
    hold a catalogue's schema (``server-init``)."""
    rights = Rights(role, frozenset(c.strip().upper() for c in field_codes))
    engine = server.make_engine(address)
    try:
        with server.reach(engine, address) as conn:
            if server.schema_version(conn, address) is None:
                raise LipError("server_empty", path=address.display)
            conn.rollback()
            with conn.begin():
                server_rights.grant(conn, address.display, login, rights)
    except DBAPIError as exc:  # a login without the owner's rights, CREATEROLE missing
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise LipError("server_grant_denied", path=address.display, reason=reason) from None
    finally:
        engine.dispose()
    return rights


def grants(address: ServerAddress) -> list[server_rights.Grant]:
    """Every login's rights in the catalogue at ``address``."""
    engine = server.make_engine(address, readonly=True)
    try:
        with server.reach(engine, address) as conn:
            return server_rights.grants(conn)
    finally:
        engine.dispose()
