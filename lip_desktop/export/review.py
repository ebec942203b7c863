"""Comments from a reviewed Word draft, traced back to the records they are about.

The draft (:mod:`lip_desktop.export.word`) wraps every strategy section, goal, measure and
compromise in a bookmark named after the record (``lip_m_<32 hex>`` …); a measure's
bookmark lies inside its goal's. A reviewer's comment belongs to the *innermost* of our
bookmarks that is open where the commented text begins. "Where the text begins" is the
first character of text after the comment's ``w:commentRangeStart``, not the marker
itself: when a reviewer selects a whole heading, Word may put the range start in front
of the bookmark start of that heading, and the comment is still about that section.
A comment without a range is placed at its ``w:commentReference``.

Comments outside every bookmark (title page, table of contents) or only in headers and
footers are returned with an empty subject, so the import counts them as not attached
instead of dropping them silently.

The file is untrusted. The zip container is checked against bombs again here
(:func:`check_office_zip`; cheap, and callers other than the CLI need it too). The XML is
parsed by python-docx's parser, which is lxml with ``resolve_entities=False`` (checked in
the tests): entity declarations in a hostile file are not expanded (no "billion laughs",
no external entities), lxml does not load DTDs or touch the network by default, and
python-docx reads only the parts its relationships name. defusedxml is therefore not
needed here (it protects the standard library's parsers, which are not used).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from typing import Any, Final

from lip_desktop.export.files import check_office_zip, release_tree
from lip_desktop.export.word import (
    PLACEHOLDERS,
    W_NS,
    is_empty_field_anchor,
    parse_anchor,
    parse_field_anchor,
)
from lip_desktop.model.collector import release
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.proposals import SEVERAL_PARAGRAPHS, shown_text
from lip_desktop.model.values import (
    FieldTextIn,
    ProposalIn,
    ReviewCommentIn,
    ReviewedDraft,
    UnplacedChange,
)

_W: Final = f"{{{W_NS}}}"
_T: Final = _W + "t"
_BOOKMARK_START: Final = _W + "bookmarkStart"
_BOOKMARK_END: Final = _W + "bookmarkEnd"
_RANGE_START: Final = _W + "commentRangeStart"
_RANGE_END: Final = _W + "commentRangeEnd"
_REFERENCE: Final = _W + "commentReference"
_ID: Final = _W + "id"
_NAME: Final = _W + "name"
#: What a comment outside every section is attached to: nothing (counted as orphaned).
_NOWHERE: Final = ("", "")


def read_review_comments(data: bytes, source_name: str) -> list[ReviewCommentIn]:
    """Every comment of the reviewed draft ``data``, in the order of the comments part.

    ``source_name`` names the file in messages. A file that is not a valid .docx raises
    ``LipError("bad_office_file")``.
    """
    return list(read_reviewed_draft(data, source_name).comments)


def read_reviewed_draft(data: bytes, source_name: str,
                        progress: Callable[[int, int], bool] | None = None) -> ReviewedDraft:
    """Comments, tracked changes as proposals (one per reviewer and field), tracked
    changes outside every field, and the draft's version, from a reviewed draft.

    Refusals as :func:`read_review_comments`; a refused file yields nothing.
    ``progress(done, total)`` is called as the body is walked (a 21,000-measure draft
    takes half a minute); returning ``False`` raises ``CancelledError``.
    """
    from docx.exceptions import InvalidXmlError  # noqa: PLC0415

    def report(done: int, total: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise CancelledError()

    check_office_zip(data, source_name, "Word")
    report(0, 100)
    document = _open(data, source_name)
    body = None
    try:
        body = _plain_body(data, document, source_name)
        report(10, 100)
        places = _comment_places(body)
        raw_comments = list(document.comments)
        found = [_comment(c, places) for c in raw_comments]
        threads = _threads(document, raw_comments)
        paragraphs = max(sum(1 for _ in body.iter(_P)), 1)

        def walked(done: int) -> None:  # the walk is the rest of the bar
            report(15 + 85 * done // paragraphs, 100)

        proposals, texts, unplaced = _tracked_changes(body, threads, walked)
        version = _draft_version(document)
        created = _created(document)
    except (InvalidXmlError, ValueError, KeyError, AttributeError, TypeError) as exc:
        # A part of an unexpected shape (say, a comments part whose root is something
        # else) surfaces as one of these from python-docx's element classes.
        raise _bad(source_name, f"unlesbarer Inhalt: {type(exc).__name__}") from None
    finally:
        # the body goes here, in pieces (``release_tree``), not in one long free
        if body is not None:
            release_tree(body)
    return ReviewedDraft(tuple(c for c in found if c is not None), tuple(proposals),
                         tuple(unplaced), version, tuple(texts), created)


def _plain_body(data: bytes, document: Any, source_name: str) -> Any:
    """The main document's body, parsed with plain lxml elements (the only parse of it).

    python-docx's element classes make every element visited from Python an object of
    its own class; walking a 2,100-measure body that way took most of the import's
    time. A plain parser (entities not resolved, no network, like python-docx's own) is
    walked several times faster. The part is fed to it a megabyte at a time as it is
    unpacked: the whole part at once (136 MB at 21,000 measures) was copied twice in
    calls that hold the GIL, 90 ms in which the window could not repaint.
    """
    from lxml import etree  # noqa: PLC0415

    name = str(document.part.partname).lstrip("/")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(name) as part:
            while chunk := part.read(_CHUNK):
                parser.feed(chunk)
        body = parser.close().find(_W + "body")
    except etree.XMLSyntaxError:  # lxml's detail is English and means nothing to a reader
        raise _bad(source_name, "beschädigtes XML") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:  # damaged packing
        raise _bad(source_name, f"beschädigt ({type(exc).__name__})") from None
    if body is None:
        raise ValueError("no body")
    return body


#: Bytes of the unpacked body handed to the parser at a time.
_CHUNK: Final = 1 << 20


def _created(document: Any) -> str | None:
    """When the draft was made, in local time like the catalogue's history: the
    document property is UTC (python-docx reads it without a zone)."""
    from datetime import UTC  # noqa: PLC0415

    created = document.core_properties.created
    if not isinstance(created, datetime):
        return None
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return created.astimezone().replace(tzinfo=None, microsecond=0).isoformat()


def _draft_version(document: Any) -> int | None:
    """The version the draft was written as (document property "Version")."""
    value = (document.core_properties.version or "").strip()
    return int(value) if value.isdigit() else None


_W14_PARA_ID: Final = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_W15: Final = "{http://schemas.microsoft.com/office/word/2012/wordml}"
_COMMENTS_EXTENDED: Final = ("application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.commentsExtended+xml")


def _threads(document: Any, comments: list[Any]) -> dict[str, list[str]]:
    """Comment id → its thread as lines ("Autor*in: Text", replies after it, "erledigt"
    marked). Replies and the done state live in ``commentsExtended.xml`` (Word 2013 and
    later), keyed by the paragraph id of a comment's last paragraph; older files and
    LibreOffice's have none, and each comment is then a thread of its own."""
    states = _extended_states(document)
    by_para: dict[str, str] = {}
    lines: dict[str, str] = {}
    parent_of: dict[str, str] = {}
    for comment in comments:
        element = comment._comment_elm
        comment_id = _norm(element.get(_ID))
        author = (element.get(_W + "author") or "").strip()
        text = comment.text.strip()
        paragraphs = element.findall(_W + "p")
        para_id = paragraphs[-1].get(_W14_PARA_ID) if paragraphs else None
        done, parent = states.get(para_id or "", (False, None))
        line = f"{author}: {text}" if author else text
        lines[comment_id] = f"{line} (erledigt)" if done else line
        if para_id:
            by_para[para_id] = comment_id
        if parent:
            parent_of[comment_id] = parent
    replies: dict[str, list[str]] = {}
    root_of: dict[str, str] = {}
    for comment_id, parent_para in parent_of.items():
        parent_id = by_para.get(parent_para)
        if parent_id is not None and parent_id != comment_id:
            replies.setdefault(parent_id, []).append(comment_id)
            root_of[comment_id] = parent_id
    threads = {comment_id: [line] + [f"↳ {lines[r]}" for r in replies.get(comment_id, ())]
               for comment_id, line in lines.items() if comment_id not in root_of}
    for comment_id, parent_id in root_of.items():  # a reply brings its whole thread
        threads[comment_id] = threads.get(parent_id, [lines[comment_id]])
    return threads


def _extended_states(document: Any) -> dict[str, tuple[bool, str | None]]:
    """paraId → (done, parent paraId) from ``commentsExtended.xml``, if the file has it."""
    from docx.oxml.parser import parse_xml  # noqa: PLC0415

    for rel in document.part.rels.values():
        if rel.is_external or rel.target_part.content_type != _COMMENTS_EXTENDED:
            continue
        root = parse_xml(rel.target_part.blob)
        return {el.get(_W15 + "paraId") or "": (el.get(_W15 + "done") in ("1", "true"),
                                                el.get(_W15 + "paraIdParent"))
                for el in root.iter(_W15 + "commentEx")}
    return {}


def _open(data: bytes, source_name: str) -> Any:
    import docx  # noqa: PLC0415 - imported with the feature, not at start-up
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415
    from lxml import etree  # noqa: PLC0415

    try:
        return docx.Document(io.BytesIO(_without_body(data)))
    except PackageNotFoundError:
        raise _bad(source_name, "kein Word-Dokument") from None
    except ValueError as exc:  # python-docx: "… is not a Word file, content type is …"
        reason = "kein Word-Dokument" if "content type" in str(exc) else "ungültiger Inhalt"
        raise _bad(source_name, reason) from None
    except etree.XMLSyntaxError:  # lxml's detail is English and means nothing to a reader
        raise _bad(source_name, "beschädigtes XML") from None
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise _bad(source_name, f"beschädigt ({type(exc).__name__})") from None


_RELS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EMPTY_BODY: Final = (f'<w:document xmlns:w="{W_NS}"><w:body/></w:document>').encode()


def _without_body(data: bytes) -> bytes:
    """The draft's package with an empty main document, for python-docx.

    python-docx parses every part with its own shared parser, which keeps the GIL for
    the whole parse: 3.5 s for the body of a 21,000-measure draft, in which the window
    could not repaint (bench/bench_responsiveness.py). The reader needs python-docx only
    for the comments and the document properties; the body is parsed once, by
    :func:`_plain_body`, with a parser of its own that lets other threads run. A package
    whose main part cannot be found is passed on unchanged, for python-docx's refusal.
    """
    from lxml import etree  # noqa: PLC0415

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        try:
            rels = etree.fromstring(source.read("_rels/.rels"), parser)
        except (KeyError, etree.XMLSyntaxError):
            return data
        main = next((rel.get("Target") or "" for rel in rels.iter(_RELS + "Relationship")
                     if (rel.get("Type") or "").endswith("/officeDocument")), "")
        main = main.lstrip("/")
        if main not in source.namelist():
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as target:
            for info in source.infolist():
                target.writestr(info.filename, _EMPTY_BODY if info.filename == main
                                else source.read(info))
    return out.getvalue()


def _bad(source_name: str, reason: str) -> LipError:
    return LipError("bad_office_file", path=source_name, kind="Word", reason=reason)


def _comment_places(body: Any) -> dict[str, tuple[str, str]]:
    """Comment id (as written in the XML) → the record of the innermost open bookmark."""
    open_marks: dict[str, tuple[str, str]] = {}  # bookmark id → record, in opening order
    pending: list[str] = []  # comments whose range started, waiting for their first text
    places: dict[str, tuple[str, str]] = {}

    def innermost() -> tuple[str, str]:
        return next(reversed(open_marks.values())) if open_marks else _NOWHERE

    def settle(comment_id: str) -> None:
        if comment_id not in places:
            places[comment_id] = innermost()

    for el in body.iter(_T, _BOOKMARK_START, _BOOKMARK_END, _RANGE_START, _RANGE_END,
                        _REFERENCE):
        tag = el.tag
        if tag == _T:
            if pending and el.text:
                for comment_id in pending:
                    settle(comment_id)
                pending.clear()
        elif tag == _BOOKMARK_START:
            record = parse_anchor(el.get(_NAME) or "")
            if record is not None:
                key = el.get(_ID) or ""
                open_marks.pop(key, None)
                open_marks[key] = record
        elif tag == _BOOKMARK_END:
            open_marks.pop(el.get(_ID) or "", None)
        elif tag == _RANGE_START:
            comment_id = _norm(el.get(_ID))
            if comment_id not in places and comment_id not in pending:
                pending.append(comment_id)
        else:  # range end or reference: a range without text is placed here
            comment_id = _norm(el.get(_ID))
            if comment_id in pending:
                pending.remove(comment_id)
            settle(comment_id)
    for comment_id in pending:
        settle(comment_id)
    return places


def _norm(comment_id: str | None) -> str:
    """Comment ids are decimal numbers; "07" and "7" are the same comment."""
    value = (comment_id or "").strip()
    return str(int(value)) if value.isdigit() else value


def _comment(comment: Any, places: dict[str, tuple[str, str]]) -> ReviewCommentIn | None:
    element = comment._comment_elm  # raw attributes: python-docx raises on a missing author
    comment_id = _norm(element.get(_ID))
    if not comment_id:
        return None
    subject_type, subject_id = places.get(comment_id, _NOWHERE)
    return ReviewCommentIn(
        subject_type=subject_type,
        subject_id=subject_id,
        author=(element.get(_W + "author") or "").strip(),
        created_at=_timestamp(element.get(_W + "date")),
        text=comment.text.strip(),
    )


def _timestamp(value: str | None) -> str | None:
    """The comment's date as written, without a zone: ``2026-03-16T11:24:00``.

    Word writes the author's local clock time and still appends "Z", so converting from
    UTC would shift every comment by an hour or two; the catalogue keeps local times
    without a zone anyway. An unreadable date is dropped, not guessed.
    """
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.replace(tzinfo=None, microsecond=0).isoformat()


# --------------------------------------------------------------------------- tracked changes

_P: Final = _W + "p"
_TBL: Final = _W + "tbl"
_RUN: Final = _W + "r"
_PPR: Final = _W + "pPr"
_CELL_TAGS: Final = frozenset({_W + "tc", _TBL})
#: What the walk over the body looks at; everything else is skipped by lxml itself.
_WALKED: Final = (_P, _TBL, _W + "tc", _T, _W + "delText", _W + "tab", _W + "br", _W + "cr",
                  _BOOKMARK_START, _BOOKMARK_END, _RANGE_START, _RANGE_END)
_DEL_TEXT: Final = _W + "delText"
_TAB: Final = _W + "tab"
_BR: Final = _W + "br"
_CR: Final = _W + "cr"
_INS_TAGS: Final = frozenset({_W + "ins", _W + "moveTo"})
_DEL_TAGS: Final = frozenset({_W + "del", _W + "moveFrom"})
_TEXT_TAGS: Final = frozenset({_T, _DEL_TEXT, _TAB, _BR, _CR})
_HEADING_STYLES: Final = ("heading", "berschrift", "title", "titel")
_PARAGRAPH_BREAK: Final = "\n\n"


@dataclass(slots=True)
class _Piece:
    """A stretch of a field's text: plain, or inserted/deleted by someone."""

    text: str
    inserted_by: str | None
    deleted_by: str | None


@dataclass(slots=True)
class _FieldText:
    pieces: list[_Piece] = dataclass_field(default_factory=list)
    #: author → latest date of their changes here
    dates: dict[str, str | None] = dataclass_field(default_factory=dict)
    #: comments whose range touches the field's text: a reviewer comments beside a
    #: change as often as exactly on it
    comments: list[str] = dataclass_field(default_factory=list)


def _revision(el: Any) -> tuple[tuple[str, str | None] | None, tuple[str, str | None] | None]:
    """The innermost insertion and deletion around a text element: (author, date) each."""
    inserted = deleted = None
    node = el.getparent()
    while node is not None and node.tag != _P:
        tag = node.tag
        if inserted is None and tag in _INS_TAGS:
            inserted = (_author(node), _timestamp(node.get(_W + "date")))
        elif deleted is None and tag in _DEL_TAGS:
            deleted = (_author(node), _timestamp(node.get(_W + "date")))
        node = node.getparent()
    return inserted, deleted


def _in_run(el: Any) -> bool:
    """Text of a run, not a tab stop of the paragraph's properties (also ``w:tab``)."""
    parent = el.getparent()
    return parent is not None and parent.tag == _RUN


def _author(el: Any) -> str:
    return (el.get(_W + "author") or "").strip()


def _text_of(el: Any) -> str:
    tag = el.tag
    if tag == _TAB:
        return "\t"
    if tag in (_BR, _CR):
        return "\n" if tag == _CR or el.get(_W + "type") in (None, "textWrapping") else ""
    return el.text or ""


def _mark_revision(p: Any) -> tuple[tuple[str, str | None] | None,
                                     tuple[str, str | None] | None]:
    """Whether the paragraph's own mark (its end) was inserted or deleted, and by whom."""
    ppr = _ppr(p)
    rpr = None if ppr is None else ppr.find(_W + "rPr")
    if rpr is None:
        return None, None
    ins, dele = rpr.find(_W + "ins"), rpr.find(_W + "del")
    return ((None if ins is None else (_author(ins), _timestamp(ins.get(_W + "date")))),
            (None if dele is None else (_author(dele), _timestamp(dele.get(_W + "date")))))


def _ppr(p: Any) -> Any:
    """The paragraph's properties: its first child when there are any (the schema's
    order), found without a path search, which cost more than the rest of the walk."""
    first = p[0] if len(p) else None
    return first if first is not None and first.tag == _PPR else None


def _style(p: Any) -> str:
    ppr = _ppr(p)
    style = None if ppr is None else ppr.find(_W + "pStyle")
    return "" if style is None else (style.get(_W + "val") or "").lower()


def _all_inserted_by(p: Any, author: str) -> bool:
    """A paragraph whose every text was inserted by ``author`` and that opens no field:
    a paragraph the reviewer added right after a field's last one."""
    texts = [el for el in p.iter(*_TEXT_TAGS) if _in_run(el)]
    if not texts:
        return False
    for mark in p.iter(_BOOKMARK_START):
        if parse_field_anchor(mark.get(_NAME) or "") is not None:
            return False
    for el in texts:
        inserted, deleted = _revision(el)
        if inserted is None or inserted[0] != author or deleted is not None:
            return False
    return True


def _tracked_changes(body: Any, threads: dict[str, list[str]],
                     walked: Callable[[int], None] | None = None
                     ) -> tuple[list[ProposalIn], list[FieldTextIn], list[UnplacedChange]]:
    """Walk the body once in document order; every text is attributed to the innermost
    open field bookmark, so a change crossing two fields becomes one change per field and
    never lands in the wrong one; what lies outside every field is reported as unplaced.
    ``walked(paragraphs)`` is called every 2,000 paragraphs (progress, cancel).
    """
    from lxml import etree  # noqa: PLC0415

    fields: dict[tuple[str, str, str], _FieldText] = {}
    #: open field → the ids of its bookmark starts. LibreOffice may write a field's start
    #: twice (once more after a deleted paragraph mark) and end only the second.
    open_fields: dict[tuple[str, str, str], set[str]] = {}
    #: fields that were empty when the draft was made: their text is a placeholder
    empty_fields: set[tuple[str, str, str]] = set()
    open_records: dict[str, tuple[str, str]] = {}
    open_comments: list[str] = []
    unplaced: list[UnplacedChange] = []
    heading = ""
    #: (field, author): the previous paragraph closed that field and its mark was
    #: inserted by that author; a wholly inserted paragraph of theirs continues the field.
    trailing: tuple[tuple[str, str, str], str] | None = None
    extending: tuple[tuple[str, str, str], str] | None = None
    closed_here: tuple[str, str, str] | None = None
    #: A field whose bookmark just ended in this paragraph, and the insertions that follow
    #: it directly: LibreOffice writes the end of a field before a replacement of its last
    #: word. They belong to that field, unless untracked text or another field comes
    #: first in the paragraph; then they are outside every field (reported, not guessed).
    after_end: tuple[str, str, str] | None = None
    held: list[tuple[str, tuple[str, str | None]]] = []
    paragraph = 0

    def current() -> tuple[str, str, str] | None:
        if extending is not None:
            return extending[0]
        return next(reversed(open_fields)) if open_fields else None

    def record() -> tuple[str, str]:
        return next(reversed(open_records.values())) if open_records else ("", "")

    def add(text: str, inserted: tuple[str, str | None] | None,
            deleted: tuple[str, str | None] | None) -> None:
        if not text:
            return
        field = current()
        if field is None:
            if inserted is None and deleted is None:
                return
            change = inserted if inserted is not None else deleted
            assert change is not None
            kind = "insertion" if inserted is not None else "deletion"
            last = unplaced[-1] if unplaced else None
            subject_type, subject_id = record()
            if (last is not None and last.author == change[0] and last.kind == kind
                    and last.heading == heading and last.subject_id == subject_id):
                unplaced[-1] = UnplacedChange(last.author, kind, last.text + text, heading,
                                              subject_type, subject_id)
            else:
                unplaced.append(UnplacedChange(change[0], kind, text, heading,
                                               subject_type, subject_id))
            return
        state = fields.setdefault(field, _FieldText())
        state.pieces.append(_Piece(text, inserted[0] if inserted else None,
                                   deleted[0] if deleted else None))
        if open_comments:
            state.comments.extend(c for c in open_comments if c not in state.comments)
        for change in (inserted, deleted):
            if change is None:
                continue
            author, date = change
            known = state.dates.get(author)
            state.dates[author] = max(filter(None, (known, date)), default=None)

    def settle(belongs: bool) -> None:
        """Give the held insertions to the field that just ended, or to no field."""
        nonlocal after_end
        field, pieces = after_end, list(held)
        after_end = None
        held.clear()
        if field is None:
            return
        for text, change in pieces:
            if belongs:
                open_fields[field] = set()
                add(text, change, None)
                del open_fields[field]
            else:
                add(text, change, None)

    for event, el in etree.iterwalk(body, events=("start", "end"), tag=_WALKED):
        tag = el.tag
        starts_field = (tag == _BOOKMARK_START
                        and parse_field_anchor(el.get(_NAME) or "") is not None)
        if after_end is not None and (tag in (_P, _TBL) or tag in _CELL_TAGS
                                      or starts_field):
            # a paragraph or cell ends: the held insertions extend the field; another
            # field starts: they lie between two fields and are not guessed
            settle(not starts_field)
        if tag == _P:
            if event == "start":
                paragraph += 1
                if walked is not None and paragraph % 2_000 == 0:
                    walked(paragraph)
                closed_here = None
                extending = None
                if trailing is not None and not open_fields:
                    field_before, author = trailing
                    own_ins, _ = _mark_revision(el)
                    if author == "" and own_ins is not None:
                        author = own_ins[0]  # Word may mark the new paragraph's own mark
                    if author and _all_inserted_by(el, author):
                        extending = (field_before, author)
                        add(_PARAGRAPH_BREAK, (author, None), None)
                trailing = None
                continue
            mark_ins, mark_del = _mark_revision(el)
            if extending is not None:
                if mark_ins is not None and mark_ins[0] == extending[1]:
                    trailing = extending
            elif closed_here is None and current() is not None:
                # a paragraph end inside a field separates two of its paragraphs
                add(_PARAGRAPH_BREAK, mark_ins, mark_del)
            elif closed_here is not None and not open_fields and mark_del is None:
                # a paragraph the reviewer adds after a field's last one may continue it
                trailing = (closed_here, mark_ins[0] if mark_ins is not None else "")
            elif mark_del is not None:
                add("¶", None, mark_del)  # two paragraphs joined outside every field
            extending = None
            for field in [f for f in open_fields if (f[0], f[2]) not in SEVERAL_PARAGRAPHS]:
                del open_fields[field]  # one-paragraph fields end with their paragraph
            style = _style(el)
            if style and any(word in style for word in _HEADING_STYLES):
                heading = " ".join("".join(
                    _text_of(t) for t in el.iter(_T, _TAB, _BR)
                    if _in_run(t) and _revision(t)[0] is None).split())
            continue
        if event == "end":
            if tag in _CELL_TAGS and open_fields:
                # a field never leaves its table cell: a lost bookmark end stops here
                closed_here = next(reversed(open_fields))
                open_fields.clear()
            continue
        if tag == _TBL and open_fields:
            closed_here = next(reversed(open_fields))
            open_fields.clear()
            continue
        if tag in _TEXT_TAGS:
            if not _in_run(el):
                continue
            inserted, deleted = _revision(el)
            text = _text_of(el)
            if after_end is not None and current() is None and text:
                if inserted is not None and deleted is None:
                    held.append((text, inserted))
                    continue
                settle(belongs=inserted is None and deleted is None)
            add(text, inserted, deleted)
        elif tag == _BOOKMARK_START:
            name = el.get(_NAME) or ""
            opened = parse_field_anchor(name)
            if opened is not None:
                open_fields.setdefault(opened, set()).add(el.get(_ID) or "")
                if is_empty_field_anchor(name):
                    empty_fields.add(opened)
            else:
                subject = parse_anchor(name)
                if subject is not None:
                    open_records[el.get(_ID) or ""] = subject
        elif tag == _BOOKMARK_END:
            key = el.get(_ID) or ""
            for field, ids in list(open_fields.items()):
                if key in ids:
                    del open_fields[field]
                    closed_here = field
                    if not open_fields:
                        settle(belongs=True)
                        after_end = field
            open_records.pop(key, None)
        elif tag == _RANGE_START:
            open_comments.append(_norm(el.get(_ID)))
        elif tag == _RANGE_END:
            comment_id = _norm(el.get(_ID))
            if comment_id in open_comments:
                open_comments.remove(comment_id)
    settle(belongs=True)
    proposals, texts = _proposals(fields, threads, empty_fields)
    release(fields)  # a field at a time, not one 100 ms cascade on return (collector.py)
    return proposals, texts, unplaced


def _proposals(fields: dict[tuple[str, str, str], _FieldText],
               threads: dict[str, list[str]],
               empty_fields: set[tuple[str, str, str]]
               ) -> tuple[list[ProposalIn], list[FieldTextIn]]:
    """One proposal per author and changed field; the plain text of every other field.

    In a field that was empty, the placeholder the draft showed is no text of the
    field: the old text is empty and the new one is what the reviewer inserted.
    """
    out: list[ProposalIn] = []
    texts: list[FieldTextIn] = []
    for key, state in fields.items():
        subject_type, subject_id, field = key
        empty = key in empty_fields
        old = shown_text(subject_type, field,
                         "".join(p.text for p in state.pieces if p.inserted_by is None))
        if empty:
            old = "" if " ".join(old.split()) in PLACEHOLDERS else old
        if not state.dates:
            texts.append(FieldTextIn(subject_type, subject_id, field, old))
            continue
        if empty:
            old = ""
        for author, date in state.dates.items():
            new = shown_text(subject_type, field, "".join(
                p.text for p in state.pieces
                if (p.inserted_by == author or (p.inserted_by is None and not empty))
                and p.deleted_by != author))
            if empty:  # typed beside the placeholder: the blank between is no text
                new = new.strip()
            if new == old:
                continue
            thread: list[str] = []
            for comment_id in state.comments:
                thread.extend(line for line in threads.get(comment_id, ())
                              if line not in thread)
            out.append(ProposalIn(subject_type, subject_id, field, old, new, author, date,
                                  tuple(thread)))
    return out, texts
