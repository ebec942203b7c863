"""Read the app's accessible tree through AT-SPI, as Orca does (plain D-Bus via ``gdbus``).

Run inside a D-Bus session on an X display (``dbus-run-session``, ``DISPLAY`` set):
starts ``atspi_app.py`` with Qt's AT-SPI bridge switched on, finds it in the AT-SPI
registry, walks its windows breadth first and prints one JSON object:
``{"windows": [{"name": ..., "nodes": [[role, name, description], ...]}]}``.
Only the standard library and the ``gdbus`` tool are used, so no Python binding of
AT-SPI (pyatspi) is needed.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
ACCESSIBLE = "org.a11y.atspi.Accessible"
MAX_NODES = 1500
MAX_CHILDREN = 60  # of one node: the rows of a long table add nothing here


def gvariant(text: str) -> object:
    """The few GVariant texts gdbus prints here, as Python values."""
    text = text.strip()
    for prefix in ("objectpath ", "uint32 ", "int32 ", "@a(so) ", "@as ", "@au "):
        text = text.replace(prefix, "")
    text = text.replace("<", "").replace(">", "")
    return ast.literal_eval(text)


class Bus:
    def __init__(self, address: str) -> None:
        self.address = address

    def call(self, dest: str, path: str, method: str, *args: str) -> object:
        out = subprocess.run(
            ["gdbus", "call", "--address", self.address, "--dest", dest,
             "--object-path", path, "--method", method, *args],
            capture_output=True, text=True, timeout=20, check=True).stdout
        return gvariant(out)

    def prop(self, dest: str, path: str, name: str) -> object:
        value = self.call(dest, path, "org.freedesktop.DBus.Properties.Get", ACCESSIBLE, name)
        assert isinstance(value, tuple)
        return value[0]

    def children(self, dest: str, path: str) -> list[tuple[str, str]]:
        value = self.call(dest, path, f"{ACCESSIBLE}.GetChildren")
        assert isinstance(value, tuple)
        return list(value[0])


def a11y_address() -> str:
    out = subprocess.run(
        ["gdbus", "call", "--session", "--dest", "org.a11y.Bus", "--object-path",
         "/org/a11y/bus", "--method", "org.a11y.Bus.GetAddress"],
        capture_output=True, text=True, timeout=20, check=True).stdout
    value = gvariant(out)
    assert isinstance(value, tuple)
    return str(value[0])


#: Roles whose children are rows, cells or menu entries: read the node, not its items.
LEAF_ROLES = frozenset({"list", "table", "tree", "tree table", "menu bar", "menu",
                        "combo box", "scroll bar", "page tab list"})
#: AT-SPI state bit: the object is on screen (``ATSPI_STATE_SHOWING``).
SHOWING = 25


def _node(bus: Bus, dest: str, path: str) -> tuple[list[str], list[str]]:
    """(role, name, description) of one object and its children's paths, or ([], [])
    when it is not on screen."""
    state = bus.call(dest, path, f"{ACCESSIBLE}.GetState")
    assert isinstance(state, tuple)
    low = int(state[0][0])
    if not low & (1 << SHOWING):
        return [], []
    role = bus.call(dest, path, f"{ACCESSIBLE}.GetRoleName")
    assert isinstance(role, tuple)
    node = [str(role[0]), str(bus.prop(dest, path, "Name")),
            str(bus.prop(dest, path, "Description"))]
    if node[0] in LEAF_ROLES:
        return node, []
    return node, [p for _d, p in bus.children(dest, path)[:MAX_CHILDREN]]


def walk(bus: Bus, dest: str, path: str) -> list[list[str]]:
    """Breadth first over what is on screen; a level's objects are read in parallel."""
    nodes: list[list[str]] = []
    level = [path]
    with ThreadPoolExecutor(max_workers=6) as pool:
        while level and len(nodes) < MAX_NODES:
            following: list[str] = []
            for node, children in pool.map(lambda p: _node(bus, dest, p), level):
                if node:
                    nodes.append(node)
                    following += children
            level = following
    return nodes


def main() -> int:
    address = a11y_address()
    env = {**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
           "QT_ACCESSIBILITY": "1"}
    app = subprocess.Popen([sys.executable, str(HERE / "atspi_app.py")], env=env,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert app.stdout is not None
        if app.stdout.readline().strip() != "READY":
            print(json.dumps({"error": "the app did not start"}))
            return 1
        bus = Bus(address)
        deadline = time.monotonic() + 30
        windows: list[tuple[str, str, str]] = []
        while time.monotonic() < deadline:
            for dest, path in bus.children(*REGISTRY):
                if bus.prop(dest, path, "Name") == "LIP Desktop":
                    windows = [(dest, p, str(bus.prop(dest, p, "Name")))
                               for _d, p in bus.children(dest, path)]
            if len(windows) >= 2:
                break
            time.sleep(0.5)
        result = {"windows": [{"name": name, "nodes": walk(bus, dest, path)}
                              for dest, path, name in windows]}
        print(json.dumps(result, ensure_ascii=False))
        return 0
    finally:
        app.terminate()
        app.wait(20)


if __name__ == "__main__":
    sys.exit(main())
