"""Hostile interchange files: generated mutations of the contract example and the named
attacks of the outside trial. Every one ends as a German message naming the record and
the JSON key (or as an accepted, exportable import), never in the bug path, and a
refused import changes nothing."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lip_desktop import cli
from lip_desktop.model import interchange
from lip_desktop.model.errors import InterchangeError, LipError
from lip_desktop.model.records import LONG_TEXT_LIMIT
from lip_desktop.model.services import CatalogueService

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "contract" / "example-small.json"
SEED = 1313
HOSTILE_VALUES: list[Any] = [
    10**400, -(10**30), 2**63, 2**64 + 1, 1e308, -1e300, "\ud800", "x\n", "BIL-M1.1\n",
    True, False, None, [], {}, "", "a" * (LONG_TEXT_LIMIT + 1), 0, -1, 3.5, "\x00\x1f",
    [[[[[]]]]], {"id": "x"}, "00000000-0000-0000-0000-000000000000", "=SUMME(A1)",
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


def _mutations(base: dict[str, Any], count: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """Seeded: replace a value, duplicate a list item, or drop a key."""
    rng = random.Random(SEED)
    paths = list(_paths(base))
    for _ in range(count):
        doc = copy.deepcopy(base)
        path = rng.choice(paths)
        kind = rng.random()
        parent: Any = doc
        for step in path[:-1]:
            parent = parent[step]
        if kind < 0.7:
            value = rng.choice(HOSTILE_VALUES)
            _set(doc, path, copy.deepcopy(value))
            yield f"{path} = {value!r:.40}", doc
        elif kind < 0.85 and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
            yield f"{path} doppelt", doc
        elif isinstance(parent, dict):
            del parent[path[-1]]
            yield f"{path} fehlt", doc


@pytest.fixture
def example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_generated_mutations_never_reach_the_bug_path(
        tmp_path: Path, example: dict[str, Any]) -> None:
    from support import create_from

    cat = create_from(tmp_path / "plan.lip", copy.deepcopy(example))
    service = CatalogueService(cat)
    refused = accepted = 0
    try:
        for label, doc in _mutations(example, 160):
            with cat.read() as conn:
                before = interchange.export_document(conn)
            try:
                service.structure.import_document(doc)
            except InterchangeError as exc:
                refused += 1
                for problem in exc.problems:
                    assert "record" in problem.params or "context" in problem.params or \
                        problem.code.startswith("duplicate"), (label, problem.message)
                with cat.read() as conn:
                    after = interchange.export_document(conn)
                before.pop("exported_at"), after.pop("exported_at")
                assert after == before, label  # a refused import changed nothing
                assert "\n" not in exc.problems[0].message.strip(), label
            except LipError as exc:
                refused += 1
                assert exc.message and "Unerwarteter" not in exc.message, label
            else:
                accepted += 1
                with cat.read() as conn:  # whatever was accepted can be exported again
                    interchange.dumps(interchange.export_document(conn)).encode("utf-8")
    finally:
        cat.close()
    assert refused > 50 and accepted > 10  # the mutator really attacks, and lets some pass


def _import(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | bytes
            ) -> tuple[int, str]:
    f = tmp_path / "angriff.json"
    if isinstance(text, str):
        f.write_text(text, encoding="utf-8", errors="surrogatepass")
    else:
        f.write_bytes(text)
    target = tmp_path / "neu.lip"
    code = cli.main(["import-json", str(target), str(f)])
    _out, err = capsys.readouterr()
    assert "Unerwarteter" not in err and "Traceback" not in err, err
    if code != 0:
        assert not target.exists()
    return code, err


def test_version_true_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 example: dict[str, Any]) -> None:
    example["version"] = True
    code, err = _import(tmp_path, capsys, json.dumps(example))
    assert code == 1 and "Version true" in err


def test_code_with_a_trailing_newline_is_refused_and_shown_escaped(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], example: dict[str, Any]) -> None:
    example["measures"][0]["code"] += "\n"
    code, err = _import(tmp_path, capsys, json.dumps(example))
    assert code == 1 and "BIL-M1.1\\n" in err and "„code“" in err


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("cost_eur", "1" * 5000, "4.300 Stellen"),
    ("cost_eur", "1" * 400, "zu groß"),
    ("cost_eur", "NaN", "„NaN“ ist keine Zahl"),
    ("cost_eur", "-Infinity", "„-Infinity“ ist keine Zahl"),
    ("position", str(2**63), "zu groß"),
    ("title", '"\\ud800"', "ungültiges Zeichen"),
])
def test_hostile_numbers_and_characters_are_german(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], example: dict[str, Any],
        field: str, value: str, expected: str) -> None:
    example["measures"][0][field] = "@@@"
    text = json.dumps(example).replace('"@@@"', value)
    code, err = _import(tmp_path, capsys, text)
    assert code == 1 and expected in err, err
    if "Stellen" not in expected and "keine Zahl" not in expected:
        assert f"„{field}“" in err and "BIL-M1.1" in err  # record and JSON key


def test_a_huge_text_is_refused_naming_record_and_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], example: dict[str, Any]) -> None:
    example["measures"][0]["description"] = "Text " * 2_000_000  # 10 MB
    code, err = _import(tmp_path, capsys, json.dumps(example))
    assert code == 1 and "zu lang" in err and "„description“" in err and "BIL-M1.1" in err


def test_duplicate_ids_inside_agenda_items_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], example: dict[str, Any]) -> None:
    agenda = example["sessions"][0]["agenda"]
    agenda.append(dict(agenda[0]))
    code, err = _import(tmp_path, capsys, json.dumps(example))
    assert code == 1 and "mehrfach" in err and "agenda[].id" in err


def test_duplicate_option_ids_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], example: dict[str, Any]) -> None:
    vote = example["votes"][0]
    option = {"id": "0b3f2a1c-0000-4000-8000-000000000001", "label": "A"}
    vote["options"] = [option, dict(option, label="B")]
    code, err = _import(tmp_path, capsys, json.dumps(example))
    assert code == 1 and "mehrfach" in err and "options[].id" in err


@pytest.mark.parametrize(("text", "expected"), [
    ('{"format": "lip-catalogue", "version": 1, "version": 2}', "zweimal"),
    ("[" * 100_000 + "]" * 100_000, "verschachtelt"),
    ('{"format": "lip-catalogue",\n "version": 1,,}', "Zeile 2, Spalte 15"),
    ('{"format": "lip-catalogue"', "fehlt ein Komma"),
    ("", "Zeile 1, Spalte 1"),
    (b"\xef\xbb\xbf{\n\xff}", "nicht UTF-8"),
    ('{"a": "\x01"}', "Steuerzeichen"),
    # beyond Latin-1 (written as escapes for the parser): the place is still the file's
    ('{"format": "„lip“ – 😀",\n "version": 1,,}', "Zeile 2, Spalte 15"),
    ('{"a": "\\„"}', "ungültige Escape-Folge"),  # a backslash before „: no valid escape
    ('{"a": 1, „: 2}', "Zeile 1, Spalte 10"),
])
def test_parser_errors_are_german_with_a_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | bytes,
        expected: str) -> None:
    code, err = _import(tmp_path, capsys, text)
    assert code == 1 and expected in err, err
    assert "Expecting" not in err


def test_truncated_and_flipped_files_are_refused_in_german(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = EXAMPLE.read_bytes()
    rng = random.Random(SEED)
    for _ in range(25):
        cut = rng.randrange(1, len(raw) - 1)
        damaged = bytearray(raw[:cut])
        if rng.random() < 0.5 and damaged:
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        code, err = _import(tmp_path, capsys, bytes(damaged))
        assert code == 1 and err.strip(), cut


# --- version 2 records: dangling and doubled references -------------------------------------

EXAMPLE_V2 = ROOT / "tests" / "contract" / "example-v2.json"
_MISSING = "00000000-0000-4000-8000-00000000dead"


def _v2_decision_session(doc: dict[str, Any]) -> None:
    doc["decisions"][0]["session_id"] = _MISSING


def _v2_converted_to_missing_measure(doc: dict[str, Any]) -> None:
    doc["parking_items"][0]["converted_id"] = _MISSING


def _v2_duplicate_decision(doc: dict[str, Any]) -> None:
    doc["decisions"].append(dict(doc["decisions"][0], text="Noch einmal"))


def _v2_agenda_item_of_another_session(doc: dict[str, Any]) -> None:
    doc["decisions"][0]["agenda_item_id"] = doc["sessions"][1]["agenda"][0]["id"]


def _v2_converted_without_target(doc: dict[str, Any]) -> None:
    doc["parking_items"][0]["converted_id"] = None


def _v2_decision_vote_missing(doc: dict[str, Any]) -> None:
    doc["decisions"][0]["vote_id"] = _MISSING


@pytest.mark.parametrize(("mutate", "expected"), [
    (_v2_decision_session, ["Beschluss BIL-M1.1 erreicht", "„session_id“", _MISSING]),
    (_v2_converted_to_missing_measure,
     ["Themenspeicher-Eintrag Elterncafés", "„converted_id“", "Maßnahme", _MISSING]),
    (_v2_duplicate_decision, ["Beschluss", "mehrfach", "„id“"]),
    (_v2_agenda_item_of_another_session, ["Beschluss", "Tagesordnungspunkt",
                                          "„agenda_item_id“"]),
    (_v2_converted_without_target, ["Themenspeicher-Eintrag", "nicht leer",
                                    "„converted_id“"]),
    (_v2_decision_vote_missing, ["Beschluss", "Abstimmung", "„vote_id“"]),
], ids=lambda v: getattr(v, "__name__", "")[4:] if callable(v) else "")
def test_broken_v2_references_are_refused_naming_record_and_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], mutate: Any,
        expected: list[str]) -> None:

    doc = copy.deepcopy(json.loads(EXAMPLE_V2.read_text(encoding="utf-8")))
    mutate(doc)
    code, err = _import(tmp_path, capsys, json.dumps(doc))
    assert code == 1
    for part in expected:
        assert part in err, (part, err)
