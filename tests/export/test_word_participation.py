"""The Word draft can print, per measure, how many contributions from public participation
fed it ("Aus der Beteiligung: 3 Beiträge"); only when asked, public drafts included."""

from __future__ import annotations

import copy
import io
from datetime import datetime
from typing import Any

import docx

from lip_desktop.export.word import DraftOptions, build_draft, verify_draft

NOW = datetime(2026, 12, 3, 10, 0)
LOTSINNEN = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"  # BIL-M1.1


def lines_after_headings(data: bytes) -> dict[str, list[str]]:
    """Heading text → the "Aus der Beteiligung" lines below it, before the next heading."""
    out: dict[str, list[str]] = {}
    current = ""
    for p in docx.Document(io.BytesIO(data)).paragraphs:
        if p.style.name.startswith("Heading"):
            current = p.text
            out[current] = []
        elif p.text.startswith("Aus der Beteiligung"):
            out[current].append(p.text)
    return out


def test_each_measure_shows_the_contributions_behind_it_when_asked(
        example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    extra = copy.deepcopy(doc["contributions"][0])
    extra["id"] = "5c0ffee0-0000-4000-8000-000000000001"
    doc["contributions"].append(extra)  # two contributions fed BIL-M1.1 now
    for public in (False, True):
        result = build_draft(doc, DraftOptions(include_participation=True, public=public),
                             now=NOW)
        verify_draft(result.data)
        found = lines_after_headings(result.data)
        lotsinnen = next(k for k in found if k.startswith("BIL-M1.1"))
        assert found[lotsinnen] == ["Aus der Beteiligung: 2 Beiträge"]
        cafes = next(k for k in found if k.startswith("BIL-M1.2"))
        assert found[cafes] == ["Aus der Beteiligung: keine Beiträge"]


def test_without_the_option_the_draft_says_nothing_about_participation(
        example_v2: dict[str, Any]) -> None:
    result = build_draft(example_v2, now=NOW)
    assert not any(found for found in lines_after_headings(result.data).values())
