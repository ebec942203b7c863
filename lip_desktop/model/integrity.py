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

from lip_desktop.model.records import SPECS


def stored_value_problems(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Values in the file that no program path writes: damaged text (bytes that are no
    UTF-8, control characters) and values outside a field's choices (an enum written by
    another tool or changed by damage that SQLite's own checks cannot see).

    Read as raw bytes from the SQLite connection, so damaged text is reported with its
    record and field instead of failing the whole check.
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
        select = ", ".join(f'CAST("{c}" AS BLOB)' for c in [*name_cols, *text_cols])
        for row in conn.execute(f'SELECT rowid, {select} FROM "{table}"'):
            names = [_decode(v) for v in row[1:1 + len(name_cols)]]
            record = next((n for n in names if n), f"Zeile {row[0]}")
            record = record if len(record) <= 40 else f"{record[:39]}…"
            for col, raw in zip(text_cols, row[1 + len(name_cols):], strict=True):
                if raw is None:
                    continue
                field_label = spec.fields[col].label if spec and col in spec.fields else col
                try:
                    text = bytes(raw).decode("utf-8")
                except UnicodeDecodeError:
                    findings.append((rtype, record, (
                        f"Text in „{field_label}“ ({col}) ist beschädigt (keine gültige "
                        "UTF-8-Zeichenfolge).")))
                    continue
                if _CONTROL.search(text):
                    findings.append((rtype, record, (
                        f"Text in „{field_label}“ ({col}) enthält Steuerzeichen; die Datei "
                        "ist vermutlich beschädigt.")))
        if spec is None:
            continue
        for col, fspec in spec.fields.items():
            if fspec.choices is None or col not in columns:
                continue
            allowed = {str(c) for c in fspec.choices if c is not None}
            names_sql = ", ".join(f'CAST("{c}" AS BLOB)' for c in name_cols) or "NULL"
            for row in conn.execute(
                    f'SELECT rowid, CAST("{col}" AS BLOB), {names_sql} FROM "{table}"'):
                if row[1] is None:
                    continue
                value = _decode(row[1])
                if value in allowed:
                    continue
                record = _short(next((n for n in map(_decode, row[2:]) if n), f"Zeile {row[0]}"))
                findings.append((rtype, record, (
                    f"„{fspec.label}“ ({col}) hat den ungültigen Wert „{_short(value)}“ "
                    f"(erlaubt: {', '.join(str(c) for c in fspec.choices if c is not None)}).")))
    return findings


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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
