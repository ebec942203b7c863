"""The one object the UI, the command line and the commands talk to: ``CatalogueService``.

It holds the catalogue and hands out one manager per topic (as Anki's collection hands
work to its managers): ``service.structure``, ``service.people``, ``service.meetings``,
``service.negotiation``, ``service.votes``, ``service.review``, ``service.history``.
"""

from __future__ import annotations

from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services.history import HistoryManager
from lip_desktop.model.services.meetings import MeetingsManager
from lip_desktop.model.services.negotiation import NegotiationManager
from lip_desktop.model.services.people import PeopleManager
from lip_desktop.model.services.review import ReviewManager
from lip_desktop.model.services.structure import StructureManager
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
        self.history = HistoryManager(self)
