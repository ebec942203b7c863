"""The Beamer inside the live window, for a laptop that mirrors its one screen.

With a second screen the Beamer is a window of its own, full screen there. A laptop that
mirrors its only screen to the projector cannot do that: the room would see the
facilitator's work. ``EmbeddedBeamer`` lays the same view over the whole live window,
toggled with F6; Escape or F6 returns to the work, which stayed as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from lip_desktop.ui.session.projector import ProjectorWindow

if TYPE_CHECKING:
    from lip_desktop.ui.session.live import LiveSessionWindow


class EmbeddedBeamer(QObject):
    """``EmbeddedBeamer(live_window)``; ``view`` is the overlay once it was shown."""

    def __init__(self, window: LiveSessionWindow) -> None:
        super().__init__(window)
        self._window = window
        self.view: ProjectorWindow | None = None
        self._focus_before: QWidget | None = None
        window.installEventFilter(self)

    @property
    def shown(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def toggle(self) -> bool:
        """Show or hide the overlay; returns whether it is shown now."""
        if self.shown:
            self.hide()
            return False
        self.show()
        return True

    def show(self) -> ProjectorWindow:
        window = self._window
        if self.view is None:
            self.view = ProjectorWindow(window.hub, window.session_id, window.clock, window,
                                        embedded=True)
            self.view.sig_leave_requested.connect(self.hide)
        self._focus_before = window.focusWidget()
        self.view.setGeometry(window.rect())
        self.view.show()
        self.view.raise_()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return self.view

    def hide(self) -> None:
        if self.view is not None:
            self.view.hide()
        if self._focus_before is not None:
            self._focus_before.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_vote(self, vote_id: str) -> None:
        self.show().show_vote(vote_id)

    def drop(self) -> None:
        """The clock changed or the window closes: the view goes with its connections."""
        if self.view is not None:
            self.view.deleteLater()
            self.view = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize \
                and self.view is not None:
            self.view.setGeometry(self._window.rect())
        return False
