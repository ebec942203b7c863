"""Typing into the measure list's filter, as a person does, on a generated catalogue.

``MeasureFilterProxy`` decides the shown rows itself (narrowing from the last result
while the text grows) and follows edits row by row; every check here compares what
the table shows with a brute-force decision over the table model's rows, computed
from the measures' own fields, never from the proxy's filter keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from support import create_from

from lip_desktop.model import enums
from lip_desktop.model.commands import UpdateFields
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.model.search import normalise, query_words
from lip_desktop.ui.measure_list import (
    COL_CODE,
    COL_COST,
    COL_TITLE,
    MeasureListView,
    MeasureRow,
    RecordIdRole,
    format_count,
)

#: 3 fields × 4 goals × 8 measures: enough rows for narrowing, runs and scattered hits.
SIZE = {"fields": 3, "goals_per_field": 4, "measures_per_goal": 8}


@pytest.fixture
def hub(tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    """A hub on a generated catalogue (its words: "Kita", "Lotsen", "Sprachkurse" …)."""
    from lip_desktop.ui.hub import CatalogueHub

    cat = create_from(tmp_path / "gen.lip", generate_catalogue(**SIZE,
                                                               indicators_per_measure=1))
    yield CatalogueHub(cat)
    cat.close()


@pytest.fixture
def view(hub: Any, qtbot: Any) -> MeasureListView:
    v = MeasureListView(hub)
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def matches(row: MeasureRow, text: str, status: str | None = None) -> bool:
    """The rule, brute force: every word (case, umlaut and "ß" insensitive) occurs in
    code, title, description or lead; and the chosen status, if any."""
    haystack = normalise(f"{row.code} {row.title} {row.description} {row.lead}")
    return (status is None or row.status == status) and all(
        normalise(word) in haystack for word in query_words(text))


def expected_ids(view: MeasureListView, text: str, status: str | None = None) -> list[str]:
    """The measures the list must show, in the table model's (sorted) order."""
    return [r.id for r in view.model.rows if matches(r, text, status)]


def shown_ids(view: MeasureListView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, COL_CODE).data(RecordIdRole) for r in range(proxy.rowCount())]


def count_text(shown: int, total: int) -> str:
    return f"{format_count(shown)} von {format_count(total)} Maßnahmen"


def type_and_check(view: MeasureListView, qtbot: Any, text: str,
                   status: str | None = None) -> list[int]:
    """Type ``text`` key by key; after each key the rows are exactly the rule's."""
    counts = []
    for ch in text:
        qtbot.keyClick(view.text_edit, ch)
        typed = view.text_edit.text()
        assert shown_ids(view) == expected_ids(view, typed, status), typed
        counts.append(view.proxy.rowCount())
        assert view.count_label.text() == count_text(counts[-1], len(view.model.rows))
    return counts


def select_measure(view: MeasureListView, qtbot: Any, measure_id: str) -> None:
    """Click the measure's row, as a person picks it."""
    row = shown_ids(view).index(measure_id)
    view.table.scrollTo(view.proxy.index(row, COL_TITLE))
    rect = view.table.visualRect(view.proxy.index(row, COL_TITLE))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_id(view) == measure_id


def current_id(view: MeasureListView) -> str | None:
    return view.selected_measure_id()


def selected_ids(view: MeasureListView) -> set[str]:
    return {i.data(RecordIdRole) for i in view.table.selectionModel().selectedRows()}


# --- typing ----------------------------------------------------------------------------


def test_typing_narrows_key_by_key_and_backspace_widens_again(view: MeasureListView,
                                                              qtbot: Any) -> None:
    total = len(view.model.rows)
    assert total == 96 and shown_ids(view) == [r.id for r in view.model.rows]
    view.text_edit.setFocus()
    counts = type_and_check(view, qtbot, "kita lotsen")
    assert counts == sorted(counts, reverse=True)  # typing on only narrows
    assert 0 < counts[0] < total and 0 < counts[-1] < counts[0]
    for _ in range(len("kita lotsen")):
        qtbot.keyClick(view.text_edit, Qt.Key.Key_Backspace)
        typed = view.text_edit.text()
        assert shown_ids(view) == expected_ids(view, typed), typed
        assert view.count_label.text() == count_text(view.proxy.rowCount(), total)
    assert view.text_edit.text() == "" and view.proxy.rowCount() == total


def test_words_in_any_order_and_replaced_text_are_decided_afresh(view: MeasureListView,
                                                                  qtbot: Any) -> None:
    view.text_edit.setFocus()
    type_and_check(view, qtbot, "sprachkurse")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_and_check(view, qtbot, "LOTSEN kita")  # the selection is replaced: widens first
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Home)
    type_and_check(view, qtbot, "zz ")  # typed before the words: no narrowing assumed
    assert view.proxy.rowCount() == 0 and view.count_label.text() == count_text(0, 96)


def test_typing_with_a_status_chosen_keeps_both_filters(view: MeasureListView,
                                                        qtbot: Any) -> None:
    status = view.model.rows[0].status
    view.status_combo.setCurrentIndex(view.status_combo.findData(status))
    assert shown_ids(view) == expected_ids(view, "", status)
    view.text_edit.setFocus()
    type_and_check(view, qtbot, "kita", status)
    view.status_combo.setCurrentIndex(0)
    assert shown_ids(view) == expected_ids(view, "kita")


def test_the_sort_order_stays_while_typing_and_a_sort_keeps_the_filter(
        view: MeasureListView, qtbot: Any) -> None:
    view.table.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    view.text_edit.setFocus()
    type_and_check(view, qtbot, "kita")
    keys = [view.model.measure(view.model.row_of(i)).title_key for i in shown_ids(view)]
    assert keys == sorted(keys, reverse=True)
    before = set(shown_ids(view))
    view.table.sortByColumn(COL_COST, Qt.SortOrder.AscendingOrder)
    assert shown_ids(view) == expected_ids(view, "kita") and set(shown_ids(view)) == before
    costs = [view.model.measure(view.model.row_of(i)).cost_eur for i in shown_ids(view)]
    known = [c for c in costs if c is not None]
    assert known == sorted(known) and costs[len(known):] == [None] * (len(costs) - len(known))


# --- the current row and the selection -------------------------------------------------


def test_the_selected_measure_stays_selected_while_it_matches(view: MeasureListView,
                                                              qtbot: Any) -> None:
    target = expected_ids(view, "kita lotsen")[-1]
    select_measure(view, qtbot, target)
    view.text_edit.setFocus()
    for ch in "kita lotsen":
        qtbot.keyClick(view.text_edit, ch)
        assert current_id(view) == target and selected_ids(view) == {target}
    qtbot.keyClick(view.text_edit, "x")  # no measure left: nothing is selected
    assert view.proxy.rowCount() == 0
    assert current_id(view) is None and selected_ids(view) == set()


def test_a_sort_keeps_the_current_measure(view: MeasureListView, qtbot: Any) -> None:
    view.text_edit.setText("kita")
    target = shown_ids(view)[0]
    select_measure(view, qtbot, target)
    view.table.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert current_id(view) == target and selected_ids(view) == {target}
    assert shown_ids(view) == expected_ids(view, "kita")


def test_keyboard_moves_through_the_filtered_rows(view: MeasureListView, qtbot: Any) -> None:
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, "kita")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Return)  # to the first row
    ids = expected_ids(view, "kita")
    assert view.table.hasFocus() and current_id(view) == ids[0]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert current_id(view) == ids[1]
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert current_id(view) == ids[-1]


# --- edits while filtered ----------------------------------------------------------------


def test_an_edit_hides_a_row_that_no_longer_matches_and_shows_one_that_now_does(
        view: MeasureListView, hub: Any, qtbot: Any) -> None:
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, "kita")
    shown = shown_ids(view)
    keep, leave = shown[0], shown[len(shown) // 2]
    hidden = next(r for r in view.model.rows if not matches(r, "kita")
                  and view.model.row_of(r.id) > view.model.row_of(keep))
    select_measure(view, qtbot, keep)
    layouts: list[str] = []
    view.proxy.modelReset.connect(lambda: layouts.append("reset"))
    view.proxy.layoutChanged.connect(lambda: layouts.append("layout"))
    with qtbot.waitSignal(view.proxy.rowsRemoved):
        hub.run_undoable(UpdateFields("measure", leave, {"title": "Ohne Treffer",
                                                         "description": ""}))
    assert leave not in shown_ids(view)
    assert shown_ids(view) == expected_ids(view, "kita")
    assert view.count_label.text() == count_text(len(shown) - 1, 96)
    with qtbot.waitSignal(view.proxy.rowsInserted):
        hub.run_undoable(UpdateFields("measure", hidden.id, {"title": "Neue Kita-Runde"}))
    assert hidden.id in shown_ids(view)
    assert shown_ids(view) == expected_ids(view, "kita")
    assert view.count_label.text() == count_text(len(shown), 96)
    title = view.proxy.index(shown_ids(view).index(hidden.id), COL_TITLE).data()
    assert title == "Neue Kita-Runde"
    assert current_id(view) == keep and selected_ids(view) == {keep}
    hub.undo_stack.undo()
    hub.undo_stack.undo()
    assert shown_ids(view) == shown and current_id(view) == keep
    assert layouts == []  # row by row: no reset, no layout change


def test_an_edit_that_still_matches_refreshes_the_row_in_place(
        view: MeasureListView, hub: Any, qtbot: Any) -> None:
    view.text_edit.setText("kita")
    shown = shown_ids(view)
    measure_id = shown[1]
    with qtbot.waitSignal(view.proxy.dataChanged) as blocker:
        hub.run_undoable(UpdateFields("measure", measure_id, {"title": "Kita neu"}))
    top_left, bottom_right = blocker.args[:2]
    assert top_left.row() == bottom_right.row() == 1
    assert view.proxy.index(1, COL_TITLE).data() == "Kita neu"
    assert shown_ids(view) == shown


def test_added_and_deleted_measures_while_filtered(view: MeasureListView, hub: Any,
                                                   qtbot: Any) -> None:
    view.text_edit.setText("kita")
    before = shown_ids(view)
    goal_id = view.model.rows[0].goal_id
    added = [hub.run_without_undo(lambda s, t=t: s.structure.add_measure(goal_id, t))
             for t in ("Kita-Sprechstunde", "Radwege")]
    assert all(a is not None for a in added)
    assert shown_ids(view) == expected_ids(view, "kita") == [*before, added[0].id]
    assert view.count_label.text() == count_text(len(before) + 1, 98)
    hub.run_without_undo(lambda s: s.structure.delete_measure(before[0]))
    assert shown_ids(view) == expected_ids(view, "kita") == [*before[1:], added[0].id]
    assert view.count_label.text() == count_text(len(before), 97)
    hub.run_without_undo(lambda s: s.structure.delete_measure(added[1].id))  # not shown
    assert view.count_label.text() == count_text(len(before), 96)
    view.text_edit.clear()
    assert shown_ids(view) == [r.id for r in view.model.rows] and len(view.model.rows) == 96


def test_a_change_to_many_rows_at_once_is_decided_in_one_layout_change(
        view: MeasureListView, qtbot: Any) -> None:
    """As an import or a renamed field does: one ``dataChanged`` over many rows."""
    status = view.model.rows[0].status
    view.status_combo.setCurrentIndex(view.status_combo.findData(status))
    select_measure(view, qtbot, view.model.rows[0].id)
    kept = current_id(view)
    other = next(k for k in enums.STATUS if k != status)
    for row in view.model.rows[1::2]:  # every other row changes whether it shows
        row.status = other if row.status == status else status
    layouts: list[str] = []
    view.proxy.layoutChanged.connect(lambda: layouts.append("layout"))
    view.proxy.rowsRemoved.connect(lambda: layouts.append("removed"))
    view.model.emit_rows(range(len(view.model.rows)))
    assert shown_ids(view) == expected_ids(view, "", status)
    assert layouts == ["layout"] and current_id(view) == kept
    assert view.count_label.text() == count_text(view.proxy.rowCount(), 96)


def test_the_proxy_follows_the_model_after_a_reload(view: MeasureListView,
                                                    qtmodeltester: Any) -> None:
    view.text_edit.setText("kita")
    view.model.reload()
    assert shown_ids(view) == expected_ids(view, "kita")
    qtmodeltester.check(view.proxy)
    view.table.selectionModel().select(
        view.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    assert view.proxy.mapToSource(view.proxy.index(0, COL_CODE)).data(RecordIdRole) == \
        shown_ids(view)[0]
    source = view.proxy.mapToSource(view.proxy.index(2, COL_TITLE))
    assert view.proxy.mapFromSource(source).row() == 2
