"""Others' changes to a server catalogue shown in this window as they happen.

The listening itself is plain Python (``model/server_listen.py``); here it runs on a
thread of its own, since it blocks, and each summary it gathers goes to the GUI thread
by a queued signal, where the hub broadcasts it like the window's own edits: the tree,
the lists and the open form refresh by record id (a form spares what is being typed,
``Changes.remote``). The GUI thread never waits on the server. A catalogue file has no
one else writing: nothing starts for it.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from lip_desktop.model import crashlog
from lip_desktop.model.changes import Changes
from lip_desktop.model.server_listen import ChangeListener
from lip_desktop.ui.hub import CatalogueHub

# Seconds one wait blocks at most: how long stopping may take.
_POLL = 0.3


class _ListenThread(QThread):
    """Waits for announcements until told to stop; touches no widget."""

    sig_changes_arrived = Signal(object)

    def __init__(self, listener: ChangeListener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener = listener
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                changes = self._listener.wait(timeout=_POLL)
                if changes is not None and not self.stopping.is_set():
                    self.sig_changes_arrived.emit(changes)
        except Exception as exc:  # a bug: logged once; the window goes on without it
            crashlog.log_exception(exc)
        finally:
            self._listener.close()


class LiveRefresh(QObject):
    """Follows one server catalogue for as long as its window has it open."""

    #: Others' changes arrived and were broadcast (for the status bar and tests).
    sig_remote_changed = Signal(object)

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._listener = ChangeListener(hub.catalogue.engine)
        self._thread = _ListenThread(self._listener, self)
        self._thread.sig_changes_arrived.connect(self.on_thread_changes_arrived,
                                                 Qt.ConnectionType.QueuedConnection)

    @classmethod
    def start_for(cls, hub: CatalogueHub, parent: QObject | None = None) -> LiveRefresh | None:
        """Start following ``hub``'s catalogue if it is on a server; None for a file."""
        if hub.catalogue.server is None:
            return None
        live = cls(hub, parent)
        live._thread.start()
        return live

    @property
    def listening(self) -> bool:
        """Whether the server connection for announcements is up (tests, status)."""
        return self._listener.connected

    def stop(self) -> None:
        """Stop listening and wait for the thread (before the catalogue closes)."""
        self._thread.stopping.set()
        self._thread.wait()

    @Slot(object)
    def on_thread_changes_arrived(self, changes: Changes) -> None:
        if self._thread.stopping.is_set():
            return  # the window is closing its catalogue
        self._hub.broadcast(changes)
        # Says why the screen changed under the user's eyes.
        self._hub.sig_status.emit(self.tr("Von anderer Stelle geändert: %1").replace(
            "%1", changes.summary()))
        self.sig_remote_changed.emit(changes)
