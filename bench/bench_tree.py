"""Tree latency at 21,000 measures: expanding a goal, an edit and its undo in the open window.

Prints medians in milliseconds beside an honest floor: a plain ``QTreeView`` over a
``QStandardItemModel`` with the same number of rows under the expanded node, so the ratio
says what our model and view cost beyond Qt itself. ``--resize-to-contents`` puts the
status and vote columns back into the mode they had before (Qt then measures every loaded
row on each change), to show the difference.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_tree.py [--small] [--resize-to-contents]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="2,100 measures instead of 21,000")
    parser.add_argument("--resize-to-contents", action="store_true")
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView

    from lip_desktop.model import generate, interchange
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.commands import UpdateFields
    from lip_desktop.ui.main_window import MainWindow
    from lip_desktop.ui.roles import RecordIdRole

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LIP_DESKTOP_DATA_DIR"] = folder
        doc = generate.generate_catalogue(goals_per_field=30 if args.small else 300)
        path = Path(folder) / "gross.lip"
        Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "bench")).close()
        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        assert window.open_path(path)
        app.processEvents()
        if args.resize_to_contents:
            for column in (1, 2):
                window.tree.header().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.ResizeToContents)
        tree, model = window.tree, window.tree_model

        def timed(work: Any) -> float:
            start = time.perf_counter()
            work()
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        fields = [model.index(r, 0) for r in range(model.rowCount())]
        for index in fields:
            tree.expand(index)
        app.processEvents()
        goals = [model.index(r, 0, fields[1]) for r in range(model.rowCount(fields[1]))][:15]
        expand = [timed(lambda g=g: tree.expand(g)) for g in goals]
        measure = model.index(0, 0, goals[0])
        measure_id = measure.data(RecordIdRole)
        assert window.hub is not None
        edits, undos = [], []
        for n in range(15):
            command = UpdateFields("measure", measure_id, {"title": f"Titel {n}"}, "Titel")
            edits.append(timed(lambda c=command: window.hub.run_undoable(c)))
            undos.append(timed(window.hub.undo_stack.undo))
        rows = model.rowCount(goals[0])
        window.close()

    floor_model = QStandardItemModel()
    floor_model.setHorizontalHeaderLabels(["Eintrag", "Status", "Votum"])
    parents = []
    for g in range(15):
        parent = QStandardItem(f"Ziel {g}")
        for m in range(rows):
            parent.appendRow([QStandardItem(f"Maßnahme {g}.{m}"), QStandardItem("Entwurf"),
                              QStandardItem("")])
        floor_model.appendRow([parent, QStandardItem(""), QStandardItem("")])
        parents.append(parent)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(floor_model)
    view.resize(700, 700)
    view.show()
    app.processEvents()
    floor = [timed(lambda p=p: view.expand(p.index())) for p in parents]

    f = statistics.median(floor)
    print(f"measures per goal: {rows}; header mode: "
          f"{'ResizeToContents' if args.resize_to_contents else 'fixed from labels'}")
    for name, values in (("expand a goal", expand), ("edit a title", edits),
                         ("undo", undos)):
        med = statistics.median(values)
        print(f"{name:14s} median {med:7.2f} ms  max {max(values):7.2f} ms  "
              f"({med / f:5.1f}x the plain-tree expand floor {f:.2f} ms; aim <= 16 ms median)")


if __name__ == "__main__":
    main()
