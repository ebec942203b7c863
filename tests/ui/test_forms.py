"""Record forms: every finished field edit is checked by the model, stored at once and
undoable; refused values stay in the field with a German message; outdated terms are
marked while typing and replaced in one click."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from lip_desktop.model import demo
from lip_desktop.model.commands import AddRecord, DeleteRecord
from lip_desktop.model.queries import indicators_of
from lip_desktop.model.terminology import DEFAULT_RULES, TermChecker
from lip_desktop.ui.forms import (
    ActionFieldForm,
    EditorStack,
    GoalForm,
    IndicatorTableModel,
    MeasureForm,
)
from lip_desktop.ui.forms.indicators import COLUMNS
from lip_desktop.ui.widgets.numbers import format_euro, parse_decimal
from lip_desktop.ui.widgets.term_edit import TermHintBar, TermTextEdit

DEMO = demo.demo_catalogue()


def code_id(collection: str, code: str) -> str:
    return str(next(r["id"] for r in DEMO[collection] if r.get("code") == code))


MEASURE = code_id("measures", "BIL-M1.1")  # start 2026-09, end 2028-08, two indicators


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


def type_month(qtbot: Any, edit: Any, text: str) -> None:
    """Click into the month field, type ``text`` and press Return, like a person."""
    qtbot.mouseClick(edit.month_text, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit.month_text, text)
    qtbot.keyClick(edit.month_text, Qt.Key.Key_Return)


def measure(hub: Any) -> Any:
    return hub.service.structure.get_record("measure", MEASURE)


@pytest.fixture
def form(stack: EditorStack) -> MeasureForm:
    stack.show_record("measure", MEASURE)
    current = stack.current_form()
    assert isinstance(current, MeasureForm)
    return current


def finish_in_text_edit(qtbot: Any, form: MeasureForm, edit: TermTextEdit) -> None:
    """Leave a multi-line field (its edit is finished when the focus moves on)."""
    form.lead.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())


# --- the editor stack ------------------------------------------------------------------


def test_stack_shows_the_form_of_the_record_and_an_empty_page_otherwise(
        stack: EditorStack, hub: Any) -> None:
    assert stack.currentWidget() is stack.empty_page
    assert stack.empty_page.text() == "Bitte links einen Eintrag wählen."
    stack.show_record("measure", MEASURE)
    form = stack.current_form()
    assert isinstance(form, MeasureForm)
    assert form.code.text() == "BIL-M1.1" and form.code.isReadOnly()
    assert form.goal.text().startswith("BIL-Z1 ")
    assert form.title.text() == "Elternbildung in Familiensprachen"
    assert form.cost.text() == "86.400,00\u00a0€"
    assert form.start.value() == "2026-09" and form.end.value() == "2028-08"
    assert form.kind.currentText() == "befristetes Projekt"
    assert form.status.currentText() == "in Diskussion"
    assert form.steering_decision.currentText() == "–"
    assert form.title.accessibleName() == "Titel"

    stack.show_record("goal", code_id("goals", "BIL-Z1"))
    assert isinstance(stack.current_form(), GoalForm)
    stack.show_record("action_field", code_id("action_fields", "BIL"))
    assert isinstance(stack.current_form(), ActionFieldForm)
    stack.show_record("catalogue", hub.catalogue.id)
    assert stack.current_form().title.text().startswith("LIP 2.0")  # type: ignore[union-attr]
    stack.show_record("person", "whatever")
    assert stack.currentWidget() is stack.empty_page
    stack.show_record("measure", None)
    assert stack.currentWidget() is stack.empty_page


def test_deleting_the_shown_record_shows_the_empty_page(stack: EditorStack, hub: Any) -> None:
    stack.show_record("measure", MEASURE)
    assert hub.run_undoable(DeleteRecord("measure", MEASURE))
    assert stack.currentWidget() is stack.empty_page
    hub.undo_stack.undo()
    stack.show_record("measure", MEASURE)
    assert stack.current_record() == ("measure", MEASURE)


def test_kind_combo_offers_open_and_the_german_labels(form: MeasureForm) -> None:
    labels = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert labels == ["– offen –", "dauerhaft (Regelstruktur)", "befristetes Projekt",
                      "Prüfauftrag"]
    assert [form.priority.itemText(i) for i in range(form.priority.count())] == [
        "–", "hoch", "mittel", "niedrig"]
    assert [form.origin.itemText(i) for i in range(form.origin.count())] == [
        "Expert*innengruppe", "Online-Umfrage", "Präsenzveranstaltung", "Verwaltung",
        "Sonstiges"]


# --- committing fields -----------------------------------------------------------------


def test_typing_a_title_commits_it_with_history_and_undo(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    old = form.title.text()
    form.title.setFocus()
    form.title.selectAll()
    type_text(qtbot, form.title, "Elternkurse für Mütter und Väter")
    assert measure(hub).title == old  # nothing stored while typing
    qtbot.keyClick(form.title, Qt.Key.Key_Return)

    assert measure(hub).title == "Elternkurse für Mütter und Väter"
    entries = [h for h in hub.service.history.entries("measure", MEASURE) if h.field == "title"]
    assert entries and entries[0].new == "Elternkurse für Mütter und Väter"
    assert entries[0].old == old
    assert hub.undo_stack.undoText() == "Titel ändern"

    hub.undo_stack.undo()
    assert measure(hub).title == old
    assert form.title.text() == old
    assert form.title.hasFocus()  # the refresh did not move the focus
    hub.undo_stack.redo()
    assert form.title.text() == "Elternkurse für Mütter und Väter"


def test_blank_title_is_refused_by_the_model_inline(qtbot: Any, form: MeasureForm,
                                                    hub: Any) -> None:
    form.title.selectAll()
    qtbot.keyClicks(form.title, "   ")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert "„Titel“ darf nicht leer sein" in form.error_text("title")
    assert measure(hub).title == "Elternbildung in Familiensprachen"
    assert hub.undo_stack.count() == 0


def test_end_before_start_shows_the_models_error_and_changes_nothing(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    type_month(qtbot, form.end, "01/2025")

    message = form.error_text("end")
    assert "Das Ende (01/2025) liegt vor dem Beginn (09/2026)" in message
    assert form.end.accessibleDescription() == message
    assert measure(hub).end == "2028-08"
    assert hub.undo_stack.count() == 0
    assert form.end.value() == "2025-01"  # kept for correction

    type_month(qtbot, form.end, "03/2029")
    assert form.error_text("end") == ""
    assert measure(hub).end == "2029-03"


def test_month_can_be_set_open_and_a_full_date_survives_other_edits(
        qtbot: Any, form: MeasureForm, stack: EditorStack, hub: Any) -> None:
    hub.service.structure.update_measure(MEASURE, start="2026-09-15")
    stack.show_record("measure", MEASURE)
    assert form.start.value() == "2026-09-15"
    assert form.start.month_text.text() == "09/2026"

    qtbot.mouseClick(form.end.open_box, Qt.MouseButton.LeftButton)
    assert measure(hub).end is None
    assert form.end.month_text.text() == "" and form.end.open_box.isChecked()
    assert measure(hub).start == "2026-09-15"

    type_month(qtbot, form.start, "10/2026")
    assert measure(hub).start == "2026-10"


def test_invalid_euro_text_stays_red_and_a_german_amount_is_stored(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    form.cost.selectAll()
    qtbot.keyClicks(form.cost, "1.5")
    qtbot.keyClick(form.cost, Qt.Key.Key_Return)
    assert "ist kein Betrag" in form.error_text("cost_eur")
    assert form.cost.property("invalid") is True
    assert form.cost.text() == "1.5"
    assert measure(hub).cost_eur == 86400.0

    form.cost.selectAll()
    qtbot.keyClicks(form.cost, "-5")
    qtbot.keyClick(form.cost, Qt.Key.Key_Return)
    assert "darf nicht negativ sein" in form.error_text("cost_eur")
    assert measure(hub).cost_eur == 86400.0

    form.cost.selectAll()
    qtbot.keyClicks(form.cost, "1.234,56")
    qtbot.keyClick(form.cost, Qt.Key.Key_Return)
    assert form.error_text("cost_eur") == ""
    assert measure(hub).cost_eur == 1234.56
    assert form.cost.text() == "1.234,56\u00a0€"

    form.cost.selectAll()
    qtbot.keyClick(form.cost, Qt.Key.Key_Delete)
    qtbot.keyClick(form.cost, Qt.Key.Key_Return)
    assert measure(hub).cost_eur is None


@pytest.mark.parametrize(("text", "value"), [
    ("120000", 120000.0), ("120.000", 120000.0), ("120.000,5", 120000.5),
    ("120.000,00 €", 120000.0), ("", None), ("0,5", 0.5),
])
def test_german_amounts_are_read(text: str, value: float | None) -> None:
    assert parse_decimal(text, max_decimals=2) == value


@pytest.mark.parametrize("text", ["1.5", "1,234", "12,3,4", "zwölf", "1.23.456"])
def test_ambiguous_or_foreign_amounts_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        parse_decimal(text, max_decimals=2)


def test_euro_format_is_german() -> None:
    assert format_euro(120000) == "120.000,00\u00a0€"


def test_status_combo_change_is_stored(qtbot: Any, form: MeasureForm, hub: Any) -> None:
    assert form.status.currentText() == "in Diskussion"
    qtbot.keyClick(form.status, Qt.Key.Key_Down)
    assert form.status.currentText() == "vereinbart"
    assert measure(hub).status == "agreed"
    hub.undo_stack.undo()
    assert form.status.currentText() == "in Diskussion"


def test_tags_are_added_and_removed(qtbot: Any, form: MeasureForm, hub: Any) -> None:
    partners = form.partners
    type_text(qtbot, partners.line_edit, "Bürgerbüros")
    qtbot.keyClick(partners.line_edit, Qt.Key.Key_Return)
    # (the service hands out lists for these tuple fields: compare as tuples)
    assert tuple(measure(hub).partners) == ("Migrant*innenselbstorganisationen",
                                            "Familienzentren", "Fachbereich Schule",
                                            "Bürgerbüros")
    assert partners.line_edit.text() == ""

    qtbot.keyClicks(partners.line_edit, "familienzentren")  # already there (any case)
    qtbot.keyClick(partners.line_edit, Qt.Key.Key_Return)
    assert len(measure(hub).partners) == 4

    partners.list.setCurrentRow(1)
    qtbot.mouseClick(partners.remove_button, Qt.MouseButton.LeftButton)
    assert tuple(measure(hub).partners) == ("Migrant*innenselbstorganisationen",
                                            "Fachbereich Schule", "Bürgerbüros")
    hub.undo_stack.undo()
    assert form.partners.value()[1] == "Familienzentren"


def test_tag_completion_offers_entries_used_elsewhere(form: MeasureForm) -> None:
    form.target_groups.line_edit.setFocus()
    model = form.target_groups.line_edit.completer().model()
    offered = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "neu zugewanderte Familien" in offered  # from another measure
    assert "Eltern von Kindern in Kita und Grundschule" not in offered  # already chosen


def test_a_refresh_keeps_what_the_user_is_typing(qtbot: Any, form: MeasureForm,
                                                 hub: Any) -> None:
    form.lead.setFocus()
    form.lead.selectAll()
    qtbot.keyClicks(form.lead, "Fachbereich Bildung")
    qtbot.keyClick(form.status, Qt.Key.Key_Down)  # another field commits meanwhile
    assert measure(hub).status == "agreed"
    assert form.lead.text() == "Fachbereich Bildung"
    qtbot.keyClick(form.lead, Qt.Key.Key_Return)
    assert measure(hub).lead == "Fachbereich Bildung"


def test_switching_records_commits_the_field_being_edited(
        qtbot: Any, stack: EditorStack, form: MeasureForm, hub: Any) -> None:
    form.funding.selectAll()
    qtbot.keyClicks(form.funding, "Stiftungsmittel")
    stack.show_record("goal", code_id("goals", "BIL-Z1"))
    assert measure(hub).funding == "Stiftungsmittel"


def test_action_field_code_is_checked_by_the_model(qtbot: Any, stack: EditorStack,
                                                   hub: Any) -> None:
    field_id = code_id("action_fields", "BIL")
    stack.show_record("action_field", field_id)
    form = stack.current_form()
    assert isinstance(form, ActionFieldForm)
    form.code.selectAll()
    qtbot.keyClicks(form.code, "bil")
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    assert "Das Kürzel „bil“ ist ungültig" in form.error_text("code")
    assert hub.service.structure.get_record("action_field", field_id).code == "BIL"


def test_a_code_already_in_use_is_refused_by_the_service_and_kept_for_correction(
        qtbot: Any, stack: EditorStack, hub: Any, answers: Any) -> None:
    field_id = code_id("action_fields", "BIL")
    stack.show_record("action_field", field_id)
    form = stack.current_form()
    assert isinstance(form, ActionFieldForm)
    form.code.selectAll()
    qtbot.keyClicks(form.code, "SOZ")
    qtbot.keyClick(form.code, Qt.Key.Key_Return)
    assert "„SOZ“ ist doppelt vergeben" in answers.texts()
    assert form.error_text("code") == "Nicht gespeichert – siehe Meldung."
    assert form.code.text() == "SOZ"
    assert hub.service.structure.get_record("action_field", field_id).code == "BIL"


def test_tab_order_follows_the_fields(qtbot: Any, form: MeasureForm) -> None:
    form.title.setFocus()
    qtbot.waitUntil(form.title.hasFocus)
    order: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        order.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    wanted = (form.title, form.description, form.lead, form.partners.list,
              form.start.month_text, form.end.month_text, form.kind, form.cost, form.status,
              form.steering_note, form.indicators.view)
    positions = [next(i for i, w in enumerate(order) if w is x or x.isAncestorOf(w))
                 for x in wanted]
    assert positions == sorted(positions)


# --- indicators ------------------------------------------------------------------------


def test_indicator_model_passes_qt_model_checks(qtmodeltester: Any, hub: Any) -> None:
    model = IndicatorTableModel(hub)
    model.set_measure(MEASURE)
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_indicator_rows_are_added_edited_and_removed_with_undo(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    editor = form.indicators
    model = editor.model
    assert model.index(0, COLUMNS.index("target")).data() == "240"

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 3
    stored = indicators_of(hub.catalogue, MEASURE)
    assert [i.name for i in stored][-1] == "Neuer Indikator"
    new_id = stored[-1].id

    target = model.index(2, COLUMNS.index("target"))
    assert model.setData(target, "1.500,5")
    assert hub.service.structure.get_record("indicator", new_id).target == 1500.5
    assert target.data() == "1.500,5"

    year = model.index(2, COLUMNS.index("target_year"))
    assert not model.setData(year, "irgendwann")
    assert "keine Jahreszahl" in editor.error_label.text()
    assert not editor.error_label.isHidden()
    assert model.setData(model.index(2, COLUMNS.index("baseline_year")), "2030")
    assert not model.setData(year, "2028")
    assert "liegt vor dem Beginn" in editor.error_label.text()
    assert hub.service.structure.get_record("indicator", new_id).target_year is None

    name = model.index(2, COLUMNS.index("name"))
    assert model.setData(name, "Teilnehmende Väter")
    assert editor.error_label.isHidden()
    assert model.index(2, COLUMNS.index("name")).data() == "Teilnehmende Väter"

    editor.view.selectRow(2)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 2
    hub.undo_stack.undo()
    assert model.rowCount() == 3
    assert model.indicator(2).id == new_id and model.indicator(2).name == "Teilnehmende Väter"


# --- terminology -----------------------------------------------------------------------


def test_outdated_term_is_marked_while_typing_and_replaced_in_one_click(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    edit = form.description
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Die Mehrheitsgesellschaft")

    findings = edit.findings()
    assert [f.found for f in findings] == ["Mehrheitsgesellschaft"]
    assert "Mehrheitsbevölkerung" in edit.tooltip_at(findings[0].start + 3)
    assert edit.tooltip_at(1) == ""
    formats = edit.document().firstBlock().layout().formats()
    assert any(r.start == 4 and r.length == 21 and r.format.underlineStyle()
               == QTextCharFormat.UnderlineStyle.WaveUnderline for r in formats)
    hint = form.findChild(TermHintBar, "description_hint")
    assert hint is not None and not hint.isHidden()
    assert "Mehrheitsbevölkerung" in hint.label.text()

    cursor = QTextCursor(edit.document())
    cursor.setPosition(findings[0].start + 3)
    menu = edit.build_context_menu(edit.cursorRect(cursor).center())
    action = next(a for a in menu.actions() if a.text().startswith("Ersetzen durch"))
    assert action.text() == "Ersetzen durch „Mehrheitsbevölkerung“"
    action.trigger()

    assert edit.text() == "Die Mehrheitsbevölkerung"
    assert edit.findings() == []
    assert hint.isHidden()
    assert measure(hub).description == "Die Mehrheitsbevölkerung"


def test_description_is_committed_when_leaving_the_field(
        qtbot: Any, form: MeasureForm, hub: Any) -> None:
    edit = form.description
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "Kurse für Großeltern")
    finish_in_text_edit(qtbot, form, edit)
    assert measure(hub).description == "Kurse für Großeltern"


def test_title_hint_row_replaces_a_term_in_a_compound(qtbot: Any, form: MeasureForm,
                                                      hub: Any) -> None:
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Aufnahmegesellschaftsmodell")
    assert [f.found for f in form.title.findings()] == ["Aufnahmegesellschaftsmodell"]
    assert "Stadtgesellschaft" in form.title.toolTip()
    hint = form.findChild(TermHintBar, "title_hint")
    assert hint is not None and not hint.isHidden()
    assert hint.button.accessibleName() == "Ersetzen durch „Stadtgesellschaftsmodell“"
    qtbot.mouseClick(hint.button, Qt.MouseButton.LeftButton)
    assert form.title.text() == "Stadtgesellschaftsmodell"
    assert measure(hub).title == "Stadtgesellschaftsmodell"


def test_new_terminology_rules_apply_at_once(qtbot: Any, form: MeasureForm, hub: Any) -> None:
    form.funding.selectAll()
    qtbot.keyClicks(form.funding, "Sondertopf Willkommenskultur")
    assert form.funding.findings() == []
    assert hub.run_undoable(AddRecord("Begriffsregel anlegen",
                                 lambda s: s.people.add_term_rule("Willkommenskultur",
                                                           "Anerkennungskultur"),
                                 "terminology"))
    assert [f.found for f in form.funding.findings()] == ["Willkommenskultur"]
    hub.undo_stack.undo()
    assert form.funding.findings() == []


def test_phrase_across_a_line_break_is_marked_in_both_lines(qtbot: Any) -> None:
    edit = TermTextEdit()
    qtbot.addWidget(edit)
    edit.setChecker(TermChecker(DEFAULT_RULES))
    # Emoji take two UTF-16 units in Qt but one index in Python: offsets must agree.
    edit.setPlainText("😀 Menschen mit\nMigrationshintergrund und\u00a0Mehrheitsgesellschaft")
    first = edit.document().firstBlock()
    second = first.next()
    assert [(r.start, r.length) for r in first.layout().formats()] == [(3, 12)]
    assert [(r.start, r.length) for r in second.layout().formats()] == [(0, 21), (26, 21)]

    phrase = edit.findings()[0]
    assert phrase.found == "Menschen mit\nMigrationshintergrund"
    assert edit.replace(phrase)
    assert edit.text() == ("😀 Menschen mit internationaler Geschichte und\u00a0"
                           "Mehrheitsgesellschaft")  # the non-breaking space is kept
    assert [(r.start, r.length) for r in edit.document().firstBlock().layout().formats()] \
        == [(47, 21)]


def test_a_non_breaking_space_survives_editing_the_text(qtbot: Any, form: MeasureForm,
                                                        hub: Any) -> None:
    hub.service.structure.update_measure(MEASURE, description="Nach §\u00a05 Abs. 2")
    hub.undo_stack.clear()
    form.refresh()
    edit = form.description
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, " SGB")
    finish_in_text_edit(qtbot, form, edit)
    assert measure(hub).description == "Nach §\u00a05 Abs. 2 SGB"


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget`` (down for -1)."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_scrolling_the_form_over_a_choice_does_not_change_it(
        form: MeasureForm, hub: Any, qtbot: Any) -> None:
    """Seen on screen: the wheel that scrolled the measure form over "Art" changed the
    kind on the way, and the change was saved. Only a focused box takes the wheel."""
    before = hub.service.structure.get_record("measure", MEASURE).kind
    form.title.setFocus()
    assert not form.kind.hasFocus()
    _wheel(form.kind)
    assert hub.service.structure.get_record("measure", MEASURE).kind == before
    assert form.kind.value() == before
    assert form.kind.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
    form.kind.setFocus()
    qtbot.waitUntil(form.kind.hasFocus)
    _wheel(form.kind)  # a chosen box: the wheel picks the next kind, saved as any choice
    assert hub.service.structure.get_record("measure", MEASURE).kind != before
