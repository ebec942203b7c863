"""Undo and redo by keyboard in every window, and a status that says what was undone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from lip_desktop.model.commands import UpdateFields
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.undo import redo_shortcuts

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(window: MainWindow, qtbot: Any) -> MainWindow:
    """The demo window (tests/ui/conftest.py), active: shortcuts go to the active window."""
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def measure_id(window: MainWindow, code: str) -> str:
    assert window.hub is not None
    with window.hub.catalogue.read() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM measure WHERE code = ?",
                                        (code,)).scalar())


def no_key_is_bound_twice(window: Any) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.undo_action)):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen or seen[text] == action.text(), (text, action.text())
            seen[text] = action.text()


@pytest.mark.parametrize(("key", "modifiers"), [
    (Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)])
def test_redo_works_by_keyboard(window: MainWindow, qtbot: Any, key: Qt.Key,
                                modifiers: Qt.KeyboardModifier) -> None:
    hub = window.hub
    assert hub is not None
    mid = measure_id(window, "BIL-M1.1.1")
    before = hub.record("measure", mid).title
    hub.run_undoable(UpdateFields("measure", mid, {"title": "Kita-Lotsen neu"}))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Z, CTRL)
    assert hub.record("measure", mid).title == before
    qtbot.keyClick(window.tree, key, modifiers)
    assert hub.record("measure", mid).title == "Kita-Lotsen neu"
    no_key_is_bound_twice(window)


def test_the_status_says_what_was_undone_and_redone(window: MainWindow, qtbot: Any) -> None:
    hub = window.hub
    assert hub is not None and window.undo_action is not None
    mid = measure_id(window, "BIL-M1.1.1")
    hub.run_undoable(UpdateFields("measure", mid, {"title": "Kita-Lotsen neu"},
                             label="Titel ändern"))
    assert window.statusBar().currentMessage() == "Gespeichert: Titel ändern"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Rückgängig gemacht: Titel ändern"
    assert window.redo_action is not None
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == "Wiederholt: Titel ändern"


@pytest.mark.parametrize("platform", [
    None, [QKeySequence("Ctrl+Shift+Z")], [QKeySequence("Ctrl+Y")],  # X11, Windows
    [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]])
def test_redo_keys_are_distinct_and_include_ctrl_y(platform: Any) -> None:
    keys = [k.toString() for k in redo_shortcuts(platform)]
    assert len(keys) == len(set(keys))
    assert QKeySequence("Ctrl+Y").toString() in keys
    assert QKeySequence("Ctrl+Shift+Z").toString() in keys


def test_the_windows_redo_action_uses_the_distinct_keys(window: MainWindow) -> None:
    assert window.redo_action is not None
    assert [k.toString() for k in window.redo_action.shortcuts()] == [
        k.toString() for k in redo_shortcuts()]


def test_the_minutes_export_is_in_the_session_menu(window: MainWindow, qtbot: Any,
                                                   answers: Any, tmp_path: Path) -> None:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert window.act_export_minutes in menus["Sitzung"].actions()
    target = tmp_path / "Protokoll.docx"
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=15_000):
        window.act_export_minutes.trigger()  # the planning shows, its session is exported
    assert window.tabs.currentWidget() is window.sessions_view
    assert target.is_file()
