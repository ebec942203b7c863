"""Catalogues on a PostgreSQL server: addresses, set-up, migrations, tracking, refusals.

The service-layer and interchange tests run on the server too (``backend`` fixture);
these cover what only the server has. They use the session's test server (``pg_cluster``:
skipped without PostgreSQL, failed on CI).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from support import address

from lip_desktop import cli
from lip_desktop.model import defaults, demo, interchange, queries, revisions, server, tracking
from lip_desktop.model.catalogue import Catalogue, server_init
from lip_desktop.model.errors import CatalogueOpenError, LipError
from lip_desktop.model.server import ServerAddress
from lip_desktop.model.services import CatalogueService


def fill_with(doc: dict[str, Any]) -> Any:
    return lambda db: interchange.import_into_new(db, doc, "Test") and None


# --- addresses --------------------------------------------------------------------------


def test_an_address_with_a_password_is_refused_without_showing_the_password() -> None:
    with pytest.raises(LipError) as info:
        ServerAddress.parse("postgresql://anna:geheim123@db.example:5432/lip")
    assert info.value.code == "server_password_in_address"
    assert "geheim123" not in info.value.message
    assert "PGPASSWORD" in info.value.message and ".pgpass" in info.value.message


def test_an_address_names_user_host_port_and_database_and_shows_no_driver() -> None:
    parsed = ServerAddress.parse("postgresql://anna@db.example:6543/lip")
    assert parsed.display == "postgresql://anna@db.example:6543/lip"
    assert parsed.database == "lip"
    assert parsed.url.drivername == "postgresql+psycopg"
    with pytest.raises(LipError) as info:
        ServerAddress.parse("postgresql://anna@db.example")
    assert info.value.code == "server_bad_address" and "Datenbank fehlt" in info.value.message
    with pytest.raises(LipError) as info:
        ServerAddress.parse("mysql://anna@db.example/lip")
    assert info.value.code == "server_bad_address"


def test_only_server_addresses_count_as_such() -> None:
    assert server.is_address("postgresql://a@b/c") and server.is_address("postgres://a@b/c")
    assert not server.is_address("plan.lip") and not server.is_address(Path("postgresql:/x"))


def test_an_unreachable_server_is_a_german_refusal(pg_cluster: Any) -> None:
    gone = pg_cluster.url("postgres").set(port=1)
    with pytest.raises(CatalogueOpenError) as info:
        Catalogue.open(address(gone))
    assert info.value.code == "server_unreachable"
    assert "nicht erreichbar" in info.value.message


# --- set-up and opening -----------------------------------------------------------------


def test_server_init_sets_up_the_schema_and_import_fills_it(pg_database: URL) -> None:
    where = address(pg_database)
    server_init(ServerAddress.parse(where))
    with pytest.raises(CatalogueOpenError) as info:  # set up, but no catalogue yet
        Catalogue.open(where)
    assert info.value.code == "server_empty" and "import-json" in info.value.message
    with pytest.raises(LipError) as again:
        server_init(ServerAddress.parse(where))
    assert again.value.code == "server_set_up"
    doc = demo.demo_catalogue()
    with Catalogue.create(where, fill_with(doc), actor="Test") as cat:
        assert cat.server is not None and cat.location == where
        exported = queries.export_document(cat)
    assert len(exported["measures"]) == len(doc["measures"])
    with pytest.raises(LipError) as twice:
        Catalogue.create(where, fill_with(doc))
    assert twice.value.code == "server_has_catalogue"


def test_a_database_holding_something_else_is_refused_and_left_alone(
        pg_database: URL) -> None:
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE kunden (name text)"))
        conn.execute(text("INSERT INTO kunden VALUES ('Meier')"))
    where = address(pg_database)
    with pytest.raises(LipError) as info:
        server_init(ServerAddress.parse(where))
    assert info.value.code == "server_not_empty" and "nicht verändert" in info.value.message
    with pytest.raises(LipError):
        Catalogue.create(where, fill_with(defaults.new_catalogue_document()))
    with pytest.raises(CatalogueOpenError):
        Catalogue.open(where)
    with engine.connect() as conn:
        tables = {r[0] for r in conn.execute(text(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public'"))}
    engine.dispose()
    assert tables == {"kunden"}


def test_a_failed_import_leaves_the_database_empty(pg_database: URL,
                                                   example_doc: dict[str, Any]) -> None:
    doc = json.loads(json.dumps(example_doc))
    doc["measures"][0]["cost_eur"] = -5
    where = address(pg_database)
    with pytest.raises(LipError):
        Catalogue.create(where, fill_with(doc))
    engine = create_engine(pg_database)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM information_schema.tables "
                                  "WHERE table_schema = 'public'")).scalar()
    engine.dispose()
    assert count == 0


def test_an_older_server_catalogue_is_migrated_on_opening(pg_database: URL) -> None:
    where = address(pg_database)
    # A version 6 database with a catalogue record, as an older program left it.
    engine = create_engine(pg_database)
    with engine.begin() as conn:
        server.migrate(conn, 6)
        conn.execute(text("INSERT INTO catalogue (id, title, city, process, draft_version, "
                          "created_at) VALUES ('c1', 'Alt', 'Hannover', 'LIP', 0, "
                          "'2026-01-05T10:00:00')"))
    engine.dispose()
    with Catalogue.open(where, actor="Test") as cat:
        assert cat.info.migrated_from == 6
        assert cat.id == "c1"


def test_backups_of_a_server_catalogue_are_the_databases_job(pg_database: URL) -> None:
    where = address(pg_database)
    with Catalogue.create(where, fill_with(defaults.new_catalogue_document())) as cat:
        with pytest.raises(LipError) as info:
            cat.backup()
        assert info.value.code == "server_backup"
        assert "export-json" in info.value.message and "pg_dump" in info.value.message
        assert cat.list_backups() == [] and cat.backup_if_due() is None


# --- change tracking --------------------------------------------------------------------


def test_every_tracked_table_has_its_trigger_on_the_server(pg_database: URL) -> None:
    server_init(ServerAddress.parse(address(pg_database)))
    engine = create_engine(pg_database)
    with engine.connect() as conn:
        with_trigger = {r[0] for r in conn.execute(text(
            "SELECT event_object_table FROM information_schema.triggers "
            "WHERE trigger_name = 'lip_track'"))}
    engine.dispose()
    assert with_trigger == set(tracking.TRACKED)


def test_edits_on_the_server_extend_the_revision_chain(pg_database: URL) -> None:
    where = address(pg_database)
    with Catalogue.create(where, fill_with(defaults.new_catalogue_document()),
                          actor="Anna") as cat:
        service = CatalogueService(cat)
        field = service.structure.add_action_field("Gesundheit").value.id
        goal = service.structure.add_goal(field, "Zugang zur Versorgung").value.id
        service.structure.update_goal(goal, title="Zugang zur Gesundheitsversorgung")
        with cat.read() as conn:
            chain = revisions.chains(conn)[("goal", goal)]
            pending = revisions.has_pending(conn)
            detail = revisions.data_of(conn, chain[-1:])
    assert len(chain) == 2 and not pending
    assert detail[chain[-1]]["title"] == "Zugang zur Gesundheitsversorgung"


# --- command line -----------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_sets_up_fills_exports_and_refuses_backups(
        pg_database: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = address(pg_database)
    source = tmp_path / "demo.json"
    source.write_text(interchange.dumps(demo.demo_catalogue()), encoding="utf-8")
    code, out, _ = run(capsys, "server-init", where)
    assert code == 0 and "eingerichtet" in out
    code, out, _ = run(capsys, "import-json", where, source)
    assert code == 0 and "Neuer Katalog" in out
    code, out, _ = run(capsys, "import-json", where, source)  # second time: a merge
    assert code == 0 and "Import in" in out
    target = tmp_path / "zurueck.json"
    code, _, _ = run(capsys, "export-json", where, target)
    assert code == 0
    back = json.loads(target.read_text(encoding="utf-8"))
    assert len(back["measures"]) == len(demo.demo_catalogue()["measures"])
    code, out, err = run(capsys, "check", where)
    assert "Prüfung beendet: 0 Fehler" in out and err == ""
    for command in ("backups", "restore"):
        code, _, err = run(capsys, command, where)
        assert code == 1 and "Sache der Datenbank" in err
    code, _, err = run(capsys, "server-init", "postgresql://anna:geheim@localhost/lip")
    assert code == 1 and "geheim" not in err and "PGPASSWORD" in err
