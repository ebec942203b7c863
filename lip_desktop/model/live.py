"""The arithmetic of a live session: attendance counts, quorum, staffing, time boxes.

Pure functions of the session's data and a clock value, so the facilitator's screen,
the projector and the minutes all show the same figures, and tests can drive the clock.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lip_desktop.model.staffing import Staffing, staffing


@dataclass(frozen=True, slots=True)
class AttendanceSummary:
    """Present voters (members with role ``member``) per side, and what follows."""

    present: Staffing  # present voting members per side
    members: Staffing  # all voting members per side
    quorum: int | None  # the group's quorum for yes/no votes, if any

    @property
    def present_total(self) -> int:
        return self.present.administration + self.present.external

    @property
    def quorate(self) -> bool:
        return self.quorum is None or self.present_total >= self.quorum

    @property
    def staffing_warning(self) -> bool:
        """One side is under-represented among those present."""
        return self.present.administration != self.present.external

    def text(self) -> str:
        """"anwesend: Verwaltung 3 · extern 4" as the room sees it."""
        return (f"anwesend: Verwaltung {self.present.administration} · "
                f"extern {self.present.external}")


def attendance_summary(members: Sequence[Mapping[str, str]], sides: Mapping[str, str],
                       present: set[str], quorum: int | None) -> AttendanceSummary:
    """``members``: ``{person_id, role}``; ``sides``: person id → side; ``present``: ids."""
    here = [m for m in members if m["person_id"] in present]
    return AttendanceSummary(staffing(here, sides), staffing(members, sides), quorum)


@dataclass(frozen=True, slots=True)
class AgendaTiming:
    """Where the session stands against its time boxes."""

    current_index: int | None
    elapsed: timedelta  # on the current item
    remaining: timedelta | None  # of the current item's time box (negative: overrun)
    overrun: bool
    projected_end: datetime | None  # now + what is left of this item + later time boxes

    def remaining_text(self) -> str:
        """"12:30" or "−03:10" (overrun) for the facilitator and the projector."""
        if self.remaining is None:
            return "–"
        seconds = int(self.remaining.total_seconds())
        sign = "−" if seconds < 0 else ""
        seconds = abs(seconds)
        return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


def agenda_timing(minutes: Sequence[int | None], current_index: int | None,
                  item_started_at: datetime | None, now: datetime) -> AgendaTiming:
    """Time box arithmetic; items without a time box count as zero minutes."""
    if current_index is None or item_started_at is None or not (
            0 <= current_index < len(minutes)):
        later = sum(m or 0 for m in minutes)
        return AgendaTiming(None, timedelta(0), None, False,
                            now + timedelta(minutes=later) if minutes else None)
    elapsed = max(now - item_started_at, timedelta(0))
    box = minutes[current_index]
    remaining = None if box is None else timedelta(minutes=box) - elapsed
    left_here = max(remaining, timedelta(0)) if remaining is not None else timedelta(0)
    later = sum(m or 0 for m in minutes[current_index + 1:])
    return AgendaTiming(current_index, elapsed, remaining,
                        remaining is not None and remaining < timedelta(0),
                        now + left_here + timedelta(minutes=later))
