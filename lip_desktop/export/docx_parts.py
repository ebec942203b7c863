"""The building blocks our Word documents share: XML text, styles, page and furniture.

The plan draft (:mod:`lip_desktop.export.word`) and the minutes of a session
(:mod:`lip_desktop.export.minutes`) are written the same way, so a facilitator finds the
same styles, the same German language setting and the same "Seite X von Y" footer in
both, and a fix to how user text is escaped reaches both at once.

Why the body is written as WordprocessingML text rather than through python-docx's
public API is explained in :mod:`lip_desktop.export.word` (speed on large drafts); here
are the pieces: :class:`Body` collects the text and moves it into the document in
parsed chunks, :func:`runs` turns user text into runs (sanitised and escaped), the style
and settings preparation makes the document German, A4 and restyleable, and
:func:`read_back` checks a built document before it replaces a file. Markup is only ever
made from constants and integers; every user text goes through :meth:`Body.x`.

Also here is the wording both documents use for the negotiation (who holds a position,
how a vote was taken), so the draft and the minutes cannot describe the same vote in two
ways.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from lip_desktop.export.text import sanitize
from lip_desktop.model.errors import CancelledError, LipError

W_NS: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W: Final = f"{{{W_NS}}}"

FONT: Final = "Calibri"
#: A4 portrait with 2.5 cm side margins: the text is 9,070 twips (16 cm) wide.
PAGE_W, PAGE_H, MARGIN_SIDE = 11906, 16838, 1418
TEXT_W: Final = PAGE_W - 2 * MARGIN_SIDE

NBSP: Final = "\u00a0"
DASH: Final = "–"
#: Flush the collected body text into the document after this many pieces, so the text
#: of a 21,000-measure draft never exists in full beside its parsed tree.
CHUNK_PIECES: Final = 40_000


# --------------------------------------------------------------------------- XML text


class Body:
    """Collects the body as WordprocessingML text and moves it into the document in chunks.

    With ``sink`` each chunk is handed over as text instead (the draft streams it into
    the ``.docx``, see :func:`write_package`) and never parsed here: the reading back
    before a file is replaced proves it well-formed.

    ``removed`` counts the characters XML forbids that were dropped from user text.
    """

    def __init__(self, sect_pr: Any, parse: Callable[[str], Any], *,
                 sink: Callable[[str], None] | None = None) -> None:
        self.parts: list[str] = []
        self.removed = 0
        self._sect_pr = sect_pr
        self._parse = parse
        self._sink = sink
        self._next_bookmark = 1

    def x(self, text: Any) -> str:
        """User text as XML character data: forbidden characters removed, markup escaped."""
        if text is None:
            return ""
        value, removed = sanitize(str(text))
        if removed:
            self.removed += removed
        return escape(value)

    def bookmark(self) -> int:
        bid = self._next_bookmark
        self._next_bookmark += 1
        return bid

    def flush(self) -> None:
        """Parse what was collected and move it before the body's final ``w:sectPr``
        (with a ``sink``: hand it over as text)."""
        if not self.parts:
            return
        if self._sink is not None:
            self._sink("".join(self.parts))
            self.parts.clear()
            return
        fragment = self._parse(f'<w:body xmlns:w="{W_NS}">{"".join(self.parts)}</w:body>')
        self.parts.clear()
        add = self._sect_pr.addprevious
        for child in list(fragment):
            add(child)

    def maybe_flush(self) -> None:
        if len(self.parts) >= CHUNK_PIECES:
            self.flush()


def escape(value: str) -> str:
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


def runs(body: Body, text: Any, rpr: str = "") -> str:
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


BOLD: Final = "<w:rPr><w:b/><w:bCs/></w:rPr>"
ITALIC: Final = "<w:rPr><w:i/><w:iCs/></w:rPr>"


def ppr(style: str | None, extra: str = "") -> str:
    if style is None and not extra:
        return ""
    inner = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:pPr>{inner}{extra}</w:pPr>"


def paragraphs(text: Any) -> list[str]:
    """A multi-paragraph text split at blank lines (single line breaks stay in the paragraph)."""
    if text is None:
        return []
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if not value.strip():
        return []
    if "\n\n" not in value:
        return [value]
    return [p.strip("\n") for p in value.split("\n\n") if p.strip()]


# --------------------------------------------------------------------------- tables


def cell(text: str) -> str:
    """A cell with constant text. Cells carry no properties of their own: widths come from
    the table grid (fixed layout) and fonts, spacing and the bold head row or label column
    from the "LIP Tabelle" style, which keeps a 21,000-measure draft at half the XML."""
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def tc_width(width: int) -> str:
    """A cell's width property. Word's fixed layout sizes the columns from the first
    row's cells, LibreOffice from the grid: the first row of every table carries both, so
    a head ("Erhebung", "Rang") is never broken inside a word by a narrower guess."""
    return f'<w:tcPr><w:tcW w:w="{int(width)}" w:type="dxa"/></w:tcPr>'


def cell_w(text: str, width: int) -> str:
    """``cell`` with its width (for the first row of a table, see ``tc_width``)."""
    return f"<w:tc>{tc_width(width)}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def table_open(widths: Sequence[int], *, first_row: bool, first_col: bool,
               indent: int = 0) -> str:
    """The opening of a "LIP Tabelle" table with fixed column widths (in twips).

    ``indent`` moves the table in from the left margin, to line it up with indented
    entries above it.
    """
    flags = (0x20 if first_row else 0) | (0x80 if first_col else 0) | 0x600  # no banding
    look = (f'<w:tblLook w:val="{flags:04X}" '
            f'w:firstRow="{int(first_row)}" w:lastRow="0" w:firstColumn="{int(first_col)}" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    ind = f'<w:tblInd w:w="{int(indent)}" w:type="dxa"/>' if indent else ""
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="LIPTabelle"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{ind}<w:tblLayout w:type="fixed"/>'
            f"{look}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>")


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    """Style ids, resolved once from the template (the ids are not the display names)."""

    title: str
    toc_heading: str
    headings: tuple[str, ...]  # index 0 = Heading 1

    def heading(self, level: int) -> str:
        return self.headings[max(1, min(level, len(self.headings))) - 1]


#: Our own paragraph and table styles. Named styles rather than direct formatting: a
#: facilitator can restyle the whole document in Word's style pane, and the XML stays small.
CUSTOM_STYLES: Final = f"""
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
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="TOC1">
 <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
 <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
 <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_W}"/></w:tabs>
  <w:spacing w:before="60" w:after="40"/><w:ind w:left="0" w:right="567"/></w:pPr>
 <w:rPr><w:b/></w:rPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="TOC2">
 <w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
 <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
 <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_W}"/></w:tabs>
  <w:spacing w:before="0" w:after="20"/><w:ind w:left="284" w:right="567"/></w:pPr>
</w:style>
<w:style xmlns:w="{W_NS}" w:type="paragraph" w:styleId="TOC3">
 <w:name w:val="toc 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
 <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
 <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_W}"/></w:tabs>
  <w:spacing w:before="0" w:after="20"/><w:ind w:left="568" w:right="567"/></w:pPr>
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


def prepare_styles(document: Any, parse: Callable[[str], Any]) -> Styles:
    """German language, a Windows font, A4-friendly tab stops and our own styles.

    ``w:lang de-DE`` in the default run properties makes Word hyphenate and check the
    spelling in German. The font is named explicitly instead of through the template's
    theme (whose body font is Cambria): Calibri ships with every Windows and Office;
    LibreOffice substitutes the metric-compatible Carlito where it is missing, so the
    page breaks stay close.
    """
    styles_el = document.styles.element
    for rfonts in styles_el.iter(W + "rFonts"):
        theme_keys = [k for k in rfonts.attrib if k.lower().endswith("theme")]
        if theme_keys:
            for key in theme_keys:
                del rfonts.attrib[key]
            for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
                rfonts.set(W + attr, FONT)
    defaults = styles_el.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    if defaults is not None:
        lang = defaults.find(W + "lang")
        if lang is None:
            lang = parse(f'<w:lang xmlns:w="{W_NS}"/>')
            defaults.append(lang)
        lang.set(W + "val", "de-DE")
        lang.set(W + "eastAsia", "de-DE")
    for style in document.styles:
        if style.style_id in ("Header", "Footer"):
            tabs = style.element.find(f"{W}pPr/{W}tabs")
            if tabs is not None:
                positions = (str(TEXT_W // 2), str(TEXT_W))
                for tab, pos in zip(tabs.findall(W + "tab"), positions, strict=False):
                    tab.set(W + "pos", pos)
    fragment = parse(f'<w:styles xmlns:w="{W_NS}">{CUSTOM_STYLES}</w:styles>')
    for style_el in list(fragment):
        styles_el.append(style_el)

    by_name = {s.name: s.style_id for s in document.styles}
    headings = tuple(by_name.get(f"Heading {n}", f"Heading{n}") for n in range(1, 10))
    return Styles(title=by_name.get("Title", "Title"),
                  toc_heading=by_name.get("TOC Heading", "TOCHeading"),
                  headings=headings)


def prepare_settings(document: Any, parse: Callable[[str], Any], *,
                     update_fields: bool = True, do_not_track_moves: bool = False) -> None:
    """German hyphenation, German theme-font language and number separators, and (with
    ``update_fields``) ``updateFields``, so Word refreshes a table of contents on opening.

    A document without a table of contents leaves ``update_fields`` off: Word then asks
    no question on opening, and the page fields update by themselves anyway.

    With ``do_not_track_moves`` Word records a moved passage as a deletion plus an
    insertion (``w:doNotTrackMoves``): the reader of a reviewed draft then sees the text
    leave one field and arrive in another, each a change of its own field.

    Children of ``w:settings`` have a fixed order in the schema; each is inserted in its
    place so that Word does not call the file damaged.
    """
    settings = document.settings.element

    def element(tag: str, attrs: str = "") -> Any:
        return parse(f'<w:{tag} xmlns:w="{W_NS}" {attrs}/>')

    def put(tag: str, attrs: str, before: Sequence[str]) -> None:
        old = settings.find(W + tag)
        if old is not None:
            settings.remove(old)
        new = element(tag, attrs)
        for name in before:
            anchor = settings.find(W + name)
            if anchor is not None:
                anchor.addprevious(new)
                return
        settings.append(new)

    if do_not_track_moves:
        put("doNotTrackMoves", "",
            ("doNotTrackFormatting", "documentProtection", "autoFormatOverride",
             "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
             "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps",
             "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle",
             "evenAndOddHeaders", "characterSpacingControl", "savePreviewPicture",
             "updateFields", "compat", "rsids", "themeFontLang"))
    put("autoHyphenation", 'w:val="true"',
        ("consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
         "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
         "characterSpacingControl", "savePreviewPicture", "updateFields", "compat", "rsids"))
    if update_fields:
        put("updateFields", 'w:val="true"',
            ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids",
             "mathPr", "themeFontLang"))
    put("themeFontLang", 'w:val="de-DE"',
        ("clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
         "shapeDefaults", "decimalSymbol"))
    put("decimalSymbol", 'w:val=","', ("listSeparator",))
    put("listSeparator", 'w:val=";"', ())


# --------------------------------------------------------------------------- furniture


def header_footer(document: Any, parse: Callable[[str], Any], title: str, state: str, *,
                  title_page: bool = True) -> None:
    """Header "title · state" and footer "Seite X von Y".

    ``title`` and ``state`` are XML text already (escaped). With ``title_page`` the first
    page (a title page) has neither; without it every page has both. The page numbers
    are fields (PAGE, NUMPAGES) that Word and LibreOffice compute.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = title_page
    if title_page:
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


def drop_stale_parts(document: Any) -> None:
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


def page_setup(document: Any) -> None:
    """A4 portrait (the template is US Letter), 2.5 cm side margins."""
    from docx.shared import Twips  # noqa: PLC0415 - docx is imported lazily with the export

    section = document.sections[0]
    section.page_width, section.page_height = Twips(PAGE_W), Twips(PAGE_H)
    section.left_margin = section.right_margin = Twips(MARGIN_SIDE)
    section.top_margin, section.bottom_margin = Twips(1418), Twips(1134)
    section.header_distance = section.footer_distance = Twips(709)


def empty_body(document: Any, parse: Callable[[str], Any]) -> Body:
    """A :class:`Body` writing into ``document``, whose template paragraphs are removed."""
    body_el = document.element.body
    for child in list(body_el):
        if child.tag != W + "sectPr":
            body_el.remove(child)
    return Body(body_el.find(W + "sectPr"), parse)


# --------------------------------------------------------------------------- saving


def write_package(document: Any, target: Any, body: Iterable[bytes]) -> None:
    """Save ``document`` as python-docx would, except that the body of ``document.xml``
    comes from ``body`` (UTF-8 chunks of WordprocessingML), streamed into the zip.

    Why: a large draft's body parsed into lxml and serialised again by python-docx took
    most of the export's time and memory; the furniture (styles, settings, header,
    footer, properties, relationships) is small and still comes from python-docx. The
    document's own body must hold nothing but its final ``w:sectPr``: the chunks go in
    front of it. Parts are written in python-docx's order (content types, package
    relationships, each part followed by its relationships).
    """
    from docx.opc.oxml import serialize_part_xml  # noqa: PLC0415
    from docx.opc.spec import default_content_types  # noqa: PLC0415

    package = document.part.package
    parts = list(package.iter_parts())
    defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml",
                "xml": "application/xml"}
    overrides: dict[str, str] = {}
    for part in parts:
        ext = part.partname.ext
        if (ext.lower(), part.content_type) in default_content_types:
            defaults[ext] = part.content_type
        else:
            overrides[str(part.partname)] = part.content_type
    content_types = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(f'<Default Extension="{escape(ext)}" ContentType="{escape(ct)}"/>'
                  for ext, ct in sorted(defaults.items()))
        + "".join(f'<Override PartName="{escape(name)}" ContentType="{escape(ct)}"/>'
                  for name, ct in sorted(overrides.items()))
        + "</Types>")
    head, sect_pr, tail = serialize_part_xml(document.element).partition(b"<w:sectPr")
    if not sect_pr or b"<w:p" in head.rpartition(b"<w:body")[2]:
        raise AssertionError("the document body must hold nothing but its sectPr")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types.encode("utf-8"))
        archive.writestr("_rels/.rels", package.rels.xml)
        for part in parts:
            if part is document.part:
                with archive.open(part.partname.membername, "w") as stream:
                    stream.write(head)
                    for chunk in body:
                        stream.write(chunk)
                    stream.write(sect_pr + tail)
            else:
                archive.writestr(part.partname.membername, part.blob)
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, part.rels.xml)


# --------------------------------------------------------------------------- reading back


def read_back(data: bytes) -> Any:
    """Open a built document as Word would and check its skeleton; the python-docx
    ``Document`` for further checks.

    Raises ``LipError("bad_office_file")`` when python-docx cannot open it, when the first
    paragraph is not a title with text, or when no paragraph is a heading: without those
    the document is not one we meant to write, and it must not replace a good file.
    """
    import docx  # noqa: PLC0415

    try:
        document = docx.Document(io.BytesIO(data))
        by_name = {s.name: s.style_id for s in document.styles}
    except Exception as exc:  # whatever breaks here, the document is unusable
        raise bad_document(f"lässt sich nicht öffnen: {type(exc).__name__}") from None
    title_id = by_name.get("Title")
    heading_ids = {by_name.get(f"Heading {n}") for n in range(1, 10)} - {None}
    first = document.element.body.find(W + "p")
    if first is None or style_of(first) != title_id or not "".join(
            t.text or "" for t in first.iter(W + "t")).strip():
        raise bad_document("der Titel fehlt")
    for paragraph in document.element.body.iterchildren(W + "p"):
        if style_of(paragraph) in heading_ids:
            return document
    raise bad_document("keine Überschriften")


def check_streaming(data: bytes, progress: Callable[[int, int], bool] | None = None) -> None:
    """What :func:`read_back` checks, without holding the whole document in memory.

    The package parts are read as a Word reader would (content types, relationships, the
    main document found through them); every XML part must be well-formed; the main
    document is parsed as a stream (``iterparse``) whose finished body elements are
    dropped at once, so a 21,000-measure draft is checked in a few megabytes. Its first
    paragraph must be a title with text and some paragraph a heading, by the style names
    in ``styles.xml``. ``progress(bytes read, bytes in all)`` is called about every
    megabyte of the document; returning ``False`` raises ``CancelledError``.

    Raises ``LipError("bad_office_file")`` otherwise.
    """
    from lxml import etree  # noqa: PLC0415

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        with archive:
            main, styles = _main_parts(archive, etree)
            info = archive.getinfo(main)
            with archive.open(info) as raw:
                first, heading = _stream_body(_Counting(raw, info.file_size, progress),
                                              styles, etree)
    except (LipError, CancelledError):
        raise
    except Exception as exc:  # whatever breaks here, the document is unusable
        raise bad_document(f"lässt sich nicht öffnen: {type(exc).__name__}") from None
    if not first:
        raise bad_document("der Titel fehlt")
    if not heading:
        raise bad_document("keine Überschriften")


def _parser(etree: Any) -> Any:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _main_parts(archive: zipfile.ZipFile, etree: Any) -> tuple[str, tuple[str, set[str]]]:
    """The main document's member name (through the package relationships), and the
    title's and headings' style ids; every other XML part is parsed on the way (each must
    be well-formed, as for a Word reader)."""
    rel = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"

    def parse(name: str) -> Any:
        return etree.fromstring(archive.read(name), _parser(etree))

    def target(rels: Any, kind: str, folder: str) -> str:
        value = next(str(r.get("Target")) for r in rels.iter(rel)
                     if str(r.get("Type")).endswith(kind))
        return value.lstrip("/") if value.startswith("/") or not folder \
            else f"{folder}/{value}"

    main = target(parse("_rels/.rels"), "/officeDocument", "")
    trees = {name: parse(name) for name in archive.namelist()
             if name.endswith((".xml", ".rels")) and name != main}
    folder, _, leaf = main.rpartition("/")
    own_rels = trees[f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels"]
    styles = trees[target(own_rels, "/styles", folder)]
    names = {str(n.get(W + "val")).lower(): str(s.get(W + "styleId"))
             for s in styles.iter(W + "style") for n in s.iterchildren(W + "name")}
    heading_ids = {names[f"heading {n}"] for n in range(1, 10) if f"heading {n}" in names}
    return main, (names.get("title", "Title"), heading_ids)


def _stream_body(stream: Any, styles: tuple[str, set[str]], etree: Any) -> tuple[bool, bool]:
    """(first paragraph is a title with text, some paragraph is a heading), reading the
    main document as a stream and dropping each top-level body element once read.

    Only the ends of paragraphs and tables come back from the parser (filtered in C),
    which keeps the check at a fraction of the time of looking at every element."""
    title_id, heading_ids = styles
    p_tag, body_tag = W + "p", W + "body"
    first: bool | None = None
    heading = False
    for _, el in etree.iterparse(stream, events=("end",), tag=(p_tag, W + "tbl"),
                                 resolve_entities=False, no_network=True, load_dtd=False):
        parent = el.getparent()
        if parent is None or parent.tag != body_tag:  # inside a table: with the table
            continue
        if el.tag == p_tag:
            style = style_of(el)
            if first is None:
                first = style == title_id and bool(
                    "".join(t.text or "" for t in el.iter(W + "t")).strip())
            heading = heading or style in heading_ids
        el.clear()
        while el.getprevious() is not None:
            del parent[0]
    return bool(first), heading


class _Counting:
    """A readable stream that reports how far it got and lets the reader cancel."""

    def __init__(self, raw: Any, total: int,
                 progress: Callable[[int, int], bool] | None) -> None:
        self._raw = raw
        self._total = total
        self._progress = progress
        self._read = 0
        self._next_report = 0

    def read(self, size: int = -1) -> bytes:
        chunk: bytes = self._raw.read(size)
        self._read += len(chunk)
        if self._progress is not None and (self._read >= self._next_report or not chunk):
            self._next_report = self._read + 2**20
            if self._progress(self._read, self._total) is False:
                raise CancelledError()
        return chunk


def bad_document(reason: str) -> LipError:
    return LipError("bad_office_file", path="Export", kind="Word", reason=reason)


def style_of(paragraph: Any) -> str | None:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return None if style is None else str(style.get(W + "val"))


# --------------------------------------------------------------------------- wording


