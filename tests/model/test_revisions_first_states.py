"""The first states of an imported catalogue are kept as hashes only, their content being
the live records; the content is kept, verified, when a record first changes, and a
merge takes a missing base from the live record, never from unverified text."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from lip_desktop.model import revisions
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.generate import generate_catalogue
from lip_desktop.model.merge_source import open_source
from lip_desktop.model.services import CatalogueService
from tests.support import create_from


@pytest.fixture
def service(tmp_path: Path) -> Iterator[CatalogueService]:
    cat = create_from(tmp_path / "neu.lip", generate_catalogue(
        fields=1, goals_per_field=2, measures_per_goal=2))
    yield CatalogueService(cat)
    cat.close(backup=False)


def _first_state(service: CatalogueService, measure_id: str) -> tuple[str, str]:
    """The measure's first hash and its canonical content as read now."""
    with service.catalogue.read() as conn:
        rec = revisions.load_records(conn, "measure", [measure_id])[measure_id]
        [h] = conn.exec_driver_sql("SELECT hash FROM record_revision WHERE record_id = ?",
                                   (measure_id,)).scalars().all()
    return h, revisions.canonical("measure", rec)


def _stored(service: CatalogueService, h: str) -> str | None:
    with service.catalogue.read() as conn:
        return revisions.raw_data_of(conn, [h]).get(h)


def _a_measure(service: CatalogueService) -> str:
    with service.catalogue.read() as conn:
        return sorted(revisions.load_records(conn, "measure"))[0]


def test_an_import_keeps_first_states_as_hashes_of_the_live_records(
        service: CatalogueService) -> None:
    with service.catalogue.read() as conn:
        recs = {rt: revisions.load_records(conn, rt) for rt in ("goal", "measure", "indicator")}
        chains = revisions.chains(conn)
        stored = revisions.stored_hashes(
            conn, {h for chain in chains.values() for h in chain})
    imported = {key: chain for key, chain in chains.items() if key[0] in recs}
    assert imported and all(len(chain) == 1 for chain in imported.values())
    assert not stored & {chain[0] for chain in imported.values()}
    live = revisions.live_contents(recs, imported, {c[0] for c in imported.values()})
    assert set(live) == {chain[0] for chain in imported.values()}


def test_the_first_change_keeps_the_replaced_state_verified(service: CatalogueService) -> None:
    m = _a_measure(service)
    h, before = _first_state(service, m)
    assert _stored(service, h) is None
    service.structure.update_measure(m, title="Ein neuer Titel")
    assert _stored(service, h) == before
    assert revisions.hash_text("measure", before) == h


def test_a_deletion_keeps_the_state_it_replaces(service: CatalogueService) -> None:
    m = _a_measure(service)
    h, before = _first_state(service, m)
    service.structure.delete_measure(m)
    assert _stored(service, h) == before
    with service.catalogue.read() as conn:
        assert revisions.chains(conn)[("measure", m)] == [h, revisions.DELETED]


def test_a_write_that_changes_nothing_keeps_nothing(service: CatalogueService) -> None:
    m = _a_measure(service)
    h, _before = _first_state(service, m)
    with service.catalogue.read() as conn:
        title = revisions.load_records(conn, "measure", [m])[m]["title"]
    service.structure.update_measure(m, title=title)
    assert _stored(service, h) is None


def test_a_base_both_sides_changed_since_the_import_is_found_for_the_merge(
        tmp_path: Path) -> None:
    """Both sides change another field of one imported measure: the base (the import's
    first state, kept as a hash only) is needed to take each side's change."""
    master_path, copy_path = tmp_path / "master.lip", tmp_path / "kopie.lip"
    create_from(master_path, generate_catalogue(
        fields=1, goals_per_field=2, measures_per_goal=2)).close(backup=False)
    shutil.copy(master_path, copy_path)
    master = CatalogueService(Catalogue.open(master_path, actor="Leitung"))
    copy = CatalogueService(Catalogue.open(copy_path, actor="Moderation"))
    try:
        m = _a_measure(master)
        master.structure.update_measure(m, title="Titel der Leitung")
        copy.structure.update_measure(m, lead="Amt der Moderation")
        copy.catalogue.close(backup=False)
        report = master.merge.merge(copy_path).value
        with master.catalogue.read() as conn:
            rec = revisions.load_records(conn, "measure", [m])[m]
        assert (rec["title"], rec["lead"]) == ("Titel der Leitung", "Amt der Moderation")
        assert report.new_conflicts == 0
    finally:
        master.catalogue.close(backup=False)


def test_forged_content_for_a_live_state_there_is_not_learnt(tmp_path: Path) -> None:
    """The other file stores text under the hash of a state it keeps as a hash only: the
    text does not hash to that name, so the merge reads the record itself instead."""
    master_path, copy_path = tmp_path / "master.lip", tmp_path / "kopie.lip"
    create_from(master_path, generate_catalogue(
        fields=1, goals_per_field=2, measures_per_goal=2)).close(backup=False)
    shutil.copy(master_path, copy_path)
    db = sqlite3.connect(copy_path)
    [(m, h)] = db.execute("SELECT record_id, hash FROM record_revision WHERE "
                          "record_type = 'measure' ORDER BY record_id LIMIT 1").fetchall()
    db.execute("INSERT INTO revision_data(hash, data) VALUES (?, ?)",
               (h, '{"title":"untergeschoben"}'))
    db.commit()
    db.close()
    with open_source(copy_path, "Test") as source:
        assert revisions.hash_text("measure", source.data[h]) == h
        assert "untergeschoben" not in source.data[h]
    master = CatalogueService(Catalogue.open(master_path, actor="Leitung"))
    try:
        _h, before = _first_state(master, m)
        master.structure.update_measure(m, title="Titel der Leitung")
        master.merge.merge(copy_path)
        assert _stored(master, h) == before
        with master.catalogue.read() as conn:
            assert not conn.exec_driver_sql("SELECT count(*) FROM revision_data "
                                            "WHERE data LIKE '%untergeschoben%'").scalar()
    finally:
        master.catalogue.close(backup=False)
