"""What a new catalogue holds: the LIP 2.0 action fields and the default terminology."""

from __future__ import annotations

import uuid
from typing import Any

from lip_desktop.model import enums, terminology

DEFAULT_TITLE = "LIP 2.0 – Wir sind Hannover, Zusammenleben in der Stadt"


def new_catalogue_document(title: str = DEFAULT_TITLE, city: str = "Hannover",
                           process: str = "LIP 2.0") -> dict[str, Any]:
    """An interchange document for a fresh catalogue.

    A new catalogue is created through the same import as any other document, so the
    defaults pass exactly the checks a file from another laptop passes.
    """
    return {
        "format": "lip-catalogue",
        "version": 1,
        "catalogue": {"id": str(uuid.uuid4()), "title": title, "city": city,
                      "process": process, "draft_version": 0},
        "action_fields": [
            {"id": str(uuid.uuid4()), "code": code, "name": name, "description": "",
             "position": i}
            for i, (code, name) in enumerate(enums.DEFAULT_ACTION_FIELDS)
        ],
        "strategy_sections": [], "people": [], "groups": [], "goals": [], "measures": [],
        "indicators": [], "sessions": [], "positions": [], "compromises": [], "votes": [],
        "review_comments": [],
        "terminology": [
            {"id": r.id, "term": r.term, "replacement": r.replacement, "note": r.note}
            for r in terminology.DEFAULT_RULES
        ],
    }
