#!/usr/bin/env python3
"""Set up and run LIP Desktop from a checkout, on Windows, Linux or macOS.

    python3 dev.py run [KATALOG]   set up (first time) and open the app; without a
                                   catalogue it opens the demo catalogue
    python3 dev.py test [ARGS]     set up and run the checks and the whole test suite
    python3 dev.py lint            only ruff, mypy and the import contracts
    python3 dev.py bundle [--smoke]
                                   build the one-folder program (dist/lip-desktop) with
                                   PyInstaller at the versions of
                                   packaging/requirements-bundle.txt; --smoke then runs
                                   packaging/smoke_test.py on it

With LIP_BUNDLE_TEST=1 in the environment (CI sets it), `test` also builds the bundle
and smoke-tests it after the test suite passed.

Only the standard library is used here, so it works on a fresh machine: it creates
``.venv`` beside this file, installs the project with its test and development tools
into it (again only when ``pyproject.toml`` changed) and runs the command there.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".lip-desktop-installed"

#: Debian packages Qt needs: offscreen (tests) and a real X11 window (the app).
QT_DEBIAN_PACKAGES = (
    "libegl1", "libgl1", "libfontconfig1", "libglib2.0-0", "libxkbcommon0", "libdbus-1-3",
    "fonts-dejavu-core", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-randr0",
    "libxcb-shape0", "libxcb-xfixes0", "libxcb-xinerama0", "libxcb-xkb1",
)

#: What the AT-SPI test needs (tests/ui/test_atspi.py): a virtual X screen, a D-Bus
#: session, the accessibility bus and ``gdbus``. Without them that test is skipped.
A11Y_TEST_DEBIAN_PACKAGES = ("xvfb", "dbus", "at-spi2-core", "libglib2.0-bin")


#: Debian packages PyInstaller needs on Linux (objdump for libraries, strip).
BUNDLE_DEBIAN_PACKAGES = ("binutils",)
SPEC = ROOT / "packaging" / "lip-desktop.spec"
BUNDLE_LOCK = ROOT / "packaging" / "requirements-bundle.txt"
DIST = ROOT / "dist"
BUNDLE = DIST / "lip-desktop"


def _say(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs before the venv, on any Python
        sys.exit("LIP Desktop braucht Python 3.11 oder neuer.")
    if not PYTHON.exists():
        _say("Lege die virtuelle Umgebung .venv an …")
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == wanted:
        return
    _say("Installiere LIP Desktop mit Test- und Entwicklungswerkzeugen …")
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                   check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e",
                    f"{ROOT}[test,dev]"], check=True)
    STAMP.write_text(wanted, encoding="utf-8")


def missing_debian_packages(packages: tuple[str, ...] = QT_DEBIAN_PACKAGES) -> list[str]:
    """Those of ``packages`` a Debian/Ubuntu machine still lacks (else [])."""
    if not sys.platform.startswith("linux") or not Path("/usr/bin/dpkg-query").exists():
        return []
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\n", *packages],
        capture_output=True, text=True, check=False)
    installed = {line.split()[0] for line in result.stdout.splitlines()
                 if line.endswith(" installed")}
    return [p for p in packages if p not in installed]


def ensure_qt_libraries(optional: tuple[str, ...] = ()) -> None:
    """Qt's libraries (required) and ``optional`` test tools: installed as root (CI);
    otherwise the command is shown, and only missing Qt libraries stop the run."""
    missing = missing_debian_packages()
    extra = missing_debian_packages(optional) if optional else []
    if not missing and not extra:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *missing, *extra]
    if not missing and os.geteuid() != 0:
        _say("Ohne " + ", ".join(extra) + " wird der AT-SPI-Test übersprungen: sudo "
             + " ".join(command))
        return
    missing = missing + extra
    if os.geteuid() == 0:
        _say(f"Installiere Systembibliotheken für Qt: {' '.join(missing)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run([*command, "-qq"], check=True, env=env)
    else:
        sys.exit("Qt braucht noch Systembibliotheken. Bitte einmal ausführen:\n  sudo "
                 + " ".join(command))


def run_app(args: list[str]) -> int:
    ensure_qt_libraries()
    ensure_venv()
    cli = ["open", *args] if args else ["open", "--demo"]
    return subprocess.run([str(PYTHON), "-m", "lip_desktop.cli", *cli], check=False).returncode


def lint() -> int:
    ensure_venv()
    for step in (["-m", "ruff", "check", "lip_desktop", "tests", "bench", "dev.py", "scripts",
                  "packaging"],
                 ["-m", "mypy"],
                 # ``python -m importlinter.cli`` only imports the module and exits 0
                 # without checking anything: call the command's function.
                 ["-c", "import sys; from importlinter.cli import lint_imports_command; "
                        "sys.exit(lint_imports_command())"]):
        _say(" ".join(step[1:]))
        if subprocess.run([str(PYTHON), *step], cwd=ROOT, check=False).returncode:
            return 1
    return 0


def run_tests(args: list[str]) -> int:
    ensure_qt_libraries(A11Y_TEST_DEBIAN_PACKAGES)
    ensure_venv()
    if lint():
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env,
                          check=False).returncode


def build_bundle() -> int:
    """Install the locked versions, then PyInstaller: dist/lip-desktop (a few minutes).

    pip installs only what differs from the lock, with hashes checked; the project
    itself comes from this checkout (the spec puts it on PyInstaller's path).
    """
    _say("Installiere die Versionen aus packaging/requirements-bundle.txt …")
    if subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--require-hashes",
                       "-r", str(BUNDLE_LOCK)], check=False).returncode:
        return 1
    _say("Baue dist/lip-desktop mit PyInstaller …")
    return subprocess.run(
        [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
         str(SPEC)], cwd=ROOT, check=False).returncode


def smoke_test_bundle() -> int:
    _say("Prüfe das Bundle wie auf einem neuen Rechner …")
    return subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"),
                           str(BUNDLE)], check=False).returncode


def bundle(args: list[str]) -> int:
    ensure_qt_libraries(BUNDLE_DEBIAN_PACKAGES)
    ensure_venv()
    if build_bundle():
        return 1
    return smoke_test_bundle() if "--smoke" in args else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "lint", "bundle"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "run":
        return run_app(rest)
    if command == "lint":
        return lint()
    if command == "bundle":
        return bundle(rest)
    code = run_tests(rest)
    if code or os.environ.get("LIP_BUNDLE_TEST") != "1":
        return code
    return bundle(["--smoke"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
