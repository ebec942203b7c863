"""The Word draft as a reader and as Word see it: read back with python-docx."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from lip_desktop import cli
from lip_desktop.export.word import (
    DraftOptions,
    anchor_name,
    build_draft,
    draft_file_name,
    format_euro,
    format_month,
    format_number,
    format_period,
    parse_anchor,
    verify_draft,
    version_label,
)
from lip_desktop.model.errors import CancelledError, LipError

NOW = datetime(2026, 3, 14, 9, 30)
HIDDEN = ("BIL-M1.2", "SVI-M1.3", "DEM-M2.1", "SOZ-Z2", "SOZ-M2.1", "STK-Z2")


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo catalogue as ``export_document`` gives it (one catalogue per module)."""
    from lip_desktop.model import demo, interchange
    from lip_desktop.model.catalogue import Catalogue

    folder = tmp_path_factory.mktemp("word")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", str(folder / "appdata"))
        cat = Catalogue.create(folder / "demo.lip", lambda s: interchange.import_into_new(
            s, demo.demo_catalogue(), "test") and None, actor="Test")
        with cat, cat.read() as conn:
            return interchange.export_document(conn)


@pytest.fixture(scope="module")
def internal(demo_doc: dict[str, Any]) -> Any:
    return docx.Document(io.BytesIO(build_draft(demo_doc, now=NOW).data))


@pytest.fixture(scope="module")
def public(demo_doc: dict[str, Any]) -> Any:
    return docx.Document(io.BytesIO(build_draft(demo_doc, DraftOptions(public=True), now=NOW).data))


def headings(document: Any) -> list[tuple[str, str]]:
    return [(p.style.style_id, p.text) for p in document.paragraphs
            if p.style.style_id.startswith("Heading")]


def all_text(document: Any) -> str:
    """Every paragraph's text, tables included, one paragraph a line."""
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in document.element.body.iter(qn("w:p")))


def sections(document: Any) -> Iterator[tuple[str, list[Any]]]:
    """(heading text, blocks up to the next heading) in document order."""
    current: str = ""
    blocks: list[Any] = []
    for block in document.iter_inner_content():
        style = getattr(block, "style", None)
        if hasattr(block, "text") and style is not None and style.style_id.startswith("Heading"):
            yield current, blocks
            current, blocks = block.text, []
        else:
            blocks.append(block)
    yield current, blocks


def section(document: Any, prefix: str) -> list[Any]:
    return next(blocks for title, blocks in sections(document) if title.startswith(prefix))


def table_rows(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


# --- structure -------------------------------------------------------------------------


def test_headings_use_the_builtin_styles_in_catalogue_order(internal: Any,
                                                            demo_doc: dict[str, Any]) -> None:
    first = internal.paragraphs[0]
    assert first.style.name == "Title" and first.text == demo_doc["catalogue"]["title"]
    found = headings(internal)
    level1 = [text for style, text in found if style == "Heading1"]
    assert level1 == ["Strategieteil", *[f["name"] for f in demo_doc["action_fields"]]]
    order = [text.split(" ")[0] for style, text in found if "-" in text.split(" ")[0]]
    assert order.index("BIL-Z1") < order.index("BIL-M1.1") < order.index("BIL-Z1.1") \
        < order.index("BIL-M1.1.1") < order.index("BIL-Z2") < order.index("SOZ-Z1")
    by_code = {text.split(" ")[0]: style for style, text in found}
    assert by_code["BIL-Z1"] == "Heading2"
    assert by_code["BIL-M1.1"] == "Heading3"
    assert by_code["BIL-Z1.1"] == "Heading3"
    assert by_code["BIL-M1.1.1"] == "Heading4"
    assert ("Heading2", "BIL-Z1 Gleiche Bildungschancen von Anfang an") in found
    assert ("Heading3", "BIL-M1.1 Elternbildung in Familiensprachen") in found
    assert ("Heading2", "Leitbild: Wir sind Hannover") in found
    # the style ids are the template's own: Word's navigation pane and TOC know them
    assert internal.styles["Heading 3"].style_id == "Heading3"
    assert internal.styles["Heading 3"].element.find(qn("w:pPr")).find(
        qn("w:outlineLvl")) is not None


def test_title_page_names_city_process_state_version_and_date(internal: Any,
                                                              public: Any) -> None:
    first_page = [p.text for p in internal.paragraphs[:12]]
    assert "Hannover" in first_page and "LIP 2.0" in first_page
    assert "Interner Arbeitsentwurf" in first_page
    assert "Version 1" in first_page and "Stand: 14. März 2026" in first_page
    assert "Entwurf zur öffentlichen Beteiligung" in [p.text for p in public.paragraphs[:12]]


def test_attribute_table_shows_german_labels_and_formats(internal: Any) -> None:
    table = next(b for b in section(internal, "BIL-M1.1.1 ") if hasattr(b, "rows"))
    rows = dict(table_rows(table))
    assert list(rows) == ["Federführung", "Kooperationspartner", "Zielgruppe", "Zeitraum",
                          "Art", "Kosten", "Finanzierung", "Status", "Priorität", "Herkunft",
                          "Votum Lenkungsgruppe"]
    assert rows["Federführung"] == "Fachbereich Jugend und Familie"
    assert rows["Kooperationspartner"].split("\n") == [
        "Migrant*innenselbstorganisationen", "Familienzentren", "freie Kita-Träger"]
    assert rows["Zeitraum"] == "08/2026 – 07/2028"
    assert rows["Art"] == "befristetes Projekt"
    assert rows["Kosten"] == "240.000,00\u00a0€"
    assert rows["Status"] == "in Diskussion"
    assert rows["Priorität"] == "hoch"
    assert rows["Herkunft"] == "Expert*innengruppe"
    assert rows["Votum Lenkungsgruppe"] == "noch offen"

    revise = dict(table_rows(next(b for b in section(internal, "BIL-M1.2 ")
                                  if hasattr(b, "rows"))))
    assert revise["Kosten"] == "–" and revise["Art"] == "Prüfauftrag"
    assert revise["Status"] == "zurückgestellt"
    assert revise["Votum Lenkungsgruppe"].startswith("Überarbeitung\nZuständigkeit des Landes")
    without_kind = dict(table_rows(next(b for b in section(internal, "BIL-M2.1 ")
                                        if hasattr(b, "rows"))))
    assert without_kind["Art"] == "noch offen" and without_kind["Kosten"] == "12.350,75\u00a0€"
    assert without_kind["Zeitraum"] == "ab 04/2026"


def test_german_number_formats() -> None:
    assert format_euro(120000) == "120.000,00\u00a0€"
    assert format_euro(0) == "0,00\u00a0€"
    assert format_euro(None) == "–"
    assert format_number(1150.0) == "1.150"
    assert format_number(24.5) == "24,5"
    assert format_number(0.125) == "0,125"
    assert format_month("2022-01") == "01/2022"
    assert format_month("2026-09-15") == "15.09.2026"
    assert format_period(None, "2027-12") == "bis 12/2027"
    assert format_period(None, None) == "–"


def test_indicator_table_lists_baseline_and_target_with_years(internal: Any) -> None:
    tables = [b for b in section(internal, "BIL-M1.1.1 ") if hasattr(b, "rows")]
    rows = table_rows(tables[1])
    assert rows[0] == ["Indikator", "Einheit", "Ausgangswert (Jahr)", "Zielwert (Jahr)",
                       "Quelle", "Erhebung"]
    first = rows[1]
    assert first[0].startswith("Betreuungsquote unter Dreijähriger")
    assert "Anteil der Kinder unter drei Jahren" in first[0]  # the definition, below the name
    assert first[1:] == ["%", "24,5 (2024)", "35 (2028)", "Kita-Statistik, Melderegister",
                         "jährlich"]
    assert rows[2][2] == "–" and rows[2][3] == "600 (2028)"
    assert tables[1]._tbl.tr_lst[0].trPr.find(qn("w:tblHeader")) is not None  # repeats
    missing = [p.text for p in section(internal, "SVI-M1.2 ") if not hasattr(p, "rows")]
    assert "Für diese Maßnahme sind noch keine Indikatoren festgelegt." in missing


def test_positions_compromise_sondervoten_and_votes_are_written(internal: Any) -> None:
    texts = [b.text for b in section(internal, "BIL-M1.1.1 ") if not hasattr(b, "rows")]
    assert "Positionen" in texts
    assert any(t.startswith("Verwaltung: Die Finanzierung ist nur über Landesmittel")
               for t in texts)
    assert any(t.startswith("externe Expert*innen: Familien brauchen") for t in texts)
    assert any(t.startswith("Aylin Demir (extern): Die Lotsinnen") for t in texts)
    assert any(t.startswith("Migrant*innenselbstorganisationen: Die Arbeit") for t in texts)
    assert "Kompromiss (vereinbart)" in texts
    assert any(t.startswith("Die Kita-Lotsinnen und -Lotsen starten 2026") for t in texts)
    assert any(t.startswith("Sondervotum Aylin Demir (extern): Eine Befristung") for t in texts)
    assert any(t.startswith("Sondervotum Migrant*innenselbstorganisationen: Die Verstetigung")
               for t in texts)
    assert "Abstimmung vom 10.03.2026: Wie sollen die Kita-Lotsinnen und -Lotsen eingeführt " \
        "werden?" in texts
    assert "Ergebnis: Ja 5 / Nein 1 / Enthaltung 1 – angenommen" in texts
    assert "Verwaltung: Ja 3 / Nein 0 / Enthaltung 1 – Mehrheit" in texts
    assert "extern: Ja 2 / Nein 1 / Enthaltung 0 – Mehrheit" in texts
    assert any("Zwei-Drittel-Mehrheit" in t and "doppelte Mehrheit" in t for t in texts)
    assert any(t.startswith("1. Modellprojekt mit Landesmitteln") and "Akzeptanz 73\u00a0%" in t
               for t in texts)
    dots = [b.text for b in section(internal, "BIL-Z2 ") if not hasattr(b, "rows")]
    assert "1. Berufsbezogene Deutschkurse mit Kinderbetreuung – 8 Punkte" in dots
    assert "3. Herkunftssprachlicher Unterricht – 3 Punkte" in dots


def test_toc_field_page_fields_header_properties_and_language(internal: Any) -> None:
    instr = [t.text for t in internal.element.body.iter(qn("w:instrText"))]
    assert ' TOC \\o "1-3" \\h \\z \\u ' in instr
    update = internal.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"
    section_ = internal.sections[0]
    footer = section_.footer._element
    footer_instr = {t.text.strip() for t in footer.iter(qn("w:instrText"))}
    assert footer_instr == {"PAGE", "NUMPAGES"}
    footer_text = "".join(t.text or "" for t in footer.iter(qn("w:t")))
    assert footer_text.startswith("Seite ") and " von " in footer_text
    header_text = section_.header.paragraphs[0].text
    assert "LIP 2.0 – Wir sind Hannover (Demo)" in header_text and "Entwurf" in header_text
    assert section_.different_first_page_header_footer  # no header on the title page
    assert round(section_.page_width.mm) == 210 and round(section_.page_height.mm) == 297

    props = internal.core_properties
    assert props.title == "LIP 2.0 – Wir sind Hannover (Demo)"
    assert props.language == "de-DE" and props.version == "1" and props.revision == 1
    assert props.author and props.created == NOW.astimezone(UTC)

    defaults = internal.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "de-DE"
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts.get(qn("w:ascii")) == "Calibri" and fonts.get(qn("w:asciiTheme")) is None


def test_every_section_lies_inside_its_bookmark_and_measures_inside_goals(
        internal: Any, demo_doc: dict[str, Any]) -> None:
    body = internal.element.body
    position: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    heading_of: dict[str, str] = {}
    for i, el in enumerate(body.iter()):
        if el.tag == qn("w:bookmarkStart"):
            names[el.get(qn("w:id"))] = el.get(qn("w:name"))
            position[el.get(qn("w:name"))] = [i, -1]
            paragraph = el.getparent()
            heading_of[el.get(qn("w:name"))] = "".join(
                t.text or "" for t in paragraph.iter(qn("w:t")))
        elif el.tag == qn("w:bookmarkEnd"):
            position[names[el.get(qn("w:id"))]][1] = i
    for goal in demo_doc["goals"]:
        name = anchor_name("goal", goal["id"])
        assert heading_of[name].startswith(goal["code"] + " ")
        if goal["parent_id"]:
            outer = position[anchor_name("goal", goal["parent_id"])]
            assert outer[0] < position[name][0] < position[name][1] < outer[1]
    for measure in demo_doc["measures"]:
        name = anchor_name("measure", measure["id"])
        assert len(name) <= 40 and name[0].isalpha()
        assert heading_of[name].startswith(measure["code"] + " ")
        outer = position[anchor_name("goal", measure["goal_id"])]
        assert outer[0] < position[name][0] < position[name][1] < outer[1]
    for item in demo_doc["strategy_sections"]:
        assert heading_of[anchor_name("strategy_section", item["id"])] == item["title"]
    for item in demo_doc["compromises"]:
        assert anchor_name("compromise", item["id"]) in position
    assert all(end > start for start, end in position.values())
    # a section's bookmark ends right before the next heading (or another end, or the end)
    for end in body.iter(qn("w:bookmarkEnd")):
        following = end.getnext()
        assert following is None or following.tag in (qn("w:bookmarkEnd"), qn("w:sectPr")) \
            or (following.tag == qn("w:p") and following.find(
                f"{qn('w:pPr')}/{qn('w:pStyle')}") is not None)


def test_anchor_names_parse_back() -> None:
    rid = "881ceb02-a069-53b5-af50-a88a4237cba7"
    for subject in ("goal", "measure", "strategy_section", "compromise"):
        assert parse_anchor(anchor_name(subject, rid)) == (subject, rid)
    assert anchor_name("measure", rid) == "lip_m_881ceb02a06953b5af50a88a4237cba7"
    assert parse_anchor("_GoBack") is None
    assert parse_anchor("lip_m_" + "z" * 32) is None
    assert parse_anchor("lip_x_881ceb02a06953b5af50a88a4237cba7") is None


# --- options ---------------------------------------------------------------------------


def test_field_option_writes_only_that_field(demo_doc: dict[str, Any]) -> None:
    document = docx.Document(io.BytesIO(
        build_draft(demo_doc, DraftOptions(field_code="BIL"), now=NOW).data))
    found = headings(document)
    assert [t for s, t in found if s == "Heading1"] == ["Bildung"]
    assert all(t.startswith("BIL-") for s, t in found if s != "Heading1")
    assert "Handlungsfeld Bildung" in [p.text for p in document.paragraphs[:10]]
    with pytest.raises(LipError) as info:
        build_draft(demo_doc, DraftOptions(field_code="XYZ"))
    assert info.value.code == "not_found"


def test_public_draft_leaves_out_rejected_deferred_and_all_negotiation(
        internal: Any, public: Any) -> None:
    codes_internal = {t.split(" ")[0] for _, t in headings(internal)}
    codes_public = {t.split(" ")[0] for _, t in headings(public)}
    assert set(HIDDEN) <= codes_internal
    assert not set(HIDDEN) & codes_public
    assert {"BIL-M1.1", "BIL-M1.1.1", "SVI-M1.1", "DEM-M1.1"} <= codes_public
    body = public.paragraphs
    start = next(i for i, p in enumerate(body) if p.style.style_id == "Heading1")
    text = "\n".join(p.text for p in body[start:])
    for internal_only in ("Positionen", "Kompromiss", "Sondervotum", "Abstimmung vom",
                          "Ergebnis: Ja", "Punkte", "Akzeptanz"):
        assert internal_only in all_text(internal)
        assert internal_only not in text
    assert not [b for b in public.element.body.iter(qn("w:bookmarkStart"))
                if b.get(qn("w:name")).startswith("lip_c_")]


def test_flags_can_be_set_one_by_one(demo_doc: dict[str, Any]) -> None:
    no_rejected = docx.Document(io.BytesIO(build_draft(
        demo_doc, DraftOptions(include_rejected=False), now=NOW).data))
    assert "DEM-M2.1" not in {t.split(" ")[0] for _, t in headings(no_rejected)}
    assert "Sondervotum" in all_text(no_rejected)
    no_negotiation = docx.Document(io.BytesIO(build_draft(
        demo_doc, DraftOptions(include_negotiation=False), now=NOW).data))
    assert "DEM-M2.1" in {t.split(" ")[0] for _, t in headings(no_negotiation)}
    assert "Sondervotum" not in all_text(no_negotiation)
    assert "Interner Arbeitsentwurf" in all_text(no_negotiation)


# --- robustness ------------------------------------------------------------------------


def test_hostile_text_does_not_break_the_export(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    measure = doc["measures"][0]
    measure["title"] = "Null\x00Glocke\x07 A\uffff B \ud800 😀 <b>&amp;</b> ]]>"
    measure["description"] = ("Sehr lang & <xml/> " * 20_000) + "\x0b\x1fEnde\tTab\nZeile"
    measure["partners"] = ["\x08", "  führendes Leerzeichen"]
    doc["strategy_sections"][0]["title"] = "\ufffeStrategie\x1b"
    doc["catalogue"]["title"] = "Titel\x00 mit <Zeichen> & 😀"
    doc["goals"][0]["title"] = ""
    result = build_draft(doc, now=NOW)
    data, warnings = result.data, result.warnings
    verify_draft(data)
    assert warnings == ["10 Steuerzeichen, die in Word-Dokumenten nicht erlaubt sind, wurden "
                        "im Entwurf weggelassen (der Katalog bleibt unverändert)."]
    document = docx.Document(io.BytesIO(data))
    text = all_text(document)
    assert f"{measure['code']} NullGlocke A B 😀 <b>&amp;</b> ]]>" in text
    assert any(p.text.endswith("& <xml/> Ende\tTab\nZeile") for p in document.paragraphs)
    assert "Strategie" in [p.text for p in document.paragraphs]
    assert document.core_properties.title == "Titel mit <Zeichen> & 😀"
    assert document.paragraphs[0].text == "Titel mit <Zeichen> & 😀"
    assert any(p.text == doc["goals"][0]["code"] for p in document.paragraphs)


def test_empty_catalogue_still_gives_a_valid_draft(demo_doc: dict[str, Any]) -> None:
    doc = {**demo_doc, "action_fields": [], "strategy_sections": [], "goals": [],
           "measures": [], "indicators": [], "positions": [], "compromises": [], "votes": []}
    verify_draft(build_draft(doc, now=NOW).data)


def test_progress_is_reported_and_cancel_raises(demo_doc: dict[str, Any]) -> None:
    calls: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    build_draft(demo_doc, progress=record, now=NOW)
    total = calls[-1][1]
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert total == 4 + len(demo_doc["goals"]) + len(demo_doc["measures"]) + 1
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len(calls) > 3

    seen: list[int] = []

    def cancel_soon(done: int, total: int) -> bool:
        seen.append(done)
        return done < 5

    with pytest.raises(CancelledError):
        build_draft(demo_doc, progress=cancel_soon, now=NOW)
    assert seen[-1] >= 5


def test_verify_refuses_what_is_not_a_draft() -> None:
    with pytest.raises(LipError) as info:
        verify_draft(b"kein zip")
    assert info.value.code == "bad_office_file" and "Word" in info.value.message
    blank = io.BytesIO()
    docx.Document().save(blank)
    with pytest.raises(LipError) as info:
        verify_draft(blank.getvalue())
    assert "Titel" in info.value.message


def _with_part(data: bytes, name: str, blob: bytes) -> bytes:
    """``data`` with one member of the zip replaced."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, blob if info.filename == name else src.read(info))
    return out.getvalue()


def test_verify_reads_the_whole_stream_and_refuses_broken_xml(
        demo_doc: dict[str, Any]) -> None:
    """The streamed check still proves every part well-formed: a document cut off after
    its headings, or a broken header, is refused though the title and headings are fine."""
    data = build_draft(demo_doc, now=NOW).data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document_xml = archive.read("word/document.xml")
        header = next(n for n in archive.namelist() if n.startswith("word/header"))
    for name, blob in (("word/document.xml", document_xml[: len(document_xml) * 2 // 3]),
                       ("word/document.xml", document_xml.replace(b"</w:tbl>", b"", 1)),
                       (header, b"<w:hdr>")):
        with pytest.raises(LipError) as info:
            verify_draft(_with_part(data, name, blob))
        assert info.value.code == "bad_office_file" and "öffnen" in info.value.message
    no_headings = document_xml.replace(b'w:val="Heading', b'w:val="Normal')
    with pytest.raises(LipError) as info:
        verify_draft(_with_part(data, "word/document.xml", no_headings))
    assert "Überschriften" in info.value.message


def test_verify_reports_progress_and_can_be_cancelled(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["measures"][0]["description"] = "Ein langer Absatz. " * 200_000  # several MB
    data = build_draft(doc, now=NOW).data
    calls: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    verify_draft(data, progress=record)
    assert len(calls) > 2 and calls[-1][0] == calls[-1][1]
    with pytest.raises(CancelledError):
        verify_draft(data, progress=lambda done, total: done == 0)


def test_a_body_spooled_to_disk_gives_the_same_document(
        demo_doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """A large draft's body (after the table of contents) goes to a temporary file while
    it is written and is copied into the zip in pieces: same bytes as in memory."""
    from lip_desktop.export import word

    def document_xml(data: bytes) -> bytes:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("word/document.xml")

    in_memory = document_xml(build_draft(demo_doc, now=NOW).data)
    monkeypatch.setattr(word, "_SPOOL_IN_MEMORY", 1_000)
    monkeypatch.setattr(word, "_COPY_BYTES", 4_096)
    on_disk = document_xml(build_draft(demo_doc, now=NOW).data)
    assert on_disk == in_memory and len(in_memory) > 40 * 4_096


def test_draft_is_a_plain_docx_without_macros(demo_doc: dict[str, Any]) -> None:
    with zipfile.ZipFile(io.BytesIO(build_draft(demo_doc, now=NOW).data)) as archive:
        names = set(archive.namelist())
        document_xml = archive.read("word/document.xml")
    assert "[Content_Types].xml" in names and "word/document.xml" in names
    assert not any(n.endswith("vbaProject.bin") for n in names)
    assert b"<!DOCTYPE" not in document_xml


# --- the command -------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_word_command_end_to_end(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    catalogue, out = tmp_path / "demo.lip", tmp_path / "Entwurf.docx"
    assert run(capsys, "demo", catalogue)[0] == 0
    code, stdout, err = run(capsys, "export-word", catalogue, out)
    assert code == 0 and "Version 1" in stdout and str(out) in stdout
    assert "veraltete Begriffe" in err  # reported, not replaced
    document = docx.Document(str(out))
    assert "Mehrheitsgesellschaft" in all_text(document)
    assert "Interner Arbeitsentwurf" in all_text(document)

    code, stdout, _ = run(capsys, "export-word", catalogue, out, "--public", "--field", "SVI",
                          "--next-version")
    assert code == 0 and "Version 2" in stdout
    document = docx.Document(str(out))
    assert "Entwurf zur öffentlichen Beteiligung" in all_text(document)
    assert [t for s, t in headings(document) if s == "Heading1"] == [
        "Stadtverwaltung und interkulturelle Öffnung"]
    assert document.core_properties.version == "2"
    assert run(capsys, "export-json", catalogue, tmp_path / "k.json")[0] == 0
    saved = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    assert saved["catalogue"]["draft_version"] == 2

    code, stdout, _ = run(capsys, "export-word", catalogue, out, "--version", "5")
    assert code == 0 and "Version 5" in stdout


def test_export_word_refusals_leave_no_file(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    catalogue = tmp_path / "demo.lip"
    run(capsys, "demo", catalogue)
    target = tmp_path / "fehlt" / "Entwurf.docx"
    code, out, err = run(capsys, "export-word", catalogue, target, "--next-version")
    assert code == 1 and "Ordner existiert nicht" in err and "Traceback" not in out + err
    assert not target.parent.exists()
    run(capsys, "export-json", catalogue, tmp_path / "k.json")
    saved = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    assert saved["catalogue"]["draft_version"] == 1  # a failed export raises nothing
    code, _, err = run(capsys, "export-word", catalogue, tmp_path / "x.docx", "--field", "XYZ")
    assert code == 1 and "Handlungsfeld „XYZ“ gibt es im Katalog nicht" in err
    assert not (tmp_path / "x.docx").exists()


# --- what a reviewer sees first (issue 16, item 8) ------------------------------------------

#: Width in twips of one character of a bold 10 pt head in a wide font (DejaVu Sans Bold
#: averages 0.69 em), and the cell's left and right margins ("LIP Tabelle").
BOLD_CHAR_TWIPS = 140
CELL_MARGINS = 170


def head_rows(document: Any) -> list[list[tuple[str, int | None]]]:
    """(text, tcW width) of the first row's cells of every table."""
    rows = []
    for table in document.tables:
        first = table._tbl.tr_lst[0]
        cells = []
        for tc in first.tc_lst:
            width = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            text = "".join(t.text or "" for t in tc.iter(qn("w:t")))
            cells.append((text, None if width is None else int(width.get(qn("w:w")))))
        rows.append(cells)
    return rows


def test_table_heads_have_widths_that_fit_their_longest_word(internal: Any) -> None:
    rows = head_rows(internal)
    indicator_heads = [r for r in rows if r[0][0] == "Indikator"]
    assert indicator_heads, "the demo draft has indicator tables"
    for row in indicator_heads + [r for r in rows if r[0][0] == "Federführung"]:
        for text, width in row:
            assert width is not None, text
            longest = max(len(word) for word in text.split()) if text.strip() else 0
            assert width >= longest * BOLD_CHAR_TWIPS + CELL_MARGINS, (text, width)


def test_the_table_of_contents_is_filled_with_linked_entries(internal: Any) -> None:
    body = internal.element.body
    toc = [p for p in internal.paragraphs if p.style.name.startswith("toc")]
    entries = ["".join(t.text or "" for t in p._p.iter(qn("w:t"))) for p in toc]
    wanted = [text for style, text in headings(internal)
              if style in ("Heading1", "Heading2", "Heading3")]
    assert entries == wanted and len(entries) > 20
    assert {p.style.name for p in toc} == {"toc 1", "toc 2", "toc 3"}
    marks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    for p in toc:
        link = p._p.find(qn("w:hyperlink"))
        assert link is not None and link.get(qn("w:anchor")) in marks
        instr = "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert f"PAGEREF {link.get(qn('w:anchor'))} \\h" in instr
    # the field around the entries stays, so Word can refresh it (F9, on opening)
    first = "".join(t.text for t in toc[0]._p.iter(qn("w:instrText")))
    assert 'TOC \\o "1-3"' in first
    assert "F9" not in all_text(internal)
    follows = toc[-1]._p.getnext()
    assert "".join(t.text or "" for t in follows.iter(qn("w:t"))) == "Hinweise zur Kommentierung"


def test_a_new_catalogue_has_no_version_zero_and_no_empty_field_pages(
        demo_doc: dict[str, Any]) -> None:
    new = copy.deepcopy(demo_doc)
    for key in ("goals", "measures", "indicators", "positions", "compromises", "votes"):
        new[key] = []
    new["catalogue"]["draft_version"] = 0
    document = docx.Document(io.BytesIO(build_draft(new, now=NOW).data))
    text = all_text(document)
    header = document.sections[0].header.paragraphs[0].text
    assert "Version 0" not in text and "Version 0" not in header
    assert "Vorabfassung" in text and "Vorabfassung" in header
    assert document.core_properties.comments == "Interner Arbeitsentwurf, Vorabfassung"
    assert "Für dieses Handlungsfeld sind noch keine Ziele erfasst." not in text
    level1 = [t for style, t in headings(document) if style == "Heading1"]
    assert level1 == ["Strategieteil", "Handlungsfelder"]
    assert "Für diese Handlungsfelder sind noch keine Ziele erfasst:" in text
    for field in new["action_fields"]:
        assert f"{field['code']} {field['name']}" in text


def test_fields_without_goals_are_listed_together_after_the_others(
        demo_doc: dict[str, Any]) -> None:
    partial = copy.deepcopy(demo_doc)
    jug = next(f for f in partial["action_fields"] if f["code"] == "JUG")
    gone = {g["id"] for g in partial["goals"] if g["action_field_id"] == jug["id"]}
    partial["goals"] = [g for g in partial["goals"] if g["id"] not in gone]
    partial["measures"] = [m for m in partial["measures"] if m["goal_id"] not in gone]
    document = docx.Document(io.BytesIO(build_draft(partial, now=NOW).data))
    level1 = [t for style, t in headings(document) if style == "Heading1"]
    assert level1[-1] == "Weitere Handlungsfelder" and jug["name"] not in level1
    assert f"Für das Handlungsfeld JUG {jug['name']} sind noch keine Ziele erfasst." \
        in all_text(document)


def test_draft_file_names_and_version_labels() -> None:
    assert version_label(3) == "Version 3" and version_label(0) == "Vorabfassung"
    assert draft_file_name("Plan", 2) == "Plan – Entwurf 2.docx"
    assert draft_file_name("Plan", 0) == "Plan – Entwurf.docx"
