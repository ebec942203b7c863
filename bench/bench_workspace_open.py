"""Open a 21,000-measure catalogue to a usable window, beside a bare PySide6 window start.

Each figure is a whole fresh process (``python -c ...``) from start until the window has
been shown and the event queue drained once, run on the offscreen platform; the median
of several runs is printed. "Usable" means the workspace is built: navigation tree with
the action fields, editor, measure list loaded. The aim (issue 3) is ≤ 2× the bare start.
Never asserts on time.

    .venv/bin/python bench/bench_workspace_open.py [--small] [--runs N]
"""

from __future__ import annotations

import argparse
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

BARE = """
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("LIP")); w.resize(1280, 800); w.show()
app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import sys, time; t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from lip_desktop.ui.main_window import MainWindow
w = MainWindow(); w.show()
ok = w.open_path(Path(sys.argv[1]))
app.processEvents()
assert ok and w.tree_model.rowCount() > 1
print(time.perf_counter() - t0)
w.close()
"""


def make_catalogue(folder: Path, small: bool) -> Path:
    from lip_desktop.model import generate, interchange
    from lip_desktop.model.catalogue import Catalogue

    doc = generate.generate_catalogue(goals_per_field=30 if small else 300)
    path = folder / "gross.lip"
    Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "bench")).close()
    return path


def run(code: str, *args: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds reported inside, wall seconds of the whole process)."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True)
    wall = time.perf_counter() - start
    return float(out.stdout.strip().splitlines()[-1]), wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
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
    figures = {
        "measures": 2100 if args.small else 21000,
        "bare_wall_s": statistics.median(w for _, w in bare),
        "app_wall_s": statistics.median(w for _, w in app),
        "bare_inner_s": statistics.median(i for i, _ in bare),
        "app_inner_s": statistics.median(i for i, _ in app),
    }
    figures["ratio_wall"] = figures["app_wall_s"] / figures["bare_wall_s"]
    print(f"catalogue: {figures['measures']:,} measures; median of {args.runs} fresh processes")
    print(f"{'':24}{'process s':>10}{'in-process s':>14}")
    print(f"{'bare PySide6 window':24}{figures['bare_wall_s']:>10.2f}"
          f"{figures['bare_inner_s']:>14.2f}")
    print(f"{'LIP Desktop, catalogue':24}{figures['app_wall_s']:>10.2f}"
          f"{figures['app_inner_s']:>14.2f}")
    print(f"ratio (process): {figures['ratio_wall']:.2f}×  (aim ≤ 2×)")
    OUT.mkdir(parents=True, exist_ok=True)
    name = "workspace_open_small.json" if args.small else "workspace_open.json"
    (OUT / name).write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
