"""Crash handling for the window, in one place: hooks, the bug dialog, earlier crashes.

``install(window)`` routes every uncaught error to the log file and to the bug dialog.
Errors can be raised on any thread (``threading.excepthook`` runs on the thread that
raised); widgets may only be touched on the GUI thread, so the error travels there by
signal (a queued connection when it comes from another thread). ``offer_previous_crashes``
shows the crash files a hard crash of an earlier run left behind, once each.
Dialogs go through ``ui.dialogs`` so tests answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from lip_desktop.model import crashlog
from lip_desktop.ui import dialogs


class CrashBridge(QObject):
    """Lives on the GUI thread; carries uncaught errors from any thread to the dialog."""

    #: An uncaught error (the exception, the log file it was written to).
    sig_bug_raised = Signal(object, object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.sig_bug_raised.connect(self.on_bridge_bug_raised)

    def report(self, exc: BaseException, log: Path) -> None:
        """Called on the raising thread; only emits."""
        self.sig_bug_raised.emit(exc, log)

    def on_bridge_bug_raised(self, exc: BaseException, log: Path) -> None:
        dialogs.show_bug(self._window, exc, log)


def install(window: QWidget) -> CrashBridge:
    """Install the hooks for the whole process; bugs are shown over ``window``."""
    bridge = CrashBridge(window)
    crashlog.install(bridge.report)
    return bridge


def offer_previous_crashes(parent: QWidget | None) -> int:
    """Offer each crash file of an earlier run (show, copy, delete); returns how many.

    Whatever the user answers, a file is offered only once: it is deleted or marked seen.
    """
    reports = crashlog.previous_crashes()
    for report in reports:
        if dialogs.offer_crash_report(parent, report):
            crashlog.delete(report)
        else:
            crashlog.mark_seen(report)
    return len(reports)
