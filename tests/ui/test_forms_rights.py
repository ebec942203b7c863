"""Forms show what this login may not change as read-only (rights of a server catalogue,
``catalogue.rights``); a file's holder is the lead and changes everything. The rights are
set on the open file here: the forms only ask ``catalogue.rights``, and what the server
does with them is tested in tests/model/test_server_rights.py."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from lip_desktop.model import demo
from lip_desktop.model.rights import Rights, field_code_of
from lip_desktop.ui.forms import EditorStack, MeasureForm

DEMO = demo.demo_catalogue()


def measure_of(field_code: str) -> str:
    field = next(f["id"] for f in DEMO["action_fields"] if f["code"] == field_code)
    goals = {g["id"] for g in DEMO["goals"] if g["action_field_id"] == field}
    return str(next(m["id"] for m in DEMO["measures"] if m["goal_id"] in goals))


def shown(stack: EditorStack, record_id: str) -> MeasureForm:
    stack.show_record("measure", record_id)
    form = stack.current_form()
    assert isinstance(form, MeasureForm)
    return form


def test_the_lead_edits_every_field(stack: EditorStack) -> None:
    form = shown(stack, measure_of("SOZ"))
    assert not form.is_read_only("title") and not form.title.isReadOnly()
    assert form.widget("kind").isEnabled()


def test_the_steering_group_sees_only_its_two_fields_editable(
        qtbot: Any, stack: EditorStack, hub: Any) -> None:
    hub.catalogue.rights = Rights("steering")
    record_id = measure_of("SOZ")
    form = shown(stack, record_id)
    assert form.title.isReadOnly() and form.is_read_only("title")
    assert form.title.accessibleDescription() == "schreibgeschützt"
    assert not form.widget("kind").isEnabled()
    assert form.widget("steering_decision").isEnabled()
    assert not form.is_read_only("steering_note")
    before = hub.record("measure", record_id).title
    qtbot.mouseClick(form.title, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.title, "Neu")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert hub.record("measure", record_id).title == before


def looks_read_only(widget: Any) -> bool:
    """A read-only text field has the window's background, not an input field's."""
    palette = widget.palette()
    return bool(palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window))


def test_a_facilitator_edits_their_fields_measures_only(stack: EditorStack, hub: Any) -> None:
    hub.catalogue.rights = Rights("facilitator", frozenset({"BIL"}))
    own = shown(stack, measure_of("BIL"))
    assert not own.is_read_only("title") and not looks_read_only(own.title)
    other = shown(stack, measure_of("SOZ"))
    assert other.title.isReadOnly() and other.is_read_only("steering_decision")
    assert looks_read_only(other.title)
    assert not looks_read_only(shown(stack, measure_of("BIL")).title)  # editable again


def test_a_reader_sees_every_field_read_only(stack: EditorStack, hub: Any) -> None:
    hub.catalogue.rights = Rights("reader")
    form = shown(stack, measure_of("BIL"))
    assert all(form.is_read_only(key) for key in ("title", "description", "steering_note"))


def test_a_records_field_is_found_through_its_parents(hub: Any) -> None:
    record = hub.record("measure", measure_of("SOZ"))
    assert field_code_of("measure", record, hub.record) == "SOZ"
    assert field_code_of("person", record, hub.record) is None
