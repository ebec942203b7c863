"""Long work (imports, exports) off the GUI thread, with progress and cancel.

The work function runs in a pool thread and gets a ``progress(done, total) -> bool``
callback; it returns False once the user pressed "Abbrechen", and the model's long
operations then raise ``CancelledError`` before writing anything. Results and errors
come back to the GUI thread by signal; the work never touches widgets.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lip_desktop.model import collector, crashlog
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.ui import dialogs

Progress = Callable[[int, int], bool]

#: How long a job's thread may keep the GIL while the GUI thread waits for it (Python's
#: default is 5 ms). Each call from Qt into Python on the GUI thread (a slot, a timer, a
#: progress update) waits up to this long while a job runs Python code, and the calls of
#: one busy frame add up: at 5 ms an export froze the window for up to 200 ms, at 1 ms it
#: stays under 30 ms (bench/bench_responsiveness.py). A job alone is not slowed: the
#: interval only matters while another thread waits.
SWITCH_INTERVAL_S = 0.001


def share(progress: Progress, start: int, span: int) -> Progress:
    """One step of a longer job reported as its share of a 0–100 bar, from ``start`` to
    ``start + span`` (an export builds, then reads its file back: one bar for both)."""

    def report(done: int, total: int) -> bool:
        return progress(start + span * done // max(total, 1), 100)

    return report


def checkpoint(progress: Progress, done: int, total: int) -> None:
    """Between two steps of a job whose steps report nothing themselves (a file read in
    one piece, then applied): report the step and stop there if "Abbrechen" was pressed,
    before anything is written or shown. Without it the button only hid the dialog and
    the import was applied all the same."""
    if not progress(done, total):
        raise CancelledError()


class _Signals(QObject):
    sig_progress = Signal(int, int)
    sig_done = Signal(object)
    sig_failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self._work = work

    def progress(self, done: int, total: int) -> bool:
        self.signals.sig_progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        # A job builds a whole catalogue's worth of objects (a million at 21,000
        # measures); the cyclic collector then runs full passes over them in this thread,
        # each holding the GIL up to two seconds, and the window froze meanwhile
        # (bench/bench_responsiveness.py). The objects form no garbage cycles worth
        # chasing; they go by reference counting when the job ends. So the collector
        # pauses for the job and is restored as it was; the pause is counted with other
        # threads' (the search index's), so none of them ends it for the others.
        # The failure is sent after the pause ends, as the result is: the GUI thread
        # then finds the collector as it was before the job.
        failure: BaseException | None = None
        with collector.paused():
            try:
                result = self._work(self.progress)
            except BaseException as exc:  # every error goes back to the GUI thread
                failure = exc
        if failure is not None:
            self.signals.sig_failed.emit(failure)
            del failure  # its traceback holds this frame: no cycle left behind
            return
        self.signals.sig_done.emit(result)


class TaskRunner(QObject):
    """Starts jobs and shows their progress; one runner per window."""

    #: A job finished (successfully or not); for tests and the status bar.
    sig_task_finished = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer; jobs queue up
        self._jobs: set[_Job] = set()
        if sys.getswitchinterval() > SWITCH_INTERVAL_S:
            sys.setswitchinterval(SWITCH_INTERVAL_S)  # the GUI thread's turn comes sooner

    def start(self, title: str, work: Callable[[Progress], Any],
              on_done: Callable[[Any], None]) -> None:
        job = _Job(work)
        dialog = QProgressDialog(title, self.tr("Abbrechen"), 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancelled.set)
        # Qt starts the dialog's show timer only at the first setValue(): a job that never
        # reports progress (a check, an import read in one piece) ran for seconds with no
        # sign of life. Setting the minimum now shows the busy bar after 400 ms.
        dialog.setValue(0)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            self._jobs.discard(job)
            self.sig_task_finished.emit()

        def on_success(result: Any) -> None:
            finish()
            on_done(result)

        def on_failure(exc: BaseException) -> None:
            finish()
            if isinstance(exc, CancelledError):
                self._parent.window().statusBar().showMessage(exc.message, 8000)  # type: ignore[attr-defined]
            elif isinstance(exc, LipError):
                dialogs.show_error(self._parent, exc)
            else:
                dialogs.show_bug(self._parent, exc, crashlog.log_exception(exc))

        job.signals.sig_progress.connect(on_progress)
        job.signals.sig_done.connect(on_success)
        job.signals.sig_failed.connect(on_failure)
        self._jobs.add(job)
        self._pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued jobs are done (closing the window, tests)."""
        return self._pool.waitForDone(msecs)
