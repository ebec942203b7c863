"""The negotiation panel: positions by a person, a side or a named group, compromises that
settle some of them, and Sondervoten; every change goes through the hub and is read back
from the catalogue."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QWidget

from lip_desktop.model import demo
from lip_desktop.ui.forms import EditorStack, GoalForm, MeasureForm
from lip_desktop.ui.negotiation import (
    LABEL,
    PERSON,
    SIDE,
    CompromiseTreeModel,
    NegotiationPanel,
    PositionTableModel,
    read_negotiation,
)

DEMO = demo.demo_catalogue()
MSO = "Migrant*innenselbstorganisationen"


def code_id(collection: str, code: str) -> str:
    return str(next(r["id"] for r in DEMO[collection] if r.get("code") == code))


def person_id(name: str) -> str:
    return str(next(p["id"] for p in DEMO["people"] if p["name"] == name))


MEASURE = code_id("measures", "BIL-M1.1.1")  # five positions, one compromise, two Sondervoten
OTHER = code_id("measures", "SVI-M1.1")  # two positions, one compromise, no Sondervoten
DEMIR = person_id("Aylin Demir")
KELLER = person_id("Jonas Keller")

HOLDER, TEXT = PositionTableModel.COL_HOLDER, PositionTableModel.COL_TEXT
STATUS = CompromiseTreeModel.COL_STATUS


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII through keyClicks, anything else as QKeyEvents with text
    (keyClicks with a non-ASCII character aborts the test process, see PITFALLS.md)."""
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
    if run:
        qtbot.keyClicks(widget, run)


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def panel(qtbot: Any, hub: Any) -> NegotiationPanel:
    widget = NegotiationPanel(hub)
    qtbot.addWidget(widget)
    widget.resize(900, 1100)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_subject("measure", MEASURE)
    return widget


def holders(panel: NegotiationPanel) -> list[str]:
    m = panel.positions_model
    return [m.index(r, HOLDER).data() for r in range(m.rowCount())]


def stored(hub: Any) -> Any:
    return read_negotiation(hub.catalogue, "measure", MEASURE)


def compromise_index(panel: NegotiationPanel, compromise_id: str) -> QModelIndex:
    model = panel.compromises_model
    return model.index(model.row_of(compromise_id), 0)


def add_position(qtbot: Any, panel: NegotiationPanel, holder: str, text: str) -> str:
    type_text(qtbot, panel.position_holder.lineEdit(), holder)
    type_text(qtbot, panel.position_text, text)
    before = {p.id for p in panel.data.positions}
    click(qtbot, panel.add_position_button)
    (new,) = [p.id for p in panel.data.positions if p.id not in before]
    return new


def test_panel_shows_the_demo_positions_and_the_compromise_with_its_sondervoten(
        panel: NegotiationPanel) -> None:
    assert holders(panel) == ["Verwaltung", "externe Expert*innen (extern)", "Aylin Demir",
                              MSO, "Jonas Keller"]
    positions = panel.positions_model
    assert positions.headerData(HOLDER, Qt.Orientation.Horizontal) == "vertreten von"
    assert positions.index(0, TEXT).data().startswith("Die Finanzierung ist nur")
    assert positions.index(0, PositionTableModel.COL_SESSION).data() == (
        "3. Sitzung Expert*innengruppe Bildung")

    tree = panel.compromises_model
    assert tree.rowCount() == 1
    top = tree.index(0, 0)
    assert top.data().startswith("Die Kita-Lotsinnen und -Lotsen starten 2026")
    assert tree.index(0, STATUS).data() == "vereinbart"
    settles, dissents = tree.index(0, 0, top), tree.index(1, 0, top)
    assert settles.data() == "Löst die Positionen (2 von 5)"
    checks = [tree.index(r, 0, settles).data(Qt.ItemDataRole.CheckStateRole)
              for r in range(tree.rowCount(settles))]
    assert checks == [Qt.CheckState.Checked, Qt.CheckState.Checked] + [
        Qt.CheckState.Unchecked] * 3
    assert dissents.data() == "Sondervoten (2)"
    assert [tree.index(r, CompromiseTreeModel.COL_HOLDER, dissents).data()
            for r in range(2)] == ["Aylin Demir", MSO]
    assert tree.index(1, 0, dissents).data().startswith("Die Verstetigung muss")
    assert panel.compromises_view.isExpanded(dissents)
    assert panel.current_compromise() is not None  # the first one is ready for a Sondervotum

    assert panel.positions_view.accessibleName() == "Positionen"
    assert panel.add_position_button.accessibleName() == "Position hinzufügen"
    assert panel.position_holder.accessibleName() == "Position vertreten von"
    texts = [panel.position_holder.itemText(i) for i in range(panel.position_holder.count())]
    assert {"Aylin Demir", "Verwaltung", "extern", MSO} <= set(texts)


def test_models_pass_qt_model_checks(qtmodeltester: Any, hub: Any) -> None:
    data = read_negotiation(hub.catalogue, "measure", MEASURE)
    positions = PositionTableModel(hub)
    positions.set_negotiation(data)
    assert positions.rowCount() == 5
    qtmodeltester.check(positions, force_py=True)
    tree = CompromiseTreeModel(hub)
    tree.set_negotiation(data)
    assert tree.rowCount() == 1
    qtmodeltester.check(tree, force_py=True)


def test_positions_are_added_by_a_person_a_side_and_a_named_group(
        qtbot: Any, panel: NegotiationPanel, hub: Any) -> None:
    by_person = add_position(qtbot, panel, "Jonas Keller", "Die Anmeldung braucht Zeit.")
    by_side = add_position(qtbot, panel, "extern", "Sofort in die Regelstruktur.")
    by_group = add_position(qtbot, panel, MSO, "Träger sollen die Vereine sein; "
                                               "Gespräche auf Türkisch und Arabisch.")

    person = hub.service.structure.get_record("position", by_person)
    assert (person.person_id, person.side, person.label) == (KELLER, "administration", "")
    assert person.subject_type == "measure" and person.subject_id == MEASURE
    side = hub.service.structure.get_record("position", by_side)
    assert (side.person_id, side.side, side.label) == (None, "external", "")
    assert side.text == "Sofort in die Regelstruktur."
    group = hub.service.structure.get_record("position", by_group)
    assert (group.person_id, group.side, group.label) == (None, None, MSO)
    assert group.text.endswith("auf Türkisch und Arabisch.")

    assert holders(panel)[-3:] == ["Jonas Keller", "extern", MSO]
    assert [p.id for p in stored(hub).positions][-3:] == [by_person, by_side, by_group]
    assert panel.position_text.toPlainText() == ""  # ready for the next one
    assert panel.position_holder.currentText() == ""


def test_a_position_needs_a_holder_and_a_text(qtbot: Any, panel: NegotiationPanel,
                                              hub: Any) -> None:
    type_text(qtbot, panel.position_text, "Ohne Absender")
    click(qtbot, panel.add_position_button)
    assert "wer die Position vertritt" in panel.positions_error.text()
    assert not panel.positions_error.isHidden()
    panel.position_text.clear()
    type_text(qtbot, panel.position_holder.lineEdit(), "extern")
    assert panel.position_holder.holder() == (SIDE, "external")
    click(qtbot, panel.add_position_button)
    assert "Text der Position" in panel.positions_error.text()
    assert len(stored(hub).positions) == 5


def test_holder_combo_resolves_people_sides_and_free_labels(panel: NegotiationPanel) -> None:
    combo = panel.position_holder
    combo.setEditText("Aylin Demir")
    assert combo.holder() == (PERSON, DEMIR)
    combo.setEditText("Verwaltung")
    assert combo.holder() == (SIDE, "administration")
    combo.setEditText("  Elternverein Süd ")
    assert combo.holder() == (LABEL, "Elternverein Süd")
    combo.setEditText("")
    assert combo.holder() is None


def test_a_position_text_is_edited_in_place_and_undone(panel: NegotiationPanel,
                                                       hub: Any) -> None:
    model = panel.positions_model
    first = model.position(0).id
    assert model.setData(model.index(0, TEXT), "Zwei Jahre Landesmittel, dann Prüfung.")
    assert hub.service.structure.get_record("position", first).text == (
        "Zwei Jahre Landesmittel, dann Prüfung.")
    assert model.index(0, TEXT).data() == "Zwei Jahre Landesmittel, dann Prüfung."
    assert hub.undo_stack.undoText() == "Position ändern"

    assert not model.setData(model.index(0, TEXT), "   ")
    assert "darf nicht leer sein" in panel.positions_error.text()
    assert hub.service.structure.get_record("position", first).text.startswith("Zwei Jahre")

    hub.undo_stack.undo()
    assert model.index(0, TEXT).data().startswith("Die Finanzierung ist nur")


def test_undo_of_a_position_add(qtbot: Any, panel: NegotiationPanel, hub: Any) -> None:
    new = add_position(qtbot, panel, "extern", "Bitte mit Dolmetschenden.")
    assert panel.positions_model.rowCount() == 6
    assert hub.undo_stack.undoText() == "Position hinzufügen"
    hub.undo_stack.undo()
    assert panel.positions_model.rowCount() == 5
    assert new not in {p.id for p in stored(hub).positions}
    hub.undo_stack.redo()
    assert panel.positions_model.row_of(new) == 5
    assert hub.service.structure.get_record("position", new).text == "Bitte mit Dolmetschenden."


def test_a_compromise_settles_the_checked_positions_and_gets_agreed(
        qtbot: Any, panel: NegotiationPanel, hub: Any) -> None:
    positions = panel.positions_model
    demir, keller = positions.position(2).id, positions.position(4).id
    assert positions.setData(positions.index(2, HOLDER), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert positions.setData(positions.index(4, HOLDER), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    assert positions.checked_ids() == [demir, keller]
    type_text(qtbot, panel.compromise_text, "Anstellung bei Trägern, Zugang zum Portal.")
    click(qtbot, panel.add_compromise_button)

    comps = stored(hub).compromises
    assert len(comps) == 2
    new = comps[1]
    assert new.text == "Anstellung bei Trägern, Zugang zum Portal."
    assert new.position_ids == (demir, keller)
    assert new.status == "proposed"
    assert positions.checked_ids() == []  # used up
    assert panel.current_compromise() is not None
    assert panel.current_compromise().id == new.id  # type: ignore[union-attr]
    assert panel.dissent_target.text().startswith("Anstellung bei Trägern")

    tree = panel.compromises_model
    top = compromise_index(panel, new.id)
    assert tree.index(top.row(), STATUS).data() == "vorgeschlagen"
    assert tree.setData(tree.index(top.row(), STATUS), "vereinbart")
    assert hub.service.structure.get_record("compromise", new.id).status == "agreed"
    assert tree.index(top.row(), STATUS).data() == "vereinbart"

    assert tree.setData(top, "Anstellung bei Trägern; Portalzugang ab 2027.")
    assert hub.service.structure.get_record("compromise", new.id).text == (
        "Anstellung bei Trägern; Portalzugang ab 2027.")
    assert not tree.setData(top, "  ")
    assert "darf nicht leer sein" in panel.compromises_error.text()

    # settle one more position from the tree, and release one
    settles = panel.compromises_model.settles_index(new.id)
    assert tree.setData(tree.index(0, 0, settles), Qt.CheckState.Checked,
                        Qt.ItemDataRole.CheckStateRole)
    assert tree.setData(tree.index(4, 0, settles), Qt.CheckState.Unchecked,
                        Qt.ItemDataRole.CheckStateRole)
    first = positions.position(0).id
    assert hub.service.structure.get_record("compromise", new.id).position_ids == (demir, first)
    assert panel.compromises_model.settles_index(new.id).data() == (
        "Löst die Positionen (2 von 5)")

    hub.undo_stack.undo()  # the compromise goes, the positions stay
    assert len(stored(hub).compromises) == 1
    assert panel.positions_model.rowCount() == 5


def test_status_is_picked_in_the_tree_with_the_german_labels(
        qtbot: Any, panel: NegotiationPanel, hub: Any) -> None:
    tree, view = panel.compromises_model, panel.compromises_view
    comp = tree.compromise(0)
    index = tree.index(0, STATUS)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index) or QApplication.focusWidget()
    assert [editor.itemText(i) for i in range(editor.count())] == [  # type: ignore[union-attr]
        "vorgeschlagen", "vereinbart", "verworfen"]
    editor.setCurrentIndex(2)  # type: ignore[union-attr]
    editor.activated.emit(2)  # type: ignore[union-attr]
    assert hub.service.structure.get_record("compromise", comp.id).status == "rejected"
    assert tree.index(0, STATUS).data() == "verworfen"


def test_sondervoten_are_added_by_a_group_and_a_person_and_removed(
        qtbot: Any, panel: NegotiationPanel, hub: Any, answers: Any) -> None:
    comp = panel.compromises_model.compromise(0)
    panel.select_compromise(comp.id)

    type_text(qtbot, panel.dissent_holder.lineEdit(), "Elternbeirat Süd")
    type_text(qtbot, panel.dissent_text, "Die Auswertung muss Eltern beteiligen.")
    click(qtbot, panel.add_dissent_button)
    type_text(qtbot, panel.dissent_holder.lineEdit(), "Jonas Keller")
    type_text(qtbot, panel.dissent_text, "Der Portalzugang fehlt im Kompromiss.")
    click(qtbot, panel.add_dissent_button)

    dissents = hub.service.structure.get_record("compromise", comp.id).dissents
    assert [(d.person_id, d.label) for d in dissents] == [
        (DEMIR, ""), (None, MSO), (None, "Elternbeirat Süd"), (KELLER, "")]
    assert dissents[3].text == "Der Portalzugang fehlt im Kompromiss."
    tree = panel.compromises_model
    group = tree.dissents_index(comp.id)
    assert group.data() == "Sondervoten (4)"
    assert panel.compromises_view.isExpanded(group)  # still open after the refresh
    assert panel.current_compromise().id == comp.id  # type: ignore[union-attr]
    assert panel.dissent_text.toPlainText() == ""

    # remove the Sondervotum of the Migrant*innenselbstorganisationen (the second)
    panel.compromises_view.setCurrentIndex(tree.index(1, 0, group))
    assert panel.remove_dissent_button.isEnabled()
    click(qtbot, panel.remove_dissent_button)
    assert "Migrant*innenselbstorganisationen entfernen" in answers.texts()
    dissents = hub.service.structure.get_record("compromise", comp.id).dissents
    assert [(d.person_id, d.label) for d in dissents] == [
        (DEMIR, ""), (None, "Elternbeirat Süd"), (KELLER, "")]
    assert tree.dissents_index(comp.id).data() == "Sondervoten (3)"

    answers.yes = False  # "No" keeps it
    assert not panel.remove_dissent(comp.id, 0)
    assert len(hub.service.structure.get_record("compromise", comp.id).dissents) == 3


def test_a_sondervotum_needs_a_person_or_group(qtbot: Any, panel: NegotiationPanel,
                                               hub: Any) -> None:
    comp = panel.compromises_model.compromise(0)
    type_text(qtbot, panel.dissent_text, "Ohne Absender")
    click(qtbot, panel.add_dissent_button)
    assert "wer das Sondervotum abgibt" in panel.compromises_error.text()
    assert len(hub.service.structure.get_record("compromise", comp.id).dissents) == 2


def test_removing_a_settled_position_is_refused_and_nothing_changes(
        qtbot: Any, panel: NegotiationPanel, hub: Any, answers: Any) -> None:
    panel.positions_view.selectRow(0)  # the administration's, settled by the compromise
    click(qtbot, panel.remove_position_button)
    assert "Teil eines Kompromisses" in answers.texts()
    assert len(stored(hub).positions) == 5
    assert hub.undo_stack.count() == 0

    # settled by a compromise of another measure: the model refuses, the hub tells why
    keller = panel.positions_model.position(4).id
    other = hub.service.structure.get_record("compromise", read_negotiation(
        hub.catalogue, "measure", OTHER).compromises[0].id)
    hub.service.negotiation.update_compromise(other.id, position_ids=[*other.position_ids, keller])
    answers.shown.clear()
    assert not panel.remove_position(keller)
    assert "Teil eines Kompromisses" in answers.texts()
    assert len(stored(hub).positions) == 5
    assert hub.undo_stack.count() == 0


def test_an_unsettled_position_is_removed_after_asking_and_comes_back_with_undo(
        qtbot: Any, panel: NegotiationPanel, hub: Any, answers: Any) -> None:
    keller = panel.positions_model.position(4).id
    panel.positions_view.selectRow(4)
    click(qtbot, panel.remove_position_button)
    assert "Die Position von Jonas Keller entfernen?" in answers.texts()
    assert keller not in {p.id for p in stored(hub).positions}
    assert panel.positions_model.rowCount() == 4
    hub.undo_stack.undo()
    assert panel.positions_model.row_of(keller) == 4


def test_positions_added_in_a_session_are_recorded_there(hub: Any) -> None:
    group = DEMO["sessions"][0]["group_id"]
    meeting = hub.service.meetings.add_meeting(group, "Live-Sitzung", "2026-05-04T17:00:00").value
    panel = NegotiationPanel(hub)
    panel.set_subject("measure", MEASURE, session_id=meeting.id)
    new = panel.add_position("Ein Wort aus der Sitzung.", label="Gäste")
    assert new is not None
    assert hub.service.structure.get_record("position", new).session_id == meeting.id
    row = panel.positions_model.row_of(new)
    assert panel.positions_model.index(row, PositionTableModel.COL_SESSION).data() == (
        "Live-Sitzung")


def test_other_subjects_changes_do_not_reload_and_a_deleted_subject_empties_the_panel(
        panel: NegotiationPanel, hub: Any) -> None:
    resets: list[int] = []
    panel.positions_model.modelReset.connect(lambda: resets.append(1))
    assert hub.run_without_undo(
        lambda s: s.structure.update_measure(OTHER, title="Anderer Titel")) is not None
    assert resets == []

    goal = code_id("goals", "BIL-Z1")
    fresh = hub.service.structure.add_measure(goal, "Kurzlebige Maßnahme").value.id
    panel.set_subject("measure", fresh)
    assert panel.add_position("Gleich wieder weg.", side="administration")
    assert panel.positions_model.rowCount() == 1
    assert hub.run_without_undo(lambda s: s.structure.delete_measure(fresh)) is not None
    assert panel.subject == (None, None)
    assert panel.positions_model.rowCount() == 0
    assert not panel.isEnabled()


def test_measure_and_goal_forms_embed_the_panel(qtbot: Any, hub: Any) -> None:
    stack = EditorStack(hub)
    qtbot.addWidget(stack)
    stack.show_record("measure", MEASURE)
    form = stack.current_form()
    assert isinstance(form, MeasureForm)
    assert form.negotiation.subject == ("measure", MEASURE)
    assert form.negotiation.positions_model.rowCount() == 5
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert titles[-1] == "Verhandlung: Positionen, Kompromisse, Sondervoten"

    goal = code_id("goals", "BIL-Z1")
    stack.show_record("goal", goal)
    goal_form = stack.current_form()
    assert isinstance(goal_form, GoalForm)
    assert goal_form.negotiation.subject == ("goal", goal)
    assert form.negotiation.subject == (None, None)  # the measure form was cleared
    assert goal_form.negotiation.add_position("Ziel zu allgemein.", side="external")
    assert [p.text for p in read_negotiation(hub.catalogue, "goal", goal).positions] == [
        "Ziel zu allgemein."]
    assert goal_form.negotiation.positions_model.rowCount() == 1


@pytest.mark.parametrize("field", ["position_text", "compromise_text", "dissent_text"])
def test_outdated_terms_are_marked_in_positions_and_compromises(
        qtbot: Any, panel: NegotiationPanel, field: str) -> None:
    edit = getattr(panel, field)
    edit.setFocus()
    qtbot.keyClicks(edit, "Die Mehrheitsgesellschaft soll zahlen.")
    assert [f.found for f in edit.findings()] == ["Mehrheitsgesellschaft"]
    assert "Mehrheitsbevölkerung" in edit.tooltip_at(edit.findings()[0].start + 2)


def test_a_position_edited_in_place_marks_outdated_terms(qtbot: Any,
                                                        panel: NegotiationPanel) -> None:
    index = panel.positions_model.index(0, TEXT)
    panel.positions_view.setCurrentIndex(index)
    panel.positions_view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and hasattr(editor, "findings")
    editor.selectAll()
    qtbot.keyClicks(editor, "Fuer die Mehrheitsgesellschaft")
    assert [f.found for f in editor.findings()] == ["Mehrheitsgesellschaft"]


def test_the_term_report_names_a_position_by_holder_and_subject(hub: Any) -> None:
    from lip_desktop.model import queries
    from lip_desktop.model.checks import term_hits

    position = hub.service.negotiation.add_position("measure", MEASURE, "Die Mehrheitsgesellschaft "
                                        "muss mitziehen.", label="Stadtelternrat").value
    hits = [h for h in term_hits(queries.export_document(hub.catalogue))
            if h.record_id == position.id]
    measure = hub.record("measure", MEASURE)
    title = measure.title if len(measure.title) <= 40 else measure.title[:39] + "…"
    assert [h.record for h in hits] == [
        f"Position Stadtelternrat zu Maßnahme {measure.code} {title}"]
    assert position.id not in hits[0].record
