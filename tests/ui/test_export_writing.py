"""Exports never freeze the window (issue 14): the minutes' sources are gathered, and
every export is read back and written, in the worker; the GUI thread only receives the
outcome. "Abbrechen" before the write leaves neither the file nor a temporary file, and
a target that cannot be written is answered with another name, written in the worker
too."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import load_workbook

from lip_desktop.model import queries
from lip_desktop.ui.main_window import MainWindow


def record_threads(monkeypatch: pytest.MonkeyPatch, module: Any, name: str
                   ) -> list[threading.Thread]:
    """Wrap ``module.name`` so that each call notes the thread it ran on."""
    real: Callable[..., Any] = getattr(module, name)
    threads: list[threading.Thread] = []

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return threads


def off_gui(threads: list[threading.Thread]) -> bool:
    return bool(threads) and all(t is not threading.main_thread() for t in threads)


def leftovers(folder: Path) -> list[str]:
    """Temporary files an atomic write leaves behind when it is interrupted."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_minutes_are_gathered_built_and_written_in_the_worker(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.export import files, minutes
    from lip_desktop.ui.office import export_minutes

    gathered = record_threads(monkeypatch, minutes, "gather_minutes")
    written = record_threads(monkeypatch, files, "write_verified")
    hub = window.hub
    assert hub is not None
    session = queries.sessions_of(hub.catalogue)[0]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "Protokoll.docx"
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        export_minutes(window, hub, session.id)
    assert off_gui(gathered) and off_gui(written)
    assert "Protokoll geschrieben" in window.statusBar().currentMessage()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert session.title in text
    assert leftovers(folder) == []


def test_the_measure_list_is_written_in_the_worker_and_reads_back(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.export import files

    written = record_threads(monkeypatch, files, "write_verified")
    target = tmp_path / "Liste.xlsx"
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        window.act_export_excel.trigger()
    assert off_gui(written)
    hub = window.hub
    assert hub is not None
    wb = load_workbook(target, read_only=True)
    ids = [row[-1] for row in wb["Maßnahmen"].iter_rows(min_row=2, values_only=True)]
    wb.close()
    assert sorted(ids) == sorted(m["id"] for m in
                                 queries.export_document(hub.catalogue)["measures"])


def test_cancel_before_the_write_leaves_no_file_and_no_temporary_file(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from lip_desktop.export import excel, files

    real_verify = excel.verify_measure_list
    reading_back, go_on = threading.Event(), threading.Event()

    def verify(data: bytes) -> None:
        reading_back.set()
        go_on.wait(20)  # the test presses "Abbrechen" meanwhile
        real_verify(data)

    monkeypatch.setattr(excel, "verify_measure_list", verify)
    written = record_threads(monkeypatch, files, "write_verified")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "Liste.xlsx"
    answers.files.append(target)
    window.act_export_excel.trigger()
    qtbot.waitUntil(reading_back.is_set, timeout=30_000)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)),
                    timeout=5_000)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.isVisible())
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Abbrechen"
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        go_on.set()
    assert "abgebrochen" in window.statusBar().currentMessage().lower()
    assert written == []
    assert list(folder.iterdir()) == []


def test_a_target_that_cannot_be_written_is_written_under_another_name_in_the_worker(
        window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from lip_desktop.export import files

    written = record_threads(monkeypatch, files, "write_verified")
    missing = tmp_path / "gibt es nicht" / "Liste.xlsx"
    other = tmp_path / "Liste.xlsx"
    answers.files.extend([missing, other])
    answers.yes = True
    window.act_export_excel.trigger()
    # The job's result reaches the window through a queued signal after its
    # thread ends, so wait for the message rather than for the thread.
    qtbot.waitUntil(lambda: "Maßnahmenliste geschrieben" in window.statusBar().currentMessage(),
                    timeout=30_000)
    window.runner.wait()
    question = next(m for t, m in answers.shown if t == "Datei kann nicht geschrieben werden")
    assert "Der Ordner existiert nicht." in question
    assert len(written) == 2 and off_gui(written)
    wb = load_workbook(other, read_only=True)
    assert wb.sheetnames[0] == "Maßnahmen"
    wb.close()
    assert leftovers(tmp_path) == []
