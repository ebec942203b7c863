"""Saved server connections and their passwords in the system's credential store.

A saved connection is what the "Mit Server verbinden" dialog lists: a name and the parts
of a ``postgresql://`` address (host, port, database, login). It never holds a password:
passwords follow libpq first (``PGPASSWORD``, ``.pgpass``/``pgpass.conf``, tried by
connecting without one), then the operating system's credential store through ``keyring``
(Windows Credential Manager, macOS Keychain, Secret Service on Linux), or they are asked
each time. Nothing here writes a password to a file, a log or a message.

``keyring`` is imported only when a server is used (start-up time), and a store that is
missing or broken (a headless Linux without a Secret Service) is "no store": the program
then asks each time instead of failing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Final

from lip_desktop.model.errors import LipError
from lip_desktop.model.server import ServerAddress

#: The service name under which passwords are kept in the credential store.
SERVICE: Final = "LIP Desktop"
DEFAULT_PORT: Final = 5432

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SavedConnection:
    """One entry of the saved connection list (settings): safe to store and show."""

    name: str
    host: str
    port: int
    database: str
    login: str

    @classmethod
    def of(cls, address: ServerAddress, name: str = "") -> SavedConnection:
        url = address.url
        return cls(name=name.strip() or address.database, host=url.host or "localhost",
                   port=int(url.port or DEFAULT_PORT), database=address.database,
                   login=url.username or "")

    def address(self) -> ServerAddress:
        """The address of this connection; refuses missing parts in German."""
        for value, label in ((self.host, "Server"), (self.database, "Datenbank"),
                             (self.login, "Anmeldename")):
            if not value.strip():
                raise LipError("server_connection_incomplete", field=label)
        if not 0 < self.port < 65536:
            raise LipError("server_connection_incomplete", field="Port")
        from sqlalchemy.engine import URL  # noqa: PLC0415 - only when connecting

        url = URL.create("postgresql", username=self.login.strip(), host=self.host.strip(),
                         port=self.port, database=self.database.strip())
        return ServerAddress.parse(url.render_as_string(hide_password=False))


def credential_key(address: ServerAddress) -> str:
    """Under which name a password is kept: the login on the server (``login@host:port``),
    since one password serves every database of that login."""
    url = address.url
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or DEFAULT_PORT}"


def needs_password(error: LipError) -> bool:
    """Whether opening failed because the server wants a password (none was given, or the
    given one was wrong): then the caller may ask for one and try again."""
    return error.code in {"server_password_needed", "server_password_wrong"}


# --- the credential store ---------------------------------------------------------------


def _keyring() -> Any | None:
    """The ``keyring`` module when a usable backend exists, else None."""
    try:
        import keyring  # noqa: PLC0415 - only when a server is used
        from keyring.backends import fail  # noqa: PLC0415
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration is "no store", not a crash
        _log.warning("credential store unavailable", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return keyring


def store_available() -> bool:
    """Whether passwords can be kept in the system's credential store here."""
    return _keyring() is not None


def saved_password(address: ServerAddress) -> str | None:
    """The password kept for ``address``'s login, if any (None when there is no store)."""
    store = _keyring()
    if store is None:
        return None
    try:
        value = store.get_password(SERVICE, credential_key(address))
    except Exception:  # a locked or broken store: ask instead
        _log.warning("reading the credential store failed", exc_info=True)
        return None
    return value if isinstance(value, str) else None


def save_password(address: ServerAddress, password: str) -> bool:
    """Keep ``password`` for ``address``'s login; False when the store refused it."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(SERVICE, credential_key(address), password)
    except Exception:
        _log.warning("writing the credential store failed", exc_info=True)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Remove a kept password (it was wrong, or the user no longer wants it kept)."""
    store = _keyring()
    if store is None:
        return
    try:
        store.delete_password(SERVICE, credential_key(address))
    except Exception:  # nothing kept, or the store refused: nothing more to do
        _log.debug("no password to forget", exc_info=True)
