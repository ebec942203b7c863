"""Smoke test of a built bundle, as a new user's machine would run it.

    python packaging/smoke_test.py dist/lip-desktop

Standard library only, and the bundle runs with a clean environment: no PYTHONPATH, no
virtual environment on PATH, a fresh home and data folder. It runs the command line
(``demo``, ``export-word``, ``export-excel``, ``export-json``, ``import-json``, ``check``)
and opens the windowed program offscreen with the demo catalogue and a bare path
(``lip-desktop plan.lip``), which must come up without a Qt warning or a logged error.
Then the bundle is moved to another folder (with a space and an umlaut in its path),
made read-only, and everything runs again from there; afterwards no file in it may have
been added or changed. Exit 0 when all passed, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

WINDOWS = os.name == "nt"
APP = "LIP Desktop.exe" if WINDOWS else "lip-desktop"
CLI = "lip-desktop.exe" if WINDOWS else "lip-desktop-cli"
SMOKE_ENV = "LIP_DESKTOP_SMOKE_TEST"


def clean_env(home: Path) -> dict[str, str]:
    """What a new user has: a system PATH, a home, nothing of the project."""
    keep = {"SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL", "DISPLAY",
            "XAUTHORITY"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    path = os.environ.get("PATH", "")
    venv = os.environ.get("VIRTUAL_ENV", "")
    env["PATH"] = os.pathsep.join(p for p in path.split(os.pathsep)
                                  if p and ".venv" not in p and (not venv or venv not in p))
    env.update({"HOME": str(home), "USERPROFILE": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "LIP_DESKTOP_DATA_DIR": str(home / "Daten"),
                "QT_QPA_PLATFORM": "offscreen"})
    return env


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the bundle with a hash of its content."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.work = work
        self.env = clean_env(work / "home")
        (work / "home").mkdir(parents=True, exist_ok=True)
        self.failures: list[str] = []
        self.checks = 0

    def run(self, program: str, *args: str, extra_env: dict[str, str] | None = None,
            expect: int = 0) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        try:
            result = subprocess.run([str(self.bundle / program), *args], cwd=self.work,
                                    env={**self.env, **(extra_env or {})},
                                    capture_output=True, text=True, encoding="utf-8",
                                    errors="replace", timeout=120, check=False)
        except subprocess.TimeoutExpired as stuck:
            result = subprocess.CompletedProcess(stuck.cmd, -1, str(stuck.stdout or ""),
                                                 "nach 120 s nicht beendet")
        took = time.perf_counter() - started
        self.checks += 1
        status = "ok" if result.returncode == expect else "FEHLER"
        print(f"  [{status}] {program} {' '.join(args)} ({took:.1f} s)")
        if result.returncode != expect:
            self.failures.append(f"{program} {' '.join(args)}: exit {result.returncode}, "
                                 f"erwartet {expect}\n{result.stdout}\n{result.stderr}")
        return result

    def expect(self, condition: bool, what: str) -> None:
        self.checks += 1
        print(f"  [{'ok' if condition else 'FEHLER'}] {what}")
        if not condition:
            self.failures.append(what)

    def all_steps(self) -> None:
        plan = self.work / "plan.lip"
        self.run(CLI, "demo", str(plan))
        docx, xlsx, js = (self.work / n for n in ("plan.docx", "plan.xlsx", "plan.json"))
        self.run(CLI, "export-word", str(plan), str(docx))
        self.expect(_zip_has(docx, "word/document.xml", "word/header"),
                    "Word-Entwurf mit Kopf- und Fußzeile lesbar")
        self.run(CLI, "export-excel", str(plan), str(xlsx))
        self.expect(_zip_has(xlsx, "xl/worksheets/sheet1.xml"), "Maßnahmenliste lesbar")
        self.run(CLI, "export-json", str(plan), str(js))
        copy = self.work / "kopie.lip"
        result = self.run(CLI, "import-json", str(copy), str(js))
        self.expect("Neuer Katalog" in result.stdout, "import-json legt einen Katalog an")
        self.run(CLI, "check", str(copy))
        self.run(CLI, "export-word", expect=2)  # wrong usage: German message, exit 2
        # A server address: the driver and its libpq are in the bundle (nothing listens on
        # port 1, so the refusal comes from the connection attempt, in German).
        result = self.run(CLI, "server-init", "postgresql://lip@127.0.0.1:1/plan", expect=1)
        self.expect("nicht erreichbar" in result.stderr,
                    "Serverkatalog: Treiber im Bundle, Verbindungsfehler auf Deutsch")
        smoke = {SMOKE_ENV: "1500"}
        self.run(APP, str(plan), extra_env=smoke)  # the bare path of a double-click
        self.run(CLI, str(plan), extra_env=smoke)  # the console program opens it too
        second = self.work / "zweiter.lip"
        shutil.copyfile(plan, second)
        result = self.run(APP, str(plan), str(second), extra_env=smoke)
        log = self.env["LIP_DESKTOP_DATA_DIR"] + "/Protokolle/lip-desktop.log"
        logged = Path(log).read_text(encoding="utf-8") if Path(log).exists() else ""
        self.expect("nur der erste" in logged + result.stderr,
                    "mehrere Kataloge: der erste wird geöffnet, ein Hinweis sagt es")
        english = self.bundle / "_internal" / "lip_desktop" / "translations"
        self.expect(any(english.glob("*.qm")), "Übersetzung (.qm) im Bundle")


def _zip_has(path: Path, *names: str) -> bool:
    if not path.exists():
        return False
    with zipfile.ZipFile(path) as z:
        listed = z.namelist()
    return all(any(n.startswith(name) for n in listed) for name in names)


def _make_read_only(folder: Path) -> None:
    for p in [folder, *folder.rglob("*")]:
        if not p.is_symlink():
            mode = p.stat().st_mode
            p.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _make_writable(folder: Path) -> None:
    for p in [folder, *folder.rglob("*")]:
        if not p.is_symlink():
            p.chmod(p.stat().st_mode | stat.S_IWUSR)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    bundle = Path(argv[0]).resolve()
    failures: list[str] = []
    checks = 0
    with tempfile.TemporaryDirectory(prefix="lip-bundle-") as tmp:
        print(f"Bundle in {bundle}:")
        first = Smoke(bundle, Path(tmp) / "erster-lauf")
        first.all_steps()
        failures += first.failures
        checks += first.checks

        # The city's IT copies the folder to C:\\Program Files: the build folder is gone,
        # the new place has a space in it and users cannot write there.
        moved = Path(tmp) / "Programme mit Ä" / "LIP Desktop"
        moved.parent.mkdir()
        shutil.copytree(bundle, moved, symlinks=True)
        hidden = bundle.with_name(bundle.name + ".weg")
        bundle.rename(hidden)
        try:
            _make_read_only(moved)
            before = snapshot(moved)
            print(f"Verschoben nach {moved} (schreibgeschützt, das Original ist weg):")
            second = Smoke(moved, Path(tmp) / "zweiter-lauf")
            second.all_steps()
            after = snapshot(moved)
            changed = sorted(k for k in before.keys() | after.keys()
                             if before.get(k) != after.get(k))
            second.expect(not changed, "nichts im Bundle-Ordner geschrieben oder geändert"
                          + (f": {changed[:5]}" if changed else ""))
            failures += second.failures
            checks += second.checks
        finally:
            hidden.rename(bundle)
            _make_writable(moved)
    if failures:
        print(f"\n{len(failures)} Fehler:")
        for failure in failures:
            print(f"- {failure}")
    else:
        print("\nBundle-Prüfung bestanden.")
    # The plain closing line CI reads: checks that passed and failed.
    print(f"bundle: {checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
