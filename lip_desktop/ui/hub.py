"""One hub per open catalogue: the service, the undo stack and the change broadcast.

Widgets never talk to each other about data. They call ``run_undoable`` (an edit as a
``Command``, pushed on the undo stack) or ``run_without_undo`` (votes, imports and other
service calls that are final); the hub runs it, shows a refusal in German, and broadcasts
the ``Changes`` summary on ``sig_catalogue_changed``; every view refreshes just what the
summary names.

The commands (and the record specs behind them) are imported with the first edit, not
with the hub: the window imports this module before a catalogue's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from lip_desktop.model.changes import Changes, Outcome
from lip_desktop.model.errors import LipError
from lip_desktop.ui import dialogs
from lip_desktop.ui.undo import ServiceUndoCommand

if TYPE_CHECKING:
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.commands import Command, UpdateFields
    from lip_desktop.model.services import CatalogueService

T = TypeVar("T")


class CatalogueHub(QObject):
    #: A service call changed the catalogue; the argument is its ``Changes``.
    sig_catalogue_changed = Signal(object)
    #: A record was chosen somewhere (tree, list, search): (record type, id).
    sig_record_selected = Signal(str, str)
    #: A short German status text for the status bar.
    sig_status = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._service: CatalogueService | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.error_parent: QWidget | None = None

    @property
    def service(self) -> CatalogueService:
        """The catalogue's services, made on first use: importing them (with the
        interchange and every manager) is not needed to paint the navigation tree, so the
        window opens without it and the rest of the workspace loads it afterwards."""
        if self._service is None:
            from lip_desktop.model.services import CatalogueService  # noqa: PLC0415

            self._service = CatalogueService(self.catalogue)
        return self._service

    def broadcast(self, changes: Changes) -> None:
        if not changes.empty:
            self.sig_catalogue_changed.emit(changes)

    def report(self, error: LipError) -> None:
        dialogs.show_error(self.error_parent, error)

    def run_undoable(self, command: Command) -> bool:
        """Apply an undoable edit. Refused: German message, nothing changed, False."""
        try:
            changes = command.apply(self.service)
        except LipError as error:
            self.report(error)
            from lip_desktop.model.commands import UpdateFields  # noqa: PLC0415 - see above

            if error.code == "changed_meanwhile" and isinstance(command, UpdateFields):
                self._show_changed_meanwhile(command)
            return False
        self.undo_stack.push(ServiceUndoCommand(command, self.service, self.broadcast,
                                                self.report, self.on_undo_step))
        self.broadcast(changes)
        self.sig_status.emit(self.tr("Gespeichert: %1").replace("%1", command.text))
        return True

    def _show_changed_meanwhile(self, command: UpdateFields) -> None:
        """Someone else saved the field first: every view re-reads the record, so the
        form, the lists and the tree show their value (the refusal names it), and the
        refused text goes to the clipboard (``seen.keep_refused_input``). Nothing is
        pushed on the undo stack: the refused edit never happened."""
        from lip_desktop.ui.seen import keep_refused_input  # noqa: PLC0415 - see above

        note = keep_refused_input(command)
        if note:
            self.sig_status.emit(note)
        self.broadcast(Changes(updated={command.record_type: frozenset({command.record_id})}))

    def on_undo_step(self, step: str, text: str) -> None:
        """After undo or redo the status says what happened, not the last "Gespeichert"."""
        template = self.tr("Rückgängig gemacht: %1") if step == "undo" else self.tr(
            "Wiederholt: %1")
        self.sig_status.emit(template.replace("%1", text))

    def run_without_undo(self, operation: Callable[[CatalogueService], Outcome[T]]) -> T | None:
        """Run a service call that is not undoable (votes, imports). Refused: None."""
        try:
            outcome = operation(self.service)
        except LipError as error:
            self.report(error)
            return None
        self.broadcast(outcome.changes)
        return outcome.value

    def select(self, record_type: str, record_id: str) -> None:
        self.sig_record_selected.emit(record_type, record_id)

    def record(self, record_type: str, record_id: str) -> Any:
        return self.service.structure.get_record(record_type, record_id)
