"""When ``import-json`` backs up: not the new file it has just written from a JSON file
the user still holds (the first opening to work with backs it up), always a catalogue
it imports into (opening it backs it up, the changed catalogue is backed up on closing).
Opening a file just written skips its integrity check; every later opening checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from lip_desktop import cli
from lip_desktop.model import interchange, storage
from lip_desktop.model.catalogue import Catalogue, backups_for
from lip_desktop.model.generate import generate_catalogue, write_json
from lip_desktop.model.services import CatalogueService
from tests.support import create_from


def _json(tmp_path: Path, name: str = "katalog.json") -> Path:
    source = tmp_path / name
    write_json(generate_catalogue(fields=1, goals_per_field=2, measures_per_goal=2), source)
    return source


def test_import_into_a_new_file_makes_no_backup_until_the_file_is_opened(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "neu.lip"
    assert cli.main(["import-json", str(target), str(_json(tmp_path))]) == 0
    assert "Neuer Katalog" in capsys.readouterr().out
    assert backups_for(target) == []
    with Catalogue.open(target) as cat:  # the first opening to work with backs it up
        assert [b.reason for b in cat.list_backups()] == ["open"]
        CatalogueService(cat).people.add_person("Jan Kowalski", "administration")
    assert [b.reason for b in backups_for(target)] == ["close", "open"]


def test_import_into_an_existing_catalogue_backs_it_up(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.lip"
    doc = generate_catalogue(fields=1, goals_per_field=1, measures_per_goal=1)
    Catalogue.create(target, lambda db: interchange.import_into_new(db, doc, "t") and None,
                     open_backup=False).close()
    assert backups_for(target) == []
    assert cli.main(["import-json", str(target), str(_json(tmp_path))]) == 0
    assert "Import in" in capsys.readouterr().out
    reasons = [b.reason for b in backups_for(target)]
    assert sorted(reasons) == ["close", "open"]


def test_create_still_backs_up_on_opening_unless_told_not_to(tmp_path: Path) -> None:
    doc = generate_catalogue(fields=1, goals_per_field=1, measures_per_goal=1)
    with create_from(tmp_path / "a.lip", doc) as cat:
        assert [b.reason for b in cat.list_backups()] == ["open"]
    with Catalogue.create(tmp_path / "b.lip",
                          lambda db: interchange.import_into_new(db, doc, "t") and None,
                          open_backup=False) as cat:
        assert cat.list_backups() == []


def test_only_the_file_just_written_skips_the_integrity_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[Path] = []
    original = storage.quick_check

    def spy(path: Path, *, readonly: bool = False) -> str | None:
        checked.append(path)
        return original(path, readonly=readonly)

    monkeypatch.setattr(storage, "quick_check", spy)
    target = tmp_path / "neu.lip"
    assert cli.main(["import-json", str(target), str(_json(tmp_path))]) == 0
    assert checked == []
    Catalogue.open(target).close()
    assert checked == [target]


def test_a_damaged_file_is_still_found_on_the_next_opening(tmp_path: Path) -> None:
    target = tmp_path / "neu.lip"
    assert cli.main(["import-json", str(target), str(_json(tmp_path))]) == 0
    data = bytearray(target.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 2):
        data[offset:offset + page] = b"\xff" * page
    target.write_bytes(bytes(data))
    assert cli.main(["check", str(target)]) == 1


def test_import_json_pauses_the_garbage_collector_only_while_it_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    seen: list[bool] = []
    original = interchange.import_into_new

    def spy(db: object, doc: object, actor: str) -> interchange.ImportReport:
        seen.append(gc.isenabled())
        return original(db, doc, actor)  # type: ignore[arg-type]

    monkeypatch.setattr(interchange, "import_into_new", spy)
    assert gc.isenabled()
    assert cli.main(["import-json", str(tmp_path / "neu.lip"), str(_json(tmp_path))]) == 0
    assert seen == [False] and gc.isenabled()
    broken = tmp_path / "kaputt.json"
    broken.write_text("{nicht json", encoding="utf-8")
    assert cli.main(["import-json", str(tmp_path / "b.lip"), str(broken)]) == 1
    assert gc.isenabled()
