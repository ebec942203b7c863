"""Opening a catalogue file paints its tree from a first look (``model/first_look.py``),
without SQLAlchemy; the full open with its quick_check follows on the loading thread,
and nothing can be edited until it has succeeded (issue 14). No timing asserts."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from support import create_from, old_catalogue

from lip_desktop.model import demo
from lip_desktop.model.lockfile import WriterLock
from lip_desktop.ui import backups_dialog
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.tree_model import MEASURE_MIME

ROOT = Path(__file__).resolve().parents[2]

#: ``lip-desktop open FILE`` with a watch on the tree's first paint.
PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTreeView
seen = {}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in seen:
            tree = obj.parent()
            if isinstance(tree, QTreeView) and tree.objectName() == "navigation" \\
                    and tree.model().rowCount() > 1:
                window = tree.window()
                seen["painted"] = sorted(m for m in sys.modules
                                         if m.split(".")[0] in ("sqlalchemy", "alembic"))
                seen["deferred"] = sorted(m for m in DEFERRED if m in sys.modules)
                seen["open_then"] = window._hub is not None
                seen["edits_then"] = [a.isEnabled() for a in (
                    window.act_new_goal, window.act_new_measure, window.act_delete,
                    window.act_import_json, window.act_renumber)]
                seen["title"] = window.windowTitle()
                def loaded():
                    seen["loaded"] = "sqlalchemy.orm" in sys.modules
                    seen["open"] = window._hub is not None
                    seen["editor"] = window.editor.objectName()
                    app.quit()
                window.sig_workspace_loaded.connect(loaded)
        return False
#: Not needed before the first frame: the log's rotating handler (socket, pickle, queue),
#: the mount table's ``subprocess``, Windows' ``ctypes``, ``socket`` (the lock's host name).
DEFERRED = ("logging.handlers", "subprocess", "ctypes", "socket")
app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
from lip_desktop.ui import main_window
built = main_window.MainWindow.__init__
def init(self):
    # the crash hooks are there before any window is built
    seen["hooked_before_window"] = sys.excepthook is not sys.__excepthook__
    built(self)
main_window.MainWindow.__init__ = init
from lip_desktop import cli
cli.main(["open", sys.argv[1]])
print(json.dumps(seen))
"""


def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.lip"
    create_from(path, demo.demo_catalogue()).close()
    return path


def test_the_tree_is_painted_before_sqlalchemy_is_imported(tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "LIP_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", PROBE, str(path)],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["painted"] == []  # neither SQLAlchemy nor Alembic before the first frame
    assert seen["deferred"] == []  # nor what only a later moment needs
    assert seen["hooked_before_window"] is True
    assert seen["open_then"] is False  # painted from the first look, not open yet
    assert seen["edits_then"] == [False] * 5  # nothing editable before the full open
    assert seen["title"].startswith("LIP 2.0 – Wir sind Hannover (Demo) – plan.lip")
    # ... then the full open, and the workspace is complete.
    assert seen["loaded"] is True and seen["open"] is True
    assert seen["editor"] == "editor"


def damage_measures(path: Path) -> None:
    """Garbage in the measure table's root page: the tree's top and the goals below an
    action field still read (an index answers), ``PRAGMA quick_check`` fails."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'measure'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start + 8:start + page] = b"\xff" * (page - 8)
    path.write_bytes(bytes(data))


def test_a_damaged_file_painted_first_ends_in_the_damage_offer_with_nothing_written(
        qtbot: Any, tmp_path: Path, answers: Any, monkeypatch: Any) -> None:
    path = demo_file(tmp_path)
    damage_measures(path)
    before = path.read_bytes()
    offered: list[Any] = []

    def offer(_parent: Any, error: Any) -> None:
        offered.append(error)

    monkeypatch.setattr(backups_dialog, "offer_restore_for_damaged", offer)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)  # painted from the first look
    assert window.workspace is not None and window.tree_model.rowCount() > 1
    # Meanwhile nothing can be edited: no catalogue action, no drop onto a goal.
    assert window._hub is None
    for action in (window.act_new_goal, window.act_new_measure, window.act_delete,
                   window.act_duplicate, window.act_renumber, window.act_import_json,
                   window.act_new_field, window.act_new_section):
        assert not action.isEnabled()
    field = window.tree_model.index(1, 0, QModelIndex())
    window.tree.expand(field)
    goal = window.tree_model.index(0, 0, field)
    assert goal.isValid()
    drop = QMimeData()
    drop.setData(MEASURE_MIME, QByteArray(b"some-measure"))
    assert not window.tree_model.canDropMimeData(drop, Qt.DropAction.MoveAction, -1, 0, goal)
    window.tree.setCurrentIndex(goal)
    assert not window.act_new_measure.isEnabled()
    # The full open on the loading thread finds the damage: today's offer, the workspace gone.
    qtbot.waitUntil(lambda: bool(offered), timeout=30_000)
    assert "ist beschädigt" in offered[0].message
    assert window.pages.currentWidget() is window.welcome and window.workspace is None
    assert window.hub is None
    assert path.read_bytes() == before  # nothing written
    WriterLock.acquire(path).release()  # and the lock was let go
    window.close()


def test_a_page_asked_for_at_once_waits_for_the_open_and_its_verdict(
        qtbot: Any, tmp_path: Path, answers: Any, monkeypatch: Any) -> None:
    """Ctrl+2 right after the paint: the open is waited for; a damaged file then ends in
    the offer (no page built on it), a sound one shows its measure list."""
    damaged = demo_file(tmp_path)
    damage_measures(damaged)
    offered: list[Any] = []
    monkeypatch.setattr(backups_dialog, "offer_restore_for_damaged",
                        lambda _parent, error: offered.append(error))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(damaged)
    window.act_views[1].trigger()
    assert len(offered) == 1 and window.hub is None
    assert window.pages.currentWidget() is window.welcome
    sound = tmp_path / "gesund.lip"
    create_from(sound, demo.demo_catalogue()).close()
    assert window.open_path(sound)
    window.act_views[1].trigger()
    assert window.hub is not None
    assert window.tabs.currentWidget() is window.measure_list
    window.close()


def test_an_old_catalogue_is_still_migrated_before_anything_is_painted(
        qtbot: Any, tmp_path: Path, answers: Any) -> None:
    path = tmp_path / "alt.lip"
    old_catalogue(path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    assert window._hub is not None  # the full open, at once
    assert "Katalog aktualisiert" in answers.texts()
    assert window.tree_model.rowCount() > 1
    window.close()


def test_a_locked_file_is_refused_in_german_without_painting(
        qtbot: Any, tmp_path: Path, answers: Any) -> None:
    path = demo_file(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with WriterLock.acquire(path):
        assert not window.open_path(path)
        assert window.pages.currentWidget() is window.welcome
    assert "ist bereits geöffnet" in answers.texts()
    assert window.open_path(path)  # free again: painted from the first look
    assert window.hub is not None  # asking waits for the full open
    window.close()
