"""Kill -9 at random moments of a restore and of a schema migration.

After every kill a whole catalogue must be at the path (the old one or the new one),
it must open, and a killed migration must never leave a backup that ranks above the
good ones. CI runs a few cycles; ``LIP_SOAK=1`` runs 500 and prints the figures.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from support import old_catalogue
from world import World, build, read_title_and_count

SOAK = os.environ.get("LIP_SOAK") == "1"
CYCLES = 500 if SOAK else 6
TARGET = Path(__file__).with_name("kill_target.py")


def _start(*args: str, data_dir: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "LIP_DESKTOP_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen([sys.executable, str(TARGET), *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    return proc


def _kill_after(proc: subprocess.Popen[str], delay: float) -> bool:
    """True if the process was still running when killed."""
    time.sleep(delay)
    running = proc.poll() is None
    proc.kill()
    proc.communicate()  # reaps the process and closes its pipes
    return running


def test_killed_restore_always_leaves_a_whole_catalogue(tmp_path: Path) -> None:
    from lip_desktop.model import backups, recovery

    world: World = build(tmp_path)
    a = world.a
    ours = [c.info.path for c in recovery.candidates(a) if c.usable]
    assert ours
    sources = [str(ours[0]), str(a.with_name("zweite.lip"))]
    Path(sources[1]).write_bytes(world.good_a)
    rng = random.Random(9)
    completed_before_kill = 0
    started = time.perf_counter()
    for _cycle in range(CYCLES):
        proc = _start("restore", str(a), *sources, data_dir=world.data_dir)
        assert _kill_after(proc, rng.uniform(0.0, 0.4)), "the restore loop ended by itself"
        assert a.is_file(), "a killed restore left no catalogue at the path"
        facts = backups.inspect_database(a)
        assert facts.problem is None, facts.problem
        title, _count = read_title_and_count(a)
        assert title == world.title_a
        kept = list(a.parent.glob("plan_ersetzt_*"))
        completed_before_kill += len([p for p in kept if p.suffix == ".lip"])
        for aside in kept:
            aside.unlink()  # keep the folder small for the next cycle
    elapsed = time.perf_counter() - started
    # Temporary files of killed restores are removed by the next one.
    proc = _start("restore", str(a), *sources, data_dir=world.data_dir)
    _kill_after(proc, 0.3)
    from lip_desktop.model.files import remove_stale_temps
    remove_stale_temps(a.parent)
    leftovers = [p.name for p in a.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    print(f"\nkilled restores: {CYCLES} kills in {elapsed:.1f} s, "
          f"{completed_before_kill} restores completed before the kills")


def test_killed_migration_leaves_the_old_or_the_new_catalogue(
        tmp_path: Path, data_dir: Path) -> None:
    from lip_desktop.model import backups, recovery, storage
    from lip_desktop.model.catalogue import Catalogue

    template = tmp_path / "vorlage.lip"
    old_catalogue(template)
    path = tmp_path / "alt.lip"
    rng = random.Random(6)
    versions: dict[int, int] = {}
    started = time.perf_counter()
    for _cycle in range(max(CYCLES // 5, 4)):
        for extra in ("", "-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        path.write_bytes(template.read_bytes())
        proc = _start("open", str(path), data_dir=data_dir)
        _kill_after(proc, rng.uniform(0.0, 2.0))
        assert backups.inspect_database(path).problem is None  # old or new, never half
        version = storage.read_header(path)[1]
        versions[version] = versions.get(version, 0) + 1
        best = recovery.best(path)
        if best is not None:  # a migration backup of a stuck file is never offered
            assert best.facts.problem is None
        with Catalogue.open(path) as cat, cat.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM membership").scalar() == 1
        assert storage.read_header(path)[1] == storage.SCHEMA_VERSION
    elapsed = time.perf_counter() - started
    print(f"\nkilled migrations: {sum(versions.values())} cycles in {elapsed:.1f} s, "
          f"schema version found after the kill: {versions}")
