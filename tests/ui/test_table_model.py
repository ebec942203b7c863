"""The ranged refresh of the list table models: only what changed is signalled."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel

from lip_desktop.model import queries
from lip_desktop.model.commands import AddRecord, DeleteRecord, UpdateFields
from lip_desktop.ui.glossary import TermRuleModel
from lip_desktop.ui.history import CommentModel, OpenCommentsModel
from lip_desktop.ui.people import GroupModel, MemberModel, PeopleModel
from lip_desktop.ui.table_model import ListTableModel, runs


class Signals:
    """Counts what a model tells its views."""

    def __init__(self, model: QAbstractItemModel) -> None:
        self.data: list[tuple[int, int, int, int]] = []
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.resets = 0
        model.dataChanged.connect(lambda tl, br, _roles=(): self.data.append(
            (tl.row(), br.row(), tl.column(), br.column())))
        model.rowsInserted.connect(lambda _p, f, last: self.inserted.append((f, last)))
        model.rowsRemoved.connect(lambda _p, f, last: self.removed.append((f, last)))
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


@dataclass(frozen=True)
class Item:
    id: str
    text: str


class ItemModel(ListTableModel[Item]):
    def headers(self) -> tuple[str, ...]:
        return ("Text",)

    def data(self, index: Any, role: int = 0) -> Any:
        return self.rows[index.row()].text if index.isValid() and role == 0 else None


def _items(spec: str) -> list[Item]:
    """``"a b* c"``: ids a, b, c; a star marks a changed text."""
    return [Item(word.rstrip("*"), word) for word in spec.split()]


def test_runs_groups_consecutive_rows() -> None:
    assert runs([5, 1, 2, 3, 7, 6]) == [(1, 3), (5, 7)]
    assert runs([]) == []


def test_an_unchanged_refresh_signals_nothing(qtbot: Any) -> None:
    model = ItemModel()
    model.rows = _items("a b c")
    seen = Signals(model)
    model.replace_rows(_items("a b c"))
    assert (seen.data, seen.inserted, seen.removed, seen.resets) == ([], [], [], 0)


def test_changed_rows_get_one_data_changed_per_run(qtbot: Any) -> None:
    model = ItemModel()
    model.rows = _items("a b c d e")
    seen = Signals(model)
    model.replace_rows(_items("a b* c* d e*"))
    assert seen.data == [(1, 2, 0, 0), (4, 4, 0, 0)]
    assert (seen.inserted, seen.removed, seen.resets) == ([], [], 0)


def test_new_and_deleted_rows_are_inserted_and_removed(qtbot: Any, qtmodeltester: Any) -> None:
    model = ItemModel()
    model.rows = _items("a b c d e")
    qtmodeltester.check(model)  # the tester follows every signal from here on
    seen = Signals(model)
    model.replace_rows(_items("x a c d* y z e"))
    assert seen.removed == [(1, 1)]
    assert seen.inserted == [(0, 0), (4, 5)]
    assert seen.data == [(3, 3, 0, 0)]
    assert seen.resets == 0
    assert [r.text for r in model.rows] == ["x", "a", "c", "d*", "y", "z", "e"]


def test_only_a_new_order_resets(qtbot: Any) -> None:
    model = ItemModel()
    model.rows = _items("a b c")
    seen = Signals(model)
    model.replace_rows(_items("c a b"))
    assert seen.resets == 1
    assert (seen.data, seen.inserted, seen.removed) == ([], [], [])


@pytest.mark.parametrize("make", [PeopleModel, GroupModel, TermRuleModel, OpenCommentsModel])
def test_list_models_pass_the_qt_model_tester(hub: Any, qtmodeltester: Any, make: Any) -> None:
    qtmodeltester.check(make(hub))


def test_member_and_comment_models_pass_the_qt_model_tester(hub: Any,
                                                            qtmodeltester: Any) -> None:
    members = MemberModel(hub)
    members.set_group(queries.groups(hub.catalogue)[0].id)
    qtmodeltester.check(members)
    comments = CommentModel(hub)
    first = queries.review_comments(hub.catalogue, open_only=True)[0]
    comments.set_subject(first.subject_type, first.subject_id)
    qtmodeltester.check(comments)


def test_editing_a_person_signals_that_row_only(hub: Any, qtmodeltester: Any) -> None:
    model = PeopleModel(hub)
    qtmodeltester.check(model)
    seen = Signals(model)
    person = model.person(3)
    assert hub.run_undoable(UpdateFields("person", person.id, {"organisation": "Stadtbibliothek"}))
    assert seen.data == [(3, 3, 0, 2)]
    assert (seen.inserted, seen.removed, seen.resets) == ([], [], 0)
    assert model.person(3).organisation == "Stadtbibliothek"

    hub.undo_stack.undo()
    assert seen.data[-1] == (3, 3, 0, 2)
    assert len(seen.data) == 2 and seen.resets == 0


def test_a_new_term_rule_is_inserted_and_its_undo_removes_it(hub: Any) -> None:
    model = TermRuleModel(hub)
    before = len(model.rows)
    seen = Signals(model)
    assert hub.run_undoable(AddRecord("Begriffsregel anlegen",
                                 lambda s: s.people.add_term_rule("Willkommenskultur",
                                                           "Anerkennungskultur"),
                                 "terminology"))
    assert seen.inserted == [(before, before)]
    assert model.rule(before).term == "Willkommenskultur"
    hub.undo_stack.undo()
    assert seen.removed == [(before, before)]
    assert (seen.data, seen.resets) == ([], 0)


def test_renaming_a_group_signals_that_group_only(hub: Any) -> None:
    model = GroupModel(hub)
    seen = Signals(model)
    group = model.group(1)
    assert hub.run_undoable(UpdateFields("group", group.id, {"name": "Neuer Name"}))
    assert seen.data == [(1, 1, 0, 2)]
    assert (seen.inserted, seen.removed, seen.resets) == ([], [], 0)


def test_deleting_a_measure_removes_its_open_comments_without_a_reset(hub: Any) -> None:
    model = OpenCommentsModel(hub)
    rows = [i for i, c in enumerate(model.rows) if c.subject_type == "measure"]
    victim = model.rows[rows[0]]
    seen = Signals(model)
    assert hub.run_undoable(DeleteRecord("measure", victim.subject_id))
    assert victim.id not in [c.id for c in model.rows]
    assert seen.removed and seen.resets == 0
