"""Plain values the services hand out and take in (history entries, parking items,
decisions, the live state, a vote's state, comments and steering decisions read from files).

No ORM and no SQLAlchemy here: the export layer and the UI import these without pulling in
the storage layer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lip_desktop.model import live, voting
from lip_desktop.model.records import SPECS, Meeting, Vote


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: str
    actor: str
    operation: str
    action: str
    record_type: str
    record_id: str
    record_code: str | None
    field: str | None
    old: Any
    new: Any


@dataclass(frozen=True, slots=True)
class ReviewCommentIn:
    """A comment read from a reviewed Word draft, already traced to its record."""

    subject_type: str
    subject_id: str
    author: str
    created_at: str | None
    text: str


@dataclass(frozen=True, slots=True)
class ReviewImportSummary:
    added: Mapping[str, int]  # per subject type
    already_known: int
    orphaned: int  # no such record: commented outside the sections, or deleted since
    empty: int

    def summary(self) -> str:
        parts = [SPECS[rt].count(n) for rt, n in sorted(self.added.items())]
        text = f"{sum(self.added.values())} Kommentare übernommen"
        if parts:
            text += " (zu " + ", ".join(parts) + ")"
        if self.already_known:
            text += f"; {self.already_known} waren schon übernommen"
        if self.orphaned:
            text += (f"; {self.orphaned} ließen sich keinem Eintrag zuordnen (außerhalb der "
                     "Abschnitte kommentiert oder Eintrag inzwischen gelöscht)")
        return text + "."


@dataclass(frozen=True, slots=True)
class SteeringDecisionIn:
    """One row of a returned measure list: ``decision`` is an English key or None.

    ``measure_id`` is the record id from the list's hidden column ("" when the row has
    none), ``title`` the measure title as the list shows it (None when the column was
    absent). Which measure a row decides on is ``model.steering.match_decisions``.
    """

    row: int
    code: str
    decision: str | None
    note: str | None
    measure_id: str = ""
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ParkingItem:
    id: str
    session_id: str
    text: str
    created_at: str
    status: str  # open / converted / dropped
    converted_type: str | None
    converted_id: str | None


@dataclass(frozen=True, slots=True)
class Captured:
    """A goal or measure captured in a live session (under ``agenda_item_id``, when an
    item was current); kept in the session's change history, read for the minutes."""

    record_type: str
    record_id: str
    agenda_item_id: str | None
    at: str


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    session_id: str
    agenda_item_id: str | None
    text: str
    subject_type: str | None
    subject_id: str | None
    vote_id: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class LiveState:
    meeting: Meeting
    attendance: live.AttendanceSummary
    timing: live.AgendaTiming
    current_item: Any  # AgendaItem or None


@dataclass(frozen=True, slots=True)
class VoteState:
    """A vote with its live (or frozen) result and who may vote."""

    vote: Vote
    voters: tuple[voting.Voter, ...]


@dataclass(frozen=True, slots=True)
class MinutesInputs:
    """Everything a meeting's minutes are made of, read from the catalogue in one go: the
    catalogue as an interchange dict plus what that format does not carry (decisions,
    Themenspeicher, vote notes, the group's quorum). ``None`` quorum: no rule set, or no
    such meeting (the export names the meetings there are)."""

    doc: Mapping[str, Any]
    session_id: str
    decisions: tuple[Decision, ...]
    parking: tuple[ParkingItem, ...]
    vote_notes: Mapping[str, str]
    quorum: int | None
    captured: tuple[Captured, ...] = ()
