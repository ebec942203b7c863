"""Values in a catalogue file that no program path writes.

SQLite's own checks (quick_check, integrity_check) see the structure of the file, not its
values: a flipped byte inside a text, or a status written by another tool, passes them
and then breaks reading ("Could not decode to UTF-8") or every later rule. This scan
reads every text as raw bytes and every choice field against its choices, so ``check``
can name the record and field, and a restore does not rank a backup of such a file as
good.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from lip_desktop.model.records import SPECS


def stored_value_problems(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Values in the file that no program path writes: damaged text (bytes that are no
    UTF-8, control characters) and values outside a field's choices (an enum written by
    another tool or changed by damage that SQLite's own checks cannot see).

    Fast path per table: SQLite's own decoding of all its text in one read, control
    characters found by ``GLOB`` and choices by ``NOT IN``, all in C; only a table whose
    text does not decode is read again row by row as raw bytes, so the damaged text is
    reported with its record and field instead of failing the whole check.
    """
    findings: list[tuple[str, str, str]] = []
    for rtype, table in _tables():
        spec = SPECS.get(rtype)
        columns = {row[1]: str(row[2]).upper() for row in
                   conn.execute(f'PRAGMA table_info("{table}")').fetchall()}
        if not columns:
            continue
        name_cols = [c for c in ("code", "title", "name", "term", "question", "label")
                     if c in columns]
        text_cols = [c for c, kind in columns.items() if "CHAR" in kind or "TEXT" in kind
                     or kind == ""]
        names_sql = ", ".join(f'CAST("{c}" AS BLOB)' for c in name_cols) or "NULL"
        if text_cols:
            cols_sql = ", ".join(f'"{c}"' for c in text_cols)
            blobs_sql = ", ".join(f'CAST("{c}" AS BLOB)' for c in text_cols)
            try:
                texts = conn.execute(f'SELECT {cols_sql} FROM "{table}"').fetchall()
                # Regular-expression passes over the table's text (in C), a slice of
                # rows at a time: one pass over a whole table holds the GIL for 70 ms
                # at 21,000 measures. Rows are looked at one by one only when a pass
                # finds something.
                clean = not any(
                    _CONTROL.search("\n".join(v for row in texts[start:start + _SLICE]
                                              for v in row if isinstance(v, str)))
                    for start in range(0, len(texts), _SLICE))
            except sqlite3.OperationalError:  # some text is no UTF-8
                clean = False
            rows: Iterable[tuple[Any, ...]] = () if clean else conn.execute(
                f'SELECT rowid, {names_sql}, {blobs_sql} FROM "{table}"')
            width = max(len(name_cols), 1)
            for row in rows:
                record = _record(row[0], row[1:1 + width])
                for col, raw in zip(text_cols, row[1 + width:], strict=True):
                    problem = _text_problem(raw)
                    if problem is not None:
                        label = spec.fields[col].label if spec and col in spec.fields else col
                        findings.append((rtype, record, f"Text in „{label}“ ({col}) {problem}"))
        if spec is None:
            continue
        for col, fspec in spec.fields.items():
            if fspec.choices is None or col not in columns:
                continue
            allowed = [str(c) for c in fspec.choices if c is not None]
            marks = ", ".join("?" for _ in allowed)
            for row in conn.execute(
                    f'SELECT rowid, CAST("{col}" AS BLOB), {names_sql} FROM "{table}" '
                    f'WHERE "{col}" IS NOT NULL AND CAST("{col}" AS TEXT) NOT IN ({marks})',
                    allowed):
                value = _decode(row[1])
                if value in allowed:
                    continue
                findings.append((rtype, _record(row[0], row[2:]), (
                    f"„{fspec.label}“ ({col}) hat den ungültigen Wert „{_short(value)}“ "
                    f"(erlaubt: {', '.join(allowed)}).")))
    return findings


def _record(rowid: int, names: tuple[object, ...]) -> str:
    return _short(next((n for n in map(_decode, names) if n), f"Zeile {rowid}"))


def _text_problem(raw: object) -> str | None:
    if raw is None:
        return None
    try:
        text = bytes(raw).decode("utf-8") if isinstance(raw, bytes | memoryview) else str(raw)
    except UnicodeDecodeError:
        return "ist beschädigt (keine gültige UTF-8-Zeichenfolge)."
    if _CONTROL.search(text):
        return "enthält Steuerzeichen; die Datei ist vermutlich beschädigt."
    return None


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Rows per regular-expression pass of the check (a few milliseconds of text each).
_SLICE = 2_000


def _tables() -> list[tuple[str, str]]:
    from lip_desktop.model.orm import TABLES  # noqa: PLC0415 - the ORM is heavy

    return [(rtype, str(cls.__tablename__)) for rtype, cls in TABLES.items()]


def _decode(raw: object) -> str:
    if raw is None:
        return ""
    return bytes(raw).decode("utf-8", "replace") if isinstance(raw, bytes | memoryview) \
        else str(raw)


def _short(value: object) -> str:
    text = _decode(value) if isinstance(value, bytes) else str(value)
    return text if len(text) <= 40 else f"{text[:39]}…"
