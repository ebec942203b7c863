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
from datetime import datetime
from typing import Any, Final

from lip_desktop.export.files import check_office_zip
from lip_desktop.export.word import W_NS, parse_anchor
from lip_desktop.model.errors import LipError
from lip_desktop.model.values import ReviewCommentIn

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
    from docx.exceptions import InvalidXmlError  # noqa: PLC0415

    check_office_zip(data, source_name, "Word")
    document = _open(data, source_name)
    try:
        places = _comment_places(document.element.body)
        found = [_comment(c, places) for c in document.comments]
    except (InvalidXmlError, ValueError, KeyError, AttributeError, TypeError) as exc:
        # A part of an unexpected shape (say, a comments part whose root is something
        # else) surfaces as one of these from python-docx's element classes.
        raise _bad(source_name, f"unlesbarer Inhalt: {type(exc).__name__}") from None
    return [c for c in found if c is not None]


def _open(data: bytes, source_name: str) -> Any:
    import docx  # noqa: PLC0415 - imported with the feature, not at start-up
    from docx.opc.exceptions import PackageNotFoundError  # noqa: PLC0415
    from lxml import etree  # noqa: PLC0415

    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise _bad(source_name, "kein Word-Dokument") from None
    except ValueError as exc:  # python-docx: "… is not a Word file, content type is …"
        reason = "kein Word-Dokument" if "content type" in str(exc) else "ungültiger Inhalt"
        raise _bad(source_name, reason) from None
    except etree.XMLSyntaxError:  # lxml's detail is English and means nothing to a reader
        raise _bad(source_name, "beschädigtes XML") from None
    except (KeyError, zipfile.BadZipFile, EOFError, OSError) as exc:
        raise _bad(source_name, f"beschädigt ({type(exc).__name__})") from None


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
