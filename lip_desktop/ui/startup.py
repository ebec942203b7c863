"""Opening a catalogue to a painted workspace first, the rest of it afterwards.

A catalogue opens to the navigation tree; the editor, the search and side panels and the
docks, and the modules they import (the services with the interchange behind them, the
forms), are not needed to paint it. ``WorkspaceLoader`` waits for the tree's first
paint, imports those modules on a plain Python thread (pure imports: no widget is made
there) and then builds the remaining parts on the GUI thread, one part per pass of the
event loop, so key presses in the tree are answered between the parts.

Whoever needs a part before its turn calls ``finish``: the remaining parts are built at
once (an import still under way on the thread is waited for by Python's import lock).
The window's properties do that, so a record chosen right after the first paint still
reaches the editor.

A catalogue file painted from its first look (``model/first_look.py``) is not open yet:
``opening`` (``Catalogue.open`` with its quick_check, engine and open backup) runs on the
same thread *before* the imports, and its result (the catalogue, or the error it raised)
is ``opened``; the window's first step takes it over. ``wait_opened`` (and ``finish``)
wait for an open under way on the thread, or open right there when the thread has not
got to it, so whoever needs the catalogue before its turn gets it, checked.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

#: Modules the later parts import; loaded on a thread after the first paint.
PRELOAD: tuple[str, ...] = (
    "lip_desktop.model.queries",  # the title and the tree's reads once the file is open
    "lip_desktop.model.commands",  # the edits (not imported before the paint)
    "lip_desktop.model.services",
    "lip_desktop.model.search",
    "lip_desktop.ui.forms",
    "lip_desktop.ui.history",
    "lip_desktop.ui.search_panel",
    "lip_desktop.ui.merge.conflicts",
    "lip_desktop.ui.proposals",
    "lip_desktop.ui.contributions",
)
#: A hidden or minimised window is never painted: then the rest loads after this long.
FALLBACK_MS = 300
#: A shown window whose paint is this late (a window covered entirely, a machine under
#: heavy load) loads the rest anyway after this many fallback periods.
FALLBACK_ROUNDS = 10


class _Preloaded(QObject):
    """Carries the thread's "done" to the GUI thread (a queued signal)."""

    sig_done = Signal()


class WorkspaceLoader(QObject):
    """Builds ``steps`` in order after ``painted`` has been painted once."""

    #: Every step has run (in idle time or through ``finish``).
    sig_loaded = Signal()

    def __init__(self, painted: QWidget, steps: Sequence[Callable[[], None]],
                 preload: Sequence[str] = PRELOAD, parent: QObject | None = None, *,
                 opening: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._opening = opening
        #: What ``opening`` returned, or the exception it raised (None: not run yet).
        self.opened: object = None
        self._open_lock = threading.Lock()
        self._preload = tuple(preload)
        self._painted = painted
        self._started = False
        self._running = False
        self._signals = _Preloaded(self)
        self._signals.sig_done.connect(self.on_preload_done)
        self._rounds = 0
        painted.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._on_fallback)

    @property
    def loaded(self) -> bool:
        return not self._steps

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._painted and event.type() == QEvent.Type.Paint:
            # After the paint has been delivered: never delay the frame itself.
            QTimer.singleShot(0, self, self.start)
        return False

    def _on_fallback(self) -> None:
        if self._started:
            return
        self._rounds += 1
        shown = self._painted.isVisible() and not self._painted.window().isMinimized()
        if shown and self._rounds < FALLBACK_ROUNDS:
            QTimer.singleShot(FALLBACK_MS, self, self._on_fallback)  # its paint is coming
            return
        self.start()

    def start(self) -> None:
        """The first frame is there: import the rest in the background, then build."""
        if self._started or not self._steps:
            return
        self._started = True
        self._painted.removeEventFilter(self)
        threading.Thread(target=self._import_all, name="lip-workspace-preload",
                         daemon=True).start()

    def wait_opened(self) -> None:
        """Run ``opening`` once, here if the thread has not got to it, else wait for it;
        its error is a result too (the window reports it)."""
        with self._open_lock:
            opening, self._opening = self._opening, None
            if opening is None:
                return
            try:
                self.opened = opening()
            except Exception as error:  # handed to the GUI thread as a value
                self.opened = error

    def _import_all(self) -> None:
        self.wait_opened()
        # A failure here is left to the GUI thread: its own import or first query
        # reports it the usual way; the parts are built all the same.
        with contextlib.suppress(Exception):
            for name in self._preload:
                importlib.import_module(name)
            from lip_desktop.model.services import warm_up  # noqa: PLC0415

            warm_up()  # ORM mappers set up here, not in the first click's handler
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self._signals.sig_done.emit()

    def on_preload_done(self) -> None:
        QTimer.singleShot(0, self, self._next)

    def _next(self) -> None:
        if not self._steps or self._running:
            return
        self._run_one()
        if self._steps:
            QTimer.singleShot(0, self, self._next)

    def _run_one(self) -> None:
        self._running = True
        try:
            step = self._steps.pop(0)
            step()
        finally:
            self._running = False
        if not self._steps:
            self.sig_loaded.emit()

    def finish(self) -> None:
        """Build every remaining part now (a part is needed before its turn)."""
        if self._running:
            return  # a step asking for a later part: it is built in its turn
        if self._painted is not None and not self._started:
            self._started = True
            self._painted.removeEventFilter(self)
        self.wait_opened()
        while self._steps:
            self._run_one()

    def cancel(self) -> None:
        """The catalogue closes: the parts not built yet are not needed any more."""
        self._steps.clear()
