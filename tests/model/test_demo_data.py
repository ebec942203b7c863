"""The demo catalogue is data (``lip_desktop/resources/demo.json``), read by the demo builder.

Its content is checked in ``test_demo_generate.py`` (schema, references, every
enumeration and feature); here: it is package data, parsed fresh, and imports cleanly.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from lip_desktop.model import demo, interchange
from lip_desktop.model.catalogue import Catalogue


def test_demo_is_read_from_package_data() -> None:
    import lip_desktop

    path = Path(lip_desktop.__file__).parent / "resources" / "demo.json"
    assert path.read_text("utf-8").startswith('{\n  "format": "lip-catalogue"')
    assert demo.demo_catalogue()["catalogue"]["title"] == "LIP 2.0 – Wir sind Hannover (Demo)"


def test_demo_terminology_ids_are_uuid5_of_the_term() -> None:
    for rule in demo.default_terminology():
        expected = uuid.uuid5(uuid.NAMESPACE_URL, f"lip-desktop:terminology:{rule['term']}")
        assert rule["id"] == str(expected)


def test_demo_validates_and_imports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIP_DESKTOP_DATA_DIR", str(tmp_path / "appdata"))
    data = demo.demo_catalogue()
    cat = Catalogue.create(tmp_path / "demo.lip", lambda s: interchange.import_into_new(
        s, data, "test") and None, actor="Test")
    with cat, cat.read() as conn:
        exported = interchange.export_document(conn)
    assert len(exported["measures"]) == len(data["measures"])
    assert len(exported["votes"]) == len(data["votes"])
