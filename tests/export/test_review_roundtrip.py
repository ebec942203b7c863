"""A reviewed draft comes back: its comments land on the records they were made on."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from lip_desktop import cli
from lip_desktop.export.review import read_review_comments
from lip_desktop.export.word import parse_anchor
from lip_desktop.model.errors import LipError

#: catalogue, the commented draft, and {"expected": {(type, id, text)}, "before": export}
Reviewed = tuple[Path, Path, dict[str, Any]]


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def exported(capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path
             ) -> dict[str, Any]:
    target = tmp_path / "export.json"
    assert run(capsys, "export-json", catalogue, target)[0] == 0
    return json.loads(target.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def paragraph_after(document: Any, heading_prefix: str, offset: int = 1) -> Any:
    paragraphs = document.paragraphs
    index = next(i for i, p in enumerate(paragraphs) if p.text.startswith(heading_prefix)
                 and not p.style.name.startswith("toc"))  # the heading, not its TOC entry
    return paragraphs[index + offset]


@pytest.fixture
def reviewed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Reviewed:
    """A demo catalogue, its draft, and the draft with comments from three reviewers."""
    catalogue, draft = tmp_path / "demo.lip", tmp_path / "Entwurf.docx"
    assert run(capsys, "demo", catalogue)[0] == 0
    assert run(capsys, "export-word", catalogue, draft)[0] == 0
    doc = exported(capsys, catalogue, tmp_path)
    codes = {r["code"]: r["id"] for r in doc["goals"] + doc["measures"]}

    document = docx.Document(str(draft))
    measure_text = paragraph_after(document, "BIL-M1.1 Elternbildung")
    document.add_comment(measure_text.runs, text="Bitte Kurszeiten nennen.",
                         author="Samira El-Khatib", initials="SE")
    heading = paragraph_after(document, "BIL-M2.2 ", 0)
    document.add_comment(heading.runs, text="Titel kürzen?", author="Tomasz Nowak",
                         initials="TN")
    goal_text = paragraph_after(document, "BIL-Z1 Gleiche", 2)
    assert goal_text.text.startswith("Kinder und Jugendliche erreichen")
    document.add_comment(goal_text.runs, text="Auch Erwachsene mitdenken.",
                         author="Samira El-Khatib", initials="SE")
    strategy = paragraph_after(document, "Grundsätze")
    document.add_comment(strategy.runs, text="Vierter Grundsatz fehlt im ersten Absatz.",
                         author="Maria Petrova", initials="MP")
    compromise = next(p for p in document.paragraphs
                      if p.text.startswith("Die Kita-Lotsinnen und -Lotsen starten 2026"))
    document.add_comment(compromise.runs, text="Auswertung nach 12 statt 18 Monaten?",
                         author="Aylin Demir", initials="AD")
    cell = next(t for t in document.tables
                if t.rows[0].cells[0].text == "Federführung").rows[5].cells[1]
    document.add_comment(cell.paragraphs[0].runs, text="Kosten prüfen",
                         author="Maria Petrova", initials="MP")
    document.add_comment(document.paragraphs[0].runs, text="Titel ohne (Demo)",
                         author="Maria Petrova", initials="MP")
    returned = tmp_path / "Entwurf-kommentiert.docx"
    document.save(str(returned))
    expected = {
        ("measure", codes["BIL-M1.1"], "Bitte Kurszeiten nennen."),
        ("measure", codes["BIL-M2.2"], "Titel kürzen?"),
        ("goal", codes["BIL-Z1"], "Auch Erwachsene mitdenken."),
        ("strategy_section", doc["strategy_sections"][1]["id"],
         "Vierter Grundsatz fehlt im ersten Absatz."),
        ("compromise", doc["compromises"][0]["id"], "Auswertung nach 12 statt 18 Monaten?"),
        ("measure", codes["BIL-M1.1"], "Kosten prüfen"),
    }
    return catalogue, returned, {"expected": expected, "before": doc}


def test_comments_are_attached_to_the_commented_records(
        reviewed: Reviewed, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    catalogue, returned, info = reviewed
    code, out, err = run(capsys, "import-review", catalogue, returned)
    assert code == 0, err
    assert out.startswith("6 Kommentare übernommen")
    assert "1 ließen sich keinem Eintrag zuordnen" in out  # the one on the title page
    doc = exported(capsys, catalogue, tmp_path)
    new = [c for c in doc["review_comments"] if c not in info["before"]["review_comments"]]
    assert {(c["subject_type"], c["subject_id"], c["text"]) for c in new} == info["expected"]
    assert all(c["source"] == "word_review" and not c["resolved"] for c in new)
    assert {c["author"] for c in new} == {"Samira El-Khatib", "Tomasz Nowak", "Maria Petrova",
                                          "Aylin Demir"}
    assert all(c["created_at"] and "+" not in c["created_at"] for c in new)

    code, out, _ = run(capsys, "import-review", catalogue, returned)
    assert code == 0 and out.startswith("0 Kommentare übernommen")
    assert "6 waren schon übernommen" in out
    assert exported(capsys, catalogue, tmp_path)["review_comments"] == doc["review_comments"]


def test_comments_land_on_the_record_by_id_after_a_renumber(
        reviewed: Reviewed, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 13.1: the draft's bookmarks carry record ids; codes changing hands between
    export and import must not move a comment to another measure."""
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    catalogue, returned, info = reviewed
    measures = {m["code"]: m for m in info["before"]["measures"]}
    first = measures["BIL-M1.1"]
    with Catalogue.open(catalogue) as cat:
        CatalogueService(cat).structure.move_measure(first["id"], first["goal_id"], 1)
    assert run(capsys, "renumber", catalogue)[0] == 0
    now = {m["code"]: m["id"] for m in exported(capsys, catalogue, tmp_path)["measures"]}
    assert now["BIL-M1.2"] == first["id"]  # the codes changed hands

    code, _, err = run(capsys, "import-review", catalogue, returned)
    assert code == 0, err
    doc = exported(capsys, catalogue, tmp_path)
    new = {(c["subject_type"], c["subject_id"], c["text"]) for c in doc["review_comments"]
           if c not in info["before"]["review_comments"]}
    assert new == info["expected"]
    assert ("measure", first["id"], "Bitte Kurszeiten nennen.") in new


def test_comments_from_another_catalogues_draft_attach_nowhere(
        reviewed: Reviewed, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, returned, _ = reviewed
    other = tmp_path / "other.lip"
    assert run(capsys, "new", other)[0] == 0
    code, out, _ = run(capsys, "import-review", other, returned)
    assert code == 0 and out.startswith("0 Kommentare übernommen")
    assert "7 ließen sich keinem Eintrag zuordnen" in out
    assert exported(capsys, other, tmp_path)["review_comments"] == []


def test_comment_on_a_whole_heading_belongs_to_that_section(
        reviewed: Reviewed) -> None:
    """Word may put the range start before the heading's bookmark start."""
    _, returned, info = reviewed
    document = docx.Document(str(returned))
    moved = 0
    for start in list(document.element.body.iter(qn("w:commentRangeStart"))):
        mark = next((b for b in start.getparent().iter(qn("w:bookmarkStart"))
                     if parse_anchor(b.get(qn("w:name")) or "")), None)  # a section's
        if mark is not None:
            mark.addprevious(start)  # range start, then bookmark start, then the text
            moved += 1
    assert moved == 1  # the comment on the heading of BIL-M2.2
    out = io.BytesIO()
    document.save(out)
    found = {(c.subject_type, c.subject_id, c.text)
             for c in read_review_comments(out.getvalue(), "x.docx")}
    assert info["expected"] <= found


def test_not_a_word_file_is_refused_in_german_and_changes_nothing(
        reviewed: Reviewed, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = reviewed[0]
    before = exported(capsys, catalogue, tmp_path)
    text_file = tmp_path / "notizen.docx"
    text_file.write_text("Das ist nur Text.", encoding="utf-8")
    no_index = tmp_path / "ohne-index.docx"
    with zipfile.ZipFile(no_index, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    workbook = tmp_path / "tabelle.docx"
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'))
        archive.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"/>'))
    broken_xml = tmp_path / "kaputt.docx"
    with zipfile.ZipFile(reviewed[1]) as source, zipfile.ZipFile(broken_xml, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    for bad in (text_file, no_index, workbook, broken_xml):
        code, out, err = run(capsys, "import-review", catalogue, bad)
        assert code == 1, bad
        assert "keine gültige Word-Datei" in err and "Traceback" not in out + err
    after = exported(capsys, catalogue, tmp_path)
    assert {**after, "exported_at": None} == {**before, "exported_at": None}


def test_entities_in_a_returned_file_are_not_expanded() -> None:
    """python-docx's parser has ``resolve_entities=False``: no billion laughs, no XXE."""
    from docx.oxml.parser import parse_xml

    hostile = ('<!DOCTYPE w:p [<!ENTITY boom "BOOM"><!ENTITY file SYSTEM "file:///etc/hostname">'
               ']><w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               "<w:r><w:t>&boom;&file;</w:t></w:r></w:p>")
    element = parse_xml(hostile)
    text = "".join(t.text or "" for t in element.iter(qn("w:t")))
    assert "BOOM" not in text and text.strip() == ""


def test_reader_refuses_bytes_that_are_not_a_zip() -> None:
    with pytest.raises(LipError) as info:
        read_review_comments(b"PK\x03\x04 kaputt", "x.docx")
    assert info.value.code == "bad_office_file"
