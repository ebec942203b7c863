"""The catalogue's terminology rules as one shared ``TermChecker`` for all forms.

Compiling the rules is the expensive part of checking (``model.terminology``), and every
term-aware field of every form needs the same rules; so the editor keeps one checker and
replaces it only when the terminology list itself changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from lip_desktop.model import queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.terminology import TermChecker
from lip_desktop.ui.hub import CatalogueHub


class TermRules(QObject):
    """Holds ``checker``; emits ``sig_checker_changed`` after the rules were edited."""

    #: The terminology list changed; the argument is the new ``TermChecker``.
    sig_checker_changed = Signal(object)

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.checker = TermChecker(queries.term_rules(hub.catalogue))
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if changes.touched("terminology"):
            self.checker = TermChecker(queries.term_rules(self._hub.catalogue))
            self.sig_checker_changed.emit(self.checker)


def shared_term_rules(hub: CatalogueHub) -> TermRules:
    """The one ``TermRules`` of a catalogue, made on first use and owned by its hub, for
    windows outside the editor (live capture, negotiation, notes)."""
    rules = hub.findChild(TermRules, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return rules if rules is not None else TermRules(hub, hub)
