"""Offline copies for a session (``lip-desktop checkout``) and bringing them back (``merge``).

The origin is a server catalogue (``backend`` postgresql) or a file (``backend`` sqlite):
a facilitator checks out a copy, works in it offline through the services as the app does,
while the server goes on changing; the merge back finds the base in the revision chains the
copy carries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from lip_desktop import cli
from lip_desktop.model import demo, revisions
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.checkout import checkout
from lip_desktop.model.errors import LipError
from lip_desktop.model.services import CatalogueService
from tests.support import create_from

if TYPE_CHECKING:  # the fixture's type only; importing conftest would run it twice
    from tests.conftest import Backend


def records(service: CatalogueService, record_type: str) -> dict[str, dict[str, Any]]:
    with service.catalogue.read() as conn:
        return revisions.load_records(conn, record_type)


def field_of(service: CatalogueService, code: str) -> tuple[str, list[str]]:
    """The id of the action field ``code`` and its measures' ids, by code."""
    fields = {f["code"]: fid for fid, f in records(service, "action_field").items()}
    goals = {gid for gid, g in records(service, "goal").items()
             if g["action_field_id"] == fields[code]}
    measures = sorted((m["code"], mid) for mid, m in records(service, "measure").items()
                      if m["goal_id"] in goals)
    return fields[code], [mid for _code, mid in measures]


@pytest.fixture
def origin(backend: Backend, tmp_path: Path) -> Iterator[CatalogueService]:
    """The lead's catalogue (on the server, or a file), open for writing."""
    where = backend.location(tmp_path, "plan.lip")
    create_from(where, demo.demo_catalogue()).close()
    cat = Catalogue.open(where, actor="Projektleitung", make_backups=False)
    yield CatalogueService(cat)
    cat.close(backup=False)
    backend.remove(cat)


def open_copy(path: Path) -> CatalogueService:
    return CatalogueService(Catalogue.open(path, actor="Moderation Bildung",
                                           make_backups=False))


def test_a_copy_edited_offline_merges_back_with_its_clash_in_the_queue(
        origin: CatalogueService, tmp_path: Path) -> None:
    _field, (a, b, *_rest) = field_of(origin, "BIL")
    goal = records(origin, "measure")[a]["goal_id"]
    copy_path = tmp_path / "kopie.lip"
    checkout(origin.catalogue, copy_path)

    copy = open_copy(copy_path)
    copy.structure.update_measure(a, title="Sprachkurse am Abend (Sitzung)")
    new = copy.structure.add_measure(goal, "Elterncafé im Stadtteil").value
    copy.catalogue.close(backup=False)
    origin.structure.update_measure(b, title="Geändert auf dem Server")
    origin.structure.update_measure(a, title="Sprachkurse am Wochenende (Server)")

    report = origin.merge.merge(copy_path).value
    after = records(origin, "measure")
    assert after[b]["title"] == "Geändert auf dem Server"
    assert after[new.id]["title"] == "Elterncafé im Stadtteil"
    assert after[a]["title"] == "Sprachkurse am Wochenende (Server)"  # kept until decided
    queue = origin.merge.conflicts()
    assert [(c.record_id, c.field) for c in queue] == [(a, "title")]
    assert queue[0].theirs == "Sprachkurse am Abend (Sitzung)"
    assert report.new_conflicts == 1 and report.added == {"measure": 1}
    lines = "\n".join(report.lines())
    assert "Neu: 1 Maßnahme" in lines and "Neue Konflikte: 1." in lines
    if origin.catalogue.server is not None:
        assert report.backup is None  # the server's backups are the administrator's

    again = origin.merge.merge(copy_path).value
    assert again.nothing_new and again.new_conflicts == 0
    assert records(origin, "measure") == after
    assert len(origin.merge.conflicts()) == 1


def test_a_field_copy_deletes_only_what_was_deleted_in_it(
        origin: CatalogueService, tmp_path: Path) -> None:
    _bil, bil_measures = field_of(origin, "BIL")
    goal = records(origin, "measure")[bil_measures[0]]["goal_id"]
    gone = origin.structure.add_measure(goal, "Lesepaten an Grundschulen").value.id
    bil_measures.append(gone)
    _soz, soz_measures = field_of(origin, "SOZ")
    people = records(origin, "person")
    copy_path = tmp_path / "bildung.lip"
    report = checkout(origin.catalogue, copy_path, ["BIL"])
    assert report.fields == ("BIL",)

    copy = open_copy(copy_path)
    held = records(copy, "measure")
    assert set(held) == set(bil_measures)  # no measure of another field travels
    assert not set(soz_measures) & set(held)
    assert 0 < len(records(copy, "person")) < len(people)  # only the people it refers to
    assert len(records(copy, "action_field")) == 1
    copy.structure.delete_measure(gone)
    copy.catalogue.close(backup=False)
    before = records(origin, "measure")

    merged = origin.merge.merge(copy_path).value
    after = records(origin, "measure")
    assert set(after) == set(before) - {gone}
    assert merged.deleted == {"measure": 1}
    assert set(records(origin, "person")) == set(people)
    assert len(records(origin, "action_field")) == 7
    assert origin.merge.conflicts() == []
    assert origin.merge.merge(copy_path).value.nothing_new


def test_a_field_copy_opens_and_passes_the_check(
        origin: CatalogueService, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, fields in (("ganz.lip", []), ("bildung.lip", ["BIL"]), ("zwei.lip", ["SVI", "dem"])):
        checkout(origin.catalogue, tmp_path / name, fields)
        assert cli.main(["check", str(tmp_path / name)]) == 0, capsys.readouterr()
        assert "0 Fehler" in capsys.readouterr().out


def test_a_checkout_onto_an_existing_file_is_refused_and_writes_nothing(
        origin: CatalogueService, tmp_path: Path) -> None:
    (tmp_path / "aus").mkdir()
    target = tmp_path / "aus" / "kopie.lip"
    target.write_bytes(b"nicht anfassen")
    with pytest.raises(LipError) as info:
        checkout(origin.catalogue, target, ["BIL"])
    assert info.value.code == "already_exists"
    assert "kopie.lip" in info.value.message and "nicht überschrieben" in info.value.message
    assert target.read_bytes() == b"nicht anfassen"
    assert sorted(p.name for p in target.parent.iterdir()) == ["kopie.lip"]


def test_an_unknown_field_is_named_in_german_and_nothing_is_written(
        origin: CatalogueService, tmp_path: Path) -> None:
    with pytest.raises(LipError) as info:
        checkout(origin.catalogue, tmp_path / "kopie.lip", ["XYZ"])
    assert info.value.message == "Handlungsfeld „XYZ“ gibt es im Katalog nicht."
    assert not (tmp_path / "kopie.lip").exists()


def test_the_command_line_checks_out_and_merges_back(
        origin: CatalogueService, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = origin.catalogue.location
    _field, (a, b, *_rest) = field_of(origin, "BIL")
    copy_path = tmp_path / "kopie.lip"
    origin.catalogue.close(backup=False)  # the command line opens it itself (a file's lock)
    assert cli.main(["checkout", where, str(copy_path), "--field", "BIL"]) == 0
    out = capsys.readouterr().out
    assert "Offline-Kopie geschrieben" in out and "Handlungsfeld BIL" in out
    assert "Maßnahmen" in out

    assert cli.main(["checkout", where, str(copy_path)]) == 1
    assert "gibt es schon" in capsys.readouterr().err

    copy = open_copy(copy_path)
    copy.structure.update_measure(a, title="In der Sitzung geändert")
    copy.structure.update_measure(b, title="Sitzung: neuer Titel")
    copy.catalogue.close(backup=False)
    with Catalogue.open(where, actor="Projektleitung") as cat:
        CatalogueService(cat).structure.update_measure(b, title="Server: neuer Titel")
    assert cli.main(["merge", where, str(copy_path)]) == 0
    out = capsys.readouterr().out
    assert "Zusammengeführt mit „kopie.lip“." in out and "Geändert: 1 Maßnahme" in out
    assert "Neue Konflikte: 1." in out
    assert ("Sicherung vorher" in out) == (origin.catalogue.server is None)  # files only
    with Catalogue.open(where, readonly=True) as cat:
        assert records(CatalogueService(cat), "measure")[a]["title"] == "In der Sitzung geändert"
    assert cli.main(["merge", where, str(copy_path)]) == 0
    assert "nichts Neues" in capsys.readouterr().out

    assert cli.main(["conflicts", where, "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert (entry["record_id"], entry["field"], entry["theirs"]) == (
        b, "title", "Sitzung: neuer Titel")
    assert cli.main(["resolve", where, str(entry["id"]), "--take", "theirs"]) == 0
    capsys.readouterr()
    with Catalogue.open(where, readonly=True) as cat:
        assert records(CatalogueService(cat), "measure")[b]["title"] == "Sitzung: neuer Titel"
        assert CatalogueService(cat).merge.conflicts() == []


def test_a_copy_is_one_moment_of_the_catalogue_while_others_save(
        origin: CatalogueService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone saves a measure while the copy is being read: the copy holds the
    catalogue as it was when reading began, not the measure without its history."""
    from lip_desktop.model import checkout as module

    _field, (a, *_rest) = field_of(origin, "BIL")
    goal = records(origin, "measure")[a]["goal_id"]
    read_rows = module._rows
    added: list[str] = []

    def rows_while_someone_saves(conn: Any, keep: Any) -> Any:
        added.append(origin.structure.add_measure(goal, "Nebenbei gespeichert").value.id)
        return read_rows(conn, keep)

    monkeypatch.setattr(module, "_rows", rows_while_someone_saves)
    checkout(origin.catalogue, tmp_path / "kopie.lip")
    copy = open_copy(tmp_path / "kopie.lip")
    assert added and added[0] not in records(copy, "measure")
    assert added[0] in records(origin, "measure")
    copy.catalogue.close(backup=False)
    assert origin.merge.merge(tmp_path / "kopie.lip").value.deleted == {}
