"""Benchmark of the workspace lists: the catalogue search and the measure list.

Run from the project root::

    .venv/bin/python bench/bench_workspace_lists.py            # 21,000 measures (7 × 300 × 10)
    .venv/bin/python bench/bench_workspace_lists.py --small    # 2,100 measures (7 × 30 × 10)

The aim from the issue: a search or a filter keystroke in at most 50 ms on 21,000
measures. Measured, on a generated catalogue imported into a temporary file, with
``QT_QPA_PLATFORM=offscreen`` (set here unless already set):

``snapshot read``      ``load_document``: the whole catalogue, one query per table.
``index build``        ``SearchIndex.build`` of that document.
``search``             ``SearchIndex.search`` for 20 queries, typed letter by letter
                       ("k", "ki", "kit", "kita", "b", "bü", …).
``search panel``       the same 20 queries through ``SearchPanel.search_now`` (search,
                       result model reset, count label), the panel shown.
``rebuild after edit`` the first search after a ``Changes`` broadcast (snapshot read,
                       build, search).
``table load``         ``MeasureTableModel(hub)``: one read plus two ``GROUP BY`` counts.
``view build``         ``MeasureListView(hub)`` including the first sort by code.
``filter keystroke``   ``MeasureFilterProxy.set_text`` letter by letter ("kita lotsen",
                       "sprachkurse") with the view shown, events processed after each.
``sort``               a click on a column header (cost, title), through the view.
``Qt proxy sort``      for comparison: ``QSortFilterProxyModel``'s own sorting of the same
                       model by ``SortRole`` (what ``MeasureFilterProxy`` avoids).
``row refresh``        an undoable title edit through the hub, until the row shows it.

Times are wall-clock milliseconds; single operations are the median of ``--runs``.
Nothing here asserts on time; the figures are printed and written to
``bench/out/lists.json`` (``lists-small.json`` with ``--small``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
SIZES = {"full": (7, 300, 10), "small": (7, 30, 10)}
AIM_MS = 50.0
#: Typed letter by letter: 4 + 9 + 7 = 20 queries (words of the generated catalogue).
SEARCH_WORDS = ("kita", "bürgerämt", "öffnung")
FILTER_WORDS = ("kita lotsen", "sprachkurse")


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return ms(time.perf_counter() - start), result


def median_of(runs: int, work: Callable[[], Any]) -> float:
    return statistics.median(timed(work)[0] for _ in range(runs))


def prefixes(words: tuple[str, ...]) -> list[str]:
    return [word[:n] for word in words for n in range(1, len(word) + 1)]


def latency(samples: list[float]) -> dict[str, float]:
    return {"median_ms": statistics.median(samples), "max_ms": max(samples),
            "n": len(samples)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true",
                        help="2,100 measures (7 × 30 × 10) instead of 21,000")
    parser.add_argument("--runs", type=int, default=3,
                        help="runs of single operations (median shown)")
    args = parser.parse_args()
    size = "small" if args.small else "full"
    work = Path(tempfile.mkdtemp(prefix="lip-bench-lists-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["LIP_DESKTOP_DATA_DIR"] = str(work / "data")  # backups stay in the temp dir
    sys.path.insert(0, str(BENCH_DIR.parent))
    try:
        report = run(work, size, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_report(report)
    OUT_DIR.mkdir(exist_ok=True)
    out = OUT_DIR / ("lists.json" if size == "full" else "lists-small.json")
    out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nFigures written to {out}")


def run(work: Path, size: str, runs: int) -> dict[str, Any]:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication

    from lip_desktop.model import interchange
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.commands import UpdateFields
    from lip_desktop.model.generate import generate_catalogue
    from lip_desktop.model.search import SearchIndex
    from lip_desktop.model.snapshot import load_document
    from lip_desktop.ui import settings
    from lip_desktop.ui.hub import CatalogueHub
    from lip_desktop.ui.measure_list import (
        COL_COST,
        COL_TITLE,
        MeasureListView,
        MeasureTableModel,
        SortRole,
    )
    from lip_desktop.ui.search_panel import SearchPanel

    app = QApplication.instance() or QApplication([])
    settings.use_folder(work / "settings")  # the column choice must not reach the user's

    fields, goals, measures = SIZES[size]
    print(f"Generating and importing {fields * goals * measures:,} measures …", flush=True)
    doc = generate_catalogue(fields=fields, goals_per_field=goals,
                             measures_per_goal=measures, indicators_per_measure=2)
    path = work / "bench.lip"
    cat = Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "bench"))
    hub = CatalogueHub(cat)
    figures: dict[str, Any] = {}
    try:
        def read() -> dict[str, Any]:
            with cat.read() as conn:
                return load_document(conn)

        figures["snapshot read"] = median_of(runs, read)
        snapshot = read()
        figures["index build"] = median_of(runs, lambda: SearchIndex.build(snapshot))
        index = SearchIndex.build(snapshot)
        queries = prefixes(SEARCH_WORDS)
        per_query = []
        for q in queries:
            t, hits = timed(lambda q=q: index.search(q))
            per_query.append({"query": q, "ms": t, "hits": len(hits)})
        figures["search"] = latency([p["ms"] for p in per_query])
        figures["search per query"] = per_query

        panel = SearchPanel(hub)
        panel.show()
        panel.index()  # built once, as after the first search
        panel_ms = []
        for q in queries:
            panel.edit.setText(q)
            t, _ = timed(panel.search_now)
            app.processEvents()
            panel_ms.append(t)
        figures["search panel"] = latency(panel_ms)

        first = doc["measures"][0]["id"]
        hub.execute(UpdateFields("measure", first, {"title": "Bench-Titel"}))
        panel.edit.setText("kita")
        figures["rebuild after edit"], _ = timed(panel.search_now)
        panel.close()

        figures["table load"] = median_of(runs, lambda: MeasureTableModel(hub))
        t, view = timed(lambda: MeasureListView(hub))
        figures["view build"] = t
        view.resize(1400, 800)
        view.show()
        app.processEvents()
        keystrokes = []
        for text in prefixes(FILTER_WORDS):
            def key(text: str = text) -> None:
                view.proxy.set_text(text)
                app.processEvents()
            keystrokes.append(timed(key)[0])
        figures["filter keystroke"] = latency(keystrokes)
        figures["filter rows shown"] = view.proxy.rowCount()
        view.proxy.set_text("")
        app.processEvents()

        for name, col in (("sort by cost", COL_COST), ("sort by title", COL_TITLE)):
            def sort(col: int = col) -> None:
                view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
                app.processEvents()
                view.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
                app.processEvents()
            figures[name] = median_of(runs, sort) / 2

        plain = QSortFilterProxyModel()
        plain.setSortRole(SortRole)
        plain.setSourceModel(view.model)
        figures["Qt proxy sort by cost"], _ = timed(
            lambda: plain.sort(COL_COST, Qt.SortOrder.DescendingOrder))

        row = view.model.row_of(first)
        titles = iter(f"Titel {n}" for n in range(1000))

        def edit() -> None:
            title = next(titles)
            hub.execute(UpdateFields("measure", first, {"title": title}))
            app.processEvents()
            assert view.model.index(row, COL_TITLE).data() == title

        figures["row refresh"] = median_of(runs, edit)
        view.close()
    finally:
        cat.close()
    return {
        "size": size,
        "catalogue": {"measures": len(doc["measures"]), "goals": len(doc["goals"]),
                      "indicators": len(doc["indicators"]), "search_records": len(index)},
        "environment": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                        "platform": platform.platform(), "cpus": os.cpu_count(),
                        "qt_platform": os.environ.get("QT_QPA_PLATFORM")},
        "runs": runs,
        "aim_ms": AIM_MS,
        "figures": figures,
    }


def print_report(report: dict[str, Any]) -> None:
    info = report["catalogue"]
    f = report["figures"]
    print()
    print(f"Catalogue: {info['measures']:,} measures, {info['goals']:,} goals, "
          f"{info['indicators']:,} indicators; {info['search_records']:,} searchable records.")
    print()
    print(f"{'step':<24} {'median ms':>10} {'max ms':>9} {'n':>4}  aim")
    print("-" * 58)
    for name in ("search", "search panel", "filter keystroke"):
        s = f[name]
        ok = "ok" if s["max_ms"] <= report["aim_ms"] else f"> {report['aim_ms']:g} ms"
        print(f"{name:<24} {s['median_ms']:>10.1f} {s['max_ms']:>9.1f} {s['n']:>4}  {ok}")
    for name in ("snapshot read", "index build", "rebuild after edit", "table load",
                 "view build", "sort by cost", "sort by title", "Qt proxy sort by cost",
                 "row refresh"):
        print(f"{name:<24} {f[name]:>10.1f}")
    print("-" * 58)
    print("search per query (ms, hits): " + ", ".join(
        f"{p['query']}={p['ms']:.1f}/{p['hits']}" for p in f["search per query"]))


if __name__ == "__main__":
    main()
