"""Public participation: survey exports in (CSV, Excel), the participation report out.

Reading: the file is untrusted and comes from whatever survey tool the city used. This
module turns it into a ``ParticipationTable`` (headings and text cells) and nothing more;
which rows become contributions is decided in ``model/contributions.py``.

- **CSV**: the encoding is UTF-8 (with or without byte order mark), else Windows-1252
  (what Excel on a German Windows writes as "CSV (Trennzeichen-getrennt)"). A file that
  is neither (a byte Windows-1252 does not define), UTF-16, or holds NUL bytes is refused
  with the place of the first bad byte. Guessing further (Latin-9, Mac Roman) would turn
  umlauts into wrong letters without anyone noticing. The delimiter is ``;`` or ``,``:
  whichever occurs more often in the heading row outside quotes (``;`` on a tie; a
  heading row with neither is one column). An honest rule, stated in the dialog, rather
  than ``csv.Sniffer``, which guesses from letters as well and then picks ``e`` or ``a``.
- **Excel** (.xlsx): the zip container is checked first (``files.read_office_file``:
  size, entries, compression ratio, macros), openpyxl parses with defusedxml (refused
  at import in ``decisions.py`` otherwise), read-only, the first sheet. Formulas are read
  as their formula text (``=…``), so the model refuses them instead of reading a cached
  result nobody checked.
- **Limits**: 50 MB, 100,000 rows, 200 columns, and the csv module's field limit
  (131,072 characters) per cell; beyond that the file is refused, not cut.

The participation report is small (count tables), so it is written with python-docx's
public API; the quadratic cost noted in PITFALLS matters only for the 2,000-measure draft.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from lip_desktop.export.decisions import _harmless_warnings_silenced
from lip_desktop.export.files import read_office_file
from lip_desktop.export.result import ExportResult
from lip_desktop.export.text import sanitize
from lip_desktop.model import enums
from lip_desktop.model.contributions import (
    STATUSES,
    CountRow,
    ParticipationSummary,
    ParticipationTable,
    summarize,
)
from lip_desktop.model.errors import LipError, os_error

MAX_CSV_BYTES: Final = 50 * 1024 * 1024
MAX_ROWS: Final = 100_000
MAX_COLUMNS: Final = 200
CSV_SUFFIXES: Final = frozenset({".csv", ".txt"})
EXCEL_SUFFIXES: Final = frozenset({".xlsx", ".xlsm"})


def _refuse(name: str, reason: str) -> LipError:
    return LipError("participation_file", path=name, reason=reason)


def read_participation_file(path: Path) -> ParticipationTable:
    """The table of a survey export (.csv or .xlsx), refused clearly when unusable."""
    suffix = path.suffix.lower()
    if suffix in EXCEL_SUFFIXES:
        return read_xlsx(read_office_file(path, "Excel"), path.name)
    if suffix == ".xls":
        raise _refuse(path.name, "Das alte Excel-Format (.xls) wird nicht gelesen; bitte "
                                 "als .xlsx oder .csv speichern.")
    if suffix not in CSV_SUFFIXES:
        raise _refuse(path.name, "Gelesen werden CSV-Dateien (.csv) und Excel-Dateien "
                                 "(.xlsx).")
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise _refuse(path.name, f"Die Datei ist zu groß ({size // (1024 * 1024)} MB; "
                                     f"höchstens {MAX_CSV_BYTES // (1024 * 1024)} MB).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise LipError("file_not_found", path=str(path)) from None
    except OSError as exc:
        raise os_error(exc, path, reading=True) from None
    return read_csv(data, path.name)


# --- CSV -----------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str]:
    """``(text, encoding name)``: UTF-8 with BOM, UTF-8, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(name, "Die Datei ist in UTF-16 gespeichert; bitte als „CSV UTF-8“ "
                            "oder als CSV (Windows-1252) speichern.")
    if b"\x00" in data:
        at = data.index(b"\x00")
        line = data.count(b"\n", 0, at) + 1
        raise _refuse(name, f"Die Datei ist keine Textdatei (Nullbyte an Stelle {at + 1}, "
                            f"Zeile {line}).")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 mit BOM"
        except UnicodeDecodeError as exc:
            raise _bad_byte(name, data, exc.start + 3, "UTF-8") from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise _bad_byte(name, data, exc.start, "UTF-8 noch Windows-1252") from None


def _bad_byte(name: str, data: bytes, at: int, what: str) -> LipError:
    line = data.count(b"\n", 0, at) + 1
    prefix = "weder " if " noch " in what else "kein gültiges "
    return _refuse(name, f"Die Datei ist {prefix}{what} (Byte 0x{data[at]:02X} an Stelle "
                         f"{at + 1}, Zeile {line}). Bitte als „CSV UTF-8“ speichern.")


def delimiter_of(first_line: str) -> str:
    """``;`` or ``,``: whichever occurs more often outside quotes (``;`` on a tie)."""
    counts = {";": 0, ",": 0}
    quoted = False
    for ch in first_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return "," if counts[","] > counts[";"] else ";"


def read_csv(data: bytes, name: str) -> ParticipationTable:
    """The table of a CSV export (see the module's rules)."""
    if len(data) > MAX_CSV_BYTES:
        raise _refuse(name, "Die Datei ist zu groß.")
    text, _ = decode(data, name)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(first_line))
    rows: list[tuple[str, ...]] = []
    try:
        for row in reader:
            if len(rows) > MAX_ROWS:
                raise _refuse(name, f"Die Datei hat mehr als {MAX_ROWS} Zeilen.")
            if len(row) > MAX_COLUMNS:
                raise _refuse(name, f"Zeile {reader.line_num} hat {len(row)} Spalten "
                                    f"(höchstens {MAX_COLUMNS}).")
            rows.append(tuple(row))
    except csv.Error as exc:
        reason = "ein Feld ist zu lang" if "field larger" in str(exc) else \
            "die Anführungszeichen sind nicht geschlossen"
        raise _refuse(name, f"Zeile {reader.line_num} ist nicht lesbar ({reason}).") from None
    return _table(name, rows)


def _table(name: str, rows: Sequence[tuple[str, ...]]) -> ParticipationTable:
    if not rows or not any(c.strip() for c in rows[0]):
        raise _refuse(name, "Die erste Zeile muss die Spaltenüberschriften enthalten; sie "
                            "ist leer.")
    headers = tuple(c.strip() for c in rows[0])
    width = max(len(r) for r in rows)
    headers += tuple("" for _ in range(width - len(headers)))
    return ParticipationTable(name, headers, tuple(rows[1:]), first_row=2)


# --- Excel ---------------------------------------------------------------------------


def read_xlsx(data: bytes, name: str) -> ParticipationTable:
    """The table of the first sheet of a workbook whose container was checked."""
    from openpyxl import load_workbook  # noqa: PLC0415 - start-up time

    with _harmless_warnings_silenced():
        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        except Exception as exc:  # any parser failure: the file is not a usable workbook
            raise LipError("bad_office_file", path=name, kind="Excel",
                           reason=f"nicht lesbar: {type(exc).__name__}") from exc
        try:
            ws = wb.worksheets[0]
            rows: list[tuple[str, ...]] = []
            for values in ws.iter_rows(max_col=MAX_COLUMNS, values_only=True):
                if len(rows) > MAX_ROWS:
                    raise _refuse(name, f"Die Tabelle hat mehr als {MAX_ROWS} Zeilen.")
                cells = [_cell_text(v) for v in values]
                while cells and not cells[-1]:  # read-only mode pads to ``max_col``
                    cells.pop()
                rows.append(tuple(cells))
        except LipError:
            raise
        except Exception as exc:  # a damaged sheet part
            raise LipError("bad_office_file", path=name, kind="Excel",
                           reason=f"nicht lesbar: {type(exc).__name__}") from exc
        finally:
            wb.close()
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    return _table(name, rows)


def _cell_text(value: Any) -> str:
    """A cell as text: numbers in their usual form, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "WAHR" if value else "FALSCH"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- the participation report --------------------------------------------------------

REPORT_TITLE: Final = "Bericht zur Bürgerbeteiligung"
H_SOURCES: Final = "Beiträge nach Beteiligungsschritt"
H_FIELDS: Final = "Beiträge nach Handlungsfeld"
H_CHANNELS: Final = "Beiträge nach Kanal"
H_STATUS: Final = "Was aus den Beiträgen wurde"
H_FED: Final = "Eingeflossen in Ziele und Maßnahmen"
TOTAL: Final = "gesamt"


def write_participation_report(doc: dict[str, Any]) -> ExportResult:
    """The participation report (Word) of an interchange document: counts per source,
    action field and channel, each split by what became of the contributions."""
    import docx  # noqa: PLC0415 - start-up time

    summary = summarize(doc)
    warnings: list[str] = []
    document = docx.Document()
    document.core_properties.title = REPORT_TITLE
    document.core_properties.language = "de-DE"
    document.add_paragraph(REPORT_TITLE, style="Title")
    if summary.title:
        document.add_paragraph(_clean(summary.title, warnings, "Katalogtitel"))
    document.add_paragraph(_total_line(summary))
    _count_table(document, H_SOURCES, "Beteiligungsschritt", summary.by_source, warnings)
    _count_table(document, H_FIELDS, "Handlungsfeld", summary.by_field, warnings)
    _count_table(document, H_CHANNELS, "Kanal", summary.by_channel, warnings)
    document.add_heading(H_STATUS, level=1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _row(table, ("Status", "Beiträge"), header=True)
    for status in STATUSES:
        _row(table, (enums.CONTRIBUTION_STATUS[status], str(summary.by_status[status])))
    _row(table, (TOTAL, str(summary.total)))
    document.add_heading(H_FED, level=1)
    if summary.fed:
        table = document.add_table(rows=1, cols=2)
        table.style = "Table Grid"
        _row(table, ("Ziel oder Maßnahme", "Beiträge"), header=True)
        for label, count in summary.fed:
            _row(table, (_clean(label, warnings, "Ziel oder Maßnahme"), str(count)))
    else:
        document.add_paragraph("Noch kein Beitrag ist mit einem Ziel oder einer Maßnahme "
                               "verknüpft.")
    out = io.BytesIO()
    document.save(out)
    return ExportResult(out.getvalue(), warnings)


def _total_line(summary: ParticipationSummary) -> str:
    n = summary.total
    sources = len(summary.by_source)
    return (f"{n} {'Beitrag' if n == 1 else 'Beiträge'} aus {sources} "
            f"{'Beteiligungsschritt' if sources == 1 else 'Beteiligungsschritten'}.")


def _count_table(document: Any, heading: str, first: str, rows: Iterable[CountRow],
                 warnings: list[str]) -> None:
    document.add_heading(heading, level=1)
    rows = list(rows)
    if not rows:
        document.add_paragraph("Keine Beiträge.")
        return
    table = document.add_table(rows=1, cols=len(STATUSES) + 2)
    table.style = "Table Grid"
    _row(table, (first, *(enums.CONTRIBUTION_STATUS[s] for s in STATUSES), TOTAL),
         header=True)
    for r in rows:
        _row(table, (_clean(r.label, warnings, first),
                     *(str(r.by_status.get(s, 0)) for s in STATUSES), str(r.total)))


def _row(table: Any, cells: Sequence[str], *, header: bool = False) -> None:
    row = table.rows[0] if header else table.add_row()
    for cell, text in zip(row.cells, cells, strict=True):
        cell.text = text
        if header:
            for run in cell.paragraphs[0].runs:
                run.bold = True


def _clean(text: str, warnings: list[str], what: str) -> str:
    cleaned, removed = sanitize(text)
    if removed:
        warnings.append(f"{what} „{cleaned[:40]}“: {removed} unzulässige Zeichen entfernt.")
    return cleaned


def verify_participation_report(data: bytes) -> None:
    """Read a built report back before it replaces a file: it opens, and it has the
    title and the count tables."""
    import docx  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # whatever breaks here, the document is unusable
        raise LipError("bad_office_file", path="Export", kind="Word",
                       reason=f"lässt sich nicht öffnen: {type(exc).__name__}") from None
    texts = [p.text for p in document.paragraphs]
    if not texts or texts[0] != REPORT_TITLE or H_STATUS not in texts:
        raise LipError("bad_office_file", path="Export", kind="Word",
                       reason="Titel oder Zähltabellen fehlen")
