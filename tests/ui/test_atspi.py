"""What a screen reader reads: the accessible tree through AT-SPI on a real X display.

Orca (and, through UI Automation, NVDA on Windows) reads what Qt's accessibility bridge
publishes, not the widgets. ``atspi_walk.py`` starts the app under Xvfb in its own D-Bus
session with the AT-SPI bridge on and reads the main window and the live window through
plain D-Bus calls. Needs Xvfb, dbus-run-session, gdbus and at-spi2-core (``python3 dev.py
test`` installs them on Debian as root); elsewhere the test is skipped and says why.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
CONTROL_ROLES = frozenset({"push button", "check box", "radio button", "toggle button",
                           "text", "spin box", "combo box", "tree", "table", "list",
                           "page tab list"})


def missing_tools() -> str:
    if not sys.platform.startswith("linux"):
        return "AT-SPI gibt es nur unter Linux"
    missing = [tool for tool in ("Xvfb", "dbus-run-session", "gdbus") if not shutil.which(tool)]
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        missing.append("at-spi2-core")
    return ("nicht installiert: " + ", ".join(missing)) if missing else ""


@pytest.fixture(scope="module")
def accessible_tree() -> Any:
    reason = missing_tools()
    if reason:
        pytest.skip(f"AT-SPI-Test übersprungen ({reason})")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        env = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS")}
        env.update(DISPLAY=f":{display}", PYTHONPATH=str(ROOT))
        done = subprocess.run(
            ["dbus-run-session", "--", sys.executable, str(HERE / "atspi_walk.py")],
            env=env, capture_output=True, text=True, timeout=240, check=False)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stdout + done.stderr[-3000:]
    return json.loads(lines[-1])


def window(tree: Any, title_start: str) -> list[tuple[str, str, str]]:
    for win in tree["windows"]:
        if win["name"].startswith(title_start):
            return [tuple(node) for node in win["nodes"]]
    raise AssertionError(f"no window {title_start!r} in {[w['name'] for w in tree['windows']]}")


def test_the_main_window_as_a_screen_reader_reads_it(accessible_tree: Any) -> None:
    nodes = window(accessible_tree, "LIP 2.0")
    assert nodes[0][0] == "frame"
    names = {(role, name) for role, name, _d in nodes}
    assert ("tree", "Navigation: Strategieteil, Handlungsfelder, Ziele und Maßnahmen") in names
    for field in ("Kennung", "Titel", "Beschreibung", "Federführung"):
        assert ("text", field) in names
    assert ("table", "Indikatoren") in names
    assert ("text", "Beginn (Monat/Jahr)") in names  # a typed German month field
    assert ("text", "Im ganzen Katalog suchen") in names
    unnamed = [n for n in nodes if n[0] in CONTROL_ROLES and not n[1]]
    assert unnamed == []


def test_the_live_window_as_a_screen_reader_reads_it(accessible_tree: Any) -> None:
    nodes = window(accessible_tree, "Sitzung:")
    names = {(role, name) for role, name, _d in nodes}
    present = [n for n in nodes if n[0] == "check box" and n[1].startswith("Anwesenheit: ")]
    assert len(present) >= 8
    assert {d for _r, _n, d in present} <= {"anwesend", "abwesend"}
    for label in ("Verbleibende Zeit des Tagesordnungspunkts", "Beschlussfähigkeit",
                  "Aktueller Tagesordnungspunkt", "Anwesende je Seite"):
        assert ("label", label) in names
    assert ("push button", "Nächster Tagesordnungspunkt (Bild ab)") in names
    assert ("list", "Tagesordnung (Doppelklick oder Eingabe ruft den Punkt auf)") in names
    assert any(role == "status bar" for role, _n, _d in nodes)  # where announcements live
    unnamed = [n for n in nodes if n[0] in CONTROL_ROLES and not n[1]]
    assert unnamed == []
