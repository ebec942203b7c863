"""The review view, tried as a facilitator would: read a reviewed draft from the File menu,
look at the word difference, accept, reject, edit before accepting, undo with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from lip_desktop.export.word import build_draft
from lip_desktop.model import demo
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.proposals import COL_RECORD, ProposalView
from tests.export import tracked

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def reviewed(tmp_path: Path) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    """A draft of the demo catalogue with two reviewers' tracked changes."""
    doc = demo.demo_catalogue()
    measure, goal = doc["measures"][0], doc["goals"][0]
    document = tracked.open_docx(build_draft(doc).data)
    tracked.replace_in_field(document, "measure", measure["id"], "title", "Elternbildung",
                             "Familienbildung", "Samira El-Khatib")
    first_word = goal["title"].split()[0]
    tracked.replace_in_field(document, "goal", goal["id"], "title", first_word,
                             f"Echte {first_word}", "Tomasz Nowak")
    path = tmp_path / "Entwurf überarbeitet.docx"
    path.write_bytes(tracked.save(document))
    return path, measure, goal


def read_draft(window: MainWindow, qtbot: Any, answers: Any, path: Path) -> ProposalView:
    answers.files.append(path)
    window.act_import_review.trigger()  # Datei → … einlesen
    window.runner.wait()
    view = window.proposal_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() == 2)
    return view


def row_of(view: ProposalView, subject_type: str) -> int:
    return next(i for i, e in enumerate(view.model.rows) if e.subject_type == subject_type)


def click_row(view: ProposalView, row: int,
              modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.table.visualRect(view.model.index(row, COL_RECORD))
    QTest.mouseClick(view.table.viewport(), LEFT, modifier, rect.center())


def title_of(window: MainWindow, record_type: str, record_id: str) -> str:
    assert window.hub is not None
    return str(window.hub.service.structure.get_record(record_type, record_id).title)


def test_reading_a_draft_shows_the_proposals_with_the_word_difference(
        window: MainWindow, qtbot: Any, answers: Any, reviewed: Any) -> None:
    path, measure, _ = reviewed
    view = read_draft(window, qtbot, answers, path)
    assert "2 Änderungsvorschläge übernommen" in answers.texts()
    assert view.summary.text() == "2 Änderungsvorschläge, davon 2 offen"
    click_row(view, row_of(view, "measure"))
    assert "Samira El-Khatib" in view.heading.text()
    assert measure["code"] in view.heading.text()
    html = view.detail.toHtml()
    assert "line-through" in html and "underline" in html
    assert "Familienbildung" in view.edited.toPlainText()
    assert view.accept_button.isEnabled() and view.reject_button.isEnabled()


def test_accept_with_a_click_and_undo_with_ctrl_z(
        window: MainWindow, qtbot: Any, answers: Any, reviewed: Any) -> None:
    path, measure, _ = reviewed
    view = read_draft(window, qtbot, answers, path)
    click_row(view, row_of(view, "measure"))
    QTest.mouseClick(view.accept_button, LEFT)
    assert title_of(window, "measure", measure["id"]) == \
        measure["title"].replace("Elternbildung", "Familienbildung")
    qtbot.waitUntil(lambda: "davon 1 offen" in view.summary.text())
    status = {e.subject_type: e.status for e in view.model.rows}
    assert status["measure"] == "accepted"
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert title_of(window, "measure", measure["id"]) == measure["title"]
    qtbot.waitUntil(lambda: "davon 2 offen" in view.summary.text())


def test_several_rejected_at_once_are_one_undo_step(
        window: MainWindow, qtbot: Any, answers: Any, reviewed: Any) -> None:
    path, measure, goal = reviewed
    view = read_draft(window, qtbot, answers, path)
    click_row(view, 0)
    click_row(view, 1, CTRL)
    assert len(view.selected()) == 2
    assert "2 Vorschläge gewählt" in view.heading.text()
    assert not view.edited_button.isEnabled()
    QTest.mouseClick(view.reject_button, LEFT)
    qtbot.waitUntil(lambda: "davon 0 offen" in view.summary.text())
    assert title_of(window, "measure", measure["id"]) == measure["title"]
    assert title_of(window, "goal", goal["id"]) == goal["title"]
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "davon 2 offen" in view.summary.text())


def test_edit_the_wording_before_accepting(
        window: MainWindow, qtbot: Any, answers: Any, reviewed: Any) -> None:
    path, _, goal = reviewed
    view = read_draft(window, qtbot, answers, path)
    click_row(view, row_of(view, "goal"))
    QTest.mouseClick(view.edited.viewport(), LEFT)
    QTest.keyClick(view.edited, Qt.Key.Key_End, CTRL)
    QTest.keyClicks(view.edited, " (bearbeitet)")
    QTest.mouseClick(view.edited_button, LEFT)
    first_word = goal["title"].split()[0]
    assert title_of(window, "goal", goal["id"]) == \
        goal["title"].replace(first_word, f"Echte {first_word}", 1) + " (bearbeitet)"


def test_an_outdated_proposal_shows_the_current_text_and_cannot_be_accepted(
        window: MainWindow, qtbot: Any, answers: Any, reviewed: Any) -> None:
    path, measure, _ = reviewed
    view = read_draft(window, qtbot, answers, path)
    assert window.hub is not None
    window.hub.run_without_undo(
        lambda service: service.structure.update_measure(measure["id"], title="Neu betitelt"))
    qtbot.waitUntil(lambda: "davon 1 offen" in view.summary.text())
    click_row(view, row_of(view, "measure"))
    assert "veraltet" in view.heading.text()
    assert "Neu betitelt" in view.detail.toPlainText()
    assert not view.accept_button.isEnabled() and not view.edited_button.isEnabled()
