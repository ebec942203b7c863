"""Return sheets and the controlling report from the window: Datei → Abfrage an
Fachbereiche, Datei → Rückläufe einlesen (each file all or nothing, refusals in German),
Datei → Controllingbericht; all on the background worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from lip_desktop.model import queries
from lip_desktop.ui import controlling
from lip_desktop.ui.controlling import YearDialog
from lip_desktop.ui.main_window import MainWindow


def accept_with(monkeypatch: pytest.MonkeyPatch, year: int, folder: Path | None) -> None:
    """The year dialog answered as a person would, without blocking the test."""
    def run(dialog: YearDialog) -> int:
        dialog.year.setValue(year)
        if dialog.folder is not None and folder is not None:
            dialog.folder.setText(str(folder))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(YearDialog, "exec", run)


def test_the_year_is_typed_and_the_folder_chosen_in_the_dialog(qtbot: Any, answers: Any,
                                                              tmp_path: Path) -> None:
    dialog = YearDialog("Abfrage an Fachbereiche", folder="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2025")
    assert dialog.year.value() == 2025
    answers.files.append(tmp_path)
    browse = next(b for b in dialog.findChildren(type(dialog.buttons.buttons()[0]))
                  if "Durchsuchen" in b.text())
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialog.chosen_folder() == tmp_path
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.year, Qt.Key.Key_Return)


def answer(path: Path, year: int, status: str) -> None:
    """Fill the first measure row's status as a department would."""
    wb = load_workbook(path)
    ws = wb["Maßnahmen"]
    head = [c.value for c in ws[1]]
    ws.cell(row=2, column=head.index(f"Status {year}") + 1, value=status)
    wb.save(path)
    wb.close()


def test_sheets_go_out_and_come_back_each_file_all_or_nothing(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Abfrage"
    accept_with(monkeypatch, 2025, folder)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_export_returns.trigger()
    sheets = sorted(folder.glob("*.xlsx"))
    assert sheets
    assert any(t == "Abfrage an Fachbereiche" and
               f"{len(sheets)} Abfragen für 2025 geschrieben" in m for t, m in answers.shown)

    # a second export into the same folder overwrites nothing
    answers.shown.clear()
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_export_returns.trigger()
    assert any("gibt es schon" in m or "existiert bereits" in m for _, m in answers.shown), \
        answers.texts()

    answer(sheets[0], 2025, "in Bearbeitung")
    broken = tmp_path / "kaputt.xlsx"
    broken.write_bytes(b"kein Excel")
    answers.shown.clear()
    answers.many.append([sheets[0], broken])
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_import_returns.trigger()
    title, text = answers.shown[-1]
    assert title == "Rückläufe einlesen"
    assert text.startswith("1 von 2 Dateien übernommen.")
    assert "kaputt.xlsx: abgelehnt, nichts übernommen." in text
    assert "1 Berichte neu" in text
    assert window.hub is not None
    reports = [m for m in queries.export_document(window.hub.catalogue)["measures"]
               if (m.get("implementation") or {}).get("status") == "in_progress"]
    assert len(reports) == 1


def test_a_refused_file_changes_nothing_and_names_the_reason(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path) -> None:
    assert window.hub is not None
    before = queries.export_document(window.hub.catalogue)
    before.pop("exported_at")
    folder = tmp_path / "Abfrage"
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        controlling.export_returns(window, window.hub, 2025, folder)
    sheet = sorted(folder.glob("*.xlsx"))[0]
    answer(sheet, 2025, "halb fertig")
    answers.many.append([sheet])
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_import_returns.trigger()
    title, text = answers.shown[-1]
    assert title == "Rückläufe einlesen"
    assert text.startswith("0 von 1 Dateien übernommen.")
    assert "halb fertig" in text and "Status 2025" in text
    after = queries.export_document(window.hub.catalogue)
    after.pop("exported_at")
    assert after == before


def test_the_controlling_report_is_written_from_the_menu(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    accept_with(monkeypatch, 2025, None)
    target = tmp_path / "Bericht.docx"
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_export_controlling.trigger()
    qtbot.waitUntil(target.exists)
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Controllingbericht 2025"
    assert "Controllingbericht geschrieben" in window.statusBar().currentMessage()
