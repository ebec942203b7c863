"""The navigation tree keeps each node's row and what its cells show instead of working
them out on every paint: after any edit, move, insertion, deletion, undo or redo, both must
be what a search of the lists and a freshly read tree say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from support import create_from

from lip_desktop.model.commands import (
    AddRecord,
    DeleteRecord,
    MoveMeasure,
    MoveSibling,
    UpdateFields,
)
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole
from lip_desktop.ui.tree_model import HEADERS, CatalogueTreeModel, Node

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
         Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole)


def check_rows(model: CatalogueTreeModel) -> int:
    """Every loaded node against a brute-force walk: its row is its place in the parent's
    list (found by searching it); the model's row there shows that node with the node's own
    items; ``parent`` and ``index_of`` agree with that."""
    checked = 0

    def walk(node: Node, parent_index: QModelIndex) -> None:
        nonlocal checked
        assert model.rowCount(parent_index) == len(node.children or [])
        for position, child in enumerate(node.children or []):
            assert child.parent is node
            assert node.children is not None and node.children.index(child) == child.row
            assert child.row == position
            for column in range(len(HEADERS)):
                index = model.index(position, column, parent_index)
                assert model.node(index) is child
                assert child.items is not None  # the row Qt paints is the node's own
                assert model.indexFromItem(child.items[column]) == index
                assert model.parent(index) == parent_index
            index = model.index(position, 0, parent_index)
            if child.kind not in ("strategy",):
                assert model.index_of(child.kind, child.record_id) == index
            checked += 1
            if child.children is not None:
                walk(child, index)

    walk(model.node(QModelIndex()), QModelIndex())
    return checked


def cells(model: CatalogueTreeModel, index: QModelIndex) -> list[Any]:
    """What one row shows, in every answered role of every column (brushes and fonts as
    their colour and weight)."""
    values: list[Any] = []
    for column in range(len(HEADERS)):
        cell = index.siblingAtColumn(column)
        for role in ROLES:
            value = cell.data(role)
            if isinstance(value, QBrush):
                value = value.color().name()
            elif isinstance(value, QFont):
                value = ("bold", value.bold())
            values.append(value)
    return values


def branch(model: CatalogueTreeModel, kind: str, record_id: str) -> list[list[Any]]:
    """The rows under one node (loaded first if needed), as shown."""
    if kind == "root":
        parent = QModelIndex()
    elif kind == "strategy":
        parent = model.index(0, 0)
    else:
        parent = model.index_of(kind, record_id)
        assert parent.isValid()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [cells(model, model.index(r, 0, parent)) for r in range(model.rowCount(parent))]


def same_as_fresh(hub: CatalogueHub, model: CatalogueTreeModel) -> None:
    """Every branch the model has open shows exactly what a newly built tree reads."""
    fresh = CatalogueTreeModel(hub)
    opened = [node for node in model._nodes.values() if node.children is not None]
    assert len(opened) > 1
    for node in opened:
        assert branch(model, node.kind, node.record_id) == \
            branch(fresh, node.kind, node.record_id), node.label


def open_all(model: CatalogueTreeModel, parent: QModelIndex = QModelIndex()) -> None:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        open_all(model, model.index(row, 0, parent))


def test_rows_and_looks_stay_right_through_edits_moves_and_undo(hub: CatalogueHub) -> None:
    model = CatalogueTreeModel(hub)
    open_all(model)
    assert check_rows(model) > 40
    bil = model.index(1, 0)
    goals = [model.index(r, 0, bil) for r in range(model.rowCount(bil))]
    first_goal, second_goal = goals[0], goals[1]
    measure = model.index(model.rowCount(first_goal) - 1, 0, first_goal)
    assert model.node(measure).kind == "measure"
    measure_id = measure.data(RecordIdRole)
    goal_id = first_goal.data(RecordIdRole)

    steps = [
        UpdateFields("measure", measure_id, {"title": "Neu benannt", "status": "agreed"}),
        AddRecord("Maßnahme anlegen",
                  lambda s: s.structure.add_measure(goal_id, "Frisch angelegt"), "measure"),
        MoveMeasure(measure_id, second_goal.data(RecordIdRole), 0),
        MoveSibling("goal", second_goal.data(RecordIdRole), 0),
        DeleteRecord("goal", goal_id),
    ]
    for command in steps:
        hub.run_undoable(command)
        check_rows(model)
        same_as_fresh(hub, model)
    for _ in steps:
        hub.undo_stack.undo()
        check_rows(model)
        same_as_fresh(hub, model)
    for _ in steps:
        hub.undo_stack.redo()
        check_rows(model)
        same_as_fresh(hub, model)


def test_rows_stay_right_when_many_records_change_at_once(qtbot: Any, tmp_path: Path) -> None:
    """Past ``_MANY_TOUCHED`` records every loaded branch is read again (another path)."""
    small = generate_catalogue(fields=2, goals_per_field=3, measures_per_goal=3,
                               indicators_per_measure=0)
    big = generate_catalogue(fields=2, goals_per_field=3, measures_per_goal=40,
                             indicators_per_measure=0)
    cat = create_from(tmp_path / "klein.lip", small)
    try:
        hub = CatalogueHub(cat)
        model = CatalogueTreeModel(hub)
        open_all(model)
        check_rows(model)
        hub.run_without_undo(lambda service: service.structure.import_document(big))
        check_rows(model)
        same_as_fresh(hub, model)
    finally:
        cat.close()


def test_status_colours_follow_a_dark_palette_and_flags_stay_per_kind(
        hub: CatalogueHub) -> None:
    """The items keep their colours; a palette change writes them anew (as the contrast
    setting does, tested in test_accessibility)."""
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    from lip_desktop.ui import a11y

    model = CatalogueTreeModel(hub)
    with hub.catalogue.read() as conn:
        agreed = conn.exec_driver_sql(
            "SELECT id FROM measure WHERE status = 'agreed' LIMIT 1").scalar()
    status = model.index_of("measure", agreed).siblingAtColumn(1)
    light = status.data(Qt.ItemDataRole.ForegroundRole).color()
    assert light == a11y.colour("good")
    before = QGuiApplication.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    QGuiApplication.setPalette(dark)
    try:
        assert a11y.dark_palette()
        assert status.data(Qt.ItemDataRole.ForegroundRole).color() == a11y.colour("good")
        assert status.data(Qt.ItemDataRole.ForegroundRole).color() != light
    finally:
        QGuiApplication.setPalette(before)
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == light

    measure = status.siblingAtColumn(0)
    goal = measure.parent()
    assert model.flags(measure) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(measure) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(goal) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(goal) & Qt.ItemFlag.ItemIsDragEnabled
    for index in (measure, goal, model.index(1, 0), status):
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(QModelIndex()) == Qt.ItemFlag.ItemIsDropEnabled


def test_painting_the_open_tree_runs_no_python_model_code(qtbot: Any, hub: CatalogueHub
                                                          ) -> None:
    """Counted, never timed: a paint reads the items Qt holds. Each call into a Python
    model cost more than its answer (about 1,000 per paint of the open tree)."""
    import sys

    from lip_desktop.ui import tree_model
    from lip_desktop.ui.navigation_view import NavigationTreeView

    model = CatalogueTreeModel(hub)
    view = NavigationTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    qtbot.waitExposed(view)
    bil = model.index(1, 0)
    view.expand(bil)
    view.expand(model.index(0, 0, bil))
    qtbot.wait(1)
    assert model.rowCount(model.index(0, 0, bil)) > 0
    calls: list[str] = []

    def count(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename == tree_model.__file__:
            calls.append(frame.f_code.co_name)

    sys.setprofile(count)
    try:
        view.viewport().repaint()
    finally:
        sys.setprofile(None)
    assert calls == []
    # The painted rows are the model's: the text under the first goal's row is its own.
    goal = model.index(0, 0, bil)
    assert view.indexAt(view.visualRect(goal).center()) == goal
