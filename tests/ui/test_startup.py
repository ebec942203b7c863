"""Start-up: the navigation tree is painted first, the rest of the workspace follows.

Issue 14: the window paints the tree of the opened catalogue before the services, the
interchange, the forms and the office exporters are imported; the tree answers the
keyboard at once; the editor and the panels catch up in idle time. No timing asserts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from support import create_from

from lip_desktop.model import demo
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole

ROOT = Path(__file__).resolve().parents[2]

#: Not needed for the first frame; each was imported before it until issue 14.
HEAVY = ("openpyxl", "docx", "alembic", "lip_desktop.model.interchange",
         "lip_desktop.model.services", "lip_desktop.ui.forms", "lip_desktop.export.word",
         "lip_desktop.export.excel")

#: The user's entry point (``lip-desktop open FILE``) with a watch on the tree's first
#: paint: which modules were there at that moment, and whether the rest loaded after.
PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTreeView
HEAVY = json.loads(sys.argv[2])
seen = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            tree = obj.parent()
            if isinstance(tree, QTreeView) and tree.objectName() == "navigation" \\
                    and tree.model().rowCount() > 1:
                seen["painted"] = [m for m in HEAVY if m in sys.modules]
                window = tree.window()
                seen["loaded_then"] = window.workspace_loaded
                def loaded():
                    seen["loaded"] = [m for m in HEAVY if m in sys.modules]
                    seen["editor"] = window.editor.objectName()
                    app.quit()
                window.sig_workspace_loaded.connect(loaded)
        return False
app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from lip_desktop import cli
cli.main(["open", sys.argv[1]])
print(json.dumps(seen))
"""


def test_the_tree_is_painted_before_the_heavy_modules_are_imported(tmp_path: Path) -> None:
    path = tmp_path / "plan.lip"
    create_from(path, demo.demo_catalogue()).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LIP_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), json.dumps(HEAVY)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["painted"] == []  # none of them before the first frame
    assert seen["loaded_then"] is False  # the rest was not built before the paint
    # ... and afterwards the workspace is complete, its modules loaded in idle time.
    assert seen["editor"] == "editor"
    assert "lip_desktop.model.services" in seen["loaded"]
    assert "lip_desktop.ui.forms" in seen["loaded"]


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


class PaintSeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def opened(qtbot: Any, tmp_path: Path, *, show: bool = True) -> MainWindow:
    path = tmp_path / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    window = MainWindow()
    qtbot.addWidget(window)
    if show:
        window.show()
    assert window.open_path(path)
    return window


def test_the_tree_takes_keys_at_its_first_paint_and_the_editor_follows(
        qtbot: Any, tmp_path: Path) -> None:
    window = opened(qtbot, tmp_path)
    # Nothing but the tree yet: the editor's place says it is loading.
    assert not window.workspace_loaded
    placeholder = window.tabs.widget(0).findChild(QLabel)
    assert placeholder is not None and placeholder.text() == "wird geladen …"
    seen = PaintSeen()
    window.tree.viewport().installEventFilter(seen)
    qtbot.waitUntil(lambda: seen.painted)
    assert QApplication.focusWidget() is window.tree  # keyboard focus in the tree
    # Real keys right after the first paint: down to the first action field.
    press(window.tree, Qt.Key.Key_Down)
    current = window.tree.currentIndex()
    assert current.data(RecordTypeRole) == "action_field"
    chosen = current.data(RecordIdRole)
    press(window.tree, Qt.Key.Key_Right)  # its goals unfold
    assert window.tree.isExpanded(current)
    if not window.workspace_loaded:
        with qtbot.waitSignal(window.sig_workspace_loaded, timeout=30_000):
            pass
    # The editor and the side panel show what the keys chose before they existed.
    assert window.editor.current_record() == ("action_field", chosen)
    assert window.side._record == ("action_field", chosen)
    press(window.tree, Qt.Key.Key_Down)  # and on: now straight into the editor
    below = window.tree.currentIndex()
    assert window.editor.current_record() == (below.data(RecordTypeRole),
                                              below.data(RecordIdRole))
    window.close()


def test_asking_for_a_part_builds_it_at_once(qtbot: Any, tmp_path: Path) -> None:
    window = opened(qtbot, tmp_path)
    assert not window.workspace_loaded
    window.act_find.trigger()  # Ctrl+F before the search panel was built
    assert window.workspace_loaded
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.edit)
    window.close()


def test_a_window_never_painted_still_completes_its_workspace(
        qtbot: Any, tmp_path: Path) -> None:
    window = opened(qtbot, tmp_path, show=False)
    with qtbot.waitSignal(window.sig_workspace_loaded, timeout=30_000):
        pass
    assert window.editor.objectName() == "editor"
    window.close()


def test_closing_before_the_rest_is_loaded_builds_nothing_more(
        qtbot: Any, tmp_path: Path) -> None:
    window = opened(qtbot, tmp_path)
    loaded: list[bool] = []
    window.sig_workspace_loaded.connect(lambda: loaded.append(True))
    assert window.close_catalogue()
    qtbot.wait(500)  # longer than the loader's fallback: nothing may follow
    assert loaded == [] and window.hub is None
    assert window.pages.currentWidget() is window.welcome
    window.close()
