"""The measure form's implementation state: status, responsible unit and note are one
field, stored by real key events, undoable, with the lead as the default unit."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_forms import MEASURE, measure, type_text

from lip_desktop.ui.forms import EditorStack, MeasureForm


@pytest.fixture
def form(stack: EditorStack) -> MeasureForm:
    stack.show_record("measure", MEASURE)
    current = stack.current_form()
    assert isinstance(current, MeasureForm)
    return current


def test_choosing_a_status_stores_a_state_with_the_lead_as_responsible(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    edit = form.implementation
    assert measure(hub).implementation is None
    assert edit.status.currentText() == "– noch nicht erfasst –"
    edit.status.setFocus()
    qtbot.keyClick(edit.status, Qt.Key.Key_Down)
    qtbot.keyClick(edit.status, Qt.Key.Key_Down)
    state = measure(hub).implementation
    assert state["status"] == "in_progress"
    assert state["responsible"] == measure(hub).lead
    assert state["updated_at"] == date.today().isoformat()
    assert edit.responsible.text() == measure(hub).lead  # shown after the refresh
    assert edit.since.text() == date.today().strftime("%d.%m.%Y")
    assert edit.status.currentText() == "in Bearbeitung"


def test_a_note_is_stored_on_return_and_undone_as_a_whole(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    hub.run_without_undo(lambda service: service.implementation.set_implementation(
        MEASURE, status="ongoing"))
    edit = form.implementation
    assert edit.status.currentText() == "in das laufende Geschäft übergegangen"
    edit.note.setFocus()
    type_text(qtbot, edit.note, "Stellen im Stellenplan verankert")
    assert measure(hub).implementation["note"] == ""
    qtbot.keyClick(edit.note, Qt.Key.Key_Return)
    assert measure(hub).implementation["note"] == "Stellen im Stellenplan verankert"
    assert hub.undo_stack.undoText() == "Umsetzungsstand ändern"
    hub.undo_stack.undo()
    assert measure(hub).implementation["note"] == ""
    assert edit.note.text() == ""


def test_a_note_without_a_status_is_refused_in_the_form(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    edit = form.implementation
    edit.note.setFocus()
    type_text(qtbot, edit.note, "ohne Status")
    qtbot.keyClick(edit.note, Qt.Key.Key_Return)
    assert form.error_text("implementation") == "Bitte zuerst einen Umsetzungsstatus wählen."
    assert measure(hub).implementation is None
