"""Saved server connections, the server's password refusals, the credential store."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked
from sqlalchemy.engine import URL
from support import MemoryKeyring, address, create_from

from lip_desktop.model import connections, demo
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.connections import SavedConnection
from lip_desktop.model.errors import CatalogueOpenError, LipError
from lip_desktop.model.server import ServerAddress

PASSWORD = "Tresor-4711"




class LockedKeyring(MemoryKeyring):
    """A store that is there but refuses (a locked Secret Service collection)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.fixture(autouse=True)
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_a_saved_connection_makes_an_address_without_a_password() -> None:
    saved = SavedConnection("Rathaus", "db.example", 6543, "lip", "anna")
    assert saved.address().display == "postgresql://anna@db.example:6543/lip"
    assert SavedConnection.of(saved.address()) == SavedConnection(
        "lip", "db.example", 6543, "lip", "anna")
    assert connections.credential_key(saved.address()) == "anna@db.example:6543"


@pytest.mark.parametrize(("field", "saved"), [
    ("Server", SavedConnection("x", " ", 5432, "lip", "anna")),
    ("Datenbank", SavedConnection("x", "db", 5432, "", "anna")),
    ("Anmeldename", SavedConnection("x", "db", 5432, "lip", "")),
])
def test_a_missing_part_is_named_in_german(field: str, saved: SavedConnection) -> None:
    with pytest.raises(LipError) as info:
        saved.address()
    assert info.value.code == "server_connection_incomplete"
    assert f"„{field}“" in info.value.message


def test_without_a_usable_store_nothing_is_kept_or_found() -> None:
    keyring.set_keyring(fail.Keyring())
    where = ServerAddress.parse("postgresql://anna@db/lip")
    assert not connections.store_available()
    assert not connections.save_password(where, PASSWORD)
    assert connections.saved_password(where) is None
    connections.forget_password(where)  # harmless


def test_a_store_keeps_finds_and_forgets_a_password_per_login() -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    one = ServerAddress.parse("postgresql://anna@db:5432/lip")
    other_database = ServerAddress.parse("postgresql://anna@db:5432/archiv")
    assert connections.store_available()
    assert connections.save_password(one, PASSWORD)
    assert memory.kept == {(connections.SERVICE, "anna@db:5432"): PASSWORD}
    assert connections.saved_password(other_database) == PASSWORD
    connections.forget_password(one)
    assert connections.saved_password(one) is None


def test_a_store_that_refuses_means_asking_instead() -> None:
    keyring.set_keyring(LockedKeyring())
    where = ServerAddress.parse("postgresql://anna@db/lip")
    assert connections.saved_password(where) is None
    assert not connections.save_password(where, PASSWORD)


def test_the_server_asking_for_a_password_is_told_apart_from_other_refusals(
        pg_cluster: Any, pg_database: URL) -> None:
    if not pg_cluster.password_logins:
        pytest.skip("password logins need the local test cluster")
    create_from(address(pg_database), demo.demo_catalogue()).close()  # type: ignore[arg-type]
    login = pg_cluster.password_login("lip_model_pw", PASSWORD).set(
        database=pg_database.database)
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(address(login))
    assert info.value.code == "server_password_needed"
    assert connections.needs_password(info.value)
    assert "verlangt ein Passwort" in info.value.message
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(address(login), password="falsch-1")
    assert info.value.code == "server_password_wrong"
    assert connections.needs_password(info.value)
    assert "falsch-1" not in info.value.message
    with Catalogue.open(address(login), password=PASSWORD) as cat:
        assert cat.display_name == cat.base_name == pg_database.database
        assert cat.own_files == []
        assert PASSWORD not in cat.location and PASSWORD not in repr(cat.engine.url)
    gone = pg_cluster.url("postgres").set(port=1)
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(address(gone))
    assert not connections.needs_password(info.value)


def test_a_file_catalogue_names_itself_by_its_file(new_catalogue: Any) -> None:
    assert new_catalogue.display_name == new_catalogue.path.name
    assert new_catalogue.base_name == new_catalogue.path.stem
    assert new_catalogue.own_files == [new_catalogue.path]
