"""Enumerations of the catalogue: English keys (as in the interchange format) and German labels.

The keys are what is stored and exchanged; the labels are what every German screen and
document shows. Keeping both here means the UI, the exports and the error messages cannot
drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

STATUS: Final[Mapping[str, str]] = {
    "draft": "Entwurf",
    "in_discussion": "in Diskussion",
    "agreed": "vereinbart",
    "deferred": "zurückgestellt",
    "rejected": "abgelehnt",
}
KIND: Final[Mapping[str, str]] = {
    "permanent": "dauerhaft (Regelstruktur)",
    "time_limited": "befristetes Projekt",
    "review": "Prüfauftrag",
}
ORIGIN: Final[Mapping[str, str]] = {
    "expert_group": "Expert*innengruppe",
    "survey": "Online-Umfrage",
    "public_event": "Präsenzveranstaltung",
    "administration": "Verwaltung",
    "other": "Sonstiges",
}
STEERING_DECISION: Final[Mapping[str, str]] = {
    "approved": "Zustimmung",
    "revise": "Überarbeitung",
    "rejected": "Ablehnung",
}
PRIORITY: Final[Mapping[int, str]] = {1: "hoch", 2: "mittel", 3: "niedrig"}
SIDE: Final[Mapping[str, str]] = {"administration": "Verwaltung", "external": "extern"}
ROLE: Final[Mapping[str, str]] = {
    "member": "Mitglied",
    "facilitator": "Moderation",
    "minutes": "Protokoll",
    "guest": "Gast",
}
SESSION_STATUS: Final[Mapping[str, str]] = {
    "planned": "geplant",
    "running": "läuft",
    "closed": "abgeschlossen",
}
COMPROMISE_STATUS: Final[Mapping[str, str]] = {
    "proposed": "vorgeschlagen",
    "agreed": "vereinbart",
    "rejected": "verworfen",
}
SUBJECT_TYPE: Final[Mapping[str, str]] = {
    "goal": "Ziel",
    "measure": "Maßnahme",
    "compromise": "Kompromiss",
    "strategy_section": "Strategieteil",
}
VOTE_METHOD: Final[Mapping[str, str]] = {
    "yes_no": "Ja/Nein",
    "dots": "Punktabfrage",
    "consent": "Systemisches Konsensieren",
    "score": "Bewertung",
    "ranked": "Rangfolge",
}
VOTE_STATUS: Final[Mapping[str, str]] = {"open": "offen", "closed": "abgeschlossen"}
#: Themenspeicher: a parked topic is open, became a goal or measure, or was dropped. Keys
#: only: the live window words each state itself (``ui/session/live/parking.py``).
PARKING_STATUSES: Final[tuple[str, ...]] = ("open", "converted", "dropped")
#: What a parked topic can become (labels as in ``SUBJECT_TYPE``).
CONVERTED_TYPES: Final[tuple[str, ...]] = ("goal", "measure")
#: Implementation of an adopted measure (``implementation.status``, ``progress_reports``):
#: the categories of the city's earlier controlling reports.
IMPLEMENTATION_STATUS: Final[Mapping[str, str]] = {
    "not_started": "nicht begonnen",
    "in_progress": "in Bearbeitung",
    "ongoing": "in das laufende Geschäft übergegangen",
    "completed": "erfüllt",
    "discontinued": "nicht weiter zu verfolgen",
}
MAJORITY: Final[Mapping[str, str]] = {
    "simple": "einfache Mehrheit",
    "absolute": "absolute Mehrheit der Anwesenden",
    "two_thirds": "Zwei-Drittel-Mehrheit",
    "consensus": "Konsens (keine Gegenstimme)",
}
CHOICE: Final[Mapping[str, str]] = {"yes": "Ja", "no": "Nein", "abstain": "Enthaltung"}
#: Wording proposals (``proposals``): what they are about, where they come from, and
#: where they stand ("veraltet": the field no longer holds the text the reviewer changed).
PROPOSAL_SUBJECT_TYPE: Final[Mapping[str, str]] = {
    "goal": "Ziel",
    "measure": "Maßnahme",
    "strategy_section": "Strategieteil",
    "indicator": "Indikator",
}
PROPOSAL_SOURCE: Final[Mapping[str, str]] = {
    "word_tracked_change": "Änderung im Word-Entwurf",
    "manual": "manuell",
}
PROPOSAL_STATUS: Final[Mapping[str, str]] = {
    "open": "offen",
    "accepted": "übernommen",
    "rejected": "abgelehnt",
    "outdated": "veraltet",
}
COMMENT_SOURCE: Final[Mapping[str, str]] = {"word_review": "Word-Kommentar", "manual": "manuell"}
#: Public participation (``contributions``): how a contribution reached the team and what
#: became of it ("berücksichtigt": linked to the goal or measure it fed).
CONTRIBUTION_CHANNEL: Final[Mapping[str, str]] = {
    "survey": "Online-Umfrage",
    "public_event": "Präsenzveranstaltung",
    "letter": "Zuschrift",
    "advisory_board": "Beirat",
    "other": "Sonstiges",
}
CONTRIBUTION_STATUS: Final[Mapping[str, str]] = {
    "new": "neu",
    "considered": "berücksichtigt",
    "not_taken": "nicht übernommen",
    "duplicate": "Dublette",
}
#: What a review comment can be about: the subjects of ``SUBJECT_TYPE`` and a contribution
#: (the reason it was not taken).
COMMENT_SUBJECT_TYPE: Final[Mapping[str, str]] = {**SUBJECT_TYPE, "contribution": "Beitrag"}

#: The seven action fields of the LIP 2.0 Hannover, in their order, with default codes.
DEFAULT_ACTION_FIELDS: Final[tuple[tuple[str, str], ...]] = (
    ("BIL", "Bildung"),
    ("SOZ", "Soziales"),
    ("WIR", "Wirtschaft"),
    ("STK", "Stadtleben und Kultur"),
    ("DEM", "Demokratie"),
    ("SVI", "Stadtverwaltung und interkulturelle Öffnung"),
    ("JUG", "Jugend"),
)


def label(mapping: Mapping[str, str], key: str | None, empty: str = "–") -> str:
    """German label for a key; unknown keys are shown as they are rather than hidden."""
    if key is None or key == "":
        return empty
    return mapping.get(key, key)
