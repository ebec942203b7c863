"""Merging from the File menu and deciding conflicts in the conflict view, with real
clicks and keys (the engine is stood in for by ``merge_fakes.FakeMerge``)."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from merge_fakes import FakeMerge, conflict, report
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QPushButton

from lip_desktop.model import demo
from lip_desktop.model.errors import LipError
from lip_desktop.ui import a11y
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.merge.conflicts import COL_MINE_BY, COL_RECORD, ConflictTableModel
from lip_desktop.ui.merge.run import MergeReportDialog

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton


def _measures() -> list[dict[str, Any]]:
    return list(demo.demo_catalogue()["measures"])


def _entries() -> list[Any]:
    first, second = _measures()[:2]
    return [
        conflict(1, record_id=first["id"], code=first["code"], title=first["title"]),
        conflict(2, record_id=second["id"], code=second["code"], title=second["title"],
                 kind="deleted_here", field=None, field_label="Datensatz",
                 base={"code": second["code"], "title": second["title"], "status": "draft"},
                 mine=None,
                 theirs={"code": second["code"], "title": "Neu dort", "status": "agreed"}),
    ]


@pytest.fixture
def window(window: MainWindow, qtbot: Any) -> MainWindow:
    """The demo window with a stand-in for the merge engine; active for shortcuts."""
    assert window.hub is not None
    window.hub.service.merge = FakeMerge(_entries())  # type: ignore[assignment]
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def fake(window: MainWindow) -> FakeMerge:
    assert window.hub is not None
    merge = window.hub.service.merge
    assert isinstance(merge, FakeMerge)
    return merge


def click_row(qtbot: Any, view: Any, row: int, modifier: Any = Qt.KeyboardModifier.NoModifier
              ) -> None:
    table = view.table
    rect = table.visualRect(table.model().index(row, COL_RECORD))
    QTest.mouseClick(table.viewport(), LEFT, modifier, rect.center())


def open_conflicts(window: MainWindow, qtbot: Any) -> Any:
    QTest.keyClick(window, Qt.Key.Key_6, CTRL)  # Ansicht → Konflikte
    view = window.conflict_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() == 2)
    return view


def test_the_view_lists_conflicts_with_german_dates_and_shows_the_word_difference(
        window: MainWindow, qtbot: Any) -> None:
    view = open_conflicts(window, qtbot)
    assert view.table.hasFocus()
    model = view.model
    first = _measures()[0]
    assert model.index(0, COL_RECORD).data().startswith(first["code"])
    assert model.index(0, COL_MINE_BY).data() == "Anna Berg, 03.12.2026 14:05"
    assert "2026-" not in " ".join(str(model.index(r, c).data())
                                   for r in range(2) for c in range(model.columnCount()))
    click_row(qtbot, view, 0)
    html = view.detail.toHtml()
    assert "line-through" in html and "underline" in html
    assert "Mütter und Väter" in view.detail.toPlainText()
    assert view.edited.toPlainText() == "Kurse für Eltern an allen Grundschulen."
    assert view.edited_button.isEnabled()
    click_row(qtbot, view, 1)  # deleted here, changed there: both versions as lines
    text = view.detail.toPlainText()
    assert "(gelöscht)" in text and "Titel: Neu dort" in text and "Status: vereinbart" in text
    assert "{" not in text
    assert not view.edited_button.isEnabled()
    assert a11y.name_controls(window.conflict_dock) == []


def test_take_theirs_by_click_and_undo_by_ctrl_z(window: MainWindow, qtbot: Any) -> None:
    view = open_conflicts(window, qtbot)
    click_row(qtbot, view, 0)
    QTest.mouseClick(view.take_button, LEFT)
    assert fake(window).calls[-1] == ("resolve", 1, "theirs", None)
    assert view.model.rowCount() == 1 and view.model.entry(0).id == 2
    assert window.undo_action is not None
    assert "Konflikt entscheiden" in window.undo_action.text()
    QTest.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert fake(window).calls[-1] == ("reopen", 1)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)


def test_several_selected_are_kept_in_one_undo_step(window: MainWindow, qtbot: Any) -> None:
    view = open_conflicts(window, qtbot)
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, CTRL)
    assert len(view.selected()) == 2
    assert not view.edited_button.isEnabled()
    QTest.mouseClick(view.keep_button, LEFT)
    assert [c for c in fake(window).calls if c[0] == "resolve"] == [
        ("resolve", 1, "mine", None), ("resolve", 2, "mine", None)]
    assert view.model.rowCount() == 0
    assert window.hub is not None and window.hub.undo_stack.count() == 1
    window.hub.undo_stack.undo()
    assert view.model.rowCount() == 2


def test_an_edited_third_text_is_taken(window: MainWindow, qtbot: Any) -> None:
    view = open_conflicts(window, qtbot)
    click_row(qtbot, view, 0)
    view.edited.setFocus()
    view.edited.selectAll()
    QTest.keyClicks(view.edited, "Kurse fuer alle Eltern.")
    QTest.keyClick(view.edited, Qt.Key.Key_E, ALT)  # &Eigenen Text übernehmen
    qtbot.waitUntil(lambda: bool(fake(window).calls))  # a mnemonic clicks after 100 ms
    assert fake(window).calls[-1] == ("resolve", 1, "edited", "Kurse fuer alle Eltern.")


def test_a_refused_decision_is_a_german_message_and_stays_open(
        window: MainWindow, qtbot: Any, answers: Any) -> None:
    view = open_conflicts(window, qtbot)
    fake(window).refuse = {1}
    click_row(qtbot, view, 0)
    QTest.mouseClick(view.take_button, LEFT)
    assert "inzwischen anders geändert" in answers.texts()
    assert view.model.rowCount() == 2
    assert window.hub is not None and window.hub.undo_stack.count() == 0


def test_keyboard_only_decides(window: MainWindow, qtbot: Any) -> None:
    view = open_conflicts(window, qtbot)
    view.table.selectionModel().setCurrentIndex(
        view.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    assert view.current() is not None and view.current().id == 2
    QTest.keyClick(view.table, Qt.Key.Key_N, ALT)  # Über&nehmen
    qtbot.waitUntil(lambda: bool(fake(window).calls))
    assert fake(window).calls[-1] == ("resolve", 2, "theirs", None)


def test_the_model_passes_the_qt_model_tester(window: MainWindow, qtmodeltester: Any) -> None:
    assert window.hub is not None
    model = ConflictTableModel(window.hub)
    model.refresh()
    qtmodeltester.check(model)


# --- the merge from the File menu -------------------------------------------------------------


def test_merge_from_the_file_menu_shows_the_report_and_then_the_conflicts(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path) -> None:
    source = tmp_path / "kopie.lip"
    answers.files = [source]
    fake(window).merge_report = report(open_conflicts=2)
    assert window.act_merge in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=10_000):
        window.act_merge.trigger()
    assert fake(window).calls[0] == ("merge", source)
    assert len(fake(window).progress_seen) == 3
    dialog = window.findChild(MergeReportDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    text = dialog.text.toPlainText()
    assert text.startswith("Zusammengeführt mit „kopie.lip“.")
    assert "Offene Konflikte insgesamt: 2" in text
    assert dialog.text.isReadOnly()
    button = dialog.conflicts_button
    assert isinstance(button, QPushButton)
    QTest.mouseClick(button, LEFT)
    qtbot.waitUntil(window.conflict_view.isVisible)
    assert window.conflict_view.model.rowCount() == 2


def test_a_report_without_open_conflicts_has_no_conflicts_button(qtbot: Any) -> None:
    dialog = MergeReportDialog(report(nothing_new=True, new_conflicts=0, open_conflicts=0),
                               lambda: None)
    qtbot.addWidget(dialog)
    assert dialog.conflicts_button is None
    assert "nichts Neues" in dialog.text.toPlainText()
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    dialog.show()
    QTest.mouseClick(close, LEFT)
    assert not dialog.isVisible()


def test_a_refused_merge_is_a_german_message(window: MainWindow, qtbot: Any, answers: Any,
                                             tmp_path: Path) -> None:
    answers.files = [tmp_path / "fehlt.lip"]
    fake(window).merge_error = LipError("file_not_found", path=str(tmp_path / "fehlt.lip"))
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=10_000):
        window.act_merge.trigger()
    assert "gibt es nicht" in answers.texts()
    assert window.findChild(MergeReportDialog) is None


def test_the_merge_can_be_cancelled_and_the_window_stays_responsive(
        window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    merge = fake(window)
    started = threading.Event()

    def slow(progress: Any, deadline: float) -> None:
        started.set()
        done = 0
        while time.monotonic() < deadline:
            done += 1
            if not progress(done, 1000, "Datensätze vergleichen"):
                from lip_desktop.model.errors import CancelledError
                raise CancelledError
            time.sleep(0.01)

    def merge_slowly(source: Path, *, progress: Any = None) -> Any:
        merge.calls.append(("merge", source))
        slow(progress, time.monotonic() + 20)
        raise AssertionError("not cancelled")

    merge.merge = merge_slowly  # type: ignore[method-assign]
    assert window.hub is not None
    from lip_desktop.ui.merge.run import merge_catalogue
    merge_catalogue(window, window.hub, window.runner, window.settings,
                    window.show_conflicts, tmp_path / "kopie.lip")
    qtbot.waitUntil(started.is_set)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=5000)
    progress_dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    cancel = next(b for b in progress_dialog.findChildren(QPushButton))
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=10_000):
        QTest.mouseClick(cancel, LEFT)
    assert "Abgebrochen" in window.statusBar().currentMessage()
    assert window.findChild(MergeReportDialog) is None


# --- with the real engine ---------------------------------------------------------------------


def test_a_real_merge_from_the_menu_then_take_theirs_and_undo(
        qtbot: Any, tmp_path: Path, answers: Any) -> None:
    import shutil

    from support import create_from

    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    master, copy = tmp_path / "master.lip", tmp_path / "kopie.lip"
    create_from(master, demo.demo_catalogue()).close()
    shutil.copyfile(master, copy)
    mid = _measures()[0]["id"]
    for path, text in ((master, "Hier geänderte Beschreibung."),
                       (copy, "Dort geänderte Beschreibung.")):
        with Catalogue.open(path) as cat:
            CatalogueService(cat).structure.update_measure(mid, description=text)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(master) and window.hub is not None
    window.activateWindow()
    qtbot.waitActive(window)
    answers.files = [copy]
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_merge.trigger()
    dialog = window.findChild(MergeReportDialog)
    assert dialog is not None and "Neue Konflikte: 1." in dialog.text.toPlainText()
    assert dialog.conflicts_button is not None
    QTest.mouseClick(dialog.conflicts_button, LEFT)
    view = window.conflict_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    click_row(qtbot, view, 0)
    assert "Dort" in view.detail.toPlainText()
    QTest.mouseClick(view.take_button, LEFT)
    assert window.hub.record("measure", mid).description == "Dort geänderte Beschreibung."
    assert view.model.rowCount() == 0
    QTest.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert answers.texts() == "", answers.texts()
    assert window.hub.record("measure", mid).description == "Hier geänderte Beschreibung."
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    window.runner.wait()
    window.close()


def test_open_conflicts_are_named_when_the_catalogue_opens(qtbot: Any, tmp_path: Path) -> None:
    import shutil

    from support import create_from

    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    master, copy = tmp_path / "master.lip", tmp_path / "kopie.lip"
    create_from(master, demo.demo_catalogue()).close()
    shutil.copyfile(master, copy)
    mid = _measures()[0]["id"]
    for path, text in ((master, "Hier."), (copy, "Dort.")):
        with Catalogue.open(path) as cat:
            CatalogueService(cat).structure.update_measure(mid, description=text)
    with Catalogue.open(master) as cat:
        CatalogueService(cat).merge.merge(copy)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(master)
    with qtbot.waitSignal(window.sig_workspace_loaded):  # said once the workspace is there
        pass
    assert "1 offener Konflikt" in window.statusBar().currentMessage()
    window.close()
