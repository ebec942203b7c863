"""What a service call changed, so views refresh only what they must.

Every service returns an ``Outcome``: its value (a plain record) and a ``Changes``
summary. Item models emit ``dataChanged`` for updated ids and reset or insert only when
``structural`` is true (calibre refreshes only the rows whose ids changed).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    created: Mapping[str, frozenset[str]] = field(default_factory=dict)
    updated: Mapping[str, frozenset[str]] = field(default_factory=dict)
    deleted: Mapping[str, frozenset[str]] = field(default_factory=dict)
    moved: bool = False  # order or parent changed
    #: Made elsewhere (another window on a server catalogue, ``model/server_listen.py``):
    #: an open form then keeps what the user is typing even in a field that changed.
    remote: bool = False

    @property
    def structural(self) -> bool:
        return bool(self.created or self.deleted or self.moved)

    @property
    def empty(self) -> bool:
        return not (self.created or self.updated or self.deleted or self.moved)

    def touched(self, record_type: str) -> frozenset[str]:
        out: set[str] = set()
        for group in (self.created, self.updated, self.deleted):
            out |= group.get(record_type, frozenset())
        return frozenset(out)

    def summary(self) -> str:
        """German one-liner for the status bar and the command line."""
        from lip_desktop.model.records import SPECS  # noqa: PLC0415 - avoids an import cycle

        parts = []
        for verb, group in (("neu", self.created), ("geändert", self.updated),
                            ("gelöscht", self.deleted)):
            for rt, ids in sorted(group.items()):
                if rt not in SPECS:  # bookkeeping (the conflict queue), not a record
                    continue
                parts.append(f"{SPECS[rt].count(len(ids))} {verb}")
        return ", ".join(parts) if parts else "keine Änderung"


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes


class ChangeCollector:
    """Mutable counterpart used inside one unit of work."""

    def __init__(self) -> None:
        self.created: defaultdict[str, set[str]] = defaultdict(set)
        self.updated: defaultdict[str, set[str]] = defaultdict(set)
        self.deleted: defaultdict[str, set[str]] = defaultdict(set)
        self.moved = False

    def freeze(self) -> Changes:
        def f(d: defaultdict[str, set[str]]) -> dict[str, frozenset[str]]:
            return {k: frozenset(v) for k, v in d.items() if v}

        updated = {k: v - self.created.get(k, set()) for k, v in self.updated.items()}
        return Changes(f(self.created), f(defaultdict(set, updated)), f(self.deleted),
                       self.moved)
