"""A pulled plug during a large import or merge: the catalogue is as before or complete,
never half."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import create_from

from lip_desktop.model import generate, interchange
from lip_desktop.model.catalogue import Catalogue

pytestmark = pytest.mark.slow


def _count(path: Path) -> tuple[int, str]:
    with Catalogue.open(path) as cat, cat.read() as conn:
        measures = conn.exec_driver_sql("SELECT count(*) FROM measure").scalar()
        check = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
    return int(measures or 0), str(check)


def _start_import(catalogue: Path, source: Path, data_dir: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "LIP_DESKTOP_DATA_DIR": str(data_dir)}
    return subprocess.Popen([sys.executable, "-m", "lip_desktop.cli", "import-json",
                             str(catalogue), str(source)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_after(proc: subprocess.Popen[bytes], delay: float) -> bool:
    """Kill -9 after ``delay`` seconds; True when the process was still running."""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        time.sleep(0.01)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def test_kill_during_merge_import_leaves_before_or_complete(tmp_path: Path,
                                                           data_dir: Path) -> None:
    big = generate.generate_catalogue(fields=7, goals_per_field=40, measures_per_goal=10,
                                      seed=2)
    # The catalogue as it stands: the same file with only its first two goals.
    base = dict(big)
    base["goals"] = big["goals"][:2]
    goal_ids = {g["id"] for g in base["goals"]}
    base["measures"] = [m for m in big["measures"] if m["goal_id"] in goal_ids]
    measure_ids = {m["id"] for m in base["measures"]}
    base["indicators"] = [i for i in big["indicators"] if i["measure_id"] in measure_ids]
    source = tmp_path / "gross.json"
    generate.write_json(big, source)
    path = tmp_path / "plan.lip"
    create_from(path, base).close()
    before = len(base["measures"])
    complete = len(big["measures"])

    outcomes = []
    for delay in (0.3, 0.6, 0.9, 1.2, 1.6, 2.2):
        proc = _start_import(path, source, data_dir)
        killed = _kill_after(proc, delay)
        measures, check = _count(path)  # also proves the dead writer's lock is taken over
        assert check == "ok"
        assert measures in (before, complete), (delay, measures)
        outcomes.append((killed, measures))
        if measures == complete:
            break
    assert any(killed for killed, _ in outcomes), "the import was never interrupted"


def test_kill_during_import_into_new_file_leaves_nothing_or_complete(
        tmp_path: Path, data_dir: Path) -> None:
    doc = generate.generate_catalogue(fields=7, goals_per_field=40, measures_per_goal=10,
                                      seed=3)
    source = tmp_path / "gross.json"
    generate.write_json(doc, source)
    for n, delay in enumerate((0.4, 0.8, 1.2, 1.8)):
        path = tmp_path / f"neu{n}.lip"
        killed = _kill_after(_start_import(path, source, data_dir), delay)
        if path.exists():
            measures, check = _count(path)
            assert check == "ok" and measures == len(doc["measures"])
        else:
            assert killed
        leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(f".neu{n}")]
        if not killed:
            assert leftovers == []
    # A half-built temporary file from a killed run is never taken for a catalogue.
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        interchange.read_json(tmp_path / "gibt-es-nicht.json")


def _state_after_merge(path: Path, changed: list[str]) -> tuple[int, int, str]:
    """(measures carrying the copy's titles, queued conflicts, integrity check)."""
    with Catalogue.open(path) as cat, cat.read() as conn:
        taken = 0
        for start in range(0, len(changed), 500):
            chunk = tuple(changed[start:start + 500])
            marks = ",".join("?" * len(chunk))
            taken += int(conn.exec_driver_sql(
                f"SELECT count(*) FROM measure WHERE id IN ({marks}) AND title LIKE "
                "'% (Kopie)'", chunk).scalar() or 0)
        conflicts = int(conn.exec_driver_sql("SELECT count(*) FROM merge_conflict")
                        .scalar() or 0)
        check = str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())
    return taken, conflicts, check


def test_kill_during_merge_leaves_before_or_complete(tmp_path: Path, data_dir: Path) -> None:
    """A merge killed at any moment: the catalogue is as before the merge (no change
    taken, no conflict queued) or completely merged, never half; its file stays whole."""
    import shutil

    from lip_desktop.model.services import CatalogueService

    doc = generate.generate_catalogue(fields=7, goals_per_field=20, measures_per_goal=10,
                                      seed=4)
    master = tmp_path / "master.lip"
    create_from(master, doc).close()
    copy = tmp_path / "kopie.lip"
    shutil.copyfile(master, copy)
    ids = [m["id"] for m in doc["measures"]]
    changed, contested = ids[:240], ids[240:280]
    with Catalogue.open(copy) as cat:
        service = CatalogueService(cat)
        for mid in changed + contested:
            service.structure.update_measure(mid, title=f"{mid[:8]} (Kopie)")
    with Catalogue.open(master) as cat:
        service = CatalogueService(cat)
        for mid in contested:
            service.structure.update_measure(mid, title=f"{mid[:8]} (Zentrale)")
    outcomes = []
    for n, delay in enumerate((0.5, 0.9, 1.3, 1.8, 2.4, 3.2)):
        work = tmp_path / f"arbeit{n}.lip"
        shutil.copyfile(master, work)
        env = {**os.environ, "LIP_DESKTOP_DATA_DIR": str(data_dir)}
        proc = subprocess.Popen([sys.executable, "-m", "lip_desktop.cli", "merge", str(work),
                                 str(copy)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        killed = _kill_after(proc, delay)
        taken, conflicts, check = _state_after_merge(work, changed)
        assert check == "ok"
        assert (taken, conflicts) in ((0, 0), (len(changed), len(contested))), (delay, taken)
        outcomes.append((killed, taken))
        if not killed:
            break
    assert any(killed for killed, _ in outcomes), "the merge was never interrupted"
