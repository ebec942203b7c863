"""Undo and redo over other writers' changes (issue 13, item 5), on the model commands."""

from __future__ import annotations

from typing import Any

import pytest

from lip_desktop.model import interchange
from lip_desktop.model.commands import UpdateFields
from lip_desktop.model.errors import ConflictError


def _doc(service: Any) -> dict[str, Any]:
    with service.catalogue.read() as conn:
        return interchange.export_document(conn)


def test_undo_refuses_when_an_import_changed_the_same_field(demo_service: Any) -> None:
    doc = _doc(demo_service)
    m = doc["measures"][0]
    edit = UpdateFields("measure", m["id"], {"title": "Von Hand", "lead": "Amt 51"})
    edit.apply(demo_service)
    m["title"] = "Importiert"
    m["lead"] = "Amt 51"
    demo_service.structure.import_document(doc)
    with pytest.raises(ConflictError) as caught:
        edit.revert(demo_service)
    assert caught.value.code == "undo_stale"
    assert caught.value.params["field_key"] == "title"
    assert m["code"] in caught.value.message and "Importiert" in caught.value.message
    now = demo_service.structure.get_record("measure", m["id"])
    assert (now.title, now.lead) == ("Importiert", "Amt 51")  # nothing half reverted


def test_redo_refuses_when_the_field_changed_after_undo(demo_service: Any) -> None:
    doc = _doc(demo_service)
    m = doc["measures"][0]
    edit = UpdateFields("measure", m["id"], {"title": "Von Hand"})
    edit.apply(demo_service)
    edit.revert(demo_service)
    demo_service.structure.update_measure(m["id"], title="Jemand anderes")
    with pytest.raises(ConflictError) as caught:
        edit.apply(demo_service)
    assert caught.value.code == "undo_stale"
    assert demo_service.structure.get_record("measure", m["id"]).title == "Jemand anderes"


def test_undo_of_an_unrelated_field_still_works(demo_service: Any) -> None:
    doc = _doc(demo_service)
    m = doc["measures"][0]
    edit = UpdateFields("measure", m["id"], {"lead": "Amt 51"})
    edit.apply(demo_service)
    demo_service.structure.update_measure(m["id"], title="Anderes Feld")
    edit.revert(demo_service)
    now = demo_service.structure.get_record("measure", m["id"])
    assert (now.title, now.lead) == ("Anderes Feld", m["lead"])


def test_undo_of_an_added_measure_still_works_untouched(demo_service: Any) -> None:
    from lip_desktop.model.commands import AddRecord

    goal = _doc(demo_service)["goals"][0]
    cmd = AddRecord("Maßnahme anlegen",
                    lambda s: s.structure.add_measure(goal["id"], "Neu"), "measure")
    cmd.apply(demo_service)
    count = len(_doc(demo_service)["measures"])
    cmd.revert(demo_service)
    assert len(_doc(demo_service)["measures"]) == count - 1
    cmd.apply(demo_service)  # redo brings the same record back, and undo works again
    cmd.revert(demo_service)


def test_undo_of_a_move_refuses_when_the_measure_was_moved_elsewhere(
        demo_service: Any) -> None:
    from lip_desktop.model.commands import MoveMeasure

    doc = _doc(demo_service)
    m = doc["measures"][0]
    goals = [g["id"] for g in doc["goals"] if g["id"] != m["goal_id"]]
    cmd = MoveMeasure(m["id"], goals[0], 0)
    cmd.apply(demo_service)
    demo_service.structure.move_measure(m["id"], goals[1], 0)  # someone else moved it on
    with pytest.raises(ConflictError):
        cmd.revert(demo_service)
    assert demo_service.structure.get_record("measure", m["id"]).goal_id == goals[1]
