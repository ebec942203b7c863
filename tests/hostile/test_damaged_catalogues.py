"""Every recovery command on every generated damage: no bug path, the right backup.

``check``, ``backups`` and ``restore`` are run through ``cli.main`` (what a user types)
on catalogue A after an attack. A and B are both called ``plan.lip`` and share their
catalogue id; B's backups are newer. A restore must always bring back A.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from attacks import FAMILIES, Attack, family, generate
from world import World, build, read_title_and_count

from lip_desktop import cli


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", "unused")  # restored after build()
        yield build(tmp_path_factory.mktemp("hostile"))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _reset(world: World) -> None:
    a = world.a
    if a.is_dir():
        shutil.rmtree(a)
    for leftover in a.parent.iterdir():
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()
    a.write_bytes(world.good_a)


def test_every_attack_is_generated_for_a_real_catalogue(world: World) -> None:
    attacks = generate(world.good_a)
    pages = len(world.good_a) // 4096
    assert pages >= 20
    assert sum(family(name) == "abgeschnitten" for name in attacks) == pages - 1
    assert {family(name) for name in attacks} == set(FAMILIES)


@pytest.mark.parametrize("attack_family", FAMILIES)
def test_recovery_commands_survive_the_attack_and_restore_the_right_catalogue(
        world: World, attack_family: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(world.data_dir))
    attacks = {name: attack for name, attack in generate(world.good_a).items()
               if family(name) == attack_family}
    assert attacks
    for name, attack in attacks.items():
        _attack_then_recover(world, name, attack, capsys)


def _attack_then_recover(world: World, name: str, attack: Attack,
                         capsys: pytest.CaptureFixture[str]) -> None:
    _reset(world)
    attack(world.good_a, world.a)
    damaged = world.a.read_bytes() if world.a.is_file() else None

    code, out = _run(capsys, "check", str(world.a))
    assert "Unerwarteter Fehler" not in out and "Traceback" not in out, (name, out)
    if name == "halb-migriert":  # resumable: a normal open finishes the migration
        assert code == 1 and "aktualisiert" in out, (name, out)
    elif code != 0 and "Fehler:" not in out:
        # The file is no longer a whole catalogue: named as damaged, with A's backup.
        assert "beschädigt" in out, (name, out)
        assert "Sicherung ist vom" in out and world.title_a in out, (name, out)
        assert world.title_b not in out, (name, out)
    if world.a.is_file():
        assert world.a.read_bytes() == damaged, name  # check changes nothing

    code, out = _run(capsys, "backups", str(world.a))
    assert code == 0 and "Unerwarteter Fehler" not in out, (name, out)
    assert world.title_a in out and world.title_b not in out, (name, out)

    code, out = _run(capsys, "restore", str(world.a))
    assert "Unerwarteter Fehler" not in out and "Traceback" not in out, (name, out)
    if name == "ordner":
        assert code == 1 and "Ordner" in out, out  # nothing replaces a folder
        return
    assert code == 0, (name, out)
    assert world.title_a in out and world.title_b not in out, (name, out)
    assert read_title_and_count(world.a) == (world.title_a, world.measures_a), name
    kept = sorted(world.a.parent.glob("plan_ersetzt_*.lip"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged, name  # the damaged file is kept


def test_backups_of_damaged_content_never_rank_first(
        world: World, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Restoring over a file with an invalid value backs that file up first; the next
    restore must not pick that newer backup."""
    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(world.data_dir))
    attacks = generate(world.good_a)
    for _round in range(2):
        _reset(world)
        attacks["status-ungueltig"](world.good_a, world.a)
        code, out = _run(capsys, "restore", str(world.a))
        assert code == 0, out
        import sqlite3
        conn = sqlite3.connect(world.a)
        try:
            bad = conn.execute("SELECT count(*) FROM measure WHERE status = 'kaputt'").fetchone()
        finally:
            conn.close()
        assert bad == (0,)


def test_empty_foreign_truncated_and_half_migrated_backups_are_never_offered(
        world: World, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Newer files under backup names, recorded as made from A, that are no whole
    catalogue: listed as unusable, never chosen."""
    import json
    import sqlite3

    from lip_desktop.model import recovery

    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(world.data_dir))
    _reset(world)
    genuine = recovery.best(world.a)
    assert genuine is not None
    folder = genuine.info.path.parent
    fakes = {
        "leer": b"",
        "abgeschnitten": genuine.info.path.read_bytes()[: 4096 * 5],
        "fremd": None,
        "halb-migriert": None,
    }
    planted = []
    for n, (kind, content) in enumerate(fakes.items()):
        fake = folder / f"plan_2099-01-0{n + 1}_10-00-00_manual.lip"
        if content is not None:
            fake.write_bytes(content)
        elif kind == "fremd":
            conn = sqlite3.connect(fake)
            conn.execute("CREATE TABLE catalogue (id TEXT, title TEXT)")
            conn.execute("INSERT INTO catalogue VALUES ('x', 'Katalog A')")
            conn.commit()
            conn.close()
        else:
            fake.write_bytes(genuine.info.path.read_bytes())
            conn = sqlite3.connect(fake)
            conn.execute("PRAGMA user_version = 2")
            conn.close()
        fake.with_name(fake.name + ".json").write_text(json.dumps(
            {"path": recovery.real_path(world.a), "source_ok": True}), encoding="utf-8")
        planted.append(fake)
    try:
        world.a.write_bytes(b"\0" * 8192)
        assert recovery.best(world.a) == genuine
        code, out = _run(capsys, "backups", str(world.a))
        assert code == 0
        assert sum(line.startswith("unbrauchbar") for line in out.splitlines()) == len(planted)
        assert out.index(str(genuine.info.path)) < min(out.index(str(p)) for p in planted)
        code, out = _run(capsys, "restore", str(world.a))
        assert code == 0 and str(genuine.info.path) in out, out
        assert read_title_and_count(world.a) == (world.title_a, world.measures_a)
    finally:
        for fake in planted:
            fake.unlink()
            fake.with_name(fake.name + ".json").unlink()


def test_a_half_migrated_file_is_resumed_and_its_backup_never_ranks_first(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a kill during a migration of an older release left: the schema is new, the
    version mark old. Opening finishes the job; the backup made of the stuck file on the
    way is kept but never offered before the good ones."""
    from lip_desktop.model import recovery, storage
    from lip_desktop.model.catalogue import Catalogue

    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(world.data_dir))
    _reset(world)
    generate(world.good_a)["halb-migriert"](world.good_a, world.a)
    assert storage.read_header(world.a)[1] == 2
    for _attempt in range(2):
        with Catalogue.open(world.a) as cat, cat.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM measure").scalar() == \
                world.measures_a
        assert storage.read_header(world.a)[1] == storage.SCHEMA_VERSION
    ranked = recovery.candidates(world.a)
    assert ranked[0].usable
    stuck = [c for c in ranked if c.info.reason == "migration"]
    assert all(not c.usable for c in stuck)
    assert all(ranked.index(c) > 0 for c in stuck)


def test_backups_of_unknown_origin_are_shown_but_only_restored_when_named(
        world: World, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A backup from an older version (no recorded origin) with the same file name, and a
    damaged file whose id cannot be read: nothing verifies they belong together."""
    from lip_desktop.model import recovery

    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(world.data_dir))
    _reset(world)
    genuine = recovery.best(world.a)
    assert genuine is not None
    legacy_dir = world.data_dir / "Sicherungen" / "altes-format"
    legacy_dir.mkdir(exist_ok=True)
    legacy = legacy_dir / "plan_2020-05-04_09-30-00_close.lip"
    legacy.write_bytes(genuine.info.path.read_bytes())
    other = tmp_path / "gruppe-c" / "plan.lip"
    other.parent.mkdir()
    other.write_bytes(b"\xff" * 8192)
    try:
        code, out = _run(capsys, "backups", str(other))
        assert code == 0 and "nicht zugeordnet" in out and str(legacy) in out, out
        assert "04.05.2020, 09:30 Uhr" in out and world.title_a in out
        code, out = _run(capsys, "restore", str(other))
        assert code == 1 and "keine gültige Sicherung" in out, out
        assert other.read_bytes() == b"\xff" * 8192
        code, out = _run(capsys, "restore", str(other), str(legacy))
        assert code == 0 and f"Die Sicherung enthält „{world.title_a}“" in out, out
        assert read_title_and_count(other) == (world.title_a, world.measures_a)
    finally:
        legacy.unlink()
