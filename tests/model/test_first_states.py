"""The first states of an imported catalogue: one revision row per record, in the order
of the ``(record_type, record_id)`` index, hashed as ``hash_of`` hashes the records read
back from the file, all with the import's stamp, actor and origin."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lip_desktop.model import interchange, revisions
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.model.storage import make_engine

CONTRACT = Path(__file__).resolve().parents[1] / "contract"


def _revision_rows(path: Path) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT record_type, record_id, hash, at, actor, origin "
                            "FROM record_revision ORDER BY seq").fetchall()
    finally:
        conn.close()


def _check(path: Path) -> None:
    # The catalogue's own row is written as a change (``flush``) after them.
    rows = [r for r in _revision_rows(path) if r[0] != "catalogue"]
    # Ordered as the whole rows sort (record type, then id), one per record.
    assert rows == sorted(rows)
    assert len({(r[0], r[1]) for r in rows}) == len(rows)
    assert len({r[3:] for r in rows}) == 1 and rows[0][5] == "edit"
    engine = make_engine(path, readonly=True)
    try:
        with engine.connect() as conn:
            records = {rt: revisions.load_records(conn, rt)
                       for rt in {r[0] for r in rows}}
    finally:
        engine.dispose()
    expected = sorted((rt, rid, revisions.hash_of(rt, rec))
                      for rt, recs in records.items() for rid, rec in recs.items())
    assert [r[:3] for r in rows] == expected


def test_the_example_gets_one_first_state_per_record(tmp_path: Path) -> None:
    from tests.support import create_from

    doc = interchange.read_json(CONTRACT / "example-v2.json")
    create_from(tmp_path / "neu.lip", doc).close(backup=False)
    _check(tmp_path / "neu.lip")


def test_a_generated_catalogue_gets_one_first_state_per_record(tmp_path: Path) -> None:
    from tests.support import create_from

    doc = generate_catalogue(fields=2, goals_per_field=3, measures_per_goal=4)
    create_from(tmp_path / "neu.lip", doc).close(backup=False)
    _check(tmp_path / "neu.lip")


def test_texts_of_any_kind_hash_as_hash_of_hashes_them(tmp_path: Path) -> None:
    from tests.support import create_from

    doc = generate_catalogue(fields=1, goals_per_field=2, measures_per_goal=2)
    doc["measures"][0]["title"] = "Ä\x01„ü“\u2028 \U0001f600 " + "x" * 900
    doc["measures"][0]["description"] = "y" * 15_000
    doc["measures"][1]["description"] = "\t\x7f\u00a0" * 100
    create_from(tmp_path / "neu.lip", doc).close(backup=False)
    _check(tmp_path / "neu.lip")
