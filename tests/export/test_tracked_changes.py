"""Tracked changes in a reviewed draft come back as one proposal per reviewer and field."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn

from lip_desktop.export.review import read_reviewed_draft
from lip_desktop.export.word import build_draft, parse_field_anchor
from lip_desktop.model import demo
from lip_desktop.model.values import ProposalIn
from tests.export import tracked

TITLE = "Elternbildung in Familiensprachen"
DESCRIPTION = ("Mehrsprachige Elternkurse stärken Eltern als Bildungsbegleiter.\n\n"
               "Die Kurse finden in Kitas und Grundschulen statt.")


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    doc = demo.demo_catalogue()
    measure = doc["measures"][0]
    measure["title"], measure["description"] = TITLE, DESCRIPTION
    return doc


@pytest.fixture
def draft(source: dict[str, Any]) -> bytes:
    return build_draft(source).data


def measure_id(source: dict[str, Any]) -> str:
    return str(source["measures"][0]["id"])


def read(data: bytes) -> list[ProposalIn]:
    return list(read_reviewed_draft(data, "Entwurf.docx").proposals)


def test_every_owned_field_is_marked_and_moves_are_not_tracked(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    marked = {parse_field_anchor(m.get(qn("w:name")) or "")
              for m in document.element.body.iter(qn("w:bookmarkStart"))} - {None}
    mid = measure_id(source)
    for field in ("title", "description", "lead", "funding", "partners", "target_groups"):
        assert ("measure", mid, field) in marked
    indicator = next(i for i in source["indicators"] if i["measure_id"] == mid)
    assert ("indicator", indicator["id"], "name") in marked
    assert ("indicator", indicator["id"], "definition") in marked
    section = source["strategy_sections"][0]
    assert ("strategy_section", section["id"], "title") in marked
    assert ("strategy_section", section["id"], "body") in marked
    goal = source["goals"][0]
    assert ("goal", goal["id"], "title") in marked
    assert document.settings.element.find(qn("w:doNotTrackMoves")) is not None
    # the code stays outside the title's mark; the paragraph reads as before
    heading = next(p for p in document.paragraphs if p.text.endswith(TITLE)
                   and not p.style.name.lower().startswith("toc"))
    assert heading.text == f"{source['measures'][0]['code']} {TITLE}"
    assert tracked.field_runs(document, "measure", mid, "title")[0].find(qn("w:t")).text == TITLE
    assert read(draft) == []


def test_a_replaced_word_becomes_one_proposal_with_old_and_new_text(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "description", "stärken", "befähigen",
                             "Samira El-Khatib")
    found = read(tracked.save(document))
    assert len(found) == 1
    p = found[0]
    assert (p.subject_type, p.subject_id, p.field) == ("measure", mid, "description")
    assert p.old_text == DESCRIPTION
    assert p.new_text == DESCRIPTION.replace("stärken", "befähigen")
    assert p.author == "Samira El-Khatib"
    assert p.created_at == "2026-04-02T10:15:00"


def test_runs_split_at_every_character_change_nothing(draft: bytes,
                                                     source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.split_runs(document, "measure", mid, "title")
    tracked.replace_in_field(document, "measure", mid, "title", "in Familiensprachen",
                             "mehrsprachig", "Tomasz Nowak")
    (p,) = read(tracked.save(document))
    assert (p.field, p.old_text, p.new_text) == ("title", TITLE, "Elternbildung mehrsprachig")


def test_a_deleted_paragraph_mark_joins_two_paragraphs_of_one_field(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    first, _ = tracked.field_paragraphs(document, "measure", mid, "description")
    tracked.mark_paragraph_end(first, "w:del", "Tomasz Nowak")
    tracked.replace_in_field(document, "measure", mid, "description", "Die Kurse", " Die Kurse",
                             "Tomasz Nowak")
    (p,) = read(tracked.save(document))
    first_text, second_text = DESCRIPTION.split("\n\n")
    assert p.old_text == DESCRIPTION
    assert p.new_text == f"{first_text} {second_text}"


def test_inserted_paragraphs_inside_a_field_and_after_its_last_paragraph(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    first, second = tracked.field_paragraphs(document, "measure", mid, "description")
    tracked.split_paragraph(first, "als Bildungsbegleiter", "Samira El-Khatib", typed="Sie wirken ")
    tracked.insert_paragraph_after(second, "Ein dritter Absatz.", "Samira El-Khatib")
    (p,) = read(tracked.save(document))
    first_text, second_text = DESCRIPTION.split("\n\n")
    head, tail = first_text.split("als Bildungsbegleiter")
    assert p.new_text == (f"{head}\n\nSie wirken als Bildungsbegleiter{tail}\n\n"
                          f"{second_text}\n\nEin dritter Absatz.")
    assert p.old_text == DESCRIPTION


def test_a_change_across_two_fields_is_one_proposal_per_field(
        draft: bytes, source: dict[str, Any]) -> None:
    """Word writes such a deletion as runs on both sides of the field boundary; each
    run goes to the field it lies in, the heading's end to the title."""
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "title", "Familiensprachen", "",
                             "Ayşe Demir")
    tracked.replace_in_field(document, "measure", mid, "description", "Mehrsprachige ", "",
                             "Ayşe Demir")
    found = {p.field: p for p in read(tracked.save(document))}
    assert set(found) == {"title", "description"}
    assert found["title"].new_text == "Elternbildung in"
    assert found["description"].new_text == DESCRIPTION.replace("Mehrsprachige ", "")
    assert {p.author for p in found.values()} == {"Ayşe Demir"}


def test_a_change_outside_every_field_is_listed_with_where_it_was_made(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    hint = next(p for p in document.paragraphs
                if p.text.startswith("Für diese Maßnahme sind noch keine")
                or p.text == "Indikatoren")
    run = hint._p.findall(qn("w:r"))[0]
    text = run.find(qn("w:t")).text
    run.addprevious(tracked._wrapper("w:ins", "Tomasz Nowak",
                                     tracked._run_with(run, "Neu: ")))
    result = read_reviewed_draft(tracked.save(document), "Entwurf.docx")
    assert result.proposals == ()
    (change,) = result.unplaced
    assert (change.author, change.kind, change.text) == ("Tomasz Nowak", "insertion", "Neu: ")
    assert change.subject_type == "measure" and change.subject_id == measure_id(source)
    assert change.heading.endswith(TITLE)
    assert text


def test_two_reviewers_in_one_copy_give_one_proposal_each(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "description", "stärken", "befähigen",
                             "A")
    tracked.replace_in_field(document, "measure", mid, "description", "Kitas", "Familienzentren",
                             "B")
    found = {p.author: p.new_text for p in read(tracked.save(document))}
    assert found == {"A": DESCRIPTION.replace("stärken", "befähigen"),
                     "B": DESCRIPTION.replace("Kitas", "Familienzentren")}


def test_a_comment_on_the_change_comes_with_the_proposal(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "lead", "Jugend", "Kinder, Jugend",
                             "Samira El-Khatib")
    lead_paragraph = tracked.field_paragraphs(document, "measure", mid, "lead")[0]
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(lead_paragraph, document._body)
    document.add_comment(paragraph.runs, text="Zuständigkeit klären.", author="Samira El-Khatib",
                         initials="SE")
    (p,) = read(tracked.save(document))
    assert p.field == "lead"
    assert p.thread == ("Samira El-Khatib: Zuständigkeit klären.",)


def test_the_draft_version_is_read_back(draft: bytes) -> None:
    assert read_reviewed_draft(draft, "Entwurf.docx").draft_version == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_tracked_changes_survive_a_save_by_libreoffice(
        draft: bytes, source: dict[str, Any], tmp_path: Path) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.split_runs(document, "measure", mid, "title")
    tracked.replace_in_field(document, "measure", mid, "title", "Familiensprachen",
                             "allen Familiensprachen", "Tomasz Nowak")
    first, _ = tracked.field_paragraphs(document, "measure", mid, "description")
    tracked.mark_paragraph_end(first, "w:del", "Samira El-Khatib")
    saved = tracked.libreoffice_resave(tracked.save(document), tmp_path)
    result = read_reviewed_draft(saved, "Entwurf.docx")
    assert result.draft_version == 1 and result.unplaced == ()
    found = {(p.author, p.field): p for p in result.proposals}
    assert set(found) == {("Tomasz Nowak", "title"), ("Samira El-Khatib", "description")}
    assert found[("Tomasz Nowak", "title")].new_text == "Elternbildung in allen Familiensprachen"
    first_text, second_text = DESCRIPTION.split("\n\n")
    assert found[("Samira El-Khatib", "description")].new_text == first_text + second_text
    assert found[("Samira El-Khatib", "description")].old_text == DESCRIPTION


def test_a_tracked_move_is_a_deletion_in_one_field_and_an_insertion_in_another(
        draft: bytes, source: dict[str, Any]) -> None:
    """Word-only markup (``w:moveFrom``/``w:moveTo``), for files saved before the draft
    asked Word not to track moves."""
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "title", " in Familiensprachen", "",
                             "Tomasz Nowak")
    tracked.replace_in_field(document, "measure", mid, "description", "Elternkurse",
                             "Elternkurse in Familiensprachen", "Tomasz Nowak")
    body = document.element.body
    for el in list(body.iter(qn("w:del"), qn("w:ins"))):
        if el.getparent().tag == qn("w:rPr"):
            continue
        if el.tag == qn("w:ins") or "Familiensprachen" in "".join(el.itertext()):
            el.tag = qn("w:moveTo") if el.tag == qn("w:ins") else qn("w:moveFrom")
    found = {p.field: p.new_text for p in read(tracked.save(document))}
    assert found == {"title": "Elternbildung",
                     "description": DESCRIPTION.replace("Elternkurse",
                                                        "Elternkurse in Familiensprachen")}


def test_text_inserted_by_one_reviewer_and_deleted_by_another(
        draft: bytes, source: dict[str, Any]) -> None:
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "title", "Elternbildung",
                             "Elternbildung neu", "A")
    inserted = next(el for el in document.element.body.iter(qn("w:ins"))
                    if "neu" in "".join(el.itertext()))
    for t in inserted.iter(qn("w:t")):
        t.tag = qn("w:delText")
    deletion = tracked._wrapper("w:del", "B", inserted[0])
    inserted.append(deletion)
    found = {p.author: p.new_text for p in read(tracked.save(document))}
    # A's wording counts A's insertion; B only removed what A proposed: no text of B's
    assert found == {"A": "Elternbildung neu in Familiensprachen"}


def test_replies_and_the_done_state_from_comments_extended_come_with_the_thread(
        draft: bytes, source: dict[str, Any]) -> None:
    """Word 2013+ keeps replies and "done" in commentsExtended.xml (hand-built here)."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.text.paragraph import Paragraph

    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    tracked.replace_in_field(document, "measure", mid, "funding", "Landesprogramm",
                             "Bundesprogramm", "Samira El-Khatib")
    paragraph = Paragraph(tracked.field_paragraphs(document, "measure", mid, "funding")[0],
                          document._body)
    first = document.add_comment(paragraph.runs, text="Stimmt das Programm?",
                                 author="Tomasz Nowak", initials="TN")
    reply = document.add_comment(paragraph.runs, text="Ja, laut Bescheid.",
                                 author="Samira El-Khatib", initials="SE")
    for comment, para_id in ((first, "1A2B3C01"), (reply, "1A2B3C02")):
        comment._comment_elm.findall(qn("w:p"))[-1].set(f"{{{w14}}}paraId", para_id)
    xml = (f'<w15:commentsEx xmlns:w15="{w15}">'
           '<w15:commentEx w15:paraId="1A2B3C01" w15:done="1"/>'
           '<w15:commentEx w15:paraId="1A2B3C02" w15:paraIdParent="1A2B3C01" w15:done="0"/>'
           "</w15:commentsEx>")
    part = Part(PackURI("/word/commentsExtended.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml."
                "commentsExtended+xml", xml.encode(), document.part.package)
    document.part.relate_to(
        part, "http://schemas.microsoft.com/office/2011/relationships/commentsExtended")
    (p,) = read(tracked.save(document))
    assert p.field == "funding"
    assert p.thread == ("Tomasz Nowak: Stimmt das Programm? (erledigt)",
                        "↳ Samira El-Khatib: Ja, laut Bescheid.")


def test_an_insertion_right_after_a_fields_end_belongs_to_that_field(
        draft: bytes, source: dict[str, Any]) -> None:
    """LibreOffice writes a field's end before the replacement of its last word: the new
    word is still that field's, and the proposal is the whole new title."""
    document = tracked.open_docx(draft)
    mid = measure_id(source)
    [run] = tracked.field_runs(document, "measure", mid, "title")
    start = tracked.field_start(document, "measure", mid, "title")
    end = next(e for e in document.element.body.iter(qn("w:bookmarkEnd"))
               if e.get(qn("w:id")) == start.get(qn("w:id")))
    head, last = TITLE.rsplit(" ", 1)
    kept = tracked._run_with(run, head + " ")
    removed = tracked._wrapper("w:del", "Samira El-Khatib",
                               tracked._run_with(run, last, deleted=True))
    added = tracked._wrapper("w:ins", "Samira El-Khatib",
                             tracked._run_with(run, "Herkunftssprachen"))
    run.addprevious(kept)
    run.addprevious(removed)
    run.getparent().remove(run)
    end.getparent().remove(end)
    removed.addnext(end)
    end.addnext(added)
    found = read(tracked.save(document))
    assert [(p.field, p.new_text) for p in found] == [("title", f"{head} Herkunftssprachen")]


def test_partner_and_target_group_lists_come_back_one_entry_per_line(
        draft: bytes, source: dict[str, Any]) -> None:
    """A list spans one paragraph per entry in its table cell: a replaced entry and an
    entry added in a new paragraph both come back, the list worded one entry per line."""
    document = tracked.open_docx(draft)
    m = source["measures"][0]
    partners, groups = list(m["partners"]), list(m["target_groups"])
    assert len(tracked.field_paragraphs(document, "measure", m["id"], "partners")) == len(partners)
    tracked.replace_in_field(document, "measure", m["id"], "partners", partners[1],
                             "Stadtteilbibliotheken", "Samira El-Khatib")
    last = tracked.field_paragraphs(document, "measure", m["id"], "target_groups")[-1]
    tracked.insert_paragraph_after(last, "Großeltern", "Samira El-Khatib")
    found = {p.field: p for p in read(tracked.save(document))}
    assert set(found) == {"partners", "target_groups"}
    assert found["partners"].old_text == "\n".join(partners)
    assert found["partners"].new_text == "\n".join(
        [partners[0], "Stadtteilbibliotheken", *partners[2:]])
    assert found["target_groups"].old_text == "\n".join(groups)
    assert found["target_groups"].new_text == "\n".join([*groups, "Großeltern"])


@pytest.fixture(scope="module")
def blank() -> dict[str, Any]:
    """The demo with one measure whose lead, description, partners and funding are empty,
    and an indicator without a name."""
    doc = copy.deepcopy(demo.demo_catalogue())
    m = doc["measures"][1]
    m.update(lead="", description="", partners=[], funding="")
    indicator = next(i for i in doc["indicators"] if i["measure_id"] == m["id"])
    indicator["name"] = ""
    return doc


def test_text_written_into_an_empty_field_is_its_new_text_without_the_placeholder(
        blank: dict[str, Any]) -> None:
    m = blank["measures"][1]
    indicator = next(i for i in blank["indicators"] if i["measure_id"] == m["id"])
    document = tracked.open_docx(build_draft(blank).data)
    edits = [("measure", m["id"], "lead", "noch offen", "Fachbereich Schule"),
             ("measure", m["id"], "description", "Noch keine Beschreibung.",
              "Sprachlernangebote in Schulen."),
             ("measure", m["id"], "partners", "–", "Stadtbibliothek"),
             ("indicator", indicator["id"], "name", "–", "Teilnehmende je Jahr")]
    for subject_type, record_id, field, placeholder, text in edits:
        tracked.replace_in_field(document, subject_type, record_id, field, placeholder, text,
                                 "Ayşe Demir", empty=True)
    # the reviewer leaves the placeholder standing and types beside it
    run = tracked.field_runs(document, "measure", m["id"], "funding", empty=True)[-1]
    run.addnext(tracked._wrapper("w:ins", "Ayşe Demir", tracked._run_with(run, " Landesmittel")))
    found = {(p.subject_type, p.field): (p.old_text, p.new_text)
             for p in read(tracked.save(document))}
    assert found == {
        ("measure", "lead"): ("", "Fachbereich Schule"),
        ("measure", "description"): ("", "Sprachlernangebote in Schulen."),
        ("measure", "partners"): ("", "Stadtbibliothek"),
        ("measure", "funding"): ("", "Landesmittel"),
        ("indicator", "name"): ("", "Teilnehmende je Jahr"),
    }


def test_an_untouched_placeholder_is_an_empty_field_and_an_untracked_edit_its_text(
        blank: dict[str, Any]) -> None:
    m = blank["measures"][1]
    document = tracked.open_docx(build_draft(blank).data)
    (run,) = tracked.field_runs(document, "measure", m["id"], "partners", empty=True)
    run.find(qn("w:t")).text = "Stadtbibliothek"  # typed over without tracking
    result = read_reviewed_draft(tracked.save(document), "Entwurf.docx")
    assert result.proposals == ()
    texts = {(t.subject_id, t.field): t.text for t in result.texts}
    assert texts[(m["id"], "partners")] == "Stadtbibliothek"
    assert texts[(m["id"], "lead")] == ""
    assert texts[(m["id"], "description")] == ""
    assert texts[(m["id"], "funding")] == ""


def test_reading_reports_the_walk_over_the_body_and_stops_when_asked() -> None:
    """A 21,000-measure draft takes half a minute to read: the walk reports its share of
    the bar as it goes, and "Abbrechen" (a report answered with False) stops it there."""
    from lip_desktop.model import generate
    from lip_desktop.model.errors import CancelledError

    data = build_draft(generate.generate_catalogue(goals_per_field=3)).data
    seen: list[tuple[int, int]] = []
    draft = read_reviewed_draft(data, "Entwurf.docx",
                                lambda done, total: seen.append((done, total)) is None)
    assert draft.texts
    assert seen[0] == (0, 100) and seen == sorted(seen)
    walk = [done for done, _total in seen if done > 15]
    assert len(walk) >= 3 and walk[-1] <= 100  # several reports from inside the walk
    asked: list[int] = []

    def stop_in_the_walk(done: int, _total: int) -> bool:
        asked.append(done)
        return done <= 15

    with pytest.raises(CancelledError):
        read_reviewed_draft(data, "Entwurf.docx", stop_in_the_walk)
    assert asked[-1] > 15 and asked[-1] < walk[-1]  # it stopped at the first walk report
