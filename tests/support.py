"""Helpers shared by the tests (not fixtures): building catalogues from documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def create_from(path: Path, doc: dict[str, Any]) -> Any:
    from lip_desktop.model import interchange
    from lip_desktop.model.catalogue import Catalogue

    return Catalogue.create(path, lambda s: interchange.import_into_new(s, doc, "test") and None,
                            actor="Test")
