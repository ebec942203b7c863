"""Text limits the model enforces and every export honours; round trips change nothing
(issue 13, item 15)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lip_desktop import cli
from lip_desktop.model.errors import ValidationError
from lip_desktop.model.records import LONG_TEXT_LIMIT, SHORT_TEXT_LIMIT, SPECS, Kind, text_limit

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "contract" / "example-small.json"


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_10_mb_text_is_refused_at_entry_naming_record_and_field(demo_service: Any) -> None:
    from lip_desktop.model import interchange

    with demo_service.catalogue.read() as conn:
        m = interchange.export_document(conn)["measures"][0]
    with pytest.raises(ValidationError) as caught:
        demo_service.structure.update_measure(m["id"], description="x" * 10_000_000)
    error = caught.value
    assert error.code == "too_long" and error.field == "description"
    assert m["code"] in error.message and "Beschreibung" in error.message
    assert demo_service.structure.get_record("measure", m["id"]).description == m["description"]


def _fill(record: dict[str, Any], rt: str, char: str) -> None:
    """Every text field of the record at its limit, in characters that take two UTF-16
    units (the unit Excel counts) where the field is long."""
    for key, spec in SPECS[rt].fields.items():
        if spec.kind is Kind.TEXT and key in record and not spec.internal:
            limit = text_limit(key)
            record[key] = (char * limit) if limit == SHORT_TEXT_LIMIT else \
                ("😀" * (limit - 1) + "E")


def test_texts_at_the_limit_go_into_every_export_whole(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for rt in ("measure", "goal", "indicator", "position", "compromise", "session"):
        for record in doc[SPECS[rt].json_key]:
            _fill(record, rt, "W")
    for session in doc["sessions"]:
        for item in session["agenda"]:
            _fill(item, "agenda_item", "T")
    source = tmp_path / "gross.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    plan = tmp_path / "plan.lip"
    code, _, err = run(capsys, "import-json", plan, source)
    assert code == 0, err
    code, _, err = run(capsys, "export-word", plan, tmp_path / "entwurf.docx")
    assert code == 0, err
    code, _, err = run(capsys, "export-excel", plan, tmp_path / "liste.xlsx")
    assert code == 0 and "gekürzt" not in err, err
    code, _, err = run(capsys, "export-minutes", plan, doc["sessions"][0]["id"],
                       tmp_path / "protokoll.docx")
    assert code == 0, err
    import openpyxl

    workbook = openpyxl.load_workbook(tmp_path / "liste.xlsx", read_only=True)
    try:  # read-only workbooks keep their file open until closed
        cells = [c for row in workbook.worksheets[0].iter_rows(values_only=True) for c in row
                 if isinstance(c, str)]
    finally:
        workbook.close()
    assert any(c.endswith("😀E") and len(c) == LONG_TEXT_LIMIT for c in cells)


def test_reimporting_an_unchanged_excel_list_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    notes = ["  führende Leerzeichen", "Zeilenende\n", "Zwei\r\nZeilen\t mit Tab ",
             "Mehrere   Leerzeichen", "=Formel bleibt Text"]
    for measure, note in zip(doc["measures"], notes, strict=False):
        measure["steering_note"] = note
    source = tmp_path / "plan.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    plan = tmp_path / "plan.lip"
    assert run(capsys, "import-json", plan, source)[0] == 0
    assert run(capsys, "export-json", plan, tmp_path / "vorher.json")[0] == 0
    assert run(capsys, "export-excel", plan, tmp_path / "liste.xlsx")[0] == 0
    code, out, err = run(capsys, "import-decisions", plan, tmp_path / "liste.xlsx")
    assert code == 0 and "0 Maßnahmen geändert" in out, out + err
    assert run(capsys, "export-json", plan, tmp_path / "nachher.json")[0] == 0
    before, after = (json.loads((tmp_path / n).read_text(encoding="utf-8"))
                     for n in ("vorher.json", "nachher.json"))
    before.pop("exported_at"), after.pop("exported_at")
    assert after == before
    assert [m["steering_note"] for m in after["measures"][:len(notes)]] == \
        notes[:len(after["measures"])]
