"""The controlling report read back as Word reads it: headings, the count table and the
bar chart holding the same numbers, indicator tables and line charts with alt text, the
changes since the year before; written through the command line, cancelled cleanly."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from lxml import etree
from support import create_from

from lip_desktop import cli
from lip_desktop.export.controlling import (
    build_controlling_report,
    indicator_summary,
    value_bounds,
    verify_controlling,
)
from lip_desktop.model import queries
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.services import CatalogueService

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
LOTSINNEN = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"


@pytest.fixture
def catalogue(tmp_path: Path, example_v2: dict[str, Any]) -> Path:
    path = tmp_path / "plan.lip"
    with create_from(path, copy.deepcopy(example_v2)) as cat:
        CatalogueService(cat).implementation.add_progress_report(
            LOTSINNEN, 2024, "completed", "Alle Stellen im Regelbetrieb.")
    return path


def report(path: Path, year: int) -> Any:
    from lip_desktop.model.catalogue import Catalogue

    with Catalogue.open(path, readonly=True) as cat:
        data = queries.controlling_data(cat, year)
    result = build_controlling_report(data)
    verify_controlling(result.data)
    return docx.Document(io.BytesIO(result.data)), data


def charts(document: Any) -> list[tuple[Any, Any]]:
    """(wp:docPr, parsed chart part) of every chart, in body order."""
    out = []
    for inline in document.element.body.iter(WP + "inline"):
        rid = next(inline.iter(C + "chart")).get(
            "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        part = document.part.related_parts[rid]
        out.append((inline.find(WP + "docPr"), etree.fromstring(part.blob)))
    return out


def headings(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def test_the_report_has_its_sections_in_order(catalogue: Path) -> None:
    document, _ = report(catalogue, 2024)
    assert document.paragraphs[0].text == "Controllingbericht 2024"
    found = headings(document)
    for wanted in ("Umsetzungsstand 2024", "Maßnahmen nach Umsetzungsstand", "erfüllt (1)",
                   "in Bearbeitung (1)", "Indikatoren", "Veränderungen gegenüber 2023"):
        assert wanted in found
    assert found.index("Umsetzungsstand 2024") < found.index("Indikatoren") < \
        found.index("Veränderungen gegenüber 2023")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Alle Stellen im Regelbetrieb." in text
    assert "Kein Bericht für 2024" in text  # BIL-M1.2 carried over from 2023


def test_the_bar_chart_holds_the_numbers_of_the_count_table(catalogue: Path) -> None:
    document, _ = report(catalogue, 2024)
    table = document.tables[0]
    head = [c.text for c in table.rows[0].cells]
    assert head[0] == "Handlungsfeld" and head[-1] == "Gesamt"
    assert [c.text for c in table.rows[-1].cells] == ["Gesamt", "0", "1", "0", "1", "0", "2"]
    doc_pr, chart = charts(document)[0]
    assert "Balkendiagramm" in doc_pr.get("descr") and "erfüllt: 1" in doc_pr.get("descr")
    assert doc_pr.get("title") == "Umsetzungsstand 2024 nach Handlungsfeldern"
    for ser in chart.iter(C + "ser"):
        name = ser.find(f"{C}tx//{C}v").text
        column = head.index(name)
        cached = [int(v.text) for v in ser.find(C + "val").iter(C + "v")]
        assert cached == [int(r.cells[column].text) for r in table.rows[1:-1]]
    assert chart.find(f"{C}lang").get("val") == "de-DE"


def test_each_indicator_with_values_has_a_line_chart_with_alt_text(catalogue: Path) -> None:
    document, data = report(catalogue, 2024)
    (series,) = data.indicators
    table = document.tables[1]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Wert", "Jahr", "Betrag"], ["Ausgangswert", "2020", "61 %"],
        ["Messwert", "2022", "64,2 %"], ["Messwert", "2023", "67,8 %"],
        ["Zielwert", "2025", "75 %"]]
    doc_pr, chart = charts(document)[1]
    assert doc_pr.get("descr") == "Liniendiagramm. " + indicator_summary(series)
    assert "Messwerte 2022: 64,2 %, 2023: 67,8 %" in doc_pr.get("descr")
    assert chart.find(f"{C}chart/{C}plotArea/{C}lineChart") is not None
    names = [s.find(f"{C}tx//{C}v").text for s in chart.iter(C + "ser")]
    assert names == ["Messwert", "Ausgangswert", "Zielwert"]
    years = [v.text for v in chart.find(f".//{C}cat").iter(C + "v")]
    assert years == [str(y) for y in range(2020, 2026)]
    ids = [d.get("id") for d, _ in charts(document)]
    assert len(ids) == len(set(ids))


def test_changes_since_last_year_are_listed(catalogue: Path) -> None:
    document, _ = report(catalogue, 2024)
    rows = [[c.text for c in r.cells] for r in document.tables[-1].rows]
    assert rows == [["Kennung", "Maßnahme", "Stand 2023", "Stand 2024"],
                    ["BIL-M1.1", "Mehrsprachige Kita-Lotsinnen",
                     "in das laufende Geschäft übergegangen", "erfüllt"]]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "für 1 liegt der Bericht für 2024 noch nicht vor" in text


def test_the_axis_of_a_line_chart_shows_the_differences() -> None:
    assert value_bounds([61, 64.2, 75]) == (59.0, 77.0)
    assert value_bounds([5.0]) == (4.5, 5.5)
    low, high = value_bounds([-3.0, 2.0])
    assert low < -3 and high > 2


def test_cancelling_raises_before_any_bytes(catalogue: Path) -> None:
    from lip_desktop.model.catalogue import Catalogue

    with Catalogue.open(catalogue, readonly=True) as cat:
        data = queries.controlling_data(cat, 2024)
    with pytest.raises(CancelledError):
        build_controlling_report(data, progress=lambda done, total: done < 2)


def test_the_command_line_writes_a_verified_report(
        catalogue: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "Bericht.docx"
    code = cli.main(["export-controlling", str(catalogue), str(out), "--year", "2024"])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "Controllingbericht 2024 geschrieben (2 Maßnahmen, 1 Indikatoren" in stdout
    verify_controlling(out.read_bytes())
    with pytest.raises(LipError):
        verify_controlling(b"PK not a document")
    code = cli.main(["export-controlling", str(catalogue), str(out), "--year", "99"])
    assert code != 0
