"""The first look at a catalogue file (issue 14): what the tree's first paint reads with
``sqlite3``, the same SQL as the open catalogue's queries, and when it is not taken."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from support import create_from, old_catalogue

from lip_desktop.model import demo, first_look, queries, storage
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.lockfile import WriterLock


def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.lip"
    create_from(path, demo.demo_catalogue()).close()
    return path


def test_the_first_look_reads_what_the_open_catalogue_reads(tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    before = path.read_bytes()
    look = first_look.take(path)
    assert look is not None
    branches = {}
    for fid, _code, _name in look.top.fields:
        below = look.children("action_field", fid)
        branches[("action_field", fid)] = below
        for gid, *_rest in below.goals:
            branches[("goal", gid)] = look.children("goal", gid)
    look.close()
    assert path.read_bytes() == before  # nothing written, no sidecar applied
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    with Catalogue.open(path) as cat:
        assert (look.catalogue_id, look.title) == (cat.id, queries.catalogue_title(cat))
        assert look.top == queries.tree_top(cat)
        assert any(b.measures for b in branches.values())
        for (kind, rid), below in branches.items():
            assert queries.tree_children(cat, kind, rid) == below


def test_the_first_look_holds_the_writer_lock_and_hands_it_over(tmp_path: Path) -> None:
    path = demo_file(tmp_path)
    look = first_look.take(path)
    assert look is not None
    assert first_look.take(path) is None  # the lock is held: a second look is refused
    with Catalogue.open(path, lock=look.take_lock()) as cat:
        assert not cat.readonly
        look.close()  # the lock is the catalogue's now: closing the look keeps it
        assert first_look.take(path) is None
    again = first_look.take(path)  # released with the catalogue
    assert again is not None
    again.close()


def test_what_the_full_open_must_decide_gets_no_first_look(tmp_path: Path) -> None:
    assert first_look.CURRENT_VERSION == storage.SCHEMA_VERSION
    assert first_look.take(tmp_path / "fehlt.lip") is None
    letter = tmp_path / "brief.lip"
    letter.write_text("Liebe Kolleginnen und Kollegen", encoding="utf-8")
    assert first_look.take(letter) is None
    old = tmp_path / "alt.lip"
    old_catalogue(old)
    assert first_look.take(old) is None
    assert storage.read_header(old)[1] == 1  # untouched: the full open migrates it
    path = demo_file(tmp_path)
    with WriterLock.acquire(path):
        assert first_look.take(path) is None  # locked: the full open names the holder
    newer = tmp_path / "neuer.lip"
    newer.write_bytes(path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version={storage.SCHEMA_VERSION + 1}")
    conn.close()
    assert first_look.take(newer) is None
    Path(f"{path}-journal").write_bytes(b"x" * 512)  # a crash's leftover
    assert first_look.take(path) is None
    Path(f"{path}-journal").unlink()
    look = first_look.take(path)
    assert look is not None
    look.close()
