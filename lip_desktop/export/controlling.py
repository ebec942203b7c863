"""The yearly controlling report (Word): where the adopted plan stands.

What it holds, in this order: the status counts per action field and in total (a table
and a bar chart of the same numbers), the measures grouped by their status with the
year's reports, every indicator with baseline, target and the values so far (a small
table and a line chart each), and what changed since the previous year's reports.

**Charts are Word charts, not pictures.** Each chart is a DrawingML chart part
(``word/charts/chartN.xml``) whose numbers are cached in the part itself: Word and
LibreOffice draw it in the document's font with German labels, it stays sharp at any zoom
and in PDF, and it needs no imaging library (the bundle aims at 160 MB; matplotlib or Pillow
would add tens of megabytes, and a picture's labels could not be read by a screen reader).
Every chart carries a title and a description (``wp:docPr`` ``title``/``descr``, Word's
alt text) that says in words what it shows, and the table beside it carries the same
numbers, so nobody depends on seeing the chart. No workbook is embedded: the chart shows
its cached numbers; "Daten bearbeiten" in Word is not offered for them.

The body is written as WordprocessingML text with the building blocks of
:mod:`lip_desktop.export.docx_parts` (the same styles, language and footer as the draft
and the minutes). Input is :class:`lip_desktop.model.controlling.ControllingData`, plain
values read by ``queries.controlling_data``; no database here.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any, Final

from lip_desktop.export.docx_parts import (
    ITALIC,
    TEXT_W,
    Body,
    Styles,
    bad_document,
    cell,
    cell_w,
    drop_stale_parts,
    empty_body,
    escape,
    header_footer,
    page_setup,
    paragraphs,
    ppr,
    prepare_settings,
    prepare_styles,
    read_back,
    runs,
    table_open,
)
from lip_desktop.export.result import ExportResult
from lip_desktop.export.text import clean
from lip_desktop.export.word import format_number
from lip_desktop.model import enums
from lip_desktop.model.controlling import (
    STATUS_ORDER,
    TARGET_STATES,
    ControllingData,
    IndicatorSeries,
    ReportedMeasure,
)
from lip_desktop.model.errors import CancelledError

TITLE_PREFIX: Final = "Controllingbericht"
C_NS: Final = "http://schemas.openxmlformats.org/drawingml/2006/chart"
A_NS: Final = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_NS: Final = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP_NS: Final = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
CHART_TYPE: Final = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CHART_REL: Final = f"{R_NS}/chart"
#: twips to EMU (English Metric Units: 914,400 per inch, 1,440 twips per inch)
EMU_PER_TWIP: Final = 635
#: Fill colours of the states in the bar chart (the legend and the table name them).
STATUS_COLOURS: Final = {
    "not_started": "A6A6A6",
    "in_progress": "2E75B6",
    "ongoing": "70AD47",
    "completed": "375623",
    "discontinued": "C00000",
}
#: Years shown at most in an indicator's chart (the newest ones).
MAX_CHART_YEARS: Final = 40


def status_label(status: str) -> str:
    return enums.IMPLEMENTATION_STATUS.get(status, status)


def report_file_name(stem: str, year: int) -> str:
    return f"{stem} – {TITLE_PREFIX} {year}.docx"


def _num(value: float) -> str:
    """A number as chart XML wants it (a dot, no grouping)."""
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


# --------------------------------------------------------------------------- charts


def _str_cache(ref: str, labels: Sequence[str]) -> str:
    points = "".join(f'<c:pt idx="{n}"><c:v>{escape(clean(v))}</c:v></c:pt>'
                     for n, v in enumerate(labels))
    return (f"<c:strRef><c:f>{ref}</c:f><c:strCache><c:ptCount val=\"{len(labels)}\"/>"
            f"{points}</c:strCache></c:strRef>")


def _num_cache(ref: str, values: Sequence[float | None], fmt: str = "General") -> str:
    """Numbers; ``None`` leaves the point out (a gap in a line)."""
    points = "".join(f'<c:pt idx="{n}"><c:v>{_num(v)}</c:v></c:pt>'
                     for n, v in enumerate(values) if v is not None)
    return (f"<c:numRef><c:f>{ref}</c:f><c:numCache><c:formatCode>{fmt}</c:formatCode>"
            f'<c:ptCount val="{len(values)}"/>{points}</c:numCache></c:numRef>')


def _column(n: int) -> str:
    return chr(ord("B") + n)  # at most a handful of series


def _title(text: str) -> str:
    return (f'<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1100" b="1"/>'
            f"</a:pPr><a:r><a:rPr lang=\"de-DE\" sz=\"1100\" b=\"1\"/><a:t>{escape(clean(text))}"
            '</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>'
            '<c:autoTitleDeleted val="0"/>')


def value_bounds(values: Sequence[float]) -> tuple[float, float]:
    """Axis bounds that show the differences between ``values``: a tenth of their
    spread added on each side, never below zero when all are positive, rounded to a
    tenth of the spread's order of magnitude."""
    lo, hi = min(values), max(values)
    spread = hi - lo or abs(hi) or 1.0
    step = 10.0 ** (math.floor(math.log10(spread)) - 1)
    low = round(math.floor((lo - spread / 10) / step) * step, 10)
    high = round(math.ceil((hi + spread / 10) / step) * step, 10)
    if lo >= 0:
        low = max(low, 0.0)
    return low, high


def _axes(cat_pos: str, val_pos: str, reverse_categories: bool, value_title: str,
          bounds: tuple[float, float] | None = None) -> str:
    orientation = "maxMin" if reverse_categories else "minMax"
    limits = (f'<c:max val="{_num(bounds[1])}"/><c:min val="{_num(bounds[0])}"/>'
              if bounds else "")
    vtitle = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:rPr lang="de-DE" sz="900"/>'
              f"<a:t>{escape(clean(value_title))}</a:t></a:r></a:p></c:rich></c:tx>"
              '<c:overlay val="0"/></c:title>') if value_title else ""
    return (f'<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="{orientation}"/>'
            f'</c:scaling><c:delete val="0"/><c:axPos val="{cat_pos}"/>'
            '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>'
            '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/>'
            '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
            '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
            f'<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>'
            f'{limits}</c:scaling><c:delete val="0"/><c:axPos val="{val_pos}"/>'
            f"<c:majorGridlines/>{vtitle}"
            '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/>'
            '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>'
            '<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>')


def _chart_space(title: str, plot: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<c:chartSpace xmlns:c="{C_NS}" xmlns:a="{A_NS}" xmlns:r="{R_NS}">'
            '<c:lang val="de-DE"/><c:roundedCorners val="0"/><c:chart>'
            f"{_title(title)}<c:plotArea><c:layout/>{plot}</c:plotArea>"
            '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
            '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
            '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900">'
            '<a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="de-DE"/>'
            "</a:p></c:txPr></c:chartSpace>").encode()


def status_chart_xml(data: ControllingData) -> bytes:
    """A stacked bar per action field, one series per state (the numbers of the table)."""
    fields = [f"{f.code} {f.name}".strip() for f in data.fields]
    last = len(fields) + 1
    series = []
    for n, status in enumerate(STATUS_ORDER):
        col = _column(n)
        counts = [float(f.counts.get(status, 0)) for f in data.fields]
        series.append(
            f'<c:ser><c:idx val="{n}"/><c:order val="{n}"/>'
            f"<c:tx>{_str_cache(f'Tabelle1!${col}$1', [status_label(status)])}</c:tx>"
            f'<c:spPr><a:solidFill><a:srgbClr val="{STATUS_COLOURS[status]}"/></a:solidFill>'
            '</c:spPr><c:invertIfNegative val="0"/>'
            f"<c:cat>{_str_cache(f'Tabelle1!$A$2:$A${last}', fields)}</c:cat>"
            f"<c:val>{_num_cache(f'Tabelle1!${col}$2:${col}${last}', counts, '0')}"
            "</c:val></c:ser>")
    plot = ('<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/>'
            f'<c:varyColors val="0"/>{"".join(series)}<c:gapWidth val="60"/>'
            '<c:overlap val="100"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
            + _axes("l", "b", True, "Anzahl der Maßnahmen"))
    return _chart_space(f"Umsetzungsstand {data.year} nach Handlungsfeldern", plot)


def chart_years(series: IndicatorSeries) -> list[int]:
    """The years on an indicator chart's axis: from the baseline year (or the first
    value) to the target year (or the last value), at most ``MAX_CHART_YEARS``."""
    years = [y for y, _ in series.values]
    years += [y for y in (series.baseline_year, series.target_year) if y is not None]
    if not years:
        return []
    first, last = min(years), max(years)
    return list(range(max(first, last - MAX_CHART_YEARS + 1), last + 1))


def indicator_chart_xml(series: IndicatorSeries) -> bytes:
    """Measured values as a line with markers; baseline and target as flat lines."""
    years = chart_years(series)
    by_year = dict(series.values)
    lines: list[tuple[str, list[float | None], str, str]] = [
        ("Messwert", [by_year.get(y) for y in years], "2E75B6", "")]
    if series.baseline is not None:
        lines.append(("Ausgangswert", [series.baseline] * len(years), "7F7F7F",
                      '<a:prstDash val="dash"/>'))
    if series.target is not None:
        lines.append(("Zielwert", [series.target] * len(years), "C55A11",
                      '<a:prstDash val="sysDash"/>'))
    last = len(years) + 1
    # The categories are the same for every line: built once per chart.
    categories = _str_cache(f"Tabelle1!$A$2:$A${last}", [str(y) for y in years])
    out = []
    for n, (name, values, colour, dash) in enumerate(lines):
        col = _column(n)
        marker = ('<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>' if n == 0
                  else '<c:marker><c:symbol val="none"/></c:marker>')
        out.append(
            f'<c:ser><c:idx val="{n}"/><c:order val="{n}"/>'
            f"<c:tx>{_str_cache(f'Tabelle1!${col}$1', [name])}</c:tx>"
            f'<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="{colour}"/></a:solidFill>'
            f"{dash}</a:ln></c:spPr>{marker}<c:cat>{categories}</c:cat>"
            f"<c:val>{_num_cache(f'Tabelle1!${col}$2:${col}${last}', values)}</c:val>"
            '<c:smooth val="0"/></c:ser>')
    plot = ('<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>'
            f'{"".join(out)}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/>'
            "</c:lineChart>")
    shown = [v for _, values, _, _ in lines for v in values if v is not None]
    plot += _axes("b", "l", False, series.unit, value_bounds(shown))
    return _chart_space(clean(series.name)[:120], plot)


def indicator_summary(series: IndicatorSeries) -> str:
    """The chart in words (its alt text, and the indicator form's summary)."""
    unit = f" {series.unit}" if series.unit else ""
    parts = [f"Indikator „{clean(series.name)}“"]
    if series.baseline is not None:
        year = f" ({series.baseline_year})" if series.baseline_year else ""
        parts.append(f"Ausgangswert {format_number(series.baseline)}{unit}{year}")
    if series.target is not None:
        year = f" ({series.target_year})" if series.target_year else ""
        parts.append(f"Zielwert {format_number(series.target)}{unit}{year}")
    if series.values:
        parts.append("Messwerte " + ", ".join(f"{y}: {format_number(v)}{unit}"
                                              for y, v in series.values))
    else:
        parts.append("noch keine Messwerte")
    parts.append(TARGET_STATES[series.state])
    return "; ".join(parts) + "."


class _Charts:
    """Adds chart parts to the document and writes the paragraphs that show them."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self.count = 0

    def add(self, body: Body, xml: bytes, title: str, description: str,
            width: int, height: int) -> str:
        """A paragraph showing the chart ``xml``, ``width``/``height`` in twips, with
        ``title`` and ``description`` as its alt text."""
        from docx.opc.packuri import PackURI  # noqa: PLC0415
        from docx.opc.part import Part  # noqa: PLC0415

        self.count += 1
        n = self.count
        main = self._document.part
        part = Part(PackURI(f"/word/charts/chart{n}.xml"), CHART_TYPE, xml, main.package)
        # Own ids: python-docx's relate_to looks for an existing relation first and its
        # next free id scans the list, both once per chart (quadratic in a large report).
        rid = f"rIdChart{n}"
        main.rels.add_relationship(CHART_REL, part, rid)
        cx, cy = width * EMU_PER_TWIP, height * EMU_PER_TWIP
        return (
            '<w:p><w:pPr><w:spacing w:before="120" w:after="240"/></w:pPr><w:r><w:drawing>'
            f'<wp:inline xmlns:wp="{WP_NS}" xmlns:a="{A_NS}" xmlns:c="{C_NS}" '
            f'xmlns:r="{R_NS}" distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{1000 + n}" name="Diagramm {n}" title="{body.x(title)}" '
            f'descr="{body.x(description)}"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{C_NS}"><c:chart r:id="{rid}"/>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>")


# --------------------------------------------------------------------------- the report


#: Width of each status column of the count table (twips, before the spare is shared).
_STATUS_WIDTHS: Final = {"not_started": 1150, "in_progress": 1420, "ongoing": 1560,
                         "completed": 900, "discontinued": 1250}
#: Run properties of an 8-point table cell.
_SMALL: Final = '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'

class _Report:
    def __init__(self, data: ControllingData, body: Body, styles: Styles,
                 charts: _Charts, tick: Callable[[int], None]) -> None:
        self.data = data
        self.body = body
        self.styles = styles
        self.charts = charts
        self.tick = tick

    def p(self, text: Any, style: str | None = None, rpr: str = "") -> None:
        self.body.parts.append(f"<w:p>{ppr(style)}{runs(self.body, text, rpr)}</w:p>")

    def heading(self, level: int, text: str) -> None:
        self.p(text, self.styles.heading(level))

    def table(self, widths: Sequence[int], head: Sequence[str],
              rows: Sequence[Sequence[str]], *, small: bool = False) -> None:
        """A table with a head row; ``head`` and ``rows`` are plain text. ``small``: in
        8 pt, for a table of many narrow columns whose heads are long words."""
        x = self.body.x
        parts = [table_open(widths, first_row=True, first_col=True),
                 '<w:tr><w:trPr><w:tblHeader/></w:trPr>',
                 *(cell_w(x(h), w) for h, w in zip(head, widths, strict=True)), "</w:tr>"]
        for row in rows:
            parts.append("<w:tr>" + "".join(cell(x(v)) for v in row) + "</w:tr>")
        if small:
            for n, part in enumerate(parts):
                parts[n] = part.replace("<w:r><w:t>", f"<w:r>{_SMALL}<w:t>")
        parts.append("</w:tbl>")
        self.body.parts.append("".join(parts))
        self.body.maybe_flush()

    def title(self, now: datetime) -> None:
        d = self.data
        self.p(f"{TITLE_PREFIX} {d.year}", self.styles.title)
        self.p(d.catalogue_title, "LIPTitelzeile")
        self.p(f"Stand: {now:%d.%m.%Y}. {len(d.measures)} Maßnahmen in der Umsetzung, "
               f"{len(d.indicators)} Indikatoren.", "LIPHinweis")

    def counts(self) -> None:
        d = self.data
        self.heading(1, f"Umsetzungsstand {d.year}")
        self.p("Jede Maßnahme des beschlossenen Plans zählt mit ihrem Stand im Berichtsjahr: "
               f"dem Bericht für {d.year}, sonst dem letzten Bericht davor.")
        # Widths for the longest word of each head in bold 8 pt ("Bearbeitung",
        # "übergegangen", "Stadtverwaltung"), also in a wide substitute font (DejaVu Sans
        # where Calibri is missing), so no word is broken inside.
        first, total = 1790, 880
        wanted = [_STATUS_WIDTHS.get(s, 1200) for s in STATUS_ORDER]
        spare = (TEXT_W - first - total - sum(wanted)) // len(wanted)
        widths = [first, *(w + spare for w in wanted), total]
        head = ["Handlungsfeld", *(status_label(s) for s in STATUS_ORDER), "Gesamt"]
        rows = [[f"{f.code} {f.name}".strip(), *(str(f.counts.get(s, 0)) for s in STATUS_ORDER),
                 str(f.total)] for f in d.fields]
        totals = d.totals
        rows.append(["Gesamt", *(str(totals[s]) for s in STATUS_ORDER),
                     str(sum(totals.values()))])
        self.table(widths, head, rows, small=True)
        total_text = ", ".join(f"{status_label(s)}: {totals[s]}" for s in STATUS_ORDER)
        self.body.parts.append(self.charts.add(
            self.body, status_chart_xml(d),
            f"Umsetzungsstand {d.year} nach Handlungsfeldern",
            f"Gestapeltes Balkendiagramm: je Handlungsfeld die Zahl der Maßnahmen in jedem "
            f"Umsetzungsstand; insgesamt {total_text}. Die Zahlen stehen in der Tabelle "
            "darüber.", TEXT_W, 2600 + 450 * max(len(d.fields), 1)))

    def measures(self) -> None:
        d = self.data
        self.heading(1, "Maßnahmen nach Umsetzungsstand")
        by_status: dict[str, list[ReportedMeasure]] = {s: [] for s in STATUS_ORDER}
        for m in d.measures:
            by_status.setdefault(m.status, []).append(m)
        for status, measures in by_status.items():
            self.heading(2, f"{status_label(status)} ({len(measures)})")
            if not measures:
                self.p("Keine Maßnahme.", "LIPHinweis")
            for m in measures:
                self.p(f"{m.code} {m.title}".strip(), "LIPZwischentitel")
                if m.reported:
                    texts = paragraphs(m.text)
                    for text in texts or ["(Bericht ohne Text)"]:
                        self.p(text)
                    if m.reported_by:
                        self.p(f"Bericht: {m.reported_by}", "LIPHinweis")
                else:
                    self.p(f"Kein Bericht für {d.year}; der Stand ist aus dem letzten "
                           "Bericht oder dem Umsetzungsstand übernommen.", "LIPHinweis")
                self.body.maybe_flush()
            self.tick(len(measures))

    def indicators(self) -> None:
        d = self.data
        self.heading(1, "Indikatoren")
        if not d.indicators:
            self.p("Die Maßnahmen in der Umsetzung haben keine Indikatoren.", "LIPHinweis")
        widths = [3000, 2000, TEXT_W - 5000]
        for s in d.indicators:
            self.p(f"{s.measure_code}: {s.name}", "LIPZwischentitel")
            unit = f" {s.unit}" if s.unit else ""
            rows = []
            if s.baseline is not None:
                rows.append(["Ausgangswert", str(s.baseline_year or "–"),
                             format_number(s.baseline) + unit])
            rows += [["Messwert", str(y), format_number(v) + unit] for y, v in s.values]
            if s.target is not None:
                rows.append(["Zielwert", str(s.target_year or "–"),
                             format_number(s.target) + unit])
            self.table(widths, ["Wert", "Jahr", "Betrag"], rows or [["–", "–", "–"]])
            self.p(f"Stand: {TARGET_STATES[s.state]}.", "LIPHinweis")
            if s.values:
                self.body.parts.append(self.charts.add(
                    self.body, indicator_chart_xml(s), f"Verlauf: {s.name}",
                    "Liniendiagramm. " + indicator_summary(s), 6800, 3000))
            self.tick(1)

    def changes(self) -> None:
        d = self.data
        before = d.year - 1
        self.heading(1, f"Veränderungen gegenüber {before}")
        self.p(f"Verglichen werden die Berichte für {before} und {d.year}: "
               f"{len(d.changes)} Maßnahmen haben einen anderen Stand, {d.first_reports} "
               f"wurden für {d.year} zum ersten Mal berichtet, für {d.missing_reports} liegt "
               f"der Bericht für {d.year} noch nicht vor.")
        if d.changes:
            self.table([1500, TEXT_W - 5500, 2000, 2000],
                       ["Kennung", "Maßnahme", f"Stand {before}", f"Stand {d.year}"],
                       [[c.code, c.title, status_label(c.before), status_label(c.after)]
                        for c in d.changes])
        else:
            self.p("Kein Stand hat sich geändert.", "LIPHinweis", ITALIC)


def build_controlling_report(data: ControllingData, *,
                             progress: Callable[[int, int], bool] | None = None,
                             now: datetime | None = None) -> ExportResult:
    """The controlling report for ``data`` as .docx bytes.

    ``progress(done, total)`` is called as the parts are written; returning ``False``
    cancels with :class:`CancelledError` before anything is returned.
    """
    import docx  # noqa: PLC0415 - imported with the export only
    from docx.oxml.parser import parse_xml  # noqa: PLC0415

    stamp = now or datetime.now()
    total = len(data.measures) + len(data.indicators) + 3
    done = 0

    def tick(step: int = 1) -> None:
        nonlocal done
        done += step
        if progress is not None and progress(min(done, total), total) is False:
            raise CancelledError()

    tick(0)
    document = docx.Document()
    styles = prepare_styles(document, parse_xml)
    prepare_settings(document, parse_xml, update_fields=False)
    page_setup(document)
    drop_stale_parts(document)
    _properties(document, data, stamp)
    body = empty_body(document, parse_xml)
    header_footer(document, parse_xml, escape(clean(data.catalogue_title)),
                  escape(f"{TITLE_PREFIX} {data.year}"), title_page=False)
    report = _Report(data, body, styles, _Charts(document), tick)
    report.title(stamp)
    report.counts()
    tick(1)
    report.measures()
    report.indicators()
    report.changes()
    body.flush()
    warnings: list[str] = []
    if body.removed:
        warnings.append(f"{body.removed} Steuerzeichen, die in Word-Dokumenten nicht erlaubt "
                        "sind, wurden im Controllingbericht weggelassen (der Katalog bleibt "
                        "unverändert).")
    out = io.BytesIO()
    document.save(out)
    tick(total)
    return ExportResult(out.getvalue(), warnings)


def _properties(document: Any, data: ControllingData, now: datetime) -> None:
    props = document.core_properties
    props.title = f"{TITLE_PREFIX} {data.year}"
    props.subject = clean(data.catalogue_title)[:255]
    props.author = "LIP Desktop"
    props.last_modified_by = "LIP Desktop"
    props.category = TITLE_PREFIX
    props.keywords = "Lokaler Integrationsplan; Controlling"
    props.language = "de-DE"
    props.revision = 1
    props.created = props.modified = now.replace(microsecond=0).astimezone(UTC)


def verify_controlling(data: bytes) -> None:
    """Read a built report back before it replaces a file (title, headings, document
    title); raises ``LipError("bad_office_file")`` otherwise."""
    document = read_back(data)
    if not str(document.core_properties.title or "").startswith(TITLE_PREFIX):
        raise bad_document("kein Controllingbericht")

