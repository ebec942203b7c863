"""Make tracked changes in a draft the way Word writes them (``w:ins``/``w:del`` around runs,
revision marks on paragraph marks), for the tests of proposals read from reviewed drafts."""

from __future__ import annotations

import copy
import io
import subprocess
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn

from lip_desktop.export.word import field_anchor

DATE = "2026-04-02T10:15:00Z"
_ids = iter(range(9000, 10**6))


def open_docx(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def save(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def field_start(document: Any, subject_type: str, record_id: str, field: str, *,
                empty: bool = False) -> Any:
    name = field_anchor(subject_type, record_id, field, empty=empty)
    for mark in document.element.body.iter(qn("w:bookmarkStart")):
        if mark.get(qn("w:name")) == name:
            return mark
    raise AssertionError(f"no bookmark {name}")


def field_runs(document: Any, subject_type: str, record_id: str, field: str, *,
               empty: bool = False) -> list[Any]:
    """The runs inside a field's bookmark, in order (over several paragraphs)."""
    start = field_start(document, subject_type, record_id, field, empty=empty)
    mark_id = start.get(qn("w:id"))
    out: list[Any] = []
    inside = False
    for el in document.element.body.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd"),
                                         qn("w:r")):
        if el is start:
            inside = True
        elif el.tag == qn("w:bookmarkEnd") and el.get(qn("w:id")) == mark_id:
            return out
        elif inside and el.tag == qn("w:r"):
            out.append(el)
    raise AssertionError("field bookmark never ends")


def field_paragraphs(document: Any, subject_type: str, record_id: str, field: str, *,
                     empty: bool = False) -> list[Any]:
    paragraphs: list[Any] = []
    for run in field_runs(document, subject_type, record_id, field, empty=empty):
        p = run.getparent()
        while p.tag != qn("w:p"):
            p = p.getparent()
        if not paragraphs or paragraphs[-1] is not p:
            paragraphs.append(p)
    return paragraphs


def _run_with(template: Any, text: str, *, deleted: bool = False) -> Any:
    run = copy.deepcopy(template)
    for child in list(run):
        if child.tag != qn("w:rPr"):
            run.remove(child)
    t = run.makeelement(qn("w:delText") if deleted else qn("w:t"), {})
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(t)
    return run


def _wrapper(tag: str, author: str, *children: Any) -> Any:
    el = children[0].makeelement(qn(tag), {qn("w:id"): str(next(_ids)), qn("w:author"): author,
                                           qn("w:date"): DATE})
    for child in children:
        el.append(child)
    return el


def split_runs(document: Any, subject_type: str, record_id: str, field: str) -> None:
    """Every character of the field in a run of its own (as after spelling checks)."""
    for run in field_runs(document, subject_type, record_id, field):
        t = run.find(qn("w:t"))
        if t is None or not t.text or len(t.text) < 2:
            continue
        for char in t.text:
            run.addprevious(_run_with(run, char))
        run.getparent().remove(run)


def replace_in_field(document: Any, subject_type: str, record_id: str, field: str,
                     old: str, new: str, author: str, *, empty: bool = False) -> None:
    """Delete ``old`` (which may span several runs of one paragraph) and insert ``new``
    in its place, as tracked changes by ``author``."""
    runs = field_runs(document, subject_type, record_id, field, empty=empty)
    texts = [(r, (r.find(qn("w:t")).text or "") if r.find(qn("w:t")) is not None else "")
             for r in runs]
    joined = "".join(t for _, t in texts)
    start = joined.index(old)
    end = start + len(old)
    offset = 0
    inserted = False
    for run, text in texts:
        lo, hi = offset, offset + len(text)
        offset = hi
        a, b = max(start, lo), min(end, hi)
        overlaps = a < b
        insert_here = bool(new) and not inserted and lo <= end <= hi
        if not overlaps and not insert_here:
            continue
        cut_from, cut_to = (a - lo, b - lo) if overlaps else (end - lo, end - lo)
        pieces: list[Any] = []
        if cut_from > 0:
            pieces.append(_run_with(run, text[:cut_from]))
        if overlaps:
            pieces.append(_wrapper("w:del", author,
                                   _run_with(run, text[cut_from:cut_to], deleted=True)))
        if insert_here:
            pieces.append(_wrapper("w:ins", author, _run_with(run, new)))
            inserted = True
        if cut_to < len(text):
            pieces.append(_run_with(run, text[cut_to:]))
        for piece in pieces:
            run.addprevious(piece)
        run.getparent().remove(run)


def mark_paragraph_end(paragraph: Any, tag: str, author: str) -> None:
    """Mark a paragraph's mark as inserted (``w:ins``) or deleted (``w:del``)."""
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        ppr = paragraph.makeelement(qn("w:pPr"), {})
        paragraph.insert(0, ppr)
    rpr = ppr.find(qn("w:rPr"))
    if rpr is None:
        rpr = ppr.makeelement(qn("w:rPr"), {})
        ppr.append(rpr)
    rpr.append(rpr.makeelement(qn(tag), {qn("w:id"): str(next(_ids)), qn("w:author"): author,
                                         qn("w:date"): DATE}))


def insert_paragraph_after(paragraph: Any, text: str, author: str) -> Any:
    """Enter at the end of ``paragraph`` and type ``text``, as Word records it: the
    paragraph's mark becomes the inserted one, the new paragraph holds the inserted text."""
    new = copy.deepcopy(paragraph)
    for child in list(new):
        if child.tag != qn("w:pPr"):
            new.remove(child)
    template = paragraph.find(qn("w:r"))
    new.append(_wrapper("w:ins", author, _run_with(template, text)))
    paragraph.addnext(new)
    mark_paragraph_end(paragraph, "w:ins", author)
    return new


def split_paragraph(paragraph: Any, before_text: str, author: str, typed: str = "") -> Any:
    """Enter in the middle of a one-run paragraph, in front of ``before_text``."""
    run = paragraph.findall(qn("w:r"))[-1]
    t = run.find(qn("w:t"))
    index = t.text.index(before_text)
    head, tail = t.text[:index], t.text[index:]
    second = copy.deepcopy(paragraph)
    for child in list(second):
        if child.tag not in (qn("w:pPr"),):
            second.remove(child)
    t.text = head
    if typed:
        second.append(_wrapper("w:ins", author, _run_with(run, typed)))
    second.append(_run_with(run, tail))
    # the field's end mark and everything after the run move to the second paragraph
    for following in list(run.itersiblings()):
        second.append(following)
    paragraph.addnext(second)
    mark_paragraph_end(paragraph, "w:ins", author)
    return second


def libreoffice_resave(data: bytes, tmp_path: Path) -> bytes:
    """The file opened and saved again by LibreOffice (headless, a private profile)."""
    source_dir, out_dir = tmp_path / "lo-in", tmp_path / "lo-out"
    source_dir.mkdir(exist_ok=True)
    out_dir.mkdir(exist_ok=True)
    source = source_dir / "Entwurf.docx"
    source.write_bytes(data)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(source)],
        check=True, capture_output=True, timeout=180)
    return (out_dir / "Entwurf.docx").read_bytes()
