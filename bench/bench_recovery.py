"""Benchmark of the recovery checks on a large catalogue.

Run from the project root::

    .venv/bin/python bench/bench_recovery.py            # 21,000 measures (7 × 300 × 10)
    .venv/bin/python bench/bench_recovery.py --small    # 2,100 measures (7 × 30 × 10)

Measured, each beside an honest floor (what SQLite itself needs for the same reading):

``inspect_database``   the full check a backup must pass before it is offered (header,
                       quick_check, version marks, counts); floor: ``PRAGMA quick_check``.
``stored values``      the scan for damaged text and invalid choice values that
                       ``check`` and a restore run; floor: ``SELECT`` of the same columns
                       as blobs, without decoding.
``best backup``        choosing the backup to offer among 10 backups of the file.

Nothing asserts on time; the figures and ratios are printed and written to
``bench/out/recovery.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
SIZES = {"full": (7, 300, 10), "small": (7, 30, 10)}


def timed(run: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args()
    size = "small" if args.small else "full"
    work = Path(tempfile.mkdtemp(prefix="lip-bench-recovery-"))
    os.environ["LIP_DESKTOP_DATA_DIR"] = str(work / "appdata")
    sys.path.insert(0, str(BENCH_DIR.parent))
    from lip_desktop.model import backups, integrity, interchange, recovery
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.generate import generate_catalogue
    from lip_desktop.model.orm import TABLES

    fields, goals, measures = SIZES[size]
    doc = generate_catalogue(fields=fields, goals_per_field=goals, measures_per_goal=measures)
    cat = Catalogue.create(work / "bench.lip",
                           lambda s: interchange.import_into_new(s, doc, "bench"))
    for n in range(10):
        cat.backup("manual")
        time.sleep(1.0 if n == 0 else 0)  # distinct names, same second is fine after
    path = cat.path
    cat.close(backup=False)
    backup = cat.list_backups()[0].path
    size_mb = path.stat().st_size / 1e6

    def quick_check() -> None:
        conn = sqlite3.connect(backups.immutable_uri(backup), uri=True)
        conn.execute("PRAGMA quick_check").fetchall()
        conn.close()

    def raw_select() -> None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        for cls in TABLES.values():
            table = cls.__tablename__
            cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            conn.execute(f'SELECT {", ".join(f"CAST({c} AS BLOB)" for c in cols)} '
                         f'FROM "{table}"').fetchall()
        conn.close()

    def scan() -> None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert integrity.stored_value_problems(conn) == []
        conn.close()

    def choose() -> None:
        path.write_bytes(b"\0" * 4096)  # the damaged file: its id is unreadable
        assert recovery.best(path) is not None

    original = path.read_bytes()
    figures = {
        "inspect_database": timed(lambda: backups.inspect_database(backup)),
        "quick_check (floor)": timed(quick_check),
        "stored values": timed(scan),
        "select blobs (floor)": timed(raw_select),
    }
    figures["best backup"] = timed(choose)
    path.write_bytes(original)
    result = {
        "size": size, "measures": len(doc["measures"]), "file_mb": round(size_mb, 1),
        "seconds": {k: round(v, 3) for k, v in figures.items()},
        "ratios": {
            "inspect / quick_check": round(figures["inspect_database"]
                                           / figures["quick_check (floor)"], 2),
            "stored values / select": round(figures["stored values"]
                                            / figures["select blobs (floor)"], 2),
        },
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    OUT_DIR.mkdir(exist_ok=True)
    name = "recovery.json" if size == "full" else "recovery-small.json"
    (OUT_DIR / name).write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
