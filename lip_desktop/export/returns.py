"""Return sheets for the departments ("Abfrage an Fachbereiche"): out and back in.

Once a year every responsible unit receives one workbook with its measures (last year's
status and report, a drop-down for this year's status, a text column for this year's
report) and one row per indicator for this year's value. The sheets are protected so that
only the yellow answer cells take input; the record ids (hidden column), the catalogue id
(hidden row) and the reporting year (Info sheet) are cells, since openpyxl and spreadsheet
programs keep cells and drop custom parts (see PITFALLS).

Reading back: the file is untrusted. ``files.read_office_file`` has checked the zip
container; openpyxl parses the XML with ``defusedxml`` (checked in ``decisions.py``, which
this module imports). Columns are found by their heading, so a department may sort,
filter or move them. Every cell that cannot be read is named (sheet, row, column, why)
and the whole file is refused; whether the rows still match the catalogue is decided in
the model (``model.returns.check_returns``).

Which measures are asked about: those adopted (status "vereinbart") or with an
implementation state. Their unit is the state's responsible unit, else the lead.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lip_desktop.export.decisions import _harmless_warnings_silenced
from lip_desktop.export.excel import CELL_LIMIT, FORMULA_TRIGGERS, TRUNCATION_MARKER
from lip_desktop.export.files import release_workbook, write_verified
from lip_desktop.export.result import ExportResult
from lip_desktop.export.text import clean, sanitize
from lip_desktop.model import enums
from lip_desktop.model.errors import CancelledError, InterchangeError, LipError
from lip_desktop.model.returns import (
    IndicatorAnswer,
    MeasureAnswer,
    ReturnSheet,
    cell_problem,
)

SHEET_MEASURES: Final = "Maßnahmen"
SHEET_INDICATORS: Final = "Indikatoren"
SHEET_INFO: Final = "Info"
SHEETS: Final = (SHEET_MEASURES, SHEET_INDICATORS, SHEET_INFO)

COL_CODE: Final = "Kennung"
COL_TITLE: Final = "Maßnahme"
COL_LEAD: Final = "Federführung"
COL_INDICATOR: Final = "Indikator"
COL_UNIT: Final = "Einheit"
COL_BASELINE: Final = "Ausgangswert"
COL_TARGET: Final = "Zielwert"
COL_TARGET_YEAR: Final = "Zieljahr"
COL_ID: Final = "Datensatz-ID"

INFO_CATALOGUE: Final = "Katalog"
INFO_CATALOGUE_ID: Final = "Katalog-ID"
INFO_YEAR: Final = "Berichtsjahr"
INFO_UNIT: Final = "Verantwortlich"

#: Units without a lead are asked under this name.
NO_UNIT: Final = "ohne Federführung"
HEADER_SEARCH_ROWS: Final = 20


def status_column(year: int) -> str:
    return f"Status {year}"


def report_column(year: int) -> str:
    return f"Bericht {year}"


def value_column(year: int) -> str:
    return f"Wert {year}"


_SPACES: Final = re.compile(r"\s+")
_STATUS_LABELS: Final = tuple(enums.IMPLEMENTATION_STATUS.values())


def _norm(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


_LABEL_TO_STATUS: Final = {_norm(label): key for key, label in enums.IMPLEMENTATION_STATUS.items()}
_UNSAFE_IN_NAME: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_HEADER_FILL: Final = "FF305496"
_INPUT_FILL: Final = "FFFFF2CC"
_GRID: Final = "FFBFBFBF"


@dataclass(frozen=True, slots=True)
class ReturnFile:
    """One unit's workbook: its suggested file name and bytes."""

    unit: str
    file_name: str
    data: bytes
    measures: int
    indicators: int


def asked_measures(doc: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    """Measures to ask about, per responsible unit (units sorted, measures in catalogue
    order)."""
    out: defaultdict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for m in doc.get("measures") or []:
        impl = m.get("implementation")
        if impl is None and m.get("status") != "agreed":
            continue
        unit = ((impl or {}).get("responsible") or "").strip() or (m.get("lead") or "").strip()
        out[unit or NO_UNIT].append(m)
    return {unit: out[unit] for unit in sorted(out, key=_norm)}


def file_name(year: int, unit: str, taken: set[str]) -> str:
    """``Abfrage 2025 – Fachbereich Schule.xlsx``: safe on Windows, unique in the folder."""
    stem = _UNSAFE_IN_NAME.sub("-", clean(unit)).strip(" .")[:80] or "Einheit"
    name = f"Abfrage {year} – {stem}.xlsx"
    n = 2
    while name.casefold() in taken:
        name = f"Abfrage {year} – {stem} ({n}).xlsx"
        n += 1
    taken.add(name.casefold())
    return name


def build_return_sheets(doc: Mapping[str, Any], year: int, *, now: datetime | None = None,
                        progress: Callable[[int, int], bool] | None = None
                        ) -> tuple[list[ReturnFile], list[str]]:
    """One workbook per responsible unit, and the warnings of all of them.

    ``progress(done, total)`` is called per unit; returning ``False`` cancels with
    :class:`CancelledError` (nothing is returned, so nothing is written).
    """
    now = (now or datetime.now()).replace(microsecond=0)
    files: list[ReturnFile] = []
    warnings: list[str] = []
    taken: set[str] = set()
    asked = asked_measures(doc)
    for done, (unit, measures) in enumerate(asked.items()):
        if progress is not None and progress(done, len(asked)) is False:
            raise CancelledError()
        builder = _Builder(doc, year, unit, measures, now)
        result = builder.build()
        warnings.extend(f"{unit}: {w}" for w in result.warnings)
        files.append(ReturnFile(unit, file_name(year, unit, taken), result.data,
                                len(measures), builder.indicator_count))
    return files, warnings


def write_return_files(folder: Path, files: Sequence[ReturnFile], *,
                       protected: Iterable[Path | str] = ()) -> list[Path]:
    """Write every workbook into ``folder`` (created if needed), each verified.

    Files that already exist are never overwritten, since they may hold a department's
    answers: when any target exists, ``LipError("already_exists")`` names it and
    nothing is written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        if (folder / f.file_name).exists():
            raise LipError("already_exists", path=str(folder / f.file_name))
    written = []
    for f in files:
        write_verified(folder / f.file_name, f.data, verify_return_sheet, protected=protected)
        written.append(folder / f.file_name)
    return written


class _Builder:
    def __init__(self, doc: Mapping[str, Any], year: int, unit: str,
                 measures: Sequence[Mapping[str, Any]], now: datetime) -> None:
        self.doc, self.year, self.unit, self.measures, self.now = doc, year, unit, measures, now
        self.warnings: list[str] = []
        self.wb = Workbook()
        self._styles()
        ids = {m["id"] for m in measures}
        self.reports: dict[tuple[str, int], Mapping[str, Any]] = {
            (r["measure_id"], r["year"]): r for r in doc.get("progress_reports") or []
            if r["measure_id"] in ids}
        self.indicators = [i for i in doc.get("indicators") or [] if i["measure_id"] in ids]
        self.indicator_count = len(self.indicators)
        self.values: dict[tuple[str, int], float] = {
            (v["indicator_id"], v["year"]): v["value"] for v in doc.get("indicator_values") or []}

    def _styles(self) -> None:
        grid = Side(style="thin", color=_GRID)
        border = Border(left=grid, right=grid, top=grid, bottom=grid)
        top_wrap = Alignment(vertical="top", wrap_text=True)
        for name, attrs in {
            "text": {"alignment": top_wrap},
            "input": {"alignment": top_wrap, "border": border,
                      "fill": PatternFill("solid", start_color=_INPUT_FILL),
                      "protection": Protection(locked=False)},
            "header": {"alignment": Alignment(vertical="center", wrap_text=True),
                       "border": border, "font": Font(name="Calibri", bold=True,
                                                      color="FFFFFFFF"),
                       "fill": PatternFill("solid", start_color=_HEADER_FILL)},
            "label": {"font": Font(name="Calibri", bold=True), "alignment": top_wrap},
            "title": {"font": Font(name="Calibri", bold=True, size=14)},
        }.items():
            attrs.setdefault("font", Font(name="Calibri", size=11))
            self.wb.add_named_style(NamedStyle(name=f"LIP Abfrage {name}", **attrs))

    def _cell(self, ws: Worksheet, row: int, col: int, value: Any, style: str,
              where: str, column: str) -> None:
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            text, removed = sanitize(value)
            if removed:
                self.warnings.append(f"{where}, Spalte „{column}“: {removed} unzulässige "
                                     f"Steuerzeichen entfernt.")
            if len(text.encode("utf-16-le")) // 2 > CELL_LIMIT:
                text = text[:CELL_LIMIT // 2 - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
                self.warnings.append(f"{where}, Spalte „{column}“: Text gekürzt (Grenze von "
                                     f"Excel), erkennbar an „{TRUNCATION_MARKER}“.")
            cell.value = text
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cell.style = f"LIP Abfrage {style}"
            if text.startswith(FORMULA_TRIGGERS):
                cell.quotePrefix = True
            return
        cell.value = value
        cell.style = f"LIP Abfrage {style}"

    def _table(self, ws: Worksheet, headers: Sequence[tuple[str, float, str]],
               rows: Sequence[tuple[str, Sequence[Any]]]) -> None:
        """Header row, data rows (``(where, values)``), widths, the hidden id column
        (last), frozen header, protection."""
        for col, (header, width, _) in enumerate(headers, start=1):
            self._cell(ws, 1, col, header, "header", "Kopfzeile", header)
            ws.column_dimensions[get_column_letter(col)].width = width
        for r, (where, values) in enumerate(rows, start=2):
            for col, ((header, _, style), value) in enumerate(zip(headers, values,
                                                                  strict=True), start=1):
                if value is None and style != "input":
                    continue
                self._cell(ws, r, col, value, style, where, header)
        ws.column_dimensions[get_column_letter(len(headers))].hidden = True
        ws.freeze_panes = "A2"
        if rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        protection = ws.protection
        protection.sheet = True
        protection.sort = protection.autoFilter = False
        protection.formatColumns = protection.formatRows = protection.formatCells = False
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"

    def build(self) -> ExportResult:
        label = enums.IMPLEMENTATION_STATUS
        last, year = self.year - 1, self.year
        ws = self.wb.active
        assert isinstance(ws, Worksheet)
        ws.title = SHEET_MEASURES
        rows = []
        for m in self.measures:
            before = self.reports.get((m["id"], last)) or {}
            now = self.reports.get((m["id"], year)) or {}
            rows.append((f"Maßnahme {m.get('code') or ''}".strip(), (
                m.get("code") or "", m.get("title") or "", m.get("lead") or "",
                label.get(before.get("status") or "", None), before.get("text") or None,
                label.get(now.get("status") or "", None), now.get("text") or None, m["id"])))
        self._table(ws, (
            (COL_CODE, 12, "text"), (COL_TITLE, 40, "text"), (COL_LEAD, 22, "text"),
            (status_column(last), 18, "text"), (report_column(last), 40, "text"),
            (status_column(year), 22, "input"), (report_column(year), 50, "input"),
            (COL_ID, 38, "text")), rows)
        if rows:
            dv = DataValidation(
                type="list", formula1='"' + ",".join(_STATUS_LABELS) + '"', allow_blank=True,
                showErrorMessage=True, errorStyle="stop", errorTitle="Status",
                error="Bitte einen Status aus der Liste wählen oder leer lassen.",
                showInputMessage=True, promptTitle=status_column(year),
                prompt="Stand der Umsetzung Ende " + str(year))
            dv.add(f"F2:F{len(rows) + 1}")
            ws.add_data_validation(dv)

        wi = self.wb.create_sheet(SHEET_INDICATORS)
        code_of = {m["id"]: m.get("code") or "" for m in self.measures}
        irows = []
        for ind in self.indicators:
            irows.append((f"Indikator {ind.get('name') or ''}", (
                code_of.get(ind["measure_id"], ""), ind.get("name") or "",
                ind.get("unit") or "", ind.get("baseline"), ind.get("target"),
                ind.get("target_year"), self.values.get((ind["id"], last)),
                self.values.get((ind["id"], year)), ind["id"])))
        self._table(wi, (
            (COL_CODE, 12, "text"), (COL_INDICATOR, 40, "text"), (COL_UNIT, 12, "text"),
            (COL_BASELINE, 12, "text"), (COL_TARGET, 12, "text"), (COL_TARGET_YEAR, 10, "text"),
            (value_column(last), 12, "text"), (value_column(year), 14, "input"),
            (COL_ID, 38, "text")), irows)
        if irows:
            dv = DataValidation(type="decimal", operator="between", formula1="-1E+15",
                                formula2="1E+15", allow_blank=True, showErrorMessage=True,
                                errorStyle="stop", errorTitle="Wert",
                                error="Bitte nur eine Zahl eintragen (z. B. 71,5).")
            dv.add(f"H2:H{len(irows) + 1}")
            wi.add_data_validation(dv)
        self._info(self.wb.create_sheet(SHEET_INFO))
        props = self.wb.properties
        props.title = f"Abfrage {year}: {clean(self.unit)}"[:250]
        props.creator = props.lastModifiedBy = "LIP Desktop"
        props.created = props.modified = self.now
        props.language = "de-DE"
        props.identifier = str((self.doc.get("catalogue") or {}).get("id") or "") or None
        out = io.BytesIO()
        self.wb.save(out)
        release_workbook(self.wb)
        return ExportResult(out.getvalue(), self.warnings)

    def _info(self, ws: Worksheet) -> None:
        cat = self.doc.get("catalogue") or {}
        self._cell(ws, 1, 1, f"Abfrage zur Umsetzung {self.year}", "title", "Info", "A")
        lines: list[tuple[str, Any]] = [
            (INFO_CATALOGUE, cat.get("title") or ""),
            (INFO_CATALOGUE_ID, cat.get("id") or ""),
            (INFO_YEAR, self.year),
            (INFO_UNIT, self.unit),
            ("Erstellt am", self.now.strftime("%d.%m.%Y")),
            ("", ""),
            ("So antworten Sie", f"Im Blatt „{SHEET_MEASURES}“ je Maßnahme den Stand Ende "
                                 f"{self.year} aus der Liste wählen und kurz berichten; im "
                                 f"Blatt „{SHEET_INDICATORS}“ den Wert {self.year} als Zahl "
                                 f"eintragen. Nur die gelben Zellen sind änderbar. Leere "
                                 f"Zellen lassen den bisherigen Stand unverändert."),
        ]
        lines += [("Status" if i == 0 else "", lab)
                  for i, lab in enumerate(enums.IMPLEMENTATION_STATUS.values())]
        for r, (label, value) in enumerate(lines, start=3):
            self._cell(ws, r, 1, label, "label", "Info", "A")
            self._cell(ws, r, 2, value, "text", "Info", "B")
            if label == INFO_CATALOGUE_ID:
                ws.row_dimensions[r].hidden = True
        ws.column_dimensions["A"].width = 22
        ws.column_dimensions["B"].width = 90
        ws.protection.sheet = True


def verify_return_sheet(data: bytes) -> None:
    """Read a written workbook back as a returned one would be (sheets, header rows,
    year); runs before the file is written, so a broken export never replaces a file."""
    try:
        read_return_sheet(data, "Export")
    except LipError as exc:
        raise LipError("bad_office_file", path="Export", kind="Excel",
                       reason=f"lässt sich nicht wieder lesen: {exc.message}") from exc


# --- reading back ---------------------------------------------------------------------


def read_return_sheet(data: bytes, source_name: str) -> ReturnSheet:
    """The answers of a returned workbook; every unreadable cell refused by name.

    Raises ``LipError("bad_office_file")`` when a sheet, the Info rows or a required
    column is missing, ``InterchangeError`` listing every cell that cannot be read (an
    unknown status, a value that is not a number, a row without its record id).
    """
    def bad_file(reason: str) -> LipError:
        return LipError("bad_office_file", path=source_name, kind="Excel", reason=reason)

    with _harmless_warnings_silenced():
        try:
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as exc:  # any parser failure: not a usable workbook
            raise bad_file(f"nicht lesbar: {type(exc).__name__}") from exc
        try:
            return _read(wb, bad_file)
        finally:
            wb.close()


def _sheet(wb: Any, name: str, bad_file: Any) -> Any:
    found = next((n for n in wb.sheetnames if _norm(n) == _norm(name)), None)
    if found is None or not hasattr(wb[found], "iter_rows"):
        raise bad_file(f"das Blatt „{name}“ fehlt")
    ws = wb[found]
    ws.reset_dimensions()
    return ws


def _info(wb: Any, bad_file: Any) -> dict[str, Any]:
    ws = _sheet(wb, SHEET_INFO, bad_file)
    labels = {_norm(x): x for x in (INFO_CATALOGUE, INFO_CATALOGUE_ID, INFO_YEAR, INFO_UNIT)}
    found: dict[str, Any] = {}
    for number, row in enumerate(ws.iter_rows(max_col=2, values_only=True), start=1):
        if row and isinstance(row[0], str) and _norm(row[0]) in labels:
            found.setdefault(labels[_norm(row[0])], row[1] if len(row) > 1 else None)
        if number > HEADER_SEARCH_ROWS:
            break
    return found


def _columns(ws: Any, name: str, wanted: Sequence[str], bad_file: Any
             ) -> tuple[Any, dict[str, int], int]:
    rows = ws.iter_rows(values_only=True)
    keys = {_norm(w): w for w in wanted}
    for number, row in enumerate(rows, start=1):
        found = {keys[_norm(v)]: i for i, v in enumerate(row)
                 if isinstance(v, str) and _norm(v) in keys}
        if COL_ID in found:
            missing = [w for w in wanted if w not in found]
            if missing:
                raise bad_file(f"im Blatt „{name}“ fehlt die Spalte „{missing[0]}“")
            return rows, found, number
        if number >= HEADER_SEARCH_ROWS:
            break
    raise bad_file(f"im Blatt „{name}“ fehlt die Kopfzeile mit der Spalte „{COL_ID}“")


def _read(wb: Any, bad_file: Any) -> ReturnSheet:
    info = _info(wb, bad_file)
    raw_year = info.get(INFO_YEAR)
    if isinstance(raw_year, float) and raw_year.is_integer():
        raw_year = int(raw_year)
    year = raw_year if isinstance(raw_year, int) and not isinstance(raw_year, bool) else None
    if year is None:
        raise bad_file(f"im Blatt „{SHEET_INFO}“ fehlt das {INFO_YEAR}")
    problems: list[LipError] = []
    measures = _read_measures(wb, year, bad_file, problems)
    indicators = _read_indicators(wb, year, bad_file, problems)
    if problems:
        raise InterchangeError(problems)
    return ReturnSheet(_text(info.get(INFO_CATALOGUE_ID)), _text(info.get(INFO_CATALOGUE)),
                       year, _text(info.get(INFO_UNIT)) or "", tuple(measures),
                       tuple(indicators))


def _read_measures(wb: Any, year: int, bad_file: Any, problems: list[LipError]
                   ) -> list[MeasureAnswer]:
    ws = _sheet(wb, SHEET_MEASURES, bad_file)
    s_col, r_col = status_column(year), report_column(year)
    rows, cols, header = _columns(ws, SHEET_MEASURES, (COL_ID, COL_CODE, COL_TITLE, s_col,
                                                       r_col), bad_file)
    out: list[MeasureAnswer] = []
    seen: dict[str, MeasureAnswer] = {}
    for number, row in enumerate(rows, start=header + 1):
        measure_id = _text(_at(row, cols[COL_ID]))
        raw_status, raw_text = _at(row, cols[s_col]), _at(row, cols[r_col])
        label, text = _text(raw_status), _report(raw_text)
        if label is None and text is None:
            continue
        if measure_id is None:
            problems.append(cell_problem(SHEET_MEASURES, number, COL_ID,
                                         "die Zeile hat keine Datensatz-ID (nicht aus der "
                                         "Abfrage); bitte nur die gelben Zellen ausfüllen",
                                         "measure_id"))
            continue
        status = None
        if label is not None:
            status = _LABEL_TO_STATUS.get(_norm(label))
            if status is None:
                problems.append(cell_problem(
                    SHEET_MEASURES, number, s_col,
                    f"„{label[:60]}“ ist kein Status (erlaubt: {', '.join(_STATUS_LABELS)})",
                    "status"))
                continue
        answer = MeasureAnswer(SHEET_MEASURES, number, measure_id.lower(),
                               _text(_at(row, cols[COL_CODE])) or "",
                               _text(_at(row, cols[COL_TITLE])) or "", status, text,
                               status_column=s_col, id_column=COL_ID)
        earlier = seen.get(answer.measure_id)
        if earlier is not None:
            if (earlier.status, earlier.text) != (answer.status, answer.text):
                problems.append(cell_problem(
                    SHEET_MEASURES, number, s_col,
                    f"dieselbe Maßnahme steht schon in Zeile {earlier.row} mit anderer "
                    f"Antwort", "measure_id"))
            continue
        seen[answer.measure_id] = answer
        out.append(answer)
    return out


def _read_indicators(wb: Any, year: int, bad_file: Any, problems: list[LipError]
                     ) -> list[IndicatorAnswer]:
    ws = _sheet(wb, SHEET_INDICATORS, bad_file)
    v_col = value_column(year)
    rows, cols, header = _columns(ws, SHEET_INDICATORS, (COL_ID, COL_INDICATOR, v_col),
                                  bad_file)
    out: list[IndicatorAnswer] = []
    seen: dict[str, IndicatorAnswer] = {}
    for number, row in enumerate(rows, start=header + 1):
        raw = _at(row, cols[v_col])
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        indicator_id = _text(_at(row, cols[COL_ID]))
        if indicator_id is None:
            problems.append(cell_problem(SHEET_INDICATORS, number, COL_ID,
                                         "die Zeile hat keine Datensatz-ID (nicht aus der "
                                         "Abfrage)", "indicator_id"))
            continue
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            shown = str(raw)[:40]
            problems.append(cell_problem(
                SHEET_INDICATORS, number, v_col,
                f"„{shown}“ ist keine Zahl; bitte nur die Zahl eintragen (z. B. 71,5)", "value"))
            continue
        if abs(raw) > 1e15 or raw != raw:  # noqa: PLR0124 - NaN check
            problems.append(cell_problem(SHEET_INDICATORS, number, v_col,
                                         f"{raw} ist zu groß", "value"))
            continue
        answer = IndicatorAnswer(SHEET_INDICATORS, number, indicator_id.lower(),
                                 _text(_at(row, cols[COL_INDICATOR])) or "", float(raw),
                                 id_column=COL_ID)
        earlier = seen.get(answer.indicator_id)
        if earlier is not None:
            if earlier.value != answer.value:
                problems.append(cell_problem(
                    SHEET_INDICATORS, number, v_col,
                    f"derselbe Indikator steht schon in Zeile {earlier.row} mit anderem Wert",
                    "indicator_id"))
            continue
        seen[answer.indicator_id] = answer
        out.append(answer)
    return out


def _at(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if index < len(row) else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _report(value: Any) -> str | None:
    """A report as written (only blank is "no report"): stripping would make an unchanged
    file differ from what it was filled from."""
    if _text(value) is None:
        return None
    return value if isinstance(value, str) else _text(value)
