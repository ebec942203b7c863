"""The measure list is streamed (openpyxl write-only mode, issue 14): what such a sheet
must get before or with its rows still arrives. Row heights of wrapped text, the hidden
row of the catalogue id, locked and unlocked cells, cell types, and values of a kind the
list does not make itself."""

from __future__ import annotations

import copy
import io
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from lip_desktop.export.excel import (
    COL_DECISION,
    COL_DESCRIPTION,
    COL_ID,
    COL_NOTE,
    INFO_CATALOGUE_ID,
    MEASURE_COLUMNS,
    build_measure_list,
)

NOW = datetime(2026, 3, 20, 9, 30)


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from lip_desktop.model import demo, interchange
    from lip_desktop.model.catalogue import Catalogue

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", str(folder / "appdata"))
        source = demo.demo_catalogue()
        cat = Catalogue.create(folder / "demo.lip",
                               lambda s: interchange.import_into_new(s, source, "test") and None)
        with cat, cat.read() as conn:
            return interchange.export_document(conn)


def book(doc: dict[str, Any]) -> Any:
    return load_workbook(io.BytesIO(build_measure_list(doc, now=NOW).data))


def test_wrapped_text_gets_a_row_height_and_single_lines_none(doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(doc)
    long_one = doc["measures"][0]
    long_one["description"] = "Ein langer Satz über die Maßnahme. " * 40
    doc["catalogue"]["city"] = "Hannover"
    wb = book(doc)
    ws = wb["Maßnahmen"]
    ids = [row[MEASURE_COLUMNS.index(COL_ID)] for row in ws.iter_rows(values_only=True)]
    long_row = ids.index(long_one["id"]) + 1
    assert ws.row_dimensions[long_row].height > 100
    description = ws.cell(long_row, MEASURE_COLUMNS.index(COL_DESCRIPTION) + 1)
    assert description.alignment.wrap_text and description.data_type == "s"
    info = wb["Info"]
    (city,) = [r for r in range(1, info.max_row + 1) if info.cell(r, 1).value == "Stadt"]
    assert info.cell(city, 2).value == "Hannover"
    assert info.row_dimensions[city].height is None  # one line: no stored height
    wb.close()


def test_the_catalogue_id_row_is_hidden_and_the_input_columns_alone_unlocked(
        doc: dict[str, Any]) -> None:
    wb = book(doc)
    info = wb["Info"]
    (row,) = [r for r in range(1, info.max_row + 1)
              if info.cell(r, 1).value == INFO_CATALOGUE_ID]
    assert info.row_dimensions[row].hidden
    assert info.cell(row, 2).value == doc["catalogue"]["id"]
    assert not info.row_dimensions[row - 1].hidden
    ws = wb["Maßnahmen"]
    assert ws.protection.sheet
    inputs = {MEASURE_COLUMNS.index(COL_DECISION) + 1, MEASURE_COLUMNS.index(COL_NOTE) + 1}
    for column in range(1, len(MEASURE_COLUMNS) + 1):
        cell = ws.cell(2, column)
        assert cell.protection.locked == (column not in inputs), cell.coordinate
    # empty input cells are written too: their fill shows where to decide
    assert all(ws.cell(r, c).fill.fgColor.rgb == "FFFFF2CC"
               for r in range(2, ws.max_row + 1) for c in inputs)
    wb.close()


def test_numbers_dates_and_other_number_kinds_keep_their_types(doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(doc)
    indicator = doc["indicators"][0]
    indicator.update(baseline=Decimal("12.5"), target=7, target_year=2030)
    wb = book(doc)
    ws = wb["Indikatoren"]
    rows = list(ws.iter_rows(min_row=2))
    header = [c.value for c in ws[1]]
    row = next(r for r in rows if r[header.index("Indikator")].value == indicator["name"])
    assert row[header.index("Ausgangswert")].value == 12.5
    assert row[header.index("Zielwert")].value == 7
    assert row[header.index("Zielwert")].data_type == "n"
    assert row[header.index("Zieljahr")].value == 2030
    stamp = next(r[1] for r in wb["Info"].iter_rows() if r[0].value == "Exportiert am")
    assert stamp.value == NOW and stamp.is_date
    wb.close()


def test_the_list_sheets_state_their_used_range_for_readers(doc: dict[str, Any]) -> None:
    """Without it openpyxl's read-only mode (the read-back check, the import of a
    returned list) parses a whole sheet just to look for it."""
    wb = load_workbook(io.BytesIO(build_measure_list(doc, now=NOW).data), read_only=True)
    for name, rows, columns in (("Maßnahmen", len(doc["measures"]), len(MEASURE_COLUMNS)),
                                ("Indikatoren", len(doc["indicators"]), 11)):
        ws = wb[name]
        assert (ws.max_row, ws.max_column) == (rows + 1, columns)
        ws.reset_dimensions()
        assert sum(1 for _ in ws.iter_rows(values_only=True)) == rows + 1
    wb.close()
