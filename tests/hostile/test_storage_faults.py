"""Full backup disk, a stray WAL beside a catalogue, a read-only folder, killed leftovers.

The full disk is an injected write error in the backup copy (the machine offers no small
file system to fill); both SQLite's "database or disk is full" and the system's ENOSPC
are tried.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from support import create_from

from lip_desktop import cli
from lip_desktop.model import backups, defaults
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import LipError
from lip_desktop.model.services import CatalogueService

FULL_DISK = [sqlite3.OperationalError("database or disk is full"),
             OSError(errno.ENOSPC, "No space left on device")]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _catalogue(path: Path) -> Any:
    cat = create_from(path, defaults.new_catalogue_document("Voll"))
    service = CatalogueService(cat)
    field = service.structure.add_action_field("Arbeit").value
    service.structure.add_goal(field.id, "Ankommen im Beruf")
    return cat


def _fill_disk(monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise error

    monkeypatch.setattr(backups, "_copy_with_backup_api", fail)


@pytest.mark.parametrize("error", FULL_DISK, ids=["sqlite-voll", "enospc"])
def test_full_backup_disk_warns_and_editing_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    path = tmp_path / "plan.lip"
    cat = _catalogue(path)
    cat.close()
    _fill_disk(monkeypatch, error)
    with Catalogue.open(path) as cat:
        service = CatalogueService(cat)
        field = service.structure.add_action_field("Feld trotz voller Platte").value
        assert field.code
        with pytest.raises(LipError, match="Datenträger ist voll") as refused:
            cat.backup("manual")
        assert "selbst beschädigt" not in refused.value.message
    # Closing backs up (changed): it fails, the catalogue is saved, a warning remains.
    assert cat.backup_warning is not None and "Datenträger ist voll" in cat.backup_warning
    with Catalogue.open(path, readonly=True) as again, again.read() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM action_field")]
    assert "Feld trotz voller Platte" in names
    # Opening while the disk is full (an open backup is due after changes) still works.
    with Catalogue.open(path) as third:
        assert third.info.backup_warning is None or "voll" in third.info.backup_warning
        CatalogueService(third).structure.add_action_field("Noch ein Feld")


@pytest.mark.parametrize("error", FULL_DISK, ids=["sqlite-voll", "enospc"])
def test_import_that_was_saved_reports_success_with_a_backup_warning(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: Exception,
        capsys: pytest.CaptureFixture[str]) -> None:
    from lip_desktop.model import interchange

    path = tmp_path / "plan.lip"
    with _catalogue(path) as cat, cat.read() as conn:
        doc = interchange.export_document(conn)
    doc["action_fields"][0]["name"] = "Arbeit und Beruf"
    source = tmp_path / "rueck.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    _fill_disk(monkeypatch, error)

    code = cli.main(["import-json", str(path), str(source)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Import in" in out.out
    assert "Warnung: Die Sicherung konnte nicht angelegt werden" in out.err
    assert "Datenträger ist voll" in out.err and "selbst beschädigt" not in out.err
    assert "Unerwarteter Fehler" not in out.err
    with Catalogue.open(path, readonly=True) as cat, cat.read() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM action_field")]
    assert "Arbeit und Beruf" in names


def test_read_only_commands_never_apply_a_stray_wal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A -wal left beside a catalogue (crash, copied folder) is read, never written in."""
    live = tmp_path / "live.lip"
    cat = _catalogue(live)
    with cat.read() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    CatalogueService(cat).structure.add_action_field("Nur im WAL")
    stray = tmp_path / "kopie" / "plan.lip"
    stray.parent.mkdir()
    shutil.copy(live, stray)
    shutil.copy(f"{live}-wal", f"{stray}-wal")  # the WAL of a running catalogue
    cat.close()
    before = _digest(stray)
    wal_before = _digest(Path(f"{stray}-wal"))

    assert cli.main(["check", str(stray)]) == 0
    out_json = tmp_path / "export.json"
    assert cli.main(["export-json", str(stray), str(out_json)]) == 0
    assert cli.main(["backups", str(stray)]) == 0
    capsys.readouterr()
    assert _digest(stray) == before
    assert _digest(Path(f"{stray}-wal")) == wal_before
    exported = json.loads(out_json.read_text(encoding="utf-8"))
    assert "Nur im WAL" in [f["name"] for f in exported["action_fields"]]  # it was read


def test_catalogue_in_a_read_only_folder_opens_read_only_with_a_reason(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Tests run as root, for whom permissions do not hold: the folder's answer to
    ``os.access`` is what the code asks, so that answer is made "read-only" here."""
    path = tmp_path / "schreibgeschuetzt" / "plan.lip"
    path.parent.mkdir()
    _catalogue(path).close()
    for extra in ("-wal", "-shm"):
        assert not Path(f"{path}{extra}").exists()
    before = _digest(path)
    real_access = os.access

    def access(target: Any, mode: int, **kwargs: Any) -> bool:
        if mode & os.W_OK and Path(target).resolve().parent in (path.parent, path.parent.parent):
            return False
        return real_access(target, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    with Catalogue.open(path) as cat:
        assert cat.readonly
        assert cat.info.readonly_reason and "schreibgeschützt" in cat.info.readonly_reason
        assert cat.list_backups() is not None
        with pytest.raises(LipError, match="schreibgeschützt"):
            CatalogueService(cat).structure.add_action_field("Geht nicht")
    code = cli.main(["renumber", str(path)])
    out = capsys.readouterr()
    assert code == 1 and "schreibgeschützt" in out.err and "beschädigt" not in out.err
    assert cli.main(["check", str(path)]) == 0
    capsys.readouterr()
    assert _digest(path) == before
    assert not Path(f"{path}-shm").exists() and not Path(f"{path}-wal").exists()


def test_temporary_files_of_killed_writers_are_removed(tmp_path: Path) -> None:
    from lip_desktop.model.files import pid_alive, remove_stale_temps

    dead = 2 ** 22 + 12345  # above Linux's default pid_max: no such process
    assert not pid_alive(dead)
    folder = tmp_path / "ordner"
    folder.mkdir()
    left = [folder / f".plan.lip.{dead}.ab12cd34.tmp", folder / f".plan.lip.{dead}.neu.tmp",
            folder / f".plan.lip.{dead}.neu.tmp-wal"]
    mine = folder / f".plan.lip.{os.getpid()}.ffff0000.tmp"
    other = folder / "plan.lip"
    for p in [*left, mine, other]:
        p.write_bytes(b"x")
    removed = remove_stale_temps(folder)
    assert sorted(removed) == sorted(left)
    assert mine.exists() and other.exists()


@pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_exports_and_restored_catalogues_get_the_users_normal_mode(
        tmp_path: Path, umask: int) -> None:
    from lip_desktop.model.catalogue import restore
    from lip_desktop.model.files import atomic_write

    path = tmp_path / "plan.lip"
    _catalogue(path).close()
    old = os.umask(umask)
    try:
        expected = 0o666 & ~umask
        export = tmp_path / "liste.json"
        atomic_write(export, b"{}")
        assert export.stat().st_mode & 0o777 == expected
        with Catalogue.open(path) as cat:
            made = cat.backup("manual")
        restore(path, made.path)
        assert path.stat().st_mode & 0o777 == expected
    finally:
        os.umask(old)
