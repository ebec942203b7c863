"""The minutes report the speakers list: speaking time per side per agenda item."""

from __future__ import annotations

import copy
import io
from datetime import datetime
from typing import Any

import docx
import pytest

from lip_desktop.export.minutes import build_minutes, verify_minutes

CLOSED = "3. Sitzung Expert*innengruppe Bildung"


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from lip_desktop.model import demo, interchange
    from lip_desktop.model.catalogue import Catalogue

    folder = tmp_path_factory.mktemp("speakers")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", str(folder / "appdata"))
        cat = Catalogue.create(folder / "demo.lip", lambda s: interchange.import_into_new(
            s, demo.demo_catalogue(), "test") and None, actor="Test")
        with cat, cat.read() as conn:
            return interchange.export_document(conn)


def build(doc: dict[str, Any], session_id: str) -> Any:
    data = build_minutes(doc, session_id, decisions=(), parking=(), vote_notes={},
                         quorum=None, now=datetime(2026, 3, 14, 9, 30)).data
    verify_minutes(data)
    return docx.Document(io.BytesIO(data))


def test_speaking_time_per_side_per_agenda_item(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    session = next(s for s in doc["sessions"] if s["title"] == CLOSED)
    admin = next(p for p in doc["people"] if p["side"] == "administration")
    external = next(p for p in doc["people"] if p["side"] == "external")
    first, second = session["agenda"][0], session["agenda"][1]

    def speech(n: int, item: dict[str, Any] | None, person: dict[str, Any], seconds: int
               ) -> dict[str, Any]:
        return {"id": f"00000000-0000-4000-8000-{n:012d}", "session_id": session["id"],
                "agenda_item_id": item["id"] if item else None, "person_id": person["id"],
                "started_at": "2026-03-10T17:05:00", "seconds": seconds}

    doc["speeches"] = [speech(1, first, admin, 100), speech(2, first, external, 75),
                       speech(3, first, admin, 660), speech(4, second, external, 480),
                       speech(5, None, admin, 30)]
    document = build(doc, session["id"])
    heads = [p.text for p in document.paragraphs if p.style.style_id.startswith("Heading")]
    assert "Redezeit" in heads
    table = next(t for t in document.tables
                 if t.rows[0].cells[0].text == "Tagesordnungspunkt")
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Tagesordnungspunkt", "Beiträge", "Verwaltung", "extern"]
    assert rows[1][0].startswith("TOP 1: ") and rows[1][1:] == ["3", "12:40", "1:15"]
    assert rows[2][0].startswith("TOP 2: ") and rows[2][1:] == ["1", "0:00", "8:00"]
    assert rows[3] == ["ohne Tagesordnungspunkt", "1", "0:30", "0:00"]
    assert rows[4] == ["Sitzung gesamt", "5", "13:10", "9:15"]


def test_no_speeches_no_section(demo_doc: dict[str, Any]) -> None:
    session = next(s for s in demo_doc["sessions"] if s["title"] == CLOSED)
    document = build(demo_doc, session["id"])
    assert "Redezeit" not in [p.text for p in document.paragraphs]
