"""Survey exports in (CSV in UTF-8, UTF-8 with BOM and Windows-1252, with ``;`` or ``,``;
Excel) and the participation report out, read back with python-docx. Hostile files
(too large, broken encodings, binary, formulas) are refused with a German reason."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from openpyxl import Workbook

from lip_desktop.export import participation
from lip_desktop.export.participation import (
    read_participation_file,
    verify_participation_report,
    write_participation_report,
)
from lip_desktop.model.contributions import ColumnMapping, FieldName, plan_rows
from lip_desktop.model.errors import LipError

ROWS = [("Nr", "Antwort", "Handlungsfeld"),
        ("1", "Mehr Sprachkurse für Mütter; auch abends", "Bildung"),
        ("2", "Väter, Großeltern und Geschwister einbeziehen", "BIL"),
        ("3", "Straßenfeste im Viertel\nmit Musik", "")]


def csv_text(delimiter: str) -> str:
    def quoted(cell: str) -> str:
        return f'"{cell}"' if any(c in cell for c in ';,\n"') else cell
    return "\r\n".join(delimiter.join(quoted(c) for c in row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_in_each_encoding_and_delimiter_reads_the_same_table(
        tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = tmp_path / "umfrage.csv"
    path.write_bytes(csv_text(delimiter).encode(encoding))
    table = read_participation_file(path)
    assert table.headers == ROWS[0]
    assert table.rows == tuple(ROWS[1:])
    assert table.first_row == 2


def test_the_delimiter_rule_counts_outside_quotes_only() -> None:
    assert participation.delimiter_of('"a;b;c",x,y') == ","
    assert participation.delimiter_of("a;b,c") == ";"  # a tie: semicolon
    assert participation.delimiter_of("Antwort") == ";"


def test_an_excel_export_reads_its_first_sheet_with_dates_and_numbers(tmp_path: Path) -> None:
    from datetime import datetime

    wb = Workbook()
    ws = wb.active
    ws.append(["Eingang", "Antwort", "Feld"])
    ws.append([datetime(2021, 2, 8), "Mehr Sprachkurse", "BIL"])
    ws.append([None, 42, None])
    ws.append([None, None, None])
    path = tmp_path / "umfrage.xlsx"
    wb.save(path)
    table = read_participation_file(path)
    assert table.headers == ("Eingang", "Antwort", "Feld")
    assert table.rows == (("2021-02-08", "Mehr Sprachkurse", "BIL"), ("", "42"))
    planned = plan_rows(table, ColumnMapping(text=1, field=2, date=0), source="U",
                        channel="survey", fields=[FieldName("f", "BIL", "Bildung")])
    assert planned[0]["received_at"] == "2021-02-08"


def test_an_excel_formula_is_refused_naming_row_and_column(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Antwort"])
    ws.append(["gut"])
    ws.append(["=HYPERLINK(\"http://example.org\",\"klick\")"])
    path = tmp_path / "umfrage.xlsx"
    wb.save(path)
    table = read_participation_file(path)
    with pytest.raises(LipError) as info:
        plan_rows(table, ColumnMapping(text=0), source="U", channel="survey", fields=[])
    assert "Zeile 3, Spalte „Antwort“: sieht aus wie eine Tabellenformel" in \
        info.value.message


@pytest.mark.parametrize(("data", "reason"), [
    ("Antwort\nKita".encode("utf-16"), "UTF-16"),
    (b"Antwort\nKi\x00ta\n", "keine Textdatei (Nullbyte an Stelle 11, Zeile 2)"),
    (b"Antwort\nKita \x81\n", "weder UTF-8 noch Windows-1252 (Byte 0x81 an Stelle 14, Zeile 2)"),
    (b"\xef\xbb\xbfAntwort\nKita \xe4\n", "kein gültiges UTF-8 (Byte 0xE4"),
    (b"", "Spaltenüberschriften"),
    (b"Antwort\n\"" + b"x" * 200_000 + b"\"\n", "Zeile 2 ist nicht lesbar (ein Feld ist zu lang)"),
])
def test_broken_csv_files_are_refused_with_the_place(tmp_path: Path, data: bytes,
                                                    reason: str) -> None:
    path = tmp_path / "kaputt.csv"
    path.write_bytes(data)
    with pytest.raises(LipError) as info:
        read_participation_file(path)
    assert "„kaputt.csv“" in info.value.message
    assert reason in info.value.message


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(participation, "MAX_CSV_BYTES", 1024 * 1024)
    path = tmp_path / "riesig.csv"
    path.write_bytes(b"Antwort\n" + b"Kita\n" * 300_000)
    with pytest.raises(LipError, match="zu groß"):
        read_participation_file(path)


def test_too_many_rows_are_refused_not_cut(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(participation, "MAX_ROWS", 100)
    path = tmp_path / "lang.csv"
    path.write_bytes(b"Antwort\n" + b"Kita\n" * 200)
    with pytest.raises(LipError, match="mehr als 100 Zeilen"):
        read_participation_file(path)


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("alt.xls", b"\xd0\xcf\x11\xe0", ".xls"),
    ("text.pdf", b"%PDF", "CSV-Dateien"),
    ("falsch.xlsx", b"Antwort\nKita\n", "kein Office-Dokument"),
])
def test_other_files_are_refused(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LipError, match=reason):
        read_participation_file(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(LipError, match="gibt es nicht"):
        read_participation_file(tmp_path / "fehlt.csv")


# --- the report ----------------------------------------------------------------------

def report_doc() -> dict[str, Any]:
    field = "1d724688-154a-5e0b-9396-e11a8a7f5374"
    measure = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"

    def c(n: int, source: str, channel: str, status: str, field_id: str | None = field
          ) -> dict[str, Any]:
        linked = status == "considered"
        return {"id": f"00000000-0000-4000-8000-{n:012d}", "source": source,
                "channel": channel, "text": f"Beitrag {n}", "received_at": "2021-02-08",
                "action_field_id": field_id, "subject_type": "measure" if linked else None,
                "subject_id": measure if linked else None, "status": status}
    return {
        "catalogue": {"title": "LIP 2.0 Hannover"},
        "action_fields": [{"id": field, "code": "BIL", "name": "Bildung"}],
        "goals": [],
        "measures": [{"id": measure, "code": "BIL-M1.1", "title": "Kita-Lotsinnen"}],
        "contributions": [
            c(1, "Online-Umfrage 2021", "survey", "considered"),
            c(2, "Online-Umfrage 2021", "survey", "considered"),
            c(3, "Online-Umfrage 2021", "survey", "not_taken", None),
            c(4, "Stadtteilforum Linden", "public_event", "duplicate"),
            c(5, "Stadtteilforum Linden", "public_event", "new"),
        ],
    }


def table_texts(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_report_reads_back_with_counts_per_source_field_channel_and_status() -> None:
    result = write_participation_report(report_doc())
    verify_participation_report(result.data)
    document = docx.Document(io.BytesIO(result.data))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Bericht zur Bürgerbeteiligung"
    assert "LIP 2.0 Hannover" in texts
    assert "5 Beiträge aus 2 Beteiligungsschritten." in texts
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["Beiträge nach Beteiligungsschritt", "Beiträge nach Handlungsfeld",
                        "Beiträge nach Kanal", "Was aus den Beiträgen wurde",
                        "Eingeflossen in Ziele und Maßnahmen"]
    sources, fields, channels, status, fed = (table_texts(t) for t in document.tables)
    head = ["neu", "berücksichtigt", "nicht übernommen", "Dublette", "gesamt"]
    assert sources == [["Beteiligungsschritt", *head],
                       ["Online-Umfrage 2021", "0", "2", "1", "0", "3"],
                       ["Stadtteilforum Linden", "1", "0", "0", "1", "2"]]
    assert fields == [["Handlungsfeld", *head],
                      ["BIL – Bildung", "1", "2", "0", "1", "4"],
                      ["ohne Handlungsfeld", "0", "0", "1", "0", "1"]]
    assert channels[1][0] == "Online-Umfrage" and channels[2][0] == "Präsenzveranstaltung"
    assert status == [["Status", "Beiträge"], ["neu", "1"], ["berücksichtigt", "2"],
                      ["nicht übernommen", "1"], ["Dublette", "1"], ["gesamt", "5"]]
    assert fed == [["Ziel oder Maßnahme", "Beiträge"], ["BIL-M1.1 Kita-Lotsinnen", "2"]]
    assert result.warnings == []


def test_a_report_without_contributions_says_so() -> None:
    doc = report_doc()
    doc["contributions"] = []
    result = write_participation_report(doc)
    verify_participation_report(result.data)
    texts = [p.text for p in docx.Document(io.BytesIO(result.data)).paragraphs]
    assert "0 Beiträge aus 0 Beteiligungsschritten." in texts
    assert "Keine Beiträge." in texts


def test_forbidden_characters_in_a_source_are_removed_with_a_warning() -> None:
    doc = report_doc()
    doc["contributions"][0]["source"] = "Umfrage\x0b 2021"
    result = write_participation_report(doc)
    verify_participation_report(result.data)
    assert len(result.warnings) == 1 and "Umfrage 2021" in result.warnings[0]


def test_a_broken_report_is_refused_by_the_check() -> None:
    with pytest.raises(LipError):
        verify_participation_report(b"kein Word")
