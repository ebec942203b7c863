"""Score and ranked polls in the minutes, the Word draft and the Excel list, read back:
each says the rule and the result in the words of ``model.vote_wording``."""

from __future__ import annotations

import copy
import io
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook
from support import create_from

from lip_desktop.export.excel import build_measure_list
from lip_desktop.export.minutes import build_minutes, verify_minutes
from lip_desktop.export.word import build_draft, verify_draft
from lip_desktop.model import interchange

NOW = datetime(2026, 3, 14, 9, 30)
SESSION = "831f8db3-f52e-5f35-a8b5-fca88ac96e3b"  # "3. Sitzung Bildung" of example-v2
CAFES = "e3d3fb8d-e603-5ce0-8a85-945a9ee17dc2"  # an option of the score and ranked polls


@pytest.fixture
def doc(tmp_path: Path, example_v2: dict[str, Any]) -> dict[str, Any]:
    """The v2 example as the app exports it after importing it (results recomputed)."""
    with create_from(tmp_path / "v2.lip", copy.deepcopy(example_v2)) as cat, cat.read() as conn:
        return interchange.export_document(conn)


def paragraphs(document: Any) -> list[str]:
    return ["".join(t.text or "" for t in p.iter(qn("w:t")))
            for p in document.element.body.iter(qn("w:p"))]


def tables(document: Any) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


def test_the_minutes_show_score_and_ranked_polls_as_tables(doc: dict[str, Any]) -> None:
    data = build_minutes(doc, SESSION, decisions=(), parking=(), vote_notes={}, quorum=None,
                         now=NOW).data
    verify_minutes(data)
    document = docx.Document(io.BytesIO(data))
    text = paragraphs(document)
    assert any(t.startswith("Bewertung · Bewertung von 0 bis 5 · höchster Mittelwert zuerst")
               for t in text)
    assert any(t.startswith("Rangfolge · höchstens 3 Plätze je Person · Borda-Punkte")
               for t in text)
    assert any(t.startswith("Rangfolge · alle Optionen dürfen gereiht werden") and
               "nur Summen erfasst" in t for t in text)
    found = tables(document)
    assert [
        ["Rang", "Option", "Bewertungen", "Summe", "Mittelwert"],
        ["1", "Elterncafés in Familienzentren", "3", "12", "4"],
        ["1", "Hausbesuche durch Kita-Lotsinnen", "3", "12", "4"],
        ["3", "Mehrsprachige Infoabende in Kitas", "3", "9", "3"],
        ["4", "Elternbriefe in Leichter Sprache", "0", "0", "nicht bewertet"],
    ] in found
    assert [
        ["Rang", "Option", "Punkte", "Platz 1"],
        ["1", "Elterncafés in Familienzentren", "8", "2"],
        ["2", "Hausbesuche durch Kita-Lotsinnen", "5", "1"],
        ["3", "Mehrsprachige Infoabende in Kitas", "3", "0"],
        ["4", "Elternbriefe in Leichter Sprache", "1", "0"],
    ] in found
    assert [
        ["Rang", "Option", "Punkte", "Platz 1"],
        ["1", "Übergang Kita – Grundschule", "7", "2"],
        ["1", "Sprachförderung in der Grundschule", "7", "1"],
        ["3", "Elternbeteiligung in Schulgremien", "4", "0"],
    ] in found


def test_the_word_draft_words_each_option_of_a_poll(doc: dict[str, Any]) -> None:
    data = build_draft(doc, now=NOW).data
    verify_draft(data)
    text = paragraphs(docx.Document(io.BytesIO(data)))
    assert "1. Elterncafés in Familienzentren – Mittelwert 4 (3 Bewertungen)" in text
    assert "4. Elternbriefe in Leichter Sprache – nicht bewertet" in text
    assert "1. Elterncafés in Familienzentren – 8 Punkte · 2 × Platz 1" in text
    assert "4. Elternbriefe in Leichter Sprache – 1 Punkt · 0 × Platz 1" in text
    assert any(t.startswith("Rangfolge · höchstens 3 Plätze je Person") for t in text)


def test_the_excel_list_names_the_poll_that_ranked_a_measure(doc: dict[str, Any]) -> None:
    code = next(m["code"] for m in doc["measures"] if m["id"] == CAFES)
    workbook = load_workbook(io.BytesIO(build_measure_list(doc, now=NOW).data))
    sheet = workbook["Maßnahmen"]
    heads = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True)
               if r[heads.index("Kennung")] == code)
    workbook.close()
    assert row[heads.index("Abstimmung")] == (
        "Rangfolge: Rang 1 von 4 (8 Punkte · 2 × Platz 1) (21.04.2021)")
