"""Merging another catalogue into this one, and the conflict queue: ``service.merge``.

The three-way rules live in ``model/merge.py``; this manager opens the transaction, makes
the verified backup first, and reads and decides the queued conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lip_desktop.model.changes import Outcome
from lip_desktop.model.services.base import Manager
from lip_desktop.model.values import ConflictEntry, MergeReport

#: Called with (done, total, German step text); returns False to cancel.
Progress = Callable[[int, int, str], bool]

#: How a conflict is decided: keep this catalogue's value, take the other's, or a third text.
TAKES = ("mine", "theirs", "edited")


class MergeManager(Manager):
    """Merge and conflict queue (skeleton; the engine fills it in)."""

    def merge(self, source: Path, *, progress: Progress | None = None) -> Outcome[MergeReport]:
        """Merge ``source`` (a ``.lip`` file or a ``lip-catalogue`` JSON file) into this
        catalogue: a verified backup first, then one transaction. A cancelled merge
        (``progress`` returned False) raises ``LipError("cancelled")`` and changes nothing."""
        raise NotImplementedError

    def conflicts(self, *, include_decided: bool = False) -> list[ConflictEntry]:
        """Open conflicts, ordered by action field, record code and field."""
        raise NotImplementedError

    def resolve(self, conflict_id: int, take: str, value: Any = None
                ) -> Outcome[ConflictEntry]:
        """Decide one conflict: ``take`` in ``TAKES``; ``value`` is the third text for
        "edited". Writes the chosen value through the normal validated update, with a
        history entry, and marks the conflict decided. Refuses a decided conflict."""
        raise NotImplementedError

    def reopen(self, conflict_id: int) -> Outcome[ConflictEntry]:
        """Undo of ``resolve``: put back the value this catalogue had before the decision
        (refused with ``undo_stale`` if it changed since) and reopen the conflict."""
        raise NotImplementedError
