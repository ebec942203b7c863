"""The measure list and the search panel on the demo catalogue, as a facilitator uses them."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from lip_desktop.model import demo
from lip_desktop.model.commands import UpdateFields
from lip_desktop.model.search import normalise
from lip_desktop.ui.measure_list import (
    COL_CODE,
    COL_COST,
    COL_GOAL,
    COL_INDICATORS,
    COL_ORIGIN,
    COL_STEERING,
    COL_TITLE,
    COLUMN_KEYS,
    WITHOUT,
    MeasureFilterProxy,
    MeasureListSettings,
    MeasureListView,
    MeasureTableModel,
    RecordIdRole,
    SortRole,
    format_eur,
)
from lip_desktop.ui.roles import RecordIdRole as HitIdRole
from lip_desktop.ui.search_panel import SearchPanel

DOC = demo.demo_catalogue()
MEASURES = {m["code"]: m for m in DOC["measures"]}
ALL = set(MEASURES)


def codes_where(**values: Any) -> set[str]:
    return {code for code, m in MEASURES.items()
            if all(m[k] == v for k, v in values.items())}


def shown(proxy: Any) -> set[str]:
    return {proxy.index(r, COL_CODE).data() for r in range(proxy.rowCount())}


def column(proxy: Any, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [proxy.index(r, col).data(role) for r in range(proxy.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, umlauts included (``qtbot.keyClicks`` aborts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


@pytest.fixture
def view(hub: Any, qtbot: Any) -> MeasureListView:
    v = MeasureListView(hub)
    qtbot.addWidget(v)
    return v


def row_of_code(proxy: Any, code: str) -> int:
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, COL_CODE).data() == code)


# --- the table model -----------------------------------------------------------------


def test_models_pass_the_qt_model_tester(hub: Any, qtmodeltester: Any) -> None:
    model = MeasureTableModel(hub)
    qtmodeltester.check(model)
    proxy = MeasureFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("kita")
    qtmodeltester.check(proxy)
    model.sort(COL_COST, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_the_list_shows_every_measure_across_fields_with_german_labels(view: Any) -> None:
    proxy = view.proxy
    assert shown(proxy) == ALL
    assert view.count_label.text() == "21 von 21 Maßnahmen"
    row = row_of_code(proxy, "BIL-M1.1.2")
    values = [proxy.index(row, c).data() for c in range(len(COLUMN_KEYS))]
    assert values[:3] == ["BIL-M1.1.2", MEASURES["BIL-M1.1.2"]["title"], "Bildung"]
    assert values[4:6] == ["vereinbart", "dauerhaft (Regelstruktur)"]
    assert values[COL_COST] == "38.500,00 €"
    assert values[COL_STEERING] == "Zustimmung"
    indicators = Counter(i["measure_id"] for i in DOC["indicators"])
    assert values[COL_INDICATORS] == indicators[MEASURES["BIL-M1.1.2"]["id"]]
    assert proxy.index(row, COL_CODE).data(RecordIdRole) == MEASURES["BIL-M1.1.2"]["id"]
    assert proxy.headerData(COL_STEERING, Qt.Orientation.Horizontal) == "Votum Lenkungsgruppe"


def test_open_comments_are_counted_per_measure(view: Any) -> None:
    open_comments = Counter(c["subject_id"] for c in DOC["review_comments"]
                            if c["subject_type"] == "measure" and not c["resolved"])
    proxy = view.proxy
    for code, m in MEASURES.items():
        row = row_of_code(proxy, code)
        assert proxy.index(row, len(COLUMN_KEYS) - 1).data() == open_comments[m["id"]]
    assert sum(open_comments.values()) >= 1


def test_steering_decisions_are_coloured_per_decision(view: Any) -> None:
    proxy = view.proxy
    colours = {}
    for code in ("BIL-M1.1.2", "BIL-M1.2", "DEM-M2.1", "BIL-M1.1"):
        index = proxy.index(row_of_code(proxy, code), COL_STEERING)
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        colours[index.data()] = brush.color().name() if brush is not None else None
    assert colours == {"Zustimmung": "#c8e6c9", "Überarbeitung": "#ffe0b2",
                       "Ablehnung": "#ffcdd2", "": None}


def test_costs_are_formatted_in_german() -> None:
    assert format_eur(120000) == "120.000,00 €"
    assert format_eur(12350.75) == "12.350,75 €"
    assert format_eur(0) == "0,00 €"
    assert format_eur(None) == ""


def test_unknown_roles_and_invalid_indexes_give_none(hub: Any) -> None:
    model = MeasureTableModel(hub)
    assert model.data(QModelIndex()) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 99) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


# --- filters ---------------------------------------------------------------------------


def test_filter_by_action_field(view: Any) -> None:
    field = next(f for f in DOC["action_fields"] if f["code"] == "BIL")
    view.field_combo.setCurrentIndex(view.field_combo.findData(field["id"]))
    assert shown(view.proxy) == {c for c in ALL if c.startswith("BIL-")}
    assert view.count_label.text() == "7 von 21 Maßnahmen"


def test_filter_by_status_and_kind(view: Any) -> None:
    view.status_combo.setCurrentIndex(view.status_combo.findData("agreed"))
    assert shown(view.proxy) == codes_where(status="agreed")
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("permanent"))
    assert shown(view.proxy) == codes_where(status="agreed", kind="permanent")
    view.status_combo.setCurrentIndex(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(WITHOUT))
    assert shown(view.proxy) == codes_where(kind=None) == {"BIL-M2.1"}


@pytest.mark.parametrize("decision", ["approved", "revise", "rejected", WITHOUT])
def test_filter_by_steering_decision(view: Any, decision: str) -> None:
    view.steering_combo.setCurrentIndex(view.steering_combo.findData(decision))
    expected = codes_where(steering_decision=decision or None)
    assert expected and shown(view.proxy) == expected


def test_filter_by_having_indicators(view: Any) -> None:
    with_indicators = {code for code, m in MEASURES.items()
                       if any(i["measure_id"] == m["id"] for i in DOC["indicators"])}
    view.indicators_combo.setCurrentIndex(view.indicators_combo.findData(True))
    assert shown(view.proxy) == with_indicators
    view.indicators_combo.setCurrentIndex(view.indicators_combo.findData(False))
    assert shown(view.proxy) == ALL - with_indicators != set()
    view.indicators_combo.setCurrentIndex(0)
    assert shown(view.proxy) == ALL


def test_free_text_filters_code_title_description_and_lead(view: Any) -> None:
    def matching(*words: str) -> set[str]:
        return {code for code, m in MEASURES.items() if all(
            normalise(w) in normalise(f"{code} {m['title']} {m['description']} {m['lead']}")
            for w in words)}

    view.text_edit.setText("kita")
    assert "BIL-M1.1.1" in shown(view.proxy)
    assert shown(view.proxy) == matching("kita")
    view.text_edit.setText("kita fortbildung")
    assert shown(view.proxy) == matching("kita", "fortbildung") == {"BIL-M1.1.2"}
    view.text_edit.setText("SOZ-M")
    assert shown(view.proxy) == {c for c in ALL if c.startswith("SOZ-")}
    view.text_edit.clear()
    assert shown(view.proxy) == ALL


def test_typing_an_umlaut_filters_umlaut_insensitively(view: Any) -> None:
    view.text_edit.setFocus()
    type_text(view.text_edit, "Übergangscoaching")
    assert view.text_edit.text() == "Übergangscoaching"
    assert shown(view.proxy) == {"BIL-M1.2.1"}
    view.text_edit.setText("uebergangscoaching")
    assert shown(view.proxy) == {"BIL-M1.2.1"}


def test_typing_without_umlauts_filters_umlaut_words(view: Any, qtbot: Any) -> None:
    view.text_edit.setFocus()
    qtbot.keyClicks(view.text_edit, "Ubergangscoaching")  # "Übergangscoaching" typed plainly
    assert shown(view.proxy) == {"BIL-M1.2.1"}
    view.text_edit.clear()
    qtbot.keyClicks(view.text_edit, "Ubergang")
    assert "BIL-M1.2.1" in shown(view.proxy)


def test_filter_by_lead_and_reset(view: Any) -> None:
    view.lead_edit.setText("personal und organisation")
    expected = {c for c, m in MEASURES.items()
                if "personal und organisation" in m["lead"].casefold()}
    assert expected and shown(view.proxy) == expected
    view.status_combo.setCurrentIndex(view.status_combo.findData("agreed"))
    assert view.count_label.text() == f"{len(expected & codes_where(status='agreed'))} von 21 " \
                                      "Maßnahmen"
    view.reset_button.click()
    assert shown(view.proxy) == ALL and view.lead_edit.text() == ""
    assert view.status_combo.currentIndex() == 0


# --- sorting ---------------------------------------------------------------------------


def test_sorting_by_cost_uses_numbers_and_puts_unknown_costs_last(view: Any) -> None:
    view.table.sortByColumn(COL_COST, Qt.SortOrder.AscendingOrder)
    values = column(view.proxy, COL_COST, SortRole)
    known = [v for v in values if v is not None]
    assert known == sorted(known) and all(isinstance(v, float) for v in known)
    assert values[len(known):] == [None] * (len(values) - len(known))
    display = column(view.proxy, COL_COST)
    # As text "312.000,00 €" would come before "38.500,00 €".
    assert display.index("38.500,00 €") < display.index("312.000,00 €")
    view.table.sortByColumn(COL_COST, Qt.SortOrder.DescendingOrder)
    assert column(view.proxy, COL_COST)[0] == "312.000,00 €"
    assert column(view.proxy, COL_COST)[-1] == ""


def test_sorting_by_code_is_natural_and_survives_filtering(view: Any) -> None:
    view.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
    view.text_edit.setText("BIL-M1")
    assert column(view.proxy, COL_CODE) == ["BIL-M1.1", "BIL-M1.1.1", "BIL-M1.1.2",
                                            "BIL-M1.2", "BIL-M1.2.1"]


# --- selecting -------------------------------------------------------------------------


def test_double_click_selects_the_measure(view: Any, hub: Any, qtbot: Any) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.text_edit.setText("Sprachcafés")
    index = view.proxy.index(0, COL_TITLE)
    rect = view.table.visualRect(index)
    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert blocker.args == ["measure", MEASURES["BIL-M2.1"]["id"]]


def test_enter_in_the_filter_then_on_the_row_selects_the_measure(view: Any, hub: Any,
                                                                  qtbot: Any) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.text_edit.setText("Wohnungsmarkt")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Return)
    assert view.table.currentIndex().row() == 0
    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == ["measure", MEASURES["SOZ-M2.1"]["id"]]


# --- following the catalogue -----------------------------------------------------------


def test_an_edit_updates_the_row_without_a_reset(view: Any, hub: Any, qtbot: Any) -> None:
    resets: list[str] = []
    view.model.modelReset.connect(lambda: resets.append("model"))
    view.proxy.modelReset.connect(lambda: resets.append("proxy"))
    view.model.layoutChanged.connect(lambda: resets.append("layout"))
    measure_id = MEASURES["SOZ-M1.1"]["id"]
    with qtbot.waitSignal(view.model.dataChanged) as blocker:
        assert hub.run_undoable(UpdateFields("measure", measure_id, {"title": "X"}))
    top_left, bottom_right = blocker.args[:2]
    assert top_left.row() == bottom_right.row() == view.model.row_of(measure_id)
    row = row_of_code(view.proxy, "SOZ-M1.1")
    assert view.proxy.index(row, COL_TITLE).data() == "X"
    hub.undo_stack.undo()
    assert view.proxy.index(row, COL_TITLE).data() == MEASURES["SOZ-M1.1"]["title"]
    assert resets == []


def test_an_edit_that_leaves_the_filter_hides_the_row(view: Any, hub: Any) -> None:
    view.status_combo.setCurrentIndex(view.status_combo.findData("agreed"))
    before = shown(view.proxy)
    assert "SOZ-M1.1" in before
    hub.run_undoable(UpdateFields("measure", MEASURES["SOZ-M1.1"]["id"], {"status": "deferred"}))
    assert shown(view.proxy) == before - {"SOZ-M1.1"}
    assert view.count_label.text() == f"{len(before) - 1} von 21 Maßnahmen"


def test_added_and_deleted_measures_are_inserted_and_removed(view: Any, hub: Any,
                                                             qtbot: Any) -> None:
    resets: list[bool] = []
    view.model.modelReset.connect(lambda: resets.append(True))
    goal_id = MEASURES["JUG-M1.1"]["goal_id"]
    with qtbot.waitSignal(view.model.rowsInserted):
        added = hub.run_without_undo(lambda s: s.structure.add_measure(goal_id, "Neue Maßnahme",
                                                                       cost_eur=1.0))
    assert added is not None
    assert view.count_label.text() == "22 von 22 Maßnahmen"
    row = view.model.row_of(added.id)
    assert view.model.index(row, COL_TITLE).data() == "Neue Maßnahme"
    with qtbot.waitSignal(view.model.rowsRemoved):
        hub.run_without_undo(lambda s: s.structure.delete_measure(added.id))
    assert view.model.row_of(added.id) == -1
    assert shown(view.proxy) == ALL
    assert resets == []


def test_counts_and_goal_names_follow_their_records(view: Any, hub: Any) -> None:
    m = MEASURES["JUG-M1.1"]
    row = view.model.row_of(m["id"])
    before = view.model.index(row, COL_INDICATORS).data()
    hub.run_without_undo(lambda s: s.structure.add_indicator(m["id"], "Teilnehmende Schulen"))
    assert view.model.index(row, COL_INDICATORS).data() == before + 1
    hub.run_undoable(UpdateFields("goal", m["goal_id"], {"title": "Neuer Zieltitel"}))
    assert view.model.index(row, COL_GOAL).data().endswith("Neuer Zieltitel")


# --- columns ---------------------------------------------------------------------------


def test_column_chooser_hides_a_column_and_the_next_view_remembers(hub: Any,
                                                                   qtbot: Any) -> None:
    first = MeasureListView(hub)
    qtbot.addWidget(first)
    menu = first.column_menu()
    action = next(a for a in menu.actions() if a.text() == "Herkunft")
    assert action.isChecked()
    action.trigger()
    assert first.table.isColumnHidden(COL_ORIGIN)
    assert MeasureListSettings().hidden_columns == ["origin"]
    second = MeasureListView(hub)
    qtbot.addWidget(second)
    assert second.table.isColumnHidden(COL_ORIGIN)
    assert not second.table.isColumnHidden(COL_TITLE)
    second.show_all_columns()
    third = MeasureListView(hub)
    qtbot.addWidget(third)
    assert not third.table.isColumnHidden(COL_ORIGIN)


def test_the_last_visible_column_cannot_be_hidden(view: Any) -> None:
    for col in range(len(COLUMN_KEYS)):
        view.set_column_visible(col, False)
    assert [c for c in range(len(COLUMN_KEYS)) if not view.table.isColumnHidden(c)] == [
        len(COLUMN_KEYS) - 1]
    menu = view.column_menu()
    assert [a.isEnabled() for a in menu.actions() if a.isCheckable() and a.isChecked()] == [
        False]


def test_controls_have_accessible_names(view: Any) -> None:
    for widget in (view.text_edit, view.lead_edit, view.field_combo, view.status_combo,
                   view.kind_combo, view.steering_combo, view.indicators_combo,
                   view.reset_button, view.table, view.count_label):
        assert widget.accessibleName(), widget
    assert view.text_edit.placeholderText() == "Filtern …"


# --- the search panel ------------------------------------------------------------------


@pytest.fixture
def panel(hub: Any, qtbot: Any) -> SearchPanel:
    p = SearchPanel(hub)
    qtbot.addWidget(p)
    return p


def result_texts(panel: SearchPanel) -> list[str]:
    return [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]


def test_search_panel_finds_as_you_type_after_a_pause(panel: SearchPanel,
                                                      qtbot: Any) -> None:
    assert panel.edit.placeholderText() == "Suchen … (Strg+F)"
    assert panel.edit.accessibleName() and panel.results.accessibleName()
    with qtbot.waitSignal(panel.sig_search_finished, timeout=2000) as blocker:
        qtbot.keyClicks(panel.edit, "Lotsinnen")
    assert blocker.args[0] == "Lotsinnen"
    texts = result_texts(panel)
    assert texts[0] == "BIL-M1.1.1 Mehrsprachige Kita-Lotsinnen und -Lotsen"
    assert any(t.startswith("BIL-M1.1.1 Mehrsprachige Kita-Lotsinnen und -Lotsen — "
                            "Position (") for t in texts)
    assert panel.count_label.text() == f"{len(texts)} Treffer"


def test_search_panel_is_umlaut_insensitive_both_ways(panel: SearchPanel) -> None:
    panel.edit.setFocus()
    type_text(panel.edit, "Öffnung")
    panel.search_now()
    typed = result_texts(panel)
    panel.edit.setText("oeffnung")
    panel.search_now()
    assert result_texts(panel) == typed
    assert "SVI Stadtverwaltung und interkulturelle Öffnung" in typed


def test_search_panel_results_pass_the_model_tester(panel: SearchPanel,
                                                    qtmodeltester: Any) -> None:
    panel.edit.setText("kita")
    panel.search_now()
    assert panel.model.rowCount() > 3
    qtmodeltester.check(panel.model)
    panel.edit.setText("zauberwortxyz")
    panel.search_now()
    assert panel.model.rowCount() == 0 and panel.count_label.text() == "Keine Treffer"
    qtmodeltester.check(panel.model)


def test_activating_a_result_selects_its_record(panel: SearchPanel, hub: Any,
                                                qtbot: Any) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.edit.setText("bevor Vertrauen entstanden")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)  # searches and moves to the first hit
    assert panel.model.rowCount() == 1
    hit = panel.model.hit(0)
    assert hit.source_type == "position"
    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert blocker.args == ["measure", MEASURES["BIL-M1.1.1"]["id"]]

    panel.edit.setText("Birgit Sommer")
    panel.search_now()
    person = next(p for p in DOC["people"] if p["name"] == "Birgit Sommer")
    assert panel.model.index(0, 0).data(HitIdRole) == person["id"]
    rect = panel.results.visualRect(panel.model.index(0, 0))
    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert blocker.args == ["person", person["id"]]


def test_search_panel_follows_changes_lazily(panel: SearchPanel, hub: Any) -> None:
    panel.edit.setText("Sprachcafés")
    panel.search_now()
    assert panel.model.rowCount() >= 1 and not panel.stale
    measure_id = MEASURES["SOZ-M2.1"]["id"]
    hub.run_undoable(UpdateFields("measure", measure_id, {"title": "Zauberwort-Prüfung"}))
    assert panel.stale
    panel.edit.setText("zauberwort pruefung")
    panel.search_now()
    assert [panel.model.hit(r).record_id for r in range(panel.model.rowCount())] == [
        measure_id]
    assert not panel.stale


def test_hits_of_a_deleted_record_disappear_at_once(panel: SearchPanel, hub: Any) -> None:
    panel.edit.setText("Empowerment")
    panel.search_now()
    measure_id = MEASURES["JUG-M1.1"]["id"]
    assert measure_id in {panel.model.hit(r).record_id for r in range(panel.model.rowCount())}
    assert hub.run_without_undo(lambda s: s.structure.delete_measure(measure_id)) is not None
    assert measure_id not in {panel.model.hit(r).record_id
                              for r in range(panel.model.rowCount())}


def test_focus_search_selects_the_text(panel: SearchPanel, qtbot: Any) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.edit.setText("kita")
    panel.focus_search()
    assert panel.edit.selectedText() == "kita"
    assert panel.timer.isActive()
    panel.hide()
    assert not panel.timer.isActive()  # no search after the panel (and catalogue) is gone


def test_filter_by_implementation_status_follows_a_new_state(view: Any, hub: Any,
                                                              qtbot: Any) -> None:
    """Chosen with the keyboard like a person; a state set afterwards shows at once."""
    combo = view.implementation_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Umsetzung: alle", "nicht begonnen", "in Bearbeitung",
        "in das laufende Geschäft übergegangen", "erfüllt", "nicht weiter zu verfolgen",
        "ohne Umsetzungsstand"]
    combo.setFocus()
    for _ in range(2):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "in_progress"
    assert shown(view.proxy) == set()
    hub.run_without_undo(lambda s: s.implementation.set_implementation(
        MEASURES["SOZ-M1.1"]["id"], status="in_progress"))
    assert shown(view.proxy) == {"SOZ-M1.1"}
    combo.setCurrentIndex(combo.findData(WITHOUT))
    assert shown(view.proxy) == ALL - {"SOZ-M1.1"}
    view.reset_button.click()
    assert combo.currentIndex() == 0 and shown(view.proxy) == ALL


def test_filter_by_target_follows_new_indicator_values(view: Any, hub: Any,
                                                       qtbot: Any) -> None:
    """Erreicht / verfehlt / offen from the newest values (rule: model.controlling); a
    value entered afterwards moves the measure at once; measures without indicators are
    in none of the three."""
    combo = view.target_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Zielwert: alle", "Zielwert erreicht", "Zielwert verfehlt", "Zielwert offen"]
    with_indicators = {code for code, m in MEASURES.items()
                       if any(i["measure_id"] == m["id"] for i in DOC["indicators"])}
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert combo.currentData() == "open"
    assert shown(view.proxy) == with_indicators
    code, measure = next((c, m) for c, m in MEASURES.items()
                         if any(i["name"].startswith("Abgänger") and i["measure_id"] == m["id"]
                                for i in DOC["indicators"]))
    indicators = {i["name"]: i["id"] for i in DOC["indicators"]
                  if i["measure_id"] == measure["id"]}
    for name, value in indicators.items():  # 18.2 → 12 (lower is better); none → 450
        hub.run_without_undo(lambda s, i=value, n=name: s.implementation.set_indicator_value(
            i, 2029, 11.0 if n.startswith("Abgänger") else 450.0))
    assert shown(view.proxy) == with_indicators - {code}
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "reached" and shown(view.proxy) == {code}
    late = next(v for n, v in indicators.items() if not n.startswith("Abgänger"))
    hub.run_without_undo(lambda s: s.implementation.set_indicator_value(late, 2030, 400.0))
    assert shown(view.proxy) == set()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "missed" and shown(view.proxy) == {code}
    view.reset_button.click()
    assert combo.currentIndex() == 0 and shown(view.proxy) == ALL
