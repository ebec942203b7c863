"""The one object the UI, the command line and the commands talk to: ``CatalogueService``.

It holds the catalogue and hands out one manager per topic (as Anki's collection hands
work to its managers): ``service.structure``, ``service.people``, ``service.meetings``,
``service.negotiation``, ``service.votes``, ``service.review``, ``service.proposals``,
``service.history``, ``service.implementation``, ``service.speakers``,
``service.contributions``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import ConflictError
from lip_desktop.model.records import SPECS, record_name
from lip_desktop.model.services.base import changed_meanwhile
from lip_desktop.model.services.contributions import ContributionsManager
from lip_desktop.model.services.history import HistoryManager
from lip_desktop.model.services.implementation import ImplementationManager
from lip_desktop.model.services.meetings import MeetingsManager
from lip_desktop.model.services.merging import MergeManager
from lip_desktop.model.services.minutes import MinutesManager
from lip_desktop.model.services.negotiation import NegotiationManager
from lip_desktop.model.services.people import PeopleManager
from lip_desktop.model.services.proposals import ProposalsManager
from lip_desktop.model.services.review import ReviewManager
from lip_desktop.model.services.speakers import SpeakersManager
from lip_desktop.model.services.structure import StructureManager
from lip_desktop.model.services.unit import jsonable
from lip_desktop.model.services.votes import VotesManager


class CatalogueService:
    """All operations that change a catalogue, plus the reads the UI needs, by topic."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.structure = StructureManager(self)
        self.people = PeopleManager(self)
        self.meetings = MeetingsManager(self)
        self.negotiation = NegotiationManager(self)
        self.votes = VotesManager(self)
        self.review = ReviewManager(self)
        self.proposals = ProposalsManager(self)
        self.history = HistoryManager(self)
        self.merge = MergeManager(self)
        self.implementation = ImplementationManager(self)
        self.minutes = MinutesManager(self)
        self.speakers = SpeakersManager(self)
        self.contributions = ContributionsManager(self)
        self._expected: tuple[str, str, dict[str, Any]] | None = None
        #: ``expecting`` (undo/redo) or ``seen`` (an edit of what someone saw): the refusal
        self._expected_code = "undo_stale"

    @contextmanager
    def expecting(self, record_type: str, record_id: str, values: Mapping[str, Any]
                  ) -> Iterator[None]:
        """Updates of that record inside this block first check, in their own write
        transaction, that its fields still hold ``values``; otherwise ``undo_stale``.

        Undo and redo use it: a step may only revert what is still as it left it, so an
        undo never writes an old title over one an import (or another writer) set since.
        """
        self._expected = (record_type, record_id, dict(values))
        try:
            yield
        finally:
            self._expected = None

    @contextmanager
    def seen(self, record_type: str, record_id: str, values: Mapping[str, Any]
             ) -> Iterator[None]:
        """An edit of what a person saw: updates of that record inside this block are
        refused (``changed_meanwhile``) when a field in ``values`` no longer holds what
        they saw, because someone else saved it in between (another window, another
        person on the server). The refusal names who changed it, when, and the new value;
        fields they did not see are not compared, so edits of different fields are kept.
        """
        self._expected = (record_type, record_id, dict(values))
        self._expected_code = "changed_meanwhile"
        try:
            yield
        finally:
            self._expected = None
            self._expected_code = "undo_stale"

    def check_expected(self, record_type: str, record_id: str, current: Mapping[str, Any],
                       last_change: Callable[[str], tuple[str, str] | None] | None = None
                       ) -> None:
        """Called by every update with the stored values, inside its transaction;
        ``last_change(field)`` gives who changed that field when (the history)."""
        if self._expected is None or self._expected[:2] != (record_type, record_id):
            return
        for key, value in self._expected[2].items():
            if jsonable(current.get(key)) != jsonable(value):
                if self._expected_code == "changed_meanwhile":
                    raise changed_meanwhile(record_type, current, key,
                                            last_change(key) if last_change else None)
                spec = SPECS[record_type]
                shown = current.get(key)
                raise ConflictError(
                    "undo_stale", record_type=spec.label, record=record_name(spec, current),
                    field=spec.fields[key].label if key in spec.fields else key,
                    field_key=key, current="leer" if shown in (None, "") else str(shown))

