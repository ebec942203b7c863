"""The Word draft of the plan: a ``lip-catalogue`` document in, ``.docx`` bytes out.

The facilitators send this draft round twice: internally to the expert groups (with the
negotiation: positions, compromises, votes, and the measures that were turned down) and
publicly for the comment round (without all that). Reviewers comment in Word; the
comments come back through :mod:`lip_desktop.export.review`, which traces each comment
to its goal, measure, strategy section or compromise through the bookmark around that
record's section (:func:`anchor_name`). So the bookmarks are part of the contract: every
section's bookmark starts at its heading and ends right before the next section's
heading, and a measure's bookmark lies inside its goal's.

Why the body is not built with python-docx's public API: ``add_paragraph`` scans the body
for the insertion point and every style-by-name assignment scans the style list, which
made a 2,100-measure draft take 35–106 s (PITFALLS.md). Here the document's furniture
(styles, settings, header, footer, properties) goes through python-docx once, and the
body is written as WordprocessingML text in chunks; each chunk is parsed with
python-docx's own parser (``parse_xml``: lxml with ``resolve_entities=False``) and moved
in front of the body's final ``w:sectPr``. Parsing the chunks also proves that what we
wrote is well-formed XML before anything is saved. Every user text goes through
:func:`_x`, which removes what XML forbids (:func:`lip_desktop.export.text.sanitize`) and
escapes the markup characters; markup is only ever made from constants and integers.

Everything a reader sees is German; enumerations use the labels of
:mod:`lip_desktop.model.enums`. Outdated terms are *not* replaced: the CLI reports them
before the export, and the text stays as the group wrote it.
"""

from __future__ import annotations

import io
import uuid
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from lip_desktop.export.text import clean, sanitize
from lip_desktop.model import enums
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.voting import summarize_yes_no

W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W: Final = f"{{{W_NS}}}"

#: Bookmark name prefixes per subject type. A name is prefix + the id's 32 hex digits:
#: 38 characters, within Word's limit of 40, starting with a letter as Word requires.
ANCHOR_PREFIXES: Final[Mapping[str, str]] = {
    "goal": "lip_g_",
    "measure": "lip_m_",
    "strategy_section": "lip_s_",
    "compromise": "lip_c_",
}
_PREFIX_TYPES: Final = {prefix: subject for subject, prefix in ANCHOR_PREFIXES.items()}

#: Statuses a draft can leave out ("ohne abgelehnte und zurückgestellte Maßnahmen").
HIDDEN_STATUSES: Final = frozenset({"rejected", "deferred"})

FONT: Final = "Calibri"
#: A4 portrait with 2.5 cm side margins: the text is 9,070 twips (16 cm) wide.
_PAGE_W, _PAGE_H, _MARGIN_SIDE = 11906, 16838, 1418
_TEXT_W: Final = _PAGE_W - 2 * _MARGIN_SIDE
_ATTR_COLS: Final = (2600, _TEXT_W - 2600)
_IND_COLS: Final = (2420, 1250, 1420, 1270, 1520, _TEXT_W - 2420 - 1250 - 1420 - 1270 - 1520)

_MONTHS: Final = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember")
_NBSP: Final = "\u00a0"
_DASH: Final = "–"
#: Flush the collected body text into the document after this many pieces, so the text
#: of a 21,000-measure draft never exists in full beside its parsed tree.
_CHUNK_PIECES: Final = 40_000


@dataclass(frozen=True)
class DraftOptions:
    """What goes into the draft.

    ``public`` is the draft for the public comment round: it always leaves out rejected
    and deferred measures and all positions, compromises and votes, whatever the other
    two flags say, so a public draft cannot carry internal negotiation by mistake.
    Leaving out rejected and deferred measures also leaves out rejected and deferred
    goals, with everything below them. ``field_code`` limits the draft to one action
    field (without the strategy part, which belongs to the whole plan). Without options
    the draft is the full internal working draft.
    """

    field_code: str | None = None
    include_rejected: bool = True
    include_negotiation: bool = True
    public: bool = False

    @property
    def shows_rejected(self) -> bool:
        return self.include_rejected and not self.public

    @property
    def shows_negotiation(self) -> bool:
        return self.include_negotiation and not self.public


# --------------------------------------------------------------------------- anchors


def anchor_name(subject_type: str, record_id: str) -> str:
    """The bookmark name of a record's section: ``lip_m_<32 hex>`` and so on.

    Raises ``ValueError`` for an unknown subject type or an id that is not a UUID (the
    interchange format guarantees UUIDs, so that is a caller's bug).
    """
    return ANCHOR_PREFIXES[subject_type] + uuid.UUID(record_id).hex


def parse_anchor(name: str) -> tuple[str, str] | None:
    """``(subject_type, id with dashes)`` for a bookmark name we wrote, else ``None``.

    Word adds its own bookmarks (``_GoBack``, ``_Toc…``) and users add theirs; those are
    simply not ours.
    """
    subject = _PREFIX_TYPES.get(name[:6])
    if subject is None or len(name) != 38:
        return None
    try:
        return subject, str(uuid.UUID(hex=name[6:]))
    except ValueError:
        return None


# --------------------------------------------------------------------------- formatting


def format_euro(value: float | int | None) -> str:
    """German currency format, "120.000,00 €" (a no-break space keeps the € on the line)."""
    if value is None:
        return _DASH
    return _german(f"{float(value):,.2f}") + _NBSP + "€"


def format_number(value: float | int | None) -> str:
    """German number format without needless decimals: 1.150, 24,5, 0,75."""
    if value is None:
        return _DASH
    number = float(value)
    if number.is_integer():
        return _german(f"{int(number):,}")
    return _german(f"{number:,.3f}".rstrip("0").rstrip("."))


def format_month(value: str | None) -> str:
    """"2026-09" → "09/2026"; "2026-09-15" → "15.09.2026"; anything else as it is."""
    if not value:
        return _DASH
    parts = value.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{parts[1]}/{parts[0]}"
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return value


def format_period(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{format_month(start)} {_DASH} {format_month(end)}"
    if start:
        return f"ab {format_month(start)}"
    if end:
        return f"bis {format_month(end)}"
    return _DASH


def format_long_date(day: datetime) -> str:
    """"14. März 2026": the date on the title page, as German readers write it."""
    return f"{day.day}. {_MONTHS[day.month - 1]} {day.year}"


def _german(text: str) -> str:
    return text.translate(_SWAP_SEPARATORS)


_SWAP_SEPARATORS: Final = str.maketrans({",": ".", ".": ","})


def _short_date(value: str | None) -> str:
    """"2026-03-10T17:00" → "10.03.2026" (sessions and votes)."""
    if not value or len(value) < 10:
        return ""
    return format_month(value[:10])


# --------------------------------------------------------------------------- XML text


class _Body:
    """Collects the body as WordprocessingML text and moves it into the document in chunks.

    ``removed`` counts the characters XML forbids that were dropped from user text.
    """

    def __init__(self, sect_pr: Any, parse: Callable[[str], Any]) -> None:
        self.parts: list[str] = []
        self.removed = 0
        self._sect_pr = sect_pr
        self._parse = parse
        self._next_bookmark = 1

    def x(self, text: Any) -> str:
        """User text as XML character data: forbidden characters removed, markup escaped."""
        if text is None:
            return ""
        value, removed = sanitize(str(text))
        if removed:
            self.removed += removed
        return _escape(value)

    def bookmark(self) -> int:
        bid = self._next_bookmark
        self._next_bookmark += 1
        return bid

    def flush(self) -> None:
        """Parse what was collected and move it before the body's final ``w:sectPr``."""
        if not self.parts:
            return
        fragment = self._parse(f'<w:body xmlns:w="{W_NS}">{"".join(self.parts)}</w:body>')
        self.parts.clear()
        add = self._sect_pr.addprevious
        for child in list(fragment):
            add(child)

    def maybe_flush(self) -> None:
        if len(self.parts) >= _CHUNK_PIECES:
            self.flush()


def _escape(value: str) -> str:
    """Markup characters as entities (quotes too: the value may end up in an attribute)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if '"' in value:
        value = value.replace('"', "&quot;")
    return value


def _runs(body: _Body, text: Any, rpr: str = "") -> str:
    """A run (or runs) for ``text``; line breaks and tabs become ``w:br``/``w:tab``."""
    value = body.x(text)
    if not value:
        return ""
    if "\n" in value or "\t" in value or "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        value = value.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        value = value.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
        return f'<w:r>{rpr}<w:t xml:space="preserve">{value}</w:t></w:r>'
    if value[0] == " " or value[-1] == " ":  # Word drops outer spaces unless told not to
        return f'<w:r>{rpr}<w:t xml:space="preserve">{value}</w:t></w:r>'
    return f"<w:r>{rpr}<w:t>{value}</w:t></w:r>"


_BOLD: Final = "<w:rPr><w:b/><w:bCs/></w:rPr>"
_ITALIC: Final = "<w:rPr><w:i/><w:iCs/></w:rPr>"


def _ppr(style: str | None, extra: str = "") -> str:
    if style is None and not extra:
        return ""
    inner = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:pPr>{inner}{extra}</w:pPr>"


def _paragraphs(text: Any) -> list[str]:
    """A multi-paragraph text split at blank lines (single line breaks stay in the paragraph)."""
    if text is None:
        return []
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not value.strip():
        return []
    if "\n\n" not in value:
        return [value]
    return [p.strip("\n") for p in value.split("\n\n") if p.strip()]


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _Styles:
    """Style ids, resolved once from the template (the ids are not the display names)."""

    title: str
    toc_heading: str
    headings: tuple[str, ...]  # index 0 = Heading 1

    def heading(self, level: int) -> str:
        return self.headings[max(1, min(level, len(self.headings))) - 1]


#: Our own paragraph and table styles. Named styles rather than direct formatting: a
#: facilitator can restyle the whole draft in Word's style pane, and the XML stays small.
_CUSTOM_STYLES: Final = f"""
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="LIPTitelzeile">
 <w:name w:val="LIP Titelzeile"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
 <w:uiPriority w:val="11"/><w:qFormat/>
 <w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr>
 <w:rPr><w:color w:val="17365D"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="LIPHinweis">
 <w:name w:val="LIP Hinweis"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
 <w:pPr><w:spacing w:after="120"/></w:pPr>
 <w:rPr><w:i/><w:iCs/><w:color w:val="595959"/></w:rPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="LIPZwischentitel">
 <w:name w:val="LIP Zwischentitel"/><w:basedOn w:val="Normal"/><w:next w:val="LIPEintrag"/>
 <w:uiPriority w:val="20"/><w:qFormat/>
 <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/></w:pPr>
 <w:rPr><w:b/><w:bCs/><w:color w:val="365F91"/></w:rPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="LIPEintrag">
 <w:name w:val="LIP Eintrag"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="20"/><w:qFormat/>
 <w:pPr><w:spacing w:after="80"/><w:ind w:left="284"/></w:pPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="LIPUnterpunkt">
 <w:name w:val="LIP Unterpunkt"/><w:basedOn w:val="LIPEintrag"/><w:uiPriority w:val="20"/>
 <w:pPr><w:spacing w:after="40"/><w:ind w:left="567"/></w:pPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="table" w:customStyle="1" w:styleId="LIPTabelle">
 <w:name w:val="LIP Tabelle"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
 <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>
 <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
 <w:tblPr>
  <w:tblBorders>
   <w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
   <w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
   <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
   <w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
   <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
   <w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
  </w:tblBorders>
  <w:tblCellMar>
   <w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
   <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
  </w:tblCellMar>
 </w:tblPr>
 <w:tblStylePr w:type="firstRow">
  <w:rPr><w:b/><w:bCs/></w:rPr>
  <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DBE5F1"/></w:tcPr>
 </w:tblStylePr>
 <w:tblStylePr w:type="firstCol">
  <w:rPr><w:b/><w:bCs/></w:rPr>
  <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>
 </w:tblStylePr>
</w:style>
"""


def _prepare_styles(document: Any, parse: Callable[[str], Any]) -> _Styles:
    """German language, a Windows font, A4-friendly tab stops and our own styles.

    ``w:lang de-DE`` in the default run properties makes Word hyphenate and check the
    spelling in German. The font is named explicitly instead of through the template's
    theme (whose body font is Cambria): Calibri ships with every Windows and Office;
    LibreOffice substitutes the metric-compatible Carlito where it is missing, so the
    page breaks stay close.
    """
    styles_el = document.styles.element
    for rfonts in styles_el.iter(_W + "rFonts"):
        theme_keys = [k for k in rfonts.attrib if k.lower().endswith("theme")]
        if theme_keys:
            for key in theme_keys:
                del rfonts.attrib[key]
            for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
                rfonts.set(_W + attr, FONT)
    defaults = styles_el.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    if defaults is not None:
        lang = defaults.find(_W + "lang")
        if lang is None:
            lang = parse(f'<w:lang xmlns:w="{W_NS}"/>')
            defaults.append(lang)
        lang.set(_W + "val", "de-DE")
        lang.set(_W + "eastAsia", "de-DE")
    for style in document.styles:
        if style.style_id in ("Header", "Footer"):
            tabs = style.element.find(f"{_W}pPr/{_W}tabs")
            if tabs is not None:
                positions = (str(_TEXT_W // 2), str(_TEXT_W))
                for tab, pos in zip(tabs.findall(_W + "tab"), positions, strict=False):
                    tab.set(_W + "pos", pos)
    fragment = parse(f'<w:styles xmlns:w="{W_NS}">{_CUSTOM_STYLES}</w:styles>')
    for style_el in list(fragment):
        styles_el.append(style_el)

    by_name = {s.name: s.style_id for s in document.styles}
    headings = tuple(by_name.get(f"Heading {n}", f"Heading{n}") for n in range(1, 10))
    return _Styles(title=by_name.get("Title", "Title"),
                   toc_heading=by_name.get("TOC Heading", "TOCHeading"),
                   headings=headings)


def _prepare_settings(document: Any, parse: Callable[[str], Any]) -> None:
    """``updateFields`` (Word refreshes the table of contents and page count on opening),
    German hyphenation, German theme-font language and number separators.

    Children of ``w:settings`` have a fixed order in the schema; each is inserted in its
    place so that Word does not call the file damaged.
    """
    settings = document.settings.element

    def element(tag: str, attrs: str = "") -> Any:
        return parse(f'<w:{tag} xmlns:w="{W_NS}" {attrs}/>')

    def put(tag: str, attrs: str, before: Sequence[str]) -> None:
        old = settings.find(_W + tag)
        if old is not None:
            settings.remove(old)
        new = element(tag, attrs)
        for name in before:
            anchor = settings.find(_W + name)
            if anchor is not None:
                anchor.addprevious(new)
                return
        settings.append(new)

    put("autoHyphenation", 'w:val="true"',
        ("consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
         "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
         "characterSpacingControl", "savePreviewPicture", "updateFields", "compat", "rsids"))
    put("updateFields", 'w:val="true"',
        ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
         "mathPr", "themeFontLang"))
    put("themeFontLang", 'w:val="de-DE"',
        ("clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
         "shapeDefaults", "decimalSymbol"))
    put("decimalSymbol", 'w:val=","', ("listSeparator",))
    put("listSeparator", 'w:val=";"', ())


# --------------------------------------------------------------------------- the draft


class _Draft:
    """One export run: the indexes over the document and the writer of each part."""

    def __init__(self, doc: Mapping[str, Any], options: DraftOptions, body: _Body,
                 styles: _Styles,
                 indicators: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
        self.doc = doc
        self.indicators_of = indicators
        self.options = options
        self.body = body
        self.styles = styles
        self.people = {p["id"]: p for p in doc.get("people") or ()}
        self.sessions = {s["id"]: s for s in doc.get("sessions") or ()}
        self.positions_by_id = {p["id"]: p for p in doc.get("positions") or ()}
        self.positions: defaultdict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
        self.compromises: defaultdict[tuple[str, str], list[Mapping[str, Any]]] = \
            defaultdict(list)
        self.votes: defaultdict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
        if options.shows_negotiation:
            for p in doc.get("positions") or ():
                self.positions[(p["subject_type"], p["subject_id"])].append(p)
            for c in doc.get("compromises") or ():
                self.compromises[(c["subject_type"], c["subject_id"])].append(c)
            for v in doc.get("votes") or ():
                if v.get("subject_type") and v.get("subject_id"):
                    self.votes[(v["subject_type"], v["subject_id"])].append(v)

    # --- small pieces ----------------------------------------------------------------

    def para(self, text: Any, style: str | None = None, *, extra_ppr: str = "",
             rpr: str = "") -> None:
        self.body.parts.append(f"<w:p>{_ppr(style, extra_ppr)}{_runs(self.body, text, rpr)}"
                               "</w:p>")

    def labelled(self, label: str, text: Any, style: str = "LIPEintrag") -> None:
        """``label`` in bold, then the text: one entry of a list of positions or votes."""
        self.body.parts.append(f"<w:p>{_ppr(style)}{_runs(self.body, label, _BOLD)}"
                               f"{_runs(self.body, text)}</w:p>")

    def text_block(self, text: Any, style: str | None = None) -> None:
        for paragraph in _paragraphs(text):
            self.para(paragraph, style)

    def heading(self, level: int, text: str, bookmark: tuple[int, str] | None = None, *,
                page_break: bool = False) -> None:
        mark = ""
        if bookmark is not None:
            mark = f'<w:bookmarkStart w:id="{bookmark[0]}" w:name="{bookmark[1]}"/>'
        extra = "<w:pageBreakBefore/>" if page_break else ""
        value, removed = sanitize(text)
        self.body.removed += removed
        single_line = " ".join(value.split())
        self.body.parts.append(f"<w:p>{_ppr(self.styles.heading(level), extra)}{mark}"
                               f"{_runs(self.body, single_line)}</w:p>")

    def open_anchor(self, subject_type: str, record_id: str) -> tuple[int, str]:
        return self.body.bookmark(), anchor_name(subject_type, record_id)

    def close_anchor(self, bookmark: tuple[int, str]) -> None:
        self.body.parts.append(f'<w:bookmarkEnd w:id="{bookmark[0]}"/>')

    # --- title page and table of contents --------------------------------------------

    def title_page(self, field: Mapping[str, Any] | None, now: datetime) -> None:
        cat = self.doc.get("catalogue") or {}
        options = self.options
        version = cat.get("draft_version") or 0
        self.para(cat.get("title") or "Lokaler Integrationsplan", self.styles.title)
        for line in (cat.get("city"), cat.get("process")):
            if line:
                self.para(line, "LIPTitelzeile")
        self.para("", None)
        kind = "Entwurf zur öffentlichen Beteiligung" if options.public \
            else "Interner Arbeitsentwurf"
        self.para(kind, "LIPTitelzeile", rpr=_BOLD)
        if field is not None:
            self.para(f"Handlungsfeld {field.get('name') or field.get('code')}", "LIPTitelzeile")
        self.para(f"Version {version}", "LIPTitelzeile")
        self.para(f"Stand: {format_long_date(now)}", "LIPTitelzeile")
        self.para("", None)
        for note in self._title_notes():
            self.para(note, "LIPHinweis")

    def _title_notes(self) -> list[str]:
        options = self.options
        if options.public:
            return ["Dieser Entwurf wird zur öffentlichen Beteiligung veröffentlicht. "
                    "Abgelehnte und zurückgestellte Maßnahmen sowie die Positionen, "
                    "Kompromisse und Abstimmungen der Expert*innengruppen sind nicht "
                    "enthalten."]
        notes = ["Arbeitsstand der Expert*innengruppen, nicht zur Veröffentlichung."]
        if options.shows_negotiation:
            notes.append("Enthält die Positionen, Kompromisse mit Sondervoten und "
                         "Abstimmungsergebnisse der Expert*innengruppen.")
        if options.shows_rejected:
            notes.append("Enthält auch abgelehnte und zurückgestellte Ziele und Maßnahmen.")
        else:
            notes.append("Abgelehnte und zurückgestellte Ziele und Maßnahmen sind nicht "
                         "enthalten.")
        return notes

    def contents(self) -> None:
        """The table of contents as a field: Word fills it on opening (``updateFields``)."""
        self.para("Inhalt", self.styles.toc_heading, extra_ppr="<w:pageBreakBefore/>")
        self.body.parts.append(
            "<w:p>"
            '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText>'
            "</w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t xml:space="preserve">Das Inhaltsverzeichnis wird beim Öffnen in Word '
            "erstellt. Falls nicht: hier klicken und F9 drücken.</w:t></w:r>"
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
            "</w:p>")
        self.para("Hinweise zur Kommentierung", "LIPZwischentitel")
        self.para("Bitte kommentieren Sie mit der Kommentarfunktion von Word (Überprüfen → "
                  "Neuer Kommentar) direkt an der betreffenden Stelle. Jeder Abschnitt ist "
                  "mit einer Textmarke versehen, über die Ihre Kommentare dem richtigen "
                  "Ziel, der richtigen Maßnahme oder dem Abschnitt des Strategieteils "
                  "zugeordnet werden; bitte löschen Sie deshalb keine Überschriften.",
                  "LIPHinweis")

    # --- strategy part ------------------------------------------------------------------

    def strategy(self, sections: Sequence[Mapping[str, Any]], tick: Callable[[], None]) -> None:
        self.heading(1, "Strategieteil", page_break=True)
        for section in sections:
            mark = self.open_anchor("strategy_section", section["id"])
            self.heading(2, section.get("title") or "Abschnitt", mark)
            self.text_block(section.get("body"))
            self.negotiation("strategy_section", section["id"])
            self.close_anchor(mark)
            tick()

    # --- goals and measures ----------------------------------------------------------

    def field(self, field: Mapping[str, Any], roots: Sequence[Mapping[str, Any]],
              children: Mapping[str, Sequence[Mapping[str, Any]]],
              measures: Mapping[str, Sequence[Mapping[str, Any]]],
              tick: Callable[[], None]) -> None:
        self.heading(1, field.get("name") or field.get("code") or "Handlungsfeld",
                     page_break=True)
        self.text_block(field.get("description"), "LIPHinweis")
        if not roots:
            self.para("Für dieses Handlungsfeld sind noch keine Ziele erfasst.", "LIPHinweis")
        # An explicit stack rather than recursion: nesting depth is the data's, not ours.
        stack: list[tuple[Mapping[str, Any] | None, int, tuple[int, str] | None]] = [
            (goal, 0, None) for goal in reversed(roots)]
        while stack:
            goal, depth, closing = stack.pop()
            if goal is None:
                assert closing is not None
                self.close_anchor(closing)
                continue
            level = min(2 + depth, 8)
            mark = self.open_anchor("goal", goal["id"])
            self.goal(goal, level, mark)
            tick()
            own = measures.get(goal["id"], ())
            for measure in own:
                self.measure(measure, min(level + 1, 9))
                tick()
                self.body.maybe_flush()
            subgoals = children.get(goal["id"], ())
            if not own and not subgoals:
                self.para("Zu diesem Ziel sind noch keine Maßnahmen erfasst.", "LIPHinweis")
            stack.append((None, depth, mark))
            stack.extend((child, depth + 1, None) for child in reversed(subgoals))

    def goal(self, goal: Mapping[str, Any], level: int, mark: tuple[int, str]) -> None:
        self.heading(level, _code_title(goal), mark)
        facts = [f"Status: {enums.label(enums.STATUS, goal.get('status'))}"]
        if goal.get("priority") is not None:
            facts.append(f"Priorität: {enums.PRIORITY.get(goal['priority'], _DASH)}")
        self.para(" · ".join(facts), "LIPHinweis")
        self.text_block(goal.get("description"))
        self.negotiation("goal", goal["id"])

    def measure(self, m: Mapping[str, Any], level: int) -> None:
        mark = self.open_anchor("measure", m["id"])
        self.heading(level, _code_title(m), mark)
        self.text_block(m.get("description"))
        self.attribute_table(m)
        indicators = self.indicators_of.get(m["id"], ())
        if indicators:
            self.para("Indikatoren", "LIPZwischentitel")
            self.indicator_table(indicators)
        else:
            self.para("Für diese Maßnahme sind noch keine Indikatoren festgelegt.", "LIPHinweis")
        self.negotiation("measure", m["id"])
        self.close_anchor(mark)

    def attribute_table(self, m: Mapping[str, Any]) -> None:
        decision = m.get("steering_decision")
        steering = enums.STEERING_DECISION.get(decision, decision) if decision else "noch offen"
        note = m.get("steering_note") or ""
        rows: list[tuple[str, Sequence[Any]]] = [
            ("Federführung", [m.get("lead") or "noch offen"]),
            ("Kooperationspartner", m.get("partners") or [_DASH]),
            ("Zielgruppe", m.get("target_groups") or [_DASH]),
            ("Zeitraum", [format_period(m.get("start"), m.get("end"))]),
            ("Art", [enums.label(enums.KIND, m.get("kind"), "noch offen")]),
            ("Kosten", [format_euro(m.get("cost_eur"))]),
            ("Finanzierung", [m.get("funding") or _DASH]),
            ("Status", [enums.label(enums.STATUS, m.get("status"))]),
            ("Priorität", [enums.PRIORITY.get(m["priority"], str(m["priority"]))
                           if m.get("priority") is not None else _DASH]),
            ("Herkunft", [enums.label(enums.ORIGIN, m.get("origin"))]),
            ("Votum Lenkungsgruppe", [steering, note] if note else [steering]),
        ]
        parts = self.body.parts
        parts.append(_ATTR_TABLE_OPEN)
        for label, values in rows:
            parts.append(_ATTR_LABEL_CELLS[label])
            for value in values:
                parts.append(f"<w:p>{_runs(self.body, value)}</w:p>")
            parts.append("</w:tc></w:tr>")
        parts.append("</w:tbl>")

    def indicator_table(self, indicators: Sequence[Mapping[str, Any]]) -> None:
        parts = self.body.parts
        parts.append(_IND_TABLE_OPEN)
        body = self.body
        for ind in indicators:
            parts.append(f"<w:tr><w:tc><w:p>{_runs(body, ind.get('name') or _DASH)}</w:p>")
            if ind.get("definition"):
                parts.append(f"<w:p>{_runs(body, ind['definition'], _ITALIC)}</w:p>")
            parts.append("</w:tc>")
            for value in (
                ind.get("unit") or _DASH,
                _with_year(ind.get("baseline"), ind.get("baseline_year")),
                _with_year(ind.get("target"), ind.get("target_year")),
                ind.get("source") or _DASH,
                ind.get("frequency") or _DASH,
            ):
                parts.append(f"<w:tc><w:p>{_runs(body, value)}</w:p></w:tc>")
            parts.append("</w:tr>")
        parts.append("</w:tbl>")

    # --- negotiation -------------------------------------------------------------------

    def negotiation(self, subject_type: str, subject_id: str,
                    seen: frozenset[str] = frozenset()) -> None:
        """Positions, compromises (with Sondervoten) and votes on one record."""
        if not self.options.shows_negotiation:
            return
        key = (subject_type, subject_id)
        positions = self.positions.get(key, ())
        if positions:
            self.para("Positionen", "LIPZwischentitel")
            for p in positions:
                self.labelled(f"{self.holder(p)}: ", p.get("text"))
        for c in self.compromises.get(key, ()):
            if c["id"] in seen:  # a compromise about itself, directly or not: show once
                continue
            self.compromise(c, seen | {c["id"]})
        votes = self.votes.get(key, ())
        if votes:
            self.para("Abstimmungen" if len(votes) > 1 else "Abstimmung", "LIPZwischentitel")
            for v in votes:
                self.vote(v)

    def holder(self, item: Mapping[str, Any]) -> str:
        """Who holds a position or dissent: the person, else the label, else the side."""
        person = self.people.get(item.get("person_id") or "")
        if person is not None:
            side = enums.SIDE.get(person.get("side") or "")
            name = person.get("name") or "ohne Namen"
            return f"{name} ({side})" if side else name
        if item.get("label"):
            return str(item["label"])
        side_key = item.get("side")
        if side_key:
            return enums.label(enums.SIDE, side_key)
        return "ohne Angabe"

    def compromise(self, c: Mapping[str, Any], seen: frozenset[str]) -> None:
        mark = self.open_anchor("compromise", c["id"])
        status = enums.label(enums.COMPROMISE_STATUS, c.get("status"))
        self.body.parts.append(
            f'<w:p>{_ppr("LIPZwischentitel")}<w:bookmarkStart w:id="{mark[0]}" '
            f'w:name="{mark[1]}"/>{_runs(self.body, f"Kompromiss ({status})")}</w:p>')
        self.text_block(c.get("text"), "LIPEintrag")
        holders = [self.holder(self.positions_by_id[pid]) for pid in c.get("position_ids") or ()
                   if pid in self.positions_by_id]
        if holders:
            self.para("Verbindet die Positionen von: " + "; ".join(holders), "LIPEintrag",
                      rpr=_ITALIC)
        for dissent in c.get("dissents") or ():
            self.labelled(f"Sondervotum {self.holder(dissent)}: ", dissent.get("text"))
        self.negotiation("compromise", c["id"], seen)
        self.close_anchor(mark)

    def vote(self, v: Mapping[str, Any]) -> None:
        session = self.sessions.get(v.get("session_id") or "")
        when = _short_date((session or {}).get("starts_at") or v.get("opened_at"))
        label = f"Abstimmung vom {when}: " if when else "Abstimmung: "
        self.labelled(label, v.get("question") or "")
        self.para(_rule_text(v), "LIPUnterpunkt", rpr=_ITALIC)
        result = v.get("result")
        if v.get("status") == "open":
            self.para("Die Abstimmung ist noch offen.", "LIPUnterpunkt")
            return
        if not result:
            self.para("Kein Ergebnis erfasst.", "LIPUnterpunkt")
            return
        method = v.get("method")
        if method == "yes_no":
            self.labelled("Ergebnis: ", summarize_yes_no(result), "LIPUnterpunkt")
            if (v.get("rule") or {}).get("parity"):
                for side, figures in (result.get("by_side") or {}).items():
                    side_result = {**figures, "quorate": result.get("quorate", True)}
                    self.labelled(f"{enums.label(enums.SIDE, side)}: ",
                                  summarize_yes_no(side_result), "LIPUnterpunkt")
            return
        labels = {o["id"]: o.get("label") or _DASH for o in v.get("options") or ()}
        for entry in result.get("ranking") or ():
            name = labels.get(entry.get("option_id"), _DASH)
            if method == "dots":
                points = entry.get("points", 0)
                figure = f"{points} {'Punkt' if points == 1 else 'Punkte'}"
            elif entry.get("mean") is None:
                figure = "nicht bewertet"
            else:
                figure = (f"Widerstand {format_number(entry.get('total'))} "
                          f"(Ø {format_number(round(float(entry['mean']), 1))}), Akzeptanz "
                          f"{round(float(entry.get('acceptance') or 0) * 100)}{_NBSP}%")
            self.labelled(f"{entry.get('rank', '')}. ", f"{name} {_DASH} {figure}",
                          "LIPUnterpunkt")


def _rule_text(v: Mapping[str, Any]) -> str:
    """How the vote was taken, in one line: method and rule."""
    method = v.get("method") or ""
    rule = v.get("rule") or {}
    parts = [enums.label(enums.VOTE_METHOD, method)]
    if method == "yes_no":
        parts.append(enums.label(enums.MAJORITY, rule.get("majority") or "simple"))
        if rule.get("parity"):
            parts.append("doppelte Mehrheit (Verwaltung und extern je für sich)")
        if rule.get("quorum_min_present"):
            parts.append(f"beschlussfähig ab {rule['quorum_min_present']} Anwesenden")
    elif method == "dots":
        parts.append(f"{rule.get('dots_per_person', 3)} Punkte je Person")
        if rule.get("max_per_option"):
            parts.append(f"höchstens {rule['max_per_option']} je Option")
    elif method == "consent":
        parts.append(f"Widerstand von 0 bis {rule.get('scale_max', 10)}")
    return " · ".join(parts)


def _code_title(record: Mapping[str, Any]) -> str:
    code, title = record.get("code") or "", record.get("title") or ""
    return f"{code} {title}".strip() or "ohne Titel"


def _with_year(value: float | int | None, year: int | None) -> str:
    if value is None:
        return _DASH
    return f"{format_number(value)} ({year})" if year else format_number(value)


def _cell(text: str) -> str:
    """A cell with constant text. Cells carry no properties of their own: widths come from
    the table grid (fixed layout) and fonts, spacing and the bold head row or label column
    from the "LIP Tabelle" style, which keeps a 21,000-measure draft at half the XML."""
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _table_open(widths: Sequence[int], *, first_row: bool, first_col: bool) -> str:
    flags = (0x20 if first_row else 0) | (0x80 if first_col else 0) | 0x600  # no banding
    look = (f'<w:tblLook w:val="{flags:04X}" '
            f'w:firstRow="{int(first_row)}" w:lastRow="0" w:firstColumn="{int(first_col)}" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="LIPTabelle"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>{look}'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>")


_ATTR_TABLE_OPEN: Final = _table_open(_ATTR_COLS, first_row=False, first_col=True)
#: Row start, label cell and the start of the value cell, per attribute.
_ATTR_LABEL_CELLS: Final = {
    label: f"<w:tr>{_cell(label)}<w:tc>"
    for label in ("Federführung", "Kooperationspartner", "Zielgruppe", "Zeitraum", "Art",
                  "Kosten", "Finanzierung", "Status", "Priorität", "Herkunft",
                  "Votum Lenkungsgruppe")
}
_IND_HEADS: Final = ("Indikator", "Einheit", "Ausgangswert (Jahr)", "Zielwert (Jahr)", "Quelle",
                     "Erhebung")
#: The head row repeats on every page the table runs over.
_IND_TABLE_OPEN: Final = (
    _table_open(_IND_COLS, first_row=True, first_col=False)
    + "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
    + "".join(_cell(h) for h in _IND_HEADS) + "</w:tr>")


# --------------------------------------------------------------------------- furniture


def _header_footer(document: Any, parse: Callable[[str], Any], title: str, state: str) -> None:
    """Header "title · Entwurf …" and footer "Seite X von Y" on every page but the title page.

    The page numbers are fields (PAGE, NUMPAGES) that Word and LibreOffice compute.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = True
    for part in (section.first_page_header, section.first_page_footer):
        part.paragraphs  # noqa: B018 - creates the (empty) first-page part
    header_p = section.header.paragraphs[0]._p  # the paragraph's element: filled below
    footer_p = section.footer.paragraphs[0]._p
    small = '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
    header_xml = (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
                  f'<w:r>{small}<w:t xml:space="preserve">{title}</w:t></w:r>'
                  f'<w:r>{small}<w:tab/><w:tab/><w:t xml:space="preserve">{state}</w:t></w:r>'
                  "</w:p>")

    def field(instr: str) -> str:
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')

    footer_xml = (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/>'
                  '</w:pPr><w:r><w:t xml:space="preserve">Seite </w:t></w:r>'
                  f'{field("PAGE")}<w:r><w:t xml:space="preserve"> von </w:t></w:r>'
                  f'{field("NUMPAGES")}</w:p>')
    header_p.addnext(parse(header_xml))
    header_p.getparent().remove(header_p)
    footer_p.addnext(parse(footer_xml))
    footer_p.getparent().remove(footer_p)


def _drop_stale_parts(document: Any) -> None:
    """Drop the template's Word 2010 style copy and its thumbnail of an empty page.

    ``stylesWithEffects.xml`` duplicates ``styles.xml`` for Word 2010, without our styles
    or the German language; the thumbnail would show Explorer's preview a blank page.
    """
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rid)
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rid]


def _page_setup(document: Any) -> None:
    """A4 portrait (the template is US Letter), 2.5 cm side margins."""
    from docx.shared import Twips  # noqa: PLC0415 - docx is imported lazily with the export

    section = document.sections[0]
    section.page_width, section.page_height = Twips(_PAGE_W), Twips(_PAGE_H)
    section.left_margin = section.right_margin = Twips(_MARGIN_SIDE)
    section.top_margin, section.bottom_margin = Twips(1418), Twips(1134)
    section.header_distance = section.footer_distance = Twips(709)


def _properties(document: Any, doc: Mapping[str, Any], options: DraftOptions,
                now: datetime) -> None:
    cat = doc.get("catalogue") or {}
    version = int(cat.get("draft_version") or 0)
    props = document.core_properties
    props.title = clean(cat.get("title") or "Lokaler Integrationsplan")[:255]
    props.subject = clean(" ".join(p for p in (cat.get("process"), cat.get("city")) if p))[:255]
    props.author = clean(f"Expert*innengruppen {cat.get('process') or ''}".strip())[:255]
    props.last_modified_by = "LIP Desktop"
    props.comments = ("Entwurf zur öffentlichen Beteiligung" if options.public
                      else "Interner Arbeitsentwurf") + f", Version {version}"
    props.category = "Entwurf"
    props.keywords = "Lokaler Integrationsplan; Entwurf"
    props.language = "de-DE"
    props.version = str(version)
    props.revision = max(1, version)
    # Core properties are UTC (W3CDTF with "Z"); ``now`` is local time like everything else.
    props.created = props.modified = now.replace(microsecond=0).astimezone(UTC)


# --------------------------------------------------------------------------- entry points


def build_draft(doc: Mapping[str, Any], options: DraftOptions = DraftOptions(), *,
                progress: Callable[[int, int], bool] | None = None,
                now: datetime | None = None,
                warnings: list[str] | None = None) -> bytes:
    """The Word draft of ``doc`` (an interchange dict from ``export_document``) as bytes.

    ``progress(done, total)`` is called now and then (about a hundred times for a large
    catalogue); returning ``False`` cancels with :class:`CancelledError`. ``now`` is the
    date on the title page and in the document properties (tests fix it). When a list is
    passed as ``warnings``, German notes about what the draft could not carry (characters
    XML forbids, removed from the text) are appended to it, for the caller to show.
    Raises ``LipError("not_found")`` for an unknown ``options.field_code``.
    """
    import docx  # noqa: PLC0415 - 0.16 s of import, only when a draft is made
    from docx.oxml.parser import parse_xml  # noqa: PLC0415

    stamp = now or datetime.now()
    fields = list(doc.get("action_fields") or ())
    chosen: Mapping[str, Any] | None = None
    if options.field_code is not None:
        chosen = next((f for f in fields if f.get("code") == options.field_code), None)
        if chosen is None:
            raise LipError("not_found", record_type="Handlungsfeld", record=options.field_code)
        fields = [chosen]

    # What is shown, decided before writing so that the progress total is right.
    visible_goal: Callable[[Mapping[str, Any]], bool] = (
        (lambda g: True) if options.shows_rejected
        else (lambda g: g.get("status") not in HIDDEN_STATUSES))
    field_ids = {f["id"] for f in fields}
    goals = [g for g in doc.get("goals") or () if g.get("action_field_id") in field_ids]
    goal_ids = {g["id"] for g in goals}
    children: defaultdict[str, list[Mapping[str, Any]]] = defaultdict(list)
    roots: defaultdict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for g in goals:
        if not visible_goal(g):
            continue
        parent = g.get("parent_id")
        if parent and parent in goal_ids:
            children[parent].append(g)
        else:
            roots[g["action_field_id"]].append(g)
    shown_goals = _reachable(roots, children)
    measures: defaultdict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for m in doc.get("measures") or ():
        if m.get("goal_id") in shown_goals and visible_goal(m):
            measures[m["goal_id"]].append(m)
    indicators: defaultdict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for ind in doc.get("indicators") or ():
        indicators[ind.get("measure_id")].append(ind)
    sections = list(doc.get("strategy_sections") or ()) if chosen is None else []

    total = len(sections) + len(shown_goals) + sum(len(v) for v in measures.values()) + 1
    done = 0
    step = max(1, total // 100)
    next_report = 0

    def report(force: bool = False) -> None:
        nonlocal next_report
        if progress is None or (done < next_report and not force):
            return
        next_report = done + step
        if progress(done, total) is False:
            raise CancelledError()

    def tick() -> None:
        nonlocal done
        done += 1
        report()

    report(force=True)
    document = docx.Document()
    styles = _prepare_styles(document, parse_xml)
    _prepare_settings(document, parse_xml)
    _page_setup(document)
    _drop_stale_parts(document)
    _properties(document, doc, options, stamp)
    body_el = document.element.body
    for child in list(body_el):
        if child.tag != _W + "sectPr":
            body_el.remove(child)
    sect_pr = body_el.find(_W + "sectPr")
    body = _Body(sect_pr, parse_xml)
    # Header and footer first: python-docx finds sections with an XPath over the whole
    # body, which costs a full scan per access once the body is written.
    cat = doc.get("catalogue") or {}
    state = ("Entwurf zur öffentlichen Beteiligung" if options.public
             else "Entwurf (intern)") + f" · Version {int(cat.get('draft_version') or 0)}"
    _header_footer(document, parse_xml, _escape(clean(cat.get("title"))), _escape(state))
    draft = _Draft(doc, options, body, styles, indicators)

    draft.title_page(chosen, stamp)
    draft.contents()
    if sections:
        draft.strategy(sections, tick)
    for field in fields:
        draft.field(field, roots.get(field["id"], ()), children, measures, tick)
        body.flush()
    if not fields and not sections:
        draft.heading(1, "Handlungsfelder", page_break=True)
        draft.para("Der Katalog enthält noch keine Handlungsfelder.", "LIPHinweis")
    body.flush()
    if warnings is not None and body.removed:
        warnings.append(f"{body.removed} Steuerzeichen, die in Word-Dokumenten nicht erlaubt "
                        "sind, wurden im Entwurf weggelassen (der Katalog bleibt unverändert).")

    out = io.BytesIO()
    document.save(out)
    done = total
    report(force=True)
    return out.getvalue()


def _reachable(roots: Mapping[str, Sequence[Mapping[str, Any]]],
               children: Mapping[str, Sequence[Mapping[str, Any]]]) -> set[str]:
    """Ids of the goals that will be written: visible roots and their visible descendants."""
    seen: set[str] = set()
    stack = [g for gs in roots.values() for g in gs]
    while stack:
        g = stack.pop()
        if g["id"] in seen:
            continue
        seen.add(g["id"])
        stack.extend(children.get(g["id"], ()))
    return seen


def verify_draft(data: bytes) -> None:
    """Read a built draft back before it replaces a file: Word must find a title and headings.

    Raises ``LipError("bad_office_file")`` when python-docx cannot open it or when the
    title paragraph or the headings are missing.
    """
    import docx  # noqa: PLC0415

    def bad(reason: str) -> LipError:
        return LipError("bad_office_file", path="Export", kind="Word", reason=reason)

    try:
        document = docx.Document(io.BytesIO(data))
        by_name = {s.name: s.style_id for s in document.styles}
    except Exception as exc:  # whatever breaks here, the draft is unusable
        raise bad(f"lässt sich nicht öffnen: {type(exc).__name__}") from None
    title_id = by_name.get("Title")
    heading_ids = {by_name.get(f"Heading {n}") for n in range(1, 10)} - {None}
    first = document.element.body.find(_W + "p")
    if first is None or _style_of(first) != title_id or not "".join(
            t.text or "" for t in first.iter(_W + "t")).strip():
        raise bad("der Titel fehlt")
    for paragraph in document.element.body.iterchildren(_W + "p"):
        if _style_of(paragraph) in heading_ids:
            return
    raise bad("keine Überschriften")


def _style_of(paragraph: Any) -> str | None:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return None if style is None else str(style.get(_W + "val"))
