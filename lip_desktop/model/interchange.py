"""The ``lip-catalogue`` interchange format (version 2; version 1 is read too): reading,
checking, writing.

Import is all-or-nothing. A document is parsed, every record is cleaned through the
record specs, the whole catalogue (the file merged over what is already stored) is
checked for references, unique codes and vote results, and only then is anything
written, in one transaction. Every problem found is reported, each naming its record
and key, so a facilitator can fix a file in one pass.

Version 2 records this program version cannot hold yet are refused in one place (see
"records not held yet" below), never dropped silently.
"""

from __future__ import annotations

import codecs
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from operator import itemgetter
from pathlib import Path
from typing import Any, Final

from sqlalchemy import JSON, Table, delete, insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from lip_desktop.model import codes, json_text, orm, portable, revisions, storage, voting
from lip_desktop.model.changes import ChangeCollector, Changes
from lip_desktop.model.collector import release
from lip_desktop.model.errors import (
    CancelledError,
    InterchangeError,
    LipError,
    ValidationError,
    VoteRuleError,
)
from lip_desktop.model.records import (
    COLLECTIONS,
    OPTIONAL_COLLECTIONS,
    SPECS,
    UNNAMED,
    clean_record,
    record_name,
)
from lip_desktop.model.snapshot import load_document

FORMAT: Final = "lip-catalogue"
#: The version exports write.
VERSION: Final = 2
#: The versions imports read: version 1 is version 2 without the records it added.
READ_VERSIONS: Final = (1, 2)
#: Keys version 2 added to version 1 records. A file that leaves one out (every version 1
#: file) keeps what the catalogue holds for an existing record instead of clearing it.
_ADDED_KEYS: Final = {"group": ("vote_defaults",), "vote": ("annotation",),
                      "measure": ("implementation",)}
#: Nested lists and the record type of their items.
_NESTED: Final = {
    ("group", "members"): "membership",
    ("session", "attendance"): "attendance",
    ("session", "agenda"): "agenda_item",
    ("compromise", "dissents"): "dissent",
    ("vote", "options"): "vote_option",
}
_OWNERS: Final = frozenset({"group", "session", "compromise", "vote"})
_MAX_PROBLEMS: Final = 500


@dataclass(slots=True)
class ImportReport:
    """What an import did, for the command line and the UI."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        parts = []
        if any(self.created.values()):
            parts.append("neu: " + ", ".join(SPECS[record_type].count(n)
                                             for record_type, n in self.created.items() if n))
        if any(self.updated.values()):
            parts.append("geändert: " + ", ".join(SPECS[record_type].count(n)
                                                  for record_type, n in self.updated.items() if n))
        return "; ".join(parts) if parts else "keine Änderung"


# --- reading ---------------------------------------------------------------------------


#: An interchange file is a few MB even for 21,000 measures; far beyond that is an attack
#: or a wrong file, and reading it whole would take the memory of a small laptop.
MAX_JSON_BYTES: Final = 200 * 1024 * 1024
#: Real documents nest six levels deep; deeper input is refused before any recursion.
MAX_DEPTH: Final = 64


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Objects with a key twice are refused: which of the two values counts is undefined
    (another program may read the other one), so a file could mean two things."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return out


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)


def read_json(path: Path) -> Any:
    from lip_desktop.model.errors import os_error  # noqa: PLC0415

    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise LipError("json_too_large", path=str(path), size=size // (1024 * 1024))
        raw = path.read_bytes()
    except OSError as exc:
        raise os_error(exc, path) from None
    return parse_json(raw)


def parse_json(raw: bytes) -> Any:
    """Parse interchange bytes; every problem is a German ``bad_json`` with line and column."""
    try:
        text, exact = _decode(raw, escape=True)
    except UnicodeDecodeError:
        text, exact = "", True
    try:
        text = text or raw.decode("utf-8-sig")  # a bad byte: its exact place, at once
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise LipError("bad_json", line=line, column=column,
                       reason="die Datei ist nicht UTF-8-kodiert") from None
    _check_depth(text, raw)  # escapes add no brackets and no lines
    if not exact:
        try:
            return _loads(text)
        except (ValueError, RecursionError):  # named below, at its place in the exact text
            text = _decode(raw)[0]
    try:
        return _loads(text)
    except json.JSONDecodeError as exc:
        raise LipError("bad_json", line=exc.lineno, column=exc.colno,
                       reason=_german_json_reason(exc.msg)) from None
    except _DuplicateKeyError as exc:
        raise LipError("bad_json_somewhere",
                       reason=f"der Schlüssel „{exc.key[:80]}“ steht zweimal im selben "
                              "Objekt") from None
    except RecursionError:
        raise LipError("bad_json", line=1, column=1, reason="zu tief verschachtelt") from None
    except ValueError as exc:  # NaN/Infinity, or an integer with more than 4,300 digits
        word = str(exc)
        if word in ("NaN", "Infinity", "-Infinity"):
            at = text.find(word)
            line = text.count("\n", 0, at) + 1
            column = at - (text.rfind("\n", 0, at) + 1) + 1
            raise LipError("bad_json", line=line, column=column,
                           reason=f"„{word}“ ist keine Zahl im JSON-Format") from None
        raise LipError("bad_json_somewhere",
                       reason="eine Zahl hat mehr als 4.300 Stellen") from None


def _loads(text: str) -> Any:
    return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_refuse_constant)


_JSON_REASONS: Final = {
    "Expecting value": "hier fehlt ein Wert",
    "Expecting property name enclosed in double quotes":
        "hier fehlt ein Schlüssel in doppelten Anführungszeichen",
    "Expecting ',' delimiter": "hier fehlt ein Komma",
    "Expecting ':' delimiter": "hier fehlt ein Doppelpunkt",
    "Extra data": "nach dem Ende des Dokuments folgt noch Text",
    "Unterminated string starting at": "ein Text (in Anführungszeichen) endet nicht",
    "Invalid control character at": "ein Steuerzeichen steht ungeschützt in einem Text",
    "Invalid \\escape": "ungültige Escape-Folge (\\…) in einem Text",
    "Invalid \\uXXXX escape": "ungültige \\u-Escape-Folge in einem Text",
}


def _german_json_reason(msg: str) -> str:
    for english, german in _JSON_REASONS.items():
        if msg.startswith(english):
            return german
    return "ungültiger Aufbau"


_JSON_STRING: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET: Final = re.compile(r"[^\[\]{}]+")


_NON_BRACKET_BYTES: Final = bytes(b for b in range(256) if b not in b"[]{}")


def _fits(brackets: bytes | str, empty: bytes | str) -> bool | None:
    """Nesting of a bracket-only string: True within ``MAX_DEPTH``, False deeper, None
    when unbalanced (the JSON parser then names the fault)."""
    pairs = (b"[]", b"{}") if isinstance(brackets, bytes) else ("[]", "{}")
    for _ in range(MAX_DEPTH):
        reduced = brackets.replace(pairs[0], empty).replace(pairs[1], empty)  # type: ignore[arg-type]
        if reduced == brackets:
            return None if brackets else True
        brackets = reduced
    if not brackets:
        return True
    more = brackets.replace(pairs[0], empty).replace(pairs[1], empty)  # type: ignore[arg-type]
    return None if more == brackets else False


#: Bytes per step of decoding and scanning a file: a step holds the GIL about 2 ms.
_STEP = 1 << 20


def _decode(raw: bytes, *, escape: bool = False) -> tuple[str, bool]:
    """The UTF-8 text of ``raw`` (a leading BOM dropped), decoded a megabyte at a time,
    and whether it is the exact text (False: characters beyond Latin-1 written as JSON
    escapes, which parse to the same strings).

    One ``bytes.decode`` of a 38 MB file (21,000 measures) is a single C call that holds
    the GIL for 90 ms, and the window could not repaint meanwhile while an import ran in
    the background (bench/bench_responsiveness.py). Joining the megabytes is one call too,
    and German text with „quotes“ or a dash makes the whole text two bytes a character:
    every megabyte was widened inside that join (60-200 ms). With ``escape`` each
    megabyte with such a character has it written as ``\\uXXXX`` beforehand, so every
    piece stays one byte a character and the join is a plain copy. A character right
    after a backslash is left as it is (the whole text then comes back exact), so an
    escape never changes what the document says. Raises ``UnicodeDecodeError``.
    """
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    parts = [decoder.decode(raw[i:i + _STEP]) for i in range(0, len(raw), _STEP)]
    parts.append(decoder.decode(b"", final=True))
    if escape:
        narrow = _escaped(parts)
        if narrow is not None:
            return "".join(narrow), False
    return "".join(parts), True


class _AfterBackslashError(ValueError):
    """A character to escape stands right after a backslash: escaping it could turn an
    invalid escape into a valid one."""


def _json_escape(exc: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: characters beyond Latin-1 as JSON ``\\u`` escapes
    (surrogate pairs beyond the basic plane)."""
    assert isinstance(exc, UnicodeEncodeError)
    text, start, end = exc.object, exc.start, exc.end
    if start > 0 and text[start - 1] == "\\":
        raise _AfterBackslashError
    out = []
    for char in text[start:end]:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out), end


_ESCAPE_HANDLER: Final = "lip-json-escape"
codecs.register_error(_ESCAPE_HANDLER, _json_escape)


def _escaped(parts: list[str]) -> list[str] | None:
    """``parts`` with every character beyond Latin-1 escaped, or None where one follows
    a backslash (also across two parts)."""
    out: list[str] = []
    before = ""
    for part in parts:
        if part.isascii():
            out.append(part)
        else:
            try:
                part.encode("latin-1")
                out.append(part)
            except UnicodeEncodeError:
                if before == "\\" and ord(part[0]) > 0xFF:
                    return None
                try:
                    out.append(part.encode("latin-1", _ESCAPE_HANDLER).decode("latin-1"))
                except _AfterBackslashError:
                    return None
        before = part[-1:] or before
    return out


def _check_depth(text: str, raw: bytes | None = None) -> None:
    """Refuse nesting beyond ``MAX_DEPTH`` before any recursion, at C speed.

    Each pass of removing the innermost ``[]``/``{}`` pairs from the brackets alone takes
    one level off. First over the raw bytes (``bytes.translate`` drops everything else;
    UTF-8 never hides an ASCII bracket inside another character): a file within the limit
    even when brackets inside strings are counted passes at once. Only otherwise are the
    strings blanked and the brackets counted exactly. (A Python loop over the characters
    of a 40 MB file took seconds.) Unbalanced brackets are left to the parser's message.
    """
    if raw is not None:
        # The brackets of the bytes are those of the text; counting the openers among
        # them, not in the whole text, spares two passes over 40 MB.
        brackets = b"".join(raw[i:i + _STEP].translate(None, _NON_BRACKET_BYTES)
                            for i in range(0, len(raw), _STEP))
        if brackets.count(b"[") + brackets.count(b"{") <= MAX_DEPTH:
            return
        if _fits(brackets, b"") is True:
            return
    elif text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    stripped = _JSON_STRING.sub('""', text)
    if _fits(_NOT_BRACKET.sub("", stripped), "") is False:
        raise LipError("bad_json", line=_line_of_depth(stripped), column="?",
                       reason=f"mehr als {MAX_DEPTH} Ebenen verschachtelt")


def _line_of_depth(stripped: str) -> int:
    """The line where nesting first goes beyond ``MAX_DEPTH`` (only for the message)."""
    depth = 0
    for match in re.finditer(r"[\[\]{}]", stripped):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_DEPTH:
            return stripped.count("\n", 0, match.start()) + 1
    return 1


def check_envelope(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise LipError("bad_format", found=type(doc).__name__)
    if doc.get("format") != FORMAT:
        raise LipError("bad_format", found=_shown(doc.get("format")))
    version = doc.get("version")
    # ``True == 1`` in Python: the type is checked, not only the value.
    if type(version) is not int or version not in READ_VERSIONS:
        raise LipError("bad_version", found=_shown(version))


def _shown(value: Any) -> str:
    """A foreign value as it stood in the file, short."""
    try:
        text = json.dumps(value, ensure_ascii=True)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 40 else f"{text[:39]}…"


# --- cleaning --------------------------------------------------------------------------


@dataclass(slots=True)
class Cleaned:
    catalogue: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    warnings: list[str]
    problems: list[LipError]


def clean_document(doc: Mapping[str, Any], *, require_all: bool = True,
                   internal: bool = False) -> Cleaned:
    """Clean every record of a document; collect problems and unknown-key warnings."""
    problems: list[LipError] = []
    warnings: list[str] = []
    known_top = {"format", "version", "exported_at", "catalogue",
                 *(SPECS[record_type].json_key for record_type in COLLECTIONS)}
    for key in doc:
        if key not in known_top:
            warnings.append(f"Unbekannter Schlüssel „{key}“ auf oberster Ebene wird ignoriert.")
    raw_cat = doc.get("catalogue")
    catalogue: dict[str, Any] = {}
    if raw_cat is None and require_all:
        problems.append(ValidationError("required", record_type="Katalog", record="",
                                        field="catalogue", field_key="catalogue"))
    elif raw_cat is not None:
        if not isinstance(raw_cat, dict):
            problems.append(ValidationError("not_an_object", record_type="Katalog", record="",
                                            field="catalogue", field_key="catalogue"))
        else:
            _warn_unknown("catalogue", raw_cat, warnings)
            catalogue = clean_record("catalogue", raw_cat, errors=problems, imported=True)
            _require_id("catalogue", raw_cat, problems)
    records: dict[str, list[dict[str, Any]]] = {}
    for record_type in COLLECTIONS:
        spec = SPECS[record_type]
        items = doc.get(spec.json_key)
        if items is None:
            if require_all and record_type not in OPTIONAL_COLLECTIONS:
                problems.append(ValidationError(
                    "required", record_type="Katalog", record="", field=spec.json_key,
                    field_key=spec.json_key))
            records[record_type] = []
            continue
        if not isinstance(items, list):
            problems.append(ValidationError("wrong_type", record_type="Katalog", record="",
                                            field=spec.json_key, field_key=spec.json_key,
                                            expected="eine Liste", got=type(items).__name__))
            records[record_type] = []
            continue
        out = []
        # What is the same for every record of the type, decided once (21,000 measures).
        # Undo bundles carry the internal order; exchanged files never do.
        takes_position = "position" in spec.fields and (
            internal or not spec.fields["position"].internal)
        added_keys = _ADDED_KEYS.get(record_type, ())
        is_group = record_type == "group"
        warn_implementation = record_type == "measure" and not internal
        nested = record_type in _OWNERS
        allowed = spec.exchanged_set
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                problems.append(ValidationError(
                    "not_an_object", record_type=spec.label, record=f"Nr. {index + 1}",
                    field=spec.json_key, field_key=spec.json_key))
                continue
            if not internal and not allowed.issuperset(item):
                _warn_unknown(record_type, item, warnings)
            found = len(problems)
            values = clean_record(record_type, item, errors=problems, imported=True)
            if "id" not in item:
                _require_id(record_type, item, problems)
                _name_by_place(problems, found, index)
                continue
            if len(problems) > found:
                _name_by_place(problems, found, index)
            values["_has_position"] = takes_position and "position" in item
            values["_index"] = index
            if added_keys:
                kept = [key for key in added_keys if key not in item]
                if kept:
                    values["_kept"] = kept
            if is_group:
                _clean_vote_defaults(item, values, problems)
            if warn_implementation:
                _warn_unknown_implementation(item, warnings)
            if nested:
                _clean_nested(record_type, item, values, problems, warnings)
            out.append(values)
        records[record_type] = out
    return Cleaned(catalogue, records, warnings, problems)


def _name_by_place(problems: list[LipError], start: int, index: int) -> None:
    """Refusals of a record without code, title or name name it by its place in its
    list ("Person Nr. 3"): that is how the person with the file in an editor finds it."""
    for at in range(start, len(problems)):
        problem = problems[at]
        if problem.params.get("record") in (UNNAMED, "(neu)"):
            problems[at] = type(problem)(problem.code,
                                         **{**problem.params, "record": f"Nr. {index + 1}"})


def _require_id(record_type: str, item: Mapping[str, Any], problems: list[LipError]) -> bool:
    if "id" not in item:
        spec = SPECS[record_type]
        problems.append(ValidationError("required", record_type=spec.label,
                                        record=record_name(spec, item), field="ID",
                                        field_key="id"))
        return False
    return True


def _warn_unknown(record_type: str, item: Mapping[str, Any], warnings: list[str]) -> None:
    spec = SPECS[record_type]
    allowed = spec.exchanged_set
    for key in item:
        if key not in allowed:
            warnings.append(f"{spec.label} {record_name(spec, item)}: unbekannter Schlüssel "
                            f"„{key}“ wird ignoriert.")


def _warn_unknown_implementation(item: Mapping[str, Any], warnings: list[str]) -> None:
    impl = item.get("implementation")
    if not isinstance(impl, Mapping):
        return
    allowed = SPECS["implementation"].exchanged_set
    for key in impl:
        if key not in allowed:
            warnings.append(f"{SPECS['measure'].label} {record_name(SPECS['measure'], item)}, "
                            f"Umsetzungsstand: unbekannter Schlüssel „{key}“ wird ignoriert.")


def _clean_vote_defaults(item: Mapping[str, Any], values: dict[str, Any],
                         problems: list[LipError]) -> None:
    """A group's default rule per vote method, checked and completed like a vote's rule
    (a rule that would be refused when a vote opens is refused on import instead)."""
    spec = SPECS["group"]
    raw = values.get("vote_defaults") or {}
    name = record_name(spec, item)
    out: dict[str, Any] = {}
    for method, rule in raw.items():
        if method not in voting.METHODS:
            problems.append(ValidationError(
                "bad_enum", record_type=spec.label, record=name,
                field=spec.fields["vote_defaults"].label, field_key="vote_defaults",
                value=method, allowed=", ".join(voting.METHODS)))
            continue
        try:
            out[method] = voting.normalize_rule(method, rule)
        except VoteRuleError as err:
            err.params.update(context=f"{spec.label} {name}",
                              field_key=f"vote_defaults.{method}")
            problems.append(err)
    values["vote_defaults"] = out


def _clean_nested(record_type: str, item: Mapping[str, Any], values: dict[str, Any],
                  problems: list[LipError], warnings: list[str]) -> None:
    if record_type not in _OWNERS:
        return
    spec = SPECS[record_type]
    name = record_name(spec, item)
    for (owner, key), sub_rt in _NESTED.items():
        if owner != record_type:
            continue
        raw = item.get(key, [])
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            problems.append(ValidationError("wrong_type", record_type=spec.label, record=name,
                                            field=spec.fields[key].label, field_key=key,
                                            expected="eine Liste", got=type(raw).__name__))
            values[key] = []
            continue
        cleaned = []
        for sub in raw:
            if not isinstance(sub, dict):
                problems.append(ValidationError("not_an_object", record_type=spec.label,
                                                record=name, field=spec.fields[key].label,
                                                field_key=key))
                continue
            _warn_unknown(sub_rt, sub, warnings)
            sub_values = clean_record(sub_rt, sub, errors=problems, imported=True)
            sub_values["_has_position"] = "position" in sub
            cleaned.append(sub_values)
        values[key] = cleaned
    if record_type == "compromise":
        ids = item.get("position_ids", [])
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            problems.append(ValidationError("wrong_type", record_type=spec.label, record=name,
                                            field="Positionen", field_key="position_ids",
                                            expected="eine Liste von IDs", got=str(ids)[:40]))
            values["position_ids"] = []
        else:
            values["position_ids"] = [i.lower() for i in ids]
    if record_type == "vote":
        ballots = item.get("ballots", [])
        if ballots is None:
            ballots = []
        if not isinstance(ballots, list) or not all(isinstance(b, dict) for b in ballots):
            problems.append(ValidationError("wrong_type", record_type=spec.label, record=name,
                                            field="Stimmen", field_key="ballots",
                                            expected="eine Liste von Objekten",
                                            got=str(ballots)[:40]))
            ballots = []
        values["ballots"] = [dict(b) for b in ballots]


# --- checking the whole catalogue --------------------------------------------------------


class ReferenceChecker:
    """Checks references, codes and votes over a complete catalogue."""

    def __init__(self, records: Mapping[str, list[dict[str, Any]]],
                 closed_before: Mapping[str, dict[str, Any]]) -> None:
        self.r = records
        self.closed_before = closed_before
        self.problems: list[LipError] = []
        self.by_id: dict[str, dict[str, dict[str, Any]]] = {}
        for record_type in COLLECTIONS:
            index: dict[str, dict[str, Any]] = {}
            for rec in records.get(record_type, []):
                if rec["id"] in index:
                    self.problems.append(ValidationError(
                        "duplicate_id", record_type=SPECS[record_type].label,
                        record=self.name(record_type, rec), field="ID", field_key="id"))
                index[rec["id"]] = rec
            self.by_id[record_type] = index

    def name(self, record_type: str, rec: Mapping[str, Any]) -> str:
        return record_name(SPECS[record_type], rec)

    def person_name(self, person_id: str) -> str:
        person = self.by_id["person"].get(person_id)
        return self.name("person", person) if person else person_id

    def ref(self, record_type: str, rec: Mapping[str, Any], key: str, target: str,
            value: Any = ...) -> bool:
        """Check that ``rec[key]`` (or an explicit ``value``) names an existing record."""
        target_id = rec.get(key) if value is ... else value
        if target_id is None:
            return True
        if target_id in self.by_id[target]:
            return True
        self.problems.append(ValidationError(
            "dangling", record_type=SPECS[record_type].label, record=self.name(record_type, rec),
            field=SPECS[record_type].fields[key].label if key in SPECS[record_type].fields else key,
            field_key=key, target=SPECS[target].label, target_id=target_id))
        return False

    def subject(self, record_type: str, rec: Mapping[str, Any], type_key: str = "subject_type",
                id_key: str = "subject_id", owner: tuple[str, Mapping[str, Any]] | None = None
                ) -> None:
        st, sid = rec.get(type_key), rec.get(id_key)
        if st is None and sid is None:
            return
        o_rt, o_rec = owner or (record_type, rec)
        if st is None or sid is None:
            self.problems.append(ValidationError(
                "required", record_type=SPECS[o_rt].label, record=self.name(o_rt, o_rec),
                field="Bezug", field_key=id_key if sid is None else type_key))
            return
        if sid not in self.by_id[st]:
            self.problems.append(ValidationError(
                "dangling", record_type=SPECS[o_rt].label, record=self.name(o_rt, o_rec),
                field="Bezug", field_key=id_key, target=SPECS[st].label, target_id=sid))

    def check_nested_ids(self) -> None:
        """Agenda items, vote options and dissents are rows of their own: an id twice
        (in one owner or across owners) would be a clash in the database, not a message."""
        for (owner, key), sub_rt in _NESTED.items():
            if "id" not in SPECS[sub_rt].fields:
                continue
            seen: set[str] = set()
            for rec in self.r[owner]:
                for sub in rec.get(key) or []:
                    sid = sub.get("id")
                    if sid is None:
                        continue
                    if sid in seen:
                        self.problems.append(ValidationError(
                            "duplicate_id", context=f"{SPECS[owner].label} "
                                                    f"{self.name(owner, rec)}",
                            record_type=SPECS[sub_rt].label, record=self.name(sub_rt, sub),
                            field="ID", field_key=f"{key}[].id"))
                    seen.add(sid)

    def run(self) -> None:
        self.check_codes()
        self.check_nested_ids()
        for g in self.r["group"]:
            self.ref("group", g, "action_field_id", "action_field")
            seen: set[str] = set()
            for m in g["members"]:
                self.ref("group", g, "members", "person", m["person_id"])
                if m["person_id"] in seen:
                    self.problems.append(ValidationError(
                        "duplicate_id", record_type="Mitglied in " + self.name("group", g),
                        record=self.person_name(m["person_id"]), field="Person",
                        field_key="members[].person_id"))
                seen.add(m["person_id"])
        self.check_goals()
        for m in self.r["measure"]:
            self.ref("measure", m, "goal_id", "goal")
        for i in self.r["indicator"]:
            self.ref("indicator", i, "measure_id", "measure")
        for s in self.r["session"]:
            self.ref("session", s, "group_id", "group")
            seen = set()
            for a in s["attendance"]:
                self.ref("session", s, "attendance", "person", a["person_id"])
                if a["person_id"] in seen:
                    self.problems.append(ValidationError(
                        "duplicate_id", record_type="Anwesenheit in " + self.name("session", s),
                        record=self.person_name(a["person_id"]), field="Person",
                        field_key="attendance[].person_id"))
                seen.add(a["person_id"])
            for item in s["agenda"]:
                self.subject("session", item, owner=("session", s))
        for p in self.r["position"]:
            self.subject("position", p)
            self.ref("position", p, "session_id", "session")
            self.ref("position", p, "person_id", "person")
        for c in self.r["compromise"]:
            self.subject("compromise", c)
            self.ref("compromise", c, "session_id", "session")
            for pid in c["position_ids"]:
                self.ref("compromise", c, "position_ids", "position", pid)
            for d in c["dissents"]:
                self.ref("compromise", c, "dissents", "person", d["person_id"])
        for rc in self.r["review_comment"]:
            self.subject("review_comment", rc)
        for v in self.r["vote"]:
            self.check_vote(v)
        for item in self.r.get("parking_item", ()):
            self.check_parking_item(item)
        for d in self.r.get("decision", ()):
            self.check_decision(d)
        for proposal in self.r.get("proposal", ()):
            self.subject("proposal", proposal)
        for speech in self.r.get("speech", ()):
            self.check_session_item("speech", speech)
            self.ref("speech", speech, "person_id", "person")
        for contribution in self.r.get("contribution", ()):
            self.ref("contribution", contribution, "action_field_id", "action_field")
            self.subject("contribution", contribution)
        self.check_yearly()

    def check_yearly(self) -> None:
        """Values name an indicator, reports a measure; one value per indicator and year
        (the return sheets and the charts read "the value of 2025")."""
        seen: dict[tuple[str, int], str] = {}
        for v in self.r.get("indicator_value", ()):
            if not self.ref("indicator_value", v, "indicator_id", "indicator"):
                continue
            key = (v["indicator_id"], v["year"])
            if key in seen and seen[key] != v["id"]:
                indicator = self.by_id["indicator"][v["indicator_id"]]
                self.problems.append(ValidationError(
                    "duplicate_yearly_value", record_type=SPECS["indicator"].label,
                    record=self.name("indicator", indicator), year=v["year"],
                    field=SPECS["indicator_value"].fields["year"].label, field_key="year"))
            seen.setdefault(key, v["id"])
        for rep in self.r.get("progress_report", ()):
            self.ref("progress_report", rep, "measure_id", "measure")

    def check_parking_item(self, item: Mapping[str, Any]) -> None:
        """A converted topic names the goal or measure it became; both keys or neither."""
        self.ref("parking_item", item, "session_id", "session")
        target_type, target_id = item.get("converted_type"), item.get("converted_id")
        if target_type is None and target_id is None:
            return
        spec = SPECS["parking_item"]
        if target_type is None or target_id is None:
            key = "converted_type" if target_type is None else "converted_id"
            self.problems.append(ValidationError(
                "required", record_type=spec.label, record=self.name("parking_item", item),
                field=spec.fields[key].label, field_key=key))
            return
        self.ref("parking_item", item, "converted_id", target_type)

    def check_decision(self, d: Mapping[str, Any]) -> None:
        """A decision's agenda item is one of its own session's items."""
        self.subject("decision", d)
        self.ref("decision", d, "vote_id", "vote")
        self.check_session_item("decision", d)

    def check_session_item(self, record_type: str, rec: Mapping[str, Any]) -> None:
        """The record's session exists and its agenda item is one of that session's."""
        if not self.ref(record_type, rec, "session_id", "session"):
            return
        item_id = rec.get("agenda_item_id")
        if item_id is None:
            return
        agenda = self.by_id["session"][rec["session_id"]].get("agenda") or ()
        if not any(a.get("id") == item_id for a in agenda):
            spec = SPECS[record_type]
            self.problems.append(ValidationError(
                "dangling", record_type=spec.label, record=self.name(record_type, rec),
                field=spec.fields["agenda_item_id"].label, field_key="agenda_item_id",
                target=SPECS["agenda_item"].label, target_id=item_id))

    def check_codes(self) -> None:
        seen: dict[str, tuple[str, Mapping[str, Any]]] = {}
        for record_type in ("action_field", "goal", "measure"):
            for rec in self.r[record_type]:
                code = rec.get("code")
                if not code:
                    continue
                if code in seen:  # the records are named only for the refusal
                    self.problems.append(LipError(
                        "duplicate_code", value=code, first=self._code_holder(*seen[code]),
                        second=self._code_holder(record_type, rec)))
                else:
                    seen[code] = (record_type, rec)

    def _code_holder(self, record_type: str, rec: Mapping[str, Any]) -> str:
        """A record named without its code (that is what clashes); two records may share
        a title too: the id tells them apart."""
        return (f"{SPECS[record_type].label} „"
                f"{self.name(record_type, {k: v for k, v in rec.items() if k != 'code'})}“ "
                f"(ID {rec['id']})")

    def check_goals(self) -> None:
        goals = self.by_id["goal"]
        for g in self.r["goal"]:
            self.ref("goal", g, "action_field_id", "action_field")
            parent_id = g.get("parent_id")
            if parent_id is None or not self.ref("goal", g, "parent_id", "goal"):
                continue
            if goals[parent_id]["action_field_id"] != g["action_field_id"]:
                self.problems.append(ValidationError(
                    "parent_other_field", record=self.name("goal", g), field_key="parent_id"))
            seen = {g["id"]}
            cursor: str | None = parent_id
            while cursor is not None and cursor in goals:
                if cursor in seen:
                    self.problems.append(ValidationError(
                        "parent_cycle", record=self.name("goal", g), field_key="parent_id"))
                    break
                seen.add(cursor)
                cursor = goals[cursor].get("parent_id")

    def voters(self, session_id: str) -> list[voting.Voter]:
        meeting = self.by_id["session"].get(session_id)
        if meeting is None:
            return []
        group = self.by_id["group"].get(meeting["group_id"])
        if group is None:
            return []
        present = {a["person_id"] for a in meeting["attendance"] if a["present"]}
        people = self.by_id["person"]
        return [
            voting.Voter(m["person_id"], people[m["person_id"]]["side"],
                         people[m["person_id"]]["name"])
            for m in group["members"]
            if m["role"] == "member" and m["person_id"] in present and m["person_id"] in people
        ]

    def check_vote(self, v: dict[str, Any]) -> None:
        name = self.name("vote", v)
        if not self.ref("vote", v, "session_id", "session"):
            return
        self.subject("vote", v)
        for o in v["options"]:
            self.subject("vote", o, owner=("vote", v))
        before = self.closed_before.get(v["id"])
        if before is not None:
            old, new = _vote_essence(before), _vote_essence(v)
            changed = [k for k in old if old[k] != new[k]]
            if changed:
                spec = SPECS["vote"]
                self.problems.append(ValidationError(
                    "vote_closed", record=record_name(spec, before),
                    field=spec.fields[changed[0]].label, field_key=changed[0]))
                return
        try:
            rule = voting.normalize_rule(v["method"], v["rule"])
            options = [(o["id"], o["label"]) for o in v["options"]]
            result = voting.compute_result(v["method"], rule, options,
                                           self.voters(v["session_id"]), v["ballots"],
                                           v["counts"])
        except VoteRuleError as err:
            err.params.setdefault("record", name)
            person = self.by_id["person"].get(str(err.params.get("person_id")))
            if person is not None:  # voters carry names; a non-voter is named here
                err.params["person"] = person["name"]
            err.params["context"] = f"Abstimmung {name}"
            self.problems.append(err)
            return
        given = v.get("result")
        if given is not None and not voting.results_equal(v["method"], given, result):
            self.problems.append(LipError(
                "result_mismatch", record=name,
                detail=voting.result_difference(v["method"], given, result)))
            return
        if before is not None and not voting.results_equal(v["method"], before["result"], result):
            self.problems.append(LipError("closed_vote_affected", record=name))
            return
        v["rule"] = rule
        v["result"] = result
        if v["counts"] is not None and not v["ballots"]:
            v["counts"] = voting.check_counts(v["method"], rule, options,
                                              self.voters(v["session_id"]), v["counts"])


def _vote_essence(v: Mapping[str, Any]) -> dict[str, Any]:
    """What a closed vote freezes, by JSON key: what was asked about what, how, with which
    options and rules, and every ballot and count (the result is checked against them).
    An import once changed a closed vote's question and subject while its result stood."""
    return {
        "session_id": v["session_id"],
        "question": v["question"],
        "subject_type": v.get("subject_type"),
        "subject_id": v.get("subject_id"),
        "method": v["method"],
        "rule": json.dumps(v["rule"], sort_keys=True),
        "options": json.dumps([{k: o.get(k) for k in
                                ("id", "label", "subject_type", "subject_id")}
                               for o in v["options"]], sort_keys=True),
        "ballots": json.dumps(sorted(json.dumps(b, sort_keys=True) for b in v["ballots"])),
        "counts": json.dumps(v["counts"], sort_keys=True),
        "status": v["status"],
    }


# --- the import ------------------------------------------------------------------------


def plan_import(doc: Any, existing: Mapping[str, Any] | None, *, internal: bool = False
                ) -> tuple[Cleaned, ImportReport]:
    """Clean and check a document against what is stored; raise if anything is wrong.

    Returns the merged catalogue (records with generated codes and computed results)
    and a report of what writing it will create and update.
    """
    check_envelope(doc)
    cleaned = clean_document(doc, internal=internal)
    report = ImportReport(warnings=list(cleaned.warnings))
    if cleaned.problems:
        raise InterchangeError(cleaned.problems[:_MAX_PROBLEMS], cleaned.warnings)

    closed_before: dict[str, dict[str, Any]] = {}
    merged: dict[str, list[dict[str, Any]]] = {}
    if existing is None:
        merged = cleaned.records
        for record_type in COLLECTIONS:
            report.created[record_type] = len(merged[record_type])
            _keep_stored(merged[record_type], {})
            _fill_positions(record_type, merged[record_type], 0)
    else:
        for v in existing["votes"]:
            if v["status"] == "closed":
                closed_before[v["id"]] = v
        for record_type in COLLECTIONS:
            spec = SPECS[record_type]
            old = {r["id"]: r for r in existing[spec.json_key]}
            incoming = cleaned.records[record_type]
            top = max((r.get("position", 0) for r in old.values()), default=-1) + 1
            _fill_positions(record_type, incoming, top, old)
            new_ids = {r["id"] for r in incoming}
            _keep_stored(incoming, old)
            report.created[record_type] = sum(1 for r in incoming if r["id"] not in old)
            report.updated[record_type] = sum(
                1 for r in incoming if r["id"] in old and _differs(record_type, old[r["id"]], r))
            merged[record_type] = [r for r in old.values() if r["id"] not in new_ids] + incoming
    checker = ReferenceChecker(merged, closed_before)
    checker.run()
    if checker.problems:
        raise InterchangeError(checker.problems[:_MAX_PROBLEMS], cleaned.warnings)
    _generate_codes(merged)
    _default_created_at(merged)
    cleaned.records = merged
    return cleaned, report


def _keep_stored(incoming: list[dict[str, Any]], old: Mapping[str, Mapping[str, Any]]) -> None:
    """Keys version 2 added that a file leaves out keep the stored value: a version 1
    file must not clear a group's vote defaults or a vote's annotation."""
    for rec in incoming:
        for key in rec.pop("_kept", ()):
            if rec["id"] in old:
                rec[key] = old[rec["id"]].get(key, rec[key])


def _default_created_at(records: Mapping[str, list[dict[str, Any]]]) -> None:
    """A parking item or decision without a time stamp gets its session's start: the
    contract lists the key but does not require it, and the column cannot be empty."""
    starts = {s["id"]: s["starts_at"] for s in records["session"]}
    for record_type in ("parking_item", "decision"):
        for rec in records[record_type]:
            if rec.get("created_at") is None:
                rec["created_at"] = starts[rec["session_id"]]


def _fill_positions(record_type: str, records: list[dict[str, Any]], offset: int,
                    old: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Records without an exchanged ``position`` keep their place in the file."""
    spec = SPECS[record_type]
    if "position" not in spec.fields:
        return
    for rec in records:
        if rec.pop("_has_position", False):
            continue
        if old is not None and rec["id"] in old and spec.fields["position"].internal:
            rec["position"] = old[rec["id"]].get("position", 0)
        else:
            rec["position"] = offset + rec["_index"]


def _differs(record_type: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    return any(_norm(old.get(k)) != _norm(new.get(k)) for k in SPECS[record_type].exchanged
               if k != "result")


def _norm(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items() if not k.startswith("_")}
    return value


def _generate_codes(records: Mapping[str, list[dict[str, Any]]]) -> None:
    """Give goals and measures without a code one; imported codes stay as they are."""
    taken = {r["code"] for record_type in ("action_field", "goal",
                                           "measure") for r in records[record_type]
             if r.get("code")}
    fields = {f["id"]: f for f in records["action_field"]}
    goals = {g["id"]: g for g in records["goal"]}
    pending = [g for g in records["goal"] if not g.get("code")]
    while pending:  # parents first, so a sub-goal can extend its parent's code
        rest = []
        for g in pending:
            parent = goals.get(g["parent_id"]) if g.get("parent_id") else None
            if parent is not None and not parent.get("code"):
                rest.append(g)
                continue
            code = codes.next_goal_code(fields[g["action_field_id"]]["code"],
                                        parent["code"] if parent else None, taken)
            g["code"] = code
            taken.add(code)
        if len(rest) == len(pending):  # cannot happen after the cycle check
            break
        pending = rest
    ordinal: dict[str, int] = {}
    for i, g in enumerate(records["goal"]):
        ordinal[g["id"]] = i + 1
    for m in records["measure"]:
        if m.get("code"):
            continue
        goal = goals[m["goal_id"]]
        code = codes.next_measure_code(fields[goal["action_field_id"]]["code"], goal["code"],
                                       ordinal[goal["id"]], taken)
        m["code"] = code
        taken.add(code)


# --- writing ---------------------------------------------------------------------------

#: Write order respecting foreign keys (they are also deferred during an import).
_WRITE_ORDER: Final = ("action_field", "strategy_section", "person", "group", "goal", "measure",
                       "indicator", "session", "position", "compromise", "vote",
                       "review_comment", "terminology", "parking_item", "decision",
                       "indicator_value", "progress_report", "proposal", "speech",
                       "contribution")


def _table(cls: type[orm.Base]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


def _column_names(table: Table) -> tuple[tuple[str, bool], ...]:
    """(name, is_json) per column, computed once per table rather than per row."""
    cached = _COLUMN_CACHE.get(table.name)
    if cached is None:
        cached = tuple((c.name, isinstance(c.type, JSON)) for c in table.columns)
        _COLUMN_CACHE[table.name] = cached
    return cached


_COLUMN_CACHE: dict[str, tuple[tuple[str, bool], ...]] = {}


def _row_values(record_type: str, rec: Mapping[str, Any]) -> dict[str, Any]:
    """The row of a record, keyed by column (``FieldSpec.column`` where it differs).

    A column the record does not carry (a table's own bookkeeping, such as a speech's
    ``position``) gets the ORM's scalar default: the bulk insert writes through the
    driver, which knows no Python-side defaults.
    """
    keys = _KEY_OF_COLUMN.get(record_type)
    if keys is None:
        fields = SPECS[record_type].fields
        renamed = {fs.column: key for key, fs in fields.items() if fs.column}
        table = _table(orm.TABLES[record_type])
        keys = {name: renamed.get(name, name) for name, _ in _column_names(table)}
        _KEY_OF_COLUMN[record_type] = keys
        _DEFAULTS[record_type] = {
            c.name: c.default.arg for c in table.columns
            if isinstance(c.default, ScalarElementColumnDefault)
            and keys[c.name] not in fields}
    row = {name: rec[key] for name, key in keys.items() if key in rec}
    for name, value in _DEFAULTS[record_type].items():
        row.setdefault(name, value)
    return row


_KEY_OF_COLUMN: dict[str, dict[str, str]] = {}
_DEFAULTS: dict[str, dict[str, Any]] = {}


def _executemany(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Bulk insert through the driver's ``executemany``: close to raw sqlite3 speed.

    SQLAlchemy's ORM ``add_all`` was 20× slower than this for 21,000 measures.
    """
    if not rows:
        return
    columns = [(n, j) for n, j in _column_names(table) if n in rows[0]]
    names = ", ".join(f'"{n}"' for n, _ in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
    if any(j for _, j in columns):
        data = [tuple(_column_json(r.get(n)) if j else r.get(n)
                      for n, j in columns) for r in rows]
    else:
        keys = [n for n, _ in columns]
        data = [tuple(r.get(k) for k in keys) for r in rows]
    portable.run(conn, sql, data)


def _insert_records(conn: Connection, record_type: str, recs: Sequence[Mapping[str, Any]]
                    ) -> None:
    """Insert new records: the rows ``_row_values`` would give, as tuples built straight
    from the records, in one ``executemany``.

    The columns are those of the first record's row (as ``_executemany`` takes them);
    a field column a record lacks is NULL there too, a bookkeeping column gets its
    default. Building a dict per row and then a tuple from it was a fifth of an import's
    insert time.
    """
    if not recs:
        return
    table = _table(orm.TABLES[record_type])
    first = _row_values(record_type, recs[0])  # also fills the per-type caches
    keys = _KEY_OF_COLUMN[record_type]
    defaults = _DEFAULTS[record_type]
    columns = [(name, is_json) for name, is_json in _column_names(table)
               if name in first and name not in defaults]
    extra = [(name, is_json) for name, is_json in _column_names(table)
             if name in first and name in defaults]
    field_keys = [keys[name] for name, _ in columns]
    json_at = [i for i, (_, is_json) in enumerate(columns + extra) if is_json]
    extra_keys = [(keys[name], defaults[name]) for name, _ in extra]
    get = itemgetter(*field_keys) if len(field_keys) > 1 else None
    # Tuples are written as arrays like lists, so the encoder takes the values as they are.
    encode = _COLUMN_ENCODE
    data: list[tuple[Any, ...]] = []
    for rec in recs:
        try:
            values = get(rec) if get is not None else (rec[field_keys[0]],)
        except KeyError:
            values = tuple(rec.get(key) for key in field_keys)
        if extra_keys:
            values += tuple(rec.get(key, default) for key, default in extra_keys)
        if json_at:
            row = list(values)
            for i in json_at:
                row[i] = encode(row[i])
            values = tuple(row)
        data.append(values)
    names = ", ".join(f'"{n}"' for n, _ in columns + extra)
    marks = ", ".join("?" for _ in columns + extra)
    portable.run(conn, f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', data)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


#: ``json.dumps(value, ensure_ascii=False)`` builds an encoder per call; an import encodes
#: two lists of each of 21,000 measures.
_COLUMN_ENCODER: Final = json.JSONEncoder(ensure_ascii=False)
_COLUMN_ENCODE: Final = json_text.encoder_of(_COLUMN_ENCODER)


def _column_json(value: Any) -> str:
    """The text of a JSON column, as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    return _COLUMN_ENCODE(_plain(value))


def _children(record_type: str, rec: Mapping[str, Any]) -> Iterable[tuple[Table, dict[str, Any]]]:
    record_id = rec["id"]
    if record_type == "group":
        for i, m in enumerate(rec["members"]):
            yield _table(orm.MembershipRow), {"group_id": record_id, "person_id": m["person_id"],
                                               "role": m["role"], "position": i}
    elif record_type == "session":
        for i, a in enumerate(rec["attendance"]):
            yield _table(orm.AttendanceRow), {"session_id": record_id, "person_id": a["person_id"],
                                               "present": a["present"], "position": i}
        for i, item in enumerate(rec["agenda"]):
            row = {k: item[k] for k in ("id", "title", "minutes", "subject_type", "subject_id")}
            row.update(session_id=record_id,
                       position=item["position"] if item.get("_has_position") else i)
            yield _table(orm.AgendaItemRow), row
    elif record_type == "compromise":
        for i, pid in enumerate(rec["position_ids"]):
            yield _table(orm.CompromisePositionRow), {"compromise_id": record_id,
                                                      "position_id": pid,
                                                       "ordinal": i}
        for i, d in enumerate(rec["dissents"]):
            yield _table(orm.DissentRow), {"compromise_id": record_id, "person_id": d["person_id"],
                                            "label": d["label"], "text": d["text"], "ordinal": i}
    elif record_type == "vote":
        for i, o in enumerate(rec["options"]):
            yield _table(orm.VoteOptionRow), {"id": o["id"], "vote_id": record_id,
                                              "label": o["label"],
                                               "subject_type": o["subject_type"],
                                               "subject_id": o["subject_id"], "position": i}
        for i, b in enumerate(rec["ballots"]):
            yield _table(orm.BallotRow), {
                "vote_id": record_id, "person_id": b["person_id"], "option_id": b.get("option_id"),
                "choice": b.get("choice"), "points": b.get("points"),
                "resistance": b.get("resistance"), "score": b.get("score"),
                "ranking": b.get("ranking"), "ordinal": i}


_CHILD_TABLES: Final = {
    "group": ((orm.MembershipRow, "group_id"),),
    "session": ((orm.AttendanceRow, "session_id"), (orm.AgendaItemRow, "session_id")),
    "compromise": ((orm.CompromisePositionRow, "compromise_id"),
                   (orm.DissentRow, "compromise_id")),
    "vote": ((orm.BallotRow, "vote_id"), (orm.VoteOptionRow, "vote_id")),
}

#: Tables in the order their references allow writing them (parents first).
_TABLE_ORDER: Final = {t.name: i for i, t in enumerate(orm.Base.metadata.sorted_tables)}


def write_records(conn: Connection, records: Mapping[str, list[dict[str, Any]]],
                  old: Mapping[str, Mapping[str, Mapping[str, Any]]], actor: str,
                  operation: str, changed: Mapping[str, set[str]] | None = None,
                  *, log_records: bool = True) -> ChangeCollector:
    """Insert new records and update changed ones, with history; inside one transaction.

    Changed records are UPDATEd, never deleted and re-inserted: a delete would cascade
    to their children (a measure's indicators). Nested lists (members, attendance,
    agenda, options, ballots, dissents) are replaced as a whole.
    """
    if not portable.is_postgresql(conn):  # parents are written first; this is a guard
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    collector = ChangeCollector()
    at = datetime.now().replace(microsecond=0).isoformat()
    log: list[dict[str, Any]] = []
    for record_type in _WRITE_ORDER:
        table = _table(orm.TABLES[record_type])
        old_recs = old.get(record_type, {})
        new_recs: list[Mapping[str, Any]] = []
        upd_rows: list[dict[str, Any]] = []
        child_rows: defaultdict[str, list[tuple[Table, dict[str, Any]]]] = defaultdict(list)
        rewrite = changed.get(record_type, set()) if changed is not None else set()
        has_children = record_type in _CHILD_TABLES
        created = collector.created[record_type]
        for rec in records[record_type]:
            before = old_recs.get(rec["id"])
            if before is not None and rec["id"] not in rewrite:
                continue
            if before is None:
                new_recs.append(rec)
            else:
                upd_rows.append(_row_values(record_type, rec))
            if has_children:
                for child_table, row in _children(record_type, rec):
                    child_rows[child_table.name].append((child_table, row))
            if before is None:
                created.add(rec["id"])
                if log_records:
                    log.append({"at": at, "actor": actor, "operation": operation,
                                "record_type": record_type, "record_id": rec["id"],
                                "record_code": rec.get("code"), "action": "create",
                                "field": None, "old": None, "new": None})
                continue
            entry = {"at": at, "actor": actor, "operation": operation,
                     "record_type": record_type, "record_id": rec["id"],
                     "record_code": rec.get("code")}
            collector.updated[record_type].add(rec["id"])
            for key in SPECS[record_type].exchanged:
                if key == "result" or _norm(before.get(key)) == _norm(rec.get(key)):
                    continue
                log.append({**entry, "action": "update", "field": key,
                            "old": _json(before.get(key)), "new": _json(rec.get(key))})
        if upd_rows:
            ids = [r["id"] for r in upd_rows]
            for child_cls, fk in _CHILD_TABLES.get(record_type, ()):
                child = _table(child_cls)
                for chunk in _chunks(ids, 500):
                    conn.execute(delete(child).where(child.c[fk].in_(chunk)))
            _updatemany(conn, table, upd_rows)
        _insert_records(conn, record_type, new_recs)
        # Parents first (a ranked ballot names its options): PostgreSQL checks each
        # reference at once, where SQLite's were deferred to the commit.
        for rows in sorted(child_rows.values(), key=lambda rows: _TABLE_ORDER[rows[0][0].name]):
            _executemany(conn, rows[0][0], [r for _, r in rows])
    if log:
        conn.execute(insert(_table(orm.ChangeRow)), log)
    collector.moved = any(collector.created.values())
    return collector


def _json(value: Any) -> str:
    return json.dumps(_norm(value), ensure_ascii=False)


def _updatemany(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    columns = [(n, j) for n, j in _column_names(table) if n in rows[0] and n != "id"]
    sets = ", ".join(f'"{n}" = ?' for n, _ in columns)
    sql = f'UPDATE "{table.name}" SET {sets} WHERE id = ?'
    data = [
        (*(_column_json(r.get(n)) if j else r.get(n)
           for n, j in columns), r["id"])
        for r in rows
    ]
    portable.run(conn, sql, data)


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def import_into_new(db: Session, doc: Any, actor: str) -> ImportReport:
    """Fill an empty catalogue (inside ``Catalogue.create``) with exactly the document."""
    cleaned, report = plan_import(doc, None)
    conn = db.connection()
    cat = dict(cleaned.catalogue)
    cat["created_at"] = datetime.now().replace(microsecond=0).isoformat()
    conn.execute(insert(_table(orm.CatalogueRow)), [cat])
    # A new catalogue gets one history entry for the import, not one per record. Their
    # first revisions come from the records in hand, not from the triggers and a read-back:
    # the new file holds exactly these (tests/model/test_merge.py checks the hashes
    # against a read-back).
    with storage.tracking_paused(conn):
        collector = write_records(conn, cleaned.records, {}, actor, "import",
                                  log_records=False)
    revisions.record_states(conn, cleaned.records, actor)
    conn.execute(insert(_table(orm.ChangeRow)), [{
        "at": cat["created_at"], "actor": actor, "operation": "import", "action": "create",
        "record_type": "catalogue", "record_id": cat["id"], "record_code": None,
        "field": None, "old": None, "new": _json(report.summary())}])
    report.changes = collector.freeze()
    return report


def import_into_existing(db: Session, doc: Any, actor: str, *, internal: bool = False,
                         progress: Callable[[int, int], bool] | None = None
                         ) -> ImportReport:
    """Merge a document by id into a stored catalogue; its metadata stays as it was.

    ``progress(done, 3)`` is called before each of the three steps (read the catalogue,
    check and plan, write); returning ``False`` raises ``CancelledError`` before anything
    is written (each step of a 21,000-measure import takes a second or two).
    """
    def step(done: int) -> None:
        if progress is not None and progress(done, 3) is False:
            raise CancelledError()

    conn = db.connection()
    step(0)
    existing = load_document(conn, internal=True)
    step(1)
    cleaned, report = plan_import(doc, existing, internal=internal)
    step(2)
    old = {record_type: {r["id"]: r for r in existing[SPECS[record_type].json_key]}
           for record_type in COLLECTIONS}
    incoming_ids = {record_type: {r["id"] for r in cleaned.records[record_type] if "_index" in r}
                    for record_type in COLLECTIONS}
    changed = {
        record_type: {r["id"] for r in cleaned.records[record_type]
             if r["id"] in incoming_ids[record_type] and r["id"] in old[record_type]
             and _differs(record_type, old[record_type][r["id"]], r)}
        for record_type in COLLECTIONS
    }
    collector = write_records(conn, cleaned.records, old, actor, "import", changed)
    report.changes = collector.freeze()
    # The stored catalogue and the checked one, as records: emptied a record at a time,
    # not in one cascade of frees on return (collector.release). Not ``cleaned.catalogue``
    # nor the records themselves: they may be the caller's ``doc``'s.
    release(existing, old, cleaned.records, changed, incoming_ids)
    return report


def export_document(conn: Connection, *, now: datetime | None = None) -> dict[str, Any]:
    """The whole catalogue as a ``lip-catalogue`` v2 document."""
    body = load_document(conn)
    stamp = (now or datetime.now()).replace(microsecond=0).isoformat()
    return {"format": FORMAT, "version": VERSION, "exported_at": stamp, **body}


def dumps(doc: Mapping[str, Any]) -> str:
    """The document as the file's text: ``json.dumps(doc, ensure_ascii=False, indent=1)``.

    The same encoder's pieces, joined in batches: ``json.dumps`` joins the millions of
    pieces of a 21,000-measure document in one C call that holds the GIL for about
    0.4 s, and the window froze meanwhile when the export ran in the background
    (bench/bench_responsiveness.py); a batch takes a millisecond.
    """
    return "".join(_batches(doc))


def dump_bytes(doc: Mapping[str, Any]) -> bytes:
    """The file's bytes (UTF-8) of :func:`dumps`, encoded a batch at a time: encoding or
    joining the whole 38 MB text of a 21,000-measure document is one C call each that
    holds the GIL for about 60 ms; joining bytes is a plain copy."""
    return b"".join(batch.encode("utf-8") for batch in _batches(doc))


def _batches(doc: Mapping[str, Any]) -> Iterator[str]:
    pieces = json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(doc)
    while batch := list(islice(pieces, 50_000)):
        yield "".join(batch)
    yield "\n"


def new_id() -> str:
    return str(uuid.uuid4())
