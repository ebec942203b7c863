"""The measure list for the steering group (Lenkungsgruppe) as an Excel workbook.

The steering group receives one row per measure, decides per measure in the column
"Votum Lenkungsgruppe" and sends the file back; ``decisions.py`` reads it again by the
column names defined here. The workbook must open cleanly in Excel and LibreOffice on
German Windows machines, print sensibly and never execute anything a user typed:

- Every text cell is stored as a string (``data_type = "s"``). openpyxl turns any text
  starting with "=" into a formula and "#N/A" and friends into error values, so the type
  is forced after assignment. Text that Excel would re-read as a formula once a user
  edits the cell (leading ``= + - @``, tab, CR) also gets ``quotePrefix``.
- Characters XML forbids are removed (openpyxl raises on some and writes a broken file
  on others), text over Excel's 32,767 characters per cell is cut with a visible marker;
  both are reported as warnings naming the measure and the column, never silently.
- No cell holds a formula at all: the overview's numbers are computed here.

Speed and memory: 21,000 measures × 19 columns are 400,000 cells. The workbook is
written in openpyxl's write-only mode: each row is streamed to a temporary file as it is
appended, so no cell is kept until the save (the in-memory mode held them all, and its
save walked them again). Everything the list has works in that mode when it is set in
the right order: column widths, hidden columns and the frozen header go out with the
sheet's head, before the first row; a row's height or hidden flag before that row; the
table, drop-down, protection, print setup and chart at the end. Assigning
``Font``/``Alignment`` objects per cell would cost a style-table lookup each; instead every
column gets a named style once and cells are created with that style array.
"""

from __future__ import annotations

import io
import math
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from lip_desktop.export.files import discard_workbook
from lip_desktop.export.result import ExportResult
from lip_desktop.export.text import clean, sanitize
from lip_desktop.model import collector, enums, vote_wording, voting
from lip_desktop.model.errors import CancelledError, LipError

# --- names shared with the importer (decisions.py) -------------------------------------

SHEET_MEASURES: Final = "Maßnahmen"
SHEET_INDICATORS: Final = "Indikatoren"
SHEET_OVERVIEW: Final = "Übersicht"
SHEET_INFO: Final = "Info"
SHEETS: Final = (SHEET_MEASURES, SHEET_INDICATORS, SHEET_OVERVIEW, SHEET_INFO)

COL_CODE: Final = "Kennung"
COL_FIELD: Final = "Handlungsfeld"
COL_GOAL: Final = "Ziel"
COL_TITLE: Final = "Maßnahme"
COL_DESCRIPTION: Final = "Beschreibung"
COL_LEAD: Final = "Federführung"
COL_PARTNERS: Final = "Kooperationspartner"
COL_TARGET_GROUPS: Final = "Zielgruppe"
COL_START: Final = "Beginn"
COL_END: Final = "Ende"
COL_KIND: Final = "Art"
COL_COST: Final = "Kosten (EUR)"
COL_STATUS: Final = "Status"
COL_PRIORITY: Final = "Priorität"
COL_INDICATORS: Final = "Indikatoren"
COL_VOTE: Final = "Abstimmung"
COL_DECISION: Final = "Votum Lenkungsgruppe"
COL_NOTE: Final = "Anmerkung Lenkungsgruppe"

COL_ID: Final = "Datensatz-ID"
#: Table column names must be unique in Excel, hence two distinct "Jahr" headings.
COL_INDICATOR: Final = "Indikator"
COL_DEFINITION: Final = "Definition"
COL_UNIT: Final = "Einheit"
COL_BASELINE: Final = "Ausgangswert"
COL_BASELINE_YEAR: Final = "Ausgangsjahr"
COL_TARGET: Final = "Zielwert"
COL_TARGET_YEAR: Final = "Zieljahr"
COL_SOURCE: Final = "Quelle"
COL_FREQUENCY: Final = "Erhebung"
# --- the columns, declared once ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a list, declared once: everything else (header row, styles, widths,
    the table, print area, the importer's lookup) is read from these.

    ``value`` gets the row's source (``_MeasureLine`` or ``_IndicatorLine``) and returns
    the cell value. ``printed``: part of the printed page (printed columns come first,
    so the print area is the columns up to the last printed one). ``hidden``: not shown
    (the record id). Cells are protected by the sheet protection except those of the
    "input" style (the steering group's two columns).
    """

    header: str
    style: str
    width: float
    value: Callable[[Any], Any]
    printed: bool = False
    hidden: bool = False
    returned: bool = False  # read back by the importer (``decisions.py``)


@dataclass(frozen=True, slots=True)
class _MeasureLine:
    """What one measure row is built from (looked up once per measure)."""

    m: Mapping[str, Any]
    field: str
    goal: str
    indicators: str
    vote: str


@dataclass(frozen=True, slots=True)
class _IndicatorLine:
    code: str
    title: str
    ind: Mapping[str, Any]


def _get(key: str) -> Callable[[Any], Any]:
    return lambda line: line.m.get(key) or ""


#: The measure sheet: the printed selection first (what the steering group reads and
#: decides on), then the details for the screen, then the hidden record id.
MEASURE_SHEET: Final[tuple[Column, ...]] = (
    Column(COL_CODE, "short", 11, _get("code"), printed=True, returned=True),
    Column(COL_TITLE, "text", 26, _get("title"), printed=True, returned=True),
    Column(COL_DESCRIPTION, "text", 50, _get("description"), printed=True),
    Column(COL_STATUS, "text", 14,
           lambda line: enums.label(enums.STATUS, line.m.get("status"), ""), printed=True),
    Column(COL_VOTE, "text", 24, lambda line: line.vote, printed=True),
    Column(COL_DECISION, "input", 18,
           lambda line: enums.label(enums.STEERING_DECISION, line.m.get("steering_decision"),
                                    ""), printed=True, returned=True),
    Column(COL_NOTE, "input", 30, _get("steering_note"), printed=True, returned=True),
    Column(COL_FIELD, "text", 14, lambda line: line.field),
    Column(COL_GOAL, "text", 22, lambda line: line.goal),
    Column(COL_LEAD, "text", 18, _get("lead")),
    Column(COL_PARTNERS, "text", 24, lambda line: "\n".join(line.m.get("partners") or ())),
    Column(COL_TARGET_GROUPS, "text", 18,
           lambda line: "\n".join(line.m.get("target_groups") or ())),
    Column(COL_START, "month", 9, lambda line: _when(line.m.get("start"))),
    Column(COL_END, "month", 9, lambda line: _when(line.m.get("end"))),
    Column(COL_KIND, "text", 14, lambda line: enums.label(enums.KIND, line.m.get("kind"), "")),
    Column(COL_COST, "euro", 14, lambda line: _cost(line.m.get("cost_eur"))),
    Column(COL_PRIORITY, "short", 9, lambda line: _priority(line.m.get("priority"))),
    Column(COL_INDICATORS, "text", 32, lambda line: line.indicators),
    Column(COL_ID, "short", 38, lambda line: line.m["id"], hidden=True, returned=True),
)
MEASURE_COLUMNS: Final = tuple(c.header for c in MEASURE_SHEET)

#: The indicator sheet (one row per indicator, all printed).
INDICATOR_SHEET: Final[tuple[Column, ...]] = (
    Column(COL_CODE, "short", 12, lambda line: line.code, printed=True),
    Column(COL_TITLE, "text", 30, lambda line: line.title, printed=True),
    Column(COL_INDICATOR, "text", 26, lambda line: line.ind.get("name") or "", printed=True),
    Column(COL_DEFINITION, "text", 40, lambda line: line.ind.get("definition") or "",
           printed=True),
    Column(COL_UNIT, "text", 12, lambda line: line.ind.get("unit") or "", printed=True),
    Column(COL_BASELINE, "number", 13, lambda line: line.ind.get("baseline"), printed=True),
    Column(COL_BASELINE_YEAR, "number", 12, lambda line: line.ind.get("baseline_year"),
           printed=True),
    Column(COL_TARGET, "number", 11, lambda line: line.ind.get("target"), printed=True),
    Column(COL_TARGET_YEAR, "number", 9, lambda line: line.ind.get("target_year"),
           printed=True),
    Column(COL_SOURCE, "text", 22, lambda line: line.ind.get("source") or "", printed=True),
    Column(COL_FREQUENCY, "text", 14, lambda line: line.ind.get("frequency") or "",
           printed=True),
)
INDICATOR_COLUMNS: Final = tuple(c.header for c in INDICATOR_SHEET)
#: The Info sheet's label of the hidden row holding the catalogue id (read back by the
#: importer: a list from another catalogue is refused).
INFO_CATALOGUE_ID: Final = "Katalog-ID"
INFO_CATALOGUE: Final = "Katalog"

#: The drop-down of the decision column: exactly the German labels, in this order.
DECISION_LABELS: Final = tuple(enums.STEERING_DECISION.values())

# --- formats and limits ----------------------------------------------------------------

EURO_FORMAT: Final = "#,##0.00 €"
MONTH_FORMAT: Final = "MM/YYYY"
DATE_FORMAT: Final = "DD.MM.YYYY"
STAMP_FORMAT: Final = "DD.MM.YYYY hh:mm"
#: Excel's limit per cell, in UTF-16 code units.
CELL_LIMIT: Final = 32_767
TRUNCATION_MARKER: Final = "… [gekürzt]"
#: Leading characters that make Excel (or LibreOffice) read a cell as a formula on edit.
FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
#: How often (in rows) the progress callback is asked whether to go on.
PROGRESS_EVERY: Final = 250

_FONT: Final = "Calibri"
_TABLE_STYLE: Final = "TableStyleMedium2"
_HEADER_FILL: Final = "FF305496"
_INPUT_FILL: Final = "FFFFF2CC"
_GRID: Final = "FFBFBFBF"
_OVERVIEW_FIRST_WIDTH: Final = 40.0
_OVERVIEW_WIDTH: Final = 15.0
_INFO_WIDTHS: Final = (24.0, 95.0)
#: Styles that show on empty cells too (fill, border); other empty cells stay unstyled.
_STYLED_WHEN_EMPTY: Final = frozenset({"input", "header", "cell", "sum", "cell_euro",
                                       "sum_euro"})
_WRAPPED: Final = frozenset({"text", "input", "header", "plain", "label"})
_LINE_HEIGHT: Final = 15.0
_MAX_ROW_HEIGHT: Final = 409.0  # Excel's maximum
#: Characters per column width unit: average German prose in Calibri 11 is narrower than
#: the digit "0" the width is measured in; word wrapping loses some of that again.
_CHARS_PER_WIDTH: Final = 1.1
#: Column letters of the widest row the list writes (and some to spare).
_LETTERS: Final = tuple(get_column_letter(i) for i in range(1, 65))
_YEAR_MONTH: Final = re.compile(r"^(\d{4})-(\d{2})$")
_FULL_DATE: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")

#: What the labels mean, for the Info sheet (keys as in ``enums``; missing ones show the label).
_STATUS_HELP: Final[Mapping[str, str]] = {
    "draft": "Vorschlag, in der Expert*innengruppe noch nicht abschließend beraten",
    "in_discussion": "wird in der Expert*innengruppe beraten",
    "agreed": "von der Expert*innengruppe vereinbart",
    "deferred": "vorerst zurückgestellt, wird später wieder aufgegriffen",
    "rejected": "von der Expert*innengruppe nicht empfohlen",
}
_KIND_HELP: Final[Mapping[str, str]] = {
    "permanent": "dauerhafte Aufgabe in der Regelstruktur von Verwaltung oder Trägern",
    "time_limited": "zeitlich befristetes Projekt; ob es verstetigt wird, ist offen",
    "review": "die Verwaltung prüft, ob und wie die Maßnahme umgesetzt werden kann",
}
_DECISION_HELP: Final[Mapping[str, str]] = {
    "approved": "Die Lenkungsgruppe stimmt der Maßnahme zu.",
    "revise": "Die Maßnahme geht mit Hinweisen (Anmerkung) zur Überarbeitung an die "
              "Expert*innengruppe zurück.",
    "rejected": "Die Lenkungsgruppe lehnt die Maßnahme ab (Begründung bitte in der Anmerkung).",
}
_RETURN_STEPS: Final = (
    "1. Im Blatt „Maßnahmen“ die Spalte „Votum Lenkungsgruppe“ ausfüllen: Zustimmung, "
    "Überarbeitung oder Ablehnung (Auswahlliste in der Zelle). Leer lassen heißt: keine "
    "Entscheidung, die Maßnahme bleibt, wie sie ist.",
    "2. Bei Bedarf in der Spalte „Anmerkung Lenkungsgruppe“ eine Begründung oder Auflage "
    "eintragen.",
    "3. Die Spalte „Kennung“ nicht ändern (auch „Maßnahme“ nicht), keine Zeilen "
    "zusammenführen oder einfügen. Jede Zeile trägt in einer ausgeblendeten, geschützten "
    "Spalte die Datensatz-ID ihrer Maßnahme; zurückgelesen wird nach dieser ID. Filtern "
    "ist erlaubt; zum Sortieren den Blattschutz aufheben (ohne Kennwort).",
    "4. Änderungen in anderen Spalten werden nicht übernommen; Änderungswünsche bitte in "
    "die Anmerkung schreiben.",
    "5. Datei im Excel-Format (.xlsx) speichern und zurückschicken.",
)


#: The Excel list's result is the result every export returns.
ExcelResult = ExportResult


# --- public API ------------------------------------------------------------------------


def build_measure_list(doc: Mapping[str, Any], *,
                       progress: Callable[[int, int], bool] | None = None,
                       now: datetime | None = None) -> ExportResult:
    """The measure list of a ``lip-catalogue`` document as .xlsx bytes.

    ``progress(done, total)`` is called every few hundred rows; returning False cancels
    with ``CancelledError`` before anything is written. ``now`` stamps the export (footer
    and Info sheet); tests pass a fixed time.
    """
    # Hundreds of thousands of cells are created (streamed out row by row, but the
    # document and the lookups built from it stay): the cyclic garbage collector would
    # rescan those over and over and find nothing, since none of it forms cycles. It is
    # off for the build only and restored as it was, also when the export fails or is
    # cancelled.
    with collector.paused():  # counted with other threads' pauses (model/collector.py)
        builder = _Builder(doc, now or datetime.now(), progress)
        try:
            return builder.build()
        except BaseException:
            discard_workbook(builder.wb)  # cancelled or failed: no streams, no temp files
            raise


def verify_measure_list(data: bytes) -> None:
    """Read the bytes back with openpyxl: the four sheets and both headers must be there.

    Runs before the file replaces the previous one (``write_verified``), so a broken
    export never overwrites a good list.
    """
    def bad(reason: str) -> LipError:
        return LipError("bad_office_file", path="Export", kind="Excel", reason=reason)

    try:
        with warnings.catch_warnings():
            # Our own file: any openpyxl warning here is a defect of the export.
            warnings.simplefilter("error")
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # any failure to read the bytes back means a broken export
        raise bad(f"lässt sich nicht wieder lesen: {type(exc).__name__}") from exc
    try:
        if tuple(wb.sheetnames) != SHEETS:
            raise bad(f"Blätter {wb.sheetnames} statt {list(SHEETS)}")
        for name, columns in ((SHEET_MEASURES, MEASURE_COLUMNS),
                              (SHEET_INDICATORS, INDICATOR_COLUMNS)):
            header = next(wb[name].iter_rows(min_row=1, max_row=1, values_only=True), ())
            if tuple(header[:len(columns)]) != columns:
                raise bad(f"die Kopfzeile im Blatt „{name}“ stimmt nicht")
    finally:
        wb.close()


# --- building --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    """A column's style, and the same with quotePrefix for formula-like text: their
    numbers in the workbook's style list (what a cell stores)."""

    plain: int
    quoted: int


#: openpyxl's cell types of the values the list writes ("d" is turned into a serial
#: number by the writer, shown by the column's date format).
_DATA_TYPES: Final[Mapping[type, str]] = {str: "s", int: "n", float: "n", bool: "b",
                                          date: "d", datetime: "d"}


class _ListCell:
    """A finished cell, as openpyxl's row writer reads it: coordinate, type, value and
    the number of its style.

    openpyxl's ``Cell`` checks each value again when it is set (type dispatch, forbidden
    characters, "=" as formula, "#N/A" as error: all settled in ``_Builder._row``
    already) and looks its style up in the workbook's style list when it is written (a
    hash per cell); this one is given all of it, which keeps the styled list close to
    writing bare values (issue 14). Only the values of ``_DATA_TYPES`` are written
    this way; anything else becomes an openpyxl ``Cell``.
    """

    __slots__ = ("_value", "coordinate", "data_type", "parent", "style_id")
    _comment = None
    hyperlink = None
    has_style = True

    def __init__(self, parent: WriteOnlyWorksheet, coordinate: str, value: Any,
                 data_type: str, style_id: int) -> None:
        self.parent = parent
        self.coordinate = coordinate
        self._value = value
        self.data_type = data_type
        self.style_id = style_id


@dataclass(frozen=True, slots=True)
class _Col:
    """A column as rows are written: heading (for warnings), style, wrap estimate.

    ``per_line`` is how many characters are estimated to fit on one line when the text
    wraps (for the row height), 0 when it does not wrap. ``keep_style``: empty cells of
    the column are still written, for their fill or border.
    """

    name: str
    style: _Style
    per_line: float
    keep_style: bool


@dataclass(frozen=True, slots=True)
class _Fmt:
    """A value whose style differs from its column's (a full date in a month column)."""

    value: Any
    style: str


_Where = str | Callable[[], str]


def _cells_as_given(cells: list[_ListCell | Cell], _row: int) -> list[_ListCell | Cell]:
    """The rows ``_Sheet`` appends are finished cells (value, type, style, row and
    column set): they go to the writer as they are."""
    return cells


class _Sheet:
    """A write-only sheet and the rows appended so far (such a sheet does not count
    them, and a row's height must be known by number before the row is appended).

    openpyxl's write-only ``append`` takes values and turns each into a cell: a type
    dispatch per value, a ready-made cell only through a caught ``ValueError`` (whose
    message formats the cell), and a fresh cell after every styled one. The list's
    cells are built complete in ``_Builder._row``, so the sheet's value conversion is
    replaced by handing them on (``_values_to_row``, the one step between ``append`` and
    the row writer in openpyxl 3.1; the pinned version, and the tests read every cell
    back).
    """

    __slots__ = ("rows", "ws")

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        ws._values_to_row = _cells_as_given  # see the class docstring
        self.ws = ws
        self.rows = 0

    def append(self, cells: Sequence[_ListCell | Cell], *, height: float | None = None,
               hidden: bool = False) -> int:
        """Append one row of finished cells (numbered ``self.rows + 1``); returns its
        number."""
        self.rows += 1
        row = self.rows
        if height is not None or hidden:
            dimension = self.ws.row_dimensions[row]
            if height is not None:
                dimension.height = height
            dimension.hidden = hidden
            self.ws.append(cells)  # the row's attributes are written with it ...
            del self.ws.row_dimensions[row]  # ... and not needed afterwards
        else:
            self.ws.append(cells)
        return row

    def dimension(self, columns: int, rows: int) -> None:
        """The sheet's used range, written with its head (before the first row).

        A write-only sheet leaves it out, and openpyxl's read-only mode (the list's
        read-back check, the import of a returned list) then parses the whole sheet
        just to look for it: 34 s at 21,000 measures instead of 0.2 s.
        """
        ref = f"A1:{get_column_letter(columns)}{rows}"
        self.ws.calculate_dimension = lambda: ref  # read by openpyxl's writer

    def columns(self, widths: Sequence[float], hidden: Sequence[bool] = ()) -> None:
        """Widths (and hidden flags) of the first columns: before the first row."""
        for i, width in enumerate(widths):
            dimension = self.ws.column_dimensions[get_column_letter(i + 1)]
            dimension.width = width
            if i < len(hidden) and hidden[i]:
                dimension.hidden = True


class _Builder:
    """One export: the workbook, its shared styles and the warnings collected."""

    def __init__(self, doc: Mapping[str, Any], now: datetime,
                 progress: Callable[[int, int], bool] | None) -> None:
        self.doc = doc
        self.now = now.replace(microsecond=0)
        self.progress = progress
        self.warnings: list[str] = []
        self.wb = Workbook(write_only=True)
        self.styles: dict[str, _Style] = {}
        self._define_styles()
        catalogue = doc.get("catalogue") or {}
        self.catalogue: Mapping[str, Any] = catalogue
        self.fields = sorted(doc.get("action_fields") or [],
                             key=lambda f: (f.get("position") or 0, f.get("code") or ""))
        self.goals: dict[str, Mapping[str, Any]] = {g["id"]: g for g in doc.get("goals") or []}
        self.measures = _ordered_measures(self.fields, doc.get("goals") or [],
                                          doc.get("measures") or [])
        self.indicators: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for ind in doc.get("indicators") or []:
            self.indicators[ind.get("measure_id") or ""].append(ind)
        self.field_of: dict[str, Mapping[str, Any]] = {}
        fields_by_id = {f["id"]: f for f in self.fields}
        for m in self.measures:
            goal = self.goals.get(m.get("goal_id") or "")
            field = fields_by_id.get(goal.get("action_field_id") or "") if goal else None
            if field is not None:
                self.field_of[m["id"]] = field
        self.votes = _deciding_votes(doc.get("votes") or [])
        self.total = len(self.measures) + sum(len(self.indicators[m["id"]])
                                              for m in self.measures) + 1
        self.done = 0

    # -- plumbing -----------------------------------------------------------------------

    def _define_styles(self) -> None:
        """Named styles: one registration each, then shared by every cell of a column."""
        grid = Side(style="thin", color=_GRID)
        border = Border(left=grid, right=grid, top=grid, bottom=grid)
        top_wrap = Alignment(vertical="top", wrap_text=True)
        top = Alignment(vertical="top")
        # The list's own cells have no borders: the grid is printed (print_options) and
        # shown on screen, so empty cells need no style and cost nothing (see _row).
        specs: dict[str, dict[str, Any]] = {
            "text": {"alignment": top_wrap},
            "short": {"alignment": top},
            "number": {"alignment": top},
            "euro": {"alignment": top, "number_format": EURO_FORMAT},
            "month": {"alignment": Alignment(vertical="top", horizontal="center"),
                      "number_format": MONTH_FORMAT},
            "date": {"alignment": Alignment(vertical="top", horizontal="center"),
                     "number_format": DATE_FORMAT},
            "input": {"alignment": top_wrap, "border": border,
                      "fill": PatternFill("solid", start_color=_INPUT_FILL),
                      "protection": Protection(locked=False)},
            "header": {"alignment": Alignment(vertical="center", wrap_text=True),
                       "border": border, "font": Font(bold=True, color="FFFFFFFF"),
                       "fill": PatternFill("solid", start_color=_HEADER_FILL)},
            "title": {"font": Font(bold=True, size=14)},
            "heading": {"font": Font(bold=True, size=12)},
            "label": {"font": Font(bold=True), "alignment": top_wrap},
            "plain": {"alignment": top_wrap},
            "info_number": {"alignment": Alignment(vertical="top", horizontal="left")},
            "stamp": {"alignment": Alignment(vertical="top", horizontal="left"),
                      "number_format": STAMP_FORMAT},
            "sum": {"font": Font(bold=True), "border": border},
            "sum_euro": {"font": Font(bold=True), "border": border,
                         "number_format": EURO_FORMAT},
            "cell": {"border": border},
            "cell_euro": {"border": border, "number_format": EURO_FORMAT},
        }
        for key, attrs in specs.items():
            # Without an explicit name and size a style's font is unnamed, and LibreOffice
            # falls back to a serif font; Calibri 11 is the workbook default in Excel.
            font = attrs.pop("font", None) or Font()
            attrs["font"] = Font(name=_FONT, size=font.sz or 11, bold=font.b,
                                 color=font.color)
            named = NamedStyle(name=f"LIP {key}", **attrs)
            self.wb.add_named_style(named)
            plain = StyleArray(named.as_tuple())
            quoted = StyleArray(plain)
            quoted.quotePrefix = 1
            cell_styles = self.wb._cell_styles  # the style list cells refer to by number
            self.styles[key] = _Style(cell_styles.add(plain), cell_styles.add(quoted))

    def _tick(self, rows: int = 1) -> None:
        """Count rows and, every ``PROGRESS_EVERY``, ask the caller whether to go on."""
        before = self.done
        self.done += rows
        if self.progress is not None and (self.done // PROGRESS_EVERY != before // PROGRESS_EVERY
                                          or self.done >= self.total):
            self._ask()

    def _ask(self) -> None:
        if self.progress is not None and self.progress(min(self.done, self.total),
                                                       self.total) is False:
            raise CancelledError()

    def _text(self, value: str, where: _Where, column: str) -> str:
        """Text fit for a cell: forbidden characters removed and the length limit kept,
        each reported with ``where`` (e.g. "Maßnahme BIL-M1.1") and the column.

        ``where`` may be a function, so the description is only built for a warning.
        """
        text, removed = sanitize(value)
        if removed:
            self.warnings.append(f"{_place(where)}, Spalte „{column}“: {removed} unzulässige "
                                 f"Steuerzeichen entfernt.")
        if len(text) * 2 > CELL_LIMIT:  # cheap pre-check; the exact count is in UTF-16 units
            units = len(text.encode("utf-16-le")) // 2
            if units > CELL_LIMIT:
                text = _cut(text, CELL_LIMIT - len(TRUNCATION_MARKER)) + TRUNCATION_MARKER
                self.warnings.append(
                    f"{_place(where)}, Spalte „{column}“: Text mit {_thousands(units)} Zeichen "
                    f"auf {_thousands(CELL_LIMIT)} Zeichen gekürzt (Grenze von Excel), "
                    f"erkennbar an „{TRUNCATION_MARKER}“.")
        return text

    def _cols(self, names: Sequence[str], styles: Sequence[str], widths: Sequence[float]
              ) -> list[_Col]:
        if len(names) > len(_LETTERS):
            raise ValueError(f"{len(names)} Spalten: mehr als {len(_LETTERS)}")
        return [_Col(n, self.styles[s], max(4.0, w * _CHARS_PER_WIDTH) if s in _WRAPPED and w
                     else 0.0, s in _STYLED_WHEN_EMPTY)
                for n, s, w in zip(names, styles, widths, strict=True)]

    def _row(self, sheet: _Sheet, values: Sequence[Any], cols: Sequence[_Col],
             where: _Where, *, hidden: bool = False) -> None:
        """Append one row: text always as a string cell (quote-prefixed when it looks
        like a formula), and a row height when wrapped text needs more than one line.

        Excel fits rows without a stored height to wrapped text when it opens the file;
        LibreOffice does not (the text overlaps the next row). So the height is estimated
        from text length and column width; single-line rows keep no stored height.
        This runs for every cell of the list, hence the plain loop.
        """
        ws = sheet.ws
        row = str(sheet.rows + 1)
        cells: list[_ListCell | Cell] = []
        add = cells.append
        lines = 1
        for letter, (given, col) in zip(_LETTERS, zip(values, cols, strict=True),
                                        strict=False):  # _cols keeps rows within _LETTERS
            style, value = col.style, given
            if type(given) is _Fmt:
                style, value = self.styles[given.style], given.value
            if type(value) is str:
                text, removed = sanitize(value)
                if removed or len(text) * 2 > CELL_LIMIT:  # rare: warn (and cut) in _text
                    text = self._text(value, where, col.name)
                if text:
                    # Always a string: openpyxl would make "=…" a formula, "#N/A" an error.
                    add(_ListCell(ws, letter + row, text, "s", style.quoted
                                  if text.startswith(FORMULA_TRIGGERS) else style.plain))
                    per_line = col.per_line
                    if per_line and (len(text) > per_line or "\n" in text):
                        lines = max(lines, _line_count(text, per_line))
                    continue
                value = None  # empty, or nothing left after removing forbidden characters
            if value is None:
                if col.keep_style:  # an empty cell with its fill or border
                    add(_ListCell(ws, letter + row, None, "n", style.plain))
            elif (data_type := _DATA_TYPES.get(type(value))) is not None:
                add(_ListCell(ws, letter + row, value, data_type, style.plain))
            else:  # not a value the list makes: openpyxl converts it (or refuses it)
                cell = Cell(ws, int(row), _LETTERS.index(letter) + 1, value)
                cell._style = StyleArray(self.wb._cell_styles[style.plain])
                add(cell)
        sheet.append(cells, height=min(_MAX_ROW_HEIGHT, lines * _LINE_HEIGHT + 3)
                     if lines > 1 else None, hidden=hidden)

    def _line(self, sheet: _Sheet, text: str, style: str) -> None:
        """A fixed title or heading in column A."""
        self._row(sheet, [text], self._cols([""], [style], [0.0]), "Überschrift")

    def _header(self, sheet: _Sheet, columns: Sequence[Column]) -> None:
        # Bold text is wider, and the filter button takes room at the right.
        names = [c.header for c in columns]
        self._row(sheet, names, self._cols(names, ["header"] * len(names),
                                           [c.width - 3 for c in columns]), "Kopfzeile")

    # -- the workbook -------------------------------------------------------------------

    def build(self) -> ExportResult:
        self._ask()
        self._measure_sheet(self._sheet(SHEET_MEASURES))
        self._indicator_sheet(self._sheet(SHEET_INDICATORS))
        self._overview_sheet(self._sheet(SHEET_OVERVIEW))
        self._info_sheet(self._sheet(SHEET_INFO))
        self.wb.active = 0
        props = self.wb.properties
        props.title = clean(self.catalogue.get("title") or "")[:250] or "Maßnahmenliste"
        props.subject = "Maßnahmenliste für die Lenkungsgruppe"
        props.creator = "LIP Desktop"
        props.lastModifiedBy = "LIP Desktop"
        props.description = "Votum in der Spalte „Votum Lenkungsgruppe“ eintragen."
        props.created = self.now
        props.modified = self.now
        props.language = "de-DE"
        props.identifier = str(self.catalogue.get("id") or "") or None
        out = io.BytesIO()
        self.wb.save(out)
        self._tick()
        return ExportResult(out.getvalue(), self.warnings)

    def _sheet(self, title: str) -> _Sheet:
        ws = self.wb.create_sheet(title)
        assert isinstance(ws, WriteOnlyWorksheet)
        return _Sheet(ws)

    def _measure_sheet(self, sheet: _Sheet) -> None:
        columns = MEASURE_SHEET
        self._start_table(sheet, columns, len(self.measures))
        self._print_setup(sheet.ws, landscape=True, repeat_header=True, grid=True)
        self._header(sheet, columns)
        cols = self._cols([c.header for c in columns], [c.style for c in columns],
                          [c.width for c in columns])
        getters = [c.value for c in columns]
        no_goal: Mapping[str, Any] = {}
        for m in self.measures:
            field = self.field_of.get(m["id"])
            goal = self.goals.get(m.get("goal_id") or "", no_goal)
            line = _MeasureLine(
                m, field.get("name") or "" if field else "",
                " ".join(p for p in (goal.get("code"), goal.get("title")) if p),
                "\n".join(_indicator_line(i) for i in self.indicators[m["id"]]),
                self.votes.get(m["id"], ""))
            self._row(sheet, [get(line) for get in getters], cols,
                      f"Maßnahme {m.get('code') or m.get('id')}")
            self._tick()
        last = max(sheet.rows, 2)  # a table needs a data row, even an empty one
        ws = sheet.ws
        self._finish_table(sheet, "Massnahmenliste", columns, last)
        decision_col = get_column_letter(MEASURE_COLUMNS.index(COL_DECISION) + 1)
        dv = DataValidation(
            type="list", formula1='"' + ",".join(DECISION_LABELS) + '"', allow_blank=True,
            showErrorMessage=True, errorStyle="stop", errorTitle="Votum",
            error="Bitte Zustimmung, Überarbeitung oder Ablehnung wählen oder leer lassen.",
            showInputMessage=True, promptTitle="Votum Lenkungsgruppe",
            prompt="Zustimmung, Überarbeitung oder Ablehnung")
        dv.add(f"{decision_col}2:{decision_col}{last}")
        ws.data_validations.append(dv)
        self._print_area(ws, columns, last)
        # The record id is what the import matches by: hidden, and the sheet protected
        # (without a password) so that only the steering group's two columns take input.
        # Sorting and filtering stay allowed; Excel asks to lift the protection to sort.
        protection = ws.protection
        protection.sheet = True
        protection.sort = protection.autoFilter = False
        protection.formatColumns = protection.formatRows = protection.formatCells = False

    def _indicator_sheet(self, sheet: _Sheet) -> None:
        columns = INDICATOR_SHEET
        self._start_table(sheet, columns, self.total - len(self.measures) - 1)
        self._print_setup(sheet.ws, landscape=True, repeat_header=True, grid=True)
        self._header(sheet, columns)
        cols = self._cols([c.header for c in columns], [c.style for c in columns],
                          [c.width for c in columns])
        getters = [c.value for c in columns]
        for m in self.measures:
            code = m.get("code") or m.get("id") or ""
            title = m.get("title") or ""
            for ind in self.indicators[m["id"]]:
                line = _IndicatorLine(code, title, ind)
                self._row(sheet, [get(line) for get in getters], cols,
                          _indicator_place(code, ind))
                self._tick()
        last = max(sheet.rows, 2)
        self._finish_table(sheet, "Indikatorenliste", columns, last)
        self._print_area(sheet.ws, columns, last)

    @staticmethod
    def _start_table(sheet: _Sheet, columns: Sequence[Column], rows: int) -> None:
        """Widths and hidden columns as declared, the frozen header and the used range
        (``rows`` data rows below the header): written with the sheet's head, so before
        the first row."""
        sheet.dimension(len(columns), rows + 1)
        sheet.columns([c.width for c in columns], [c.hidden for c in columns])
        sheet.ws.freeze_panes = "A2"

    def _finish_table(self, sheet: _Sheet, name: str, columns: Sequence[Column],
                      last: int) -> None:
        """Table object (its own filter and sort; no sheet auto_filter)."""
        ref = f"A1:{get_column_letter(len(columns))}{last}"
        # Columns named here: otherwise openpyxl builds them at save time by fetching
        # every cell of the range, which for 21,000 rows is a noticeable cost.
        table = Table(displayName=name, ref=ref, autoFilter=AutoFilter(ref=ref),
                      tableColumns=[TableColumn(id=i, name=c.header)
                                    for i, c in enumerate(columns, start=1)])
        table.tableStyleInfo = TableStyleInfo(name=_TABLE_STYLE, showRowStripes=True,
                                              showColumnStripes=False,
                                              showFirstColumn=False, showLastColumn=False)
        with warnings.catch_warnings():
            # "In write-only mode you must add table columns manually": they are (above).
            warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
            sheet.ws.add_table(table)

    @staticmethod
    def _print_area(ws: WriteOnlyWorksheet, columns: Sequence[Column], last: int) -> None:
        """Print the declared selection: the columns up to the last printed one."""
        printed = max(i for i, c in enumerate(columns, start=1) if c.printed)
        ws.print_area = f"A1:{get_column_letter(printed)}{last}"

    def _print_setup(self, ws: WriteOnlyWorksheet, *, landscape: bool, repeat_header: bool,
                     grid: bool = False) -> None:
        """A4, fit to page width, header row on every page, page x of n and the date.

        Called before the sheet's first row: "fit to page" is a sheet property, written
        with the sheet's head."""
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = grid
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        if repeat_header:
            ws.print_title_rows = "1:1"
        title = _header_text(self.catalogue.get("title") or "")
        ws.oddHeader.left.text = title
        ws.oddHeader.right.text = "&A"
        ws.oddFooter.left.text = f"Stand: {self.now:%d.%m.%Y}"
        ws.oddFooter.center.text = "Seite &P von &N"
        ws.oddFooter.right.text = "LIP Desktop"

    def _overview_sheet(self, sheet: _Sheet) -> None:
        """Counts per field × status, × kind, × steering decision, costs, and a chart.

        Values, not formulas: the numbers are computed here once, so nothing in the
        workbook is evaluated and the list reads the same in every spreadsheet program.
        """
        n_statuses = len(enums.STATUS)
        sheet.columns([_OVERVIEW_FIRST_WIDTH] + [_OVERVIEW_WIDTH] * (n_statuses + 1))
        self._print_setup(sheet.ws, landscape=True, repeat_header=False)
        self._line(sheet, "Übersicht der Maßnahmen", "title")
        self._line(sheet, f"Stand: {self.now:%d.%m.%Y}", "plain")
        sheet.append([])
        rows = [(f.get("name") or f.get("code") or "", f["id"]) for f in self.fields]
        if any(m["id"] not in self.field_of for m in self.measures):
            rows.append(("ohne Handlungsfeld", ""))
        field_id = {m["id"]: self.field_of[m["id"]]["id"] if m["id"] in self.field_of else ""
                    for m in self.measures}

        def counts(key: Callable[[Mapping[str, Any]], str]) -> Counter[tuple[str, str]]:
            return Counter((field_id[m["id"]], key(m)) for m in self.measures)

        status_first = self._count_table(
            sheet, "Maßnahmen nach Status", rows,
            [(k, v) for k, v in enums.STATUS.items()],
            counts(lambda m: m.get("status") or ""))
        self._count_table(
            sheet, "Maßnahmen nach Art", rows,
            [*enums.KIND.items(), ("", "ohne Angabe")],
            counts(lambda m: m.get("kind") or ""))
        self._count_table(
            sheet, "Votum der Lenkungsgruppe", rows,
            [*enums.STEERING_DECISION.items(), ("", "noch offen")],
            counts(lambda m: m.get("steering_decision") or ""))
        self._cost_table(sheet, rows, field_id)
        ws = sheet.ws

        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = "Maßnahmen je Handlungsfeld"
        chart.y_axis.title = "Anzahl Maßnahmen"
        chart.legend = None
        data = Reference(ws, min_col=n_statuses + 2, min_row=status_first,
                         max_row=status_first + len(rows))
        labels = Reference(ws, min_col=1, min_row=status_first + 1,
                           max_row=status_first + len(rows))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(labels)
        chart.x_axis.scaling.orientation = "maxMin"  # first field on top, as in the tables
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.height = 9
        chart.width = 16
        ws.add_chart(chart, f"{get_column_letter(n_statuses + 4)}4")

    def _count_table(self, sheet: _Sheet, title: str, rows: Sequence[tuple[str, str]],
                     columns: Sequence[tuple[str, str]],
                     counts: Counter[tuple[str, str]]) -> int:
        """A field × category count table with row and column totals; returns its
        header row (the chart reads the totals column of the first one)."""
        self._line(sheet, title, "heading")
        first = sheet.rows + 1
        self._append(sheet, [("Handlungsfeld", "header"),
                          *((label, "header") for _, label in columns), ("Summe", "header")])
        known = {key for key, _ in columns}
        totals = [0] * (len(columns) + 1)
        for name, fid in rows:
            line = [counts[(fid, key)] for key, _ in columns]
            # Keys outside the enumeration (should not happen) still count in the total.
            other = sum(n for (f, k), n in counts.items() if f == fid and k not in known)
            line.append(sum(line) + other)
            totals = [a + b for a, b in zip(totals, line, strict=True)]
            self._append(sheet, [(name, "cell"), *((n, "cell") for n in line)])
        self._append(sheet, [("Summe", "sum"), *((n, "sum") for n in totals)])
        sheet.append([])
        return first

    def _cost_table(self, sheet: _Sheet, rows: Sequence[tuple[str, str]],
                    field_id: Mapping[str, str]) -> None:
        self._line(sheet, "Kosten nach Handlungsfeld", "heading")
        self._append(sheet, [("Handlungsfeld", "header"), ("Maßnahmen", "header"),
                          ("mit Kostenangabe", "header"), ("Kosten (EUR)", "header")])
        sums: dict[str, float] = defaultdict(float)
        with_cost: Counter[str] = Counter()
        measures: Counter[str] = Counter()
        for m in self.measures:
            fid = field_id[m["id"]]
            measures[fid] += 1
            cost = m.get("cost_eur")
            if isinstance(cost, int | float):
                sums[fid] += float(cost)
                with_cost[fid] += 1
        for name, fid in rows:
            self._append(sheet, [(name, "cell"), (measures[fid], "cell"),
                                 (with_cost[fid], "cell"), (sums[fid], "cell_euro")])
        self._append(sheet, [("Summe", "sum"), (sum(measures.values()), "sum"),
                             (sum(with_cost.values()), "sum"), (sum(sums.values()), "sum_euro")])

    def _append(self, sheet: _Sheet, values: Sequence[tuple[Any, str]]) -> None:
        widths = [_OVERVIEW_FIRST_WIDTH] + [_OVERVIEW_WIDTH] * (len(values) - 1)
        styles = [st for _, st in values]
        cols = self._cols(["Handlungsfeld"] * len(values), styles,
                          [w - 3 if st == "header" else w
                           for w, st in zip(widths, styles, strict=True)])
        self._row(sheet, [v for v, _ in values], cols, "Übersicht")

    def _info_sheet(self, sheet: _Sheet) -> None:
        """What the list is, what the labels mean and how to send decisions back."""
        cat = self.catalogue
        where = "Katalog"

        def line(label: str, value: Any = "", style: str = "plain", *,
                 hidden: bool = False) -> None:
            self._row(sheet, [label, value], self._cols((label, label), ("label", style),
                                                        _INFO_WIDTHS), where, hidden=hidden)

        sheet.columns(_INFO_WIDTHS)
        self._print_setup(sheet.ws, landscape=False, repeat_header=False)
        self._line(sheet, "Maßnahmenliste für die Lenkungsgruppe", "title")
        sheet.append([])
        line(INFO_CATALOGUE, cat.get("title") or "")
        # The catalogue's id, for the importer (a list from another catalogue is refused):
        # in a cell, because openpyxl and spreadsheet programs keep cells, hidden rows and
        # sheet protection, where custom parts can get lost on the way back.
        line(INFO_CATALOGUE_ID, cat.get("id") or "", hidden=True)
        line("Stadt", cat.get("city") or "")
        line("Prozess", cat.get("process") or "")
        line("Entwurfsversion", cat.get("draft_version"), "info_number")
        line("Exportiert am", self.now, "stamp")
        line("Maßnahmen", len(self.measures), "info_number")
        line("Indikatoren", self.total - len(self.measures) - 1, "info_number")
        sheet.append([])
        self._line(sheet, "So geben Sie Ihre Entscheidungen zurück", "heading")
        for step in _RETURN_STEPS:
            line("", step)
        sheet.append([])
        self._line(sheet, "Bedeutung der Angaben", "heading")
        for title, mapping, help_texts in (
                ("Status", enums.STATUS, _STATUS_HELP),
                ("Art", enums.KIND, _KIND_HELP),
                ("Votum Lenkungsgruppe", enums.STEERING_DECISION, _DECISION_HELP)):
            for i, (key, label) in enumerate(mapping.items()):
                explanation = help_texts.get(key, "")
                line(title if i == 0 else "", f"{label}: {explanation}" if explanation else label)
        line("Priorität", ", ".join(enums.PRIORITY.values()))
        line("Abstimmung", "die Abstimmung der Expert*innengruppe, die über die Maßnahme "
                           "entschieden hat: die zuletzt abgeschlossene mit der Maßnahme als "
                           "Gegenstand (bei Ja/Nein: Stimmen und Ergebnis); gab es keine, "
                           "die zuletzt abgeschlossene Rangfolge, in der sie Option war")
        line("Indikatoren", "je Indikator: Name: Ausgangswert → Zielwert Einheit (Zieljahr); "
                            "Einzelheiten im Blatt „Indikatoren“")


# --- helpers ---------------------------------------------------------------------------


def _ordered_measures(fields: Sequence[Mapping[str, Any]], goals: Sequence[Mapping[str, Any]],
                      measures: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Measures in the order of the plan: field, goal tree (depth first), position."""
    field_rank = {f["id"]: i for i, f in enumerate(fields)}
    children: dict[str | None, list[Mapping[str, Any]]] = defaultdict(list)
    ids = {g["id"] for g in goals}
    for g in goals:
        parent = g.get("parent_id")
        children[parent if parent in ids else None].append(g)
    for siblings in children.values():
        siblings.sort(key=lambda g: (field_rank.get(g.get("action_field_id"), len(field_rank)),
                                     g.get("position") or 0, g.get("code") or ""))
    goal_rank: dict[str, int] = {}
    stack = list(reversed(children[None]))
    while stack:
        g = stack.pop()
        if g["id"] in goal_rank:  # a cycle cannot be stored, but never loop forever
            continue
        goal_rank[g["id"]] = len(goal_rank)
        stack.extend(reversed(children.get(g["id"], [])))
    return sorted(measures, key=lambda m: (goal_rank.get(m.get("goal_id") or "", len(goal_rank)),
                                           m.get("position") or 0, m.get("code") or ""))


def _deciding_votes(votes: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """measure id → the deciding vote (``voting.deciding_votes``) in one line."""
    return {measure_id: _vote_summary(vote, option_id)
            for measure_id, (vote, option_id) in voting.deciding_votes(votes).items()}


def _vote_summary(vote: Mapping[str, Any], option_id: str | None) -> str:
    """One line in the shared vote wording: yes/no figures and verdict; a ranking by its
    winner or the measure's rank as an option; the date it was closed."""
    method = vote.get("method") or ""
    result = vote.get("result")
    stamp = vote.get("closed_at") or vote.get("opened_at") or ""
    when = f" ({_german_date(stamp)})" if stamp else ""
    name = enums.label(enums.VOTE_METHOD, method)
    if not isinstance(result, Mapping):
        return f"{name}: kein Ergebnis{when}"
    try:
        if method == "yes_no":
            return f"{vote_wording.yes_no_line(result)}{when}"
        if option_id is not None:
            return f"{name}: {vote_wording.option_line(method, result, option_id)}{when}"
        labels = {o.get("id") or "": o.get("label") or "" for o in vote.get("options") or []}
        return f"{name}: {vote_wording.outcome_line(method, result, labels)}{when}"
    except (KeyError, TypeError, ValueError):
        return f"{name}: Ergebnis unvollständig{when}"


def _when(value: Any) -> Any:
    """A start/end as a real date: YYYY-MM → first of the month shown MM/YYYY (the
    column's style); a full date is shown DD.MM.YYYY."""
    if not isinstance(value, str) or not value:
        return None
    try:
        if match := _YEAR_MONTH.match(value):
            return date(int(match[1]), int(match[2]), 1)
        if match := _FULL_DATE.match(value):
            return _Fmt(date(int(match[1]), int(match[2]), int(match[3])), "date")
    except ValueError:
        pass
    return _Fmt(value, "short")  # not a date after all: shown as written rather than lost


def _place(where: _Where) -> str:
    return where if isinstance(where, str) else where()


def _indicator_place(code: str, ind: Mapping[str, Any]) -> Callable[[], str]:
    """Where an indicator cell is, for a warning (built only when one is given)."""
    return lambda: f"Indikator „{clean(ind.get('name') or '')[:60]}“ der Maßnahme {code}"


def _line_count(text: str, per_line: float) -> int:
    """Estimated wrapped lines of ``text`` with ``per_line`` characters on a line."""
    if "\n" not in text:
        return math.ceil(len(text) / per_line)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def _cost(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) \
        else None


def _priority(value: Any) -> str:
    return enums.PRIORITY.get(value, "") if isinstance(value, int) else ""


def _indicator_line(ind: Mapping[str, Any]) -> str:
    """"Name: Ausgangswert → Zielwert Einheit (Jahr)", with German number format."""
    target = ind.get("target")
    unit = f" {ind['unit']}" if ind.get("unit") and _is_number(target) else ""
    year = f" ({ind['target_year']})" if ind.get("target_year") is not None else ""
    return (f"{ind.get('name') or ''}: {_number(ind.get('baseline'))} → "
            f"{_number(target)}{unit}{year}")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(value: Any) -> str:
    """German number text: 1.234,5; missing values as a dash."""
    if not _is_number(value):
        return "–"
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _german_date(stamp: str) -> str:
    try:
        return f"{datetime.fromisoformat(stamp):%d.%m.%Y}"
    except ValueError:
        return stamp


def _cut(text: str, units: int) -> str:
    """The longest prefix within ``units`` UTF-16 code units, never splitting a pair."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return text[:i]
    return text


def _header_text(title: str) -> str:
    """Page header text: "&" starts a code there, and Excel allows 255 characters."""
    text = clean(title).replace("\n", " ").replace("\r", " ")
    if len(text) > 80:
        text = text[:79] + "…"
    return text.replace("&", "&&")
