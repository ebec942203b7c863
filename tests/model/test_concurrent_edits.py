"""Two people change the same catalogue: nothing is overwritten unseen.

An edit carries what its author saw (``UpdateFields.seen``); a field someone else saved in
between is refused in German, naming who and when and showing the new value, while edits
of different fields are both kept. On the server the version of each record is also
checked in the UPDATE itself, for the moment between one writer's read and write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import Backend
from support import create_from

from lip_desktop.model import defaults
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.commands import UpdateFields
from lip_desktop.model.errors import ConflictError
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.snapshot import load_document


@pytest.fixture
def shared(backend: Backend, tmp_path: Path) -> Iterator[tuple[Path | str, str]]:
    """A catalogue with one measure; its location and the measure's id."""
    cat = create_from(backend.location(tmp_path, "geteilt.lip"),
                      defaults.new_catalogue_document())
    service = CatalogueService(cat)
    with cat.read() as conn:
        doc = load_document(conn)
    bil = next(f["id"] for f in doc["action_fields"] if f["code"] == "BIL")
    goal = service.structure.add_goal(bil, "Bildung für alle").value.id
    measure = service.structure.add_measure(goal, "Sprachcafé").value.id
    where = backend.where(cat)
    cat.close(backup=False)
    yield where, measure


def edit(where: Path | str, actor: str, measure: str, changes: dict[str, Any],
         seen: dict[str, Any]) -> None:
    with Catalogue.open(where, actor=actor, make_backups=False) as cat:
        UpdateFields("measure", measure, changes, seen=seen).apply(CatalogueService(cat))


def stored(where: Path | str, measure: str) -> Any:
    with Catalogue.open(where, readonly=True, make_backups=False) as cat:
        return CatalogueService(cat).structure.get_record("measure", measure)


def test_the_second_save_of_the_same_field_is_refused_naming_who_when_and_the_new_value(
        shared: tuple[Path | str, str]) -> None:
    where, measure = shared
    # Both opened the measure when its title was "Sprachcafé".
    edit(where, "Anna Berg", measure, {"title": "Sprachcafé für Eltern"},
         seen={"title": "Sprachcafé"})
    with pytest.raises(ConflictError) as info:
        edit(where, "Ben Kaya", measure, {"title": "Sprachcafé im Stadtteil"},
             seen={"title": "Sprachcafé"})
    message = info.value.message
    assert info.value.code == "changed_meanwhile"
    assert "Anna Berg" in message and "„Titel“" in message
    assert "„Sprachcafé für Eltern“" in message
    assert re.search(r"am \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} Uhr", message), message
    assert not re.search(r"\d{4}-\d{2}-\d{2}", message)  # never an ISO stamp
    assert measure not in message  # never a record id
    assert stored(where, measure).title == "Sprachcafé für Eltern"


def test_saves_of_different_fields_are_both_kept(shared: tuple[Path | str, str]) -> None:
    where, measure = shared
    edit(where, "Anna Berg", measure, {"title": "Sprachcafé für Eltern"},
         seen={"title": "Sprachcafé"})
    edit(where, "Ben Kaya", measure, {"lead": "Bildungsbüro"}, seen={"lead": ""})
    after = stored(where, measure)
    assert (after.title, after.lead) == ("Sprachcafé für Eltern", "Bildungsbüro")


def test_a_refused_edit_can_be_made_again_over_the_new_value(
        shared: tuple[Path | str, str]) -> None:
    where, measure = shared
    edit(where, "Anna Berg", measure, {"title": "Neu A"}, seen={"title": "Sprachcafé"})
    with pytest.raises(ConflictError):
        edit(where, "Ben Kaya", measure, {"title": "Neu B"}, seen={"title": "Sprachcafé"})
    edit(where, "Ben Kaya", measure, {"title": "Neu B"}, seen={"title": "Neu A"})
    assert stored(where, measure).title == "Neu B"


def test_on_the_server_the_version_check_catches_a_save_between_read_and_write(
        shared: tuple[Path | str, str], backend: Backend) -> None:
    """Ben's update read the measure; Anna's save commits before Ben's UPDATE: the
    version in Ben's UPDATE no longer matches, and his save is refused, not written."""
    if backend.name != "postgresql":
        pytest.skip("a file has one writer at a time (BEGIN IMMEDIATE); nothing to race")
    where, measure = shared
    with Catalogue.open(where, actor="Anna Berg") as anna_cat, \
            Catalogue.open(where, actor="Ben Kaya") as ben_cat:
        anna, ben = CatalogueService(anna_cat), CatalogueService(ben_cat)
        original = ben.check_expected

        def anna_saves_in_between(record_type: str, record_id: str, current: Any,
                                  last_change: Any = None) -> None:
            anna.structure.update_measure(measure, title="Sprachcafé für Eltern")
            original(record_type, record_id, current, last_change)

        ben.check_expected = anna_saves_in_between  # type: ignore[method-assign]
        with pytest.raises(ConflictError) as info:
            ben.structure.update_measure(measure, title="Sprachcafé im Stadtteil")
        assert "Anna Berg" in info.value.message
        assert "„Sprachcafé für Eltern“" in info.value.message
        assert ben.structure.get_record("measure", measure).title == "Sprachcafé für Eltern"


def test_a_version_moved_under_any_other_write_is_a_german_refusal_not_a_traceback(
        shared: tuple[Path | str, str]) -> None:
    """Paths other than a field edit (moves, meeting state, merges) write ORM rows too:
    when the version moved between their read and their UPDATE, the unit refuses in
    German and writes nothing."""
    from sqlalchemy import text

    from lip_desktop.model import orm
    from lip_desktop.model.services.unit import write_unit

    where, measure = shared
    with Catalogue.open(where, actor="Ben Kaya", make_backups=False) as cat:
        with pytest.raises(ConflictError) as info, write_unit(cat, "test") as unit:
            row = unit.db.get(orm.MeasureRow, measure)
            assert row is not None
            # Anna's save lands between Ben's read and his write.
            unit.db.execute(text("UPDATE measure SET version = version + 1 WHERE id = :id"),
                            {"id": measure})
            row.title = "Sprachcafé im Stadtteil"
            unit.db.flush()
        assert info.value.code == "saved_meanwhile"
        assert info.value.message.startswith("Ein Eintrag (Maßnahme) wurde eben von anderer")
        assert measure not in info.value.message
    assert stored(where, measure).title == "Sprachcafé"
