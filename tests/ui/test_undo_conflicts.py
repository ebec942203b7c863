"""Ctrl+Z after someone else changed the same field: refused with a message, the other
change stays (issue 13, item 5)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from lip_desktop.model import interchange
from lip_desktop.model.commands import UpdateFields


def _first_measure(hub: Any) -> Any:
    with hub.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    return doc, doc["measures"][0]


def test_ctrl_z_after_an_import_changed_the_title_is_refused(
        qtbot: Any, hub: Any, answers: Any) -> None:
    doc, m = _first_measure(hub)
    original = m["title"]
    assert hub.run_undoable(UpdateFields("measure", m["id"], {"title": "Von Hand geändert"}))

    m["title"] = "Aus dem Import"
    hub.run_without_undo(lambda s: s.structure.import_document(doc))

    editor = QWidget()  # a real window with the app's undo action and its shortcut
    undo = hub.undo_stack.createUndoAction(editor)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    editor.addAction(undo)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    assert QApplication.activeWindow() is editor and hub.undo_stack.canUndo()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    title = hub.service.structure.get_record("measure", m["id"]).title
    assert title == "Aus dem Import" != original
    assert "inzwischen anders geändert" in answers.texts()
    assert m["code"] in answers.texts() and "„Titel“" in answers.texts()
    assert not hub.undo_stack.canUndo()  # the stale step is gone, nothing else happened


def test_undo_and_redo_still_work_when_nobody_interfered(hub: Any, answers: Any) -> None:
    _doc, m = _first_measure(hub)
    assert hub.run_undoable(UpdateFields("measure", m["id"], {"title": "Neu"}))
    hub.undo_stack.undo()
    assert hub.service.structure.get_record("measure", m["id"]).title == m["title"]
    hub.undo_stack.redo()
    assert hub.service.structure.get_record("measure", m["id"]).title == "Neu"
    assert answers.shown == []
