"""Public participation: the rules for contributions, from a survey export to a summary.

A survey tool's export arrives as a table (read by ``export/participation.py``, which knows
files, not rules). Here it becomes contributions, all or nothing: every refused row is
named by its row number in the file and its column heading, in German, and nothing is
written while one is refused. The same rules decide what a contribution's state may be
and count what became of them for the participation report.

Decisions (``docs/architecture.md`` points here):

- **Action field column**: a cell names an action field by its code ("BIL") or its name
  ("Bildung"), compared without case, surrounding spaces or Unicode form; "BIL – Bildung"
  (code, dash, name) is accepted too, as survey tools often show both. An empty cell
  means "no field"; any other value is refused (with the known codes), never guessed.
- **Text**: an empty text is refused (a row without any cell is skipped: exports end in
  blank lines). A text that a spreadsheet would run as a formula (starting with ``=``, or
  with ``+``, ``-``, ``@`` followed by a function call) is refused: it is not what a
  person wrote, and it would run when someone opens a list of contributions. Control
  characters other than tab and line breaks are refused.
- **Re-reading a file** adds nothing: a contribution's id derives from the source,
  channel, row number and content, so the same export read twice is recognised.
- **States**: ``considered`` needs the goal or measure the contribution fed;
  ``not_taken`` needs a reason, stored as a review comment about the contribution (the
  contract's place for it); ``duplicate`` and ``new`` need nothing and drop a link.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final, NamedTuple

from lip_desktop.model import enums
from lip_desktop.model.errors import LipError, ValidationError
from lip_desktop.model.records import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, SPECS, record_name

#: Namespace of contribution ids made from a file's rows (stable across program versions).
_ID_NAMESPACE: Final = uuid.UUID("6f1f6c52-3b0e-4d55-9c55-1f7f1c0b2c11")
#: How many refused rows a message lists before it only counts the rest.
SHOWN_PROBLEMS: Final = 30
#: Statuses in the order reports and filters show them.
STATUSES: Final = tuple(enums.CONTRIBUTION_STATUS)
#: What a contribution can be linked to.
LINK_TYPES: Final = enums.CONVERTED_TYPES

_SPACES: Final = re.compile(r"\s+")
_FORMULA_CALL: Final = re.compile(r"^[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\(")
_BAD_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_GERMAN_DATE: Final = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+\d{1,2}:\d{2}(:\d{2})?)?$")
_ISO_DATE: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(:\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class ParticipationTable:
    """A survey export as read from the file: its headings and its rows as text cells.
    ``first_row`` is the file's row number of ``rows[0]`` (2 below a heading row)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_row: int = 2


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds what (indexes into ``headers``); only the text is required."""

    text: int
    field: int | None = None
    date: int | None = None


@dataclass(frozen=True, slots=True)
class FieldName:
    """An action field as a mapping sees it."""

    id: str
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ContributionState:
    """What became of a contribution: the part undo puts back."""

    status: str
    subject_type: str | None = None
    subject_id: str | None = None


@dataclass(frozen=True, slots=True)
class StateChange:
    """A state change as done: before and after, and the reason comment it wrote."""

    contribution_id: str
    before: ContributionState
    after: ContributionState
    comment_id: str | None = None


class ContributionEntry(NamedTuple):
    """A contribution for lists, forms and the command line, with the names of what it
    refers to already resolved (one query per table, never one per row). A named tuple,
    not a frozen dataclass: building 20,000 of them took 0.7 s as dataclasses (one
    ``object.__setattr__`` per field) and a tenth of that as tuples."""

    id: str
    source: str
    channel: str
    text: str
    received_at: str | None
    action_field_id: str | None
    action_field: str  # code, or "" without a field
    subject_type: str | None
    subject_id: str | None
    subject: str  # "BIL-M1 Titel", or ""
    status: str
    reason: str  # the newest reason comment while ``not_taken``, else ""

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "source": self.source, "channel": self.channel,
                "text": self.text, "received_at": self.received_at,
                "action_field": self.action_field or None,
                "subject": self.subject or None, "status": self.status,
                "reason": self.reason or None}


@dataclass(frozen=True, slots=True)
class ContributionImportSummary:
    """What reading a survey export did: new contributions and rows known already."""

    added: int
    known: int
    source: str


@dataclass(frozen=True, slots=True)
class ContributionFilter:
    """The filters of the contributions view and ``lip-desktop contributions``; ``None``
    means "any". ``action_field_id`` may be ``""`` for "without field"."""

    source: str | None = None
    channel: str | None = None
    action_field_id: str | None = None
    status: str | None = None

    def matches(self, e: ContributionEntry) -> bool:
        return ((self.source is None or e.source == self.source)
                and (self.channel is None or e.channel == self.channel)
                and (self.action_field_id is None
                     or (e.action_field_id or "") == self.action_field_id)
                and (self.status is None or e.status == self.status))


def filtered(entries: Iterable[ContributionEntry], flt: ContributionFilter
             ) -> list[ContributionEntry]:
    return [e for e in entries if flt.matches(e)]


# --- from a table to contributions ----------------------------------------------------


def norm(text: str) -> str:
    """Headings and field names compared without case, extra spaces or Unicode form."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def column_index(table: ParticipationTable, heading: str) -> int:
    """The column with this heading (compared as ``norm`` does); refused naming the
    headings there are."""
    wanted = norm(heading)
    for index, name in enumerate(table.headers):
        if norm(name) == wanted:
            return index
    shown = ", ".join(f"„{h}“" for h in table.headers if h.strip()) or "keine"
    raise LipError("participation_file", path=table.name,
                   reason=f"Eine Spalte „{heading}“ gibt es nicht (Spalten: {shown}).")


def match_field(value: str, fields: Sequence[FieldName]) -> str | LookupError | None:
    """The id of the action field a cell names (code, name, or "code – name"); ``None``
    for an empty cell; a ``LookupError`` when nothing matches."""
    wanted = norm(value)
    if not wanted:
        return None
    for f in fields:
        if wanted in (norm(f.code), norm(f.name)):
            return f.id
    for dash in ("–", "-", ":"):
        code, sep, name = wanted.partition(dash)
        if sep:
            for f in fields:
                if norm(code) == norm(f.code) and (not name.strip()
                                                   or norm(name) == norm(f.name)):
                    return f.id
    return LookupError(value)


def looks_like_formula(text: str) -> bool:
    """What a spreadsheet would run instead of show (see the module's decisions)."""
    stripped = text.lstrip()
    return stripped.startswith("=") or bool(_FORMULA_CALL.match(stripped))


def parse_date(value: str) -> str | ValueError | None:
    """``TT.MM.JJJJ`` or ``JJJJ-MM-TT`` (a time after it is ignored) as an ISO date;
    ``None`` for an empty cell."""
    text = value.strip()
    if not text:
        return None
    m = _GERMAN_DATE.match(text)
    parts = (m.group(3), m.group(2), m.group(1)) if m else None
    if parts is None and (m := _ISO_DATE.match(text)):
        parts = (m.group(1), m.group(2), m.group(3))
    if parts is None:
        return ValueError(value)
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat()
    except ValueError as exc:
        return exc


def contribution_id(source: str, channel: str, row: int, text: str,
                    received_at: str | None, field_id: str | None) -> str:
    """The id of a contribution read from a file's row: the same row read again is known."""
    key = "\x1f".join((source, channel, str(row), text, received_at or "", field_id or ""))
    return str(uuid.uuid5(_ID_NAMESPACE, key))


def plan_rows(table: ParticipationTable, mapping: ColumnMapping, *, source: str,
              channel: str, fields: Sequence[FieldName], today: str | None = None
              ) -> list[dict[str, Any]]:
    """The contributions of a table, checked row by row; all or nothing.

    Raises ``LipError("participation_rows")`` listing every refused row (row number,
    column heading, why), or ``ValidationError`` for a bad source or channel.
    """
    spec = SPECS["contribution"]
    source = source.strip()
    if not source:
        raise ValidationError("required", record_type=spec.label, record=table.name,
                              field=spec.fields["source"].label, field_key="source")
    if len(source) > SHORT_TEXT_LIMIT:
        raise ValidationError("too_long", record_type=spec.label, record=table.name,
                              field=spec.fields["source"].label, field_key="source",
                              length=len(source), limit=SHORT_TEXT_LIMIT)
    if channel not in enums.CONTRIBUTION_CHANNEL:
        raise ValidationError("bad_enum", record_type=spec.label, record=table.name,
                              field=spec.fields["channel"].label, field_key="channel",
                              value=channel, allowed=", ".join(enums.CONTRIBUTION_CHANNEL))
    width = len(table.headers)
    for index in (mapping.text, mapping.field, mapping.date):
        if index is not None and not 0 <= index < width:
            raise LipError("participation_file", path=table.name,
                           reason=f"Die Datei hat nur {width} Spalten.")
    received_default = today or date.today().isoformat()
    codes = ", ".join(f.code for f in fields)
    field_of: dict[str, str | LookupError | None] = {}  # survey cells repeat: match once
    problems: list[str] = []
    out: list[dict[str, Any]] = []

    def heading(index: int) -> str:
        return table.headers[index].strip() or f"Spalte {index + 1}"

    def cell(row: tuple[str, ...], index: int) -> str:
        return row[index] if index < len(row) else ""

    for offset, row in enumerate(table.rows):
        number = table.first_row + offset
        if not any(c.strip() for c in row):
            continue
        where = f"Zeile {number}, Spalte „{heading(mapping.text)}“"
        text = cell(row, mapping.text).strip()
        if not text:
            problems.append(f"{where}: kein Text")
        elif looks_like_formula(text):
            problems.append(f"{where}: sieht aus wie eine Tabellenformel "
                            f"(„{text[:30]}“); Formeln werden nicht eingelesen")
        elif (bad := _BAD_CONTROL.search(text)) is not None:
            problems.append(f"{where}: enthält ein Steuerzeichen "
                            f"(U+{ord(bad.group()):04X} an Stelle {bad.start() + 1})")
        elif len(text) > LONG_TEXT_LIMIT:
            problems.append(f"{where}: zu lang ({len(text)} Zeichen, erlaubt sind "
                            f"{LONG_TEXT_LIMIT})")
        field_id: str | None = None
        if mapping.field is not None:
            raw_field = cell(row, mapping.field)
            if raw_field not in field_of:
                field_of[raw_field] = match_field(raw_field, fields)
            found = field_of[raw_field]
            if isinstance(found, LookupError):
                problems.append(
                    f"Zeile {number}, Spalte „{heading(mapping.field)}“: ein Handlungsfeld "
                    f"„{cell(row, mapping.field).strip()[:40]}“ gibt es nicht "
                    f"(bekannt: {codes})")
            else:
                field_id = found
        received: str | None = received_default
        if mapping.date is not None:
            parsed = parse_date(cell(row, mapping.date))
            if isinstance(parsed, ValueError):
                problems.append(
                    f"Zeile {number}, Spalte „{heading(mapping.date)}“: kein gültiges Datum "
                    f"(TT.MM.JJJJ oder JJJJ-MM-TT): „{cell(row, mapping.date).strip()[:30]}“")
            elif parsed is not None:
                received = parsed
        out.append({"id": contribution_id(source, channel, number, text, received, field_id),
                    "source": source, "channel": channel, "text": text,
                    "received_at": received, "action_field_id": field_id,
                    "subject_type": None, "subject_id": None, "status": "new",
                    "_row": number})
    if problems:
        shown = [f"– {p}" for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(f"… und {len(problems) - SHOWN_PROBLEMS} weitere")
        raise LipError("participation_rows", path=table.name, rows="\n".join(shown))
    if not out:
        raise LipError("participation_file", path=table.name,
                       reason="Die Datei enthält keine Beiträge (nur leere Zeilen).")
    return out


# --- states ---------------------------------------------------------------------------


def check_state(name: str, after: ContributionState, reason: str) -> None:
    """Refuse a state that breaks the contract's rules (see the module's decisions)."""
    if after.status not in enums.CONTRIBUTION_STATUS:
        spec = SPECS["contribution"]
        raise ValidationError("bad_enum", record_type=spec.label, record=name,
                              field=spec.fields["status"].label, field_key="status",
                              value=after.status, allowed=", ".join(STATUSES))
    if after.status == "considered":
        if after.subject_type not in LINK_TYPES:
            target = enums.label(enums.SUBJECT_TYPE, after.subject_type, "nichts")
            raise ValidationError("contribution_bad_link", record=name, target=target,
                                  field_key="subject_type")
        if after.subject_id is None:
            raise ValidationError("contribution_unlinked", record_type="Beitrag", record=name,
                                  field="Bezug", field_key="subject_id")
    elif after.subject_type is not None or after.subject_id is not None:
        raise ValidationError("contribution_bad_link", record=name,
                              target="einem Status außer „berücksichtigt“",
                              field_key="subject_id")
    if after.status == "not_taken" and not reason.strip():
        raise ValidationError("contribution_reason_missing", record=name, field_key="text")


def name_of(values: Mapping[str, Any]) -> str:
    """How messages name a contribution: the start of its text."""
    return record_name(SPECS["contribution"], values)


# --- counting for the report and the draft ---------------------------------------------


@dataclass(frozen=True, slots=True)
class CountRow:
    """One line of a count table: a label, counts per status, and the total."""

    label: str
    by_status: Mapping[str, int]
    total: int


@dataclass(frozen=True, slots=True)
class ParticipationSummary:
    """What the participation report shows (built from an interchange document)."""

    title: str
    total: int
    by_source: tuple[CountRow, ...]
    by_field: tuple[CountRow, ...]
    by_channel: tuple[CountRow, ...]
    by_status: Mapping[str, int]
    #: "BIL-M1 Titel" → number of contributions that fed it, in catalogue order
    fed: tuple[tuple[str, int], ...] = field(default=())


def counts_by_subject(doc: Mapping[str, Any]) -> dict[str, int]:
    """Subject id → number of contributions that fed it (status ``considered``)."""
    return dict(Counter(c["subject_id"] for c in doc.get("contributions", ())
                        if c.get("status") == "considered" and c.get("subject_id")))


def summarize(doc: Mapping[str, Any]) -> ParticipationSummary:
    """Counts per source, action field, channel and status of an interchange document."""
    contributions = list(doc.get("contributions", ()))
    fields = {f["id"]: f for f in doc.get("action_fields", ())}

    def rows(key_of: Any, order: Sequence[str], label_of: Any) -> tuple[CountRow, ...]:
        by: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for c in contributions:
            by[key_of(c)][c["status"]] += 1
        keys = [k for k in order if k in by] + sorted(k for k in by if k not in order)
        return tuple(CountRow(label_of(k), {s: by[k][s] for s in STATUSES},
                              sum(by[k].values())) for k in keys)

    sources = sorted({c["source"] for c in contributions}, key=norm)
    field_order = [*fields, ""]
    fed_counts = counts_by_subject(doc)
    fed: list[tuple[str, int]] = []
    for key in ("goals", "measures"):
        for rec in doc.get(key, ()):
            if rec["id"] in fed_counts:
                fed.append((f"{rec.get('code') or ''} {rec.get('title', '')}".strip(),
                            fed_counts[rec["id"]]))
    status_counts = Counter(c["status"] for c in contributions)
    return ParticipationSummary(
        title=str(doc.get("catalogue", {}).get("title", "")),
        total=len(contributions),
        by_source=rows(lambda c: c["source"], sources, lambda k: k),
        by_field=rows(lambda c: c.get("action_field_id") or "", field_order,
                      lambda k: (f"{fields[k]['code']} – {fields[k]['name']}" if k in fields
                                 else "ohne Handlungsfeld")),
        by_channel=rows(lambda c: c["channel"], list(enums.CONTRIBUTION_CHANNEL),
                        lambda k: enums.label(enums.CONTRIBUTION_CHANNEL, k)),
        by_status={s: status_counts[s] for s in STATUSES},
        fed=tuple(fed),
    )


def received_day(value: str | None) -> str:
    """A stored ``received_at`` as the day it names (a time stamp is cut to its date)."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        return value
