"""Open a 21,000-measure catalogue to the painted workspace, beside a bare PySide6 window
with a tree view (the floor named by issue 14).

Each figure is a whole fresh process on the offscreen platform, the median of several
runs; the package is byte-compiled first (an installed program is). Three figures:

- **bare**: ``QMainWindow`` with a ``QTreeView`` over a small ``QStandardItemModel``, from
  the interpreter's start to the tree's first paint;
- **MainWindow**: ``MainWindow().show(); open_path(file)`` to the navigation tree's first
  paint with the catalogue's action fields in it (the workspace usable with the keyboard),
  and, second, until the rest (editor, search and side panels, docks, open conflicts) has
  loaded in the idle time after it (``sig_workspace_loaded``);
- **lip-desktop open FILE**: the user's real entry point (``cli.main(["open", file])``
  with its splash, translations, crash handlers), the same two moments.

"process s" counts from the parent's start of the process (interpreter start-up
included); "in-process s" from the first line of the script; "CPU s" is the process's
CPU time (all threads) at that moment, less disturbed by other work on a shared machine.
Never asserts on time.

    .venv/bin/python bench/bench_workspace_open.py [--small] [--runs N]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"

#: The moment a tree's viewport has been painted with rows in it: printed as
#: "painted <seconds since t0> <wall clock> <CPU seconds>". Shared by the three scripts.
WATCH = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTreeView
marks = {}
def mark(name):
    if name not in marks:
        marks[name] = True
        print(name, time.perf_counter() - t0, time.time(), time.process_time(), flush=True)
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in marks:
            tree = obj.parent()
            if isinstance(tree, QTreeView) and tree.model() is not None \
                    and tree.model().rowCount() > 1:
                QTimer.singleShot(0, lambda: mark("painted"))  # after the frame is done
                window = tree.window()
                loaded = getattr(window, "sig_workspace_loaded", None)
                if loaded is None or getattr(window, "workspace_loaded", True):
                    QTimer.singleShot(0, lambda: (mark("loaded"), app.quit()))
                else:
                    loaded.connect(lambda: QTimer.singleShot(0, lambda: (mark("loaded"),
                                                                         app.quit())))
        return False
app = QApplication.instance() or QApplication(sys.argv[:1])
watch = Watch(); app.installEventFilter(watch)
"""

BARE = "import time; t0 = time.perf_counter()\n" + WATCH + """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow
model = QStandardItemModel()
for n in range(8):
    field = QStandardItem(f"Handlungsfeld {n}")
    field.appendRow(QStandardItem("Ziel"))
    model.appendRow(field)
w = QMainWindow(); tree = QTreeView(); tree.setModel(model); w.setCentralWidget(tree)
w.resize(1280, 800); w.show()
app.exec()
"""

APP = "import time; t0 = time.perf_counter()\n" + WATCH + """
from pathlib import Path
from lip_desktop.ui.main_window import MainWindow
w = MainWindow(); w.show()
assert w.open_path(Path(sys.argv[1]))
app.exec()
w.close()
"""

ENTRY = "import time; t0 = time.perf_counter()\n" + WATCH + """
from lip_desktop import cli
cli.main(["open", sys.argv[1]])
"""


def make_catalogue(folder: Path, small: bool) -> Path:
    from lip_desktop.model import generate, interchange
    from lip_desktop.model.catalogue import Catalogue

    doc = generate.generate_catalogue(goals_per_field=30 if small else 300)
    path = folder / "gross.lip"
    Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "bench")).close()
    return path


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds to each mark: ``<mark>`` in-process, ``<mark>_wall`` from the start."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, timeout=300)
    figures: dict[str, float] = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] in ("painted", "loaded"):
            figures[parts[0]] = float(parts[1])
            figures[parts[0] + "_wall"] = float(parts[2]) - start
            figures[parts[0] + "_cpu"] = float(parts[3])
    if "painted" not in figures:
        raise RuntimeError(f"no first paint seen:\n{out.stdout}\n{out.stderr}")
    return figures


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "lip_desktop", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "LIP_DESKTOP_DATA_DIR": str(folder / "data"),
               "XDG_CONFIG_HOME": str(folder / "config")}
        os.environ.update({"LIP_DESKTOP_DATA_DIR": env["LIP_DESKTOP_DATA_DIR"]})
        path = make_catalogue(folder, args.small)
        run(APP, str(path), env=env)  # first open makes the open backup; then measure
        bare = [run(BARE, env=env) for _ in range(args.runs)]
        app = [run(APP, str(path), env=env) for _ in range(args.runs)]
        entry = [run(ENTRY, str(path), env=env) for _ in range(args.runs)]
    figures: dict[str, float] = {"measures": 2100 if args.small else 21000}
    for name, runs in (("bare", bare), ("app", app), ("entry", entry)):
        for key in ("painted", "painted_wall", "painted_cpu", "loaded", "loaded_wall",
                    "loaded_cpu"):
            figures[f"{name}_{key}_s"] = median(runs, key)
    floor = figures["bare_painted_wall_s"]
    figures["ratio_app"] = figures["app_painted_wall_s"] / floor
    figures["ratio_entry"] = figures["entry_painted_wall_s"] / floor
    figures["ratio_entry_cpu"] = figures["entry_painted_cpu_s"] / figures["bare_painted_cpu_s"]
    print(f"catalogue: {figures['measures']:,} measures; median of {args.runs} fresh processes")
    print(f"{'':44}{'process s':>10}{'in-process s':>14}{'CPU s':>8}{'ratio':>8}")
    rows = (("bare PySide6 window + tree view, painted", "bare_painted", None),
            ("MainWindow + open_path, tree painted", "app_painted", "ratio_app"),
            ("  … rest loaded in idle time", "app_loaded", None),
            ("lip-desktop open FILE, tree painted", "entry_painted", "ratio_entry"),
            ("  … rest loaded in idle time", "entry_loaded", None))
    for label, key, ratio in rows:
        shown = f"{figures[ratio]:>7.2f}×" if ratio else ""
        print(f"{label:44}{figures[key + '_wall_s']:>10.2f}{figures[key + '_s']:>14.2f}"
              f"{figures[key + '_cpu_s']:>8.2f}{shown}")
    print(f"CPU ratio, lip-desktop open FILE painted / bare: {figures['ratio_entry_cpu']:.2f}×")
    print("aim: painted ≤ 2× the bare window with a tree view (process)")
    OUT.mkdir(parents=True, exist_ok=True)
    name = "workspace_open_small.json" if args.small else "workspace_open.json"
    (OUT / name).write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
