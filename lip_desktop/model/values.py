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
from lip_desktop.model.minutes_state import MinutesStatus
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
class ProposalIn:
    """One reviewer's tracked changes inside one field of a reviewed Word draft.

    ``old_text`` is the field as the draft showed it, ``new_text`` what that reviewer's
    insertions and deletions (and only theirs) make of it. ``thread`` holds the comments
    whose range touches the field ("Autor*in: Text", replies marked "↳"), in the order
    of the document.
    """

    subject_type: str
    subject_id: str
    field: str
    old_text: str
    new_text: str
    author: str
    created_at: str | None
    thread: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnplacedChange:
    """A tracked change outside every field the catalogue owns ("nicht zuzuordnen").

    ``subject_type``/``subject_id`` name the section it was made in (empty on the title
    page and in the table of contents); ``heading`` is the nearest heading above it.
    ``kind`` is ``insertion`` or ``deletion``.
    """

    author: str
    kind: str
    text: str
    heading: str
    subject_type: str = ""
    subject_id: str = ""


@dataclass(frozen=True, slots=True)
class FieldTextIn:
    """The text of a marked field without tracked changes, as the reviewed file holds
    it: compared with the catalogue to find what a reviewer changed without tracking."""

    subject_type: str
    subject_id: str
    field: str
    text: str


@dataclass(frozen=True, slots=True)
class ReviewedDraft:
    """Everything read from a reviewed draft: comments, proposals, unplaced changes,
    the draft version written into the file (``None`` when the file has none), the
    texts of the fields without tracked changes and when the draft was made (local
    time, ``None`` when the file does not say)."""

    comments: tuple[ReviewCommentIn, ...]
    proposals: tuple[ProposalIn, ...]
    unplaced: tuple[UnplacedChange, ...]
    draft_version: int | None
    texts: tuple[FieldTextIn, ...] = ()
    created_at: str | None = None


@dataclass(frozen=True, slots=True)
class ProposalEntry:
    """A stored proposal for lists, the command line and the review view.

    The first thirteen fields are the contract's keys. ``status`` is the effective one:
    an open proposal whose field no longer holds ``old_text`` reads as ``outdated`` even
    before a write operation stored that. ``record`` names the record ("Maßnahme
    BIL-M1.1 Elternbildung"), ``current_text`` is the field as it is now, ``area`` the
    action field (or "Strategieteil") the record belongs to, for grouping.
    """

    id: str
    subject_type: str
    subject_id: str
    field: str
    old_text: str
    new_text: str
    author: str
    created_at: str | None
    source: str
    status: str
    decided_at: str | None
    decided_by: str | None
    draft_version: int | None
    thread: tuple[str, ...]
    record: str
    field_label: str
    current_text: str
    area: str

    def contract(self) -> dict[str, Any]:
        """The keys of the interchange contract's ``proposals`` record."""
        return {k: getattr(self, k) for k in (
            "id", "subject_type", "subject_id", "field", "old_text", "new_text", "author",
            "created_at", "source", "status", "decided_at", "decided_by", "draft_version")}


@dataclass(frozen=True, slots=True)
class ProposalImportSummary:
    """What reading tracked changes added; ``warnings`` are German sentences (changes
    outside every field, an older draft version)."""

    added: int
    already_known: int
    outdated: int
    orphaned: int
    warnings: tuple[str, ...]

    def summary(self) -> str:
        text = (f"{self.added} Änderungsvorschlag übernommen" if self.added == 1
                else f"{self.added} Änderungsvorschläge übernommen")
        if self.outdated:
            text += f" ({self.outdated} davon veraltet: das Feld wurde seither geändert)"
        if self.already_known:
            text += f"; {self.already_known} waren schon übernommen"
        if self.orphaned:
            text += f"; {self.orphaned} betrafen Einträge, die es nicht mehr gibt"
        return text + "."


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
    #: Where the minutes stand (Entwurf, versandt, genehmigt; ``model/minutes_state.py``).
    status: MinutesStatus | None = None


# --- merging catalogues ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    """One open (or decided) conflict of the merge queue, as the conflict view shows it.

    ``field`` is None for a conflict about the whole record (deleted on one side, changed
    on the other; or a closed vote with two different results). ``base``, ``mine`` and
    ``theirs`` are interchange values (JSON-shaped); for a whole-record conflict they are
    the record dicts, or None where the record is deleted. ``mine`` is this catalogue's
    value when the conflict was found, ``theirs`` the other catalogue's.
    """

    id: int
    kind: str  # "field" | "deleted_here" | "deleted_there" | "vote_result"
    record_type: str
    record_id: str
    code: str | None
    title: str  # the record's name ("BIL-M3 Sprachkurse"), never a UUID
    field: str | None
    field_label: str  # German ("Titel"), or "Datensatz" for a whole record
    base: Any
    mine: Any
    theirs: Any
    mine_by: str
    mine_at: str | None
    theirs_by: str
    theirs_at: str | None
    source: str  # the other catalogue's file name
    found_at: str
    status: str = "open"  # "open" | "mine" | "theirs" | "edited"

    @property
    def is_text(self) -> bool:
        """A text on both sides: the view shows a word-level difference."""
        return isinstance(self.mine, str) and isinstance(self.theirs, str)


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What one merge did, for the report dialog and the command line (German)."""

    source: str  # file name of the other catalogue
    nothing_new: bool
    #: record type -> count, for "added", "updated", "deleted"
    added: Mapping[str, int]
    updated: Mapping[str, int]
    deleted: Mapping[str, int]
    #: action field name -> number of records that came in there ("ohne Handlungsfeld")
    by_action_field: Mapping[str, int]
    #: (record label, code the other catalogue gave, code given here)
    recoded: tuple[tuple[str, str, str], ...]
    new_conflicts: int
    open_conflicts: int
    backup: str | None = None
    warnings: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The German report, one line per fact; the dialog and the CLI print the same."""
        if self.nothing_new:
            out = [f"Zusammenführen mit „{self.source}“: nichts Neues."]
        else:
            out = [f"Zusammengeführt mit „{self.source}“."]
            for verb, group in (("neu", self.added), ("geändert", self.updated),
                                ("gelöscht", self.deleted)):
                parts = [SPECS[rt].count(n) for rt, n in group.items() if n and rt in SPECS]
                if parts:
                    out.append(f"{verb.capitalize()}: " + ", ".join(parts))
            if self.by_action_field:
                out.append("Nach Handlungsfeld: " + ", ".join(
                    f"{name} {n}" for name, n in self.by_action_field.items() if n))
            for label, theirs, mine in self.recoded:
                out.append(f"Kennung vergeben: {label} kam als {theirs}, heißt hier {mine} "
                           f"({theirs} war hier schon vergeben).")
        if self.new_conflicts:
            out.append(f"Neue Konflikte: {self.new_conflicts}.")
        if self.open_conflicts:
            out.append(f"Offene Konflikte insgesamt: {self.open_conflicts} "
                       "(Ansicht „Konflikte“ oder „lip-desktop conflicts“).")
        else:
            out.append("Keine offenen Konflikte.")
        out.extend(self.warnings)
        if self.backup:
            out.append(f"Sicherung vorher: {self.backup}")
        return out
