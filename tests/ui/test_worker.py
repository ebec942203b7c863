"""The background runner (``ui/worker.py``): every long job shows its progress dialog,
also one that never reports progress, and the dialog's "Abbrechen" reaches the job."""

from __future__ import annotations

import gc
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from lip_desktop.ui import dialogs
from lip_desktop.ui.worker import Progress, TaskRunner


def visible_dialog(window: QMainWindow) -> QProgressDialog | None:
    return next((d for d in window.findChildren(QProgressDialog) if d.isVisible()), None)


def test_a_job_that_never_reports_progress_still_shows_the_dialog(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner(window)
    release = threading.Event()
    results: list[str] = []

    def work(_progress: Progress) -> str:
        release.wait(20)  # a long read that says nothing until it is done
        return "fertig"

    runner.start("Katalog wird geprüft …", work, results.append)
    # The dialog's show timer runs for its own minimum duration (400 ms); before, Qt
    # started it only at the first setValue and kept its default of 4 s, so a check of
    # 3 s showed nothing at all. (Checked on the timer, not by the clock: a loaded
    # machine must not fail the test.)
    created = window.findChildren(QProgressDialog)
    assert len(created) == 1
    timers = created[0].findChildren(QTimer)
    assert [(t.isActive(), t.interval()) for t in timers] == [
        (True, created[0].minimumDuration())]
    qtbot.waitUntil(lambda: visible_dialog(window) is not None, timeout=30_000)
    dialog = visible_dialog(window)
    assert dialog is not None and dialog.labelText() == "Katalog wird geprüft …"
    with qtbot.waitSignal(runner.sig_task_finished, timeout=10_000):
        release.set()
    assert results == ["fertig"]
    qtbot.waitUntil(lambda: visible_dialog(window) is None)


def test_abbrechen_in_the_dialog_is_seen_by_the_job(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    runner = TaskRunner(window)
    answers: list[bool] = []
    stop = threading.Event()

    def work(progress: Progress) -> None:
        while not stop.wait(0.01):
            if not progress(1, 10):
                answers.append(False)
                return

    runner.start("Wird gelesen …", work, lambda _r: None)
    qtbot.waitUntil(lambda: visible_dialog(window) is not None, timeout=30_000)
    dialog = visible_dialog(window)
    assert dialog is not None
    cancel = dialog.findChildren(QPushButton)[0]
    with qtbot.waitSignal(runner.sig_task_finished, timeout=10_000):
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    stop.set()
    assert answers == [False]


def test_the_collector_pauses_for_a_job_and_is_restored_after_it(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    during: list[bool] = []
    failures: list[BaseException] = []
    monkeypatch.setattr(dialogs, "show_bug", lambda _p, exc, _log: failures.append(exc))

    def work(_progress: Progress) -> None:
        during.append(gc.isenabled())  # a full pass would hold the GIL, freezing the window
        raise ValueError("kaputt")  # restored also when the job fails

    assert gc.isenabled()
    with qtbot.waitSignal(runner.sig_task_finished, timeout=10_000):
        runner.start("Wird gelesen …", work, lambda _r: None)
    assert during == [False]
    assert gc.isenabled()
    assert [str(e) for e in failures] == ["kaputt"]
