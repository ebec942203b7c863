"""The speakers list (Redeliste): who speaks next and why, and speaking time per side.

Pure functions over plain values, so the live window, the projector, the minutes and the
tests all see the same order and the same sums.

The parity order ("quotierte Redeliste") has two rules, applied in this order:

1. **First contributions go before later ones.** Among the people waiting, those who have
   spoken least on the agenda item come first (the running speech counts as spoken).
2. **Sides alternate** among the people of that rank, as far as both sides have someone
   waiting: after administration comes external and the other way round. When only one
   side has someone waiting, the list continues with that side and says so.

Within one side and rank the order of the requests holds. Without parity the list keeps
the order of the requests. Each entry carries the German reason the list shows, so the
room can see why someone is next.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from lip_desktop.model.enums import SIDE

ADMINISTRATION: Final = "administration"
EXTERNAL: Final = "external"


@dataclass(frozen=True, slots=True)
class Waiting:
    """One request to speak, in the order it was made."""

    entry_id: str
    person_id: str
    side: str  # "administration" or "external"


@dataclass(frozen=True, slots=True)
class Placed:
    """A waiting request at its place in the speaking order, with the reason shown."""

    entry_id: str
    person_id: str
    side: str
    contribution: int  # 1 = first contribution to the item, 2 = second, ...
    reason: str


def side_label(side: str | None) -> str:
    return SIDE.get(side or "", side or "ohne Seite")


def _other(side: str) -> str:
    return EXTERNAL if side == ADMINISTRATION else ADMINISTRATION


def speaking_order(waiting: Sequence[Waiting], spoken: Mapping[str, int],
                   last_side: str | None, *, parity: bool) -> list[Placed]:
    """The order in which ``waiting`` will speak.

    ``spoken``: person id → contributions already made to the current item (including a
    speech running now); ``last_side``: the side of the last (or running) speech on the
    item, ``None`` before the first one.
    """
    if not parity:
        return [Placed(w.entry_id, w.person_id, w.side, spoken.get(w.person_id, 0) + 1,
                       "Reihenfolge der Meldungen") for w in waiting]
    remaining = list(waiting)
    last = last_side
    out: list[Placed] = []
    while remaining:
        rank = min(spoken.get(w.person_id, 0) for w in remaining)
        candidates = [w for w in remaining if spoken.get(w.person_id, 0) == rank]
        later = len(candidates) < len(remaining)
        if last is None:
            chosen = candidates[0]
            turn = "Reihenfolge der Meldungen"
        else:
            switch = next((w for w in candidates if w.side != last), None)
            if switch is not None:
                chosen = switch
                turn = f"Wechsel: {side_label(last)} nach {side_label(chosen.side)}"
            else:
                chosen = candidates[0]
                turn = f"keine Wortmeldung von {side_label(_other(last))}"
        if rank == 0:
            first = "erster Beitrag zum Punkt"
            if later:
                first += " (vor weiteren Beiträgen)"
        else:
            first = f"{rank + 1}. Beitrag zum Punkt"
        out.append(Placed(chosen.entry_id, chosen.person_id, chosen.side, rank + 1,
                          f"{first} · {turn}"))
        remaining.remove(chosen)
        last = chosen.side
    return out


@dataclass(frozen=True, slots=True)
class SideTimes:
    """Speaking time in seconds per side."""

    administration: int = 0
    external: int = 0

    def text(self) -> str:
        """"Redezeit Verwaltung 12:40 · extern 9:15", as the room reads it."""
        return (f"Redezeit Verwaltung {clock_text(self.administration)} · "
                f"extern {clock_text(self.external)}")

    def __add__(self, other: SideTimes) -> SideTimes:
        return SideTimes(self.administration + other.administration,
                         self.external + other.external)


def side_times(speeches: Iterable[tuple[str | None, int]]) -> SideTimes:
    """Sum of (side, seconds) per side (every person has one of the two sides)."""
    admin = external = 0
    for side, seconds in speeches:
        if side == ADMINISTRATION:
            admin += max(seconds, 0)
        else:
            external += max(seconds, 0)
    return SideTimes(admin, external)


def clock_text(seconds: int) -> str:
    """"9:15" (minutes unpadded, as a stopwatch reads); negative values count as zero."""
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


def over_limit(elapsed_seconds: int, limit_seconds: int | None) -> bool:
    """A speech runs longer than the item's speaking-time limit (none: never)."""
    return limit_seconds is not None and limit_seconds > 0 and elapsed_seconds > limit_seconds


# --- the state the live window and the projector show ---------------------------------


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    """A waiting request at its place, with the person's name and the reason shown."""

    id: str
    person_id: str
    name: str
    side: str
    contribution: int
    reason: str


@dataclass(frozen=True, slots=True)
class RunningSpeech:
    """The speech running now; ``started_at`` is stored, so the stopwatch survives a
    crash (the elapsed time is always computed from it)."""

    entry_id: str
    person_id: str
    name: str
    side: str
    agenda_item_id: str | None
    started_at: datetime

    def elapsed(self, now: datetime) -> int:
        return max(int((now - self.started_at).total_seconds()), 0)


@dataclass(frozen=True, slots=True)
class SpeakersState:
    """One session's speakers list on its current agenda item, from one read.

    ``item_times`` and ``session_times`` sum the finished speeches; ``times`` adds the
    running one, so the figures in the room grow while someone speaks.
    """

    session_id: str
    agenda_item_id: str | None
    parity: bool
    show_times: bool
    limit_seconds: int | None  # of the current item
    waiting: tuple[SpeakerEntry, ...]
    running: RunningSpeech | None
    item_times: SideTimes
    session_times: SideTimes
    finished_on_item: int

    def times(self, now: datetime) -> tuple[SideTimes, SideTimes]:
        """(current item, whole session), the running speech included."""
        if self.running is None:
            return self.item_times, self.session_times
        extra = side_times([(self.running.side, self.running.elapsed(now))])
        on_item = self.running.agenda_item_id == self.agenda_item_id
        return (self.item_times + extra if on_item else self.item_times,
                self.session_times + extra)

    def over_limit(self, now: datetime) -> bool:
        """The running speech is longer than the current item's limit."""
        return self.running is not None and over_limit(self.running.elapsed(now),
                                                       self.limit_seconds)
