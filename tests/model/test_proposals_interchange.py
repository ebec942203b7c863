"""Proposals travel with the interchange format (version 2) like every other record."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from support import create_from

from lip_desktop.model import interchange
from lip_desktop.model.errors import InterchangeError
from lip_desktop.model.services import CatalogueService


def export(cat: Any) -> dict[str, Any]:
    with cat.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def test_proposals_of_the_v2_example_round_trip_exactly(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    source = copy.deepcopy(example_v2)
    assert len(source["proposals"]) >= 3
    with create_from(tmp_path / "a.lip", source) as cat:
        first = export(cat)
        entries = CatalogueService(cat).proposals.proposals()
    assert first["proposals"] == source["proposals"]
    assert [e.contract() for e in entries] == [
        {**p, "status": e.status} for p, e in zip(source["proposals"], entries, strict=True)]
    with create_from(tmp_path / "b.lip", first) as cat:
        assert export(cat)["proposals"] == first["proposals"]


def test_importing_the_same_proposals_again_adds_nothing(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    source = copy.deepcopy(example_v2)
    with create_from(tmp_path / "a.lip", source) as cat:
        report = CatalogueService(cat).structure.import_document(source).value
        assert export(cat)["proposals"] == source["proposals"]
    assert not report.changes.created.get("proposal")


@pytest.mark.parametrize(("key", "value", "words"), [
    ("field", "code", "„Feld“ hat den unbekannten Wert „code“"),
    ("status", "vielleicht", "„Status“ hat den unbekannten Wert „vielleicht“"),
    ("subject_type", "vote", "„Bezug (Art)“"),
    ("subject_id", "00000000-0000-4000-8000-000000000000", "verweist auf"),
])
def test_a_bad_proposal_is_refused_naming_record_and_field(
        tmp_path: Path, example_v2: dict[str, Any], key: str, value: str, words: str) -> None:
    source = copy.deepcopy(copy.deepcopy(example_v2))
    source["proposals"][0][key] = value
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "bad.lip", source)
    message = info.value.message
    assert "Änderungsvorschlag" in message and words in message
    assert not (tmp_path / "bad.lip").exists()
