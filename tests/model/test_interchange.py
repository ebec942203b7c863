"""The lip-catalogue format: exact round trips, schema-valid exports, refused imports.

Most cases start from the version 1 example (a version 1 file must keep importing); what
version 2 adds is tested in ``test_interchange_v2.py``."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from backends import Backend
from support import create_from

from lip_desktop.model import demo, interchange
from lip_desktop.model.errors import InterchangeError, LipError
from lip_desktop.model.services import CatalogueService


def export(cat: Any) -> dict[str, Any]:
    with cat.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def as_version_2(doc: dict[str, Any]) -> dict[str, Any]:
    """A version 1 document as this version exports it: the keys version 2 added, empty."""
    out = copy.deepcopy(without_stamp(doc))
    out["version"] = 2
    for group in out["groups"]:
        group["vote_defaults"] = {}
    for vote in out["votes"]:
        vote["annotation"] = ""
    for measure in out["measures"]:
        measure["implementation"] = None
    for key in ("parking_items", "decisions", "indicator_values", "progress_reports",
                "proposals", "speeches", "contributions"):
        out[key] = []
    return out


def test_example_round_trips_exactly(backend: Backend, tmp_path: Path,
                                     example_doc: dict[str, Any]) -> None:
    """The version 1 example imports and comes back whole, as version 2."""
    with create_from(backend.location(tmp_path, "a.lip"), example_doc) as cat:
        assert export(cat) == as_version_2(example_doc)


def test_export_import_export_is_identical_for_the_demo(backend: Backend, tmp_path: Path) -> None:
    with create_from(backend.location(tmp_path, "a.lip"), demo.demo_catalogue()) as first:
        once = export(first)
    with create_from(backend.location(tmp_path, "b.lip"), once) as second:
        assert export(second) == once


def test_exports_validate_against_the_contract_schema(
        backend: Backend, tmp_path: Path, schema_v2: dict[str, Any],
        example_doc: dict[str, Any],
        example_v2: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(schema_v2)
    for name, doc in (("demo", demo.demo_catalogue()), ("example", example_doc),
                      ("example-v2", copy.deepcopy(example_v2))):
        with (create_from(backend.location(tmp_path, f"{name}.lip"), doc) as cat,
              cat.read() as conn):
            exported = interchange.export_document(conn)
        errors = sorted(validator.iter_errors(exported), key=str)
        assert errors == [], errors[:3]
        assert exported["version"] == 2


def test_demo_votes_get_results_computed_on_import(backend: Backend, tmp_path: Path) -> None:
    with create_from(backend.location(tmp_path, "a.lip"), demo.demo_catalogue()) as cat:
        votes = export(cat)["votes"]
    methods = {v["method"] for v in votes}
    assert methods == {"yes_no", "dots", "consent"}
    for v in votes:
        assert v["result"] is not None
        if v["method"] != "yes_no":
            assert v["result"]["ranking"][0]["rank"] == 1


def test_missing_codes_are_generated_and_imported_codes_kept(
        backend: Backend, tmp_path: Path, example_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_doc)
    goal = doc["goals"][0]
    doc["goals"].append({**goal, "id": "b130215e-016f-54f1-a6aa-1a8a44f92600", "code": None,
                         "title": "Zweites Ziel", "position": 2})
    del doc["goals"][1]["code"]
    doc["measures"].append({**doc["measures"][0], "id": "f8c9743c-6057-5ae0-8755-4fc39d34d800",
                            "goal_id": "b130215e-016f-54f1-a6aa-1a8a44f92600", "code": None})
    with create_from(backend.location(tmp_path, "a.lip"), doc) as cat:
        out = export(cat)
    assert [g["code"] for g in out["goals"]] == ["BIL-Z1", "BIL-Z2"]
    assert [m["code"] for m in out["measures"]] == ["BIL-M1.1", "BIL-M2.1"]


def test_unknown_keys_are_reported_as_warnings_and_kept_out(
        backend: Backend, tmp_path: Path, example_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_doc)
    doc["measures"][0]["farbe"] = "grün"
    doc["extra"] = 1
    report: list[interchange.ImportReport] = []
    from lip_desktop.model.catalogue import Catalogue

    def fill(session: Any) -> None:
        report.append(interchange.import_into_new(session, doc, "t"))

    with Catalogue.create(backend.location(tmp_path, "a.lip"), fill) as cat:
        assert "farbe" not in export(cat)["measures"][0]
    text = "\n".join(report[0].warnings)
    assert "farbe" in text and "BIL-M1.1" in text and "extra" in text


# --- refusals: nothing changes and the message says why -----------------------------------


def refused(cat: Any, doc: Any) -> InterchangeError | LipError:
    before = export(cat)
    with pytest.raises(LipError) as info:
        CatalogueService(cat).structure.import_document(doc)
    assert export(cat) == before
    return info.value


def _mutate(example: dict[str, Any], change: Any) -> dict[str, Any]:
    doc = copy.deepcopy(example)
    change(doc)
    return doc


REFUSALS = {
    "end_before_start": (lambda d: d["measures"][0].update(start="2024-05", end="2023-01"),
                         ["BIL-M1.1", "Ende", "vor dem Beginn"]),
    "negative_cost": (lambda d: d["measures"][0].update(cost_eur=-5),
                      ["BIL-M1.1", "Kosten (EUR)", "negativ"]),
    "dangling_goal": (lambda d: d["measures"][0].update(
        goal_id="00000000-0000-0000-0000-000000000000"),
        ["BIL-M1.1", "Ziel", "00000000-0000-0000-0000-000000000000"]),
    "duplicate_code": (lambda d: d["goals"].append({
        **d["goals"][0], "id": "11111111-1111-1111-1111-111111111111", "code": "BIL-M1.1"}),
        ["BIL-M1.1", "doppelt", "11111111-1111-1111-1111-111111111111"]),
    "rule_breaking_ballot": (lambda d: d["votes"][0]["ballots"].append(
        {"person_id": "6a40cc27-d3de-51ec-a090-13f1260d45dd", "choice": "yes"}),
        ["Maria Petrova", "nicht stimmberechtigt"]),
    "result_disagrees": (lambda d: d["votes"][0]["result"].update(passed=True),
                         ["Ergebnis", "passed"]),
    "bad_enum": (lambda d: d["measures"][0].update(status="fertig"),
                 ["BIL-M1.1", "Status", "fertig"]),
    "wrong_type": (lambda d: d["indicators"][0].update(baseline="viel"),
                   ["Ausgangswert", "Zahl"]),
    "second_ballot": (lambda d: d["votes"][0]["ballots"].append(
        {"person_id": "96caaf59-4d41-519f-81dc-edbe7c0d311a", "choice": "no"}),
        ["Birgit Sommer"]),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_refused_import_into_new_file_says_why_and_leaves_no_file(
        case: str, tmp_path: Path, example_doc: dict[str, Any]) -> None:
    change, words = REFUSALS[case]
    target = tmp_path / "neu.lip"
    with pytest.raises(InterchangeError) as info:
        create_from(target, _mutate(example_doc, change))
    assert not target.exists() and list(tmp_path.iterdir()) == []
    for word in words:
        assert word in info.value.message, (word, info.value.message)


MERGE_CASES = sorted(set(REFUSALS) - {"rule_breaking_ballot", "second_ballot",
                                      "result_disagrees"})


@pytest.mark.parametrize("case", MERGE_CASES)
def test_refused_merge_changes_nothing_and_says_why(
        backend: Backend, case: str, tmp_path: Path, example_doc: dict[str, Any]) -> None:
    change, words = REFUSALS[case]
    with create_from(backend.location(tmp_path, "a.lip"), copy.deepcopy(example_doc)) as cat:
        # Refused as a whole: a valid new person next to the error is not added either.
        doc = _mutate(example_doc, change)
        doc["people"].append({"id": "22222222-2222-2222-2222-222222222222", "name": "Neu",
                              "organisation": "", "side": "external"})
        error = refused(cat, doc)
    for word in words:
        assert word in error.message, (word, error.message)


def test_import_into_new_path_is_refused_whole_and_leaves_no_file(
        tmp_path: Path, example_doc: dict[str, Any]) -> None:
    doc = _mutate(example_doc, REFUSALS["negative_cost"][0])
    target = tmp_path / "neu.lip"
    with pytest.raises(InterchangeError):
        create_from(target, doc)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_changing_a_closed_vote_by_import_is_refused(
        backend: Backend, tmp_path: Path, example_doc: dict[str, Any]) -> None:
    with create_from(backend.location(tmp_path, "a.lip"), copy.deepcopy(example_doc)) as cat:
        doc = copy.deepcopy(example_doc)
        doc["votes"][0]["ballots"][2]["choice"] = "yes"
        doc["votes"][0]["result"] = None
        error = refused(cat, doc)
    assert "abgeschlossen" in error.message


def test_broken_json_and_wrong_format_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "kaputt.json"
    bad.write_text('{"format": "lip-catalogue", "version": 1,', encoding="utf-8")
    with pytest.raises(LipError) as info:
        interchange.read_json(bad)
    assert info.value.code == "bad_json" and "Zeile 1" in info.value.message
    with pytest.raises(LipError) as info:
        interchange.check_envelope({"format": "anderes", "version": 1})
    assert info.value.code == "bad_format"
    for readable in (1, 2):
        interchange.check_envelope({"format": "lip-catalogue", "version": readable})
    with pytest.raises(LipError) as info:
        interchange.check_envelope({"format": "lip-catalogue", "version": 3})
    assert info.value.code == "bad_version" and "1 und 2" in info.value.message


def test_merge_updates_by_id_adds_new_and_keeps_catalogue_metadata(
        backend: Backend, tmp_path: Path, example_doc: dict[str, Any]) -> None:
    with create_from(backend.location(tmp_path, "a.lip"), copy.deepcopy(example_doc)) as cat:
        doc = copy.deepcopy(example_doc)
        doc["catalogue"]["title"] = "Anderer Titel"
        doc["measures"][0]["title"] = "Neuer Titel"
        doc["indicators"].append({**doc["indicators"][0],
                                  "id": "33333333-3333-3333-3333-333333333333",
                                  "name": "Zweiter Indikator"})
        outcome = CatalogueService(cat).structure.import_document(doc)
        out = export(cat)
        history = CatalogueService(cat).history.entries("measure", doc["measures"][0]["id"])
    assert out["catalogue"]["title"] == example_doc["catalogue"]["title"]
    assert out["measures"][0]["title"] == "Neuer Titel"
    assert len(out["indicators"]) == 2
    assert outcome.value.created["indicator"] == 1 and outcome.value.updated["measure"] == 1
    assert any(h.field == "title" and h.new == "Neuer Titel" for h in history)
    # Indicators of an updated measure survive (an update is never delete + insert).
    assert {i["measure_id"] for i in out["indicators"]} == {doc["measures"][0]["id"]}


def test_json_dump_is_utf8_and_stable() -> None:
    text = interchange.dumps({"a": "Öffnung", "b": [1, 2]})
    assert "Öffnung" in text
    assert json.loads(text) == {"a": "Öffnung", "b": [1, 2]}


def test_a_record_without_a_name_is_refused_by_its_place_never_its_id() -> None:
    """A person with an empty name (and a measure without an id or title) is named by its
    place in its list; the message never shows a UUID."""
    doc = json.loads(Path(__file__).parents[1].joinpath(
        "contract", "example-v2.json").read_text(encoding="utf-8"))
    person_id = "96caaf59-1111-4222-8333-444455556666"
    doc["people"].append({"id": person_id, "name": "", "side": "administration"})
    doc["measures"].append({"goal_id": doc["goals"][0]["id"], "title": "   "})
    cleaned = interchange.clean_document(doc)
    messages = [p.message for p in cleaned.problems]
    place = len(doc["people"])
    assert f"Person Nr. {place}: „Name“ darf nicht leer sein." in messages
    assert any(m.startswith(f"Maßnahme Nr. {len(doc['measures'])}:") for m in messages)
    assert not any("96caaf59" in m for m in messages)


@pytest.mark.parametrize("step", [1 << 20, 7, 1])
def test_text_beyond_latin1_parses_exactly_whatever_the_pieces(
        step: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Characters beyond Latin-1 are written as JSON escapes before the megabytes are
    joined (a join that widened the whole text froze the window); the parsed document
    is the same, also where a character, an escape or a backslash falls on the border
    between two pieces, and a backslash before such a character keeps the exact text."""
    monkeypatch.setattr(interchange, "_STEP", step)
    values = ["„Wir sind Hannover“ – Zusammenleben", "Ça 😀 𝔘 ĳ Ω", "\\„x", "a\\\\„b",
              "\\\\", "plain", "Übergänge für Straße", "\u2028\u00a0"]
    for value in values:
        doc = {"format": "lip-catalogue", "text": value, value: [value, {"k": value}]}
        for raw in (json.dumps(doc, ensure_ascii=False).encode("utf-8"),
                    b"\xef\xbb\xbf" + json.dumps(doc, ensure_ascii=False).encode("utf-8"),
                    json.dumps(doc).encode("ascii")):
            assert interchange.parse_json(raw) == doc, (step, value)
    text, exact = interchange._decode('{"a": "„x“"}'.encode(), escape=True)
    assert not exact and text.isascii() and json.loads(text) == {"a": "„x“"}
    after_backslash = '{"a": "\\\\„"}'.encode()  # the JSON text {"a": "\\„"}: valid
    assert interchange._decode(after_backslash, escape=True)[1] is True
    assert interchange.parse_json(after_backslash) == {"a": "\\„"}
