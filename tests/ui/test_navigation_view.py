"""The navigation tree stays as cheap as its node: opening a goal or editing a title walks
the rows of that node, never every open row of the catalogue (counted, never timed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from support import create_from

from lip_desktop.model import generate, queries
from lip_desktop.model.commands import AddRecord, MoveMeasure, UpdateFields
from lip_desktop.ui.navigation_view import NavigationTreeView
from lip_desktop.ui.roles import RecordIdRole
from lip_desktop.ui.tree_model import CatalogueTreeModel

Index = QModelIndex | QPersistentModelIndex


class CountingTreeModel(CatalogueTreeModel):
    """Counts what the view asks about rows under each kind of node."""

    def __init__(self, hub: Any) -> None:
        super().__init__(hub)
        self.asked: Counter[str] = Counter()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        self.asked[self.node(parent).kind] += 1
        return super().index(row, column, parent)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        self.asked[f"hasChildren {self.node(parent).kind}"] += 1
        return super().hasChildren(parent)


@pytest.fixture
def big_hub(tmp_path: Path, qtbot: Any) -> Any:
    """Seven fields of 20 goals (140 goal rows open at once), ten measures each."""
    from lip_desktop.ui.hub import CatalogueHub

    cat = create_from(tmp_path / "gross.lip", generate.generate_catalogue(goals_per_field=20))
    yield CatalogueHub(cat)
    cat.close()


def open_tree(qtbot: Any, hub: Any) -> tuple[NavigationTreeView, CountingTreeModel, list[Any]]:
    model = CountingTreeModel(hub)
    view = NavigationTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(500, 200)  # few rows painted: what remains to count is the layout
    view.show()
    qtbot.waitExposed(view)
    fields = [model.index(r, 0) for r in range(1, model.rowCount())]
    for field in fields:
        view.expand(field)
    qtbot.wait(1)  # Qt's delayed layout of the opened fields
    goals = [model.index(r, 0, fields[0]) for r in range(model.rowCount(fields[0]))]
    assert len(goals) == 20
    return view, model, goals


def test_opening_a_goal_walks_its_own_rows_not_every_open_goal(qtbot: Any,
                                                               big_hub: Any) -> None:
    view, model, goals = open_tree(qtbot, big_hub)
    goal = goals[3]
    model.asked.clear()
    view.expand(goal)
    qtbot.wait(1)
    assert model.rowCount(goal) == 10
    # Qt's relayout after the fetch asked again for each of the 140 open goal rows (index
    # under their field, hasChildren of each goal); now only the new rows are laid out.
    assert model.asked["action_field"] < 40, model.asked
    assert model.asked["hasChildren goal"] < 10, model.asked
    # The view shows the loaded rows right below the goal, and the goal after them.
    assert view.indexBelow(goal) == model.index(0, 0, goal)
    assert view.indexBelow(model.index(9, 0, goal)) == goals[4]


def test_rows_added_and_undone_under_an_open_goal_still_show(qtbot: Any,
                                                              big_hub: Any) -> None:
    view, model, goals = open_tree(qtbot, big_hub)
    goal = goals[0]
    view.expand(goal)
    goal_id = goal.data(RecordIdRole)
    big_hub.run_undoable(AddRecord("Maßnahme anlegen",
                                   lambda s: s.structure.add_measure(goal_id, "Frisch"),
                                   "measure"))
    qtbot.wait(1)
    last = model.index(10, 0, goal)
    assert str(last.data()).endswith("Frisch")
    assert view.indexBelow(last) == goals[1]
    big_hub.undo_stack.undo()
    qtbot.wait(1)
    assert model.rowCount(goal) == 10
    assert view.indexBelow(model.index(9, 0, goal)) == goals[1]


def test_a_title_edit_asks_no_parent_query_and_repaints_its_row(
        qtbot: Any, big_hub: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    view, model, goals = open_tree(qtbot, big_hub)
    view.expand(goals[0])
    measure = model.index(0, 0, goals[0])
    parents: list[tuple[str, str]] = []
    real_parent = queries.tree_parent

    def counted(catalogue: Any, kind: str, record_id: str) -> Any:
        parents.append((kind, record_id))
        return real_parent(catalogue, kind, record_id)

    monkeypatch.setattr(queries, "tree_parent", counted)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, _roles=None:
                              changed.append((first.row(), last.row())))
    big_hub.run_undoable(UpdateFields("measure", measure.data(RecordIdRole),
                                      {"title": "Neuer Titel"}, "Titel"))
    assert str(measure.data()).endswith("Neuer Titel")
    assert parents == [] and changed == [(0, 0)]
    # A move still asks where the measure lives now.
    big_hub.run_undoable(MoveMeasure(measure.data(RecordIdRole),
                                     goals[1].data(RecordIdRole), 0))
    assert parents
