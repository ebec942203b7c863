"""The tree after a change of thousands of records (an import, another window's reload).

Asking each touched record where it belongs now cost 2 ms a record (5 s for 2,100
measures, on the GUI thread); past ``_MANY_TOUCHED`` records the tree re-reads its loaded
branches instead. What it shows must be the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import create_from

from lip_desktop.model import queries
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.tree_model import _MANY_TOUCHED, CatalogueTreeModel, RecordIdRole


def test_an_import_of_many_measures_shows_in_the_expanded_goals_without_a_lookup_each(
        qtbot: Any, qtmodeltester: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = generate_catalogue(fields=1, goals_per_field=2, measures_per_goal=2,
                               indicators_per_measure=0)
    big = generate_catalogue(fields=1, goals_per_field=2, measures_per_goal=80,
                             indicators_per_measure=0)
    assert len(big["measures"]) > _MANY_TOUCHED
    cat = create_from(tmp_path / "klein.lip", small)
    try:
        hub = CatalogueHub(cat)
        model = CatalogueTreeModel(hub)
        goals = [g["id"] for g in big["goals"]]
        for goal in goals:  # both goals expanded, as a user left them
            index = model.index_of("goal", goal)
            assert index.isValid()
            if model.canFetchMore(index):
                model.fetchMore(index)
        lookups: list[str] = []
        real = queries.tree_parent
        monkeypatch.setattr(queries, "tree_parent",
                            lambda *a: lookups.append(a[2]) or real(*a))
        hub.run_without_undo(lambda service: service.structure.import_document(big))
        assert len(lookups) < 10  # not one per measure
        for goal in goals:
            index = model.index_of("goal", goal)
            shown = [model.index(r, 0, index).data(RecordIdRole)
                     for r in range(model.rowCount(index))]
            assert sorted(shown) == sorted(m["id"] for m in big["measures"]
                                           if m["goal_id"] == goal)
        qtmodeltester.check(model)
    finally:
        cat.close()
