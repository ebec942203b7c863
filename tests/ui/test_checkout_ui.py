"""Datei → Offline-Kopie für eine Sitzung …: fields chosen by keyboard, the file by the
(replaced) file dialog, the copy written in the background by the real engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from lip_desktop.model import revisions
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.merge.checkout import CheckoutDialog


def _choose_first_field_and_go_on(window: MainWindow, qtbot: Any) -> None:
    window.act_offline_copy.trigger()
    dialog = window.findChild(CheckoutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    fields = dialog.fields
    assert fields.item(0).text().startswith("BIL ")
    fields.setFocus()
    QTest.keyClick(fields, Qt.Key.Key_Space)  # tick the current field (BIL)
    assert dialog.chosen_codes() == ["BIL"]
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        QTest.mouseClick(dialog.findChild(QPushButton, "checkoutNext"),
                         Qt.MouseButton.LeftButton)


def test_an_offline_copy_of_one_field_from_the_file_menu(
        window: MainWindow, qtbot: Any, tmp_path: Path, answers: Any) -> None:
    (tmp_path / "aus").mkdir()
    target = tmp_path / "aus" / "bildung.lip"
    answers.files = [target]
    _choose_first_field_and_go_on(window, qtbot)
    assert "Offline-Kopie geschrieben" in answers.texts()
    assert "Handlungsfeld BIL" in answers.texts()
    with Catalogue.open(target, readonly=True) as copy, copy.read() as conn:
        fields = revisions.load_records(conn, "action_field")
    assert [f["code"] for f in fields.values()] == ["BIL"]


def test_an_offline_copy_onto_an_existing_file_is_refused_in_german(
        window: MainWindow, qtbot: Any, tmp_path: Path, answers: Any) -> None:
    target = tmp_path / "vorhanden.lip"
    target.write_bytes(b"bleibt")
    answers.files = [target]
    _choose_first_field_and_go_on(window, qtbot)
    assert "gibt es schon; sie wird nicht überschrieben" in answers.texts()
    assert target.read_bytes() == b"bleibt"
