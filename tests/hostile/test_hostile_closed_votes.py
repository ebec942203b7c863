"""A closed vote is frozen whole against imports (issue 13, item 16): question, subject,
method, options, rules, ballots and result; an unchanged re-import still passes."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from lip_desktop.model import interchange
from lip_desktop.model.errors import InterchangeError


def _doc(service: Any) -> dict[str, Any]:
    with service.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def _closed(doc: dict[str, Any], method: str) -> dict[str, Any]:
    return next(v for v in doc["votes"] if v["status"] == "closed" and v["method"] == method)


def _other_measure(doc: dict[str, Any], vote: dict[str, Any]) -> str:
    return next(m["id"] for m in doc["measures"] if m["id"] != vote.get("subject_id"))


ATTACKS: dict[str, tuple[str, Callable[[dict[str, Any], dict[str, Any]], None]]] = {
    "question": ("consent", lambda d, v: v.update(question="Eine ganz andere Frage?")),
    "subject_id": ("yes_no", lambda d, v: v.update(subject_id=_other_measure(d, v))),
    "options": ("consent", lambda d, v: v["options"][0].update(label="Umbenannt")),
    "method": ("yes_no", lambda d, v: v.update(method="consent")),
    "ballots": ("dots", lambda d, v: v["ballots"].pop()),
    "rule": ("consent", lambda d, v: v["rule"].update(max_resistance=99)),
}


@pytest.mark.parametrize("key", list(ATTACKS))
def test_an_import_cannot_change_a_closed_vote(demo_service: Any, key: str) -> None:
    method, attack = ATTACKS[key]
    before = _doc(demo_service)
    doc = copy.deepcopy(before)
    vote = _closed(doc, method)
    attack(doc, vote)
    with pytest.raises(InterchangeError) as caught:
        demo_service.structure.import_document(doc)
    text = caught.value.message
    assert "abgeschlossen" in text and _closed(before, method)["question"][:30] in text
    assert "JSON-Schlüssel" in text
    assert _doc(demo_service) == before


def test_an_unchanged_closed_vote_reimports(demo_service: Any) -> None:
    before = _doc(demo_service)
    demo_service.structure.import_document(copy.deepcopy(before))
    assert _doc(demo_service) == before
