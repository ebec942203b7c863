"""The workspace driven the way a facilitator clicks and types through it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from support import create_from

from lip_desktop.model import demo
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.commands import UpdateFields
from lip_desktop.ui import app
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.roles import RecordIdRole


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, umlauts included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def press(widget: QWidget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def select(window: MainWindow, record_type: str, record_id: str) -> None:
    window.on_hub_record_selected(record_type, record_id)


def measure_id(window: MainWindow, code: str) -> str:
    assert window.hub is not None
    with window.hub.catalogue.read() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM measure WHERE code = ?",
                                        (code,)).scalar())


def test_welcome_page_opens_new_and_recent_catalogues(qtbot: Any, tmp_path: Path,
                                                     answers: Any) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.pages.currentWidget() is w.welcome and w.windowTitle() == "LIP Desktop"
    answers.files.append(tmp_path / "plan")  # the save dialog; .lip is added
    w.welcome.new_button.click()
    assert w.hub is not None and w.hub.catalogue.path == tmp_path / "plan.lip"
    assert "LIP 2.0" in w.windowTitle() and "plan.lip" in w.windowTitle()
    assert [w.tree_model.index(r, 0).data() for r in range(w.tree_model.rowCount())][1:] == [
        "BIL Bildung", "SOZ Soziales", "WIR Wirtschaft", "STK Stadtleben und Kultur",
        "DEM Demokratie", "SVI Stadtverwaltung und interkulturelle Öffnung", "JUG Jugend"]
    w.close_catalogue()
    assert w.pages.currentWidget() is w.welcome
    assert w.settings.recent[0] == str(tmp_path / "plan.lip")
    w.welcome.sig_open_requested.emit(tmp_path / "plan.lip")
    assert w.hub is not None
    w.close()


def test_a_facilitator_prepares_a_catalogue(window: MainWindow, qtbot: Any,
                                            answers: Any) -> None:
    hub = window.hub
    assert hub is not None
    # Select the field Bildung and create a goal, then a measure in it.
    bil = window.tree_model.index(1, 0)
    window.tree.setCurrentIndex(bil)
    window.act_new_goal.trigger()
    form = window.editor.current_form()
    assert form is not None and window.editor.current_record()[0] == "goal"
    goal_id = window.editor.current_record()[1]
    title = form.widget("title")
    title.selectAll()
    type_text(title, "Sprachförderung für alle Kinder")
    press(title, Qt.Key.Key_Return)
    assert hub.record("goal", goal_id).title == "Sprachförderung für alle Kinder"
    assert hub.record("goal", goal_id).code == "BIL-Z3"

    window.act_new_measure.trigger()
    kind, mid = window.editor.current_record()
    assert kind == "measure"
    measure = window.editor.current_form()
    assert hub.record("measure", mid).code == "BIL-M3.1"
    title = measure.widget("title")
    title.selectAll()
    type_text(title, "Lesepatenschaften in Stadtteilbibliotheken")
    press(title, Qt.Key.Key_Return)
    lead = measure.widget("lead")
    type_text(lead, "Fachbereich Bibliothek und Schule")
    press(lead, Qt.Key.Key_Return)
    record = hub.record("measure", mid)
    assert record.title == "Lesepatenschaften in Stadtteilbibliotheken"
    assert record.lead == "Fachbereich Bibliothek und Schule"

    # A negative cost is refused inline; nothing reaches the catalogue.
    cost = measure.widget("cost_eur")
    type_text(cost, "-500")
    press(cost, Qt.Key.Key_Return)
    assert measure.error_text("cost_eur")
    assert hub.record("measure", mid).cost_eur is None
    cost.setValue(None)

    # Undo and redo from the Edit menu.
    assert window.undo_action is not None and "Rückgängig" in window.undo_action.text()
    window.undo_action.trigger()
    assert hub.record("measure", mid).lead == ""
    assert window.editor.current_form().widget("lead").text() == ""
    window.redo_action.trigger()
    assert hub.record("measure", mid).lead == "Fachbereich Bibliothek und Schule"

    # Move the measure to another goal (the chooser answers BIL-Z1).
    window._choose = lambda _t, _l, items: (next(i for i in items if i.startswith("BIL-Z1 ")),
                                            True)
    window.act_move_to.trigger()
    moved = hub.record("measure", mid)
    assert hub.record("goal", moved.goal_id).code == "BIL-Z1"
    assert moved.code == "BIL-M3.1"  # codes stay when measures move
    index = window.tree.currentIndex()
    assert index.data(RecordIdRole) == mid

    # Delete asks first and can be undone.
    window.act_delete.trigger()
    assert "löschen" in answers.texts()
    with pytest.raises(Exception):  # noqa: B017 - the record is gone
        hub.record("measure", mid)
    window.undo_action.trigger()
    assert hub.record("measure", mid).title.startswith("Lesepatenschaften")


def test_fields_and_strategy_sections_are_added_renamed_and_removed(
        window: MainWindow, answers: Any) -> None:
    hub = window.hub
    window.act_new_field.trigger()
    kind, field_id = window.editor.current_record()
    assert kind == "action_field"
    form = window.editor.current_form()
    name = form.widget("name")
    name.selectAll()
    type_text(name, "Gesundheit")
    press(name, Qt.Key.Key_Return)
    assert hub.record("action_field", field_id).name == "Gesundheit"
    labels = [window.tree_model.index(r, 0).data() for r in range(window.tree_model.rowCount())]
    assert labels[-1].endswith("Gesundheit")
    window.act_delete.trigger()  # an empty field may go
    assert not any(str(window.tree_model.index(r, 0).data()).endswith("Gesundheit")
                   for r in range(window.tree_model.rowCount()))

    window.act_new_section.trigger()
    kind, _section_id = window.editor.current_record()
    assert kind == "strategy_section"
    window.act_up.trigger()
    doc_sections = window.tree_model.index(0, 0)
    titles = [window.tree_model.index(r, 0, doc_sections).data()
              for r in range(window.tree_model.rowCount(doc_sections))]
    assert titles[-2] == "Neuer Abschnitt"


def test_measure_list_filter_and_search_jump(window: MainWindow, qtbot: Any) -> None:
    window.show_tab(1)
    view = window.measure_list
    total = view.proxy.rowCount()
    assert total == 21
    qtbot.keyClicks(view.text_edit, "Lotsinnen")
    qtbot.waitUntil(lambda: view.proxy.rowCount() < total)
    assert view.proxy.rowCount() >= 1
    view.text_edit.clear()

    window.act_find.trigger()
    panel = window.search
    qtbot.keyClicks(panel.edit, "Lotsinnen")
    panel.search_now()
    assert panel.model.rowCount() >= 1
    first = panel.model.index(0, 0)
    with qtbot.waitSignal(window.hub.sig_record_selected):
        panel.results.activated.emit(first)
    assert window.tabs.currentIndex() == 0
    assert "Lotsinnen" in str(window.tree.currentIndex().data())


def test_search_index_is_rebuilt_in_the_background_after_an_edit(
        window: MainWindow, qtbot: Any) -> None:
    hub = window.hub
    panel = window.search
    panel.search_now()  # builds the first index
    mid = measure_id(window, "BIL-M1.1.1")
    hub.run_undoable(UpdateFields("measure", mid, {"title": "Quartiersbrücken Zwergenland"}))
    assert panel.stale
    qtbot.waitUntil(lambda: not panel.stale, timeout=10_000)
    qtbot.keyClicks(panel.edit, "zwergenland")
    panel.on_timer_timeout()
    assert panel.model.rowCount() == 1


def test_outdated_term_is_highlighted_and_replaced(window: MainWindow) -> None:
    hub = window.hub
    mid = measure_id(window, "STK-M1.1")
    select(window, "measure", mid)
    form = window.editor.current_form()
    description = form.widget("description")
    assert any("Mehrheitsgesellschaft" in f.found for f in description.findings())
    finding = next(f for f in description.findings() if "Mehrheitsgesellschaft" in f.found)
    assert "Mehrheitsbevölkerung" in description.tooltip_at(finding.start)
    description.replace(finding)
    form.commit_pending()
    assert "Mehrheitsbevölkerung" in hub.record("measure", mid).description
    assert not any("Mehrheitsgesellschaft" in f.found for f in description.findings())


def test_closing_the_window_releases_the_catalogue(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.close()
    Catalogue.open(path).close()  # the writer lock is free again


def test_a_file_that_is_not_a_catalogue_is_refused_in_german(
        qtbot: Any, tmp_path: Path, answers: Any) -> None:
    path = tmp_path / "brief.lip"
    path.write_text("Liebe Kolleginnen und Kollegen, …", encoding="utf-8")
    w = MainWindow()
    qtbot.addWidget(w)
    assert not w.open_path(path)
    assert "keine LIP-Katalogdatei" in answers.texts()
    assert path.read_text(encoding="utf-8").startswith("Liebe")


def test_demo_catalogue_is_created_once_in_the_data_folder(data_dir: Path) -> None:
    first = app.ensure_demo()
    assert first.parent == data_dir and first.exists()
    stamp = first.stat().st_mtime_ns
    assert app.ensure_demo() == first and first.stat().st_mtime_ns == stamp


def test_tree_label_columns_are_sized_once_not_measured_per_row(window: MainWindow) -> None:
    """ResizeToContents makes Qt measure every loaded row on each change (120 ms per expansion
    at 21,000 measures): the status and vote columns get a width from their labels instead,
    wide enough for the longest one, and stay resizable by hand."""
    from PySide6.QtWidgets import QHeaderView

    from lip_desktop.model import enums
    from lip_desktop.ui import labels
    from lip_desktop.ui.tree_model import COL_STATUS, COL_STEERING

    header = window.tree.header()
    metrics = window.tree.fontMetrics()
    for column, mapping in ((COL_STATUS, enums.STATUS),
                            (COL_STEERING, enums.STEERING_DECISION)):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
        longest = max(metrics.horizontalAdvance(labels.label(mapping, k)) for k in mapping)
        assert header.sectionSize(column) > longest
