"""The state hashes are stored in files and compared by merges: a faster way of computing
them must give exactly the hashes the earlier code gave. The digests below were taken
from catalogues imported from the example documents before the import was sped up."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from lip_desktop.model import interchange, revisions
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


def test_canonical_text_of_awkward_values_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Umlauts, quotes, control characters, nested objects out of order, whole floats,
    with and without the C encoder: always the text ``json.dumps`` gave."""
    rec = {"id": "m1", "title": "Bäume „pflanzen“ \"x\" \n\t\u2028 😀", "goal_id": "g1",
           "description": "ß" * 50, "cost_eur": 1000.0, "partners": ["b", "a"], "position": 3,
           "implementation": {"z": 1, "a": [1.5, None, True], "m": {"y": "ü", "b": 2}}}
    fast = revisions.canonical("measure", rec)
    assert fast == _reference_canonical("measure", rec)
    monkeypatch.setattr(revisions, "_C_CANONICAL", None)
    assert revisions.canonical("measure", rec) == fast
