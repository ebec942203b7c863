"""The two-line adapter from model commands to Qt's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QUndoCommand

from lip_desktop.model.changes import Changes
from lip_desktop.model.errors import LipError

if TYPE_CHECKING:
    from lip_desktop.model.commands import Command
    from lip_desktop.model.services import CatalogueService


class ServiceUndoCommand(QUndoCommand):
    """Runs a model ``Command``; the first redo is skipped because the hub already
    applied it (so a refused edit never reaches the stack). ``on_step("undo"|"redo",
    text)`` follows a later step, so the status bar says what was undone."""

    def __init__(self, command: Command, service: CatalogueService,
                 broadcast: Callable[[Changes], None],
                 on_error: Callable[[LipError], None],
                 on_step: Callable[[str, str], None] | None = None) -> None:
        super().__init__(command.text)
        self._on_step = on_step
        self.command = command
        self._service = service
        self._broadcast = broadcast
        self._on_error = on_error
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if self._run(self.command.apply) and self._on_step is not None:
            self._on_step("redo", self.command.text)

    def undo(self) -> None:
        if self._run(self.command.revert) and self._on_step is not None:
            self._on_step("undo", self.command.text)

    def _run(self, step: Callable[[CatalogueService], Changes]) -> bool:
        """A step the catalogue refuses now (someone changed it since) is reported and
        the command dropped from the stack: the catalogue stays as it is."""
        try:
            changes = step(self._service)
        except LipError as error:
            self.setObsolete(True)
            self._on_error(error)
            return False
        self._broadcast(changes)
        return True


def redo_shortcuts(platform: Sequence[QKeySequence] | None = None) -> list[QKeySequence]:
    """The platform's redo keys (``platform``, default: this platform's) plus Ctrl+Y and
    Ctrl+Shift+Z, each exactly once.

    A key sequence bound twice in one window is ambiguous and Qt then runs neither
    action: on X11 the platform's redo is Ctrl+Shift+Z, and adding it again made redo by
    keyboard do nothing at all."""
    if platform is None:
        platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    keys: list[QKeySequence] = []
    for key in (*platform, QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")):
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys
