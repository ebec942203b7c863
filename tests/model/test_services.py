"""The service layer: every operation is one transaction that reads back as intended.

Each test changes a catalogue through ``CatalogueService`` and then reads the result back
from the database (``load_document``, ``history``, ``get_vote``, ``get_session``), never
just the returned value. Refused operations must leave the catalogue exactly as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from backends import Backend
from support import create_from

from lip_desktop.model import defaults, interchange
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import ConflictError, LipError, ValidationError, VoteRuleError
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.snapshot import load_document

# --------------------------------------------------------------------------- helpers


def snapshot(service: CatalogueService) -> dict[str, Any]:
    """The stored catalogue, internal ordering keys included."""
    with service.catalogue.read() as conn:
        return load_document(conn, internal=True)


def exported(service: CatalogueService) -> dict[str, Any]:
    """The interchange export without its time stamp (for before/after comparisons)."""
    with service.catalogue.read() as conn:
        doc = interchange.export_document(conn, now=datetime(2024, 1, 1))
    doc.pop("exported_at")
    return doc


def find(doc: dict[str, Any], key: str, rid: str) -> dict[str, Any]:
    return next(r for r in doc[key] if r["id"] == rid)


def ids(doc: dict[str, Any], key: str) -> set[str]:
    return {r["id"] for r in doc[key]}


def field_id(service: CatalogueService, code: str) -> str:
    return next(f["id"] for f in snapshot(service)["action_fields"] if f["code"] == code)


def all_codes(doc: dict[str, Any]) -> list[str]:
    return [r["code"] for key in ("action_fields", "goals", "measures") for r in doc[key]
            if r["code"] is not None]


def measure_codes_under(doc: dict[str, Any], goal_id: str) -> list[str]:
    """Codes of a goal's measures in their display order."""
    rows = sorted((m for m in doc["measures"] if m["goal_id"] == goal_id),
                  key=lambda m: m["position"])
    return [m["code"] for m in rows]


def goal_codes_under(doc: dict[str, Any], field: str, parent_id: str | None) -> list[str]:
    rows = sorted((g for g in doc["goals"]
                   if g["action_field_id"] == field and g["parent_id"] == parent_id),
                  key=lambda g: g["position"])
    return [g["code"] for g in rows]


def refused(code: str, action: Callable[[], Any], kind: type[LipError] = LipError) -> LipError:
    """Run ``action``, expect a ``kind`` with ``code``, and return it."""
    with pytest.raises(kind) as info:
        action()
    assert info.value.code == code, info.value.message
    return info.value


# --------------------------------------------------------------------------- fixtures
# Creating a catalogue runs the schema migrations (~0.1 s), so each kind of starting
# catalogue is built once per module and every test works on its own copy of the file.


@dataclass
class Templates:
    backend: Backend
    fresh: Path | str
    workshop: Path | str
    workshop_ids: dict[str, Any]


def open_copy(backend: Backend, template: Path | str, folder: Path) -> Catalogue:
    return Catalogue.open(backend.copy(template, folder), actor="Test", make_backups=False)


@pytest.fixture(scope="module")
def templates(backend: Backend, tmp_path_factory: pytest.TempPathFactory) -> Templates:
    folder = tmp_path_factory.mktemp("templates")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", str(folder / "appdata"))
        fresh = create_from(backend.location(folder, "neu.lip"),
                            defaults.new_catalogue_document())
        fresh.close(backup=False)
        (folder / "w").mkdir()
        cat = open_copy(backend, backend.where(fresh), folder / "w")
        built = build_workshop(CatalogueService(cat))
        cat.close(backup=False)
    workshop_ids = {f.name: getattr(built, f.name) for f in dataclasses.fields(Workshop)
                    if f.name != "service"}
    return Templates(backend, backend.where(fresh), backend.where(cat), workshop_ids)


@pytest.fixture
def service(templates: Templates, tmp_path: Path) -> Iterator[CatalogueService]:
    """A fresh catalogue: the seven default action fields and the default terminology
    (the same content as conftest's ``service``, copied from a template)."""
    cat = open_copy(templates.backend, templates.fresh, tmp_path)
    yield CatalogueService(cat)
    cat.close(backup=False)
    templates.backend.remove(cat)


@pytest.fixture
def bil(service: CatalogueService) -> str:
    return field_id(service, "BIL")


@dataclass
class Tree:
    """BIL-Z1 (with sub-goal BIL-Z1.1) and BIL-Z2; measures BIL-M1.1, BIL-M1.2, BIL-M1.1.1."""

    field: str
    z1: str
    z2: str
    z11: str
    m11: str
    m12: str
    m111: str


@pytest.fixture
def tree(service: CatalogueService, bil: str) -> Tree:
    z1 = service.structure.add_goal(bil, "Bildungsbeteiligung von Anfang an stärken").value.id
    z2 = service.structure.add_goal(bil, "Übergang Schule–Beruf verbessern").value.id
    z11 = service.structure.add_goal(bil, "Mehr Kinder mit Migrationsgeschichte in der Kita",
                           parent_id=z1).value.id
    m11 = service.structure.add_measure(z1, "Kita-Lotsinnen in allen Stadtbezirken").value.id
    m12 = service.structure.add_measure(z1, "Mehrsprachige Elternbriefe").value.id
    m111 = service.structure.add_measure(z11, "Sprachcafé für Eltern").value.id
    return Tree(bil, z1, z2, z11, m11, m12, m111)


@dataclass
class Workshop:
    """An expert group of 4 administration + 4 external members and a facilitator,
    all present in a running session, working on one measure."""

    service: CatalogueService
    field: str
    group: str
    admins: list[str]
    externals: list[str]
    facilitator: str
    session: str
    goal: str
    measure: str
    outsider: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def voters(self) -> list[str]:
        return self.admins + self.externals


def build_workshop(s: CatalogueService) -> Workshop:
    bil = field_id(s, "BIL")
    admin_names = ["Petra Schulz (FB Schule)", "Jonas Weber (FB Jugend)",
                   "Ayşe Demir (Bildungsbüro)", "Klaus Richter (VHS)"]
    external_names = ["Mariam Haddad (MSO-Netzwerk)", "Tomasz Nowak (Elternverein)",
                      "Olena Kovalenko (Ukrainischer Verein)",
                      "Kwame Mensah (Afrikanischer Dachverband)"]
    admins = [s.people.add_person(n, "administration").value.id for n in admin_names]
    externals = [s.people.add_person(n, "external").value.id for n in external_names]
    facilitator = s.people.add_person("Lena Brandt (Moderation)", "administration").value.id
    outsider = s.people.add_person("Gast ohne Gruppe", "external").value.id
    group = s.people.add_group(bil, "Expert*innengruppe Bildung").value.id
    for pid in admins + externals:
        s.people.set_member(group, pid, "member")
    s.people.set_member(group, facilitator, "facilitator")
    goal = s.structure.add_goal(bil, "Bildungsbeteiligung stärken").value.id
    measure = s.structure.add_measure(goal, "Kita-Lotsinnen").value.id
    session = s.meetings.add_meeting(group, "3. Sitzung", "2024-05-14T17:00").value.id
    s.meetings.update_meeting(session, status="running")
    for pid in [*admins, *externals, facilitator]:
        s.meetings.set_attendance(session, pid, True)
    return Workshop(s, bil, group, admins, externals, facilitator, session, goal, measure,
                    outsider)


@pytest.fixture
def workshop(templates: Templates, tmp_path: Path) -> Iterator[Workshop]:
    cat = open_copy(templates.backend, templates.workshop, tmp_path)
    ids = {k: (list(v) if isinstance(v, list) else v)
           for k, v in templates.workshop_ids.items() if k != "extra"}
    yield Workshop(service=CatalogueService(cat), **ids)
    cat.close(backup=False)
    templates.backend.remove(cat)


# --------------------------------------------------------------------------- codes


def test_goals_are_numbered_per_field_and_sub_goals_below_their_parent(
        service: CatalogueService, tree: Tree) -> None:
    doc = snapshot(service)
    assert find(doc, "goals", tree.z1)["code"] == "BIL-Z1"
    assert find(doc, "goals", tree.z2)["code"] == "BIL-Z2"
    assert find(doc, "goals", tree.z11)["code"] == "BIL-Z1.1"
    soz_goal = service.structure.add_goal(field_id(service, "SOZ"), "Teilhabe sichern").value
    assert soz_goal.code == "SOZ-Z1"


def test_measure_codes_follow_the_number_path_of_their_goal(
        service: CatalogueService, tree: Tree) -> None:
    doc = snapshot(service)
    assert measure_codes_under(doc, tree.z1) == ["BIL-M1.1", "BIL-M1.2"]
    assert measure_codes_under(doc, tree.z11) == ["BIL-M1.1.1"]


def test_measure_code_stays_when_the_measure_moves_to_another_goal(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.move_measure(tree.m12, tree.z2, 0)
    doc = snapshot(service)
    moved = find(doc, "measures", tree.m12)
    assert (moved["goal_id"], moved["code"]) == (tree.z2, "BIL-M1.2")
    # the next measure under BIL-Z2 still gets a BIL-M2.* number, not a clash
    assert service.structure.add_measure(tree.z2,
                                         "Ausbildungspatenschaften").value.code == "BIL-M2.1"
    # BIL-M1.2 is still in use (under BIL-Z2), so BIL-Z1 continues with BIL-M1.3
    assert service.structure.add_measure(tree.z1, "Kita-Sprachförderung").value.code == "BIL-M1.3"


def test_goal_codes_stay_when_goals_are_reordered(service: CatalogueService, tree: Tree) -> None:
    service.structure.move_goal(tree.z2, 0)
    doc = snapshot(service)
    assert goal_codes_under(doc, tree.field, None) == ["BIL-Z2", "BIL-Z1"]
    assert [g["position"] for g in doc["goals"] if g["parent_id"] is None] == [0, 1]
    assert service.structure.add_goal(tree.field, "Neues Ziel").value.code == "BIL-Z3"


def test_deleting_a_middle_measure_does_not_reuse_its_number(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.delete_measure(tree.m11)
    assert service.structure.add_measure(tree.z1, "Neu").value.code == "BIL-M1.3"


def test_deleting_the_highest_measure_does_not_give_its_code_again(
        service: CatalogueService, tree: Tree) -> None:
    # Drafts and spreadsheets may still cite BIL-M1.2: a new measure gets BIL-M1.3.
    service.structure.delete_measure(tree.m12)
    new = service.structure.add_measure(tree.z1, "Neu").value
    assert new.code == "BIL-M1.3"
    codes = all_codes(snapshot(service))
    assert len(codes) == len(set(codes))


def test_undo_of_a_delete_works_after_new_measures_were_added(
        service: CatalogueService, tree: Tree) -> None:
    bundle = service.structure.delete_measure(tree.m12).value
    service.structure.add_measure(tree.z1, "Neu")
    service.structure.restore_bundle(bundle)
    doc = snapshot(service)
    assert find(doc, "measures", tree.m12)["code"] == "BIL-M1.2"
    assert sorted(measure_codes_under(doc, tree.z1)) == ["BIL-M1.1", "BIL-M1.2", "BIL-M1.3"]


def test_renumber_assigns_codes_by_order_and_returns_how_many_changed(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.move_goal(tree.z2, 0)
    service.structure.move_measure(tree.m12, tree.z1, 0)
    outcome = service.structure.renumber()
    doc = snapshot(service)
    assert find(doc, "goals", tree.z2)["code"] == "BIL-Z1"
    assert find(doc, "goals", tree.z1)["code"] == "BIL-Z2"
    assert find(doc, "goals", tree.z11)["code"] == "BIL-Z2.1"
    assert measure_codes_under(doc, tree.z1) == ["BIL-M2.1", "BIL-M2.2"]
    assert find(doc, "measures", tree.m12)["code"] == "BIL-M2.1"
    assert find(doc, "measures", tree.m111)["code"] == "BIL-M2.1.1"
    assert outcome.value == 6
    assert outcome.changes.updated["goal"] == {tree.z1, tree.z2, tree.z11}
    assert service.structure.renumber().value == 0
    codes = all_codes(snapshot(service))
    assert len(codes) == len(set(codes))


def test_renumber_records_old_and_new_code_in_history(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.move_goal(tree.z2, 0)
    service.structure.renumber()
    entry = next(h for h in service.history.entries("goal", tree.z2) if h.operation == "renumber")
    assert (entry.field, entry.old, entry.new) == ("code", "BIL-Z2", "BIL-Z1")


def test_renumber_of_one_field_leaves_the_others_alone(
        service: CatalogueService, tree: Tree) -> None:
    soz = field_id(service, "SOZ")
    s1 = service.structure.add_goal(soz, "A").value.id
    s2 = service.structure.add_goal(soz, "B").value.id
    service.structure.move_goal(s2, 0)
    service.structure.move_goal(tree.z2, 0)
    assert service.structure.renumber(soz).value == 2
    doc = snapshot(service)
    assert (find(doc, "goals", s2)["code"], find(doc, "goals", s1)["code"]) == ("SOZ-Z1",
                                                                                "SOZ-Z2")
    assert find(doc, "goals", tree.z2)["code"] == "BIL-Z2"
    refused("not_found", lambda: service.structure.renumber("00000000-0000-4000-8000-000000000000"))


def test_renumbering_one_field_is_refused_while_a_moved_out_measure_holds_its_code(
        service: CatalogueService, tree: Tree) -> None:
    # Current behaviour: BIL-M1.2 moved to a SOZ goal keeps its code, so renumbering only
    # BIL (which would give BIL-M1.2 to BIL-M1.3) is refused as a whole; renumbering all
    # fields works because the moved measure then becomes SOZ-M1.1.
    m13 = service.structure.add_measure(tree.z1, "Dritte").value.id
    soz_goal = service.structure.add_goal(field_id(service, "SOZ"), "Teilhabe").value.id
    service.structure.move_measure(tree.m12, soz_goal, 0)
    before = exported(service)
    refused("duplicate_code", lambda: service.structure.renumber(tree.field))
    assert exported(service) == before
    service.structure.renumber()
    doc = snapshot(service)
    assert (find(doc, "measures", m13)["code"], find(doc, "measures", tree.m12)["code"]) == (
        "BIL-M1.2", "SOZ-M1.1")


def test_changing_a_code_to_one_in_use_is_refused_as_duplicate(
        service: CatalogueService, tree: Tree) -> None:
    err = refused("duplicate_code", lambda: service.structure.update_measure(tree.m12,
                                                                             code="BIL-M1.1"))
    assert "BIL-M1.1" in err.message
    refused("duplicate_code", lambda: service.structure.update_goal(tree.z2, code="BIL-Z1"))
    refused("duplicate_code", lambda: service.structure.add_measure(tree.z2, "X", code="BIL-M1.1"))
    assert find(snapshot(service), "measures", tree.m12)["code"] == "BIL-M1.2"


def test_a_free_code_can_be_set_by_hand_and_a_malformed_one_is_refused(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.update_measure(tree.m12, code="BIL-M1.9")
    assert find(snapshot(service), "measures", tree.m12)["code"] == "BIL-M1.9"
    refused("bad_code", lambda: service.structure.update_measure(tree.m12, code="bil m1"),
            ValidationError)
    assert service.structure.add_measure(tree.z1, "Neu").value.code == "BIL-M1.10"


# --------------------------------------------------------------------------- history


def test_update_measure_writes_old_and_new_value_with_actor(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.update_measure(tree.m11, title="Kita-Lotsinnen stadtweit", cost_eur=1500)
    entries = {h.field: h for h in service.history.entries("measure", tree.m11)
               if h.operation == "update_measure"}
    title = entries["title"]
    assert (title.old, title.new) == ("Kita-Lotsinnen in allen Stadtbezirken",
                                      "Kita-Lotsinnen stadtweit")
    assert (title.actor, title.action, title.record_code) == ("Test", "update", "BIL-M1.1")
    assert (entries["cost_eur"].old, entries["cost_eur"].new) == (None, 1500.0)


def test_an_unchanged_value_writes_no_history(service: CatalogueService, tree: Tree) -> None:
    before = len(service.history.entries())
    outcome = service.structure.update_measure(tree.m11,
                                               title="Kita-Lotsinnen in allen Stadtbezirken")
    assert outcome.changes.empty
    assert len(service.history.entries()) == before


def test_create_move_and_delete_are_in_the_history(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.move_measure(tree.m12, tree.z2, 0)
    service.structure.delete_measure(tree.m12)
    actions = [(h.operation, h.action, h.field) for h in service.history.entries("measure",
                                                                                 tree.m12)]
    assert actions[-1] == ("add_measure", "create", None)
    assert ("move_measure", "update", "goal_id") in actions
    assert actions[0] == ("delete_measure", "delete", None)
    created = service.history.entries("measure", tree.m12)[-1]
    assert created.new["title"] == "Mehrsprachige Elternbriefe"


# --------------------------------------------------------------------------- validation


def test_end_before_start_is_refused_and_the_measure_stays_as_it_was(
        service: CatalogueService, tree: Tree) -> None:
    before = exported(service)
    err = refused("end_before_start",
                  lambda: service.structure.update_measure(tree.m11, start="2024-05",
                                                           end="2024-01"),
                  ValidationError)
    assert isinstance(err, ValidationError)
    assert (err.record, err.field) == ("BIL-M1.1", "end")
    assert "Maßnahme BIL-M1.1" in err.message and "liegt vor dem Beginn" in err.message
    assert exported(service) == before
    # the same month is fine ("2024-05" ends after "2024-05-01" begins)
    service.structure.update_measure(tree.m11, start="2024-05-01", end="2024-05")
    assert find(snapshot(service), "measures", tree.m11)["end"] == "2024-05"


def test_negative_cost_is_refused_naming_code_and_field_label(
        service: CatalogueService, tree: Tree) -> None:
    err = refused("negative", lambda: service.structure.update_measure(tree.m12, cost_eur=-5),
                  ValidationError)
    assert err.message == "Maßnahme BIL-M1.2: „Kosten (EUR)“ darf nicht negativ sein (-5)."
    assert find(snapshot(service), "measures", tree.m12)["cost_eur"] is None


def test_unknown_status_is_refused_listing_the_allowed_values(
        service: CatalogueService, tree: Tree) -> None:
    err = refused("bad_enum", lambda: service.structure.update_measure(tree.m11, status="fertig"),
                  ValidationError)
    assert "„Status“" in err.message and "fertig" in err.message and "agreed" in err.message
    assert find(snapshot(service), "measures", tree.m11)["status"] == "draft"


def test_empty_title_is_refused_as_required(service: CatalogueService, tree: Tree) -> None:
    err = refused("required", lambda: service.structure.update_measure(tree.m11, title="   "),
                  ValidationError)
    assert err.message == "Maßnahme BIL-M1.1: „Titel“ darf nicht leer sein."
    refused("required", lambda: service.structure.add_goal(tree.field, ""), ValidationError)
    assert len(snapshot(service)["goals"]) == 3


def test_malformed_values_are_refused_with_german_messages(
        service: CatalogueService, tree: Tree) -> None:
    err = refused("bad_date", lambda: service.structure.update_measure(tree.m11, start="Mai 2024"),
                  ValidationError)
    assert "„Beginn“" in err.message and "JJJJ-MM" in err.message
    refused("wrong_type", lambda: service.structure.update_measure(tree.m11, partners="AWO"),
            ValidationError)
    refused("bad_enum", lambda: service.structure.update_measure(tree.m11, priority=4),
            ValidationError)
    with pytest.raises(TypeError):
        service.structure.update_measure(tree.m11, goal_id=tree.z2)  # moving is move_measure's job
    assert find(snapshot(service), "measures", tree.m11)["goal_id"] == tree.z1


# --------------------------------------------------------------------------- action fields


def test_new_action_field_gets_a_code_from_its_name_and_goes_last(
        service: CatalogueService) -> None:
    outcome = service.structure.add_action_field("Gesundheit", description="Gesundheit und Pflege")
    assert outcome.value.code == "GES"
    doc = snapshot(service)
    assert [f["code"] for f in doc["action_fields"]][-1] == "GES"
    assert find(doc, "action_fields", outcome.value.id)["position"] == 7
    assert service.structure.add_action_field("Gesellschaft").value.code == "GES2"
    assert service.structure.add_action_field("Übergänge").value.code == "UEB"


def test_action_field_with_a_malformed_or_taken_code_is_refused(
        service: CatalogueService) -> None:
    refused("bad_code", lambda: service.structure.add_action_field("Gesundheit", code="ges"),
            ValidationError)
    refused("duplicate_code", lambda: service.structure.add_action_field("Bildung 2", code="BIL"))
    assert len(snapshot(service)["action_fields"]) == 7


def test_action_field_can_be_renamed(service: CatalogueService, bil: str) -> None:
    service.structure.update_action_field(bil, name="Bildung und Sprache")
    assert find(snapshot(service), "action_fields", bil)["name"] == "Bildung und Sprache"
    entry = service.history.entries("action_field", bil)[0]
    assert (entry.field, entry.old, entry.new) == ("name", "Bildung", "Bildung und Sprache")


def test_moving_an_action_field_renumbers_all_positions(service: CatalogueService) -> None:
    jug = field_id(service, "JUG")
    outcome = service.structure.move_action_field(jug, 1)
    assert outcome.changes.moved
    fields = snapshot(service)["action_fields"]
    assert [f["code"] for f in fields] == ["BIL", "JUG", "SOZ", "WIR", "STK", "DEM", "SVI"]
    assert [f["position"] for f in fields] == list(range(7))
    service.structure.move_action_field(jug, 99)  # past the end: last
    assert snapshot(service)["action_fields"][-1]["code"] == "JUG"


def test_an_empty_action_field_can_be_removed(service: CatalogueService) -> None:
    ges = service.structure.add_action_field("Gesundheit").value.id
    outcome = service.structure.remove_action_field(ges)
    assert outcome.changes.deleted == {"action_field": frozenset({ges})}
    assert ges not in ids(snapshot(service), "action_fields")


def test_an_action_field_with_goals_is_not_removed(
        service: CatalogueService, tree: Tree) -> None:
    err = refused("field_not_empty", lambda: service.structure.remove_action_field(tree.field),
                  ConflictError)
    assert err.message == ("Das Handlungsfeld BIL enthält noch Ziele (3) oder "
                           "Expert*innengruppen (0) und kann nicht entfernt werden.")
    assert tree.field in ids(snapshot(service), "action_fields")


def test_an_action_field_with_an_expert_group_is_not_removed(
        service: CatalogueService) -> None:
    ges = service.structure.add_action_field("Gesundheit").value.id
    service.people.add_group(ges, "AG Gesundheit")
    err = refused("field_not_empty", lambda: service.structure.remove_action_field(ges),
                  ConflictError)
    assert "Expert*innengruppen (1)" in err.message  # not "enthält noch 0 Ziele"
    assert ges in ids(snapshot(service), "action_fields")


# --------------------------------------------------------------------------- goals


def test_goal_moves_under_another_parent_of_the_same_field_and_keeps_its_code(
        service: CatalogueService, tree: Tree) -> None:
    outcome = service.structure.move_goal(tree.z11, 0, parent_id=tree.z2)
    assert outcome.changes.moved
    doc = snapshot(service)
    moved = find(doc, "goals", tree.z11)
    assert (moved["parent_id"], moved["code"], moved["position"]) == (tree.z2, "BIL-Z1.1", 0)
    # its measures go with it
    assert find(doc, "measures", tree.m111)["goal_id"] == tree.z11
    service.structure.move_goal(tree.z11, 5, parent_id=None)
    assert goal_codes_under(snapshot(service), tree.field, None) == ["BIL-Z1", "BIL-Z2",
                                                                     "BIL-Z1.1"]


def test_goal_cannot_go_below_itself_or_its_sub_goals(
        service: CatalogueService, tree: Tree) -> None:
    before = exported(service)
    err = refused("parent_cycle", lambda: service.structure.move_goal(tree.z1, 0,
                                                                      parent_id=tree.z11),
                  ValidationError)
    assert "BIL-Z1" in err.message
    refused("parent_cycle", lambda: service.structure.move_goal(tree.z1, 0, parent_id=tree.z1),
            ValidationError)
    assert exported(service) == before


def test_goal_cannot_go_below_a_goal_of_another_field(
        service: CatalogueService, tree: Tree) -> None:
    soz_goal = service.structure.add_goal(field_id(service, "SOZ"), "Teilhabe").value.id
    refused("parent_other_field", lambda: service.structure.move_goal(tree.z2, 0,
                                                                      parent_id=soz_goal),
            ValidationError)
    refused("parent_other_field",
            lambda: service.structure.add_goal(tree.field, "X",
                                               parent_id=soz_goal), ValidationError)
    assert find(snapshot(service), "goals", tree.z2)["parent_id"] is None


def test_delete_goal_removes_sub_goals_measures_and_indicators_into_a_bundle(
        service: CatalogueService, tree: Tree) -> None:
    ind = service.structure.add_indicator(tree.m111, "Anteil Kinder mit Kita-Platz",
                                          unit="%").value.id
    outcome = service.structure.delete_goal(tree.z1)
    bundle = outcome.value
    assert {g["id"] for g in bundle["goals"]} == {tree.z1, tree.z11}
    assert {m["id"] for m in bundle["measures"]} == {tree.m11, tree.m12, tree.m111}
    assert [i["id"] for i in bundle["indicators"]] == [ind]
    assert outcome.changes.deleted["goal"] == {tree.z1, tree.z11}
    assert outcome.changes.structural
    doc = snapshot(service)
    assert ids(doc, "goals") == {tree.z2}
    assert doc["measures"] == [] and doc["indicators"] == []


def test_restore_bundle_puts_a_deleted_goal_back_with_ids_codes_and_places(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.add_indicator(tree.m111, "Anteil Kinder mit Kita-Platz", baseline=61.5,
                          baseline_year=2023, target=75, target_year=2028)
    before = exported(service)
    bundle = service.structure.delete_goal(tree.z1).value
    outcome = service.structure.restore_bundle(bundle)
    assert outcome.changes.created["goal"] == {tree.z1, tree.z11}
    assert exported(service) == before
    # and the restored goal keeps numbering after its highest measure
    assert service.structure.add_measure(tree.z1, "Neu").value.code == "BIL-M1.3"


def test_a_goal_or_measure_that_was_voted_on_is_not_deleted(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    s.votes.open_vote(w.session, "Ziel so beschließen?", subject_type="goal", subject_id=w.goal)
    other = s.structure.add_goal(w.field, "Anderes Ziel").value.id
    in_dots = s.structure.add_measure(other, "Sprachcafé").value.id
    s.votes.open_vote(w.session, "Was zuerst?", "dots", options=["Sprachcafé"],
                option_subjects=[("measure", in_dots)])
    before = exported(s)
    err = refused("subject_has_votes", lambda: s.structure.delete_goal(w.goal), ConflictError)
    assert "Ziel so beschließen?" in err.message and "abgelehnt" in err.message
    refused("subject_has_votes", lambda: s.structure.delete_measure(in_dots), ConflictError)
    refused("subject_has_votes", lambda: s.structure.delete_goal(other), ConflictError)
    assert exported(s) == before
    s.structure.delete_measure(w.measure)  # the vote is on its goal, not on the measure
    assert w.measure not in ids(snapshot(s), "measures")


# --------------------------------------------------------------------------- measures


def test_add_measure_stores_every_field(service: CatalogueService, tree: Tree) -> None:
    outcome = service.structure.add_measure(
        tree.z2, "Ausbildungspatenschaften für Geflüchtete",
        description="Ehrenamtliche begleiten junge Geflüchtete in die Ausbildung.",
        lead="Fachbereich Jugend und Familie",
        partners=["Handwerkskammer", "IHK Hannover", "Jobcenter"],
        target_groups=["junge Geflüchtete", "Ausbildungsbetriebe"],
        start="2025-01", end="2026-12-31", kind="time_limited", cost_eur=1234.56,
        funding="Landesprogramm", status="in_discussion", priority=1, origin="survey",
        steering_decision="revise", steering_note="Kosten genauer begründen")
    m = find(snapshot(service), "measures", outcome.value.id)
    assert m == {
        "id": outcome.value.id, "goal_id": tree.z2, "code": "BIL-M2.1",
        "title": "Ausbildungspatenschaften für Geflüchtete",
        "description": "Ehrenamtliche begleiten junge Geflüchtete in die Ausbildung.",
        "lead": "Fachbereich Jugend und Familie",
        "partners": ["Handwerkskammer", "IHK Hannover", "Jobcenter"],
        "target_groups": ["junge Geflüchtete", "Ausbildungsbetriebe"],
        "start": "2025-01", "end": "2026-12-31", "kind": "time_limited", "cost_eur": 1234.56,
        "funding": "Landesprogramm", "status": "in_discussion", "priority": 1,
        "origin": "survey", "steering_decision": "revise",
        "steering_note": "Kosten genauer begründen", "position": 0,
        "implementation": None,  # no state before the plan is adopted
    }
    assert outcome.value.partners == ("Handwerkskammer", "IHK Hannover", "Jobcenter")


def test_duplicate_measure_copies_indicators_below_the_original_with_a_new_code(
        service: CatalogueService, tree: Tree) -> None:
    service.structure.update_measure(tree.m11, steering_decision="approved", status="agreed",
                           partners=["AWO"])
    service.structure.add_indicator(tree.m11, "Zahl der Lotsinnen", unit="Personen", target=20)
    service.structure.add_indicator(tree.m11, "Erreichte Familien", unit="Familien")
    copy = service.structure.duplicate_measure(tree.m11).value
    doc = snapshot(service)
    stored = find(doc, "measures", copy.id)
    assert stored["code"] == "BIL-M1.3"
    assert stored["title"] == "Kita-Lotsinnen in allen Stadtbezirken (Kopie)"
    assert (stored["status"], stored["steering_decision"]) == ("draft", None)
    assert stored["partners"] == ["AWO"]
    assert measure_codes_under(doc, tree.z1) == ["BIL-M1.1", "BIL-M1.3", "BIL-M1.2"]
    assert copy.position == stored["position"]
    copied = [(i["name"], i["unit"], i["target"]) for i in doc["indicators"]
              if i["measure_id"] == copy.id]
    assert copied == [("Zahl der Lotsinnen", "Personen", 20.0),
                      ("Erreichte Familien", "Familien", None)]
    assert len([i for i in doc["indicators"] if i["measure_id"] == tree.m11]) == 2


def test_duplicate_lands_right_below_the_original_even_after_deletions(
        service: CatalogueService, tree: Tree) -> None:
    m13 = service.structure.add_measure(tree.z1, "Dritte").value.id
    m14 = service.structure.add_measure(tree.z1, "Vierte").value.id
    service.structure.delete_measure(tree.m11)  # positions are now 1, 2, 3
    copy = service.structure.duplicate_measure(m13).value
    doc = snapshot(service)
    order = [m["id"] for m in sorted((m for m in doc["measures"] if m["goal_id"] == tree.z1),
                                     key=lambda m: m["position"])]
    assert order == [tree.m12, m13, copy.id, m14]
    assert copy.position == find(doc, "measures", copy.id)["position"]


def test_move_measure_to_the_top_of_another_goal(service: CatalogueService, tree: Tree) -> None:
    other = service.structure.add_measure(tree.z2, "Berufsorientierung").value.id
    outcome = service.structure.move_measure(tree.m12, tree.z2, 0)
    assert outcome.changes.moved and not outcome.changes.created
    doc = snapshot(service)
    assert measure_codes_under(doc, tree.z2) == ["BIL-M1.2", "BIL-M2.1"]
    assert [m["position"] for m in doc["measures"] if m["goal_id"] == tree.z2] == [0, 1]
    assert measure_codes_under(doc, tree.z1) == ["BIL-M1.1"]
    assert find(doc, "measures", other)["position"] == 1
    refused("not_found", lambda: service.structure.move_measure(
        tree.m11, "00000000-0000-4000-8000-000000000000", 0))


def test_delete_measure_and_restore_brings_back_everything_on_it(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    m2 = s.structure.add_measure(w.goal, "Sprachcafé").value.id
    s.structure.add_indicator(w.measure, "Zahl der Lotsinnen")
    p1 = s.negotiation.add_position("measure", w.measure, "Lotsinnen fest anstellen",
                        side="external", session_id=w.session).value.id
    p2 = s.negotiation.add_position("measure", w.measure, "Erst Modellprojekt",
                        person_id=w.admins[0]).value.id
    comp = s.negotiation.add_compromise("measure", w.measure,
                                        "Modellprojekt mit Verstetigungszusage",
                            position_ids=[p1, p2], session_id=w.session).value.id
    s.negotiation.add_dissent(comp, "Verstetigung muss sofort kommen", label="MSO-Netzwerk")
    s.review.add_review_comment("measure", w.measure, "Kosten fehlen", author="Dezernat III")
    s.review.add_review_comment("compromise", comp, "Formulierung prüfen")
    s.meetings.add_agenda_item(w.session, "Kita-Lotsinnen beraten", 30, "measure", w.measure)
    before = exported(s)

    outcome = s.structure.delete_measure(w.measure)
    doc = snapshot(s)
    assert ids(doc, "measures") == {m2}
    assert doc["positions"] == [] and doc["compromises"] == [] and doc["indicators"] == []
    assert doc["review_comments"] == []
    agenda = find(doc, "sessions", w.session)["agenda"]
    assert (agenda[0]["subject_type"], agenda[0]["subject_id"]) == (None, None)
    assert outcome.changes.deleted["position"] == {p1, p2}

    s.structure.restore_bundle(outcome.value)
    assert exported(s) == before
    restored = find(snapshot(s), "compromises", comp)
    assert restored["position_ids"] == [p1, p2]
    assert restored["dissents"] == [{"person_id": None, "label": "MSO-Netzwerk",
                                     "text": "Verstetigung muss sofort kommen"}]


def test_a_measure_whose_compromise_was_voted_on_is_not_deleted(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    comp = s.negotiation.add_compromise("measure", w.measure, "Modellprojekt").value.id
    s.votes.open_vote(w.session, "Kompromiss annehmen?", subject_type="compromise", subject_id=comp)
    before = exported(s)
    refused("subject_has_votes", lambda: s.structure.delete_measure(w.measure), ConflictError)
    assert exported(s) == before


def test_deleting_a_measure_unlinks_agenda_items_about_its_compromises_until_restored(
        workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    comp = s.negotiation.add_compromise("measure", w.measure, "Modellprojekt").value.id
    s.meetings.add_agenda_item(w.session, "Kompromiss beraten", subject_type="compromise",
                      subject_id=comp)
    before = exported(s)
    bundle = s.structure.delete_measure(w.measure).value
    item = find(snapshot(s), "sessions", w.session)["agenda"][0]
    assert item["subject_id"] is None
    # what is left is a valid catalogue: it can be exported and imported again
    interchange.plan_import(exported(s) | {"exported_at": "2024-01-01T00:00:00"}, None)
    s.structure.restore_bundle(bundle)
    assert exported(s) == before


def test_a_position_held_by_another_compromise_blocks_deleting_its_measure(
        service: CatalogueService, tree: Tree) -> None:
    pos = service.negotiation.add_position("measure", tree.m11, "Nur mit Landesmitteln",
                               label="Kämmerei").value.id
    service.negotiation.add_compromise("goal", tree.z1, "Finanzierung klären", position_ids=[pos])
    before = exported(service)
    refused("subject_in_use", lambda: service.structure.delete_measure(tree.m11), ConflictError)
    assert exported(service) == before


def test_indicators_are_added_updated_and_removed(service: CatalogueService, tree: Tree) -> None:
    ind = service.structure.add_indicator(tree.m11, "Zahl der Lotsinnen").value.id
    refused("end_before_start", lambda: service.structure.update_indicator(
        ind, baseline_year=2024, target_year=2020), ValidationError)
    service.structure.update_indicator(ind, baseline=4, baseline_year=2023, target=20,
                                       target_year=2027)
    stored = find(snapshot(service), "indicators", ind)
    assert (stored["baseline"], stored["target"], stored["target_year"]) == (4.0, 20.0, 2027)
    outcome = service.structure.remove_indicator(ind)
    assert outcome.changes.updated["measure"] == {tree.m11}
    assert snapshot(service)["indicators"] == []


# --------------------------------------------------------------------------- people, groups


def test_set_member_adds_changes_and_removes_a_membership(
        service: CatalogueService, bil: str) -> None:
    group = service.people.add_group(bil, "Expert*innengruppe Bildung").value.id
    person = service.people.add_person("Mariam Haddad", "external", "MSO-Netzwerk").value.id

    def members() -> list[dict[str, Any]]:
        return find(snapshot(service), "groups", group)["members"]

    service.people.set_member(group, person, "member")
    assert members() == [{"person_id": person, "role": "member"}]
    service.people.set_member(group, person, "minutes")
    assert members() == [{"person_id": person, "role": "minutes"}]
    service.people.set_member(group, person, None)
    assert members() == []
    fields = [(h.field, h.old, h.new) for h in service.history.entries("group", group)[:3]]
    assert fields == [(f"member:{person}", "minutes", None),
                      (f"member:{person}", "member", "minutes"),
                      (f"member:{person}", None, "member")]
    refused("bad_enum", lambda: service.people.set_member(group, person, "chef"), ValidationError)
    assert members() == []


def test_a_person_in_a_group_is_not_removed(service: CatalogueService, bil: str) -> None:
    group = service.people.add_group(bil, "AG").value.id
    person = service.people.add_person("Jonas Weber", "administration").value.id
    service.people.set_member(group, person, "member")
    err = refused("person_in_use", lambda: service.people.remove_person(person), ConflictError)
    assert "Jonas Weber" in err.message
    assert person in ids(snapshot(service), "people")
    service.people.set_member(group, person, None)
    service.people.remove_person(person)
    assert person not in ids(snapshot(service), "people")


def test_a_group_with_sessions_is_not_removed_but_an_unused_one_is(
        service: CatalogueService, bil: str) -> None:
    used = service.people.add_group(bil, "AG mit Sitzung").value.id
    service.meetings.add_meeting(used, "1. Sitzung", "2024-03-01T17:00")
    refused("group_in_use", lambda: service.people.remove_group(used), ConflictError)
    unused = service.people.add_group(bil, "AG ohne Sitzung").value.id
    person = service.people.add_person("Klaus Richter", "administration").value.id
    service.people.set_member(unused, person, "member")
    service.people.remove_group(unused)
    assert ids(snapshot(service), "groups") == {used}
    service.people.remove_person(person)  # the membership went with the group


def test_person_side_is_validated(service: CatalogueService) -> None:
    refused("bad_enum", lambda: service.people.add_person("X", "neutral"), ValidationError)
    person = service.people.add_person("X", "external").value.id
    service.people.update_person(person, side="administration", organisation="FB Schule")
    stored = find(snapshot(service), "people", person)
    assert (stored["side"], stored["organisation"]) == ("administration", "FB Schule")


# --------------------------------------------------------------------------- sessions


def test_a_new_session_lists_every_group_member_as_absent(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    meeting = s.meetings.add_meeting(w.group, "4. Sitzung", "2024-06-11T17:00", location="Rathaus")
    attendance = find(snapshot(s), "sessions", meeting.value.id)["attendance"]
    assert [a["person_id"] for a in attendance] == [*w.admins, *w.externals, w.facilitator]
    assert not any(a["present"] for a in attendance)
    assert meeting.value.status == "planned"


def test_set_attendance_marks_present_and_absent(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    s.meetings.set_attendance(w.session, w.admins[0], False)
    s.meetings.set_attendance(w.session, w.outsider, True)  # a guest who is not in the group
    attendance = {a.person_id: a.present for a in s.meetings.get_meeting(w.session).attendance}
    assert attendance[w.admins[0]] is False
    assert attendance[w.admins[1]] is True
    assert attendance[w.outsider] is True
    entry = s.history.entries("session", w.session)[1]
    assert (entry.field, entry.old, entry.new) == (f"attendance:{w.admins[0]}", True, False)


def test_a_closed_session_accepts_only_its_notes(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    s.meetings.add_agenda_item(w.session, "Begrüßung", 10)
    closed = s.meetings.close_meeting(w.session, ends_at="2024-05-14T19:30").value
    assert (closed.status, closed.ends_at) == ("closed", "2024-05-14T19:30")
    item = closed.agenda[0].id
    before = exported(s)
    for action in (
        lambda: s.meetings.update_meeting(w.session, title="Andere"),
        lambda: s.meetings.set_attendance(w.session, w.admins[0], False),
        lambda: s.meetings.add_agenda_item(w.session, "Nachtrag"),
        lambda: s.meetings.update_agenda_item(w.session, item, minutes=5),
        lambda: s.meetings.remove_agenda_item(w.session, item),
        lambda: s.votes.open_vote(w.session, "Noch eine Frage?"),
        lambda: s.negotiation.add_position("measure", w.measure, "Spät", label="X",
                                           session_id=w.session),
        lambda: s.meetings.close_meeting(w.session),
    ):
        refused("session_closed", action, ConflictError)
    assert exported(s) == before
    s.meetings.update_meeting(w.session, notes="Protokoll folgt.")
    assert find(snapshot(s), "sessions", w.session)["notes"] == "Protokoll folgt."


def test_session_end_before_start_is_refused(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    refused("end_before_start",
            lambda: s.meetings.update_meeting(w.session,
                                              ends_at="2024-05-14T16:00"), ValidationError)
    refused("bad_date", lambda: s.meetings.add_meeting(w.group, "X", "14.05.2024"), ValidationError)
    assert find(snapshot(s), "sessions", w.session)["ends_at"] is None


def test_a_session_with_an_open_vote_is_not_closed(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Kita-Lotsinnen empfehlen?").value.vote.id
    refused("session_has_open_votes", lambda: s.meetings.close_meeting(w.session), ConflictError)
    assert s.meetings.get_meeting(w.session).status == "running"
    s.votes.close_vote(vote)
    assert s.meetings.close_meeting(w.session).value.status == "closed"
    assert s.meetings.get_meeting(w.session).ends_at is not None


def test_agenda_items_are_added_moved_removed_and_copied(workshop: Workshop) -> None:
    s, w = workshop.service, workshop

    def titles(session: str) -> list[str]:
        return [a.title for a in s.meetings.get_meeting(session).agenda]

    s.meetings.add_agenda_item(w.session, "Begrüßung", 10)
    s.meetings.add_agenda_item(w.session, "Kita-Lotsinnen", 45, "measure", w.measure)
    s.meetings.add_agenda_item(w.session, "Verschiedenes", 15)
    s.meetings.add_agenda_item(w.session, "Protokoll genehmigen", 5, index=1)
    assert titles(w.session) == ["Begrüßung", "Protokoll genehmigen", "Kita-Lotsinnen",
                                 "Verschiedenes"]
    agenda = s.meetings.get_meeting(w.session).agenda
    assert [a.position for a in agenda] == [0, 1, 2, 3]
    s.meetings.move_agenda_item(w.session, agenda[3].id, 0)
    assert titles(w.session) == ["Verschiedenes", "Begrüßung", "Protokoll genehmigen",
                                 "Kita-Lotsinnen"]
    s.meetings.update_agenda_item(w.session, agenda[0].id, minutes=20)
    s.meetings.remove_agenda_item(w.session, agenda[1].id)
    assert titles(w.session) == ["Verschiedenes", "Begrüßung", "Kita-Lotsinnen"]
    refused("dangling", lambda: s.meetings.add_agenda_item(
        w.session, "X", subject_type="measure",
        subject_id="00000000-0000-4000-8000-000000000000"), ValidationError)

    nxt = s.meetings.add_meeting(w.group, "4. Sitzung", "2024-06-11T17:00").value.id
    s.meetings.add_agenda_item(nxt, "Begrüßung neu", 5)
    s.meetings.copy_agenda(w.session, nxt)
    copied = s.meetings.get_meeting(nxt).agenda
    assert [a.title for a in copied] == ["Begrüßung neu", "Verschiedenes", "Begrüßung",
                                         "Kita-Lotsinnen"]
    assert [a.position for a in copied] == [0, 1, 2, 3]
    assert (copied[3].subject_id, copied[1].minutes) == (w.measure, 15)
    assert not {a.id for a in copied} & {a.id for a in s.meetings.get_meeting(w.session).agenda}
    # an item of another session is not found through this one
    refused("not_found", lambda: s.meetings.remove_agenda_item(w.session, copied[0].id))


# --------------------------------------------------------------------------- votes


def test_yes_no_vote_with_parity_counts_per_person_and_per_side(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    state = s.votes.open_vote(w.session, "Kita-Lotsinnen in den Entwurf aufnehmen?",
                        rule={"majority": "simple", "parity": True},
                        subject_type="measure", subject_id=w.measure).value
    vote = state.vote.id
    assert {v.person_id for v in state.voters} == set(w.voters)
    assert state.vote.result["yes"] == 0

    def cast(person: str, choice: str) -> dict[str, Any]:
        return s.votes.cast_ballot(vote, person, choice=choice).value.vote.result

    a, e = w.admins, w.externals
    result = cast(a[0], "yes")
    assert (result["yes"], result["passed"]) == (1, False)  # external side has no majority
    assert result["by_side"]["administration"]["passed"] is True
    result = cast(e[0], "yes")
    assert (result["yes"], result["passed"]) == (2, True)
    for person, choice in ((a[1], "yes"), (a[2], "yes"), (a[3], "no"),
                           (e[1], "no"), (e[2], "no"), (e[3], "abstain")):
        result = cast(person, choice)
    assert (result["yes"], result["no"], result["abstain"]) == (4, 3, 1)
    assert result["by_side"]["external"] == {"yes": 1, "no": 2, "abstain": 1, "passed": False}
    assert result["passed"] is False  # overall 4:3, but not among the external members

    result = cast(e[1], "yes")  # correction: replaces the earlier ballot
    assert (result["yes"], result["no"], result["passed"]) == (5, 2, True)
    stored = find(snapshot(s), "votes", vote)
    assert len(stored["ballots"]) == 8
    assert {"person_id": e[1], "choice": "yes"} in stored["ballots"]
    assert stored["result"] == result
    assert s.votes.get_vote(vote).vote.result == result
    entry = s.history.entries("vote", vote)[0]
    assert (entry.field, entry.old, entry.new) == (
        "ballots", {"person_id": e[1], "choice": "no"}, {"person_id": e[1], "choice": "yes"})


def test_only_present_members_vote_not_the_facilitator(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Empfehlen?").value.vote.id
    err = refused("not_a_voter", lambda: s.votes.cast_ballot(vote, w.facilitator, choice="yes"),
                  VoteRuleError)
    assert "Lena Brandt (Moderation)" in err.message
    refused("not_a_voter", lambda: s.votes.cast_ballot(vote, w.outsider, choice="yes"),
            VoteRuleError)
    s.meetings.set_attendance(w.session, w.externals[3], False)
    refused("not_a_voter", lambda: s.votes.cast_ballot(vote, w.externals[3], choice="yes"),
            VoteRuleError)
    refused("bad_choice", lambda: s.votes.cast_ballot(vote, w.admins[0], choice="vielleicht"),
            VoteRuleError)
    assert s.votes.get_vote(vote).vote.ballots == ()
    assert len(s.votes.get_vote(vote).voters) == 7


def test_a_closed_vote_is_frozen(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Empfehlen?").value.vote.id
    for person in w.voters[:5]:
        s.votes.cast_ballot(vote, person, choice="yes")
    closed = s.votes.close_vote(vote).value.vote
    assert closed.status == "closed" and closed.closed_at is not None
    assert closed.result["yes"] == 5
    before = exported(s)
    refused("vote_closed", lambda: s.votes.cast_ballot(vote, w.admins[0], choice="no"),
            ConflictError)
    refused("vote_closed", lambda: s.votes.cast_ballot(vote, w.externals[3], choice="yes"),
            ConflictError)
    refused("vote_closed", lambda: s.votes.remove_ballot(vote, w.admins[0]), ConflictError)
    refused("vote_closed", lambda: s.votes.set_counts(vote, None), ConflictError)
    refused("vote_closed", lambda: s.votes.close_vote(vote), ConflictError)
    assert exported(s) == before


def test_attendance_change_that_would_alter_a_closed_vote_is_refused(
        workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Empfehlen?", rule={"majority": "absolute"}).value.vote.id
    for person in w.admins:
        s.votes.cast_ballot(vote, person, choice="yes")
    s.votes.cast_ballot(vote, w.externals[0], choice="no")
    assert s.votes.close_vote(vote).value.vote.result["passed"] is False  # 4 yes of 8 present
    before = exported(s)
    err = refused("closed_vote_affected",
                  lambda: s.meetings.set_attendance(w.session, w.admins[0], False), ConflictError)
    assert "Empfehlen?" in err.message
    # a present member who did not vote counts for the absolute majority (4 of 7 passes)
    refused("closed_vote_affected",
            lambda: s.meetings.set_attendance(w.session, w.externals[3], False), ConflictError)
    refused("closed_vote_affected",
            lambda: s.people.set_member(w.group, w.externals[3], "guest"), ConflictError)
    refused("closed_vote_affected",
            lambda: s.people.update_person(w.admins[0], side="external"), ConflictError)
    assert exported(s) == before
    present = {a.person_id: a.present for a in s.meetings.get_meeting(w.session).attendance}
    assert present[w.admins[0]] is True
    # the facilitator is no voter: marking them absent changes no result
    s.meetings.set_attendance(w.session, w.facilitator, False)
    assert s.votes.get_vote(vote).vote.result["yes"] == 4


def test_a_voter_with_a_ballot_in_an_open_vote_cannot_be_marked_absent(
        workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Empfehlen?").value.vote.id
    s.votes.cast_ballot(vote, w.admins[0], choice="yes")
    refused("voter_has_ballot", lambda: s.meetings.set_attendance(w.session, w.admins[0], False),
            ConflictError)
    refused("voter_has_ballot", lambda: s.people.set_member(w.group, w.admins[0], None),
            ConflictError)
    s.votes.remove_ballot(vote, w.admins[0])
    s.meetings.set_attendance(w.session, w.admins[0], False)
    assert len(s.votes.get_vote(vote).voters) == 7


def test_a_ballot_reads_the_voters_once_and_returns_what_get_vote_reads(
        workshop: Workshop, monkeypatch: pytest.MonkeyPatch) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Empfehlen?").value.vote.id
    s.votes.cast_ballot(vote, w.admins[0], choice="yes")
    reads: list[str] = []
    real = type(s.votes)._voters

    def counted(manager: Any, unit: Any, meeting_id: str) -> Any:
        reads.append(meeting_id)
        return real(manager, unit, meeting_id)

    monkeypatch.setattr(type(s.votes), "_voters", counted)
    state = s.votes.cast_ballot(vote, w.externals[0], choice="no").value
    assert reads == [w.session]  # a click in the room: check, result and state share it
    assert state == s.votes.get_vote(vote)
    assert len(state.vote.ballots) == 2 and len(state.voters) == 8


def test_counts_instead_of_ballots(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    vote = s.votes.open_vote(w.session, "Per Handzeichen?",
                       rule={"majority": "two_thirds", "parity": True}).value.vote.id
    counts = {"administration": {"yes": 3, "no": 1, "abstain": 0},
              "external": {"yes": 3, "no": 0, "abstain": 1}}
    result = s.votes.set_counts(vote, counts).value.vote.result
    assert (result["yes"], result["no"], result["passed"]) == (6, 1, True)
    assert find(snapshot(s), "votes", vote)["counts"] == counts
    refused("ballots_and_counts", lambda: s.votes.cast_ballot(vote, w.admins[0], choice="yes"),
            ValidationError)
    refused("counts_exceed_voters", lambda: s.votes.set_counts(vote, {
        "administration": {"yes": 5, "no": 0, "abstain": 0}}), VoteRuleError)
    assert find(snapshot(s), "votes", vote)["counts"] == counts
    s.votes.set_counts(vote, None)
    s.votes.cast_ballot(vote, w.admins[0], choice="yes")
    refused("ballots_and_counts", lambda: s.votes.set_counts(vote, counts), ValidationError)
    stored = find(snapshot(s), "votes", vote)
    assert (stored["counts"], len(stored["ballots"])) == (None, 1)


def test_dots_vote_enforces_the_limits_and_zero_points_take_a_dot_back(
        workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    state = s.votes.open_vote(w.session, "Welche Maßnahmen zuerst?", "dots",
                        rule={"dots_per_person": 3, "max_per_option": 2},
                        options=["Kita-Lotsinnen", "Sprachcafé", "Elternbriefe"],
                        option_subjects=[("measure", w.measure)]).value
    vote = state.vote.id
    o1, o2, o3 = (o.id for o in state.vote.options)
    assert state.vote.options[0].subject_id == w.measure
    a0, a1 = w.admins[0], w.admins[1]
    s.votes.cast_ballot(vote, a0, option_id=o1, points=2)
    refused("too_many_on_option", lambda: s.votes.cast_ballot(vote, a0, option_id=o2, points=3),
            VoteRuleError)
    err = refused("too_many_dots", lambda: s.votes.cast_ballot(vote, a0, option_id=o2, points=2),
                  VoteRuleError)
    assert "höchstens 3" in err.message
    s.votes.cast_ballot(vote, a0, option_id=o2, points=1)
    s.votes.cast_ballot(vote, a0, option_id=o1, points=1)  # correction on o1: 2 -> 1
    s.votes.cast_ballot(vote, a0, option_id=o3, points=1)
    s.votes.cast_ballot(vote, a1, option_id=o2, points=2)
    result = s.votes.get_vote(vote).vote.result
    assert [(r["option_id"], r["points"], r["rank"]) for r in result["ranking"]] == [
        (o2, 3, 1), (o1, 1, 2), (o3, 1, 2)]
    result = s.votes.cast_ballot(vote, a0, option_id=o1, points=0).value.vote.result
    assert [(r["option_id"], r["points"]) for r in result["ranking"]] == [
        (o2, 3), (o3, 1), (o1, 0)]
    ballots = find(snapshot(s), "votes", vote)["ballots"]
    assert {(b["person_id"], b["option_id"], b["points"]) for b in ballots} == {
        (a0, o2, 1), (a0, o3, 1), (a1, o2, 2)}
    refused("unknown_option", lambda: s.votes.cast_ballot(
        vote, a1, option_id="00000000-0000-4000-8000-000000000000", points=1), VoteRuleError)
    refused("no_options", lambda: s.votes.open_vote(w.session, "Ohne Optionen", "dots"),
            ValidationError)


def test_consent_vote_ranks_by_lowest_resistance_with_acceptance(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    state = s.votes.open_vote(w.session, "Welche Variante?", "consent",
                        options=["Modellprojekt", "Sofort verstetigen"]).value
    vote = state.vote.id
    a, b = (o.id for o in state.vote.options)
    s.votes.cast_ballot(vote, w.admins[0], option_id=a, resistance=2)
    s.votes.cast_ballot(vote, w.admins[0], option_id=b, resistance=9)
    s.votes.cast_ballot(vote, w.externals[0], option_id=a, resistance=4)
    s.votes.cast_ballot(vote, w.externals[0], option_id=b, resistance=5)
    s.votes.cast_ballot(vote, w.admins[0], option_id=b, resistance=7)  # correction
    refused("resistance_range",
            lambda: s.votes.cast_ballot(vote, w.admins[1], option_id=a,
                                        resistance=11), VoteRuleError)
    s.votes.close_vote(vote)
    ranking = find(snapshot(s), "votes", vote)["result"]["ranking"]
    assert ranking == [
        {"option_id": a, "total": 6, "mean": 3.0, "acceptance": 0.7, "rank": 1},
        {"option_id": b, "total": 12, "mean": 6.0, "acceptance": 0.4, "rank": 2},
    ]


def test_score_poll_stores_ballots_per_option_and_freezes_on_close(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    s.people.set_group_vote_defaults(w.group, "score", {"scale_min": 1, "scale_max": 4})
    state = s.votes.open_vote(w.session, "Wie wichtig?", "score",
                              options=["Kita-Lotsinnen", "Sprachcafé", "Elternbriefe"]).value
    assert state.vote.rule == {"scale_min": 1, "scale_max": 4}  # the group's default
    vote = state.vote.id
    a, b, c = (o.id for o in state.vote.options)
    s.votes.cast_ballot(vote, w.admins[0], option_id=a, score=4)
    s.votes.cast_ballot(vote, w.externals[0], option_id=a, score=2)
    s.votes.cast_ballot(vote, w.externals[0], option_id=b, score=1)
    s.votes.cast_ballot(vote, w.externals[0], option_id=b, score=3)  # correction
    err = refused("score_range", lambda: s.votes.cast_ballot(
        vote, w.admins[1], option_id=a, score=0), VoteRuleError)
    assert "Petra" not in err.message and "Jonas Weber" in err.message
    s.votes.close_vote(vote)
    stored = find(snapshot(s), "votes", vote)
    assert sorted((x["person_id"], x["option_id"], x["score"]) for x in stored["ballots"]) == \
        sorted([(w.admins[0], a, 4), (w.externals[0], a, 2), (w.externals[0], b, 3)])
    assert stored["result"]["ranking"] == [
        {"option_id": a, "total": 6, "raters": 2, "mean": 3.0, "rank": 1},
        {"option_id": b, "total": 3, "raters": 1, "mean": 3.0, "rank": 1},
        {"option_id": c, "total": 0, "raters": 0, "mean": None, "rank": 3},
    ]
    before = exported(s)
    refused("vote_closed", lambda: s.votes.cast_ballot(vote, w.admins[1], option_id=c,
                                                       score=2), ConflictError)
    s.votes.annotate_vote(vote, "nach Sitzung bestätigt")
    after = exported(s)
    assert find(after, "votes", vote)["annotation"] == "nach Sitzung bestätigt"
    assert find(after, "votes", vote)["ballots"] == find(before, "votes", vote)["ballots"]


def test_ranked_poll_keeps_one_ranking_per_voter(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    state = s.votes.open_vote(w.session, "Reihenfolge?", "ranked", rule={"max_ranks": 2},
                              options=["Kita-Lotsinnen", "Sprachcafé", "Elternbriefe"]).value
    vote = state.vote.id
    a, b, c = (o.id for o in state.vote.options)
    s.votes.cast_ballot(vote, w.admins[0], ranking=[a, b])
    s.votes.cast_ballot(vote, w.externals[0], ranking=[c])
    s.votes.cast_ballot(vote, w.externals[0], ranking=[b, c])  # correction replaces it
    refused("ranking_repeat", lambda: s.votes.cast_ballot(vote, w.admins[1], ranking=[a, a]),
            VoteRuleError)
    refused("ranking_too_long", lambda: s.votes.cast_ballot(
        vote, w.admins[1], ranking=[a, b, c]), VoteRuleError)
    refused("not_a_voter", lambda: s.votes.cast_ballot(vote, w.outsider, ranking=[a]),
            VoteRuleError)
    result = s.votes.get_vote(vote).vote.result
    assert [(r["option_id"], r["points"], r["first"], r["rank"]) for r in result["ranking"]] \
        == [(b, 3, 1, 1), (a, 2, 1, 2), (c, 1, 0, 3)]
    stored = find(snapshot(s), "votes", vote)["ballots"]
    assert stored == [{"person_id": w.admins[0], "ranking": [a, b]},
                      {"person_id": w.externals[0], "ranking": [b, c]}]
    result = s.votes.remove_ballot(vote, w.externals[0]).value.vote.result
    assert [(r["option_id"], r["points"]) for r in result["ranking"]] == [(a, 2), (b, 1), (c, 0)]
    latest = next(h for h in s.history.entries("vote", vote) if h.field == "ballots")
    assert latest.old == {"person_id": w.externals[0], "ranking": [b, c]} and latest.new is None


def test_poll_totals_instead_of_ballots(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    state = s.votes.open_vote(w.session, "Per Karten?", "ranked",
                              options=["Kita-Lotsinnen", "Sprachcafé"]).value
    vote = state.vote.id
    a, b = (o.id for o in state.vote.options)
    counts = {a: {"points": 11, "first": 3}, b: {"points": 13, "first": 5}}
    result = s.votes.set_counts(vote, counts).value.vote.result
    assert [(r["option_id"], r["rank"]) for r in result["ranking"]] == [(b, 1), (a, 2)]
    refused("counts_exceed_voters", lambda: s.votes.set_counts(
        vote, {a: {"points": 10, "first": 5}, b: {"points": 13, "first": 5}}), VoteRuleError)
    refused("ballots_and_counts", lambda: s.votes.cast_ballot(vote, w.admins[0], ranking=[a]),
            ValidationError)
    score_vote = s.votes.open_vote(w.session, "Bewertung per Karten", "score",
                                   options=["A"]).value.vote
    s.votes.set_counts(score_vote.id, {score_vote.options[0].id: {"total": 17, "raters": 4}})
    stored = find(snapshot(s), "votes", score_vote.id)
    assert stored["result"]["ranking"][0]["mean"] == 4.25
    refused("no_options", lambda: s.votes.open_vote(w.session, "Ohne", "ranked"),
            ValidationError)


def test_unknown_vote_rule_is_refused(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    refused("bad_rule", lambda: s.votes.open_vote(w.session, "X", rule={"paritaet": True}),
            VoteRuleError)
    assert snapshot(s)["votes"] == []


# --------------------------------------------------------------------------- negotiation


def test_positions_are_held_by_a_person_a_side_or_a_named_group(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    by_person = s.negotiation.add_position("measure", w.measure, "Erst evaluieren",
                               person_id=w.admins[0], session_id=w.session).value.id
    by_side = s.negotiation.add_position("measure", w.measure, "Sofort verstetigen",
                             side="external").value.id
    by_label = s.negotiation.add_position("goal", w.goal, "Mehr Beteiligung",
                              label="Migrant*innenselbstorganisationen").value.id
    doc = snapshot(s)
    assert (find(doc, "positions", by_person)["person_id"],
            find(doc, "positions", by_person)["session_id"]) == (w.admins[0], w.session)
    assert find(doc, "positions", by_side)["side"] == "external"
    assert find(doc, "positions", by_label)["label"] == "Migrant*innenselbstorganisationen"
    assert [p["position"] for p in doc["positions"]] == [0, 1, 2]
    err = refused("required", lambda: s.negotiation.add_position("measure", w.measure,
                                                                 "Von niemandem"),
                  ValidationError)
    assert "vertreten von" in err.message
    refused("required", lambda: s.negotiation.add_position("measure", w.measure, "X", label="  "),
            ValidationError)
    refused("dangling", lambda: s.negotiation.add_position(
        "measure", "00000000-0000-4000-8000-000000000000", "X", side="external"),
        ValidationError)
    assert len(snapshot(s)["positions"]) == 3


def test_compromise_links_positions_and_records_dissents(workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    p1 = s.negotiation.add_position("measure", w.measure, "Erst evaluieren",
                                    side="administration").value.id
    p2 = s.negotiation.add_position("measure", w.measure, "Sofort verstetigen",
                                    side="external").value.id
    comp = s.negotiation.add_compromise("measure", w.measure,
                                        "Zwei Jahre Modell, dann Verstetigung",
                            position_ids=[p1, p2, p1]).value
    assert comp.position_ids == (p1, p2)
    assert find(snapshot(s), "compromises", comp.id)["position_ids"] == [p1, p2]
    refused("position_settled", lambda: s.negotiation.remove_position(p1), ConflictError)

    s.negotiation.add_dissent(comp.id, "Zwei Jahre sind zu lang", person_id=w.externals[2])
    s.negotiation.add_dissent(comp.id, "Keine Verstetigungszusage ohne Haushalt", label="Kämmerei")
    refused("required", lambda: s.negotiation.add_dissent(comp.id, "Anonym"), ValidationError)
    refused("required", lambda: s.negotiation.add_dissent(comp.id, " ", label="X"), ValidationError)
    dissents = find(snapshot(s), "compromises", comp.id)["dissents"]
    assert dissents == [
        {"person_id": w.externals[2], "label": "", "text": "Zwei Jahre sind zu lang"},
        {"person_id": None, "label": "Kämmerei",
         "text": "Keine Verstetigungszusage ohne Haushalt"}]
    refused("person_in_use", lambda: s.people.remove_person(w.externals[2]), ConflictError)

    s.negotiation.remove_dissent(comp.id, 0)
    assert [d["label"] for d in find(snapshot(s), "compromises", comp.id)["dissents"]] == [
        "Kämmerei"]
    refused("not_found", lambda: s.negotiation.remove_dissent(comp.id, 5))

    s.negotiation.update_compromise(comp.id, position_ids=[p2], status="agreed")
    stored = find(snapshot(s), "compromises", comp.id)
    assert (stored["position_ids"], stored["status"]) == ([p2], "agreed")
    s.negotiation.remove_position(p1)
    s.negotiation.remove_compromise(comp.id)
    assert snapshot(s)["compromises"] == []


def test_a_compromise_that_is_commented_or_voted_on_is_not_removed(
        workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    comp = s.negotiation.add_compromise("measure", w.measure, "Modellprojekt").value.id
    s.review.add_review_comment("compromise", comp, "Bitte präzisieren")
    before = exported(s)
    refused("subject_in_use", lambda: s.negotiation.remove_compromise(comp), ConflictError)
    assert exported(s) == before
    other = s.negotiation.add_compromise("measure", w.measure, "Anderer Vorschlag").value.id
    s.votes.open_vote(w.session, "Welcher Kompromiss?", "dots", options=["A"],
                option_subjects=[("compromise", other)])
    refused("subject_in_use", lambda: s.negotiation.remove_compromise(other), ConflictError)


def test_a_strategy_section_on_an_agenda_or_a_ballot_is_not_removed(
        workshop: Workshop) -> None:
    s, w = workshop.service, workshop
    on_agenda = s.structure.add_strategy_section("Leitbild", "Hannover ist vielfältig.").value.id
    s.meetings.add_agenda_item(w.session, "Leitbild", subject_type="strategy_section",
                      subject_id=on_agenda)
    refused("subject_in_use", lambda: s.structure.remove_strategy_section(on_agenda), ConflictError)
    as_option = s.structure.add_strategy_section("Grundsätze").value.id
    s.votes.open_vote(w.session, "Welcher Teil zuerst?", "dots", options=["Grundsätze"],
                option_subjects=[("strategy_section", as_option)])
    refused("subject_in_use", lambda: s.structure.remove_strategy_section(as_option), ConflictError)
    unused = s.structure.add_strategy_section("Anhang").value.id
    s.structure.remove_strategy_section(unused)
    assert ids(snapshot(s), "strategy_sections") == {on_agenda, as_option}


# --------------------------------------------------------------------------- comments, terms


def test_review_comments_are_added_resolved_and_removed(
        service: CatalogueService, tree: Tree) -> None:
    c1 = service.review.add_review_comment("measure", tree.m11, "Kosten fehlen",
                                    author="Dezernat III", source="word_review",
                                    created_at="2024-04-02T09:15:00").value.id
    c2 = service.review.add_review_comment("goal", tree.z1, "Ziel messbar formulieren").value
    assert (c2.author, c2.source, c2.resolved) == ("Test", "manual", False)
    service.review.set_comment_resolved(c1, True)
    stored = find(snapshot(service), "review_comments", c1)
    assert (stored["resolved"], stored["author"], stored["source"]) == (
        True, "Dezernat III", "word_review")
    service.review.remove_review_comment(c2.id)
    assert ids(snapshot(service), "review_comments") == {c1}
    refused("bad_enum", lambda: service.review.add_review_comment(
        "measure", tree.m11, "X", source="email"), ValidationError)
    refused("not_found", lambda: service.review.remove_review_comment(c2.id))


def test_terminology_rules_are_added_updated_and_removed(service: CatalogueService) -> None:
    defaults = len(snapshot(service)["terminology"])
    rule = service.people.add_term_rule("Ausländer", "Menschen ohne deutsche Staatsangehörigkeit",
                                 note="nur wo die Staatsangehörigkeit gemeint ist").value
    assert rule.position == defaults
    service.people.update_term_rule(rule.id, replacement="Menschen mit ausländischer "
                             "Staatsangehörigkeit")
    stored = find(snapshot(service), "terminology", rule.id)
    assert stored["replacement"] == "Menschen mit ausländischer Staatsangehörigkeit"
    refused("required", lambda: service.people.update_term_rule(rule.id, term=""), ValidationError)
    service.people.remove_term_rule(rule.id)
    assert rule.id not in ids(snapshot(service), "terminology")
    assert len(snapshot(service)["terminology"]) == defaults


# --------------------------------------------------------------------------- changes


def test_add_measure_reports_a_structural_creation(service: CatalogueService, tree: Tree) -> None:
    outcome = service.structure.add_measure(tree.z2, "Neu")
    assert outcome.changes.created["measure"] == {outcome.value.id}
    assert outcome.changes.structural
    assert outcome.changes.touched("measure") == {outcome.value.id}
    assert outcome.changes.summary() == "1 Maßnahme neu"


def test_update_measure_reports_an_update_only(service: CatalogueService, tree: Tree) -> None:
    outcome = service.structure.update_measure(tree.m11, lead="FB Schule", status="in_discussion")
    assert outcome.changes.updated == {"measure": frozenset({tree.m11})}
    assert not outcome.changes.created and not outcome.changes.deleted
    assert not outcome.changes.structural
    assert outcome.changes.summary() == "1 Maßnahme geändert"


# --------------------------------------------------------------------------- refusals


REFUSALS: dict[str, tuple[str, Callable[[Workshop], Any]]] = {
    "end before start": ("end_before_start", lambda w: w.service.structure.update_measure(
        w.measure, start="2025-06", end="2025-01")),
    "field with goals": ("field_not_empty",
                         lambda w: w.service.structure.remove_action_field(w.field)),
    "person in a group": ("person_in_use", lambda w: w.service.people.remove_person(w.admins[0])),
    "facilitator ballot": ("not_a_voter", lambda w: w.service.votes.cast_ballot(
        w.extra["vote"], w.facilitator, choice="yes")),
    "ballot on closed vote": ("vote_closed", lambda w: w.service.votes.cast_ballot(
        w.extra["closed"], w.externals[3], choice="yes")),
    "absent after closed vote": ("closed_vote_affected",
                                 lambda w: w.service.meetings.set_attendance(
        w.session, w.admins[0], False)),
    "side change after closed vote": ("closed_vote_affected",
                                      lambda w: w.service.people.update_person(
        w.admins[0], side="external")),
    "voter with ballot leaves": ("voter_has_ballot", lambda w: w.service.people.set_member(
        w.group, w.externals[3], None)),
    "delete voted measure": ("subject_has_votes", lambda w: w.service.structure.delete_measure(
        w.measure)),
    "goal cycle": ("parent_cycle", lambda w: w.service.structure.move_goal(
        w.goal, 0, parent_id=w.extra["sub_goal"])),
    "duplicate code": ("duplicate_code", lambda w: w.service.structure.update_goal(
        w.extra["sub_goal"], code="BIL-Z1")),
    "close with open vote": ("session_has_open_votes", lambda w: w.service.meetings.close_meeting(
        w.session)),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_refused_operation_changes_nothing(workshop: Workshop, name: str) -> None:
    s, w = workshop.service, workshop
    closed = s.votes.open_vote(w.session, "Kita-Lotsinnen empfehlen?", subject_type="measure",
                         subject_id=w.measure).value.vote.id
    for person in w.voters[:5]:
        s.votes.cast_ballot(closed, person, choice="yes")
    s.votes.close_vote(closed)
    vote = s.votes.open_vote(w.session, "Sprachcafé empfehlen?").value.vote.id
    s.votes.cast_ballot(vote, w.externals[3], choice="no")
    w.extra.update(closed=closed, vote=vote,
                   sub_goal=s.structure.add_goal(w.field, "Teilziel", parent_id=w.goal).value.id)
    code, action = REFUSALS[name]
    before, history = exported(s), len(s.history.entries(limit=10_000))
    refused(code, lambda: action(w))
    assert exported(s) == before
    assert len(s.history.entries(limit=10_000)) == history


def test_a_vanished_record_is_refused_without_showing_its_id(service: Any) -> None:
    """A decision removed in the meantime (another window, an import): the refusal says so
    in German and never shows the record's id, which means nothing to a user."""
    import uuid

    from lip_desktop.model.errors import LipError

    gone = str(uuid.uuid4())
    with pytest.raises(LipError) as info:
        service.meetings.remove_decision(gone)
    message = info.value.message
    assert gone not in message
    assert message.startswith("Beschluss: ") and "nicht (mehr) im Katalog" in message
