"""Benchmark: reading a reviewed 2,100-measure draft with 500 tracked changes.

Run from the project root::

    .venv/bin/python bench/bench_review_import.py [--runs 3]

A synthetic catalogue (``generate_catalogue``: 7 fields × 30 goals × 10 measures) is
written as the Word draft; 500 measure descriptions then get a tracked replacement of
their first word (``w:del`` + ``w:ins``, as Word writes them). Measured, median of
``--runs``, wall and CPU seconds:

``read``   ``read_reviewed_draft(bytes)``: zip checks, parsing, comments, the walk over
           the body that turns tracked changes into proposals. The aim is under 5 s.
``floor``  opening the same bytes with python-docx and iterating every element of the
           body once: what any reader of this file pays at least.

Nothing asserts on time. Figures are printed and written to ``bench/out/review.json``.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lip_desktop.export.review import read_reviewed_draft  # noqa: E402
from lip_desktop.export.word import build_draft, field_anchor  # noqa: E402
from lip_desktop.model.generate import generate_catalogue  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reviewed_draft(changes: int) -> tuple[bytes, int]:
    import docx

    doc = generate_catalogue(goals_per_field=30)
    data = build_draft(doc).data
    document = docx.Document(io.BytesIO(data))
    wanted = {field_anchor("measure", m["id"], "description")
              for m in doc["measures"][:changes] if m.get("description")}
    made = 0
    for mark in list(document.element.body.iter(W + "bookmarkStart")):
        if mark.get(W + "name") not in wanted:
            continue
        run = mark.getnext()
        t = run.find(W + "t")
        word, _, rest = (t.text or "").partition(" ")
        deleted = copy.deepcopy(run)
        deleted.find(W + "t").tag = W + "delText"
        deleted.find(W + "delText").text = word
        inserted = copy.deepcopy(run)
        inserted.find(W + "t").text = word.upper()
        t.text = " " + rest
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for tag, child in (("del", deleted), ("ins", inserted)):
            wrapper = run.makeelement(W + tag, {W + "id": str(90000 + made * 2 + len(tag)),
                                                W + "author": "Bench",
                                                W + "date": "2026-04-02T10:00:00Z"})
            wrapper.append(child)
            run.addprevious(wrapper)
        made += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), made


def floor(data: bytes) -> int:
    import docx

    document = docx.Document(io.BytesIO(data))
    return sum(1 for _ in document.element.body.iter())


def timed(work: Any, runs: int) -> tuple[float, float, Any]:
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=500)
    args = parser.parse_args()
    data, made = reviewed_draft(args.changes)
    read_wall, read_cpu, result = timed(lambda: read_reviewed_draft(data, "bench.docx"),
                                        args.runs)
    floor_wall, floor_cpu, _ = timed(lambda: floor(data), args.runs)
    figures = {
        "measures": 2100, "tracked_changes": made, "size_mb": round(len(data) / 1e6, 2),
        "proposals": len(result.proposals), "read_s": round(read_wall, 3),
        "read_cpu_s": round(read_cpu, 3), "floor_s": round(floor_wall, 3),
        "floor_cpu_s": round(floor_cpu, 3),
        "ratio": round(read_wall / floor_wall, 2) if floor_wall else None,
    }
    for key, value in figures.items():
        print(f"{key:16} {value}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "review.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
