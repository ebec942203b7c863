"""The two-line adapter from model commands to Qt's undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lip_desktop.model.changes import Changes
from lip_desktop.model.commands import Command
from lip_desktop.model.errors import LipError
from lip_desktop.model.services import CatalogueService


class ServiceUndoCommand(QUndoCommand):
    """Runs a model ``Command``; the first redo is skipped because the hub already
    applied it (so a refused edit never reaches the stack)."""

    def __init__(self, command: Command, service: CatalogueService,
                 broadcast: Callable[[Changes], None],
                 on_error: Callable[[LipError], None]) -> None:
        super().__init__(command.text)
        self.command = command
        self._service = service
        self._broadcast = broadcast
        self._on_error = on_error
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.command.apply)

    def undo(self) -> None:
        self._run(self.command.revert)

    def _run(self, step: Callable[[CatalogueService], Changes]) -> None:
        """A step the catalogue refuses now (someone changed it since) is reported and
        the command dropped from the stack: the catalogue stays as it is."""
        try:
            self._broadcast(step(self._service))
        except LipError as error:
            self.setObsolete(True)
            self._on_error(error)
