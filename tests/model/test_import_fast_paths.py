"""The import's short ways (a code checked by one pattern, rows inserted as tuples built
straight from the records) decide and write exactly what the general way does."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lip_desktop.model import interchange, portable, records
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.model.records import SPECS

CONTRACT = Path(__file__).resolve().parents[1] / "contract"


def _outcome(clean: Any, value: Any) -> tuple[str, Any]:
    try:
        return "ok", clean(value)
    except records._Invalid as bad:
        return "refused", bad.code


@pytest.mark.parametrize("value", [
    "BIL", "BIL-Z1", "BIL-M1.2", "B1", "bil", "BIL-Z", "BIL-Z1\n", " BIL", "BIL-Z1.", "",
    "Ä", "BIL-Ü1", "X" * 500, None, 1, True, ["BIL"], "BIL\ud800"])
@pytest.mark.parametrize("record_type", ["action_field", "goal", "measure"])
def test_a_code_is_decided_as_the_general_check_decides(record_type: str, value: Any) -> None:
    fs = SPECS[record_type].fields["code"]
    assert _outcome(records._fast_cleaner(fs), value) == _outcome(
        lambda v: records._clean(fs, v), value)


def _captured(monkeypatch: pytest.MonkeyPatch, write: Any) -> list[dict[str, Any]]:
    """The rows one insert sends to the driver, as column -> value."""
    sent: list[tuple[str, Any]] = []
    monkeypatch.setattr(portable, "run", lambda _conn, sql, data=None: sent.append((sql, data)))
    write()
    [(sql, data)] = sent
    columns = [c.strip().strip('"') for c in sql.split("(", 1)[1].split(")", 1)[0].split(",")]
    return [dict(zip(columns, row, strict=True)) for row in data]


@pytest.mark.parametrize("source", ["example-small.json", "example-v2.json", "generated"])
def test_new_records_are_inserted_as_the_row_dicts_would_insert_them(
        monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    doc = (generate_catalogue(fields=1, goals_per_field=2, measures_per_goal=3)
           if source == "generated" else interchange.read_json(CONTRACT / source))
    cleaned, _ = interchange.plan_import(doc, None)
    compared = 0
    for record_type, recs in cleaned.records.items():
        if not recs:
            continue
        table = interchange._table(interchange.orm.TABLES[record_type])
        fast = _captured(monkeypatch, lambda rt=record_type, rs=recs:
                         interchange._insert_records(None, rt, rs))  # type: ignore[arg-type]
        general = _captured(monkeypatch, lambda rt=record_type, rs=recs, t=table:
                            interchange._executemany(
                                None, t,  # type: ignore[arg-type]
                                [interchange._row_values(rt, r) for r in rs]))
        assert fast == general
        compared += len(recs)
    assert compared > 0


def test_a_record_without_a_key_of_the_first_gets_null_there(
        monkeypatch: pytest.MonkeyPatch) -> None:
    cleaned, _ = interchange.plan_import(
        generate_catalogue(fields=1, goals_per_field=1, measures_per_goal=2), None)
    measures = [dict(m) for m in cleaned.records["measure"]]
    del measures[1]["funding"]
    measures[1]["version"] = 7  # a bookkeeping column the record happens to carry
    table = interchange._table(interchange.orm.TABLES["measure"])
    fast = _captured(monkeypatch, lambda: interchange._insert_records(
        None, "measure", measures))  # type: ignore[arg-type]
    general = _captured(monkeypatch, lambda: interchange._executemany(
        None, table, [interchange._row_values("measure", r) for r in measures]))  # type: ignore[arg-type]
    assert fast == general
    assert fast[1]["funding"] is None


def test_an_imported_file_holds_the_rows_of_the_document(tmp_path: Path) -> None:
    """End to end: the measures' JSON columns and defaults as the general way wrote them."""
    from tests.support import create_from

    doc = interchange.read_json(CONTRACT / "example-v2.json")
    create_from(tmp_path / "neu.lip", doc).close(backup=False)
    conn = sqlite3.connect(tmp_path / "neu.lip")
    try:
        rows = {r[0]: r[1:] for r in conn.execute(
            "SELECT id, partners, implementation, version FROM measure")}
    finally:
        conn.close()
    for m in doc["measures"]:
        partners, implementation, version = rows[m["id"]]
        assert partners == interchange._COLUMN_ENCODER.encode(m.get("partners", []))
        assert version == 1
        assert implementation is not None


def _damaged(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy with a missing title, a wrong type, an unknown key and a missing key that
    has a default."""
    import copy

    bad = copy.deepcopy(doc)
    del bad["measures"][0]["title"]
    bad["goals"][0]["priority"] = "dringend"
    bad["indicators"][0]["extra"] = 1
    bad["indicators"][0].pop("position", None)
    bad["people"][0]["name"] = ""
    return bad


@pytest.mark.parametrize("source", ["example-small.json", "example-v2.json", "damaged"])
def test_records_with_every_key_are_cleaned_as_field_by_field(
        monkeypatch: pytest.MonkeyPatch, source: str) -> None:
    doc = interchange.read_json(CONTRACT / ("example-v2.json" if source == "damaged"
                                            else source))
    if source == "damaged":
        doc = _damaged(doc)
    quick = interchange.clean_document(doc)
    monkeypatch.setattr(records, "_quick_plan", lambda _spec, _imported: records._QuickPlan(
        frozenset({"\0never a key"}), ()))
    general = interchange.clean_document(doc)
    assert quick.records == general.records
    assert [list(r) for rs in quick.records.values() for r in rs] == [
        list(r) for rs in general.records.values() for r in rs]  # the same key order too
    assert [str(p) for p in quick.problems] == [str(p) for p in general.problems]
    assert quick.warnings == general.warnings
    if source == "damaged":
        assert len(quick.problems) >= 3


@pytest.mark.parametrize("value", [
    (), ("a", "„ä“\x00\x1f\u2028", "x" * 10_000), ["a"], [("x", 1.0), {"b": (1,), "a": []}],
    None, "text", 1.5, 10**20, True, {"k": ("v",)}])
def test_a_json_column_is_written_without_turning_tuples_into_lists_first(value: Any) -> None:
    """New rows hand their values to the column encoder as they are: a tuple is written as
    the array its list would be, so the text is ``_column_json``'s."""
    import json

    assert interchange._COLUMN_ENCODE(value) == interchange._column_json(value) == json.dumps(
        interchange._plain(value), ensure_ascii=False)


def _depth_outcome(text: str, raw: bytes | None) -> str:
    from lip_desktop.model.errors import LipError

    try:
        interchange._check_depth(text, raw)
    except LipError as err:
        return str(err)
    return "ok"


@pytest.mark.parametrize("text", [
    "{}", "[" * 64 + "]" * 64, "[" * 65 + "]" * 65, "{\"a\":" * 65 + "1" + "}" * 65,
    "\ufeff" + "[" * 65 + "]" * 65, "[" * 70, "]" * 70 + "[" * 70,
    '["' + "[" * 100 + '"]', '{"„ä“": "' + "{" * 65 + '", "b": [[[]]]}',
    "[\n" * 64 + "[1]" + "\n]" * 64, "[" * 30 + '"\\"[[[' + "{" * 40 + '"' + "]" * 30,
    "x" * 1000])
def test_the_depth_check_on_the_bytes_decides_as_on_the_text(text: str) -> None:
    """With the bytes at hand, brackets are counted among the bytes' brackets: the same
    refusals (and line numbers) as counting them in the decoded text."""
    raw = text.encode("utf-8")
    assert _depth_outcome(text.removeprefix("\ufeff"), raw) == _depth_outcome(
        text.removeprefix("\ufeff"), None)
