"""Size of the PyInstaller bundle and start-up of its programs against the venv.

    .venv/bin/python bench/bench_bundle.py [--bundle dist/lip-desktop] [--runs 7]

Build first (`python3 dev.py bundle`). Each start is a fresh process with the same
clean environment (offscreen Qt, a temporary data folder and home); the venv side runs
the same code from this checkout (`python -m lip_desktop.cli`, `lip_desktop.windowed`),
compiled beforehand so neither side pays for byte-compiling. The median of ``--runs`` is
shown. Aims from the issue: CLI <= 1.5x, app <= 1.2x, size <= 160 MB (Linux).
Never asserts on time; writes bench/out/bundle.json.
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

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = os.name == "nt"
APP = "LIP Desktop.exe" if WINDOWS else "lip-desktop"
CLI = "lip-desktop.exe" if WINDOWS else "lip-desktop-cli"


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def timed(command: list[str], env: dict[str, str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"{command} failed ({result.returncode}):\n"
                             f"{result.stderr.decode(errors='replace')}")
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "lip-desktop")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    if not (bundle / CLI).exists():
        print(f"Kein Bundle in {bundle}: erst `python3 dev.py bundle`.")
        return 2
    compileall.compile_dir(ROOT / "lip_desktop", quiet=1)
    size, count = folder_size(bundle)
    with tempfile.TemporaryDirectory(prefix="lip-bench-bundle-") as tmp:
        work = Path(tmp)
        env = {"PATH": os.environ.get("PATH", ""), "HOME": str(work),
               "LIP_DESKTOP_DATA_DIR": str(work / "daten"), "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": str(work / "config"), "LANG": "C.UTF-8"}
        venv_env = {**env, "PYTHONPATH": str(ROOT)}
        plan = work / "plan.lip"
        subprocess.run([str(bundle / CLI), "demo", str(plan)], env=env, check=True,
                       capture_output=True)
        smoke = {"LIP_DESKTOP_SMOKE_TEST": "1"}
        py = sys.executable
        rows = {
            "cli --help": (
                timed([str(bundle / CLI), "--help"], env, args.runs),
                timed([py, "-m", "lip_desktop.cli", "--help"], venv_env, args.runs)),
            "cli check plan.lip": (
                timed([str(bundle / CLI), "check", str(plan)], env, args.runs),
                timed([py, "-m", "lip_desktop.cli", "check", str(plan)], venv_env, args.runs)),
            "app plan.lip (to window, quit)": (
                timed([str(bundle / APP), str(plan)], {**env, **smoke}, args.runs),
                timed([py, "-c", "import sys; from lip_desktop.windowed import main; "
                       f"sys.exit(main([{str(plan)!r}]))"], {**venv_env, **smoke}, args.runs)),
        }
    aims = {"cli --help": 1.5, "cli check plan.lip": 1.5, "app plan.lip (to window, quit)": 1.2}
    print(f"Bundle {bundle}")
    print(f"  size {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), {count} files "
          f"(aim <= 160 MB)")
    print(f"  {'start-up':32} {'bundle s':>9} {'venv s':>9} {'ratio':>7} {'aim':>6}")
    for name, (b, v) in rows.items():
        print(f"  {name:32} {b:9.3f} {v:9.3f} {b / v:6.2f}x {aims[name]:5.1f}x")
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "bundle.json").write_text(json.dumps({
        "size_bytes": size, "files": count, "runs": args.runs,
        "startup": {k: {"bundle_s": b, "venv_s": v, "ratio": b / v, "aim": aims[k]}
                    for k, (b, v) in rows.items()}}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
