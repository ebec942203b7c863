"""Benchmark of the steering group's Excel measure list against openpyxl's write-only mode.

Run from the project root::

    .venv/bin/python bench/bench_excel.py            # 2,100 and 21,000 measures
    .venv/bin/python bench/bench_excel.py --small    # 2,100 only, a few seconds
    .venv/bin/python bench/bench_excel.py --large    # 21,000 only

Per size a synthetic catalogue is generated (``generate_catalogue``, 7 fields × 30 or 300
goals × 10 measures, 2 indicators each), imported into a temporary catalogue and exported
with ``export_document``: the very document the ``export-excel`` command builds from.
Three steps are measured, each in a fresh child process so that its peak memory is its
own:

``excel``   ``build_measure_list(doc)``: the whole formatted workbook as bytes (four
            sheets, styles, table, drop-down, print setup, chart, warnings).
``verify``  ``verify_measure_list(bytes)``: the read-back check ``export-excel`` runs
            before it replaces a file.
``floor``   the same cell values (read back from the app's own workbook beforehand, so
            they are identical: texts, dates, numbers) written with openpyxl's write-only
            mode: ``ws.append`` per row into four streamed sheets, no styles, no table, no
            validation, no chart, saved to memory. The floor issue 14 names: "openpyxl
            write-only rows of the same cells".
``floor_nogc`` the same with the cyclic garbage collector off, as the app's export does
            while it builds (shows how much of any gap is the collector; the aim is
            measured against ``floor``).

Times are wall-clock seconds of the work itself (the input is loaded before the clock
starts), median of ``--runs``; the CPU seconds of the same span are shown beside them,
because on a shared machine they vary much less than wall time. Peak memory is
``ru_maxrss`` of the child (resident high-water mark, interpreter and input included;
the value before the step is shown as the baseline). The aims are ``excel`` within 1.5× of
``floor`` (time; CPU time is the steadier figure on a shared machine) and within 2× of its
peak memory; nothing here asserts on time. Figures are printed and written to
``bench/out/excel.json``.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import pickle
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
#: size name → goals per field (7 fields, 10 measures per goal).
SIZES = {"2100": 30, "21000": 300}
STEPS = ("excel", "verify", "floor", "floor_nogc")
TARGET_RATIO = 1.5
MEMORY_RATIO = 2.0


def peak_rss_mib() -> float:
    """The process's resident high-water mark so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- the steps (each runs in its own child process) --------------------------------------


def step_prepare(work: Path, size: str) -> dict[str, Any]:
    """Generate, import into a temporary catalogue, export the document; save the floor's
    values (read back from the app's workbook, so both write exactly the same cells)."""
    from openpyxl import load_workbook

    from lip_desktop.export.excel import build_measure_list
    from lip_desktop.model import interchange
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.generate import generate_catalogue

    source = generate_catalogue(fields=7, goals_per_field=SIZES[size], measures_per_goal=10)
    cat = Catalogue.create(work / "bench.lip",
                           lambda s: interchange.import_into_new(s, source, "bench") and None)
    with cat, cat.read() as conn:
        doc = interchange.export_document(conn)
    (work / "doc.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")

    data = build_measure_list(doc).data
    wb = load_workbook(io.BytesIO(data), read_only=True)
    sheets = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)]
              for ws in wb.worksheets}
    wb.close()
    with (work / "values.pkl").open("wb") as fh:
        pickle.dump(sheets, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return {
        "measures": len(doc["measures"]),
        "indicators": len(doc["indicators"]),
        "cells": sum(len(r) for rows in sheets.values() for r in rows),
        "xlsx_bytes": len(data),
    }


def step_excel(work: Path) -> dict[str, Any]:
    import openpyxl  # noqa: F401 - imported before the clock, as the app has it loaded

    from lip_desktop.export.excel import build_measure_list

    doc = json.loads((work / "doc.json").read_text(encoding="utf-8"))
    baseline = peak_rss_mib()
    cpu, start = time.process_time(), time.perf_counter()
    result = build_measure_list(doc)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = peak_rss_mib()
    (work / "excel.xlsx").write_bytes(result.data)
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mib": peak, "baseline_mib": baseline,
            "bytes": len(result.data), "warnings": len(result.warnings)}


def step_verify(work: Path) -> dict[str, Any]:
    from lip_desktop.export.excel import verify_measure_list

    data = (work / "excel.xlsx").read_bytes()
    baseline = peak_rss_mib()
    cpu, start = time.process_time(), time.perf_counter()
    verify_measure_list(data)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mib": peak_rss_mib(),
            "baseline_mib": baseline}


def step_floor(work: Path, *, collect: bool = True) -> dict[str, Any]:
    """openpyxl write-only: the same values, appended row by row, saved to memory.

    ``collect=False`` runs it with the cyclic garbage collector off, as the app's export
    does during its build: that shows how much of the gap is the collector.
    """
    from openpyxl import Workbook

    if not collect:
        gc.disable()

    with (work / "values.pkl").open("rb") as fh:
        sheets: dict[str, list[list[Any]]] = pickle.load(fh)  # our own file, written by prepare
    baseline = peak_rss_mib()
    cpu, start = time.process_time(), time.perf_counter()
    wb = Workbook(write_only=True)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mib": peak_rss_mib(),
            "baseline_mib": baseline, "bytes": len(out.getvalue())}


def step_floor_nogc(work: Path) -> dict[str, Any]:
    return step_floor(work, collect=False)


CHILD_STEPS = {"excel": step_excel, "verify": step_verify, "floor": step_floor,
               "floor_nogc": step_floor_nogc}


def child_main(step: str, work: Path, size: str, result_path: Path) -> None:
    result = step_prepare(work, size) if step == "prepare" else CHILD_STEPS[step](work)
    result_path.write_text(json.dumps(result), encoding="utf-8")


# --- the parent ----------------------------------------------------------------------------


def run_child(step: str, work: Path, size: str) -> dict[str, Any]:
    """One step in a fresh interpreter, with its own app data folder (backups go there)."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"data-{step}-", dir=work))
    result_path = work / f"result-{step}.json"
    env = {**os.environ, "LIP_DESKTOP_DATA_DIR": str(data_dir),
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH"))
                                         if p)}
    start = time.perf_counter()
    subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", step,
                    "--work", str(work), "--size", size, "--result", str(result_path)],
                   env=env, check=True)
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    result_path.unlink()
    result["process_seconds"] = time.perf_counter() - start
    return result


def measure_size(size: str, runs: int) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix=f"lip-bench-excel-{size}-"))
    try:
        print(f"Preparing {int(size):,} measures in {work} …", flush=True)
        prepared = run_child("prepare", work, size)
        steps: dict[str, Any] = {}
        for name in STEPS:
            results = []
            for run in range(1, runs + 1):
                r = run_child(name, work, size)
                print(f"  {name:<10} run {run}: {r['seconds']:6.2f} s, peak "
                      f"{r['peak_mib']:5.0f} MiB", flush=True)
                results.append(r)
            steps[name] = {
                "seconds": statistics.median(r["seconds"] for r in results),
                "cpu_seconds": statistics.median(r["cpu_seconds"] for r in results),
                "peak_mib": statistics.median(r["peak_mib"] for r in results),
                "baseline_mib": statistics.median(r["baseline_mib"] for r in results),
                "process_seconds": statistics.median(r["process_seconds"] for r in results),
                "runs": results,
            }
        return {
            "catalogue": {k: v for k, v in prepared.items() if k != "process_seconds"},
            "steps": steps,
            "ratio_excel_floor": steps["excel"]["seconds"] / steps["floor"]["seconds"],
            "cpu_ratio_excel_floor":
                steps["excel"]["cpu_seconds"] / steps["floor"]["cpu_seconds"],
            "ratio_excel_verify_floor": (steps["excel"]["seconds"] + steps["verify"]["seconds"])
            / steps["floor"]["seconds"],
            "peak_ratio_excel_floor": steps["excel"]["peak_mib"] / steps["floor"]["peak_mib"],

            "ratio_excel_floor_nogc":
                steps["excel"]["seconds"] / steps["floor_nogc"]["seconds"],
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def print_report(report: dict[str, Any]) -> None:
    print()
    print(f"Median of {report['runs']} runs per step, each in a fresh process. "
          f"Aim: excel ≤ {TARGET_RATIO:g}× floor (openpyxl write-only), "
          f"peak memory ≤ {MEMORY_RATIO:g}×.")
    print()
    print(f"{'measures':>9} {'step':<10} {'work s':>8} {'cpu s':>7} {'process s':>10} "
          f"{'peak MiB':>9} {'base MiB':>9} {'peak-base':>10}")
    print("-" * 79)
    for size, res in report["sizes"].items():
        for name in STEPS:
            s = res["steps"][name]
            print(f"{int(size):>9,} {name:<10} {s['seconds']:>8.2f} {s['cpu_seconds']:>7.2f} "
                  f"{s['process_seconds']:>10.2f} {s['peak_mib']:>9.0f} "
                  f"{s['baseline_mib']:>9.0f} {s['peak_mib'] - s['baseline_mib']:>10.0f}")
        verdict = "within" if res["ratio_excel_floor"] <= TARGET_RATIO else "NOT within"
        print(f"{'':>9} excel / floor = {res['ratio_excel_floor']:.2f}× ({verdict} the aim); "
              f"CPU time {res['cpu_ratio_excel_floor']:.2f}×;")
        print(f"{'':>9} (excel + verify) / floor = {res['ratio_excel_verify_floor']:.2f}×; "
              f"excel / floor_nogc = {res['ratio_excel_floor_nogc']:.2f}×; "
              f"peak memory excel / floor = {res['peak_ratio_excel_floor']:.2f}× "
              f"(aim ≤ {MEMORY_RATIO:g}×)")
        print("-" * 79)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="2,100 measures only")
    parser.add_argument("--large", action="store_true", help="21,000 measures only")
    parser.add_argument("--runs", type=int, default=3, help="runs per step (median shown)")
    parser.add_argument("--child", choices=["prepare", *CHILD_STEPS], help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", default="2100", help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.work, args.size, args.result)
        return
    sizes = ["2100"] if args.small else ["21000"] if args.large else list(SIZES)
    report: dict[str, Any] = {
        "runs": args.runs,
        "memory_measure": "ru_maxrss of the child process (resident high-water mark)",
        "environment": {"python": platform.python_version(), "platform": platform.platform(),
                        "cpus": os.cpu_count()},
        "target_ratio": TARGET_RATIO,
        "sizes": {size: measure_size(size, args.runs) for size in sizes},
    }
    print_report(report)
    OUT_DIR.mkdir(exist_ok=True)
    out = OUT_DIR / "excel.json"
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nFigures written to {out}")


if __name__ == "__main__":
    main()
