"""People and groups, backups, settings, terminology, history and comments as a
facilitator uses them: every edit stored, every refusal explained in German."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget
from sqlalchemy import select

from lip_desktop.model import orm
from lip_desktop.model.backups import BackupInfo
from lip_desktop.model.catalogue import DamagedCatalogueError
from lip_desktop.model.checks import check_document
from lip_desktop.model.commands import UpdateFields
from lip_desktop.model.records import Membership
from lip_desktop.model.snapshot import load_document
from lip_desktop.model.staffing import Staffing, staffing
from lip_desktop.ui.backups_dialog import (
    BackupModel,
    BackupsDialog,
    offer_restore_for_damaged,
    size_label,
)
from lip_desktop.ui.glossary import GlossaryDialog, TermReportModel, TermRuleModel
from lip_desktop.ui.history import (
    CommentModel,
    HistoryModel,
    OpenCommentsModel,
    OpenCommentsView,
    RecordSidePanel,
)
from lip_desktop.ui.people import (
    MEMBER_ROLE,
    PEOPLE_NAME,
    PEOPLE_SIDE,
    ChoiceDelegate,
    GroupModel,
    MemberModel,
    PeopleModel,
    PeopleView,
)
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.settings_dialog import SettingsDialog

ADMIN, EXTERNAL = "administration", "external"


def _id_of(hub: Any, table: Any, **where: str) -> str:
    with hub.catalogue.read() as conn:
        stmt = select(table.id)
        for key, value in where.items():
            stmt = stmt.where(getattr(table, key) == value)
        value = conn.execute(stmt).scalar_one()
    return str(value)


def _column(model: Any, column: int) -> list[Any]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _pick(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered"
    combo.setCurrentIndex(index)


def _double_click(qtbot: Any, view: Any, index: QModelIndex) -> None:
    """Like a user: the first click selects, the second one makes it a double-click
    (Qt's item views emit ``doubleClicked`` only for the index the press landed on)."""
    qtbot.waitExposed(view.window())
    centre = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


@pytest.fixture
def people_view(qtbot: Any, hub: Any) -> PeopleView:
    view = PeopleView(hub)
    qtbot.addWidget(view)
    view.show()
    return view


# --- the staffing rule (Besetzung) -----------------------------------------------------------


def test_staffing_counts_only_voting_members_per_side() -> None:
    sides = {"a1": ADMIN, "a2": ADMIN, "e1": EXTERNAL, "e2": EXTERNAL}
    members = [Membership("a1", "member"), Membership("e1", "member"),
               {"person_id": "a2", "role": "member"}, Membership("e2", "guest"),
               Membership("gone", "member")]
    result = staffing(members, sides)
    assert result == Staffing(2, 1) and not result.balanced
    assert staffing([], sides).balanced


def test_catalogue_check_and_view_agree_on_staffing(hub: Any) -> None:
    group_id = _id_of(hub, orm.GroupRow, name="Expert*innengruppe Bildung")
    person_id = _id_of(hub, orm.PersonRow, name="Jan Kowalczyk")
    hub.run_without_undo(lambda s: s.people.set_member(group_id, person_id, "member"))
    with hub.catalogue.read() as conn:
        findings = check_document(load_document(conn))
    texts = [f.message for f in findings if f.record_id == group_id]
    assert texts == ["nicht ausgewogen besetzt: Verwaltung 4 · extern 5"]


# --- people and groups -------------------------------------------------------------------


def test_add_person_and_member_updates_staffing_and_warns(people_view: PeopleView,
                                                        hub: Any) -> None:
    view = people_view
    assert view.members_box.title() == "Mitglieder: Expert*innengruppe Bildung"
    assert view.staffing_label.text() == "Verwaltung 4 · extern 4"
    assert view.staffing_icon.isHidden()

    # A new external expert (typed with setText: non-ASCII key clicks abort Qt's testlib).
    people_before = view.people_model.rowCount()
    view.new_name.setText("Zeynep Çelik")
    view.new_organisation.setText("Türkischer Elternverein")
    _pick(view.new_side, EXTERNAL)
    view.add_person_button.click()
    assert view.people_model.rowCount() == people_before + 1
    person_id = view.selected_person_id()
    assert person_id is not None
    person = hub.record("person", person_id)
    assert (person.name, person.organisation, person.side) == (
        "Zeynep Çelik", "Türkischer Elternverein", EXTERNAL)
    assert view.new_name.text() == ""

    # ... joins the group as a voting member: five external, four administration.
    _pick(view.candidate, person_id)
    _pick(view.candidate_role, "member")
    view.add_member_button.click()
    assert "Zeynep Çelik" in _column(view.member_model, 0)
    assert view.staffing_label.text() == (
        "Verwaltung 4 · extern 5 – nicht ausgewogen besetzt")
    assert not view.staffing_icon.isHidden()
    assert "c62828" in view.staffing_label.styleSheet()
    assert view.candidate.findData(person_id) == -1  # already in the group
    row = view.group_model.row_of(view.selected_group_id() or "")
    cell = view.group_model.index(row, 2)
    assert "nicht ausgewogen" in cell.data()
    assert cell.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None

    # As a guest she does not count: evenly staffed again.
    member_row = view.member_model.row_of(person_id)
    role_cell = view.member_model.index(member_row, MEMBER_ROLE)
    assert view.member_model.setData(role_cell, "guest")
    assert role_cell.data() == "Gast"
    assert view.staffing_label.text() == "Verwaltung 4 · extern 4"
    assert view.staffing_icon.isHidden()

    # Removed from the group again; the membership changes are in the group's history.
    view.select_member(person_id)
    view.remove_member_button.click()
    assert "Zeynep Çelik" not in _column(view.member_model, 0)
    assert view.candidate.findData(person_id) >= 0
    group = hub.record("group", view.selected_group_id())
    assert person_id not in [m.person_id for m in group.members]
    fields = [e.field for e in hub.service.history.entries("group", group.id)]
    assert fields.count(f"member:{person_id}") == 3


def test_removing_a_person_still_in_a_group_is_refused_and_changes_nothing(
        people_view: PeopleView, hub: Any, answers: Any) -> None:
    view = people_view
    sommer = _id_of(hub, orm.PersonRow, name="Birgit Sommer")
    before = view.people_model.rowCount()
    view.select_person(sommer)
    view.remove_person_button.click()
    assert answers.shown[0][0] == "Person entfernen"
    assert "„Birgit Sommer“" in answers.shown[0][1]
    assert "Birgit Sommer ist noch in Gruppen, Sitzungen oder Abstimmungen eingetragen." \
        in answers.texts()
    assert view.people_model.rowCount() == before
    assert hub.record("person", sommer).name == "Birgit Sommer"
    assert hub.undo_stack.count() == 0


def test_removing_a_free_person_asks_first_and_can_be_undone(
        people_view: PeopleView, hub: Any, answers: Any) -> None:
    view = people_view
    kowalczyk = _id_of(hub, orm.PersonRow, name="Jan Kowalczyk")
    before = view.people_model.rowCount()
    answers.yes = False
    view.select_person(kowalczyk)
    view.remove_person_button.click()
    assert view.people_model.rowCount() == before
    answers.yes = True
    view.remove_person_button.click()
    assert view.people_model.row_of(kowalczyk) == -1
    hub.undo_stack.undo()
    assert view.people_model.row_of(kowalczyk) >= 0
    assert view.candidate.findData(kowalczyk) >= 0


def test_people_are_edited_in_place_and_the_edit_is_undoable(
        people_view: PeopleView, hub: Any, qtbot: Any, answers: Any) -> None:
    model = people_view.people_model
    sommer = _id_of(hub, orm.PersonRow, name="Birgit Sommer")
    row = model.row_of(sommer)
    with qtbot.waitSignal(model.dataChanged):
        assert model.setData(model.index(row, PEOPLE_NAME), "Birgit Sommer-Özdemir")
    assert hub.record("person", sommer).name == "Birgit Sommer-Özdemir"
    assert "Birgit Sommer-Özdemir" in _column(people_view.member_model, 0)

    # The side through the combo box the delegate offers.
    nguyen = _id_of(hub, orm.PersonRow, name="Nguyen Thi Lan")
    delegate = ChoiceDelegate()
    side_cell = model.index(model.row_of(nguyen), PEOPLE_SIDE)
    editor = delegate.createEditor(people_view, QStyleOptionViewItem(), side_cell)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, side_cell)
    assert editor.currentData() == EXTERNAL
    _pick(editor, ADMIN)
    delegate.setModelData(editor, model, side_cell)
    assert side_cell.data() == "Verwaltung"
    assert people_view.staffing_label.text() == (
        "Verwaltung 5 · extern 3 – nicht ausgewogen besetzt")

    hub.undo_stack.undo()
    hub.undo_stack.undo()
    assert hub.record("person", nguyen).side == EXTERNAL
    assert model.index(row, PEOPLE_NAME).data() == "Birgit Sommer"
    assert people_view.staffing_label.text() == "Verwaltung 4 · extern 4"

    # Sommer voted in a closed parity vote: her side cannot change any more.
    assert not model.setData(model.index(row, PEOPLE_SIDE), EXTERNAL)
    assert "abgeschlossenen Abstimmung" in answers.texts()
    assert model.index(row, PEOPLE_SIDE).data() == "Verwaltung"

    # An empty name is refused in German; nothing changes.
    assert not model.setData(model.index(row, PEOPLE_NAME), "  ")
    assert hub.record("person", sommer).name == "Birgit Sommer"


def test_a_group_is_added_for_an_action_field(people_view: PeopleView, hub: Any) -> None:
    view = people_view
    soz = _id_of(hub, orm.ActionFieldRow, code="SOZ")
    _pick(view.new_group_field, soz)
    assert view.new_group_name.text() == "Expert*innengruppe Soziales"
    before = view.group_model.rowCount()
    view.add_group_button.click()
    assert view.group_model.rowCount() == before + 1
    group_id = view.selected_group_id()
    assert group_id is not None
    assert hub.record("group", group_id).action_field_id == soz
    assert view.members_box.title() == "Mitglieder: Expert*innengruppe Soziales"
    assert view.member_model.rowCount() == 0
    assert view.staffing_label.text() == "Verwaltung 0 · extern 0"
    # Groups are listed per action field: SOZ comes between BIL and SVI.
    assert _column(view.group_model, 0) == ["BIL", "SOZ", "SVI"]


# --- backups -----------------------------------------------------------------------------


def test_backups_dialog_lists_the_open_backup_and_backs_up_now(qtbot: Any, hub: Any) -> None:
    dialog = BackupsDialog(hub)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    assert _column(model, 1) == ["Öffnen"]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d", model.index(0, 0).data())
    assert re.fullmatch(r"\d+ KB", model.index(0, 2).data())

    dialog.backup_button.click()
    assert model.rowCount() == 2
    assert _column(model, 1) == ["manuell", "Öffnen"]  # newest first
    assert dialog.selected_backup() == model.backup(0)
    assert model.backup(0).path.exists()


def test_restore_is_requested_only_after_confirmation(qtbot: Any, hub: Any,
                                                      answers: Any) -> None:
    hub.catalogue.backup("manual")
    dialog = BackupsDialog(hub)
    qtbot.addWidget(dialog)
    chosen = dialog.model.backup(1)
    dialog.select_backup(chosen.path)

    answers.yes = False
    with qtbot.assertNotEmitted(dialog.sig_restore_requested):
        dialog.restore_button.click()
    title, question = answers.shown[-1]
    assert title == "Sicherung wiederherstellen"
    assert "vorher gesichert" in question and "beiseitegelegt" in question
    assert chosen.created.strftime("%d.%m.%Y, %H:%M Uhr") in question

    answers.yes = True
    with qtbot.waitSignal(dialog.sig_restore_requested) as blocker:
        dialog.restore_button.click()
    assert blocker.args == [chosen.path]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_damaged_file_offers_the_newest_good_backup(tmp_path: Path, answers: Any) -> None:
    backup = BackupInfo(tmp_path / "plan_2026-11-25_14-03-00_open.lip",
                        datetime(2026, 11, 25, 14, 3), "open", 2048)
    error = DamagedCatalogueError(tmp_path / "plan.lip", "Seite 7 defekt", backup)
    assert offer_restore_for_damaged(None, error) == backup.path
    text = answers.shown[-1][1]
    assert "„plan.lip“ ist beschädigt" in text
    assert "neueste gültige Sicherung vom 25.11.2026, 14:03 Uhr wiederherstellen?" in text
    answers.yes = False
    assert offer_restore_for_damaged(None, error) is None

    nothing = DamagedCatalogueError(tmp_path / "plan.lip", "Seite 7 defekt", None)
    shown = len(answers.shown)
    assert offer_restore_for_damaged(None, nothing) is None
    assert "keine gültige Sicherung" in answers.shown[shown][1]


def test_sizes_are_shown_in_kb_and_mb() -> None:
    assert size_label(100) == "1 KB"
    assert size_label(200 * 1024) == "200 KB"
    assert size_label(int(3.46 * 1024 * 1024)) == "3,5 MB"


# --- settings ----------------------------------------------------------------------------


def test_settings_dialog_saves_and_the_next_edit_carries_the_name(
        qtbot: Any, hub: Any, answers: Any, tmp_path: Path) -> None:
    dialog = SettingsDialog(hub)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == Settings().user_name  # the login name by default
    dialog.name_edit.setText("  Jürgen Öztürk ")
    answers.files = [tmp_path]
    dialog.browse_button.click()
    assert dialog.folder_edit.text() == str(tmp_path)
    _pick(dialog.language_combo, "en")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted

    settings = Settings()
    assert (settings.user_name, settings.export_folder, settings.language) == (
        "Jürgen Öztürk", str(tmp_path), "en")
    assert hub.catalogue.actor == "Jürgen Öztürk"
    sommer = _id_of(hub, orm.PersonRow, name="Birgit Sommer")
    hub.run_undoable(UpdateFields("person", sommer, {"organisation": "Fachbereich Bildung"}))
    assert hub.service.history.entries("person", sommer)[0].actor == "Jürgen Öztürk"


def test_settings_dialog_refuses_a_missing_folder(qtbot: Any, hub: Any, answers: Any,
                                                  tmp_path: Path) -> None:
    dialog = SettingsDialog(hub)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "gibt-es-nicht"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert answers.shown[-1][0] == "Ordner nicht gefunden"
    assert Settings().export_folder != str(tmp_path / "gibt-es-nicht")


# --- terminology -------------------------------------------------------------------------


def test_glossary_edits_adds_and_removes_rules(qtbot: Any, hub: Any, answers: Any) -> None:
    dialog = GlossaryDialog(hub)
    qtbot.addWidget(dialog)
    model = dialog.rule_model
    assert _column(model, 0) == ["Aufnahmegesellschaft", "Mehrheitsgesellschaft",
                                 "Menschen mit Migrationshintergrund"]
    rule_id = model.rule(1).id
    assert model.setData(model.index(1, 1), "Mehrheitsbevölkerung (oder: Dominanzgesellschaft)")
    assert hub.record("terminology", rule_id).replacement == \
        "Mehrheitsbevölkerung (oder: Dominanzgesellschaft)"

    dialog.new_term.setText("Ausländer")
    dialog.new_replacement.setText("Menschen ohne deutsche Staatsangehörigkeit")
    dialog.add_button.click()
    assert model.rowCount() == 4
    new_id = dialog.selected_rule_id()
    assert new_id is not None and hub.record("terminology", new_id).term == "Ausländer"

    dialog.remove_button.click()
    assert "„Ausländer“" in answers.shown[-1][1]
    assert model.rowCount() == 3 and model.row_of(new_id) == -1
    hub.undo_stack.undo()
    assert model.row_of(new_id) == 3


def test_glossary_report_lists_the_demo_terms_and_jumps_to_the_record(
        qtbot: Any, hub: Any) -> None:
    dialog = GlossaryDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    report = dialog.report_model
    assert report.rowCount() == 2
    assert _column(report, 0) == ["Maßnahme STK-M1.1", "Maßnahme SVI-M1.1"]
    assert _column(report, 2) == ["Mehrheitsgesellschaft", "Menschen mit Migrationshintergrund"]
    assert _column(report, 3) == ["Mehrheitsbevölkerung", "Menschen mit internationaler Geschichte"]
    assert dialog.report_summary.text() == "2 veraltete Begriffe gefunden."

    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        _double_click(qtbot, dialog.report_table, report.index(1, 0))
    assert blocker.args == ["measure", _id_of(hub, orm.MeasureRow, code="SVI-M1.1")]

    # Fixing the text takes the finding off the report.
    measure = _id_of(hub, orm.MeasureRow, code="STK-M1.1")
    description = hub.record("measure", measure).description
    hub.run_undoable(UpdateFields("measure", measure, {
        "description": description.replace("Mehrheitsgesellschaft", "Mehrheitsbevölkerung")}))
    assert _column(report, 0) == ["Maßnahme SVI-M1.1"]
    assert dialog.report_summary.text() == "1 veralteter Begriff gefunden."


# --- history and comments ----------------------------------------------------------------


def test_side_panel_shows_the_history_after_an_edit(qtbot: Any, hub: Any) -> None:
    panel = RecordSidePanel(hub)
    qtbot.addWidget(panel)
    measure = _id_of(hub, orm.MeasureRow, code="BIL-M1.1")
    panel.show_record("measure", measure)
    assert panel.title_label.text().startswith("Maßnahme BIL-M1.1 ")
    old_title = hub.record("measure", measure).title
    hub.run_undoable(UpdateFields("measure", measure,
                                  {"title": "Elternlotsinnen an allen Schulen"}))
    model = panel.history_model
    assert model.rowCount() >= 1
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", model.index(0, 0).data())
    assert model.index(0, 1).data() == hub.catalogue.actor
    assert model.index(0, 2).data() == "Titel"
    change = model.index(0, 3).data()
    assert change.endswith(" → Elternlotsinnen an allen Schulen")
    assert change.startswith(old_title[:20])
    assert panel.title_label.text() == "Maßnahme BIL-M1.1 Elternlotsinnen an allen Schulen"

    hub.run_undoable(UpdateFields("measure", measure, {"status": "agreed", "cost_eur": 12500.0}))
    labels = {model.index(r, 2).data(): model.index(r, 3).data() for r in range(2)}
    assert labels["Status"].endswith("→ vereinbart")
    assert labels["Kosten (EUR)"].endswith("→ 12.500")

    # People have no review comments: the tab is off.
    panel.show_record("person", _id_of(hub, orm.PersonRow, name="Birgit Sommer"))
    assert not panel.tabs.isTabEnabled(1)


def test_side_panel_adds_a_comment_and_marks_it_done(qtbot: Any, hub: Any) -> None:
    Settings().user_name = "Maria Petrova"
    panel = RecordSidePanel(hub)
    qtbot.addWidget(panel)
    measure = _id_of(hub, orm.MeasureRow, code="SVI-M1.1")
    panel.show_record("measure", measure)
    comments = panel.comment_model
    assert _column(comments, 1) == ["Kerstin Vogt"]
    assert comments.index(0, 3).data() == "Word-Kommentar"
    assert not panel.add_comment_button.isEnabled()

    panel.comment_edit.setPlainText("Bitte mit dem Fachbereich Personal abstimmen.")
    assert panel.add_comment_button.isEnabled()
    panel.add_comment_button.click()
    assert panel.comment_edit.toPlainText() == ""
    assert _column(comments, 1) == ["Kerstin Vogt", "Maria Petrova"]
    new = comments.comment(1)
    assert (new.source, new.resolved) == ("manual", False)
    assert comments.index(1, 3).data() == "manuell"
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", comments.index(1, 2).data())

    done = comments.index(1, 0)
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert comments.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert hub.record("review_comment", new.id).resolved is True
    assert comments.index(1, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_open_comments_lists_unresolved_ones_and_hides_resolved(qtbot: Any, hub: Any) -> None:
    view = OpenCommentsView(hub)
    qtbot.addWidget(view)
    view.show()
    model = view.model
    # The demo has two open Word comments; the resolved manual one is not listed.
    assert _column(model, 1) == ["Kerstin Vogt", "Samira El-Khatib"]
    assert model.index(0, 0).data().startswith("Maßnahme SVI-M1.1 ")
    assert model.index(1, 0).data().startswith("Ziel BIL-Z1.2 ")
    assert view.count_label.text() == "2 offene Kommentare"

    goal = _id_of(hub, orm.GoalRow, code="BIL-Z1.2")
    added = hub.run_without_undo(lambda s: s.review.add_review_comment("goal", goal,
                                                                       "Auch Klasse 6 nennen.",
                                                    author="Dirk Brandes"))
    assert model.rowCount() == 3
    _pick(view.source_combo, "manual")
    assert _column(model, 1) == ["Dirk Brandes"]
    _pick(view.source_combo, "word_review")
    assert _column(model, 1) == ["Kerstin Vogt", "Samira El-Khatib"]
    _pick(view.source_combo, None)

    view.table.selectRow(model.row_of(added.id))
    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        view.open_button.click()
    assert blocker.args == ["goal", goal]
    view.resolve_button.click()
    assert model.row_of(added.id) == -1
    assert hub.record("review_comment", added.id).resolved is True
    assert view.count_label.text() == "2 offene Kommentare"

    with qtbot.waitSignal(hub.sig_record_selected) as blocker:
        _double_click(qtbot, view.table, model.index(0, 0))
    assert blocker.args == ["measure", _id_of(hub, orm.MeasureRow, code="SVI-M1.1")]


# --- every item model passes Qt's checks -------------------------------------------------


def _member_model(hub: Any) -> MemberModel:
    model = MemberModel(hub)
    model.set_group(_id_of(hub, orm.GroupRow, name="Expert*innengruppe Bildung"))
    return model


def _report_model(hub: Any) -> TermReportModel:
    dialog = GlossaryDialog(hub)
    dialog.refresh_report()
    model = TermReportModel()
    model.set_hits([dialog.report_model.hit(r) for r in range(dialog.report_model.rowCount())])
    dialog.deleteLater()
    return model


def _history_model(hub: Any) -> HistoryModel:
    measure = _id_of(hub, orm.MeasureRow, code="BIL-M1.1")
    hub.run_undoable(UpdateFields("measure", measure, {"title": "Neuer Titel"}))
    model = HistoryModel(hub)
    model.set_record("measure", measure)
    return model


def _comment_model(hub: Any) -> CommentModel:
    model = CommentModel(hub)
    model.set_subject("measure", _id_of(hub, orm.MeasureRow, code="SVI-M1.1"))
    return model


MODELS = {
    "people": PeopleModel,
    "groups": GroupModel,
    "members": _member_model,
    "backups": lambda hub: BackupModel(hub.catalogue),
    "rules": TermRuleModel,
    "report": _report_model,
    "history": _history_model,
    "comments": _comment_model,
    "open_comments": OpenCommentsModel,
}


@pytest.mark.parametrize("name", sorted(MODELS))
def test_item_models_pass_qt_model_checks(qtmodeltester: Any, hub: Any, name: str) -> None:
    model = MODELS[name](hub)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).parent() == QModelIndex()


def test_views_have_accessible_names_on_their_controls(people_view: PeopleView) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    controls = people_view.findChildren(QWidget)
    unnamed = [w.objectName() or type(w).__name__ for w in controls
               if isinstance(w, QAbstractButton | QAbstractItemView | QLineEdit | QComboBox)
               and w.isVisibleTo(people_view) and not w.accessibleName()
               and w.parent() is not None and not isinstance(w.parent(), QAbstractItemView)]
    # Header buttons and scroll areas belong to Qt; our own controls are all named.
    assert all(name in ("QTableCornerButton", "qt_scrollarea_viewport") for name in unnamed), \
        unnamed
