"""Tree latency at 21,000 measures: expanding a goal, an edit and its undo in the open window.

Prints medians in milliseconds (wall clock and the process's CPU time, the steadier figure
on a shared machine) beside an honest floor: a plain ``QTreeView`` over a
``QStandardItemModel`` holding the same tree as the open window (the same field, goal and
measure labels, status texts, bold fields and status colours, every field open so all goals
are laid out), in a view of the same size with the same header modes, expanding the same
goals. The ratio says what our model and view cost beyond Qt itself. (Until 2026-12-03 the
floor was 15 short rows in a bare view: it left out the 2,100 open goal rows, and its short
texts needed no eliding, so it was faster than the same work could be.)
``--resize-to-contents`` puts the status and vote columns back into the mode they had
before (Qt then measures every loaded row on each change), to show the difference;
``--profile`` prints where the time of the timed calls went (cProfile, cumulative).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_tree.py [--small] [--runs N]
        [--resize-to-contents] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Clock:
    """Wall and CPU milliseconds of each timed call (events processed before stopping)."""

    def __init__(self, app: Any, profile: bool) -> None:
        self.app = app
        self.profiler = cProfile.Profile() if profile else None

    def __call__(self, work: Callable[[], object], profile: bool = True) -> tuple[float, float]:
        profiler = self.profiler if profile else None
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        work()
        self.app.processEvents()
        if profiler is not None:
            profiler.disable()
        return ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)


def floor_model(doc: dict[str, Any]) -> Any:
    """The open window's tree as a ``QStandardItemModel``: strategy row, fields, goals
    (sub-goals under their goal), measures, with the labels and looks the app shows."""
    from PySide6.QtGui import QBrush, QFont, QStandardItem, QStandardItemModel

    from lip_desktop.model import enums
    from lip_desktop.ui import a11y, labels
    from lip_desktop.ui.tree_model import HEADERS, STATUS_COLOURS

    bold = QFont()
    bold.setBold(True)
    brushes = {meaning: QBrush(a11y.colour(meaning)) for meaning in set(STATUS_COLOURS.values())}

    def row(label: str, status: str | None, font: Any = None) -> list[Any]:
        first = QStandardItem(label)
        if font is not None:
            first.setFont(font)
        cell = QStandardItem(labels.label(enums.STATUS, status) if status else "")
        if status in STATUS_COLOURS:
            cell.setForeground(brushes[STATUS_COLOURS[status]])
        return [first, cell, QStandardItem("")]

    model = QStandardItemModel()
    model.setHorizontalHeaderLabels(list(HEADERS))
    strategy = row("Strategieteil", None, bold)
    for section in doc["strategy_sections"]:
        strategy[0].appendRow(row(section["title"], None))
    model.appendRow(strategy)
    goals: dict[str, list[Any]] = {}
    for goal in sorted(doc["goals"], key=lambda g: (g["parent_id"] is not None, g["position"])):
        goals[goal["id"]] = row(f"{goal['code']} {goal['title']}", goal["status"])
    for measure in sorted(doc["measures"], key=lambda m: m["position"]):
        goals[measure["goal_id"]][0].appendRow(
            row(f"{measure['code']} {measure['title']}", measure["status"]))
    for field in sorted(doc["action_fields"], key=lambda f: f["position"]):
        top = row(f"{field['code']} {field['name']}", None, bold)
        for goal in doc["goals"]:
            if goal["action_field_id"] == field["id"] and goal["parent_id"] is None:
                top[0].appendRow(goals[goal["id"]])
        model.appendRow(top)
    for goal in doc["goals"]:
        if goal["parent_id"] is not None:
            goals[goal["parent_id"]][0].appendRow(goals[goal["id"]])
    return model


def floor_view(floor: Any, tree: Any, resize_to_contents: bool) -> Any:
    """A plain ``QTreeView`` over ``floor_model``, sized and set up like the app's tree, with
    every field open."""
    from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView

    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(floor)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in (1, 2):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents
                                    if resize_to_contents
                                    else QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, tree.header().sectionSize(column))
    view.resize(tree.size())
    view.show()
    for r in range(floor.rowCount()):
        view.expand(floor.index(r, 0))
    QApplication.processEvents()
    return view


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="2,100 measures instead of 21,000")
    parser.add_argument("--runs", type=int, default=15, help="goals expanded, edits and undos")
    parser.add_argument("--resize-to-contents", action="store_true")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QHeaderView

    from lip_desktop.model import generate, interchange
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.commands import UpdateFields
    from lip_desktop.ui import settings
    from lip_desktop.ui.main_window import MainWindow
    from lip_desktop.ui.roles import RecordIdRole

    app = QApplication.instance() or QApplication([])
    clock = Clock(app, args.profile)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LIP_DESKTOP_DATA_DIR"] = folder
        settings.use_folder(Path(folder) / "settings")  # window size, recent list: not the user's
        doc = generate.generate_catalogue(goals_per_field=30 if args.small else 300)
        path = Path(folder) / "gross.lip"
        Catalogue.create(path, lambda s, d=doc: interchange.import_into_new(s, d, "bench")).close()
        floor = floor_model(doc)
        # The generated document's million objects are not the app's: dropped, so the
        # collector does not scan them during the measurements.
        del doc
        gc.collect()
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        assert window.open_path(path)
        app.processEvents()
        # The rest of the workspace loads in idle time after the tree's first paint
        # (bench_workspace_open.py measures that); time the steady window, not the load.
        window.wait_loaded()
        app.processEvents()
        if args.resize_to_contents:
            for column in (1, 2):
                window.tree.header().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.ResizeToContents)
        tree, model = window.tree, window.tree_model

        fields = [model.index(r, 0) for r in range(model.rowCount())]
        for index in fields:
            tree.expand(index)
        app.processEvents()
        goals = [model.index(r, 0, fields[1])
                 for r in range(model.rowCount(fields[1]))][:args.runs]
        view = floor_view(floor, tree, args.resize_to_contents)
        first = floor.index(1, 0)
        # Alternating with the floor, so both see the same load of a shared machine.
        expand, floor_times = [], []
        for row, goal in enumerate(goals):
            expand.append(clock(lambda g=goal: tree.expand(g)))
            floor_times.append(clock(lambda r=row: view.expand(floor.index(r, 0, first)),
                                     profile=False))
        measure = model.index(0, 0, goals[0])
        measure_id = measure.data(RecordIdRole)
        assert window.hub is not None
        edits, undos = [], []
        for n in range(args.runs):
            command = UpdateFields("measure", measure_id, {"title": f"Titel {n}"}, "Titel")
            edits.append(clock(lambda c=command: window.hub.run_undoable(c)))
            undos.append(clock(window.hub.undo_stack.undo))
        rows = model.rowCount(goals[0])
        view.close()
        window.close()

    f_wall = statistics.median(t[0] for t in floor_times)
    f_cpu = statistics.median(t[1] for t in floor_times)
    print(f"measures per goal: {rows}; loaded goal rows: {floor.rowCount(first)} per field; "
          f"header mode: "
          f"{'ResizeToContents' if args.resize_to_contents else 'fixed from labels'}")
    print(f"{'floor expand':14s} median {f_wall:7.2f} ms  max "
          f"{max(t[0] for t in floor_times):7.2f} ms  cpu {f_cpu:6.2f} ms  "
          f"(plain QTreeView over a QStandardItemModel of the same tree)")
    for name, values in (("expand a goal", expand), ("edit a title", edits),
                         ("undo", undos)):
        wall = statistics.median(t[0] for t in values)
        cpu = statistics.median(t[1] for t in values)
        print(f"{name:14s} median {wall:7.2f} ms  max {max(t[0] for t in values):7.2f} ms  "
              f"cpu {cpu:6.2f} ms  ({wall / f_wall:4.1f}x wall, {cpu / max(f_cpu, 0.01):4.1f}x "
              f"cpu the floor's expand; aim <= 16 ms median, <= 50 ms max)")
    if clock.profiler is not None:
        pstats.Stats(clock.profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
