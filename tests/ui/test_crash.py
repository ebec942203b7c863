"""Crash handling: earlier crashes offered once, errors from other threads reach the GUI."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from lip_desktop.model import appdirs, crashlog
from lip_desktop.ui import crash, dialogs
from lip_desktop.ui.worker import TaskRunner


class Shown:
    """Bugs shown through the dialogs facade, with the thread they were shown on."""

    def __init__(self) -> None:
        self.bugs: list[tuple[BaseException, Path | None, bool]] = []

    def __call__(self, _parent: Any, exc: BaseException, log: Path | None) -> None:
        on_gui_thread = QThread.currentThread() is QApplication.instance().thread()  # type: ignore[union-attr]
        self.bugs.append((exc, log, on_gui_thread))


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    s = Shown()
    monkeypatch.setattr(dialogs, "show_bug", s)
    return s


@pytest.fixture
def hooks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hooks restored after the test; pytest's own faulthandler stays as it is."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crashlog, "_open_fault_file", lambda: None)


def test_an_earlier_crash_is_offered_once(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                          qtbot: Any) -> None:
    folder = appdirs.ensure_dir(appdirs.log_dir())
    (folder / "absturz-77.log").write_text("Fatal Python error: Segmentation fault\n", "utf-8")
    offered: list[crashlog.CrashReport] = []

    def offer(_parent: Any, report: crashlog.CrashReport) -> bool:
        offered.append(report)
        return False  # "Behalten"

    monkeypatch.setattr(dialogs, "offer_crash_report", offer)
    window = QWidget()
    qtbot.addWidget(window)
    assert crash.offer_previous_crashes(window) == 1
    assert "Segmentation fault" in offered[0].text
    assert crash.offer_previous_crashes(window) == 0  # the next start: not again
    assert len(offered) == 1


def test_deleting_an_offered_crash_removes_it(data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                              qtbot: Any) -> None:
    folder = appdirs.ensure_dir(appdirs.log_dir())
    report_file = folder / "absturz-78.log"
    report_file.write_text("Fatal Python error: Aborted\n", "utf-8")
    monkeypatch.setattr(dialogs, "offer_crash_report", lambda _parent, _report: True)
    assert crash.offer_previous_crashes(None) == 1
    assert not report_file.exists()
    assert not list(folder.glob("absturz-78*"))


def test_an_error_on_another_thread_reaches_the_gui_thread_by_signal(
        hooks: None, shown: Shown, qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    bridge = crash.install(window)

    def fail() -> None:
        raise ValueError("im Hintergrund")

    with qtbot.waitSignal(bridge.sig_bug_raised, timeout=5000):
        thread = threading.Thread(target=fail)
        thread.start()
        thread.join()
    qtbot.waitUntil(lambda: bool(shown.bugs), timeout=5000)
    [(exc, log, on_gui_thread)] = shown.bugs
    assert isinstance(exc, ValueError)
    assert on_gui_thread
    assert log is not None and "im Hintergrund" in log.read_text("utf-8")


def test_a_worker_error_arrives_by_signal_and_shows_the_bug_dialog(shown: Shown,
                                                                    qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    worker_threads: list[bool] = []

    def work(_progress: Any) -> None:
        worker_threads.append(QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        raise KeyError("Arbeit")

    with qtbot.waitSignal(runner.sig_task_finished, timeout=5000):
        runner.start("Test", work, lambda _result: None)
    assert worker_threads == [False]  # it really ran on another thread
    [(exc, _log, on_gui_thread)] = shown.bugs
    assert isinstance(exc, KeyError)
    assert on_gui_thread


def test_the_crash_dialog_shows_copies_and_deletes(qtbot: Any, tmp_path: Path) -> None:
    """The real dialog (not the facade): the report under "Details", "Kopieren" puts it
    on the clipboard and keeps the dialog open, "Löschen" answers True."""
    from datetime import datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    report = crashlog.CrashReport(tmp_path / "absturz-9.log", datetime(2026, 12, 1, 9, 30),
                                  "Fatal Python error: Aborted\n")
    pressed: list[str] = []
    seen: list[str] = []

    def press(texts: list[str]) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, lambda: press(texts))
            return
        seen.append(box.text())
        assert box.detailedText() == report.text
        button = next(b for b in box.buttons() if b.text() == texts[0])
        pressed.append(texts[0])
        QTimer.singleShot(0, button.click)
        if texts[1:]:
            QTimer.singleShot(50, lambda: press(texts[1:]))

    QApplication.clipboard().clear()
    QTimer.singleShot(0, lambda: press(["Kopieren", "Löschen"]))
    assert dialogs.offer_crash_report(None, report) is True
    assert pressed == ["Kopieren", "Löschen"]
    assert QApplication.clipboard().text() == report.text
    assert "01.12.2026 09:30" in seen[0]


def test_a_failing_search_index_build_shows_the_bug_dialog(hub: Any, shown: Shown,
                                                           qtbot: Any,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from lip_desktop.model import queries
    from lip_desktop.ui.search_panel import SearchPanel

    panel = SearchPanel(hub)
    qtbot.addWidget(panel)
    panel.show()

    def broken(_catalogue: Any) -> Any:
        raise ValueError("Index kaputt")

    monkeypatch.setattr(queries, "search_index", broken)
    panel.start_rebuild()
    qtbot.waitUntil(lambda: bool(shown.bugs), timeout=5000)
    [(exc, _log, on_gui_thread)] = shown.bugs
    assert isinstance(exc, ValueError) and on_gui_thread
