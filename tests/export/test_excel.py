"""The steering group's measure list: what Excel/LibreOffice users see, what comes back.

The workbook is read back with openpyxl as a spreadsheet program would read it: sheet
names, header, values and their formats, the table, the drop-down, print settings. User
text must never become a formula; the returned list must change exactly the measures the
steering group decided on, or nothing at all.
"""

from __future__ import annotations

import copy
import gc
import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from lip_desktop import cli
from lip_desktop.export import excel
from lip_desktop.export.decisions import read_decisions
from lip_desktop.export.excel import (
    CELL_LIMIT,
    DECISION_LABELS,
    EURO_FORMAT,
    INDICATOR_COLUMNS,
    MEASURE_COLUMNS,
    MONTH_FORMAT,
    TRUNCATION_MARKER,
    build_measure_list,
    verify_measure_list,
)
from lip_desktop.model import vote_wording
from lip_desktop.model.errors import CancelledError, InterchangeError, LipError

NOW = datetime(2026, 3, 20, 9, 30)
HOSTILE = ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", "\r=x", '=HYPERLINK("http://x")')
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


# --- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo catalogue as the app exports it (vote results computed on import)."""
    from lip_desktop.model import demo, interchange
    from lip_desktop.model.catalogue import Catalogue

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", str(folder / "appdata"))
        doc = demo.demo_catalogue()
        cat = Catalogue.create(folder / "demo.lip",
                               lambda s: interchange.import_into_new(s, doc, "test") and None)
        with cat, cat.read() as conn:
            return interchange.export_document(conn)


@pytest.fixture(scope="module")
def demo_book(demo_doc: dict[str, Any]) -> Iterator[Any]:
    result = build_measure_list(demo_doc, now=NOW)
    assert result.warnings == []
    wb = load_workbook(io.BytesIO(result.data))
    yield wb
    wb.close()


def header(ws: Worksheet) -> list[Any]:
    return [c.value for c in ws[1]]


def rows_by_code(ws: Worksheet) -> dict[str, dict[str, Any]]:
    """Data rows as {Kennung: {column: cell}}."""
    names = header(ws)
    out: dict[str, dict[str, Any]] = {}
    for row in ws.iter_rows(min_row=2):
        cells = dict(zip(names, row, strict=True))
        out[cells["Kennung"].value] = cells
    return out


def all_cells(wb: Any) -> Iterator[Any]:
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def export_json(path: Path, out: Path) -> dict[str, Any]:
    assert cli.main(["export-json", str(path), str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    doc.pop("exported_at")
    return dict(doc)


def fill(xlsx: Path, entries: dict[str, tuple[str | None, str | None]],
         extra_rows: Sequence[tuple[str, str | None, str | None]] = ()) -> None:
    """Fill Votum/Anmerkung as the steering group would, in Excel's place: openpyxl."""
    wb = load_workbook(xlsx)
    ws = wb["Maßnahmen"]
    names = header(ws)
    code_col, vote_col, note_col = (names.index(n) + 1 for n in
                                    ("Kennung", "Votum Lenkungsgruppe",
                                     "Anmerkung Lenkungsgruppe"))
    for r in range(2, ws.max_row + 1):
        code = ws.cell(r, code_col).value
        if code in entries:
            vote, note = entries[code]
            ws.cell(r, vote_col).value = vote
            ws.cell(r, note_col).value = note
    for code, vote, note in extra_rows:
        r = ws.max_row + 1
        ws.cell(r, code_col).value = code
        ws.cell(r, vote_col).value = vote
        ws.cell(r, note_col).value = note
    wb.save(xlsx)
    wb.close()


# --- the workbook --------------------------------------------------------------------------


def test_sheets_header_and_one_row_per_measure(demo_doc: dict[str, Any], demo_book: Any) -> None:
    assert demo_book.sheetnames == ["Maßnahmen", "Indikatoren", "Übersicht", "Info"]
    ws = demo_book["Maßnahmen"]
    assert header(ws) == list(MEASURE_COLUMNS)
    # Issue 16.9: the printed selection first (Kennung … Anmerkung), then the details,
    # then the hidden record id the import matches by (issue 13.1).
    assert MEASURE_COLUMNS == (
        "Kennung", "Maßnahme", "Beschreibung", "Status", "Abstimmung", "Votum Lenkungsgruppe",
        "Anmerkung Lenkungsgruppe", "Handlungsfeld", "Ziel", "Federführung",
        "Kooperationspartner", "Zielgruppe", "Beginn", "Ende", "Art", "Kosten (EUR)",
        "Priorität", "Indikatoren", "Datensatz-ID")
    rows = rows_by_code(ws)
    assert ws.max_row == len(demo_doc["measures"]) + 1
    assert set(rows) == {m["code"] for m in demo_doc["measures"]}
    assert next(iter(rows)) == "BIL-M1.1"  # plan order: field, goal tree, position

    row = rows["BIL-M1.1"]
    assert row["Handlungsfeld"].value == "Bildung"
    assert row["Ziel"].value == "BIL-Z1 Gleiche Bildungschancen von Anfang an"
    assert row["Maßnahme"].value == "Elternbildung in Familiensprachen"
    assert row["Federführung"].value == "Fachbereich Jugend und Familie"
    assert row["Kooperationspartner"].value.split("\n") == [
        "Migrant*innenselbstorganisationen", "Familienzentren", "Fachbereich Schule"]
    cost = row["Kosten (EUR)"]
    assert cost.value == 86400 and cost.data_type == "n"
    assert cost.number_format == EURO_FORMAT == "#,##0.00 €"
    start, end = row["Beginn"], row["Ende"]
    assert start.value == datetime(2026, 9, 1) and start.is_date
    assert start.number_format == MONTH_FORMAT == "MM/YYYY"
    assert end.value == datetime(2028, 8, 1) and end.number_format == "MM/YYYY"
    assert row["Art"].value == "befristetes Projekt"
    assert row["Status"].value == "in Diskussion"
    assert row["Priorität"].value == "mittel"
    assert row["Indikatoren"].value.split("\n") == [
        "Teilnehmende Eltern: – → 240 Personen (2028)",
        "Kursstandorte: 6 → 20 Standorte (2028)"]
    assert row["Votum Lenkungsgruppe"].value is None
    assert rows["BIL-M1.2"]["Votum Lenkungsgruppe"].value == "Überarbeitung"
    assert rows["BIL-M1.2"]["Anmerkung Lenkungsgruppe"].value.startswith(
        "Zuständigkeit des Landes klären")
    assert rows["BIL-M1.2"]["Kosten (EUR)"].value is None
    assert rows["BIL-M1.2"]["Art"].value == "Prüfauftrag"

    # The latest vote on a measure, summarised as in the minutes.
    votes = [v for v in demo_doc["votes"] if v["subject_type"] == "measure"
             and v["method"] == "yes_no"]
    by_id = {m["id"]: m["code"] for m in demo_doc["measures"]}
    for vote in votes:
        text = rows[by_id[vote["subject_id"]]]["Abstimmung"].value
        assert text.startswith(vote_wording.yes_no_line(vote["result"]))
        assert "10.03.2026" in text
    # A measure that was an option of a dot vote shows its rank there.
    assert any(r["Abstimmung"].value and r["Abstimmung"].value.startswith("Punktabfrage: Rang")
               for r in rows.values())


def test_table_filter_frozen_header_dropdown_and_print_setup(
        demo_doc: dict[str, Any], demo_book: Any) -> None:
    ws = demo_book["Maßnahmen"]
    last = len(demo_doc["measures"]) + 1
    assert [t.ref for t in ws.tables.values()] == [f"A1:S{last}"]
    assert ws.auto_filter.ref is None  # the table brings its own filter
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width > ws.column_dimensions["A"].width
    assert ws["C2"].alignment.wrap_text

    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.allow_blank
    assert dv.formula1 == '"Zustimmung,Überarbeitung,Ablehnung"'
    assert DECISION_LABELS == ("Zustimmung", "Überarbeitung", "Ablehnung")
    vote_col = "F"
    assert header(ws)[5] == "Votum Lenkungsgruppe"
    assert str(dv.sqref) == f"{vote_col}2:{vote_col}{last}"

    for name in ("Maßnahmen", "Indikatoren"):
        sheet = demo_book[name]
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        footer = sheet.oddFooter
        assert "&P von &N" in footer.center.text
        assert "20.03.2026" in footer.left.text


def test_indicator_sheet_has_one_row_per_indicator(demo_doc: dict[str, Any],
                                                   demo_book: Any) -> None:
    ws = demo_book["Indikatoren"]
    assert header(ws) == list(INDICATOR_COLUMNS)
    assert ws.max_row - 1 == len(demo_doc["indicators"])
    assert [t.ref for t in ws.tables.values()] == [f"A1:K{ws.max_row}"]
    assert ws.freeze_panes == "A2"
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[2] == "Kursstandorte")
    assert row[:2] == ("BIL-M1.1", "Elternbildung in Familiensprachen")
    assert row[4:9] == ("Standorte", 6, 2025, 20, 2028)


def test_overview_counts_add_up_and_has_a_bar_chart(demo_doc: dict[str, Any],
                                                    demo_book: Any, tmp_path: Path) -> None:
    ws = demo_book["Übersicht"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    n = len(demo_doc["measures"])
    sums = [r for r in values if r[0] == "Summe"]
    assert len(sums) == 4  # status, kind, steering decision, costs
    for row in sums[:3]:
        numbers = [v for v in row[1:] if isinstance(v, int)]
        assert numbers[-1] == n and sum(numbers[:-1]) == n
    fields = [f["name"] for f in demo_doc["action_fields"]]
    status_rows = [r for r in values if r[0] in fields][:len(fields)]
    assert sum(r[6] for r in status_rows) == n
    costs = sum(m["cost_eur"] or 0 for m in demo_doc["measures"])
    assert sums[3][1] == n and sums[3][3] == pytest.approx(costs)
    assert not any(c.data_type == "f" for c in all_cells(demo_book))

    data = build_measure_list(demo_doc, now=NOW).data
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        charts = [name for name in z.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == 1
        assert b"<c:barChart>" in z.read(charts[0]) or b"barChart" in z.read(charts[0])


def test_info_sheet_explains_the_list(demo_doc: dict[str, Any], demo_book: Any) -> None:
    ws = demo_book["Info"]
    text = "\n".join(str(c.value) for c in all_cells_of(ws) if c.value is not None)
    for expected in (demo_doc["catalogue"]["title"], "Hannover", "LIP 2.0",
                     "Entwurfsversion", "Votum Lenkungsgruppe", "Zustimmung",
                     "Überarbeitung", "Ablehnung", "in Diskussion", "befristetes Projekt",
                     "Prüfauftrag", "Kennung“ nicht ändern", "speichern und zurückschicken"):
        assert expected in text, expected
    stamp = next(c for c in all_cells_of(ws) if isinstance(c.value, datetime))
    assert stamp.value == NOW
    assert demo_book.properties.title == demo_doc["catalogue"]["title"]
    assert demo_book.properties.creator == "LIP Desktop"


def all_cells_of(ws: Worksheet) -> Iterator[Any]:
    for row in ws.iter_rows():
        yield from row


def test_empty_catalogue_still_gives_a_valid_list(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    doc["measures"], doc["indicators"], doc["votes"] = [], [], []
    data = build_measure_list(doc, now=NOW).data
    verify_measure_list(data)
    wb = load_workbook(io.BytesIO(data))
    assert [t.ref for t in wb["Maßnahmen"].tables.values()] == ["A1:S2"]  # with the id
    wb.close()


# --- hostile text --------------------------------------------------------------------------


def hostile_doc(demo_doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(demo_doc)
    for i, m in enumerate(doc["measures"]):
        h = HOSTILE[i % len(HOSTILE)]
        m["title"] = h
        m["description"] = HOSTILE[(i + 1) % len(HOSTILE)] + " Beschreibung"
        m["lead"] = HOSTILE[(i + 2) % len(HOSTILE)]
        m["partners"] = [HOSTILE[(i + 3) % len(HOSTILE)], "Jobcenter"]
        m["steering_note"] = HOSTILE[(i + 4) % len(HOSTILE)]
    for i, g in enumerate(doc["goals"]):
        g["title"] = HOSTILE[i % len(HOSTILE)]
    for i, ind in enumerate(doc["indicators"]):
        ind["name"] = HOSTILE[i % len(HOSTILE)]
        ind["unit"] = "#N/A"
    doc["action_fields"][0]["name"] = "=cmd|' /C calc'!A0"
    doc["catalogue"]["title"] = "=WEBSERVICE(\"http://x\")"
    doc["catalogue"]["city"] = "@SUM(1)"
    return doc


def test_hostile_text_is_stored_as_quoted_text_never_as_formula(demo_doc: dict[str, Any]) -> None:
    doc = hostile_doc(demo_doc)
    result = build_measure_list(doc, now=NOW)
    verify_measure_list(result.data)
    wb = load_workbook(io.BytesIO(result.data))
    seen = 0
    for cell in all_cells(wb):
        assert cell.data_type != "f", (cell.parent.title, cell.coordinate, cell.value)
        if isinstance(cell.value, str):
            assert cell.data_type == "s", (cell.parent.title, cell.coordinate)
            if cell.value.startswith(TRIGGERS):
                assert cell.quotePrefix, (cell.parent.title, cell.coordinate, cell.value)
                seen += 1
            elif cell.value[:1].isalnum():
                assert not cell.quotePrefix
    assert seen > len(doc["measures"]) * 5
    rows = rows_by_code(wb["Maßnahmen"])
    first = rows[doc["measures"][0]["code"]]
    assert {first["Maßnahme"].value, first["Federführung"].value} <= set(HOSTILE)
    with zipfile.ZipFile(io.BytesIO(result.data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
    units = [c for c in all_cells_of(wb["Indikatoren"]) if c.value == "#N/A"]
    assert units and all(c.data_type == "s" for c in units)  # text, not an error value
    assert wb.properties.title == doc["catalogue"]["title"]
    wb.close()


def small_doc(description: str) -> dict[str, Any]:
    """One field, one goal, one measure: enough for a cell, small enough for Hypothesis."""
    return {
        "catalogue": {"id": "c", "title": "Test", "city": "Hannover", "process": "LIP 2.0",
                      "draft_version": 1},
        "action_fields": [{"id": "f", "code": "BIL", "name": "Bildung", "position": 1}],
        "goals": [{"id": "g", "action_field_id": "f", "parent_id": None, "code": "BIL-Z1",
                   "title": "Ziel", "position": 1}],
        "measures": [{"id": "m", "goal_id": "g", "code": "BIL-M1.1", "title": "Maßnahme",
                      "description": description, "partners": [], "target_groups": [],
                      "position": 1}],
        "indicators": [], "votes": [],
    }


@settings(max_examples=15, deadline=None)
@given(text=st.text(max_size=60))
def test_any_text_reads_back_as_text(text: str) -> None:
    result = build_measure_list(small_doc(text), now=NOW)
    wb = load_workbook(io.BytesIO(result.data))
    cell = rows_by_code(wb["Maßnahmen"])["BIL-M1.1"]["Beschreibung"]
    from lip_desktop.export.text import sanitize

    expected, removed = sanitize(text)
    assert (cell.value or "") == expected
    assert cell.data_type in ("s", "n") and not any(c.data_type == "f" for c in all_cells(wb))
    assert cell.quotePrefix == expected.startswith(TRIGGERS)
    assert bool(removed) == any("Beschreibung" in w for w in result.warnings)
    wb.close()


def test_control_characters_are_removed_and_counted(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    m = doc["measures"][0]
    m["description"] = "Kurs\x00e für\x07 Eltern\ufffe"
    m["lead"] = "Fach\x1bbereich"
    result = build_measure_list(doc, now=NOW)
    wb = load_workbook(io.BytesIO(result.data))
    row = rows_by_code(wb["Maßnahmen"])[m["code"]]
    assert row["Beschreibung"].value == "Kurse für Eltern"
    assert row["Federführung"].value == "Fachbereich"
    assert any(m["code"] in w and "„Beschreibung“" in w and "3 " in w
               for w in result.warnings), result.warnings
    assert any(m["code"] in w and "„Federführung“" in w and "1 " in w for w in result.warnings)
    wb.close()


def test_overlong_text_is_cut_with_a_marker_and_a_warning(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    m = doc["measures"][1]
    m["description"] = "x" * 40_000
    m["steering_note"] = "😀" * 20_000  # 40,000 UTF-16 units: Excel counts those
    result = build_measure_list(doc, now=NOW)
    wb = load_workbook(io.BytesIO(result.data))
    row = rows_by_code(wb["Maßnahmen"])[m["code"]]
    text = row["Beschreibung"].value
    assert TRUNCATION_MARKER == "… [gekürzt]"
    assert len(text) == CELL_LIMIT and text.endswith(TRUNCATION_MARKER)
    note = row["Anmerkung Lenkungsgruppe"].value
    assert len(note.encode("utf-16-le")) // 2 <= CELL_LIMIT and note.endswith(TRUNCATION_MARKER)
    cut = [w for w in result.warnings if "gekürzt" in w]
    assert len(cut) == 2 and all(m["code"] in w for w in cut)
    assert any("„Beschreibung“" in w and "40.000" in w for w in cut)
    wb.close()


# --- progress ------------------------------------------------------------------------------


def test_progress_reaches_the_total_and_false_cancels(demo_doc: dict[str, Any]) -> None:
    calls: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    build_measure_list(demo_doc, progress=record, now=NOW)
    total = len(demo_doc["measures"]) + len(demo_doc["indicators"]) + 1
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    big = copy.deepcopy(demo_doc)
    big["measures"] = [dict(m, id=f"{m['id']}-{i}", code=f"{m['code']}.{i}")
                       for i in range(30) for m in demo_doc["measures"]]
    seen: list[int] = []

    def stop_midway(done: int, total: int) -> bool:
        seen.append(done)
        return done < excel.PROGRESS_EVERY

    with pytest.raises(CancelledError):
        build_measure_list(big, progress=stop_midway, now=NOW)
    assert seen[-1] == excel.PROGRESS_EVERY
    with pytest.raises(CancelledError):
        build_measure_list(demo_doc, progress=lambda d, t: False, now=NOW)
    # The export switches the garbage collector off while it builds: it must come back.
    assert gc.isenabled()
    gc.disable()
    try:
        build_measure_list(demo_doc, now=NOW)
        assert not gc.isenabled()  # and it is not switched on behind the caller's back
    finally:
        gc.enable()


def test_verify_refuses_what_is_not_our_list(demo_doc: dict[str, Any]) -> None:
    with pytest.raises(LipError) as info:
        verify_measure_list(b"not a zip")
    assert info.value.code == "bad_office_file"
    wb = Workbook()
    wb.active.title = "Maßnahmen"
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(LipError) as info:
        verify_measure_list(out.getvalue())
    assert "Blätter" in info.value.message


# --- the command line: export, fill in, import ---------------------------------------------


@pytest.fixture
def exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    path, xlsx = tmp_path / "demo.lip", tmp_path / "liste.xlsx"
    assert cli.main(["demo", str(path)]) == 0
    assert cli.main(["export-excel", str(path), str(xlsx)]) == 0
    out, err = capsys.readouterr()
    assert "Maßnahmenliste mit 21 Maßnahmen geschrieben" in out and "Warnung" not in err
    return path, xlsx


def test_export_excel_command_writes_a_verified_list(exported: tuple[Path, Path]) -> None:
    _, xlsx = exported
    data = xlsx.read_bytes()
    verify_measure_list(data)
    assert zipfile.is_zipfile(xlsx)
    assert list(xlsx.parent.glob("*.tmp*")) == []


def test_returned_decisions_are_applied_and_logged(
        exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, xlsx = exported
    before = {m["code"]: m for m in export_json(path, tmp_path / "a.json")["measures"]}
    fill(xlsx, {
        "BIL-M1.1": ("Zustimmung", "Mit den Kita-Trägern abstimmen."),
        "SOZ-M1.2": ("  zustimmung ", None),          # typed by hand, lower case
        "WIR-M1.2": ("Ablehnung", None),
        "SOZ-M2.1": (None, "Bitte Kosten nachreichen."),  # only a note
        "BIL-M1.2": ("Überarbeitung", before["BIL-M1.2"]["steering_note"]),  # unchanged
    })
    code = cli.main(["import-decisions", str(path), str(xlsx)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "21 Zeilen gelesen, 4 Maßnahmen geändert" in out

    after = {m["code"]: m for m in export_json(path, tmp_path / "b.json")["measures"]}
    assert after["BIL-M1.1"]["steering_decision"] == "approved"
    assert after["BIL-M1.1"]["steering_note"] == "Mit den Kita-Trägern abstimmen."
    assert after["SOZ-M1.2"]["steering_decision"] == "approved"
    assert after["WIR-M1.2"]["steering_decision"] == "rejected"
    assert after["SOZ-M2.1"]["steering_decision"] == before["SOZ-M2.1"]["steering_decision"]
    assert after["SOZ-M2.1"]["steering_note"] == "Bitte Kosten nachreichen."
    changed = {"BIL-M1.1", "SOZ-M1.2", "WIR-M1.2", "SOZ-M2.1"}
    for c, m in after.items():
        if c not in changed:
            assert m == before[c], c

    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    with Catalogue.open(path, readonly=True) as cat:
        service = CatalogueService(cat)
        for c in changed:
            history = service.history.entries("measure", after[c]["id"])
            fields = {(h.field, h.new) for h in history if h.operation == "import_decisions"}
            if c != "SOZ-M2.1":
                assert ("steering_decision", after[c]["steering_decision"]) in fields, c
            else:
                assert ("steering_note", "Bitte Kosten nachreichen.") in fields


def test_unknown_code_or_label_refuses_the_whole_list(
        exported: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, xlsx = exported
    before = export_json(path, tmp_path / "a.json")
    fill(xlsx, {"BIL-M1.1": ("Zustimmung", "gut"), "SOZ-M1.2": ("Vertagt", None)},
         extra_rows=[("XYZ-M9.9", "Ablehnung", None)])
    code = cli.main(["import-decisions", str(path), str(xlsx)])
    _, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    # The bad label is found while reading; the unknown code only by the service.
    assert "„Vertagt“ ist kein gültiges Votum" in err and "Zeile" in err
    assert export_json(path, tmp_path / "b.json") == before

    fill(xlsx, {"SOZ-M1.2": ("Zustimmung", None)})
    code = cli.main(["import-decisions", str(path), str(xlsx)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "Zeile 23: Die Kennung „XYZ-M9.9“ gibt es im Katalog nicht" in err
    assert export_json(path, tmp_path / "c.json") == before


def test_a_file_that_is_not_xlsx_is_refused_in_german(
        demo_catalogue: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_catalogue.path
    demo_catalogue.close()
    fake = tmp_path / "liste.xlsx"
    fake.write_text("Kennung;Votum\nBIL-M1.1;Zustimmung\n", encoding="utf-8")
    code = cli.main(["import-decisions", str(path), str(fake)])
    _, err = capsys.readouterr()
    assert code == 1 and "keine gültige Excel-Datei" in err and "Traceback" not in err


# --- reading returned lists directly -------------------------------------------------------


def workbook_bytes(build: Callable[[Workbook], None]) -> bytes:
    wb = Workbook()
    build(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_columns_are_found_by_name_in_any_order_and_rows_keep_their_numbers() -> None:
    def build(wb: Workbook) -> None:
        ws = wb.active
        ws.title = "Maßnahmen"
        ws.append(["Liste der Lenkungsgruppe, Sitzung 3"])   # a title row above the header
        ws.append(["anmerkung  lenkungsgruppe", "Ziel", "KENNUNG", " Votum Lenkungsgruppe "])
        ws.append(["", "x", "BIL-M1.1", "Zustimmung"])
        ws.append([None, None, None, None])                    # empty: skipped
        ws.append(["Nachfragen", "x", "BIL-M1.2", None])
        ws.append([None, "Summe", None, None])                 # other content: skipped
        ws.append([None, None, " SOZ-M1.1 ", "ÜBERARBEITUNG"])
        ws.cell(9, 3).value = "SOZ-M1.2"                      # after a gap
        ws.column_dimensions["B"].hidden = True

    rows = read_decisions(workbook_bytes(build), "liste.xlsx")
    assert [(r.row, r.code, r.decision, r.note) for r in rows] == [
        (3, "BIL-M1.1", "approved", None),
        (5, "BIL-M1.2", None, "Nachfragen"),
        (7, "SOZ-M1.1", "revise", None),
        (9, "SOZ-M1.2", None, None),
    ]


def list_row(**values: Any) -> list[Any]:
    """A row of the measure sheet with the given columns filled, by header."""
    return [values.get(name) for name in MEASURE_COLUMNS]


def test_every_bad_row_is_named_at_once() -> None:
    def build(wb: Workbook) -> None:
        ws = wb.active
        ws.title = "Maßnahmen"
        ws.append(list(MEASURE_COLUMNS))
        for code, vote in (("BIL-M1.1", "Ja"), ("BIL-M1.2", "Zustimmung"), ("BIL-M2.1", 3),
                           ("BIL-M1.2", "Ablehnung")):
            ws.append(list_row(Kennung=code, **{"Votum Lenkungsgruppe": vote}))

    with pytest.raises(InterchangeError) as info:
        read_decisions(workbook_bytes(build), "liste.xlsx")
    messages = [p.message for p in info.value.problems]
    assert messages == [
        "Zeile 2: „Ja“ ist kein gültiges Votum (erlaubt: Zustimmung, Überarbeitung, "
        "Ablehnung, oder leer).",
        "Zeile 4: „3“ ist kein gültiges Votum (erlaubt: Zustimmung, Überarbeitung, "
        "Ablehnung, oder leer).",
        "Das Kürzel „BIL-M1.2“ ist doppelt vergeben: Zeile 3 und Zeile 5.",
    ]
    assert [p.params.get("row") for p in info.value.problems[:2]] == [2, 4]
    assert info.value.problems[0].params["field_key"] == "steering_decision"


@pytest.mark.parametrize(("title", "header", "reason"), [
    ("Tabelle1", ["Kennung"], "Blatt „Maßnahmen“ fehlt"),
    ("Maßnahmen", ["Kennung", "Votum Lenkungsgruppe"],
     "fehlt die Spalte „Anmerkung Lenkungsgruppe“"),
    ("Maßnahmen", ["Kennung"],
     "fehlen die Spalten „Votum Lenkungsgruppe“ und „Anmerkung Lenkungsgruppe“"),
    ("Maßnahmen", ["Titel"], "Kopfzeile"),
])
def test_missing_sheet_or_columns_are_named(title: str, header: list[str], reason: str) -> None:
    def build(wb: Workbook) -> None:
        wb.active.title = title
        wb.active.append(header)

    with pytest.raises(LipError) as info:
        read_decisions(workbook_bytes(build), "zurück.xlsx")
    assert info.value.code == "bad_office_file"
    assert "zurück.xlsx" in info.value.message and reason in info.value.message


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_a_list_saved_by_libreoffice_reads_back(demo_doc: dict[str, Any], tmp_path: Path) -> None:
    source = tmp_path / "liste.xlsx"
    source.write_bytes(build_measure_list(demo_doc, now=NOW).data)
    fill(source, {"BIL-M1.1": ("Zustimmung", "gut"), "SOZ-M1.2": ("Ablehnung", None)})
    out = tmp_path / "lo"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/prof",
                    "--convert-to", "xlsx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=120)
    rows = {r.code: r for r in read_decisions((out / "liste.xlsx").read_bytes(), "liste.xlsx")}
    assert len(rows) == len(demo_doc["measures"])
    assert (rows["BIL-M1.1"].decision, rows["BIL-M1.1"].note) == ("approved", "gut")
    assert rows["SOZ-M1.2"].decision == "rejected"
    assert rows["BIL-M1.2"].decision == "revise"


# --- printing and the deciding vote (issue 16.9) -------------------------------------------


def test_the_printed_page_is_the_declared_selection_with_filters_kept(
        demo_doc: dict[str, Any], demo_book: Any) -> None:
    ws = demo_book["Maßnahmen"]
    last = len(demo_doc["measures"]) + 1
    printed = [c.header for c in excel.MEASURE_SHEET if c.printed]
    assert printed == ["Kennung", "Maßnahme", "Beschreibung", "Status", "Abstimmung",
                       "Votum Lenkungsgruppe", "Anmerkung Lenkungsgruppe"]
    assert header(ws)[:len(printed)] == printed  # printed columns first, so one print area
    assert ws.print_area == f"'Maßnahmen'!$A$1:$G${last}"
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    assert sum(c.width for c in excel.MEASURE_SHEET if c.printed) < 200  # not 18 squeezed
    (table,) = ws.tables.values()
    assert table.autoFilter is not None and table.autoFilter.ref == f"A1:S{last}"
    id_letter = chr(ord("A") + MEASURE_COLUMNS.index("Datensatz-ID"))
    assert ws.column_dimensions[id_letter].hidden


def test_the_vote_column_shows_the_deciding_vote_not_the_last_linked(
        demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    deciding = next(v for v in doc["votes"] if v["subject_type"] == "measure"
                    and v["method"] == "yes_no" and v["status"] == "closed")
    measure_id = deciding["subject_id"]
    later_open = dict(copy.deepcopy(deciding), id="later-open", status="open",
                      closed_at=None, opened_at="2027-01-01T10:00:00")
    ranking = next(v for v in doc["votes"] if v["method"] == "dots")
    later_ranking = dict(copy.deepcopy(ranking), id="later-ranking",
                         closed_at="2027-02-01T10:00:00")
    later_ranking["options"][0] = dict(later_ranking["options"][0], subject_type="measure",
                                       subject_id=measure_id)
    doc["votes"] += [later_open, later_ranking]
    wb = load_workbook(io.BytesIO(build_measure_list(doc, now=NOW).data))
    code = next(m["code"] for m in doc["measures"] if m["id"] == measure_id)
    text = rows_by_code(wb["Maßnahmen"])[code]["Abstimmung"].value
    wb.close()
    assert text == f"{vote_wording.yes_no_line(deciding['result'])} (10.03.2026)"
