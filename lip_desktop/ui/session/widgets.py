"""Small widgets shared by the planning view and the live session window."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Idle time after the last keystroke before notes are saved. Short enough that a crash
#: loses at most a sentence, long enough that the history gets one entry per thought
#: rather than one per keystroke.
NOTES_IDLE_MS = 1500


class NotesEdit(QPlainTextEdit):
    """Free text that saves itself: after a pause in typing and when focus leaves.

    ``sig_commit_requested`` asks the owner to write ``toPlainText()``; the owner
    compares with the stored text, so repeated requests cost nothing.
    """

    sig_commit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False
        #: The stored text last shown: what the user's typing is over (``seen``), kept
        #: while they type even if someone else's notes arrive meanwhile.
        self.shown_text = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(NOTES_IDLE_MS)
        self._idle.timeout.connect(self.commit)
        self.textChanged.connect(self.on_text_changed)
        self._quiet = False

    @property
    def dirty(self) -> bool:
        """Typed but not yet handed to the owner."""
        return self._dirty

    def set_stored_text(self, text: str) -> None:
        """Show the stored text unless the user is in the middle of typing."""
        if self._dirty:
            return
        self.shown_text = text
        if text == self.toPlainText():
            return
        self._quiet = True
        try:
            self.setPlainText(text)
        finally:
            self._quiet = False

    def reset_text(self, text: str) -> None:
        """Show another record's text: nothing typed is carried over (commit first)."""
        self._idle.stop()
        self._dirty = False
        self.shown_text = text
        if text != self.toPlainText():
            self._quiet = True
            try:
                self.setPlainText(text)
            finally:
                self._quiet = False

    def commit(self) -> None:
        self._idle.stop()
        if self._dirty:
            self._dirty = False
            self.sig_commit_requested.emit()

    def on_text_changed(self) -> None:
        if self._quiet:
            return
        self._dirty = True
        self._idle.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
