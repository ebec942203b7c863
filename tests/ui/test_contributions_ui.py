"""The contributions view, tried as a facilitator would: read a survey from the File menu,
choose the columns, link a contribution with mouse and keys, not take one with a reason,
filter, undo with Ctrl+Z; the measure form shows the contributions behind it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from lip_desktop.model.contributions import ParticipationTable
from lip_desktop.ui.contributions import (
    COL_TEXT,
    ContributionTableModel,
    ContributionView,
    ImportContributionsDialog,
)
from lip_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
SURVEY = ("Nr;Ihre Anregung;Handlungsfeld\r\n"
          "1;Mehr Sprachkurse am Abend;BIL\r\n"
          "2;Vaetertreffs in Familienzentren;\r\n"
          "3;Feste im Stadtteil;\r\n")


@pytest.fixture
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "umfrage.csv"
    path.write_bytes(SURVEY.encode("cp1252"))
    return path


def read_survey(window: MainWindow, qtbot: Any, answers: Any, survey: Path,
                monkeypatch: pytest.MonkeyPatch) -> ContributionView:
    def typed_and_accepted(dialog: ImportContributionsDialog) -> int:
        assert dialog.text_column.currentText() == "Ihre Anregung"  # guessed from the heading
        assert dialog.field_column.currentText() == "Handlungsfeld"
        assert dialog.preview.item(0, 1).text() == "Mehr Sprachkurse am Abend"
        QTest.keyClicks(dialog.source, "Umfrage 2021")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ImportContributionsDialog, "exec", typed_and_accepted)
    answers.files.append(survey)
    window.act_import_contributions.trigger()  # Datei → Beteiligung einlesen …
    window.runner.wait()
    qtbot.waitUntil(lambda: "Beteiligung eingelesen" in answers.texts())
    view = window.contribution_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() == 3)
    return view


def click_row(view: ContributionView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, COL_TEXT))
    QTest.mouseClick(view.table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier,
                     rect.center())


def test_link_a_contribution_with_mouse_and_keys_and_undo_with_ctrl_z(
        window: MainWindow, qtbot: Any, answers: Any, survey: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = read_survey(window, qtbot, answers, survey, monkeypatch)
    assert "3 Beiträge aus „Umfrage 2021“ eingelesen" in answers.texts()
    assert view.summary.text() == "3 Beiträge"
    click_row(view, 1)
    assert "Vaetertreffs" in view.detail.toPlainText()
    line = view.link_target.lineEdit()
    assert line is not None
    QTest.mouseClick(line, LEFT)
    QTest.keyClick(line, Qt.Key.Key_Down)  # the first goal or measure of the list
    target_type, target_id = view.link_target.currentData()
    label = view.link_target.currentText()
    QTest.mouseClick(view.link_button, LEFT)
    assert window.hub is not None
    entry = window.hub.service.contributions.entries()[1]
    assert (entry.status, entry.subject_type, entry.subject_id) == (
        "considered", target_type, target_id)
    qtbot.waitUntil(lambda: view.model.rows[1].status == "considered")
    assert label.startswith(view.model.rows[1].subject.split()[0])
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: view.model.rows[1].status == "new")
    assert window.hub.service.contributions.entries()[1].subject_id is None


def test_not_taken_with_a_reason_typed_and_enter_then_filtered_by_status(
        window: MainWindow, qtbot: Any, answers: Any, survey: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = read_survey(window, qtbot, answers, survey, monkeypatch)
    click_row(view, 2)
    QTest.mouseClick(view.reason, LEFT)
    QTest.keyClicks(view.reason, "Liegt beim Land")
    QTest.keyClick(view.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rows[2].status == "not_taken")
    assert view.model.rows[2].reason == "Liegt beim Land"
    assert view.reason.text() == ""
    view.status_filter.setCurrentIndex(view.status_filter.findData("not_taken"))
    assert view.model.rowCount() == 1
    assert view.summary.text() == "1 von 3 Beiträgen"
    view.status_filter.setCurrentIndex(0)
    view.field_filter.setCurrentIndex(view.field_filter.findData(""))
    assert view.model.rowCount() == 2  # without action field


def test_not_taken_without_a_reason_is_refused_in_german(
        window: MainWindow, qtbot: Any, answers: Any, survey: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = read_survey(window, qtbot, answers, survey, monkeypatch)
    click_row(view, 0)
    QTest.mouseClick(view.not_taken_button, LEFT)
    assert "Bitte den Grund angeben" in answers.texts()
    assert view.model.rows[0].status == "new"


def test_the_shortcut_shows_the_view_from_the_view_menu(window: MainWindow, qtbot: Any) -> None:
    assert window.act_contributions.shortcut().toString() == "Ctrl+8"
    QTest.keyClick(window, Qt.Key.Key_8, CTRL)
    qtbot.waitUntil(window.contribution_view.isVisible)
    assert window.contribution_view.summary.text().startswith("Keine Beiträge")
    assert window.contribution_view.table.accessibleName()


def test_the_measure_form_shows_the_contributions_behind_it(
        window: MainWindow, qtbot: Any, answers: Any, survey: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.ui.contributions import SubjectContributions

    view = read_survey(window, qtbot, answers, survey, monkeypatch)
    assert window.hub is not None
    service = window.hub.service
    measure = next(c for c in _choices(view) if c[0] == "measure")
    for entry in service.contributions.entries()[:2]:
        service.contributions.link(entry.id, "measure", measure[1])
    panel = SubjectContributions(window.hub)
    qtbot.addWidget(panel)
    panel.show_subject("measure", measure[1])
    assert panel.heading.text() == "Aus der Beteiligung: 2 Beiträge"
    assert "Umfrage 2021: Mehr Sprachkurse am Abend" in panel.list.toPlainText()


def _choices(view: ContributionView) -> list[tuple[str, str]]:
    return [view.link_target.itemData(i) for i in range(view.link_target.count())]


def test_the_table_model_passes_the_model_tester(
        window: MainWindow, qtbot: Any, answers: Any, survey: Path, qtmodeltester: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = read_survey(window, qtbot, answers, survey, monkeypatch)
    model: ContributionTableModel = view.model
    qtmodeltester.check(model)


def test_the_import_dialog_needs_a_step_and_maps_columns(qtbot: Any) -> None:
    table = ParticipationTable("u.csv", ("Datum", "Text", ""), (("1.2.2021", "a", "x"),))
    dialog = ImportContributionsDialog(table)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    QTest.keyClicks(dialog.source, "Briefe")
    assert ok.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("letter"))
    mapping, source, channel = dialog.choices()
    assert (mapping.text, mapping.field, mapping.date, source, channel) == (
        1, None, 0, "Briefe", "letter")
    assert dialog.field_column.itemText(3) == "Spalte 3"


def test_a_decision_under_a_status_filter_takes_the_row_out_and_undo_brings_it_back(
        window: MainWindow, qtbot: Any, answers: Any, survey: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = read_survey(window, qtbot, answers, survey, monkeypatch)
    view.status_filter.setCurrentIndex(view.status_filter.findData("new"))
    click_row(view, 0)
    QTest.mouseClick(view.duplicate_button, LEFT)
    assert [e.text for e in view.model.rows] == ["Vaetertreffs in Familienzentren",
                                                 "Feste im Stadtteil"]
    assert view.summary.text() == "2 von 3 Beiträgen"
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert view.model.rowCount() == 3
    assert view.model.rows[0].status == "new"
