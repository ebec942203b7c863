"""The records of a catalogue: their fields, types and per-field rules, in one place.

Each record type is a frozen dataclass whose field names are the interchange keys; the
metadata of every field says how it is checked (``FieldSpec``). The services, the JSON
import and the UI forms all validate through ``clean_record``, so a rule such as "costs
are not negative" or "the end is not before the start" exists exactly once. Values that
cross layers are these dataclasses, never ORM rows.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Final

from lip_desktop.model import enums
from lip_desktop.model.errors import LipError, ValidationError


class Kind(StrEnum):
    ID = "id"
    REF = "ref"
    TEXT = "text"
    CODE = "code"
    ENUM = "enum"
    INT = "int"
    NUMBER = "number"
    MONTH_OR_DATE = "month_or_date"
    DATETIME = "datetime"
    TIMESTAMP = "timestamp"
    BOOL = "bool"
    STR_LIST = "str_list"
    OBJECT = "object"
    NESTED = "nested"  # lists of sub-records (members, agenda, ...), checked by their owner


@dataclass(frozen=True, slots=True)
class FieldSpec:
    label: str
    kind: Kind
    required: bool = False  # must be present in an imported record
    nullable: bool = False
    nonempty: bool = False  # text must contain more than white space
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    ref: str | None = None  # record type a REF points to
    internal: bool = False  # stored, never exchanged (e.g. list order of indicators)
    max_length: int | None = None  # TEXT: set per key by ``_spec`` (see ``text_limit``)
    #: The table column when it is not named like the key (a vote's ``annotation`` is
    #: stored in ``note``, the name it had before the interchange format carried it).
    column: str | None = None


def fld(label: str, kind: Kind, *, default: Any = dataclasses.MISSING, **spec: Any) -> Any:
    """A dataclass field carrying its ``FieldSpec``."""
    metadata = {"spec": FieldSpec(label, kind, **spec)}
    if isinstance(default, list | dict):
        raise TypeError("mutable default")
    if default is dataclasses.MISSING:
        return dataclasses.field(metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def _choices(mapping: Mapping[Any, str], *extra: Any) -> tuple[Any, ...]:
    return (*mapping.keys(), *extra)


# --- records -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    id: str = fld("ID", Kind.ID)
    title: str = fld("Titel", Kind.TEXT, required=True, nonempty=True, default="")
    city: str = fld("Stadt", Kind.TEXT, default="")
    process: str = fld("Prozess", Kind.TEXT, default="")
    draft_version: int = fld("Entwurfsversion", Kind.INT, minimum=0, default=0)


@dataclass(frozen=True, slots=True)
class ActionField:
    id: str = fld("ID", Kind.ID)
    code: str = fld("Kürzel", Kind.CODE, required=True, default="")
    name: str = fld("Name", Kind.TEXT, required=True, nonempty=True, default="")
    description: str = fld("Beschreibung", Kind.TEXT, default="")
    position: int = fld("Reihenfolge", Kind.INT, default=0)


@dataclass(frozen=True, slots=True)
class StrategySection:
    id: str = fld("ID", Kind.ID)
    title: str = fld("Titel", Kind.TEXT, required=True, nonempty=True, default="")
    body: str = fld("Text", Kind.TEXT, default="")
    position: int = fld("Reihenfolge", Kind.INT, default=0)


@dataclass(frozen=True, slots=True)
class Person:
    id: str = fld("ID", Kind.ID)
    name: str = fld("Name", Kind.TEXT, required=True, nonempty=True, default="")
    organisation: str = fld("Organisation", Kind.TEXT, default="")
    side: str = fld("Seite", Kind.ENUM, required=True, choices=_choices(enums.SIDE),
                    default="administration")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class Membership:
    person_id: str = fld("Person", Kind.REF, required=True, ref="person")
    role: str = fld("Rolle", Kind.ENUM, required=True, choices=_choices(enums.ROLE),
                    default="member")


@dataclass(frozen=True, slots=True)
class Group:
    id: str = fld("ID", Kind.ID)
    action_field_id: str = fld("Handlungsfeld", Kind.REF, required=True, ref="action_field")
    name: str = fld("Name", Kind.TEXT, required=True, nonempty=True, default="")
    members: tuple[Membership, ...] = fld("Mitglieder", Kind.NESTED, required=True, default=())
    #: ``{method: rule}``: the rule a new vote of that method in this group starts with.
    #: Checked rule by rule by the import (``voting.normalize_rule``); ``None`` when unset.
    vote_defaults: dict[str, Any] | None = fld("Abstimmungsvorgaben", Kind.OBJECT,
                                               nullable=True, default=None)
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class Goal:
    id: str = fld("ID", Kind.ID)
    action_field_id: str = fld("Handlungsfeld", Kind.REF, required=True, ref="action_field")
    parent_id: str | None = fld("übergeordnetes Ziel", Kind.REF, nullable=True, ref="goal",
                                default=None)
    code: str | None = fld("Kennung", Kind.CODE, nullable=True, default=None)
    title: str = fld("Titel", Kind.TEXT, required=True, nonempty=True, default="")
    description: str = fld("Beschreibung", Kind.TEXT, default="")
    status: str = fld("Status", Kind.ENUM, required=True, choices=_choices(enums.STATUS),
                      default="draft")
    priority: int | None = fld("Priorität", Kind.ENUM, nullable=True,
                               choices=_choices(enums.PRIORITY), default=None)
    position: int = fld("Reihenfolge", Kind.INT, default=0)


@dataclass(frozen=True, slots=True)
class Measure:
    id: str = fld("ID", Kind.ID)
    goal_id: str = fld("Ziel", Kind.REF, required=True, ref="goal")
    code: str | None = fld("Kennung", Kind.CODE, nullable=True, default=None)
    title: str = fld("Titel", Kind.TEXT, required=True, nonempty=True, default="")
    description: str = fld("Beschreibung", Kind.TEXT, default="")
    lead: str = fld("Federführung", Kind.TEXT, default="")
    partners: tuple[str, ...] = fld("Kooperationspartner", Kind.STR_LIST, default=())
    target_groups: tuple[str, ...] = fld("Zielgruppe", Kind.STR_LIST, default=())
    start: str | None = fld("Beginn", Kind.MONTH_OR_DATE, nullable=True, default=None)
    end: str | None = fld("Ende", Kind.MONTH_OR_DATE, nullable=True, default=None)
    kind: str | None = fld("Art", Kind.ENUM, required=True, nullable=True,
                           choices=_choices(enums.KIND), default=None)
    cost_eur: float | None = fld("Kosten (EUR)", Kind.NUMBER, nullable=True, minimum=0,
                                 default=None)
    funding: str = fld("Finanzierung", Kind.TEXT, default="")
    status: str = fld("Status", Kind.ENUM, required=True, choices=_choices(enums.STATUS),
                      default="draft")
    priority: int | None = fld("Priorität", Kind.ENUM, nullable=True,
                               choices=_choices(enums.PRIORITY), default=None)
    origin: str = fld("Herkunft", Kind.ENUM, choices=_choices(enums.ORIGIN),
                      default="expert_group")
    steering_decision: str | None = fld("Votum Lenkungsgruppe", Kind.ENUM, nullable=True,
                                        choices=_choices(enums.STEERING_DECISION),
                                        default=None)
    steering_note: str = fld("Anmerkung Lenkungsgruppe", Kind.TEXT, default="")
    position: int = fld("Reihenfolge", Kind.INT, default=0)
    #: ``{status, responsible, note, updated_at}`` once the plan is adopted, else None;
    #: its keys are checked by ``clean_implementation`` (spec ``implementation``).
    implementation: dict[str, Any] | None = fld("Umsetzungsstand", Kind.OBJECT, nullable=True,
                                                default=None)


@dataclass(frozen=True, slots=True)
class Indicator:
    id: str = fld("ID", Kind.ID)
    measure_id: str = fld("Maßnahme", Kind.REF, required=True, ref="measure")
    name: str = fld("Indikator", Kind.TEXT, required=True, nonempty=True, default="")
    definition: str = fld("Definition", Kind.TEXT, default="")
    unit: str = fld("Einheit", Kind.TEXT, default="")
    baseline: float | None = fld("Ausgangswert", Kind.NUMBER, nullable=True, default=None)
    baseline_year: int | None = fld("Jahr des Ausgangswerts", Kind.INT, nullable=True,
                                    minimum=1900, maximum=2200, default=None)
    target: float | None = fld("Zielwert", Kind.NUMBER, nullable=True, default=None)
    target_year: int | None = fld("Jahr des Zielwerts", Kind.INT, nullable=True,
                                  minimum=1900, maximum=2200, default=None)
    source: str = fld("Quelle", Kind.TEXT, default="")
    frequency: str = fld("Erhebung", Kind.TEXT, default="")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class Attendance:
    person_id: str = fld("Person", Kind.REF, required=True, ref="person")
    present: bool = fld("anwesend", Kind.BOOL, required=True, default=False)


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str = fld("ID", Kind.ID)
    title: str = fld("Tagesordnungspunkt", Kind.TEXT, required=True, default="")
    minutes: int | None = fld("Zeit (Minuten)", Kind.INT, nullable=True, minimum=0,
                              default=None)
    subject_type: str | None = fld("Bezug (Art)", Kind.ENUM, nullable=True,
                                   choices=_choices(enums.SUBJECT_TYPE), default=None)
    subject_id: str | None = fld("Bezug", Kind.REF, nullable=True, ref="subject",
                                 default=None)
    position: int = fld("Reihenfolge", Kind.INT, default=0)


@dataclass(frozen=True, slots=True)
class Meeting:
    """A session of an expert group (``sessions`` in the interchange format)."""

    id: str = fld("ID", Kind.ID)
    group_id: str = fld("Gruppe", Kind.REF, required=True, ref="group")
    title: str = fld("Titel", Kind.TEXT, required=True, nonempty=True, default="")
    starts_at: str = fld("Beginn", Kind.DATETIME, required=True, default="")
    ends_at: str | None = fld("Ende", Kind.DATETIME, nullable=True, default=None)
    location: str = fld("Ort", Kind.TEXT, default="")
    status: str = fld("Status", Kind.ENUM, required=True,
                      choices=_choices(enums.SESSION_STATUS), default="planned")
    notes: str = fld("Notizen", Kind.TEXT, default="")
    attendance: tuple[Attendance, ...] = fld("Anwesenheit", Kind.NESTED, default=())
    agenda: tuple[AgendaItem, ...] = fld("Tagesordnung", Kind.NESTED, default=())


@dataclass(frozen=True, slots=True)
class NegotiationPosition:
    """A stance put forward (``positions``); held by a person, a side or a named group."""

    id: str = fld("ID", Kind.ID)
    subject_type: str = fld("Bezug (Art)", Kind.ENUM, required=True,
                            choices=_choices(enums.SUBJECT_TYPE), default="measure")
    subject_id: str = fld("Bezug", Kind.REF, required=True, ref="subject", default="")
    session_id: str | None = fld("Sitzung", Kind.REF, nullable=True, ref="session",
                                 default=None)
    person_id: str | None = fld("Person", Kind.REF, nullable=True, ref="person", default=None)
    side: str | None = fld("Seite", Kind.ENUM, nullable=True, choices=_choices(enums.SIDE),
                           default=None)
    label: str = fld("vertreten von", Kind.TEXT, default="")
    text: str = fld("Position", Kind.TEXT, required=True, nonempty=True, default="")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class Dissent:
    person_id: str | None = fld("Person", Kind.REF, nullable=True, ref="person", default=None)
    label: str = fld("vertreten von", Kind.TEXT, default="")
    text: str = fld("Sondervotum", Kind.TEXT, required=True, nonempty=True, default="")


@dataclass(frozen=True, slots=True)
class Compromise:
    id: str = fld("ID", Kind.ID)
    subject_type: str = fld("Bezug (Art)", Kind.ENUM, required=True,
                            choices=_choices(enums.SUBJECT_TYPE), default="measure")
    subject_id: str = fld("Bezug", Kind.REF, required=True, ref="subject", default="")
    session_id: str | None = fld("Sitzung", Kind.REF, nullable=True, ref="session",
                                 default=None)
    text: str = fld("Kompromiss", Kind.TEXT, required=True, nonempty=True, default="")
    position_ids: tuple[str, ...] = fld("Positionen", Kind.NESTED, default=())
    status: str = fld("Status", Kind.ENUM, required=True,
                      choices=_choices(enums.COMPROMISE_STATUS), default="proposed")
    dissents: tuple[Dissent, ...] = fld("Sondervoten", Kind.NESTED, default=())
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class VoteOption:
    id: str = fld("ID", Kind.ID)
    label: str = fld("Option", Kind.TEXT, required=True, default="")
    subject_type: str | None = fld("Bezug (Art)", Kind.ENUM, nullable=True,
                                   choices=_choices(enums.SUBJECT_TYPE), default=None)
    subject_id: str | None = fld("Bezug", Kind.REF, nullable=True, ref="subject",
                                 default=None)


@dataclass(frozen=True, slots=True)
class Vote:
    id: str = fld("ID", Kind.ID)
    session_id: str = fld("Sitzung", Kind.REF, required=True, ref="session")
    subject_type: str | None = fld("Bezug (Art)", Kind.ENUM, nullable=True,
                                   choices=_choices(enums.SUBJECT_TYPE), default=None)
    subject_id: str | None = fld("Bezug", Kind.REF, nullable=True, ref="subject",
                                 default=None)
    question: str = fld("Frage", Kind.TEXT, required=True, nonempty=True, default="")
    method: str = fld("Verfahren", Kind.ENUM, required=True,
                      choices=_choices(enums.VOTE_METHOD), default="yes_no")
    rule: dict[str, Any] = fld("Regel", Kind.OBJECT, required=True, default=None)
    options: tuple[VoteOption, ...] = fld("Optionen", Kind.NESTED, default=())
    ballots: tuple[dict[str, Any], ...] = fld("Stimmen", Kind.NESTED, default=())
    counts: dict[str, Any] | None = fld("Summen", Kind.OBJECT, nullable=True, default=None)
    status: str = fld("Status", Kind.ENUM, required=True, choices=_choices(enums.VOTE_STATUS),
                      default="open")
    opened_at: str | None = fld("geöffnet", Kind.TIMESTAMP, nullable=True, default=None)
    closed_at: str | None = fld("geschlossen", Kind.TIMESTAMP, nullable=True, default=None)
    result: dict[str, Any] | None = fld("Ergebnis", Kind.OBJECT, nullable=True, default=None)
    #: The only thing that may still change after the vote is closed.
    annotation: str = fld("Anmerkung", Kind.TEXT, column="note", default="")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class ReviewComment:
    id: str = fld("ID", Kind.ID)
    subject_type: str = fld("Bezug (Art)", Kind.ENUM, required=True,
                            choices=_choices(enums.COMMENT_SUBJECT_TYPE), default="measure")
    subject_id: str = fld("Bezug", Kind.REF, required=True, ref="subject", default="")
    author: str = fld("Autor*in", Kind.TEXT, default="")
    text: str = fld("Kommentar", Kind.TEXT, required=True, default="")
    created_at: str | None = fld("Datum", Kind.TIMESTAMP, nullable=True, default=None)
    source: str = fld("Quelle", Kind.ENUM, choices=_choices(enums.COMMENT_SOURCE),
                      default="manual")
    resolved: bool = fld("erledigt", Kind.BOOL, default=False)
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class TermRuleRecord:
    id: str = fld("ID", Kind.ID)
    term: str = fld("Begriff", Kind.TEXT, required=True, nonempty=True, default="")
    replacement: str = fld("Ersatz", Kind.TEXT, required=True, default="")
    note: str = fld("Hinweis", Kind.TEXT, default="")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class ParkingItemRecord:
    """A topic parked in a session's Themenspeicher (``parking_items``)."""

    id: str = fld("ID", Kind.ID)
    session_id: str = fld("Sitzung", Kind.REF, required=True, ref="session")
    text: str = fld("Thema", Kind.TEXT, required=True, nonempty=True, default="")
    #: A file without it gets the session's start (see ``interchange``).
    created_at: str | None = fld("Zeitpunkt", Kind.TIMESTAMP, default=None)
    status: str = fld("Status", Kind.ENUM, required=True,
                      choices=enums.PARKING_STATUSES, default="open")
    converted_type: str | None = fld("übernommen als", Kind.ENUM, nullable=True,
                                     choices=enums.CONVERTED_TYPES, default=None)
    converted_id: str | None = fld("übernommen in", Kind.REF, nullable=True, ref="converted",
                                   default=None)
    position: int = fld("Reihenfolge", Kind.INT, default=0)


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """An entry of a session's decision list (``decisions``)."""

    id: str = fld("ID", Kind.ID)
    session_id: str = fld("Sitzung", Kind.REF, required=True, ref="session")
    agenda_item_id: str | None = fld("Tagesordnungspunkt", Kind.REF, nullable=True,
                                     ref="agenda_item", default=None)
    text: str = fld("Beschluss", Kind.TEXT, required=True, nonempty=True, default="")
    subject_type: str | None = fld("Bezug (Art)", Kind.ENUM, nullable=True,
                                   choices=_choices(enums.SUBJECT_TYPE), default=None)
    subject_id: str | None = fld("Bezug", Kind.REF, nullable=True, ref="subject",
                                 default=None)
    vote_id: str | None = fld("Abstimmung", Kind.REF, nullable=True, ref="vote", default=None)
    #: A file without it gets the session's start (see ``interchange``).
    created_at: str | None = fld("Zeitpunkt", Kind.TIMESTAMP, default=None)
    position: int = fld("Reihenfolge", Kind.INT, default=0)


@dataclass(frozen=True, slots=True)
class Implementation:
    """A measure's latest implementation state (``measures[].implementation``)."""

    status: str = fld("Umsetzungsstatus", Kind.ENUM, required=True,
                      choices=_choices(enums.IMPLEMENTATION_STATUS), default="not_started")
    #: The unit that reports on the measure; empty means the measure's lead.
    responsible: str = fld("Verantwortlich", Kind.TEXT, default="")
    note: str = fld("Umsetzungsnotiz", Kind.TEXT, default="")
    updated_at: str | None = fld("Stand vom", Kind.TIMESTAMP, nullable=True, default=None)


@dataclass(frozen=True, slots=True)
class ProgressReportRecord:
    """A yearly implementation report on a measure (``progress_reports``)."""

    id: str = fld("ID", Kind.ID)
    measure_id: str = fld("Maßnahme", Kind.REF, required=True, ref="measure")
    year: int = fld("Berichtsjahr", Kind.INT, required=True, minimum=1900, maximum=2200,
                    default=0)
    status: str = fld("Umsetzungsstatus", Kind.ENUM, required=True,
                      choices=_choices(enums.IMPLEMENTATION_STATUS), default="not_started")
    text: str = fld("Bericht", Kind.TEXT, default="")
    reported_by: str = fld("berichtet von", Kind.TEXT, default="")
    reported_at: str | None = fld("berichtet am", Kind.TIMESTAMP, nullable=True, default=None)


@dataclass(frozen=True, slots=True)
class IndicatorValueRecord:
    """A measured value of an indicator (``indicator_values``): one per indicator and year."""

    id: str = fld("ID", Kind.ID)
    indicator_id: str = fld("Indikator", Kind.REF, required=True, ref="indicator")
    year: int = fld("Jahr", Kind.INT, required=True, minimum=1900, maximum=2200, default=0)
    value: float = fld("Wert", Kind.NUMBER, required=True, default=0.0)
    as_of: str | None = fld("Stichtag", Kind.TIMESTAMP, nullable=True, default=None)
    source: str = fld("Quelle", Kind.TEXT, default="")
    note: str = fld("Anmerkung", Kind.TEXT, default="")


@dataclass(frozen=True, slots=True)
class ProposalRecord:
    """Wording proposed for one text field of a record (``proposals``), typically one
    reviewer's tracked changes in a Word draft. ``thread`` (not exchanged) keeps the
    comments attached to the change, one "Autor*in: Text" per line."""

    id: str = fld("ID", Kind.ID)
    subject_type: str = fld("Bezug (Art)", Kind.ENUM, required=True,
                            choices=_choices(enums.PROPOSAL_SUBJECT_TYPE), default="measure")
    subject_id: str = fld("Bezug", Kind.REF, required=True, ref="subject", default="")
    field: str = fld("Feld", Kind.TEXT, required=True, nonempty=True, default="")
    old_text: str = fld("bisheriger Text", Kind.TEXT, required=True, default="")
    new_text: str = fld("vorgeschlagener Text", Kind.TEXT, required=True, default="")
    author: str = fld("Autor*in", Kind.TEXT, required=True, default="")
    created_at: str | None = fld("Datum", Kind.TIMESTAMP, required=True, nullable=True,
                                 default=None)
    source: str = fld("Quelle", Kind.ENUM, required=True,
                      choices=_choices(enums.PROPOSAL_SOURCE), default="manual")
    status: str = fld("Status", Kind.ENUM, required=True,
                      choices=_choices(enums.PROPOSAL_STATUS), default="open")
    decided_at: str | None = fld("entschieden am", Kind.TIMESTAMP, required=True,
                                 nullable=True, default=None)
    decided_by: str | None = fld("entschieden von", Kind.TEXT, required=True, nullable=True,
                                 default=None)
    draft_version: int | None = fld("Entwurfsversion", Kind.INT, required=True, nullable=True,
                                    minimum=0, default=None)
    thread: str = fld("Kommentare", Kind.TEXT, internal=True, default="")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


@dataclass(frozen=True, slots=True)
class SpeechRecord:
    """A finished speech of the speakers list (``speeches``); the side is the person's.
    A speech still running is not a record yet (``model/speakers.py``)."""

    id: str = fld("ID", Kind.ID)
    session_id: str = fld("Sitzung", Kind.REF, required=True, ref="session")
    agenda_item_id: str | None = fld("Tagesordnungspunkt", Kind.REF, nullable=True,
                                     ref="agenda_item", default=None)
    person_id: str = fld("Person", Kind.REF, required=True, ref="person", default="")
    started_at: str = fld("Beginn", Kind.TIMESTAMP, required=True, default="")
    seconds: int = fld("Redezeit (Sekunden)", Kind.INT, required=True, minimum=0, default=0)


@dataclass(frozen=True, slots=True)
class ContributionRecord:
    """Input from public participation (``contributions``): one answer of a survey, one
    card of a public event, one letter. ``considered`` names the goal or measure it fed;
    the reason for ``not_taken`` is a review comment about the contribution (see
    ``model/contributions.py``)."""

    id: str = fld("ID", Kind.ID)
    source: str = fld("Beteiligungsschritt", Kind.TEXT, required=True, nonempty=True,
                      default="")
    channel: str = fld("Kanal", Kind.ENUM, required=True,
                       choices=_choices(enums.CONTRIBUTION_CHANNEL), default="other")
    text: str = fld("Beitrag", Kind.TEXT, required=True, nonempty=True, default="")
    #: A file without it keeps ``null``; the participation import sets the day it read.
    received_at: str | None = fld("eingegangen am", Kind.TIMESTAMP, nullable=True,
                                  default=None)
    action_field_id: str | None = fld("Handlungsfeld", Kind.REF, nullable=True,
                                      ref="action_field", default=None)
    subject_type: str | None = fld("Bezug (Art)", Kind.ENUM, nullable=True,
                                   choices=_choices(enums.SUBJECT_TYPE), default=None)
    subject_id: str | None = fld("Bezug", Kind.REF, nullable=True, ref="subject",
                                 default=None)
    status: str = fld("Status", Kind.ENUM, required=True,
                      choices=_choices(enums.CONTRIBUTION_STATUS), default="new")
    position: int = fld("Reihenfolge", Kind.INT, internal=True, default=0)


# --- the registry --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordSpec:
    rtype: str  # record type key ("measure")
    label: str  # German name ("Maßnahme")
    plural: str  # German plural ("Maßnahmen")
    json_key: str  # interchange collection ("measures")
    cls: type[Any]
    fields: Mapping[str, FieldSpec]

    def count(self, n: int) -> str:
        """``1 Maßnahme``, ``3 Maßnahmen``."""
        return f"{n} {self.label if n == 1 else self.plural}"

    exchanged: tuple[str, ...] = ()  # keys of the interchange format, in contract order
    exchanged_set: frozenset[str] = frozenset()
    defaults: tuple[tuple[str, Any], ...] = ()  # (key, default or dataclasses.MISSING)


#: Longest text a field may hold, in characters. Long texts stay below Excel's cell limit
#: (32,767 UTF-16 units, with room for surrogate pairs), so every export carries every
#: accepted text whole; names and titles are headings and list entries, not essays.
LONG_TEXT_LIMIT: Final = 16_000
SHORT_TEXT_LIMIT: Final = 1_000
_SHORT_TEXT_KEYS: Final = frozenset({
    "title", "name", "label", "term", "replacement", "city", "process", "organisation",
    "lead", "unit", "source", "frequency", "location", "author", "question", "funding",
    "responsible", "reported_by",
})
#: Whole numbers are stored as SQLite integers (64 bit) and shown in office files, which
#: lose precision beyond 2**53: anything larger is refused at entry, not on writing.
INT_LIMIT: Final = 2**53 - 1
NUMBER_LIMIT: Final = 1e15


def text_limit(key: str) -> int:
    """The maximum length of a text field with this key."""
    return SHORT_TEXT_LIMIT if key in _SHORT_TEXT_KEYS else LONG_TEXT_LIMIT


def _spec(type_: str, label: str, json_key: str, cls: type[Any]) -> RecordSpec:
    fields = {f.name: f.metadata["spec"] for f in dataclasses.fields(cls)}
    fields = {k: dataclasses.replace(s, max_length=text_limit(k))
              if s.kind is Kind.TEXT and s.max_length is None else s
              for k, s in fields.items()}
    singular, _, plural = label.partition("|")
    exchanged = tuple(k for k, s in fields.items() if not s.internal)
    defaults = tuple((f.name, f.default) for f in dataclasses.fields(cls))
    return RecordSpec(type_, singular, plural or singular, json_key, cls, fields, exchanged,
                      frozenset(exchanged), defaults)


SPECS: Final[dict[str, RecordSpec]] = {
    s.rtype: s
    for s in (
        _spec("catalogue", "Katalog|Kataloge", "catalogue", CatalogueInfo),
        _spec("action_field", "Handlungsfeld|Handlungsfelder", "action_fields", ActionField),
        _spec("strategy_section", "Strategieteil|Strategieteile", "strategy_sections",
              StrategySection),
        _spec("person", "Person|Personen", "people", Person),
        _spec("group", "Gruppe|Gruppen", "groups", Group),
        _spec("goal", "Ziel|Ziele", "goals", Goal),
        _spec("measure", "Maßnahme|Maßnahmen", "measures", Measure),
        _spec("indicator", "Indikator|Indikatoren", "indicators", Indicator),
        _spec("session", "Sitzung|Sitzungen", "sessions", Meeting),
        _spec("position", "Position|Positionen", "positions", NegotiationPosition),
        _spec("compromise", "Kompromiss|Kompromisse", "compromises", Compromise),
        _spec("vote", "Abstimmung|Abstimmungen", "votes", Vote),
        _spec("review_comment", "Kommentar|Kommentare", "review_comments", ReviewComment),
        _spec("terminology", "Begriffsregel|Begriffsregeln", "terminology", TermRuleRecord),
        _spec("parking_item", "Themenspeicher-Eintrag|Themenspeicher-Einträge",
              "parking_items", ParkingItemRecord),
        _spec("decision", "Beschluss|Beschlüsse", "decisions", DecisionRecord),
        _spec("indicator_value", "Messwert|Messwerte", "indicator_values",
              IndicatorValueRecord),
        _spec("progress_report", "Umsetzungsbericht|Umsetzungsberichte", "progress_reports",
              ProgressReportRecord),
        _spec("implementation", "Umsetzungsstand", "implementation", Implementation),
        _spec("proposal", "Änderungsvorschlag|Änderungsvorschläge", "proposals",
              ProposalRecord),
        _spec("speech", "Wortmeldung|Wortmeldungen", "speeches", SpeechRecord),
        _spec("contribution", "Beitrag|Beiträge", "contributions", ContributionRecord),
        _spec("membership", "Mitgliedschaft|Mitgliedschaften", "members", Membership),
        _spec("attendance", "Anwesenheit", "attendance", Attendance),
        _spec("agenda_item", "Tagesordnungspunkt|Tagesordnungspunkte", "agenda", AgendaItem),
        _spec("dissent", "Sondervotum|Sondervoten", "dissents", Dissent),
        _spec("vote_option", "Option|Optionen", "options", VoteOption),
    )
}

#: Collections of the interchange format in the order they are written and read.
COLLECTIONS: Final[tuple[str, ...]] = (
    "action_field", "strategy_section", "person", "group", "goal", "measure", "indicator",
    "session", "position", "compromise", "vote", "review_comment", "terminology",
    "parking_item", "decision", "indicator_value", "progress_report", "proposal",
    "speech",
    "contribution",
)
#: Collections added by version 2 of the format: a file may leave them out (a version 1
#: file never has them); every collection of version 1 must be present.
OPTIONAL_COLLECTIONS: Final[frozenset[str]] = frozenset({
    "parking_item", "decision", "indicator_value", "progress_report", "proposal",
    "speech", "contribution"})

ID_RE: Final = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
CODE_RE: Final = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z]+[0-9]+(\.[0-9]+)*)?$")
_MONTH_RE: Final = re.compile(r"^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?$")
_DATETIME_RE: Final = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?$")

_TYPE_NAMES: Final = {
    bool: "ein Wahrheitswert", int: "eine ganze Zahl", float: "eine Zahl", str: "ein Text",
    list: "eine Liste", dict: "ein Objekt", type(None): "leer",
}


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def month_bounds(value: str) -> tuple[date, date]:
    """First and last day a ``YYYY-MM`` or ``YYYY-MM-DD`` value stands for."""
    m = _MONTH_RE.fullmatch(value)
    if not m:
        raise ValueError(value)
    year, month = int(m.group(1)), int(m.group(2))
    if m.group(3):
        day = date(year, month, int(m.group(3)))
        return day, day
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1), date(year, month, last)


def record_name(spec: RecordSpec, values: Mapping[str, Any]) -> str:
    """How messages name a record: its code, else its title or name (a position or
    compromise: the start of its text), else "ohne Namen" (never its id: an id tells a
    reader nothing; a file's reader names such a record by its place, see
    ``interchange.clean_document``). A yearly record (value, report) is named by its year;
    the caller adds what it belongs to."""
    if spec.rtype in _YEARLY and isinstance(values.get("year"), int):
        return f"für {values['year']}"
    for key in ("code", "title", "name", "term", "question", "label", "text", "new_text"):
        value = values.get(key)
        if isinstance(value, str) and value.strip():
            return visible(value if len(value) <= 40 else f"{value[:39]}…")
    return UNNAMED if values.get("id") else "(neu)"


#: The name of a record that has no code, title or name of its own.
UNNAMED: Final = "ohne Namen"


_YEARLY: Final = frozenset({"indicator_value", "progress_report"})


def clean_implementation(raw: Any, *, record: str, lead: str = "") -> dict[str, Any] | None:
    """A measure's ``implementation`` checked key by key, in contract order; refusals
    name the measure and the key ("Maßnahme BIL-M1: „Umsetzungsstatus“ …").

    An empty ``responsible`` becomes the measure's ``lead``: the lead department reports
    unless another unit is named. Unknown keys are dropped (the import warns about them).
    """
    if raw is None:
        return None
    spec = SPECS["implementation"]
    if not isinstance(raw, Mapping):
        raise ValidationError("not_an_object", record_type=SPECS["measure"].label,
                              record=record, field=spec.label, field_key="implementation")
    out: dict[str, Any] = {}
    for key, fs in spec.fields.items():
        if key not in raw:
            if fs.required:
                raise ValidationError("required", record_type=SPECS["measure"].label,
                                      record=record, field=fs.label,
                                      field_key=f"implementation.{key}")
            out[key] = spec.cls.__dataclass_fields__[key].default
            continue
        try:
            out[key] = _clean(fs, raw[key])
        except _Invalid as bad:
            raise ValidationError(bad.code, record_type=SPECS["measure"].label, record=record,
                                  field=fs.label, field_key=f"implementation.{key}",
                                  **bad.params) from None
    if not out["responsible"].strip():
        out["responsible"] = lead
    return out


def visible(text: str) -> str:
    """Text for a message: control characters and lone surrogates shown as escapes, so a
    code with a trailing line break reads ``BIL-M1\\n`` instead of breaking the line."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape", "backslashreplace")
                   .decode("ascii") for ch in text)


class _Invalid(Exception):  # noqa: N818 - internal signal, turned into ValidationError
    """Raised by ``_clean`` without context; the message context is added only on error,
    which keeps the common path (21,000 measures × 20 fields on import) cheap."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def clean_value(spec: RecordSpec, key: str, value: Any, *, record: str) -> Any:
    """Check and normalise one field value; raise ``ValidationError`` naming record and field."""
    fs = spec.fields[key]
    try:
        return _clean(fs, value)
    except _Invalid as bad:
        raise ValidationError(bad.code, record_type=spec.label, record=record, field=fs.label,
                              field_key=key, **bad.params) from None


def _clean(fs: FieldSpec, value: Any) -> Any:
    if value is None:
        if fs.nullable:
            return None
        if fs.kind in (Kind.TEXT,) and not fs.nonempty and not fs.required:
            return ""
        raise _Invalid("required")
    kind = fs.kind
    if kind in (Kind.ID, Kind.REF):
        if not isinstance(value, str) or not ID_RE.fullmatch(value):
            raise _Invalid("wrong_type", expected="eine ID (UUID)",
                                  got=f"„{value}“" if isinstance(value, str) else _type_name(value))
        return value.lower()
    if kind is Kind.TEXT:
        if not isinstance(value, str):
            raise _Invalid("wrong_type", expected="ein Text", got=_type_name(value))
        _check_text(value, fs.max_length)
        if fs.nonempty and not value.strip():
            raise _Invalid("required")
        return value
    if kind is Kind.CODE:
        if not isinstance(value, str):
            raise _Invalid("wrong_type", expected="ein Text", got=_type_name(value))
        _check_text(value, SHORT_TEXT_LIMIT)
        if not CODE_RE.fullmatch(value):
            raise _Invalid("bad_code", value=visible(value[:40]))
        return value
    if kind is Kind.ENUM:
        assert fs.choices is not None
        if isinstance(value, bool) or value not in fs.choices:
            allowed = ", ".join(str(c) for c in fs.choices)
            raise _Invalid("bad_enum", value=value, allowed=allowed)
        return value
    if kind is Kind.INT:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise _Invalid("wrong_type", expected="eine ganze Zahl",
                                      got=_type_name(value))
        if abs(value) > INT_LIMIT:
            raise _Invalid("too_large", value=_short_number(value))
        _check_range(fs, value)
        return value
    if kind is Kind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Invalid("wrong_type", expected="eine Zahl", got=_type_name(value))
        if isinstance(value, int) and abs(value) > NUMBER_LIMIT:
            raise _Invalid("too_large", value=_short_number(value))
        if not math.isfinite(value):
            raise _Invalid("wrong_type", expected="eine Zahl", got=str(value))
        if abs(value) > NUMBER_LIMIT:
            raise _Invalid("too_large", value=_short_number(value))
        _check_range(fs, value)
        return float(value)
    if kind is Kind.MONTH_OR_DATE:
        if not isinstance(value, str):
            raise _Invalid("wrong_type", expected="ein Text", got=_type_name(value))
        try:
            month_bounds(value)
        except ValueError:
            raise _Invalid("bad_date", value=value, expected="JJJJ-MM oder JJJJ-MM-TT") from None
        return value
    if kind is Kind.DATETIME:
        if not isinstance(value, str) or not _DATETIME_RE.fullmatch(value):
            raise _Invalid("bad_date", value=value, expected="JJJJ-MM-TTTHH:MM")
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise _Invalid("bad_date", value=value, expected="JJJJ-MM-TTTHH:MM") from None
        return value
    if kind is Kind.TIMESTAMP:
        if not isinstance(value, str):
            raise _Invalid("wrong_type", expected="ein Text", got=_type_name(value))
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise _Invalid("bad_date", value=value, expected="ISO 8601") from None
        return value
    if kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _Invalid("wrong_type", expected="ein Wahrheitswert (true/false)",
                                  got=_type_name(value))
        return value
    if kind is Kind.STR_LIST:
        if isinstance(value, str) or not isinstance(value, Sequence) or not all(
            isinstance(v, str) for v in value
        ):
            raise _Invalid("wrong_type", expected="eine Liste von Texten",
                                  got=_type_name(value))
        if len(value) > SHORT_TEXT_LIMIT:
            raise _Invalid("too_long", length=len(value), limit=SHORT_TEXT_LIMIT)
        for v in value:
            _check_text(v, SHORT_TEXT_LIMIT)
        return tuple(v for v in value)
    if kind is Kind.OBJECT:
        if not isinstance(value, Mapping):
            raise _Invalid("not_an_object")
        _check_object(value)
        return dict(value)
    return value  # NESTED: the owner checks the items


def _check_text(value: str, limit: int | None) -> None:
    """Refuse what no file or database can hold: lone surrogates (not UTF-8) and texts
    beyond the field's limit (an export must never fail on accepted text)."""
    if limit is not None and len(value) > limit:
        raise _Invalid("too_long", length=len(value), limit=limit)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _Invalid("bad_text", position=exc.start + 1) from None


def _check_object(value: Mapping[str, Any]) -> None:
    """Free-form objects (vote rules) follow the same text and number limits."""
    stack: list[Any] = [value]
    seen = 0
    while stack:
        item = stack.pop()
        seen += 1
        if seen > 10_000:
            raise _Invalid("too_long", length=seen, limit=10_000)
        if isinstance(item, str):
            _check_text(item, LONG_TEXT_LIMIT)
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int | float):
            if isinstance(item, float) and not math.isfinite(item):
                raise _Invalid("wrong_type", expected="eine Zahl", got=str(item))
            if abs(item) > NUMBER_LIMIT:
                raise _Invalid("too_large", value=_short_number(item))
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def _short_number(value: float) -> str:
    """A huge number shown by its size, never thousands of digits in a message."""
    if isinstance(value, int):
        digits = int(abs(value).bit_length() * 0.30103) + 1
        return str(value) if digits <= 20 else f"eine Zahl mit etwa {digits} Stellen"
    return f"{value:g}"


def _check_range(fs: FieldSpec, value: float) -> None:
    if fs.minimum is not None and value < fs.minimum:
        if fs.minimum == 0 and fs.maximum is None:
            raise _Invalid("negative", value=value)
        raise _Invalid("out_of_range", value=value, low=fs.minimum,
                              high=fs.maximum if fs.maximum is not None else "∞")
    if fs.maximum is not None and value > fs.maximum:
        raise _Invalid("out_of_range", value=value, low=fs.minimum, high=fs.maximum)


def clean_record(
    record_type: str,
    raw: Mapping[str, Any],
    *,
    errors: list[LipError] | None = None,
    imported: bool = False,
) -> dict[str, Any]:
    """Check every field of a record and the rules between its fields.

    With ``errors`` given, problems are collected (the import reports all of them) and the
    offending fields are left at their defaults; otherwise the first problem is raised.
    ``imported`` enforces the keys the interchange format requires to be present.
    """
    spec = SPECS[record_type]
    quick = _quick_plan(spec, imported)
    if raw.keys() >= quick.needed:
        # Every key whose absence means a refusal or a left-out key is there: all fields
        # in one comprehension, a missing one taking its default. Any doubt (a value the
        # short way refuses) goes the long way below, which decides and words it.
        try:
            out = {key: default if (value := raw.get(key, _ABSENT)) is _ABSENT
                   else fast(value) for key, default, fast in quick.fields}
        except _Invalid:
            pass
        else:
            return _between_fields(spec, out, raw, errors)
    out = {}
    missing = _ABSENT
    for key, default, fs, fast in _plan(spec):
        value = raw.get(key, missing)
        if value is missing:
            if imported and fs.required and not fs.internal:
                err = ValidationError("required", record_type=spec.label,
                                      record=record_name(spec, raw), field=fs.label,
                                      field_key=key)
                if errors is None:
                    raise err
                errors.append(err)
            if default is not dataclasses.MISSING:
                out[key] = default
            elif fs.kind is Kind.ID:
                out[key] = None
            continue
        try:
            out[key] = fast(value)
        except _Invalid:
            try:
                clean_value(spec, key, value, record=record_name(spec, raw))
            except ValidationError as err:
                if errors is None:
                    raise
                errors.append(err)
            out[key] = default if default is not dataclasses.MISSING else None
    return _between_fields(spec, out, raw, errors)


def _between_fields(spec: RecordSpec, out: dict[str, Any], raw: Mapping[str, Any],
                    errors: list[LipError] | None) -> dict[str, Any]:
    """The record's cleaned fields after the rules between them (both ways of
    ``clean_record`` end here): a refusal is raised, or collected in ``errors``."""
    try:
        _cross_field_rules(spec, out, raw)
    except ValidationError as err:
        if errors is None:
            raise
        errors.append(err)
    return out


_Plan = tuple[tuple[str, Any, FieldSpec, Callable[[Any], Any]], ...]
_PLANS: dict[str, _Plan] = {}
_ABSENT: Final = object()


@dataclasses.dataclass(frozen=True, slots=True)
class _QuickPlan:
    """``clean_record``'s way for a record that has every key it needs (the common case,
    65,000 times in an import): the keys whose absence is a refusal or leaves the key out
    of the result, and per field (key, value when missing, cleaner)."""

    needed: frozenset[str]
    fields: tuple[tuple[str, Any, Callable[[Any], Any]], ...]


_QUICK_PLANS: dict[tuple[str, bool], _QuickPlan] = {}


def _quick_plan(spec: RecordSpec, imported: bool) -> _QuickPlan:
    quick = _QUICK_PLANS.get((spec.rtype, imported))
    if quick is None:
        needed: set[str] = set()
        fields = []
        for key, default, fs, fast in _plan(spec):
            if (imported and fs.required and not fs.internal) or (
                    default is dataclasses.MISSING and fs.kind is not Kind.ID):
                needed.add(key)
            fields.append((key, None if default is dataclasses.MISSING else default, fast))
        quick = _QUICK_PLANS[(spec.rtype, imported)] = _QuickPlan(frozenset(needed),
                                                                  tuple(fields))
    return quick


def _plan(spec: RecordSpec) -> _Plan:
    """Per record type, each field with its default and its cleaner (built once)."""
    plan = _PLANS.get(spec.rtype)
    if plan is None:
        plan = _PLANS[spec.rtype] = tuple(
            (key, default, spec.fields[key], _fast_cleaner(spec.fields[key]))
            for key, default in spec.defaults)
    return plan


_YEAR_MONTH_RE: Final = re.compile(r"(?!0000)[0-9]{4}-(?:0[1-9]|1[0-2])")


def _fast_cleaner(fs: FieldSpec) -> Callable[[Any], Any]:
    """A cleaner for one field that takes the common, valid value the short way and hands
    everything else to ``_clean``, which decides (and words any refusal) as before.

    An import checks 65,000 records of about 14 fields each; the general ``_clean`` walks
    the kinds one by one for every value, which was most of the import's validation time.
    """
    slow = _clean
    kind = fs.kind
    nullable = fs.nullable

    def fallback(value: Any) -> Any:
        return slow(fs, value)

    if kind in (Kind.ID, Kind.REF):
        id_match = ID_RE.fullmatch

        def clean_id(value: Any) -> Any:
            if type(value) is str and id_match(value):
                return value.lower()
            if value is None and nullable:
                return None
            return slow(fs, value)
        return clean_id
    if kind is Kind.TEXT:
        limit = fs.max_length if fs.max_length is not None else math.inf
        nonempty = fs.nonempty

        def clean_text(value: Any) -> Any:
            if type(value) is str and len(value) <= limit and (
                    value.isascii() or _encodable(value)) and (not nonempty or value.strip()):
                return value
            return slow(fs, value)
        return clean_text
    if kind is Kind.CODE:
        code_match = CODE_RE.fullmatch  # ASCII only: a match is valid UTF-8 too

        def clean_code(value: Any) -> Any:
            if type(value) is str and len(value) <= SHORT_TEXT_LIMIT and code_match(value):
                return value
            if value is None and nullable:
                return None
            return slow(fs, value)
        return clean_code
    if kind is Kind.ENUM:
        assert fs.choices is not None
        allowed = frozenset(c for c in fs.choices if type(c) is str)

        def clean_enum(value: Any) -> Any:
            if type(value) is str and value in allowed:
                return value
            return slow(fs, value)
        return clean_enum
    if kind is Kind.INT:
        low = fs.minimum if fs.minimum is not None else -INT_LIMIT
        high = fs.maximum if fs.maximum is not None else INT_LIMIT
        low, high = max(low, -INT_LIMIT), min(high, INT_LIMIT)

        def clean_int(value: Any) -> Any:
            if type(value) is int and low <= value <= high:
                return value
            return slow(fs, value)
        return clean_int
    if kind is Kind.NUMBER:
        low_n = fs.minimum if fs.minimum is not None else -NUMBER_LIMIT
        high_n = fs.maximum if fs.maximum is not None else NUMBER_LIMIT
        low_n, high_n = max(low_n, -NUMBER_LIMIT), min(high_n, NUMBER_LIMIT)

        def clean_number(value: Any) -> Any:
            # A NaN fails both comparisons, an infinity the limits: both go the long way.
            if (type(value) is float or type(value) is int) and low_n <= value <= high_n:
                return float(value)
            return slow(fs, value)
        return clean_number
    if kind is Kind.MONTH_OR_DATE:
        month_match = _YEAR_MONTH_RE.fullmatch

        def clean_month(value: Any) -> Any:
            if type(value) is str and month_match(value):
                return value
            return slow(fs, value)
        return clean_month
    if kind is Kind.STR_LIST:
        def clean_str_list(value: Any) -> Any:
            if type(value) is list and len(value) <= SHORT_TEXT_LIMIT and all(
                    type(v) is str and len(v) <= SHORT_TEXT_LIMIT
                    and (v.isascii() or _encodable(v)) for v in value):
                return tuple(value)
            return slow(fs, value)
        return clean_str_list
    return fallback


def _encodable(value: str) -> bool:
    """Whether a text can be written as UTF-8 (no lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _cross_field_rules(spec: RecordSpec, values: dict[str, Any], raw: Mapping[str, Any]
                       ) -> None:
    """Rules between the fields of one record; the record is named only for a refusal."""
    def ctx() -> dict[str, str]:
        return {"record_type": spec.label, "record": record_name(spec, raw)}

    if spec.rtype == "measure":
        if values.get("implementation") is not None:
            values["implementation"] = clean_implementation(
                values["implementation"], record=record_name(spec, raw),
                lead=values.get("lead") or "")
        start, end = values.get("start"), values.get("end")
        if start and end and (end < start if len(start) == len(end) == 7  # two months
                              else month_bounds(end)[1] < month_bounds(start)[0]):
            raise ValidationError("end_before_start", start=start, end=end, field="Ende",
                                  field_key="end", **ctx())
    elif spec.rtype == "session":
        start, end = values.get("starts_at"), values.get("ends_at")
        if start and end and datetime.fromisoformat(end) < datetime.fromisoformat(start):
            raise ValidationError("end_before_start", start=start, end=end, field="Ende",
                                  field_key="ends_at", **ctx())
    elif spec.rtype == "indicator":
        by, ty = values.get("baseline_year"), values.get("target_year")
        if by is not None and ty is not None and ty < by:
            raise ValidationError("end_before_start", start=by, end=ty,
                                  field="Jahr des Zielwerts", field_key="target_year", **ctx())
    elif spec.rtype == "parking_item" and values.get("status") == "converted":
        for key in ("converted_type", "converted_id"):
            if values.get(key) is None:
                raise ValidationError("required", field=spec.fields[key].label, field_key=key,
                                      **ctx())
    elif spec.rtype == "proposal":
        subject = SPECS.get(values.get("subject_type") or "")
        named = str(values.get("field") or "")
        # text fields, and lists of texts (partners, target groups: one entry per line)
        wordable = (Kind.TEXT, Kind.STR_LIST)
        if subject is not None and named and (
                named not in subject.fields or subject.fields[named].kind not in wordable
                or subject.fields[named].internal):
            texts = ", ".join(k for k, fs in subject.fields.items()
                              if fs.kind in wordable and not fs.internal)
            raise ValidationError("bad_enum", field=spec.fields["field"].label,
                                  field_key="field", value=visible(named[:40]),
                                  allowed=texts, **ctx())
    elif spec.rtype == "contribution" and values.get("status") == "considered" and (
            values.get("subject_type") not in enums.CONVERTED_TYPES
            or values.get("subject_id") is None):
        # "considered" means: it fed this goal or measure (contract: both keys present).
        key = "subject_id" if values.get("subject_type") in enums.CONVERTED_TYPES \
            else "subject_type"
        raise ValidationError("contribution_unlinked", field=spec.fields[key].label,
                              field_key=key, **ctx())
    elif spec.rtype == "position" and not (
        values.get("person_id") or values.get("side") or (values.get("label") or "").strip()
    ):
        raise ValidationError("required", field="vertreten von", field_key="label", **ctx())


def to_record(record_type: str, values: Mapping[str, Any]) -> Any:
    """Build the frozen dataclass of a record from cleaned values."""
    spec = SPECS[record_type]
    out = {}
    for key, fs in spec.fields.items():
        if key not in values:
            continue
        value = values[key]
        if fs.kind is Kind.STR_LIST and isinstance(value, list):
            value = tuple(value)  # frozen records hold tuples, whatever the storage gave
        out[key] = value
    return spec.cls(**out)
