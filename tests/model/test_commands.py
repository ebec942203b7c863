"""Undo and redo as the UI drives them: apply, revert, apply again gives the same state."""

from __future__ import annotations

from typing import Any

from lip_desktop.model import interchange
from lip_desktop.model.commands import (
    AddRecord,
    DeleteRecord,
    MoveMeasure,
    MoveSibling,
    UpdateFields,
)
from lip_desktop.model.services import CatalogueService


def state(service: CatalogueService) -> dict[str, Any]:
    with service.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def field_id(service: CatalogueService, code: str) -> str:
    return next(f["id"] for f in state(service)["action_fields"] if f["code"] == code)


def test_update_undo_redo_restores_each_state(demo_service: CatalogueService) -> None:
    measure = state(demo_service)["measures"][0]
    before = state(demo_service)
    cmd = UpdateFields("measure", measure["id"], {"title": "Neuer Titel", "cost_eur": 99.5})
    cmd.apply(demo_service)
    after = state(demo_service)
    assert after["measures"][0]["title"] == "Neuer Titel"
    cmd.revert(demo_service)
    assert state(demo_service) == before
    cmd.apply(demo_service)
    assert state(demo_service) == after
    assert "Titel" in cmd.text and "Kosten" in cmd.text


def test_delete_goal_undo_brings_back_subtree_with_same_codes(
        demo_service: CatalogueService) -> None:
    before = state(demo_service)
    goal = next(g for g in before["goals"] if g["code"] == "SOZ-Z1")
    cmd = DeleteRecord("goal", goal["id"])
    changes = cmd.apply(demo_service)
    assert changes.structural and goal["id"] in changes.deleted["goal"]
    assert all(g["id"] != goal["id"] for g in state(demo_service)["goals"])
    cmd.revert(demo_service)
    assert state(demo_service) == before


def test_add_measure_undo_redo_keeps_the_same_record(service: CatalogueService) -> None:
    bil = field_id(service, "BIL")
    goal = service.structure.add_goal(bil, "Ziel").value
    cmd = AddRecord("Maßnahme anlegen", lambda s: s.structure.add_measure(goal.id, "Neu",
                                                                          lead="FB 51"),
                    "measure")
    cmd.apply(service)
    first = state(service)["measures"]
    cmd.revert(service)
    assert state(service)["measures"] == []
    cmd.apply(service)
    assert state(service)["measures"] == first  # same id, same code BIL-M1.1


def test_move_measure_to_other_goal_and_back(service: CatalogueService) -> None:
    bil = field_id(service, "BIL")
    z1 = service.structure.add_goal(bil, "Ziel 1").value
    z2 = service.structure.add_goal(bil, "Ziel 2").value
    a = service.structure.add_measure(z1.id, "A").value
    service.structure.add_measure(z1.id, "B")
    before = state(service)
    cmd = MoveMeasure(a.id, z2.id, 0)
    cmd.apply(service)
    moved = next(m for m in state(service)["measures"] if m["id"] == a.id)
    assert moved["goal_id"] == z2.id and moved["code"] == "BIL-M1.1"
    cmd.revert(service)
    assert state(service) == before


def test_move_sibling_goal_and_undo(service: CatalogueService) -> None:
    bil = field_id(service, "BIL")
    z1 = service.structure.add_goal(bil, "Ziel 1").value
    service.structure.add_goal(bil, "Ziel 2")
    before = state(service)
    cmd = MoveSibling("goal", z1.id, 1)
    cmd.apply(service)
    assert [g["title"] for g in state(service)["goals"]] == ["Ziel 2", "Ziel 1"]
    cmd.revert(service)
    assert state(service) == before


def test_delete_indicator_and_person_undo(demo_service: CatalogueService) -> None:
    before = state(demo_service)
    indicator = before["indicators"][0]
    cmd = DeleteRecord("indicator", indicator["id"])
    cmd.apply(demo_service)
    cmd.revert(demo_service)
    assert state(demo_service) == before
    person = demo_service.people.add_person("Gast Person", "external").value
    with_person = state(demo_service)
    cmd = DeleteRecord("person", person.id)
    cmd.apply(demo_service)
    cmd.revert(demo_service)
    assert state(demo_service) == with_person


def test_undo_is_refused_whole_when_the_parent_is_gone(service: CatalogueService) -> None:
    import pytest

    from lip_desktop.model.errors import ConflictError

    bil = field_id(service, "BIL")
    goal = service.structure.add_goal(bil, "Ziel").value
    measure = service.structure.add_measure(goal.id, "Maßnahme").value
    service.structure.add_indicator(measure.id, "Teilnehmende")
    cmd = DeleteRecord("measure", measure.id)
    cmd.apply(service)
    service.structure.delete_goal(goal.id)  # someone deleted the goal meanwhile
    before = state(service)
    with pytest.raises(ConflictError) as info:
        cmd.revert(service)
    assert "nicht wiederhergestellt" in info.value.message
    assert state(service) == before
