"""The state hashes are stored in files and compared by merges: a faster way of computing
them must give exactly the hashes the earlier code gave. The digests below were taken
from catalogues imported from the example documents before the import was sped up."""

from __future__ import annotations

import hashlib
import json
import json.encoder
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lip_desktop.model import interchange, json_text, revisions
from tests.support import create_from

CONTRACT = Path(__file__).resolve().parents[1] / "contract"

#: sha256 over the sorted "type:id:hash" lines of ``record_revision`` after importing
#: the example into a new file (count of revisions, digest), taken with the old code.
GOLDEN = {
    "example-small.json": (20, "31a2b0b4298a5c46354fa6a0e327e34d7455230cf66513dbc374ef53c055641e"),
    "example-v2.json": (44, "0a0b20b0095db893e2ab04cd64fd49e8fe3be0c04e9a3063183278ebb6bd120c"),
}


def _reference_canonical(record_type: str, rec: dict[str, Any]) -> str:
    """The canonical text as the first version wrote it: ``json.dumps`` of the content."""
    return json.dumps(revisions.content(record_type, rec), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_an_import_stores_the_hashes_it_always_stored(tmp_path: Path, name: str) -> None:
    doc = interchange.read_json(CONTRACT / name)
    create_from(tmp_path / "neu.lip", doc).close(backup=False)
    conn = sqlite3.connect(tmp_path / "neu.lip")
    try:
        lines = sorted(f"{rt}:{rid}:{h}" for rt, rid, h in conn.execute(
            "SELECT record_type, record_id, hash FROM record_revision"))
    finally:
        conn.close()
    count, digest = GOLDEN[name]
    assert len(lines) == count
    assert hashlib.sha256("\n".join(lines).encode()).hexdigest() == digest


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_canonical_text_equals_json_dumps_of_the_content(name: str) -> None:
    cleaned, _ = interchange.plan_import(interchange.read_json(CONTRACT / name), None)
    checked = 0
    for record_type, recs in cleaned.records.items():
        if record_type not in revisions.TABLE_OF:
            continue
        for rec in recs:
            text = revisions.canonical(record_type, rec)
            assert text == _reference_canonical(record_type, rec)
            assert revisions.hash_of(record_type, rec) == hashlib.sha256(
                f"{record_type}\n{text}".encode()).hexdigest()[:32]
            checked += 1
    assert checked >= GOLDEN[name][0] - 1  # every record but the catalogue's own


_AWKWARD = {"id": "m1", "title": "Bäume „pflanzen“ \"x\" \n\t\u2028 😀", "goal_id": "g1",
            "description": "ß" * 50, "cost_eur": 1000.0, "partners": ["b", "a"], "position": 3,
            "implementation": {"z": 1, "a": [1.5, None, True, -0.0, 1e300],
                               "m": {"y": "ü", "b": 2}}}


def test_canonical_text_of_awkward_values_is_unchanged() -> None:
    """Umlauts, quotes, control characters, nested objects out of order, whole floats:
    always the text ``json.dumps`` gave."""
    assert revisions.canonical("measure", _AWKWARD) == _reference_canonical("measure", _AWKWARD)


@pytest.mark.parametrize("settings", [
    {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":")},
    {"ensure_ascii": False},
    {"ensure_ascii": True, "sort_keys": True},
])
@pytest.mark.parametrize("value", [_AWKWARD, [_AWKWARD, [], {}], "Straße \"x\"", 1.0, None,
                                   ["a", 1, 2.5, False]])
def test_the_encoder_built_once_writes_what_json_dumps_writes(
        monkeypatch: pytest.MonkeyPatch, settings: dict[str, Any], value: Any) -> None:
    expected = json.dumps(value, **settings)
    assert json_text.encoder_of(json.JSONEncoder(**settings))(value) == expected
    monkeypatch.setattr(json.encoder, "c_make_encoder", None)  # Python without C speed-ups
    assert json_text.encoder_of(json.JSONEncoder(**settings))(value) == expected
