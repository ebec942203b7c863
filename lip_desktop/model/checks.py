"""The catalogue check: integrity, references, outdated terms and gaps in content.

Run by ``lip-desktop check`` and by the workspace. Findings are warnings, not blockers:
an agreed measure without a lead or a kind is allowed to exist, but the strategy asks
for lasting structures with clear responsibility, so the facilitator should see it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from lip_desktop.model import enums, integrity
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.interchange import ReferenceChecker
from lip_desktop.model.naming import Namer
from lip_desktop.model.records import COLLECTIONS, SPECS
from lip_desktop.model.snapshot import load_document
from lip_desktop.model.staffing import staffing
from lip_desktop.model.terminology import TermChecker, TermRule

ERROR: Final = "Fehler"
WARNING: Final = "Warnung"
HINT: Final = "Hinweis"

#: Text fields searched for outdated terms, per interchange collection.
TEXT_FIELDS: Final[Mapping[str, tuple[str, ...]]] = {
    "action_fields": ("name", "description"),
    "strategy_sections": ("title", "body"),
    "goals": ("title", "description"),
    "measures": ("title", "description", "target_groups", "partners", "funding"),
    "indicators": ("name", "definition"),
    "positions": ("text",),
    "compromises": ("text",),
}


@dataclass(frozen=True, slots=True)
class CheckFinding:
    level: str
    record_type: str
    record_id: str
    record: str  # code or short title
    message: str


def term_rules(doc: Mapping[str, Any]) -> list[TermRule]:
    return [TermRule(t["id"], t["term"], t["replacement"], t.get("note", ""))
            for t in doc["terminology"]]


def iter_texts(doc: Mapping[str, Any]) -> Iterable[tuple[str, Mapping[str, Any], str, str]]:
    """Every user text: (record type, record, field, text)."""
    types = {SPECS[rt].json_key: rt for rt in COLLECTIONS}
    for key, fields in TEXT_FIELDS.items():
        rt = types[key]
        for rec in doc[key]:
            for f in fields:
                value = rec.get(f)
                if isinstance(value, list):
                    for v in value:
                        yield rt, rec, f, v
                elif isinstance(value, str) and value:
                    yield rt, rec, f, value
    for c in doc["compromises"]:
        for d in c["dissents"]:
            yield "compromise", c, "dissents", d["text"]


@dataclass(frozen=True, slots=True)
class TermHit:
    """One outdated term in one field of one record, in parts (the glossary's report
    shows them in columns; ``term_findings`` words them as one message)."""

    record_type: str
    record_id: str
    record: str  # code or short title
    field: str  # German field label
    found: str
    replacement: str
    note: str


def term_hits(doc: Mapping[str, Any]) -> list[TermHit]:
    """Outdated terms in every text of the catalogue, with the agreed wording."""
    hits = []
    checker = TermChecker(term_rules(doc))
    namer = Namer(doc)
    for rt, rec, f, text in iter_texts(doc):
        for hit in checker.find(text):
            spec = SPECS[rt]
            label = spec.fields[f].label if f in spec.fields else f
            hits.append(TermHit(rt, rec["id"], namer.name(rt, rec), label, hit.found,
                                hit.rule.replacement, hit.rule.note))
    return hits


def term_findings(doc: Mapping[str, Any]) -> list[CheckFinding]:
    """Outdated terms in every text of the catalogue, with the agreed wording."""
    findings = []
    for h in term_hits(doc):
        note = f" ({h.note})" if h.note else ""
        findings.append(CheckFinding(
            HINT, h.record_type, h.record_id, h.record,
            f"„{h.found}“ in {h.field}: besser „{h.replacement}“{note}"))
    return findings


def check_document(doc: Mapping[str, Any]) -> list[CheckFinding]:
    findings: list[CheckFinding] = []
    refs = ReferenceChecker({rt: [dict(r) for r in doc[SPECS[rt].json_key]]
                             for rt in COLLECTIONS}, {})
    refs.run()
    for p in refs.problems:
        findings.append(CheckFinding(ERROR, "", str(p.params.get("record", "")),
                                     str(p.params.get("record", "")), p.message))

    findings.extend(term_findings(doc))

    indicators = Counter(i["measure_id"] for i in doc["indicators"])
    for m in doc["measures"]:
        if m["status"] != "agreed":
            continue
        name = m.get("code") or m["title"]
        if not m["lead"].strip():
            findings.append(CheckFinding(WARNING, "measure", m["id"], name,
                                         "vereinbart, aber ohne Federführung"))
        if m["kind"] is None:
            findings.append(CheckFinding(
                WARNING, "measure", m["id"], name,
                "vereinbart, aber ohne Art (dauerhaft, befristet oder Prüfauftrag)"))
        elif m["kind"] == "time_limited":
            findings.append(CheckFinding(
                HINT, "measure", m["id"], name,
                "befristetes Projekt: Wie wird es zur dauerhaften Regelstruktur?"))
        if not indicators[m["id"]]:
            findings.append(CheckFinding(WARNING, "measure", m["id"], name,
                                         "vereinbart, aber ohne Indikator"))

    sides = {p["id"]: p["side"] for p in doc["people"]}
    for g in doc["groups"]:
        counts = staffing(g["members"], sides)
        adm, ext = counts.administration, counts.external
        if not counts.balanced:
            findings.append(CheckFinding(
                WARNING, "group", g["id"], g["name"],
                f"nicht ausgewogen besetzt: {enums.SIDE['administration']} {adm} · "
                f"{enums.SIDE['external']} {ext}"))
    return findings


def check_catalogue(cat: Catalogue) -> list[CheckFinding]:
    """Integrity of the file first, then the content checks. A server catalogue has no
    file to check: PostgreSQL keeps its pages, references and text encoding itself."""
    findings: list[CheckFinding] = []
    if cat.server is not None:
        with cat.read() as conn:
            doc = load_document(conn)
        return check_document(doc)
    with cat.read() as conn:
        rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            for r in rows[:20]:
                findings.append(CheckFinding(ERROR, "", "", "Datei", f"Integrität: {r[0]}"))
        for r in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:20]:
            findings.append(CheckFinding(ERROR, "", "", "Datei",
                                         f"Verweis defekt: Tabelle {r[0]}, Zeile {r[1]}"))
        stored = stored_value_findings(conn.connection.driver_connection)
        findings.extend(stored)
        if any(f.level == ERROR for f in findings):
            findings.append(CheckFinding(HINT, "", "", "Datei", (
                "Die inhaltliche Prüfung wurde übersprungen, weil die Datei beschädigt ist. "
                "Bitte eine Sicherung wiederherstellen (lip-desktop backups / restore).")))
            return findings
        doc = load_document(conn)
    findings.extend(check_document(doc))
    return findings


def stored_value_findings(conn: Any) -> list[CheckFinding]:
    """Damaged text and invalid choice values in the file (see ``integrity``)."""
    return [CheckFinding(ERROR, rtype, "", record, message)
            for rtype, record, message in integrity.stored_value_problems(conn)]
