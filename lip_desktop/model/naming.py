"""How reports and messages name records that have neither code nor title.

A position or a compromise is only text; naming it by its id ("3f2c…") tells a reader
nothing. It is named by who holds it and what it is about ("Position Jonas Keller
(Verwaltung) zu Maßnahme BIL-M1.1 Elternbildung …"), the way the minutes speak of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lip_desktop.model import enums
from lip_desktop.model.records import SPECS, record_name

#: Longest title shown inside a name.
_TITLE_LIMIT = 40


def holder_text(item: Mapping[str, Any], people: Mapping[str, Mapping[str, Any]]) -> str:
    """Who holds a position or dissent: the person, else the label, else the side."""
    person = people.get(item.get("person_id") or "")
    if person is not None:
        side = enums.SIDE.get(person.get("side") or "")
        name = person.get("name") or "ohne Namen"
        return f"{name} ({side})" if side else name
    if item.get("label"):
        return str(item["label"])
    side_key = item.get("side")
    if side_key:
        return enums.label(enums.SIDE, side_key)
    return "ohne Angabe"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TITLE_LIMIT else f"{text[:_TITLE_LIMIT - 1]}…"


class Namer:
    """Names records of one interchange document (indexes built once)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.people = {p["id"]: p for p in doc.get("people") or ()}
        self.records: dict[str, tuple[str, Mapping[str, Any]]] = {}
        for rt in ("goal", "measure", "strategy_section", "compromise", "action_field"):
            for rec in doc.get(SPECS[rt].json_key) or ():
                self.records[rec["id"]] = (rt, rec)

    def subject(self, subject_type: str | None, subject_id: str | None,
                depth: int = 0) -> str:
        """"Maßnahme BIL-M1.1 Elternbildung …"; a compromise by its own subject."""
        found = self.records.get(subject_id or "")
        if found is None:
            return enums.label(enums.SUBJECT_TYPE, subject_type or "", "Eintrag")
        rt, rec = found
        if rt == "compromise":
            if depth > 5:
                return "Kompromiss"
            return "Kompromiss zu " + self.subject(rec.get("subject_type"),
                                                   rec.get("subject_id"), depth + 1)
        label = enums.label(enums.SUBJECT_TYPE, rt, SPECS[rt].label)
        code = rec.get("code") or ""
        title = _short(str(rec.get("title") or rec.get("name") or ""))
        return " ".join(p for p in (label, code, title) if p)

    def name(self, record_type: str, rec: Mapping[str, Any]) -> str:
        """A record's name for a report: code (or title) where it has one, else who and
        what it is about; never its id."""
        if record_type == "position":
            return (f"Position {holder_text(rec, self.people)} zu "
                    f"{self.subject(rec.get('subject_type'), rec.get('subject_id'))}")
        if record_type == "compromise":
            return self.subject("compromise", rec.get("id"))
        return record_name(SPECS[record_type], rec)
