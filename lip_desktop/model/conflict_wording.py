"""How a conflict of the merge queue is worded: values, whole records, who and when.

The conflict view, its detail pane and ``lip-desktop conflicts`` show the same words, so
they are made here once. A facilitator reads labels, German dates and "ja"/"nein", never
JSON, ISO stamps or enum keys; a whole record (deleted on one side, changed on the other)
is shown as "Label: Wert" lines in the order of its fields.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from lip_desktop.model import enums, vote_wording
from lip_desktop.model.dates import german, is_iso_date
from lip_desktop.model.records import SPECS, FieldSpec, Kind
from lip_desktop.model.values import ConflictEntry

#: Shown for an empty value (None, "", empty list).
EMPTY: Final = "(leer)"
#: Shown where a record does not exist (anymore) on one side.
DELETED: Final = "(gelöscht)"
#: The take of a decided conflict, in the words of the view's buttons.
TAKE_LABELS: Final[Mapping[str, str]] = {
    "open": "offen", "mine": "behalten", "theirs": "übernommen", "edited": "eigener Text",
}
#: What a conflict is about, per ``ConflictEntry.kind``.
KIND_LABELS: Final[Mapping[str, str]] = {
    "field": "beide geändert",
    "deleted_here": "hier gelöscht, dort geändert",
    "deleted_there": "dort gelöscht, hier geändert",
    "vote_result": "zwei Ergebnisse einer abgeschlossenen Abstimmung",
}
#: Fields a person does not read in a whole record: ids, list order, raw ballots.
_HIDDEN: Final = frozenset({"id", "position", "ballots", "counts", "rule"})


def _enum_labels(spec: FieldSpec) -> Mapping[Any, str] | None:
    """The German labels of an enum field: the mapping in ``enums`` its choices come from."""
    if spec.choices is None:
        return None
    for mapping in vars(enums).values():
        if isinstance(mapping, Mapping) and mapping and all(
                isinstance(label, str) for label in mapping.values()) and tuple(
                mapping.keys()) == tuple(spec.choices[:len(mapping)]):
            return mapping
    return None


def value_text(record_type: str, field: str | None, value: Any) -> str:
    """One value as a person reads it: enum label, German date, "ja"/"nein", lists joined.

    A whole record (``field`` None) is its ``record_lines`` joined by line breaks.
    """
    if field is None:
        if value is None:
            return DELETED
        if isinstance(value, Mapping):
            return "\n".join(record_lines(record_type, value))
    if value is None or value in ("", [], ()):
        return EMPTY
    spec = SPECS[record_type].fields.get(field) if record_type in SPECS and field else None
    if spec is not None and spec.kind is Kind.ENUM:
        labels = _enum_labels(spec)
        if labels is not None and value in labels:
            return labels[value]
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, str):
        return german(value) if is_iso_date(value) else value
    if isinstance(value, int | float):
        return vote_wording.number_text(value)
    if isinstance(value, Sequence):
        return ", ".join(value_text(record_type, field, v) for v in value)
    if isinstance(value, Mapping):  # a rule or a result of a vote: its own figures
        return "; ".join(f"{key}: {value_text(record_type, '', item)}"
                         for key, item in value.items() if not isinstance(item, Mapping))
    return str(value)


def record_lines(record_type: str, record: Mapping[str, Any]) -> list[str]:
    """A whole record as "Label: Wert" lines in the order of its fields; ids, list order
    and raw ballots left out. A vote's result is worded as the vote list words it."""
    spec = SPECS.get(record_type)
    if spec is None:
        return [f"{k}: {value_text(record_type, k, v)}" for k, v in record.items()
                if k not in _HIDDEN]
    lines: list[str] = []
    for key, fspec in spec.fields.items():
        if key in _HIDDEN or fspec.internal or fspec.kind in (Kind.ID, Kind.REF) \
                or key not in record:
            continue
        value = record[key]
        if key == "result" and record_type == "vote":
            text = vote_wording.outcome_line(str(record.get("method") or "yes_no"), value,
                                             _option_labels(record))
        elif fspec.kind is Kind.NESTED:
            text = _nested_text(value)
        else:
            text = value_text(record_type, key, value)
        lines.append(f"{fspec.label}: {text}")
    return lines


def _option_labels(record: Mapping[str, Any]) -> dict[str, str]:
    return {str(o.get("id")): str(o.get("label") or "") for o in record.get("options") or []
            if isinstance(o, Mapping)}


def _nested_text(value: Any) -> str:
    """Sub-records (options, agenda items) by their labels, else by their number."""
    if not value:
        return EMPTY
    names = [str(item.get("label") or item.get("title") or "") for item in value
             if isinstance(item, Mapping)]
    if names and all(names):
        return ", ".join(names)
    return str(len(value))


def short(text: str, limit: int = 80) -> str:
    """One line for a table cell: line breaks as " ⏎ ", cut with "…"."""
    flat = " ⏎ ".join(part.strip() for part in text.splitlines() if part.strip())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def changed_by(by: str, at: str | None) -> str:
    """"Anna Berg, 03.12.2026 14:05" (German date, never ISO); "–" when unknown."""
    parts = [p for p in (by.strip(), german(at) if at else "") if p]
    return ", ".join(parts) if parts else "–"


def record_label(entry: ConflictEntry) -> str:
    """The record as the table names it: code and title ("BIL-M3 Sprachkurse"), without
    repeating a code the title already starts with."""
    if entry.code and not entry.title.startswith(entry.code):
        return f"{entry.code} {entry.title}"
    return entry.title


def conflict_line(entry: ConflictEntry) -> str:
    """One conflict in one line for the command line and the undo text."""
    return f"{record_label(entry)} – {entry.field_label}"


def table_rows(entries: Sequence[ConflictEntry], limit: int = 80) -> list[list[str]]:
    """The conflict table as text cells: Nr., Datensatz, Feld, Basis, hier, dort, hier
    geändert, dort geändert (the command line prints it; the view has the same columns)."""
    return [[str(e.id), record_label(e), e.field_label,
             short(value_text(e.record_type, e.field, e.base), limit),
             short(value_text(e.record_type, e.field, e.mine), limit),
             short(value_text(e.record_type, e.field, e.theirs), limit),
             changed_by(e.mine_by, e.mine_at), changed_by(e.theirs_by, e.theirs_at)]
            for e in entries]


TABLE_HEADERS: Final = ("Nr.", "Datensatz", "Feld", "Basis", "dieser Katalog",
                        "anderer Katalog", "hier geändert", "dort geändert")
