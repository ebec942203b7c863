"""Large synthetic catalogues for benchmarks and the crash test.

A real LIP catalogue has a few hundred measures; the app must stay responsive and must
never lose data far beyond that. The default size (7 fields × 300 goals × 10 measures =
21,000 measures with 42,000 indicators) is what the benchmarks and the kill test use. The
text is plausible German built from word lists, so that search, sorting, the terminology
check and the Word export meet realistic lengths and characters (umlauts, gender star,
typographic dashes) rather than "Lorem ipsum".

Output depends only on the arguments: every choice comes from ``random.Random(seed)`` and
every id is a ``uuid5`` of the seed and the record's code, so a benchmark can regenerate
the very same file and a failing crash test can be replayed. The catalogue is a plain dict
in ``lip-catalogue`` version 1, written with :func:`write_json` and loaded through the
ordinary importer, so the benchmarks measure the real import path.

It must build 21,000 measures in well under two seconds (benchmarks generate on the fly),
hence the hand-rolled ``uuid5`` and the avoidance of per-word choices in the hot loop.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from pathlib import Path
from typing import Any, Final

from lip_desktop.model.demo import ACTION_FIELDS, default_terminology

_NAMESPACE: Final = uuid.NAMESPACE_URL.bytes

_FACHBEREICHE: Final = (
    "Fachbereich Schule",
    "Fachbereich Jugend und Familie",
    "Fachbereich Soziales",
    "Fachbereich Wirtschaft",
    "Fachbereich Kultur",
    "Fachbereich Personal und Organisation",
    "Fachbereich Gesellschaftliche Teilhabe",
    "Fachbereich Öffentliche Ordnung",
    "Fachbereich Planen und Stadtentwicklung",
    "Fachbereich Sport, Bäder und Eventmanagement",
    "Sachgebiet Integration",
)
_PARTNERS: Final = (
    "Migrant*innenselbstorganisationen",
    "Volkshochschule Hannover",
    "Jobcenter Region Hannover",
    "Agentur für Arbeit Hannover",
    "IHK Hannover",
    "Handwerkskammer Hannover",
    "Caritasverband Hannover",
    "Diakonisches Werk Hannover",
    "AWO Region Hannover",
    "Der Paritätische Hannover",
    "Ethno-Medizinisches Zentrum",
    "Stadtelternrat",
    "Familienzentren",
    "freie Kita-Träger",
    "Jugendverbände",
    "Sportvereine",
    "Kulturtreffs",
    "Stadtbezirksräte",
    "Leibniz Universität Hannover",
    "Hochschule Hannover",
)
_TARGET_GROUPS: Final = (
    "ganze Stadtgesellschaft",
    "neu zugewanderte Familien",
    "Eltern von Kindern unter sechs Jahren",
    "Schüler*innen",
    "Jugendliche und junge Erwachsene",
    "ältere Eingewanderte",
    "geflüchtete Menschen",
    "Fachkräfte mit ausländischen Abschlüssen",
    "Frauen mit internationaler Geschichte",
    "Beschäftigte der Stadtverwaltung",
    "Führungskräfte",
    "Nachbarschaften",
    "ehrenamtlich Engagierte",
    "Gründer*innen",
    "Wohnungssuchende",
)
_STADTTEILE: Final = (
    "Linden-Süd",
    "Linden-Nord",
    "Mühlenberg",
    "Vahrenheide",
    "Sahlkamp",
    "Hainholz",
    "Stöcken",
    "Roderbruch",
    "Mittelfeld",
    "Bemerode",
    "Ricklingen",
    "Misburg",
    "Vinnhorst",
    "Oberricklingen",
    "Döhren",
)
# Title parts: the adjectives agree with feminine or plural nouns only.
_TITLE_ADJ: Final = (
    "Mehrsprachige",
    "Niedrigschwellige",
    "Aufsuchende",
    "Diskriminierungssensible",
    "Digitale",
    "Wohnortnahe",
    "Kultursensible",
    "Verlässliche",
    "Gemeinsame",
    "Trägerübergreifende",
)
_TITLE_NOUN: Final = (
    "Beratung",
    "Begleitung",
    "Qualifizierung",
    "Lernangebote",
    "Informationsangebote",
    "Fortbildungen",
    "Anlaufstellen",
    "Sprachkurse",
    "Patenschaften",
    "Elternkurse",
    "Sprechstunden",
    "Lotsendienste",
    "Kooperationen",
    "Begegnungsorte",
)
_TITLE_PLACE: Final = (
    "in Stadtteilzentren",
    "in Familienzentren",
    "an Grundschulen",
    "an weiterführenden Schulen",
    "in Stadtteilbibliotheken",
    "im Welcome Center",
    "in Jugendzentren",
    "in den Bürgerämtern",
    "für neu Zugezogene",
    "in Sportvereinen",
    "in Kulturtreffs",
    "für Unternehmen",
)
_GOAL_TOPIC: Final = (
    "Zugang zu Beratung",
    "Chancengleichheit in der Bildung",
    "Teilhabe am Arbeitsmarkt",
    "Schutz vor Diskriminierung",
    "Interkulturelle Öffnung der Verwaltung",
    "Begegnung in der Nachbarschaft",
    "Politische Beteiligung",
    "Gesundheitliche Versorgung",
    "Mehrsprachigkeit",
    "Anerkennung von Qualifikationen",
    "Beteiligung junger Menschen",
    "Ehrenamtliches Engagement",
)
_GOAL_VERB: Final = ("stärken", "verbessern", "sichern", "ausbauen", "verankern", "fördern")
# Goal descriptions: "Bis <year> <verb> <subject> in <Stadtteil> <rest>." (verb second).
_GOAL_SUBJECT: Final = (
    "neu zugewanderte Familien",
    "Jugendliche und junge Erwachsene",
    "ältere Eingewanderte",
    "geflüchtete Menschen",
    "Fachkräfte mit ausländischen Abschlüssen",
    "Eltern",
    "Schüler*innen",
    "Beschäftigte der Stadtverwaltung",
)
_GOAL_OUTCOME: Final = (
    ("erreichen", "die städtischen Angebote so selbstverständlich wie alle anderen"),
    ("werden", "an Entscheidungen spürbar beteiligt"),
    ("erleben", "deutlich weniger Hürden im Kontakt mit Institutionen"),
    ("finden", "wohnortnah verlässliche Ansprechpersonen"),
    ("bringen", "ihre Qualifikationen und Sprachen als Ressource ein"),
)
# Description sentences: opening + verb + actor + object + place form one sentence; any
# combination is grammatical German.
_OPENING: Final = (
    "Gemeinsam mit den Migrant*innenselbstorganisationen",
    "In enger Abstimmung mit den Stadtteilzentren",
    "Ab dem zweiten Projektjahr",
    "Auf Grundlage der Online-Umfrage zum LIP 2.0",
    "Nach dem Vorbild erfolgreicher Modellprojekte",
    "Zusammen mit den Wohlfahrtsverbänden",
    "Im Rahmen des Integrationsmonitorings",
    "Mit Unterstützung ehrenamtlich Engagierter",
)
_VERB: Final = ("entwickelt", "erprobt", "stärkt", "verankert", "fördert", "koordiniert")
_ACTOR: Final = (
    "die Stadtverwaltung",
    "der federführende Fachbereich",
    "ein trägerübergreifendes Netzwerk",
    "das Sachgebiet Integration",
    "die Expert*innengruppe",
)
_OBJECT: Final = (
    "niedrigschwellige Beratungsangebote",
    "mehrsprachige Informationsmaterialien",
    "diskriminierungssensible Verfahren",
    "Qualifizierungen für Fachkräfte",
    "verlässliche Kooperationsstrukturen",
    "aufsuchende Elternarbeit",
    "Angebote in Leichter Sprache",
)
_PLACE: Final = (
    "in allen Stadtbezirken",
    "in Schulen und Kitas",
    "in den Stadtteilzentren",
    "im gesamten Stadtgebiet",
    "in Linden-Süd und Mühlenberg",
    "in Vahrenheide und Sahlkamp",
    "in den Bürgerämtern",
)
_CLOSING: Final = (
    "Nach der Erprobung soll die Maßnahme in eine dauerhafte Regelstruktur überführt werden.",
    "Die Ergebnisse fließen jährlich in den Integrationsbericht an den Rat ein.",
    "Sie ergänzt bestehende Angebote der Wohlfahrtsverbände, ohne sie zu ersetzen.",
    "Über eine Verstetigung entscheidet der Lenkungskreis nach zwei Jahren.",
    "Die Wirkung wird mit den Indikatoren der Maßnahme regelmäßig überprüft.",
    "Die Finanzierung ist für die ersten beiden Jahre gesichert.",
    "Barrierefreiheit und Kinderbetreuung werden von Anfang an mitgeplant.",
)
_FUNDING: Final = (
    "städtischer Haushalt",
    "Landesmittel",
    "Bundesmittel",
    "ESF Plus",
    "Stiftungsmittel",
    "städtischer Haushalt, Kofinanzierung Land",
    "Projektmittel, Verstetigung zu prüfen",
    "",
)
_STEERING_NOTE: Final = {
    "approved": ("Zustimmung ohne Auflagen.", "Umsetzung im nächsten Haushaltsjahr."),
    "revise": (
        "Kostenplan überarbeiten und erneut vorlegen.",
        "Perspektive für die Verstetigung darstellen.",
        "Federführung mit den beteiligten Fachbereichen klären.",
    ),
    "rejected": ("Zuständigkeit liegt nicht bei der Stadt.", "Keine Mittel im Haushalt."),
}
# (indicator name, unit, share): a share is a percentage, otherwise a count.
_INDICATOR: Final = (
    ("Teilnehmende", "Personen", False),
    ("Erreichte Familien", "Familien", False),
    ("Beratungsgespräche", "Gespräche", False),
    ("Veranstaltungen", "Termine", False),
    ("Beteiligte Organisationen", "Organisationen", False),
    ("Anteil zufriedener Teilnehmender", "%", True),
    ("Vermittlungsquote", "%", True),
    ("Anteil erreichter Zielgruppe", "%", True),
)
_SOURCE: Final = (
    "Dokumentation der Träger",
    "Integrationsmonitoring",
    "Befragung der Teilnehmenden",
    "Verwaltungsstatistik",
    "Jahresbericht",
)
_FREQUENCY: Final = ("jährlich", "halbjährlich", "quartalsweise", "alle zwei Jahre")
# Repeated entries weight the choice towards what real catalogues contain most.
_STATUS: Final = (
    "draft", "in_discussion", "in_discussion", "agreed", "agreed", "deferred", "rejected"
)
_KIND: Final = ("permanent", "time_limited", "time_limited", "review", None)
_ORIGIN: Final = (
    "expert_group", "expert_group", "survey", "public_event", "administration", "other"
)
_STEERING: Final = (None, None, None, "approved", "approved", "revise", "rejected")
_PRIORITY: Final = (1, 2, 2, 3, None)
_FIRST_ADMIN: Final = ("Katrin", "Michael", "Svetlana", "Emre", "Julia", "Peter", "Leyla", "Frank")
_FIRST_EXTERNAL: Final = ("Aylin", "Kwame", "Marta", "Hassan", "Ioana", "Dmitri", "Nour", "Thu")
_LAST: Final = (
    "Schröder",
    "Yılmaz",
    "Kowalski",
    "Haddad",
    "Meyer",
    "Popescu",
    "Mensah",
    "Ivanova",
    "Nguyen",
    "Becker",
    "Öztürk",
    "Hoffmann",
)


class _Ids:
    """``uuid5`` ids, computed from a pre-hashed prefix: three times faster than ``uuid.uuid5``.

    The result is exactly ``str(uuid.uuid5(uuid.NAMESPACE_URL, prefix + name))``; the
    tests compare the two.
    """

    def __init__(self, prefix: str) -> None:
        self._base = hashlib.sha1(_NAMESPACE + prefix.encode(), usedforsecurity=False)

    def __call__(self, name: str) -> str:
        digest = self._base.copy()
        digest.update(name.encode())
        raw = bytearray(digest.digest()[:16])
        raw[6] = (raw[6] & 0x0F) | 0x50  # version 5
        raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
        h = raw.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _description(rng: random.Random) -> str:
    """A description of about 200 to 400 characters, from whole sentences."""
    choice = rng.choice
    parts = [
        f"{choice(_OPENING)} {choice(_VERB)} {choice(_ACTOR)} {choice(_OBJECT)} {choice(_PLACE)}."
    ]
    length = len(parts[0])
    if length < 200:
        sentence = f"Zielgruppe: {choice(_TARGET_GROUPS)}, zunächst in {choice(_STADTTEILE)}."
        parts.append(sentence)
        length += len(sentence) + 1
    while length < 200:
        sentence = choice(_CLOSING)
        parts.append(sentence)
        length += len(sentence) + 1
    if rng.random() < 0.5:  # vary the length over the whole range, not just past 200
        sentence = choice(_CLOSING)
        if sentence not in parts and length + len(sentence) < 400:
            parts.append(sentence)
    return " ".join(parts)


def _month(index: int) -> str:
    """Month number since year 0 as "YYYY-MM"."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _field_list(fields: int) -> list[tuple[str, str, str]]:
    """The seven real fields first, then numbered ones, so small catalogues look real."""
    result = list(ACTION_FIELDS[:fields])
    for n in range(len(result) + 1, fields + 1):
        result.append(
            (f"F{n}", f"Handlungsfeld {n}", f"Synthetisches Handlungsfeld Nummer {n}.")
        )
    return result


def generate_catalogue(
    *,
    fields: int = 7,
    goals_per_field: int = 300,
    measures_per_goal: int = 10,
    indicators_per_measure: int = 2,
    seed: int = 0,
) -> dict[str, Any]:
    """A synthetic catalogue of the given size as a ``lip-catalogue`` version 1 dict.

    Goals are flat (no sub-goals); there is one parity group with eight voting members in
    the first field and one closed session, and no positions or votes: the large numbers
    are in goals, measures and indicators, where the app's performance matters.
    """
    if min(fields, goals_per_field, measures_per_goal, indicators_per_measure) < 0:
        raise ValueError("sizes must not be negative")
    rng = random.Random(seed)
    choice = rng.choice
    rand = rng.random
    randrange = rng.randrange
    uid = _Ids(f"lip-desktop:generated:{seed}:")

    field_list = _field_list(fields)
    action_fields = [
        {"id": uid(f"action_field:{code}"), "code": code, "name": name,
         "description": description, "position": i}
        for i, (code, name, description) in enumerate(field_list)
    ]

    people: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    for side, first_names in (("administration", _FIRST_ADMIN), ("external", _FIRST_EXTERNAL)):
        for n in range(4):
            person_id = uid(f"person:{side}:{n}")
            organisation = (
                choice(_FACHBEREICHE) if side == "administration" else choice(_PARTNERS)
            )
            people.append({"id": person_id, "name": f"{first_names[n]} {choice(_LAST)}",
                           "organisation": organisation, "side": side})
            members.append({"person_id": person_id, "role": "member"})
    facilitator = uid("person:facilitator")
    people.append({"id": facilitator, "name": f"Gabriele {choice(_LAST)}",
                   "organisation": "Sachgebiet Integration", "side": "administration"})
    members.append({"person_id": facilitator, "role": "facilitator"})

    goals: list[dict[str, Any]] = []
    measures: list[dict[str, Any]] = []
    indicators: list[dict[str, Any]] = []
    for field_code, _, _ in field_list:
        field_id = uid(f"action_field:{field_code}")
        for g in range(1, goals_per_field + 1):
            goal_code = f"{field_code}-Z{g}"
            goal_id = uid(f"goal:{goal_code}")
            verb, rest = choice(_GOAL_OUTCOME)
            goals.append({
                "id": goal_id,
                "action_field_id": field_id,
                "parent_id": None,
                "code": goal_code,
                "title": f"{choice(_GOAL_TOPIC)} {choice(_GOAL_VERB)}",
                "description": f"Bis {2027 + randrange(4)} {verb} {choice(_GOAL_SUBJECT)} in "
                f"{choice(_STADTTEILE)} und in der ganzen Stadt {rest}.",
                "status": choice(_STATUS),
                "priority": choice(_PRIORITY),
                "position": g,
            })
            for m in range(1, measures_per_goal + 1):
                code = f"{field_code}-M{g}.{m}"
                measure_id = uid(f"measure:{code}")
                kind = choice(_KIND)
                start_index = (2025 + randrange(4)) * 12 + randrange(12)
                start = _month(start_index)
                if kind == "permanent" and rand() < 0.7:
                    end = None
                else:
                    end = _month(start_index + 5 + randrange(44))
                roll = rand()
                if roll < 0.08:
                    cost: float | None = None
                elif roll < 0.5:
                    cost = randrange(200_000, 60_000_000) / 100  # with cents
                else:
                    cost = float(randrange(5, 600) * 1000)
                steering = choice(_STEERING)
                first_partner = randrange(len(_PARTNERS))
                measures.append({
                    "id": measure_id,
                    "goal_id": goal_id,
                    "code": code,
                    "title": f"{choice(_TITLE_ADJ)} {choice(_TITLE_NOUN)} {choice(_TITLE_PLACE)}",
                    "description": _description(rng),
                    "lead": choice(_FACHBEREICHE),
                    "partners": [
                        _PARTNERS[(first_partner + k * 7) % len(_PARTNERS)]
                        for k in range(1 + randrange(3))
                    ],
                    "target_groups": [choice(_TARGET_GROUPS)],
                    "start": start,
                    "end": end,
                    "kind": kind,
                    "cost_eur": cost,
                    "funding": choice(_FUNDING),
                    "status": choice(_STATUS),
                    "priority": choice(_PRIORITY),
                    "origin": choice(_ORIGIN),
                    "steering_decision": steering,
                    "steering_note": choice(_STEERING_NOTE[steering]) if steering else "",
                    "position": m,
                })
                for i in range(1, indicators_per_measure + 1):
                    name, unit, share = choice(_INDICATOR)
                    if share:
                        start_value = round(5 + rand() * 60, 1)
                        target = min(100.0, round(start_value + 5 + rand() * 25, 1))
                    else:
                        start_value = float(10 + randrange(490))
                        target = float(round(start_value * (1.2 + rand())))
                    # Some measures are new and have no baseline yet.
                    baseline = None if rand() < 0.15 else start_value
                    indicators.append({
                        "id": uid(f"indicator:{code}/{i}"),
                        "measure_id": measure_id,
                        "name": name,
                        "definition": f"{name} im Rahmen der Maßnahme {code}",
                        "unit": unit,
                        "baseline": baseline,
                        "baseline_year": None if baseline is None else 2023 + randrange(3),
                        "target": target,
                        "target_year": 2027 + randrange(4),
                        "source": choice(_SOURCE),
                        "frequency": choice(_FREQUENCY),
                    })

    groups: list[dict[str, Any]] = []
    sessions: list[dict[str, Any]] = []
    if field_list:
        group_id = uid("group:1")
        groups.append({"id": group_id, "action_field_id": action_fields[0]["id"],
                       "name": f"Expert*innengruppe {field_list[0][1]}", "members": members})
        agenda: list[dict[str, Any]] = [
            {"id": uid("agenda:0"), "title": "Begrüßung und Protokoll", "minutes": 10,
             "subject_type": None, "subject_id": None, "position": 0}
        ]
        if goals:
            agenda.append({"id": uid("agenda:1"), "title": f"Ziel {goals[0]['code']}",
                           "minutes": 45, "subject_type": "goal",
                           "subject_id": goals[0]["id"], "position": 1})
        if measures:
            agenda.append({"id": uid("agenda:2"), "title": f"Maßnahme {measures[0]['code']}",
                           "minutes": 30, "subject_type": "measure",
                           "subject_id": measures[0]["id"], "position": 2})
        sessions.append({
            "id": uid("session:1"),
            "group_id": group_id,
            "title": "1. Sitzung",
            "starts_at": "2026-03-10T17:00",
            "ends_at": "2026-03-10T19:00",
            "location": "Neues Rathaus, Trammplatz 2, Raum 104",
            "status": "closed",
            "notes": "",
            "attendance": [{"person_id": m["person_id"], "present": True} for m in members],
            "agenda": agenda,
        })

    return {
        "format": "lip-catalogue",
        "version": 1,
        "catalogue": {
            "id": uid("catalogue"),
            "title": f"Synthetischer Katalog ({len(measures)} Maßnahmen, Seed {seed})",
            "city": "Hannover",
            "process": "LIP 2.0",
            "draft_version": 1,
        },
        "action_fields": action_fields,
        "strategy_sections": [
            {"id": uid("strategy:0"), "title": "Leitbild",
             "body": "Integration ist eine gesamtgesellschaftliche Aufgabe. Zielgruppe ist die "
             "ganze Stadtgesellschaft.", "position": 0}
        ],
        "people": people,
        "groups": groups,
        "goals": goals,
        "measures": measures,
        "indicators": indicators,
        "sessions": sessions,
        "positions": [],
        "compromises": [],
        "votes": [],
        "review_comments": [],
        "terminology": default_terminology(),
    }


def write_json(catalogue: dict[str, Any], path: Path) -> None:
    """Write a catalogue as the interchange file: UTF-8, umlauts unescaped, compact indent.

    ``indent=1`` keeps a 21,000-measure file readable in a diff while staying far smaller
    than the usual four spaces.
    """
    text = json.dumps(catalogue, ensure_ascii=False, indent=1)
    path.write_text(text + "\n", encoding="utf-8")
