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
body is written as WordprocessingML text in chunks, streamed straight into the zip
(:func:`~lip_desktop.export.docx_parts.write_package`): parsing it into lxml and having
python-docx serialise it again cost most of the time and memory. The table of contents
comes early but is known only at the end, so the body after it is spooled (in memory
while small, then in a temporary file) and copied in behind it. :func:`verify_draft`
reads the result back as a stream before a file is replaced, which also proves the text
well-formed. Every user text goes through
:meth:`~lip_desktop.export.docx_parts.Body.x`, which removes what XML forbids
(:func:`lip_desktop.export.text.sanitize`) and escapes the markup characters; markup is
only ever made from constants and integers. Those building blocks (body, runs, styles,
header and footer, reading back) live in :mod:`lip_desktop.export.docx_parts`, shared
with the minutes (:mod:`lip_desktop.export.minutes`).

Everything a reader sees is German; enumerations use the labels of
:mod:`lip_desktop.model.enums`. Outdated terms are *not* replaced: the CLI reports them
before the export, and the text stays as the group wrote it.
"""

from __future__ import annotations

import io
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from lip_desktop.export.docx_parts import BOLD as _BOLD
from lip_desktop.export.docx_parts import ITALIC as _ITALIC
from lip_desktop.export.docx_parts import TEXT_W as _TEXT_W
from lip_desktop.export.docx_parts import W_NS as W_NS  # noqa: PLC0414 - re-exported
from lip_desktop.export.docx_parts import Body as _Body
from lip_desktop.export.docx_parts import Styles as _Styles
from lip_desktop.export.docx_parts import W as _W
from lip_desktop.export.docx_parts import cell as _cell
from lip_desktop.export.docx_parts import cell_w as _cell_w
from lip_desktop.export.docx_parts import check_streaming as _check_streaming
from lip_desktop.export.docx_parts import drop_stale_parts as _drop_stale_parts
from lip_desktop.export.docx_parts import escape as _escape
from lip_desktop.export.docx_parts import header_footer as _header_footer
from lip_desktop.export.docx_parts import page_setup as _page_setup
from lip_desktop.export.docx_parts import paragraphs as _paragraphs
from lip_desktop.export.docx_parts import ppr as _ppr
from lip_desktop.export.docx_parts import prepare_settings as _prepare_settings
from lip_desktop.export.docx_parts import prepare_styles as _prepare_styles
from lip_desktop.export.docx_parts import runs as _runs
from lip_desktop.export.docx_parts import table_open as _table_open
from lip_desktop.export.docx_parts import tc_width as _tc_width
from lip_desktop.export.docx_parts import write_package as _write_package
from lip_desktop.export.result import ExportResult
from lip_desktop.export.text import clean, sanitize
from lip_desktop.model import enums
from lip_desktop.model.contributions import counts_by_subject
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.naming import holder_text
from lip_desktop.model.vote_wording import figure_text, rule_line, side_figures, yes_no_line

#: Bookmark name prefixes per subject type. A name is prefix + the id's 32 hex digits:
#: 38 characters, within Word's limit of 40, starting with a letter as Word requires.
ANCHOR_PREFIXES: Final[Mapping[str, str]] = {
    "goal": "lip_g_",
    "measure": "lip_m_",
    "strategy_section": "lip_s_",
    "compromise": "lip_c_",
}
_PREFIX_TYPES: Final = {prefix: subject for subject, prefix in ANCHOR_PREFIXES.items()}
#: Field bookmarks (``lf`` + record letter + field code + ``_`` + 32 hex: 38 characters)
#: around every text the catalogue owns, so a tracked change inside one is traced back
#: to record and field (:mod:`lip_desktop.export.review`). Only fields of
#: :data:`lip_desktop.model.proposals.PROPOSABLE` are marked. An empty field is marked
#: around the placeholder the draft shows instead (``le`` instead of ``lf``), so text a
#: reviewer writes there comes back as that field's new text, without the placeholder.
FIELD_TYPE_LETTERS: Final[Mapping[str, str]] = {
    "goal": "g", "measure": "m", "strategy_section": "s", "indicator": "i"}
FIELD_CODES: Final[Mapping[str, str]] = {
    "title": "ti", "description": "de", "lead": "le", "funding": "fu", "body": "bo",
    "name": "na", "definition": "df", "partners": "pa", "target_groups": "tg"}
_FIELD_PREFIX: Final = "lf"
_EMPTY_FIELD_PREFIX: Final = "le"
#: What the draft shows in place of an empty text field that has its own paragraph.
EMPTY_TEXT_HINTS: Final[Mapping[str, str]] = {
    "description": "Noch keine Beschreibung.", "body": "Noch kein Text."}
_DASH: Final = "–"
_NOT_YET: Final = "noch offen"
#: Every placeholder an empty marked field shows: an untracked edit that leaves it as it
#: was changes nothing.
PLACEHOLDERS: Final = frozenset({*EMPTY_TEXT_HINTS.values(), _DASH, _NOT_YET})
_LETTER_TYPES: Final = {letter: subject for subject, letter in FIELD_TYPE_LETTERS.items()}
_CODE_FIELDS: Final = {code: field for field, code in FIELD_CODES.items()}

#: Statuses a draft can leave out ("ohne abgelehnte und zurückgestellte Maßnahmen").
HIDDEN_STATUSES: Final = frozenset({"rejected", "deferred"})

_ATTR_COLS: Final = (2600, _TEXT_W - 2600)
#: Wide enough for the longest word of each head in bold ("Ausgangswert", "Erhebung") plus
#: the cell margins, also in a wide substitute font (DejaVu Sans where Calibri is missing).
_IND_COLS: Final = (2000, 1150, 1850, 1300, 1300, _TEXT_W - 2000 - 1150 - 1850 - 1300 - 1300)

_MONTHS: Final = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                  "September", "Oktober", "November", "Dezember")
_NBSP: Final = "\u00a0"


@dataclass(frozen=True)
class DraftOptions:
    """What goes into the draft.

    ``public`` is the draft for the public comment round: it always leaves out rejected
    and deferred measures and all positions, compromises and votes, whatever the other
    two flags say, so a public draft cannot carry internal negotiation by mistake.
    Leaving out rejected and deferred measures also leaves out rejected and deferred
    goals, with everything below them. ``field_code`` limits the draft to one action
    field (without the strategy part, which belongs to the whole plan). Without options
    the draft is the full internal working draft. ``include_participation`` adds under
    each measure how many contributions from public participation fed it ("Aus der
    Beteiligung: 3 Beiträge"); a count, not the texts, so it may go public too.
    """

    field_code: str | None = None
    include_rejected: bool = True
    include_negotiation: bool = True
    public: bool = False
    include_participation: bool = False

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


def field_anchor(subject_type: str, record_id: str, field: str, *, empty: bool = False
                 ) -> str:
    """The bookmark name around one field's text: ``lfmde_<32 hex>`` (a measure's
    description); ``lemde_…`` around the placeholder of an empty one. Raises
    ``KeyError``/``ValueError`` for what the draft never marks."""
    prefix = _EMPTY_FIELD_PREFIX if empty else _FIELD_PREFIX
    return (f"{prefix}{FIELD_TYPE_LETTERS[subject_type]}{FIELD_CODES[field]}_"
            f"{uuid.UUID(record_id).hex}")


def is_empty_field_anchor(name: str) -> bool:
    """Whether a field bookmark we wrote lies around the placeholder of an empty field."""
    return name.startswith(_EMPTY_FIELD_PREFIX) and parse_field_anchor(name) is not None


def parse_field_anchor(name: str) -> tuple[str, str, str] | None:
    """``(subject_type, id with dashes, field)`` for a field bookmark we wrote, else
    ``None``."""
    if len(name) != 38 or name[:2] not in (_FIELD_PREFIX, _EMPTY_FIELD_PREFIX) \
            or name[5] != "_":
        return None
    subject, field = _LETTER_TYPES.get(name[2]), _CODE_FIELDS.get(name[3:5])
    if subject is None or field is None:
        return None
    try:
        return subject, str(uuid.UUID(hex=name[6:])), field
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
        #: (level, heading text, bookmark) of every heading the table of contents lists.
        self.toc_entries: list[tuple[int, str, str]] = []
        #: measure id → contributions that fed it, when the draft prints them
        self.fed: dict[str, int] = counts_by_subject(doc) \
            if options.include_participation else {}
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

    def text_block(self, text: Any, style: str | None = None,
                   field: tuple[str, str, str] | None = None) -> None:
        """Paragraphs of a text split at blank lines; with ``field`` (record type, id,
        field) the text is wrapped in that field's bookmark, from the first paragraph's
        first character to the last paragraph's last."""
        parts = _paragraphs(text)
        if field is not None and not parts:
            start, end = self.field_marks(field, empty=True)
            self.body.parts.append(
                f"<w:p>{_ppr('LIPHinweis')}{start}"
                f"{_runs(self.body, EMPTY_TEXT_HINTS[field[2]])}{end}</w:p>")
            return
        if field is None:
            for paragraph in parts:
                self.para(paragraph, style)
            return
        start, end = self.field_marks(field)
        last = len(parts) - 1
        for n, paragraph in enumerate(parts):
            self.body.parts.append(
                f"<w:p>{_ppr(style)}{start if n == 0 else ''}{_runs(self.body, paragraph)}"
                f"{end if n == last else ''}</w:p>")

    def field_marks(self, field: tuple[str, str, str], *, empty: bool = False
                    ) -> tuple[str, str]:
        """Start and end of one field's bookmark, as markup."""
        bid = self.body.bookmark()
        name = field_anchor(*field, empty=empty)
        return (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>',
                f'<w:bookmarkEnd w:id="{bid}"/>')

    def marked_runs(self, text: Any, field: tuple[str, str, str] | None, rpr: str = "", *,
                    empty: bool = False) -> str:
        """Runs of a one-paragraph field value, inside its bookmark when it has text;
        ``empty``: ``text`` is the placeholder shown for an empty field."""
        runs = _runs(self.body, text, rpr)
        if field is None or not runs:
            return runs
        start, end = self.field_marks(field, empty=empty)
        return f"{start}{runs}{end}"

    def marked_cell(self, values: Sequence[Any], field: tuple[str, str, str], *,
                    empty: bool) -> None:
        """One paragraph per value inside a table cell, all within the field's bookmark
        (a list field spans several paragraphs, one per entry)."""
        start, end = self.field_marks(field, empty=empty)
        last = len(values) - 1
        for n, value in enumerate(values):
            self.body.parts.append(f"<w:p>{start if n == 0 else ''}"
                                   f"{_runs(self.body, value)}{end if n == last else ''}</w:p>")

    def heading(self, level: int, text: str, bookmark: tuple[int, str] | None = None, *,
                page_break: bool = False, code: str = "",
                field: tuple[str, str, str] | None = None) -> None:
        """A heading; with ``field`` the ``text`` is that record's title, marked as its
        field, after ``code`` (not marked: a code is no text the reviewers word)."""
        mark = ""
        if bookmark is not None:
            mark = f'<w:bookmarkStart w:id="{bookmark[0]}" w:name="{bookmark[1]}"/>'
        extra = "<w:pageBreakBefore/>" if page_break else ""
        value, removed = sanitize(text)
        self.body.removed += removed
        single_line = " ".join(value.split())
        text_runs = _runs(self.body, single_line)
        if field is not None:
            if single_line:
                start, end = self.field_marks(field)
                text_runs = f"{start}{text_runs}{end}"
            code_text, _ = sanitize(code)
            if code_text:
                text_runs = _runs(self.body, f"{code_text} " if single_line else code_text) \
                    + text_runs
                single_line = f"{code_text} {single_line}".strip()
            elif not single_line:
                single_line = "ohne Titel"
        if level <= _TOC_LEVELS:  # a "_Toc" mark for the entry and its page number
            toc_id = self.body.bookmark()
            name = f"_Toc{toc_id:08d}"
            self.toc_entries.append((level, single_line, name))
            text_runs = (f'<w:bookmarkStart w:id="{toc_id}" w:name="{name}"/>{text_runs}'
                         f'<w:bookmarkEnd w:id="{toc_id}"/>')
        self.body.parts.append(f"<w:p>{_ppr(self.styles.heading(level), extra)}{mark}"
                               f"{text_runs}</w:p>")

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
        self.para(version_label(int(version)), "LIPTitelzeile")
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
        """The table of contents: a TOC field whose entries ``build_draft`` writes once
        the headings are known, so every reader shows them; Word refreshes the page
        numbers on opening (``updateFields``) and on F9."""
        self.para("Inhalt", self.styles.toc_heading, extra_ppr="<w:pageBreakBefore/>")
        self.body.parts.append(_TOC_PLACEHOLDER)
        self.para("Hinweise zur Kommentierung", "LIPZwischentitel")
        self.para("Bitte kommentieren Sie mit der Kommentarfunktion von Word (Überprüfen → "
                  "Neuer Kommentar) direkt an der betreffenden Stelle. Jeder Abschnitt ist "
                  "mit einer Textmarke versehen, über die Ihre Kommentare dem richtigen "
                  "Ziel, der richtigen Maßnahme oder dem Abschnitt des Strategieteils "
                  "zugeordnet werden; bitte löschen Sie deshalb keine Überschriften.",
                  "LIPHinweis")

    def toc_paragraphs(self) -> str:
        """The TOC field with one paragraph per heading (linked text, dotted tab, PAGEREF
        field). The page numbers' stored results stay empty: only a layout knows them.
        Word fills them on opening (``updateFields``); LibreOffice when fields are
        updated (Extras › Aktualisieren); a headless PDF conversion shows none."""
        entries = self.toc_entries
        begin = ('<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> {_TOC_FIELD} </w:instrText></w:r>'
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        if not entries:
            return (f"<w:p>{begin}<w:r><w:t>Noch keine Überschriften.</w:t></w:r>{end}</w:p>")
        out = []
        last = len(entries) - 1
        for n, (level, text, name) in enumerate(entries):
            out.append(
                f'<w:p><w:pPr><w:pStyle w:val="TOC{level}"/></w:pPr>'
                f"{begin if n == 0 else ''}"
                f'<w:hyperlink w:anchor="{name}" w:history="1">'
                f"<w:r><w:t xml:space=\"preserve\">{_escape(text)}</w:t></w:r>"
                "<w:r><w:tab/></w:r>"
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                f'<w:r><w:instrText xml:space="preserve"> PAGEREF {name} \\h </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t></w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                "</w:hyperlink>"
                f"{end if n == last else ''}</w:p>")
        return "".join(out)

    # --- strategy part ------------------------------------------------------------------

    def strategy(self, sections: Sequence[Mapping[str, Any]], tick: Callable[[], None]) -> None:
        self.heading(1, "Strategieteil", page_break=True)
        for section in sections:
            mark = self.open_anchor("strategy_section", section["id"])
            self.heading(2, section.get("title") or "Abschnitt", mark,
                         field=("strategy_section", section["id"], "title")
                         if section.get("title") else None)
            self.text_block(section.get("body"), field=("strategy_section", section["id"], "body"))
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

    def fields_without_goals(self, fields: Sequence[Mapping[str, Any]], *,
                             any_filled: bool) -> None:
        """One short section for the action fields without (shown) goals, instead of a
        page per field that only says so: a new catalogue's draft would otherwise be
        seven empty pages."""
        self.heading(1, "Weitere Handlungsfelder" if any_filled else "Handlungsfelder",
                     page_break=True)
        names = [f"{f.get('code') or ''} {f.get('name') or ''}".strip() for f in fields]
        if len(fields) == 1:
            intro = f"Für das Handlungsfeld {names[0]} sind noch keine Ziele erfasst."
        else:
            intro = "Für diese Handlungsfelder sind noch keine Ziele erfasst:"
        self.para(intro, "LIPHinweis")
        if len(fields) > 1:
            for name in names:
                self.para(name, "LIPEintrag")
        self.para("Ziele und Maßnahmen entstehen in den Sitzungen der Expert*innengruppen; "
                  "sobald sie erfasst sind, erscheinen sie in diesem Entwurf unter ihrem "
                  "Handlungsfeld.", "LIPHinweis")

    def goal(self, goal: Mapping[str, Any], level: int, mark: tuple[int, str]) -> None:
        self.heading(level, goal.get("title") or "", mark, code=goal.get("code") or "",
                     field=("goal", goal["id"], "title"))
        facts = [f"Status: {enums.label(enums.STATUS, goal.get('status'))}"]
        if goal.get("priority") is not None:
            facts.append(f"Priorität: {enums.PRIORITY.get(goal['priority'], _DASH)}")
        self.para(" · ".join(facts), "LIPHinweis")
        self.text_block(goal.get("description"), field=("goal", goal["id"], "description"))
        self.negotiation("goal", goal["id"])

    def measure(self, m: Mapping[str, Any], level: int) -> None:
        mark = self.open_anchor("measure", m["id"])
        self.heading(level, m.get("title") or "", mark, code=m.get("code") or "",
                     field=("measure", m["id"], "title"))
        self.text_block(m.get("description"), field=("measure", m["id"], "description"))
        self.attribute_table(m)
        if self.options.include_participation:
            self.para(participation_line(self.fed.get(m["id"], 0)), "LIPHinweis")
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
        marked = {"Federführung": ("measure", m["id"], "lead"),
                  "Kooperationspartner": ("measure", m["id"], "partners"),
                  "Zielgruppe": ("measure", m["id"], "target_groups"),
                  "Finanzierung": ("measure", m["id"], "funding")}
        rows: list[tuple[str, Sequence[Any]]] = [
            ("Federführung", [m.get("lead") or _NOT_YET]),
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
        for n, (label, values) in enumerate(rows):
            parts.append(_ATTR_FIRST_ROW[label] if n == 0 else _ATTR_LABEL_CELLS[label])
            field = marked.get(label)
            if field is not None:
                self.marked_cell(values, field, empty=not m.get(field[2]))
            else:
                for value in values:
                    parts.append(f"<w:p>{_runs(self.body, value)}</w:p>")
            parts.append("</w:tc></w:tr>")
        parts.append("</w:tbl>")

    def indicator_table(self, indicators: Sequence[Mapping[str, Any]]) -> None:
        parts = self.body.parts
        parts.append(_IND_TABLE_OPEN)
        body = self.body
        for ind in indicators:
            name_runs = self.marked_runs(ind.get("name") or _DASH,
                                         ("indicator", ind["id"], "name"),
                                         empty=not ind.get("name"))
            parts.append(f"<w:tr><w:tc><w:p>{name_runs}</w:p>")
            if ind.get("definition"):
                definition = self.marked_runs(ind["definition"],
                                              ("indicator", ind["id"], "definition"), _ITALIC)
                parts.append(f"<w:p>{definition}</w:p>")
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
        return holder_text(item, self.people)

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
        self.para(rule_line(v.get("method") or "", v.get("rule") or {}, with_method=True),
                  "LIPUnterpunkt", rpr=_ITALIC)
        result = v.get("result")
        if v.get("status") == "open":
            self.para("Die Abstimmung ist noch offen.", "LIPUnterpunkt")
            return
        if not result:
            self.para("Kein Ergebnis erfasst.", "LIPUnterpunkt")
            return
        method = v.get("method")
        if method == "yes_no":
            self.labelled("Ergebnis: ", yes_no_line(result), "LIPUnterpunkt")
            if (v.get("rule") or {}).get("parity"):
                for side, figures in (result.get("by_side") or {}).items():
                    self.labelled(f"{enums.label(enums.SIDE, side)}: ",
                                  side_figures(figures), "LIPUnterpunkt")
            return
        labels = {o["id"]: o.get("label") or _DASH for o in v.get("options") or ()}
        for entry in result.get("ranking") or ():
            name = labels.get(entry.get("option_id"), _DASH)
            if method in ("dots", "score", "ranked"):
                figure = figure_text(method, entry)
            elif entry.get("mean") is None:
                figure = "nicht bewertet"
            else:
                figure = (f"Widerstand {format_number(entry.get('total'))} "
                          f"(Ø {format_number(round(float(entry['mean']), 1))}), Akzeptanz "
                          f"{round(float(entry.get('acceptance') or 0) * 100)}{_NBSP}%")
            self.labelled(f"{entry.get('rank', '')}. ", f"{name} {_DASH} {figure}",
                          "LIPUnterpunkt")


def participation_line(count: int) -> str:
    """"Aus der Beteiligung: 3 Beiträge" under a measure (contributions ``considered``
    and linked to it)."""
    if count == 0:
        return "Aus der Beteiligung: keine Beiträge"
    return f"Aus der Beteiligung: {count} {'Beitrag' if count == 1 else 'Beiträge'}"


def version_label(version: int) -> str:
    """"Version 3"; a catalogue whose first draft was not yet numbered says so instead of
    "Version 0"."""
    return f"Version {version}" if version > 0 else "Vorabfassung"


def draft_file_name(stem: str, version: int) -> str:
    """"Katalog – Entwurf 3.docx"; without a number before the first numbered draft."""
    return f"{stem} – Entwurf {version}.docx" if version > 0 else f"{stem} – Entwurf.docx"


def _with_year(value: float | int | None, year: int | None) -> str:
    if value is None:
        return _DASH
    return f"{format_number(value)} ({year})" if year else format_number(value)


#: Heading levels the table of contents lists (as its field says: \o "1-3").
_TOC_LEVELS: Final = 3
_TOC_FIELD: Final = 'TOC \\o "1-3" \\h \\z \\u'
#: Where the table of contents goes; ``build_draft`` writes ``_Draft.toc_paragraphs`` in
#: its place once the headings are known.
_TOC_PLACEHOLDER: Final = "<!-- table of contents -->"
#: The body after the table of contents stays in memory up to this size, then goes to a
#: temporary file (a 21,000-measure body is about 140 MB of XML).
_SPOOL_IN_MEMORY: Final = 8 * 2**20
_COPY_BYTES: Final = 2**20
_ATTR_TABLE_OPEN: Final = _table_open(_ATTR_COLS, first_row=False, first_col=True)
#: Row start, label cell and the start of the value cell, per attribute.
_ATTR_LABEL_CELLS: Final = {
    label: f"<w:tr>{_cell(label)}<w:tc>"
    for label in ("Federführung", "Kooperationspartner", "Zielgruppe", "Zeitraum", "Art",
                  "Kosten", "Finanzierung", "Status", "Priorität", "Herkunft",
                  "Votum Lenkungsgruppe")
}
#: The first row carries the column widths (``tc_width``).
_ATTR_FIRST_ROW: Final = {
    label: f"<w:tr>{_cell_w(label, _ATTR_COLS[0])}<w:tc>{_tc_width(_ATTR_COLS[1])}"
    for label in _ATTR_LABEL_CELLS
}
_IND_HEADS: Final = ("Indikator", "Einheit", "Ausgangswert (Jahr)", "Zielwert (Jahr)", "Quelle",
                     "Erhebung")
#: The head row repeats on every page the table runs over.
_IND_TABLE_OPEN: Final = (
    _table_open(_IND_COLS, first_row=True, first_col=False)
    + "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
    + "".join(_cell_w(h, w) for h, w in zip(_IND_HEADS, _IND_COLS, strict=True))
    + "</w:tr>")


# --------------------------------------------------------------------------- furniture


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
                      else "Interner Arbeitsentwurf") + f", {version_label(version)}"
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
                now: datetime | None = None) -> ExportResult:
    """The Word draft of ``doc`` (an interchange dict from ``export_document``).

    ``progress(done, total)`` is called now and then (about a hundred times for a large
    catalogue); returning ``False`` cancels with :class:`CancelledError`. ``now`` is the
    date on the title page and in the document properties (tests fix it). The result's
    warnings are German notes about what the draft could not carry (characters XML
    forbids, removed from the text), for the caller to show (command line and UI).
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
    _prepare_settings(document, parse_xml, do_not_track_moves=True)
    _page_setup(document)
    _drop_stale_parts(document)
    _properties(document, doc, options, stamp)
    body_el = document.element.body
    for child in list(body_el):
        if child.tag != _W + "sectPr":
            body_el.remove(child)
    # The body after the table of contents is spooled as it is written (in memory while
    # small, then in a temporary file), because the contents are known only at the end.
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
    with spool:

        def spooled(text: str) -> None:
            spool.write(text.encode("utf-8"))

        body = _Body(body_el.find(_W + "sectPr"), parse_xml, sink=spooled)
        cat = doc.get("catalogue") or {}
        state = ("Entwurf zur öffentlichen Beteiligung" if options.public
                 else "Entwurf (intern)") \
            + f" · {version_label(int(cat.get('draft_version') or 0))}"
        _header_footer(document, parse_xml, _escape(clean(cat.get("title"))), _escape(state))
        draft = _Draft(doc, options, body, styles, indicators)

        draft.title_page(chosen, stamp)
        draft.contents()
        at = body.parts.index(_TOC_PLACEHOLDER)
        front = "".join(body.parts[:at])
        del body.parts[:at + 1]
        if sections:
            draft.strategy(sections, tick)
        filled = [f for f in fields if roots.get(f["id"])]
        for field in filled:
            draft.field(field, roots.get(field["id"], ()), children, measures, tick)
            body.flush()
        empty = [f for f in fields if not roots.get(f["id"])]
        if empty:
            draft.fields_without_goals(empty, any_filled=bool(filled))
        if not fields and not sections:
            draft.heading(1, "Handlungsfelder", page_break=True)
            draft.para("Der Katalog enthält noch keine Handlungsfelder.", "LIPHinweis")
        body.flush()
        warnings: list[str] = []
        if body.removed:
            warnings.append(f"{body.removed} Steuerzeichen, die in Word-Dokumenten nicht "
                            "erlaubt sind, wurden im Entwurf weggelassen (der Katalog "
                            "bleibt unverändert).")

        def chunks() -> Iterator[bytes]:
            """The body: title page, table of contents, then the spooled rest; each
            piece of the rest is a chance to cancel."""
            yield (front + draft.toc_paragraphs()).encode("utf-8")
            spool.seek(0)
            while piece := spool.read(_COPY_BYTES):
                report(force=True)
                yield piece

        out = io.BytesIO()
        _write_package(document, out, chunks())
    done = total
    report(force=True)
    return ExportResult(out.getvalue(), warnings)


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


def verify_draft(data: bytes, *, progress: Callable[[int, int], bool] | None = None) -> None:
    """Read a built draft back before it replaces a file: Word must find a title and headings.

    The document is read as a stream and never held whole (a 21,000-measure draft parsed
    at once took more memory than building it). ``progress(done, total)`` is called
    now and then; returning ``False`` cancels with :class:`CancelledError`.

    Raises ``LipError("bad_office_file")`` when the package or one of its XML parts
    cannot be read or when the title paragraph or the headings are missing.
    """
    _check_streaming(data, progress)
