"""Return sheets for the departments: written per responsible unit, filled the way a
department fills them (only the yellow answer cells), and read back through the command
line: all or nothing per file, every refused cell named, a second import changes nothing."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from support import create_from

from lip_desktop import cli
from lip_desktop.export.returns import (
    COL_ID,
    SHEET_INDICATORS,
    SHEET_INFO,
    SHEET_MEASURES,
    asked_measures,
    build_return_sheets,
    read_return_sheet,
)
from lip_desktop.model import interchange
from lip_desktop.model.errors import InterchangeError, LipError
from lip_desktop.model.services import CatalogueService

LOTSINNEN = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"  # BIL-M1.1, Fachbereich Jugend und Familie
CAFES = "e3d3fb8d-e603-5ce0-8a85-945a9ee17dc2"  # BIL-M1.2, Koordination Familienzentren
QUOTE = "477725bb-161d-563f-aa00-349b5d0cb4b9"


@pytest.fixture
def catalogue(tmp_path: Path, example_v2: dict[str, Any]) -> Path:
    path = tmp_path / "plan.lip"
    with create_from(path, copy.deepcopy(example_v2)):
        pass
    return path


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def export(path: Path) -> dict[str, Any]:
    from lip_desktop.model.catalogue import Catalogue

    with Catalogue.open(path, readonly=True) as cat, cat.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def write_sheets(capsys: pytest.CaptureFixture[str], catalogue: Path, folder: Path,
                 year: int = 2024) -> dict[str, Path]:
    code, out, err = run(capsys, "export-returns", catalogue, folder, "--year", year)
    assert code == 0, err
    assert f"2 Abfragen für {year} geschrieben" in out
    return {p.stem.split(" – ", 1)[1]: p for p in sorted(folder.glob("*.xlsx"))}


def rows_by_id(ws: Any) -> dict[str, int]:
    header = [c.value for c in ws[1]]
    col = header.index(COL_ID) + 1
    return {ws.cell(row=r, column=col).value: r for r in range(2, ws.max_row + 1)}


def fill(path: Path, *, status: dict[str, str] | None = None,
         text: dict[str, str] | None = None, values: dict[str, Any] | None = None,
         year: int = 2024, out: Path | None = None) -> Path:
    """Fill answer cells as a department would (only those), and save."""
    wb = openpyxl.load_workbook(path)
    ms, inds = wb[SHEET_MEASURES], wb[SHEET_INDICATORS]
    mh = [c.value for c in ms[1]]
    for measure_id, label in (status or {}).items():
        ms.cell(row=rows_by_id(ms)[measure_id], column=mh.index(f"Status {year}") + 1,
                value=label)
    for measure_id, report in (text or {}).items():
        ms.cell(row=rows_by_id(ms)[measure_id], column=mh.index(f"Bericht {year}") + 1,
                value=report)
    ih = [c.value for c in inds[1]]
    for indicator_id, value in (values or {}).items():
        inds.cell(row=rows_by_id(inds)[indicator_id], column=ih.index(f"Wert {year}") + 1,
                  value=value)
    target = out or path
    wb.save(target)
    return target


def test_one_file_per_responsible_unit_with_last_year_and_answer_columns(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    files = write_sheets(capsys, catalogue, tmp_path / "abfrage")
    assert set(files) == {"Fachbereich Jugend und Familie", "Koordination Familienzentren"}
    wb = openpyxl.load_workbook(files["Fachbereich Jugend und Familie"])
    assert wb.sheetnames == [SHEET_MEASURES, SHEET_INDICATORS, SHEET_INFO]
    ms = wb[SHEET_MEASURES]
    assert [c.value for c in ms[1]] == ["Kennung", "Maßnahme", "Federführung", "Status 2023",
                                        "Bericht 2023", "Status 2024", "Bericht 2024",
                                        COL_ID]
    row = [c.value for c in ms[2]]
    assert row[0] == "BIL-M1.1" and row[3] == "in das laufende Geschäft übergegangen"
    assert row[4].startswith("Landesförderung endet 2023")
    assert row[5] is None and row[6] is None and row[7] == LOTSINNEN
    inds = wb[SHEET_INDICATORS]
    assert [c.value for c in inds[1]][6:8] == ["Wert 2023", "Wert 2024"]
    assert [c.value for c in inds[2]][6] == 67.8
    info = {r[0]: r[1] for r in wb[SHEET_INFO].iter_rows(values_only=True) if r and r[0]}
    assert info["Berichtsjahr"] == 2024 and info["Verantwortlich"] == (
        "Fachbereich Jugend und Familie")


def test_only_the_answer_cells_are_editable_and_the_ids_hidden(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    files = write_sheets(capsys, catalogue, tmp_path / "abfrage")
    wb = openpyxl.load_workbook(files["Fachbereich Jugend und Familie"])
    for name in (SHEET_MEASURES, SHEET_INDICATORS, SHEET_INFO):
        assert wb[name].protection.sheet, name
    ms = wb[SHEET_MEASURES]
    unlocked = {c.column_letter for c in ms[2] if not c.protection.locked}
    assert unlocked == {"F", "G"}
    assert ms.column_dimensions["H"].hidden
    inds = wb[SHEET_INDICATORS]
    assert {c.column_letter for c in inds[2] if not c.protection.locked} == {"H"}
    assert inds.column_dimensions["I"].hidden
    [dv] = ms.data_validations.dataValidation
    assert "in Bearbeitung" in dv.formula1 and str(dv.sqref) == "F2"
    info = wb[SHEET_INFO]
    id_row = next(r for r in range(1, info.max_row + 1)
                  if info.cell(row=r, column=1).value == "Katalog-ID")
    assert info.row_dimensions[id_row].hidden


def test_a_filled_sheet_comes_back_and_a_second_import_changes_nothing(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    files = write_sheets(capsys, catalogue, tmp_path / "abfrage")
    filled = fill(files["Fachbereich Jugend und Familie"],
                  status={LOTSINNEN: "erfüllt"}, text={LOTSINNEN: "Regelangebot seit 2024."},
                  values={QUOTE: 71.5})
    code, out, err = run(capsys, "import-returns", catalogue, filled, "--year", 2024)
    assert code == 0, err
    assert "1 Berichte neu" in out and "1 Messwerte übernommen" in out
    once = export(catalogue)
    measure = next(m for m in once["measures"] if m["id"] == LOTSINNEN)
    assert measure["implementation"]["status"] == "completed"
    report = next(r for r in once["progress_reports"]
                  if r["measure_id"] == LOTSINNEN and r["year"] == 2024)
    assert (report["year"], report["status"], report["text"]) == (
        2024, "completed", "Regelangebot seit 2024.")
    assert report["reported_by"] == "Fachbereich Jugend und Familie"
    assert [(v["year"], v["value"]) for v in once["indicator_values"]][-1] == (2024, 71.5)

    code, out, _ = run(capsys, "import-returns", catalogue, filled)
    assert code == 0 and "0 Berichte neu, 0 geändert, 0 Umsetzungsstände, 0 Messwerte" in out
    assert export(catalogue) == once


def test_an_unchanged_sheet_imports_as_nothing(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    before = export(catalogue)
    files = write_sheets(capsys, catalogue, tmp_path / "abfrage")
    code, _, err = run(capsys, "import-returns", catalogue, *files.values())
    assert code == 0, err
    assert export(catalogue) == before


def test_a_wrong_status_and_a_value_typed_as_text_are_named_and_nothing_is_taken(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    before = export(catalogue)
    files = write_sheets(capsys, catalogue, tmp_path / "abfrage")
    filled = fill(files["Fachbereich Jugend und Familie"],
                  status={LOTSINNEN: "fertig"}, values={QUOTE: "ca. 70 %"})
    code, _, err = run(capsys, "import-returns", catalogue, filled)
    assert code == 1
    assert "abgelehnt, nichts übernommen" in err
    assert ("Blatt „Maßnahmen“, Zeile 2, Spalte „Status 2024“: „fertig“ ist kein Status "
            "(erlaubt: nicht begonnen, in Bearbeitung") in err
    assert ("Blatt „Indikatoren“, Zeile 2, Spalte „Wert 2024“: „ca. 70 %“ ist keine Zahl"
            in err)
    assert export(catalogue) == before


def test_a_file_for_another_year_is_refused_and_good_files_still_go_in(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    old = write_sheets(capsys, catalogue, tmp_path / "2023", year=2023)
    new = write_sheets(capsys, catalogue, tmp_path / "2024")
    stale = fill(old["Koordination Familienzentren"], status={CAFES: "erfüllt"}, year=2023)
    good = fill(new["Koordination Familienzentren"], status={CAFES: "erfüllt"})
    code, out, err = run(capsys, "import-returns", catalogue, stale, good, "--year", 2024)
    assert code == 1
    assert "Berichtsjahr 2023, eingelesen werden soll 2024" in err
    assert "(Koordination Familienzentren, 2024): 1 Berichte neu" in out
    measure = next(m for m in export(catalogue)["measures"] if m["id"] == CAFES)
    assert measure["implementation"]["status"] == "completed"


def test_a_file_of_another_catalogue_is_refused(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path,
        example_v2: dict[str, Any]) -> None:
    files = write_sheets(capsys, catalogue, tmp_path / "abfrage")
    filled = fill(files["Koordination Familienzentren"], status={CAFES: "erfüllt"})
    other_doc = copy.deepcopy(example_v2)
    other_doc["catalogue"] = dict(other_doc["catalogue"], title="Anderer Katalog",
                                  id="0b3f6c1e-0000-4000-8000-0000000000aa")
    other = tmp_path / "other.lip"
    with create_from(other, other_doc):
        pass
    before = export(other)
    code, _, err = run(capsys, "import-returns", other, filled)
    assert code == 1 and "aus einem anderen Katalog („LIP 2.0 – Beispielkatalog“)" in err
    assert export(other) == before


def test_a_row_added_by_hand_and_a_text_without_status_are_refused(
        catalogue: Path, tmp_path: Path) -> None:
    files, _ = build_return_sheets(export(catalogue), 2024)
    path = tmp_path / "x.xlsx"
    path.write_bytes(files[0].data)
    wb = openpyxl.load_workbook(path)
    ms = wb[SHEET_MEASURES]
    ms.cell(row=2, column=7, value="Nur Text")
    ms.cell(row=5, column=6, value="erfüllt")
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(InterchangeError) as info:
        read_return_sheet(out.getvalue(), "x.xlsx")
    assert "Zeile 5, Spalte „Datensatz-ID“: die Zeile hat keine Datensatz-ID" in \
        info.value.message
    sheet_ok = read_return_sheet(files[0].data, "x.xlsx")
    assert sheet_ok.year == 2024 and not sheet_ok.measures
    # text without status passes the reader and is refused by the model
    wb2 = openpyxl.load_workbook(io.BytesIO(files[0].data))
    wb2[SHEET_MEASURES].cell(row=2, column=7, value="Nur Text")
    buf = io.BytesIO()
    wb2.save(buf)
    sheet = read_return_sheet(buf.getvalue(), "x.xlsx")
    from lip_desktop.model.catalogue import Catalogue

    with Catalogue.open(catalogue) as cat, pytest.raises(InterchangeError) as info:
        CatalogueService(cat).implementation.apply_returns(sheet)
    assert "Spalte „Status 2024“: ein Bericht ohne Status" in info.value.message


def test_a_workbook_that_is_no_return_sheet_is_refused_in_german(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(LipError) as info:
        read_return_sheet(out.getvalue(), "liste.xlsx")
    assert "„liste.xlsx“ ist keine gültige Excel-Datei (das Blatt „Info“ fehlt)" \
        in info.value.message


def test_formula_like_text_stays_text_and_existing_files_are_never_overwritten(
        capsys: pytest.CaptureFixture[str], catalogue: Path, tmp_path: Path) -> None:
    from lip_desktop.model.catalogue import Catalogue

    with Catalogue.open(catalogue) as cat:
        CatalogueService(cat).implementation.add_progress_report(
            LOTSINNEN, 2024, "ongoing", "=HYPERLINK(\"x\")")
    doc = export(catalogue)
    assert set(asked_measures(doc)) == {"Fachbereich Jugend und Familie",
                                        "Koordination Familienzentren"}
    files, _ = build_return_sheets(doc, 2024)
    ws = openpyxl.load_workbook(io.BytesIO(files[0].data))[SHEET_MEASURES]
    cell = ws.cell(row=2, column=7)
    assert cell.data_type == "s" and cell.value == "=HYPERLINK(\"x\")"
    folder = tmp_path / "abfrage"
    write_sheets(capsys, catalogue, folder)
    code, _, err = run(capsys, "export-returns", catalogue, folder, "--year", 2024)
    assert code == 1 and "gibt es schon" in err
