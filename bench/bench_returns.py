"""Benchmark of the return sheets ("Abfrage an Fachbereiche") against plain openpyxl.

Run from the project root::

    .venv/bin/python bench/bench_returns.py            # 21,000 measures in 300 units
    .venv/bin/python bench/bench_returns.py --small    # 2,100 measures in 30 units

A synthetic catalogue (``generate_catalogue``, 2 indicators per measure) gets an
implementation state on every measure, each naming one of the units as responsible (300,
or 30 with ``--small``), and a value for last year on every indicator. Measured, on the
interchange document the ``export-returns`` command builds from:

``returns``  ``build_return_sheets(doc, year)``: one protected, formatted workbook per unit
             (drop-down, hidden id column and catalogue row, info sheet), as bytes.
``floor``    the same cell values (read back from the app's workbooks beforehand, so they
             are identical) written with openpyxl's write-only mode, one workbook per
             unit, three sheets, no styles, protection or validation, saved to memory.

Wall-clock and CPU seconds of the work (input prepared before the clock starts), median
of ``--runs``; the ratio ``returns / floor`` is printed. Nothing asserts on time.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_document(goals_per_field: int, units: int) -> dict[str, Any]:
    from lip_desktop.model.generate import generate_catalogue

    doc = generate_catalogue(goals_per_field=goals_per_field)
    doc["version"] = 2
    for n, m in enumerate(doc["measures"]):
        m["implementation"] = {"status": ("in_progress", "ongoing", "not_started")[n % 3],
                               "responsible": f"Fachbereich {n % units + 1:03d}",
                               "note": "", "updated_at": "2025-01-15"}
    return doc


def timed(work: Any, runs: int) -> tuple[float, float, Any]:
    walls, cpus, result = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def floor_values(files: list[Any]) -> list[list[tuple[str, list[tuple[Any, ...]]]]]:
    """Every sheet's cell values of the app's workbooks, read back."""
    from openpyxl import load_workbook

    out = []
    for f in files:
        wb = load_workbook(io.BytesIO(f.data), read_only=True)
        out.append([(ws.title, [tuple(c for c in row) for row in ws.iter_rows(values_only=True)])
                    for ws in wb.worksheets])
        wb.close()
    return out


def write_floor(books: list[list[tuple[str, list[tuple[Any, ...]]]]]) -> int:
    from openpyxl import Workbook

    total = 0
    for sheets in books:
        wb = Workbook(write_only=True)
        for title, rows in sheets:
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
        out = io.BytesIO()
        wb.save(out)
        total += len(out.getvalue())
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    goals, units = (30, 30) if args.small else (300, 300)
    from lip_desktop.export.returns import build_return_sheets

    doc = make_document(goals, units)
    measures = len(doc["measures"])
    wall, cpu, (files, _warnings) = timed(lambda: build_return_sheets(doc, 2025), args.runs)
    books = floor_values(files)
    fwall, fcpu, fbytes = timed(lambda: write_floor(books), args.runs)
    size = sum(len(f.data) for f in files)
    print(f"{measures} Maßnahmen, {len(files)} Einheiten, "
          f"{sum(f.indicators for f in files)} Indikatoren")
    print(f"{'step':10} {'wall s':>8} {'cpu s':>8} {'MB':>8}")
    print(f"{'returns':10} {wall:8.2f} {cpu:8.2f} {size / 1e6:8.2f}")
    print(f"{'floor':10} {fwall:8.2f} {fcpu:8.2f} {fbytes / 1e6:8.2f}")
    print(f"returns / floor: {wall / fwall:.2f}× wall, {cpu / fcpu:.2f}× cpu")


if __name__ == "__main__":
    main()
