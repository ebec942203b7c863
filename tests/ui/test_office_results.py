"""Office round trips from the window: export warnings reach the user, and a returned
list whose measures were renumbered is only applied after an explicit confirmation."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from lip_desktop.export.excel import build_measure_list
from lip_desktop.model import queries
from lip_desktop.ui.main_window import MainWindow


def measures(w: MainWindow) -> dict[str, dict[str, Any]]:
    assert w.hub is not None
    return {m["code"]: m for m in queries.export_document(w.hub.catalogue)["measures"]}


def test_word_draft_warnings_are_shown_after_the_export(window: MainWindow, qtbot: Any,
                                                        answers: Any, tmp_path: Path) -> None:
    from lip_desktop.export.word import DraftOptions
    from lip_desktop.ui.office import export_word

    hub = window.hub
    assert hub is not None
    first = measures(window)["BIL-M1.1"]
    hub.run_without_undo(
        lambda s: s.structure.update_measure(first["id"], description="Text\x07mit Glocke\x0b"))
    target = tmp_path / "Entwurf.docx"
    answers.files.append(target)
    export_word(window, hub, options=DraftOptions())  # read, then build, both in the worker
    qtbot.waitUntil(lambda: any(title == "Word-Entwurf: Hinweise"
                                for title, _text in answers.shown), timeout=30_000)
    assert target.exists()
    assert ("Word-Entwurf: Hinweise",
            "2 Steuerzeichen, die in Word-Dokumenten nicht erlaubt sind, wurden im Entwurf "
            "weggelassen (der Katalog bleibt unverändert).") in answers.shown


def test_word_draft_is_read_back_in_the_worker_and_can_be_cancelled_there(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a large draft back takes seconds: it runs in the worker, with the export's
    progress bar; "Abbrechen" during it stops the export and writes nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from lip_desktop.export import word
    from lip_desktop.export.word import DraftOptions
    from lip_desktop.ui.office import export_word

    real_verify = word.verify_draft
    threads: list[threading.Thread] = []
    reported: list[tuple[int, int]] = []
    go_on = threading.Event()

    def verify(data: bytes, *, progress: Any = None) -> None:
        threads.append(threading.current_thread())
        go_on.wait(20)  # the test presses "Abbrechen" meanwhile

        def seen(done: int, total: int) -> bool:
            reported.append((done, total))
            return bool(progress(done, total))

        real_verify(data, progress=seen)

    monkeypatch.setattr(word, "verify_draft", verify)
    hub = window.hub
    assert hub is not None
    target = tmp_path / "Entwurf.docx"
    answers.files.append(target)
    export_word(window, hub, options=DraftOptions())
    qtbot.waitUntil(lambda: bool(threads), timeout=30_000)
    assert threads[0] is not threading.main_thread()
    # the build's bar (the reading's bar is gone by now)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=5_000)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Abbrechen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: "abgebrochen" in window.statusBar().currentMessage().lower(),
                    timeout=30_000)
    assert reported and not target.exists()


def fill_list(w: MainWindow, path: Path, code: str, decision: str) -> None:
    assert w.hub is not None
    path.write_bytes(build_measure_list(queries.export_document(w.hub.catalogue)).data)
    wb = load_workbook(path)
    ws = wb["Maßnahmen"]
    names = [c.value for c in ws[1]]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == code:
            ws.cell(r, names.index("Votum Lenkungsgruppe") + 1).value = decision
    wb.save(path)
    wb.close()


@pytest.mark.parametrize("confirmed", [True, False])
def test_renumbered_rows_are_applied_only_when_confirmed(window: MainWindow, qtbot: Any,
                                                         answers: Any, tmp_path: Path,
                                                         confirmed: bool) -> None:
    hub = window.hub
    assert hub is not None
    before = measures(window)
    first, second = before["BIL-M1.1"], before["BIL-M1.2"]
    returned = tmp_path / "liste.xlsx"
    fill_list(window, returned, "BIL-M1.1", "Ablehnung")
    hub.run_without_undo(lambda s: s.structure.move_measure(first["id"], first["goal_id"], 1))
    hub.run_without_undo(lambda s: s.structure.renumber())
    assert measures(window)["BIL-M1.2"]["id"] == first["id"]

    answers.yes = confirmed
    answers.files.append(returned)
    window.act_import_decisions.trigger()
    qtbot.waitUntil(lambda: any(t in ("Maßnahmen seit dem Export geändert", "Voten übernommen")
                                for t, _ in answers.shown), timeout=30_000)
    question = next(m for t, m in answers.shown if t == "Maßnahmen seit dem Export geändert")
    assert (f"In der Liste steht BIL-M1.1 „{first['title']}“, im Katalog heißt diese "
            f"Maßnahme jetzt BIL-M1.2 „{first['title']}“") in question
    if confirmed:
        qtbot.waitUntil(lambda: any(t == "Voten übernommen" for t, _ in answers.shown),
                        timeout=30_000)
    window.runner.wait()
    after = {m["id"]: m for m in measures(window).values()}
    expected = "rejected" if confirmed else first["steering_decision"]
    assert after[first["id"]]["steering_decision"] == expected
    assert after[second["id"]]["steering_decision"] == second["steering_decision"]


def test_the_measure_list_is_read_and_checked_in_the_worker_and_written(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Datei → Maßnahmenliste: the catalogue is read and the list read back off the GUI
    thread; the file the user chose holds every measure."""
    from lip_desktop.export import excel

    real_verify = excel.verify_measure_list
    threads: list[threading.Thread] = []

    def verify(data: bytes) -> None:
        threads.append(threading.current_thread())
        real_verify(data)

    monkeypatch.setattr(excel, "verify_measure_list", verify)
    target = tmp_path / "Liste.xlsx"
    answers.files.append(target)
    window.act_export_excel.trigger()
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert threads and threads[0] is not threading.main_thread()
    wb = load_workbook(target, read_only=True)
    codes = {row[0] for row in wb["Maßnahmen"].iter_rows(min_row=2, values_only=True)}
    wb.close()
    assert set(measures(window)) <= codes
