"""Helpers shared by the tests (not fixtures): building catalogues from documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend


def create_from(path: Path, doc: dict[str, Any]) -> Any:
    from lip_desktop.model import interchange
    from lip_desktop.model.catalogue import Catalogue

    return Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "test") and None,
                            actor="Test")


def old_catalogue(path: Path) -> None:
    """A schema-1 catalogue with a group and a member, as the first release wrote it."""
    import sqlite3

    from lip_desktop.model import storage

    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={storage.APPLICATION_ID}")
    conn.close()
    storage.migrate(path, target_version=1)
    conn = sqlite3.connect(path)
    conn.executescript("""
        INSERT INTO catalogue VALUES ('32043059-107d-50c7-a9b7-473ea7e250af', 'Alt', 'Hannover',
            'LIP 2.0', 0, '2025-01-01T10:00:00');
        INSERT INTO action_field VALUES ('1d724688-154a-5e0b-9396-e11a8a7f5374', 'BIL',
            'Bildung', '', 0);
        INSERT INTO person VALUES ('96caaf59-4d41-519f-81dc-edbe7c0d311a', 'Birgit Sommer',
            'Fachbereich Schule', 'administration', 0);
        INSERT INTO expert_group VALUES ('065dc93b-7292-5e50-b6fd-318827ab438a',
            '1d724688-154a-5e0b-9396-e11a8a7f5374', 'Expert*innengruppe Bildung', 0);
        INSERT INTO membership VALUES ('065dc93b-7292-5e50-b6fd-318827ab438a',
            '96caaf59-4d41-519f-81dc-edbe7c0d311a', 'member', 0);
    """)
    conn.commit()
    conn.close()


def address(url: Any) -> str:
    """A test database's SQLAlchemy URL as the text a user types (``postgresql://…``)."""
    return str(url.set(drivername="postgresql").render_as_string(hide_password=False))


class MemoryKeyring(KeyringBackend):
    """A credential store in memory for ``keyring.set_keyring`` (what a test reads back):
    the real backend interface, without touching the machine's store."""

    priority = 1  # type: ignore[assignment]  # keyring declares a classproperty

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)
