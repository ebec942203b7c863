"""A stand-in for ``service.merge`` with hand-made conflicts, for the command and the UI
tests that do not need the engine (it keeps the same methods and return types)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lip_desktop.model.changes import Changes, Outcome
from lip_desktop.model.errors import CancelledError, ConflictError, LipError
from lip_desktop.model.values import ConflictEntry, MergeReport


def conflict(conflict_id: int, **overrides: Any) -> ConflictEntry:
    """A text conflict on a measure's description, changed on both sides."""
    values: dict[str, Any] = {
        "id": conflict_id, "kind": "field", "record_type": "measure",
        "record_id": f"00000000-0000-4000-8000-{conflict_id:012d}", "code": f"BIL-M{conflict_id}",
        "title": f"Sprachkurse {conflict_id}", "field": "description",
        "field_label": "Beschreibung", "base": "Kurse für Eltern an Grundschulen.",
        "mine": "Kurse für Eltern an allen Grundschulen.",
        "theirs": "Kurse für Mütter und Väter an Grundschulen.",
        "mine_by": "Anna Berg", "mine_at": "2026-12-03T14:05:00",
        "theirs_by": "Cem Demir", "theirs_at": "2026-11-28T09:30:00",
        "source": "kopie.lip", "found_at": "2026-12-04T08:00:00",
    }
    values.update(overrides)
    return ConflictEntry(**values)


def report(**overrides: Any) -> MergeReport:
    values: dict[str, Any] = {
        "source": "kopie.lip", "nothing_new": False, "added": {"measure": 2},
        "updated": {"goal": 1}, "deleted": {}, "by_action_field": {"Bildung": 3},
        "recoded": (), "new_conflicts": 1, "open_conflicts": 1}
    values.update(overrides)
    return MergeReport(**values)


class FakeMerge:
    """Keeps conflicts in a dict; ``resolve``/``reopen`` change their status the way the
    engine does and say the record was updated. ``refuse`` names ids that are refused."""

    def __init__(self, entries: list[ConflictEntry], merge_report: MergeReport | None = None
                 ) -> None:
        self.entries = {e.id: e for e in entries}
        self.calls: list[tuple[Any, ...]] = []
        self.refuse: set[int] = set()
        self.merge_report = merge_report or report()
        self.merge_error: LipError | None = None
        self.progress_seen: list[tuple[int, int, str]] = []

    def merge(self, source: Path, *, progress: Callable[[int, int, str], bool] | None = None
              ) -> Outcome[MergeReport]:
        self.calls.append(("merge", Path(source)))
        if progress is not None:
            for step in range(3):
                self.progress_seen.append((step, 3, "Datensätze vergleichen"))
                if not progress(step, 3, "Datensätze vergleichen"):
                    raise CancelledError
        if self.merge_error is not None:
            raise self.merge_error
        return Outcome(self.merge_report, Changes(updated={"measure": frozenset({"m"})}))

    def conflicts(self, *, include_decided: bool = False) -> list[ConflictEntry]:
        return [e for e in self.entries.values() if include_decided or e.status == "open"]

    def resolve(self, conflict_id: int, take: str, value: Any = None
                ) -> Outcome[ConflictEntry]:
        self.calls.append(("resolve", conflict_id, take, value))
        entry = self.entries.get(conflict_id)
        if entry is None:
            raise LipError("not_found", record_type="Konflikt", record=str(conflict_id))
        if conflict_id in self.refuse or entry.status != "open":
            raise ConflictError("undo_stale", record_type="Maßnahme", record=entry.code,
                                field=entry.field_label, field_key=entry.field or "",
                                current="anders")
        entry = dataclasses.replace(entry, status=take)
        self.entries[conflict_id] = entry
        return Outcome(entry, Changes(updated={entry.record_type: frozenset({entry.record_id})}))

    def reopen(self, conflict_id: int) -> Outcome[ConflictEntry]:
        self.calls.append(("reopen", conflict_id))
        entry = dataclasses.replace(self.entries[conflict_id], status="open")
        self.entries[conflict_id] = entry
        return Outcome(entry, Changes(updated={entry.record_type: frozenset({entry.record_id})}))


class FakeService:
    """Only ``merge``: what the conflict commands call."""

    def __init__(self, merge: FakeMerge) -> None:
        self.merge = merge
