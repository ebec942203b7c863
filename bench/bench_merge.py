"""Seven facilitators' copies merged into the master: seconds and peak memory against the
floor of today's way of combining catalogues, ``import-json`` of the same amount.

    .venv/bin/python bench/bench_merge.py            # 2,100 measures, 7 copies × 300 edits
    .venv/bin/python bench/bench_merge.py --small    # 700 measures, 7 copies × 100 edits

The master is a generated catalogue (``generate_catalogue``); each copy is a plain file
copy of it, edited through the services (titles, leads, new measures, deletions), as a
facilitator's laptop would be. Measured, each in a fresh child process with its own data
folder (the app's backups go there):

- ``merge``: ``lip-desktop merge MASTER KOPIE`` for the seven copies one after another
  (each with its verified backup first), into a fresh copy of the master;
- ``import``: ``lip-desktop import-json MASTER KOPIE.json`` of each copy's JSON export
  (overwrite by id, no conflict detection: the floor the issue names), each into its own
  copy of the master: one after another into one file, the second import is refused as
  soon as two facilitators handed out the same new code, which is what the merge solves.

The ratio merge / import is printed; the aim is ≤ 2×. Nothing asserts on time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COPIES = 7


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare(work: Path, small: bool) -> None:
    from lip_desktop.model import interchange, revisions
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.generate import generate_catalogue
    from lip_desktop.model.services import CatalogueService

    goals = 10 if small else 30
    edits = 100 if small else 300
    doc = generate_catalogue(fields=7, goals_per_field=goals, measures_per_goal=10)
    master = work / "master.lip"
    Catalogue.create(master, lambda s: interchange.import_into_new(s, doc, "bench") and None,
                     actor="Projektleitung").close(backup=False)
    rng = random.Random(1)
    for n in range(COPIES):
        path = work / f"kopie{n}.lip"
        shutil.copy(master, path)
        service = CatalogueService(Catalogue.open(path, actor=f"Moderation {n}",
                                                  make_backups=False))
        with service.catalogue.read() as conn:
            measures = sorted(revisions.load_records(conn, "measure").items())
        for e in range(edits):
            mid, m = measures[rng.randrange(len(measures))]
            kind = e % 10
            try:
                if kind < 6:
                    service.structure.update_measure(mid, title=f"{m['title']} ({n}/{e})")
                elif kind < 8:
                    service.structure.update_measure(mid, lead=f"Fachbereich {n}")
                elif kind == 8:
                    service.structure.add_measure(m["goal_id"], f"Neu {n}/{e}")
                else:
                    service.structure.delete_measure(mid)
            except Exception:  # a measure deleted earlier: skip that edit
                continue
        with service.catalogue.read() as conn:
            (work / f"kopie{n}.json").write_text(
                interchange.dumps(interchange.export_document(conn)), encoding="utf-8")
        service.catalogue.close(backup=False)


def child(step: str, work: Path, result: Path) -> None:
    from lip_desktop import cli

    target = work / f"ziel-{step}.lip"
    shutil.copy(work / "master.lip", target)
    base = peak_rss_mib()
    start = time.perf_counter()
    for n in range(COPIES):
        if step == "import":  # codes the copies gave twice would refuse the next import
            target = work / f"ziel-{step}-{n}.lip"
            shutil.copy(work / "master.lip", target)
        source = work / (f"kopie{n}.lip" if step == "merge" else f"kopie{n}.json")
        command = "merge" if step == "merge" else "import-json"
        with Path(os.devnull).open("w") as quiet:
            old = sys.stdout
            sys.stdout = quiet
            try:
                code = cli.main([command, str(target), str(source)])
            finally:
                sys.stdout = old
        if code != 0:
            raise SystemExit(f"{command} failed with {code}")
    seconds = time.perf_counter() - start
    result.write_text(json.dumps({"seconds": seconds, "peak_mib": peak_rss_mib(),
                                  "baseline_mib": base}))


def run_child(step: str, work: Path) -> dict[str, Any]:
    result = work / f"{step}.json"
    data_dir = Path(tempfile.mkdtemp(prefix="lip-bench-data-"))
    env = {**os.environ, "LIP_DESKTOP_DATA_DIR": str(data_dir),
           "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, __file__, "--child", step, "--work", str(work),
                    "--result", str(result)], check=True, env=env)
    shutil.rmtree(data_dir, ignore_errors=True)
    return dict(json.loads(result.read_text()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--result", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.work, args.result)
        return
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="lip-bench-merge-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("LIP_DESKTOP_DATA_DIR", str(work / "data"))
        t0 = time.perf_counter()
        prepare(work, args.small)
        print(f"prepared master and {COPIES} copies in {time.perf_counter() - t0:.1f} s")
        merge = run_child("merge", work)
        imp = run_child("import", work)
    measures = 700 if args.small else 2100
    print(f"\n{COPIES} copies of a {measures:,}-measure catalogue, each with "
          f"{100 if args.small else 300} edits")
    print(f"{'step':<8} {'seconds':>8} {'peak MiB':>9}")
    for name, r in (("merge", merge), ("import", imp)):
        print(f"{name:<8} {r['seconds']:>8.2f} {r['peak_mib']:>9.0f}")
    print(f"\nmerge / import-json: time {merge['seconds'] / imp['seconds']:.2f}× "
          f"(aim ≤ 2×), peak memory {merge['peak_mib'] / imp['peak_mib']:.2f}×")


if __name__ == "__main__":
    main()
