"""The demo catalogue: a realistic LIP 2.0 Hannover catalogue in the interchange format.

Facilitators try the app before their own catalogue exists, trainers show it in workshops,
and screenshots for the handbook need content. A demo that only fills a few fields would
hide half of the app, so this one deliberately exercises every feature: sub-goals,
measures of every kind and status, indicators, parity groups, a closed session with
attendance, agenda and one vote of each method, a vote with anonymous counts, positions,
compromises with Sondervoten, Word review comments and the terminology rules.

It also contains a few *deliberate* flaws so that the checks have something to show: one
agreed measure without a kind, one without a lead, one without indicators, and one
occurrence each of the outdated terms "Menschen mit Migrationshintergrund" and
"Mehrheitsgesellschaft". Everything else follows the spirit of the LIP 2.0: the whole
city is the target group, anti-discrimination and intercultural opening come first, and
time-limited projects are meant to become lasting structures.

The catalogue is a plain dict in ``lip-catalogue`` version 1 (see the interchange
contract), so it goes through the same importer as any file: the demo cannot drift from
what the app accepts. Ids are ``uuid5`` names, so loading the demo twice merges instead of
duplicating, and tests can rely on stable ids. Vote results are left ``None`` because the
importer computes them from the ballots and counts.
"""

from __future__ import annotations

import uuid
from typing import Any, Final

#: The seven action fields of the LIP 2.0 Hannover: code, name, one-sentence description.
#: Shared with the generator so that synthetic catalogues use the same field codes.
ACTION_FIELDS: Final[tuple[tuple[str, str, str], ...]] = (
    (
        "BIL",
        "Bildung",
        "Gleiche Bildungschancen von der Kita bis zur Weiterbildung, unabhängig von Herkunft "
        "und Familiensprache.",
    ),
    (
        "SOZ",
        "Soziales",
        "Beratung, Gesundheit und Wohnen sind für alle erreichbar, die in Hannover leben.",
    ),
    (
        "WIR",
        "Wirtschaft",
        "Faire Chancen auf dem Arbeitsmarkt, die Anerkennung mitgebrachter Qualifikationen "
        "und Unterstützung für Gründer*innen.",
    ),
    (
        "STK",
        "Stadtleben und Kultur",
        "Begegnung in den Stadtteilen und ein Kulturleben, das die Vielfalt der Stadt zeigt.",
    ),
    (
        "DEM",
        "Demokratie",
        "Politische Teilhabe, wirksamer Schutz vor Rassismus und starke "
        "Migrant*innenselbstorganisationen.",
    ),
    (
        "SVI",
        "Stadtverwaltung und interkulturelle Öffnung",
        "Eine Verwaltung, die die Stadtgesellschaft in Personal, Angeboten und Sprache "
        "abbildet.",
    ),
    (
        "JUG",
        "Jugend",
        "Junge Menschen gestalten die Stadt mit und werden vor Diskriminierung geschützt.",
    ),
)

#: The default terminology rules (term, replacement, note), worded exactly as in the
#: contract's example so that every catalogue starts with the same list.
DEFAULT_TERMINOLOGY: Final[tuple[tuple[str, str, str], ...]] = (
    (
        "Aufnahmegesellschaft",
        "Stadtgesellschaft",
        "Eingewanderte gehören selbst zur aufnehmenden Gesellschaft; Zielgruppe ist die ganze "
        "Stadtgesellschaft.",
    ),
    (
        "Mehrheitsgesellschaft",
        "Mehrheitsbevölkerung",
        "Wo Machtverhältnisse gemeint sind: Dominanzgesellschaft.",
    ),
    (
        "Menschen mit Migrationshintergrund",
        "Menschen mit internationaler Geschichte",
        "Oder: Eingewanderte und ihre Nachkommen. In Statistik und Zitaten bleibt der Begriff "
        "zulässig.",
    ),
)

_PREFIX: Final = "lip-desktop:demo:"

_ROOM_104: Final = "Neues Rathaus, Trammplatz 2, Raum 104"
_MSO: Final = "Migrant*innenselbstorganisationen"


def _id(kind: str, key: str) -> str:
    """A stable id, so that re-importing the demo updates records instead of adding copies."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{_PREFIX}{kind}:{key}"))


def default_terminology() -> list[dict[str, Any]]:
    """The three default terminology rules as interchange records.

    The ids do not depend on the catalogue: the same rule keeps the same id in the demo,
    in generated catalogues and after a merge, so merging never duplicates a rule.
    """
    return [
        {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"lip-desktop:terminology:{term}")),
            "term": term,
            "replacement": replacement,
            "note": note,
        }
        for term, replacement, note in DEFAULT_TERMINOLOGY
    ]


# --------------------------------------------------------------------------------------
# strategy part
# --------------------------------------------------------------------------------------

_STRATEGY: Final[tuple[tuple[str, str], ...]] = (
    (
        "Leitbild: Wir sind Hannover",
        "Hannover ist eine Stadt der Vielfalt. Ein großer Teil der Hannoveraner*innen hat eine "
        "internationale Geschichte, in manchen Stadtteilen gilt das für die Mehrheit der Kinder "
        "und Jugendlichen. Der Lokale Integrationsplan 2.0 versteht diese Vielfalt als "
        "Normalität und als Stärke der Stadt.\n\n"
        "Integration ist eine gesamtgesellschaftliche Aufgabe. Sie gelingt, wenn alle Menschen, "
        "die in Hannover leben, gleichberechtigt an Bildung, Arbeit, Wohnen, Kultur und "
        "politischen Entscheidungen teilhaben – unabhängig davon, wann sie oder ihre Familien "
        "nach Hannover gekommen sind.",
    ),
    (
        "Grundsätze",
        "Der LIP 2.0 folgt vier Grundsätzen. Erstens haben Diskriminierungsschutz und die "
        "interkulturelle Öffnung der Institutionen Vorrang: Wer Teilhabe fördern will, baut "
        "zuerst die Hürden in den eigenen Strukturen ab. Zweitens werden Maßnahmen so geplant, "
        "dass erfolgreiche befristete Projekte in dauerhafte Regelstrukturen übergehen; jede "
        "befristete Maßnahme nennt deshalb, wann und von wem über ihre Verstetigung entschieden "
        "wird.\n\n"
        "Drittens erarbeiten Verwaltung und externe Expert*innen die Maßnahmen gleichberechtigt. "
        "Die Expert*innengruppen sind paritätisch besetzt, und Beschlüsse brauchen die "
        "Zustimmung beider Seiten. Viertens hat jede Maßnahme überprüfbare Indikatoren, über "
        "die der Rat regelmäßig im Integrationsbericht informiert wird.",
    ),
    (
        "Zielgruppe: die ganze Stadtgesellschaft",
        "Der LIP 2.0 richtet sich nicht an eine einzelne Bevölkerungsgruppe, sondern an die "
        "ganze Stadtgesellschaft. Zusammenleben ist eine Aufgabe für alle: für Menschen, deren "
        "Familien seit Generationen in Hannover leben, ebenso wie für Menschen, die vor Kurzem "
        "gekommen sind, für Vereine, Unternehmen, Bildungseinrichtungen und die Verwaltung "
        "selbst.\n\n"
        "Wo Maßnahmen bestimmte Gruppen ansprechen – etwa neu zugewanderte Familien, geflüchtete "
        "Jugendliche oder ältere Eingewanderte –, geschieht das, um gleiche Chancen "
        "herzustellen, nicht um Unterschiede festzuschreiben. Stadtteile mit besonderem "
        "Handlungsbedarf wie Mühlenberg, Vahrenheide oder Linden-Süd werden dabei vorrangig "
        "berücksichtigt.",
    ),
    (
        "Diskriminierungsschutz",
        "Rassismus und Diskriminierung verhindern Teilhabe – im Alltag, auf dem Wohnungs- und "
        "Arbeitsmarkt, in Schulen und auch im Kontakt mit Behörden. Die Landeshauptstadt "
        "Hannover verpflichtet sich, Diskriminierung in ihren eigenen Verfahren zu erkennen und "
        "abzubauen und Betroffene wirksam zu unterstützen.\n\n"
        "Dazu gehören eine unabhängige, gut erreichbare Beratung, verbindliche Fortbildungen "
        "für Beschäftigte und Führungskräfte, ein Beschwerdemanagement mit klaren "
        "Zuständigkeiten und eine regelmäßige Berichterstattung. "
        "Migrant*innenselbstorganisationen werden als Expert*innen in eigener Sache beteiligt.",
    ),
)


def _strategy_sections() -> list[dict[str, Any]]:
    """The strategy part: short enough for a demo, real enough to review in Word."""
    return [
        {"id": _id("strategy", str(i)), "title": title, "body": body, "position": i}
        for i, (title, body) in enumerate(_STRATEGY)
    ]


# --------------------------------------------------------------------------------------
# people and groups
# --------------------------------------------------------------------------------------

#: key, name, organisation, side. The key names the person in the rest of this module.
_PEOPLE: Final[tuple[tuple[str, str, str, str], ...]] = (
    # administration
    ("sommer", "Birgit Sommer", "Fachbereich Schule", "administration"),
    ("keller", "Jonas Keller", "Fachbereich Jugend und Familie", "administration"),
    ("lindemann", "Anja Lindemann", "Fachbereich Kultur – Stadtbibliothek", "administration"),
    ("brandes", "Dirk Brandes", "Fachbereich Soziales", "administration"),
    ("petrova", "Maria Petrova", "Sachgebiet Integration", "administration"),
    ("ahrens", "Christine Ahrens", "Sachgebiet Integration", "administration"),
    ("aksoy", "Hülya Aksoy", "Fachbereich Personal und Organisation", "administration"),
    ("wiegand", "Thomas Wiegand", "Fachbereich Öffentliche Ordnung", "administration"),
    ("vogt", "Kerstin Vogt", "Referat für Frauen und Gleichstellung", "administration"),
    ("albrecht", "Stefan Albrecht", "Fachbereich Wirtschaft", "administration"),
    ("kaya", "Murat Kaya", "Sachgebiet Integration", "administration"),
    ("brenner", "Lukas Brenner", "Sachgebiet Integration", "administration"),
    # external
    ("demir", "Aylin Demir", "Verbund der Migrant*innenselbstorganisationen Hannover", "external"),
    ("nowak", "Tomasz Nowak", "Ada-und-Theodor-Lessing-Volkshochschule Hannover", "external"),
    ("elkhatib", "Samira El-Khatib", "Stadtelternrat Hannover", "external"),
    ("nguyen", "Nguyen Thi Lan", "Verein Vietnamesischer Familien Hannover e. V.", "external"),
    ("mensah", "Dr. Sophie Mensah", "Leibniz Universität Hannover", "external"),
    ("okafor", "Amara Okafor", "Afrikanisches Netzwerk Hannover e. V.", "external"),
    ("papadopoulos", "Dimitrios Papadopoulos", "Caritasverband Hannover", "external"),
    ("yildiz", "Fatma Yıldız", "Jobcenter Region Hannover", "external"),
    ("wagner", "Olga Wagner", "Diakonisches Werk Hannover", "external"),
    ("haddad", "Rami Haddad", "IHK Hannover", "external"),
    ("kowalczyk", "Jan Kowalczyk", "AWO Region Hannover", "external"),
)

_SIDE: Final[dict[str, str]] = {key: side for key, _, _, side in _PEOPLE}

#: group key -> (action field, name, [(person key, role)]). Both groups are in parity:
#: four members from the administration and four external members.
_GROUPS: Final[dict[str, tuple[str, str, tuple[tuple[str, str], ...]]]] = {
    "BIL": (
        "BIL",
        "Expert*innengruppe Bildung",
        (
            ("sommer", "member"),
            ("keller", "member"),
            ("lindemann", "member"),
            ("brandes", "member"),
            ("demir", "member"),
            ("nowak", "member"),
            ("elkhatib", "member"),
            ("nguyen", "member"),
            ("petrova", "facilitator"),
            ("ahrens", "minutes"),
            ("mensah", "guest"),
        ),
    ),
    "SVI": (
        "SVI",
        "Expert*innengruppe Stadtverwaltung und interkulturelle Öffnung",
        (
            ("aksoy", "member"),
            ("wiegand", "member"),
            ("vogt", "member"),
            ("albrecht", "member"),
            ("okafor", "member"),
            ("papadopoulos", "member"),
            ("yildiz", "member"),
            ("wagner", "member"),
            ("kaya", "facilitator"),
            ("brenner", "minutes"),
            ("haddad", "guest"),
        ),
    ),
}


def _pid(key: str) -> str:
    return _id("person", key)


def _people() -> list[dict[str, Any]]:
    return [
        {"id": _pid(key), "name": name, "organisation": organisation, "side": side}
        for key, name, organisation, side in _PEOPLE
    ]


def _groups() -> list[dict[str, Any]]:
    return [
        {
            "id": _id("group", key),
            "action_field_id": _id("action_field", field),
            "name": name,
            "members": [{"person_id": _pid(person), "role": role} for person, role in members],
        }
        for key, (field, name, members) in _GROUPS.items()
    ]


# --------------------------------------------------------------------------------------
# goals, measures, indicators
# --------------------------------------------------------------------------------------

#: code, title, description, status, priority. Field, parent and position follow from the
#: code ("BIL-Z1.2" is the second sub-goal of "BIL-Z1" in the field "BIL").
_GOALS: Final[tuple[tuple[str, str, str, str, int | None], ...]] = (
    (
        "BIL-Z1",
        "Gleiche Bildungschancen von Anfang an",
        "Kinder und Jugendliche erreichen Bildungsabschlüsse unabhängig von der Herkunft und "
        "den Deutschkenntnissen ihrer Eltern.",
        "in_discussion",
        1,
    ),
    (
        "BIL-Z1.1",
        "Frühkindliche Bildung erreicht alle Familien",
        "Familien mit internationaler Geschichte nutzen Kitas und Familienzentren so "
        "selbstverständlich wie alle anderen Familien.",
        "agreed",
        1,
    ),
    (
        "BIL-Z1.2",
        "Übergänge ohne Brüche gestalten",
        "Beim Wechsel von der Kita in die Grundschule und von der Schule in Ausbildung oder "
        "Studium gehen keine Talente verloren.",
        "draft",
        2,
    ),
    (
        "BIL-Z2",
        "Deutsch lernen und Mehrsprachigkeit anerkennen",
        "Erwachsene finden wohnortnah passende Sprachangebote; die Familiensprachen gelten "
        "als Ressource.",
        "agreed",
        2,
    ),
    (
        "SOZ-Z1",
        "Gesundheit und Beratung ohne Sprachbarrieren",
        "Wer wenig Deutsch spricht, erhält in Beratung und Gesundheitsversorgung dieselbe "
        "Qualität wie alle anderen.",
        "in_discussion",
        1,
    ),
    (
        "SOZ-Z2",
        "Gleicher Zugang zu Wohnraum",
        "Wohnungssuchende werden wegen ihres Namens oder ihrer Herkunft nicht benachteiligt.",
        "deferred",
        2,
    ),
    (
        "WIR-Z1",
        "Qualifikationen anerkennen, faire Arbeit sichern",
        "Mitgebrachte Abschlüsse werden schneller anerkannt und Fachkräfte arbeiten "
        "entsprechend ihrer Qualifikation.",
        "agreed",
        1,
    ),
    (
        "STK-Z1",
        "Begegnung und Kultur in allen Stadtteilen",
        "In jedem Stadtbezirk gibt es verlässliche Orte und Anlässe für Begegnung in der "
        "Nachbarschaft.",
        "in_discussion",
        3,
    ),
    (
        "STK-Z2",
        "Eigenes Festival der Kulturen",
        "Ein jährliches städtisches Festival ergänzt die bestehenden Stadtteilfeste.",
        "rejected",
        None,
    ),
    (
        "DEM-Z1",
        "Schutz vor Rassismus und Diskriminierung",
        "Betroffene finden schnell unabhängige Beratung, und Diskriminierung hat Folgen.",
        "agreed",
        1,
    ),
    (
        "DEM-Z2",
        "Politische Teilhabe stärken",
        "Alle Einwohner*innen können sich an kommunalen Entscheidungen beteiligen, auch ohne "
        "deutsche Staatsangehörigkeit.",
        "in_discussion",
        2,
    ),
    (
        "SVI-Z1",
        "Die Verwaltung bildet die Stadtgesellschaft ab",
        "Das Personal der Stadtverwaltung spiegelt auf allen Ebenen die Vielfalt der "
        "Stadtgesellschaft wider.",
        "in_discussion",
        1,
    ),
    (
        "SVI-Z2",
        "Städtische Angebote verständlich und mehrsprachig",
        "Informationen und Online-Dienste der Stadt sind in Leichter Sprache und in den "
        "häufigsten Familiensprachen verfügbar.",
        "agreed",
        2,
    ),
    (
        "JUG-Z1",
        "Junge Menschen gestalten mit",
        "Jugendliche mit und ohne internationale Geschichte sind in den Beteiligungsgremien "
        "der Stadt gleichermaßen vertreten.",
        "draft",
        None,
    ),
)


def _goal_key(measure_code: str) -> str:
    """The goal code a measure code belongs to: "BIL-M1.1.2" -> "BIL-Z1.1"."""
    field, number = measure_code.split("-M")
    return f"{field}-Z{number.rsplit('.', 1)[0]}"


def _goals() -> list[dict[str, Any]]:
    goals: list[dict[str, Any]] = []
    for code, title, description, status, priority in _GOALS:
        field, number = code.split("-Z")
        parent = f"{field}-Z{number.rsplit('.', 1)[0]}" if "." in number else None
        goals.append(
            {
                "id": _id("goal", code),
                "action_field_id": _id("action_field", field),
                "parent_id": _id("goal", parent) if parent else None,
                "code": code,
                "title": title,
                "description": description,
                "status": status,
                "priority": priority,
                "position": int(number.rsplit(".", 1)[-1]),
            }
        )
    return goals


def _measure(
    code: str,
    title: str,
    description: str,
    *,
    lead: str,
    partners: list[str],
    target_groups: list[str],
    start: str | None,
    end: str | None,
    kind: str | None,
    cost_eur: float | None,
    funding: str,
    status: str,
    priority: int | None,
    origin: str,
    steering_decision: str | None = None,
    steering_note: str = "",
) -> dict[str, Any]:
    """One measure; goal and position follow from the code so they cannot disagree with it."""
    return {
        "id": _id("measure", code),
        "goal_id": _id("goal", _goal_key(code)),
        "code": code,
        "title": title,
        "description": description,
        "lead": lead,
        "partners": partners,
        "target_groups": target_groups,
        "start": start,
        "end": end,
        "kind": kind,
        "cost_eur": cost_eur,
        "funding": funding,
        "status": status,
        "priority": priority,
        "origin": origin,
        "steering_decision": steering_decision,
        "steering_note": steering_note,
        "position": int(code.rsplit(".", 1)[-1]),
    }


def _measures() -> list[dict[str, Any]]:
    """The measures, in goal order.

    The deliberate flaws for the checks: BIL-M2.1 is agreed without a kind, SOZ-M1.2 is
    agreed without a lead, SVI-M1.2 is agreed without indicators; SVI-M1.1 and STK-M1.1
    each use one outdated term.
    """
    fb_jugend = "Fachbereich Jugend und Familie"
    fb_schule = "Fachbereich Schule"
    fb_wirtschaft = "Fachbereich Wirtschaft"
    fb_personal = "Fachbereich Personal und Organisation"
    fb_teilhabe = "Fachbereich Gesellschaftliche Teilhabe"
    return [
        _measure(
            "BIL-M1.1",
            "Elternbildung in Familiensprachen",
            "Mehrsprachige Elternkurse nach dem Modell „Rucksack“ stärken Eltern als erste "
            "Bildungsbegleiter*innen ihrer Kinder. Die Kurse finden in Kitas und Grundschulen "
            "statt und werden von geschulten Elternbegleiter*innen aus den Communitys geleitet.",
            lead=fb_jugend,
            partners=[_MSO, "Familienzentren", fb_schule],
            target_groups=["Eltern von Kindern in Kita und Grundschule"],
            start="2026-09",
            end="2028-08",
            kind="time_limited",
            cost_eur=86400.0,
            funding="Landesprogramm, städtischer Eigenanteil 20 %",
            status="in_discussion",
            priority=2,
            origin="expert_group",
        ),
        _measure(
            "BIL-M1.2",
            "Herkunftssprachlichen Unterricht ausbauen",
            "Geprüft wird, an welchen Grundschulen herkunftssprachlicher Unterricht in Arabisch, "
            "Türkisch, Russisch und Polnisch angeboten werden kann und wie die Stadt Räume und "
            "Nachmittagsbetreuung dafür bereitstellt.",
            lead=fb_schule,
            partners=["Regionales Landesamt für Schule und Bildung", _MSO],
            target_groups=["Schüler*innen der Grundschulen", "Eltern"],
            start="2027-02",
            end="2027-07",
            kind="review",
            cost_eur=None,
            funding="Lehrkräfte: Land Niedersachsen; Räume: städtischer Haushalt",
            status="deferred",
            priority=3,
            origin="survey",
            steering_decision="revise",
            steering_note="Zuständigkeit des Landes klären und den Prüfauftrag mit dem "
            "Regionalen Landesamt für Schule und Bildung abstimmen.",
        ),
        _measure(
            "BIL-M1.1.1",
            "Mehrsprachige Kita-Lotsinnen und -Lotsen",
            "Lotsinnen und Lotsen mit eigener Sprach- und Migrationserfahrung begleiten Familien "
            "bei der Kita-Anmeldung über das Online-Portal, erklären das Betreuungssystem und "
            "vermitteln bei Fragen zwischen Familie und Einrichtung. Strittig ist, ob das "
            "Angebot als Modellprojekt startet oder sofort in die Regelstruktur übergeht.",
            lead=fb_jugend,
            partners=[_MSO, "Familienzentren", "freie Kita-Träger"],
            target_groups=["Familien mit Kindern unter sechs Jahren", "neu zugewanderte Familien"],
            start="2026-08",
            end="2028-07",
            kind="time_limited",
            cost_eur=240000.0,
            funding="Landesmittel; ab 2028 städtischer Haushalt, falls verstetigt",
            status="in_discussion",
            priority=1,
            origin="expert_group",
        ),
        _measure(
            "BIL-M1.1.2",
            "Fortbildungsreihe vorurteilsbewusste Bildung für Kita-Fachkräfte",
            "Alle städtischen Kitas nehmen an einer Fortbildungsreihe zum Ansatz der "
            "vorurteilsbewussten Bildung und Erziehung teil. Die Reihe wird fester Bestandteil "
            "des städtischen Fortbildungsprogramms und steht auch freien Trägern offen.",
            lead=fb_jugend,
            partners=["Fachberatung Kita", "freie Kita-Träger"],
            target_groups=["pädagogische Fachkräfte in Kitas"],
            start="2026-08",
            end=None,
            kind="permanent",
            cost_eur=38500.0,
            funding="städtischer Haushalt (Fortbildungsbudget)",
            status="agreed",
            priority=1,
            origin="administration",
            steering_decision="approved",
            steering_note="Umsetzung ab dem Kita-Jahr 2026/27.",
        ),
        _measure(
            "BIL-M1.2.1",
            "Übergangscoaching Schule–Beruf in Stadtteilen mit besonderem Handlungsbedarf",
            "Coaches begleiten Schüler*innen ab Jahrgang 8 individuell bis in Ausbildung oder "
            "weiterführende Schule, beziehen die Eltern mehrsprachig ein und arbeiten eng mit "
            "der Jugendberufsagentur zusammen.",
            lead=fb_schule,
            partners=[
                "Jugendberufsagentur Hannover",
                "Jobcenter Region Hannover",
                "Agentur für Arbeit Hannover",
            ],
            target_groups=["Schüler*innen der Jahrgänge 8 bis 10"],
            start="2027-01",
            end="2029-12",
            kind="time_limited",
            cost_eur=312000.0,
            funding="ESF Plus, städtischer Eigenanteil",
            status="draft",
            priority=2,
            origin="public_event",
        ),
        _measure(
            "BIL-M2.1",
            "Sprachcafés in den Stadtteilbibliotheken",
            "Ehrenamtliche Sprachpat*innen laden wöchentlich zum Deutschüben ohne Anmeldung ein; "
            "Nachbar*innen aus dem Stadtteil kommen ins Gespräch. Die Expert*innengruppe hat die "
            "Maßnahme beschlossen, ob sie dauerhaft oder befristet angelegt wird, ist offen.",
            lead="Fachbereich Kultur – Stadtbibliothek",
            partners=["Ehrenamtliche Sprachpat*innen", "Volkshochschule Hannover"],
            target_groups=["Erwachsene, die Deutsch lernen oder üben", "Nachbarschaft"],
            start="2026-04",
            end=None,
            kind=None,
            cost_eur=12350.75,
            funding="Stiftungsmittel, städtischer Haushalt",
            status="agreed",
            priority=2,
            origin="survey",
        ),
        _measure(
            "BIL-M2.2",
            "Berufsbezogene Deutschkurse mit Kinderbetreuung",
            "Berufssprachkurse auf den Niveaus B1 bis C1 werden um eine Kinderbetreuung im "
            "selben Haus ergänzt, damit vor allem Mütter und Alleinerziehende teilnehmen können.",
            lead=fb_wirtschaft,
            partners=["Volkshochschule Hannover", "Jobcenter Region Hannover", "freie Kita-Träger"],
            target_groups=["Eltern in Elternzeit", "Alleinerziehende"],
            start="2026-03",
            end="2027-12",
            kind="time_limited",
            cost_eur=145000.0,
            funding="Bundesmittel (Berufssprachkurse), städtische Kinderbetreuung",
            status="agreed",
            priority=1,
            origin="expert_group",
            steering_decision="revise",
            steering_note="Kinderbetreuung über die Kita-Platzvergabe absichern und den "
            "Kostenplan bis zur nächsten Sitzung des Lenkungskreises vorlegen.",
        ),
        _measure(
            "SOZ-M1.1",
            "Pool von Gemeindedolmetscher*innen für Beratungsstellen",
            "Städtische und freie Beratungsstellen buchen qualifizierte Dolmetscher*innen über "
            "einen gemeinsamen Pool, vor Ort, per Telefon oder Video. Die Einsätze sind für die "
            "Ratsuchenden kostenfrei.",
            lead="Fachbereich Soziales",
            partners=["Ethno-Medizinisches Zentrum", "Wohlfahrtsverbände"],
            target_groups=["Ratsuchende mit geringen Deutschkenntnissen", "Beratungsstellen"],
            start="2026-01",
            end=None,
            kind="permanent",
            cost_eur=95000.0,
            funding="städtischer Haushalt",
            status="agreed",
            priority=1,
            origin="administration",
            steering_decision="approved",
            steering_note="Verstetigung ab dem Haushalt 2026 beschlossen.",
        ),
        _measure(
            "SOZ-M1.2",
            "Mehrsprachige Gesundheitslotsinnen und -lotsen in den Stadtteilen",
            "Geschulte Lotsinnen und Lotsen informieren in ihren Communitys über Vorsorge, "
            "Impfungen und das Gesundheitssystem. Die Federführung zwischen Stadt und Region ist "
            "noch zu klären.",
            lead="",
            partners=["Ethno-Medizinisches Zentrum", "Region Hannover – Gesundheitsamt", _MSO],
            target_groups=["Menschen mit internationaler Geschichte", "ältere Eingewanderte"],
            start="2026-06",
            end="2027-12",
            kind="time_limited",
            cost_eur=64800.0,
            funding="Krankenkassen (Präventionsgesetz), Projektmittel",
            status="agreed",
            priority=2,
            origin="public_event",
        ),
        _measure(
            "SOZ-M2.1",
            "Testing gegen Diskriminierung auf dem Wohnungsmarkt",
            "Ein wissenschaftlich begleitetes Testing mit Bewerbungspaaren soll zeigen, wie "
            "häufig Wohnungssuchende wegen ihres Namens benachteiligt werden. Geprüft werden "
            "Methode, Datenschutz und Kosten.",
            lead="Fachbereich Soziales",
            partners=["Antidiskriminierungsberatung", "hanova", "Leibniz Universität Hannover"],
            target_groups=["Wohnungssuchende", "Vermieter*innen"],
            start="2027-01",
            end="2027-06",
            kind="review",
            cost_eur=18000.0,
            funding="städtischer Haushalt (Gutachtenmittel)",
            status="in_discussion",
            priority=2,
            origin="survey",
        ),
        _measure(
            "WIR-M1.1",
            "Anerkennungs- und Qualifizierungsberatung im Welcome Center",
            "Fachkräfte mit ausländischen Abschlüssen erhalten im Welcome Center eine "
            "Erstberatung zur Anerkennung und werden an Kammern und Anpassungsqualifizierungen "
            "vermittelt. Unternehmen erhalten Beratung zur Einstellung internationaler "
            "Fachkräfte.",
            lead=fb_wirtschaft,
            partners=[
                "IHK Hannover",
                "Handwerkskammer Hannover",
                "Jobcenter Region Hannover",
                "IQ Netzwerk Niedersachsen",
            ],
            target_groups=["Fachkräfte mit ausländischen Abschlüssen", "Unternehmen"],
            start="2026-01",
            end=None,
            kind="permanent",
            cost_eur=132000.0,
            funding="städtischer Haushalt, Kofinanzierung IQ-Förderprogramm",
            status="agreed",
            priority=1,
            origin="administration",
            steering_decision="approved",
            steering_note="Eingliederung in die Regelstruktur des Welcome Centers.",
        ),
        _measure(
            "WIR-M1.2",
            "Mentoring für Gründer*innen mit internationaler Geschichte",
            "Erfahrene Unternehmer*innen begleiten Gründer*innen ein Jahr lang; ergänzt wird "
            "das Mentoring durch mehrsprachige Workshops zu Businessplan, Steuern und "
            "Finanzierung.",
            lead=fb_wirtschaft,
            partners=["IHK Hannover", "hannoverimpuls"],
            target_groups=["Gründer*innen", "Selbstständige"],
            start="2027-04",
            end="2029-03",
            kind="time_limited",
            cost_eur=57250.0,
            funding="Wirtschaftsförderung, EU-Mittel beantragt",
            status="draft",
            priority=3,
            origin="other",
        ),
        _measure(
            "STK-M1.1",
            "Nachbarschaftsfonds statt jährlicher Einzelanträge",
            "Bisher müssen interkulturelle Stadtteilfeste jedes Jahr neu beantragt werden. Ein "
            "Nachbarschaftsfonds soll Initiativen verlässlich fördern, die Begegnung zwischen "
            "Zugewanderten und der Mehrheitsgesellschaft ermöglichen.",
            lead="Fachbereich Kultur",
            partners=["Stadtbezirksräte", "Kulturtreffs", _MSO],
            target_groups=["Nachbarschaften in allen Stadtbezirken"],
            start="2026-05",
            end="2028-12",
            kind="time_limited",
            cost_eur=75000.0,
            funding="Stadtbezirksratsmittel, Kulturförderung",
            status="in_discussion",
            priority=3,
            origin="public_event",
            steering_decision="revise",
            steering_note="Perspektive für die Verstetigung ab 2029 darstellen.",
        ),
        _measure(
            "DEM-M1.1",
            "Unabhängige Antidiskriminierungsberatung ausbauen",
            "Die unabhängige Beratung erhält zwei zusätzliche Standorte in den Stadtbezirken und "
            "eine mehrsprachige Online-Meldestelle. Fälle aus städtischen Einrichtungen werden "
            "über ein verbindliches Beschwerdemanagement bearbeitet.",
            lead=fb_teilhabe,
            partners=[_MSO, "Wohlfahrtsverbände", "Netzwerk Antidiskriminierung"],
            target_groups=["von Diskriminierung Betroffene", "ganze Stadtgesellschaft"],
            start="2026-01",
            end=None,
            kind="permanent",
            cost_eur=210000.0,
            funding="städtischer Haushalt",
            status="agreed",
            priority=1,
            origin="expert_group",
            steering_decision="approved",
            steering_note="Zwei zusätzliche Beratungsstellen ab 2026.",
        ),
        _measure(
            "DEM-M1.2",
            "Strukturförderung für Migrant*innenselbstorganisationen",
            "Migrant*innenselbstorganisationen erhalten eine mehrjährige Förderung für "
            "hauptamtliche Koordination und Räume, damit ihr Engagement nicht von "
            "Projektlaufzeiten abhängt.",
            lead=fb_teilhabe,
            partners=[_MSO, "Freiwilligenzentrum Hannover"],
            target_groups=[_MSO, "ehrenamtlich Engagierte"],
            start="2026-07",
            end=None,
            kind="permanent",
            cost_eur=180000.0,
            funding="städtischer Haushalt (neue Haushaltsstelle)",
            status="in_discussion",
            priority=1,
            origin="expert_group",
        ),
        _measure(
            "DEM-M2.1",
            "Kampagne für das kommunale Wahlrecht aller Einwohner*innen",
            "Eine stadtweite Kampagne sollte für das kommunale Wahlrecht von Menschen ohne "
            "Staatsangehörigkeit eines EU-Staates werben.",
            lead=fb_teilhabe,
            partners=["Internationaler Ausschuss", _MSO],
            target_groups=["ganze Stadtgesellschaft"],
            start="2027-01",
            end="2027-12",
            kind="time_limited",
            cost_eur=25000.0,
            funding="Öffentlichkeitsarbeit",
            status="rejected",
            priority=3,
            origin="survey",
            steering_decision="rejected",
            steering_note="Das Wahlrecht kann die Stadt nicht selbst ändern. Der Internationale "
            "Ausschuss erarbeitet stattdessen eine Stellungnahme.",
        ),
        _measure(
            "SVI-M1.1",
            "Anonymisierte Bewerbungsverfahren in allen Fachbereichen",
            "Ein Pilot im Fachbereich Personal und Organisation hat gezeigt, dass anonymisierte "
            "Verfahren mehr Menschen mit Migrationshintergrund zum Vorstellungsgespräch führen. "
            "Geprüft wird, ob das Verfahren in allen Fachbereichen eingeführt werden kann und "
            "welche Anpassungen des Bewerbermanagements nötig sind.",
            lead=fb_personal,
            partners=["Gesamtpersonalrat", "Gleichstellungsbeauftragte", _MSO],
            target_groups=["Bewerber*innen", "Personalverantwortliche"],
            start="2026-04",
            end="2026-12",
            kind="review",
            cost_eur=30000.0,
            funding="städtischer Haushalt (Personalentwicklung)",
            status="in_discussion",
            priority=1,
            origin="expert_group",
        ),
        _measure(
            "SVI-M1.2",
            "Pflichtfortbildung Diskriminierungssensibilität für Führungskräfte",
            "Alle Führungskräfte der Stadtverwaltung besuchen innerhalb von zwei Jahren eine "
            "zweitägige Fortbildung zu Diskriminierung im Verwaltungshandeln; neue "
            "Führungskräfte im ersten Jahr.",
            lead=fb_personal,
            partners=[
                "Niedersächsisches Studieninstitut für kommunale Verwaltung",
                "Antidiskriminierungsberatung",
            ],
            target_groups=["Führungskräfte der Stadtverwaltung"],
            start="2026-09",
            end=None,
            kind="permanent",
            cost_eur=42600.0,
            funding="städtischer Haushalt (Fortbildungsbudget)",
            status="agreed",
            priority=1,
            origin="administration",
            steering_decision="approved",
            steering_note="Teil des Führungskräfteprogramms ab Herbst 2026.",
        ),
        _measure(
            "SVI-M1.3",
            "Ausbildungskampagne in den Communitys",
            "Auszubildende der Stadt stellen die Ausbildungsberufe der Verwaltung in "
            "Moscheegemeinden, Kulturvereinen und Jugendzentren vor und beantworten Fragen von "
            "Jugendlichen und Eltern.",
            lead=fb_personal,
            partners=[_MSO, "Jugendberufsagentur Hannover"],
            target_groups=["Jugendliche und junge Erwachsene", "Eltern"],
            start="2027-01",
            end="2027-12",
            kind="time_limited",
            cost_eur=48000.0,
            funding="Ausbildungsmarketing",
            status="deferred",
            priority=2,
            origin="other",
        ),
        _measure(
            "SVI-M2.1",
            "Mehrsprachige und leicht verständliche Online-Dienste",
            "Die meistgenutzten Online-Dienste der Stadt werden in Leichter Sprache und in "
            "mindestens fünf Sprachen angeboten; Testgruppen aus den Communitys prüfen die "
            "Verständlichkeit.",
            lead=fb_personal,
            partners=["Bürgerämter", "Übersetzungsdienst", _MSO],
            target_groups=["alle Einwohner*innen", "neu Zugezogene"],
            start="2026-10",
            end=None,
            kind="permanent",
            cost_eur=88900.0,
            funding="Digitalisierungsbudget",
            status="in_discussion",
            priority=2,
            origin="survey",
            steering_decision="revise",
            steering_note="Reihenfolge der Dienste nach Nutzungszahlen begründen.",
        ),
        _measure(
            "JUG-M1.1",
            "Empowerment-Workshops gegen Rassismus an Schulen",
            "Jugendliche mit Rassismuserfahrungen stärken sich in geschützten Workshops; "
            "parallel erarbeiten Schulklassen, wie sie bei Diskriminierung eingreifen können.",
            lead=fb_jugend,
            partners=["Jugendverbände", _MSO, fb_schule],
            target_groups=["Jugendliche mit Rassismuserfahrungen", "Schulklassen"],
            start="2026-09",
            end="2027-07",
            kind="time_limited",
            cost_eur=36480.25,
            funding="Bundesprogramm „Demokratie leben!“",
            status="draft",
            priority=2,
            origin="public_event",
        ),
    ]


#: measure code, name, definition, unit, baseline, baseline year, target, target year,
#: source, frequency. SVI-M1.2 has none on purpose.
_INDICATORS: Final[
    tuple[
        tuple[str, str, str, str, float | None, int | None, float | None, int | None, str, str],
        ...,
    ]
] = (
    ("BIL-M1.1", "Teilnehmende Eltern", "Eltern, die mindestens 80 % der Kurstermine besucht "
     "haben", "Personen", None, None, 240, 2028, "Kursstatistik", "jährlich"),
    ("BIL-M1.1", "Kursstandorte", "Kitas und Grundschulen mit laufendem Elternkurs",
     "Standorte", 6, 2025, 20, 2028, "Fachbereich Jugend und Familie", "jährlich"),
    ("BIL-M1.2", "Schulen mit herkunftssprachlichem Unterricht", "Grundschulen mit mindestens "
     "einer Lerngruppe", "Schulen", 14, 2025, 25, 2029, "Regionales Landesamt für Schule und "
     "Bildung", "jährlich"),
    ("BIL-M1.1.1", "Betreuungsquote unter Dreijähriger in Familien mit internationaler "
     "Geschichte", "Anteil der Kinder unter drei Jahren in Kindertagesbetreuung", "%", 24.5,
     2024, 35.0, 2028, "Kita-Statistik, Melderegister", "jährlich"),
    ("BIL-M1.1.1", "Begleitete Kita-Anmeldungen", "Anmeldungen, bei denen eine Lotsin oder "
     "ein Lotse unterstützt hat", "Anmeldungen", None, None, 600, 2028, "Dokumentation der "
     "Lotsinnen und Lotsen", "halbjährlich"),
    ("BIL-M1.1.2", "Kitas mit abgeschlossener Fortbildungsreihe", "Anteil der städtischen "
     "Kitas, deren Team die Reihe abgeschlossen hat", "%", 12, 2025, 100, 2028,
     "Fortbildungsdatenbank", "jährlich"),
    ("BIL-M1.2.1", "Abgänger*innen ohne Anschluss", "Anteil der Abgänger*innen aus Jahrgang 10 "
     "ohne Ausbildungs- oder Schulplatz", "%", 18.2, 2024, 12.0, 2029,
     "Jugendberufsagentur Hannover", "jährlich"),
    ("BIL-M1.2.1", "Begleitete Schüler*innen", "Schüler*innen mit mindestens drei "
     "Coaching-Terminen", "Personen", None, None, 450, 2029, "Monitoring der Träger",
     "jährlich"),
    ("BIL-M2.1", "Sprachcafé-Termine", "Stattgefundene Termine in allen Stadtteilbibliotheken",
     "Termine", 40, 2025, 150, 2027, "Stadtbibliothek Hannover", "jährlich"),
    ("BIL-M2.1", "Besuche der Sprachcafés", "Gezählte Besuche, Mehrfachbesuche eingeschlossen",
     "Besuche", 620, 2025, 2500, 2027, "Zählung der Stadtbibliothek", "quartalsweise"),
    ("BIL-M2.2", "Zertifikate B1 bis C1", "Teilnehmende mit bestandener Abschlussprüfung",
     "Personen", 85, 2025, 200, 2027, "Volkshochschule Hannover", "jährlich"),
    ("SOZ-M1.1", "Dolmetscheinsätze", "Vermittelte Einsätze aller Beratungsstellen",
     "Einsätze", 1150, 2025, 2000, 2027, "Koordination des Pools", "quartalsweise"),
    ("SOZ-M1.1", "Zufriedenheit der Beratungsstellen", "Anteil der Beratungsstellen, die den "
     "Pool mit gut oder sehr gut bewerten", "%", None, None, 80, 2027, "Befragung der "
     "Beratungsstellen", "alle zwei Jahre"),
    ("SOZ-M1.2", "Ausgebildete Gesundheitslotsinnen und -lotsen", "Personen mit "
     "abgeschlossener Schulung", "Personen", 22, 2025, 45, 2027,
     "Ethno-Medizinisches Zentrum", "jährlich"),
    ("SOZ-M1.2", "Informationsveranstaltungen", "Veranstaltungen in den Familiensprachen",
     "Veranstaltungen", 30, 2025, 80, 2027, "Ethno-Medizinisches Zentrum", "jährlich"),
    ("SOZ-M2.1", "Ungleichbehandlung im Testing", "Anteil der Testpaare mit Ungleichbehandlung",
     "%", None, None, None, None, "Gutachten", "einmalig"),
    ("WIR-M1.1", "Beratene Fachkräfte", "Personen mit mindestens einer Erstberatung",
     "Personen", 780, 2025, 1200, 2028, "Welcome Center", "jährlich"),
    ("WIR-M1.1", "Anerkennungsverfahren nach Beratung", "Abgeschlossene Verfahren nach einer "
     "Beratung im Welcome Center", "Verfahren", 210, 2025, 400, 2028, "Welcome Center, IQ "
     "Netzwerk Niedersachsen", "jährlich"),
    ("WIR-M1.2", "Gründungen", "Gründungen von Teilnehmenden innerhalb eines Jahres",
     "Gründungen", None, None, 30, 2029, "hannoverimpuls", "jährlich"),
    ("STK-M1.1", "Geförderte Nachbarschaftsprojekte", "Projekte mit Förderung aus dem Fonds",
     "Projekte", 18, 2025, 40, 2028, "Fachbereich Kultur", "jährlich"),
    ("STK-M1.1", "Stadtbezirke mit Projekt", "Stadtbezirke mit mindestens einem geförderten "
     "Projekt", "Stadtbezirke", 9, 2025, 13, 2028, "Fachbereich Kultur", "jährlich"),
    ("DEM-M1.1", "Beratungsfälle", "Abgeschlossene Beratungsfälle", "Fälle", 310, 2025, 450,
     2028, "Jahresbericht der Antidiskriminierungsberatung", "jährlich"),
    ("DEM-M1.1", "Bekanntheit der Beratung", "Anteil der Befragten, die das Angebot kennen",
     "%", 21, 2024, 40, 2028, "Repräsentativerhebung der Stadt", "alle zwei Jahre"),
    ("DEM-M1.2", "Geförderte Organisationen", "Migrant*innenselbstorganisationen mit "
     "Strukturförderung", "Organisationen", 12, 2025, 30, 2028, "Förderdatenbank", "jährlich"),
    ("DEM-M2.1", "Erreichte Personen", "Kontakte über Veranstaltungen und soziale Medien",
     "Personen", None, None, 5000, 2027, "Auswertung der Kampagne", "einmalig"),
    ("SVI-M1.1", "Einladungsquote", "Anteil der Bewerber*innen mit internationaler Geschichte "
     "unter den Eingeladenen (freiwillige Angabe)", "%", 19.0, 2025, 30.0, 2027,
     "Bewerbermanagement", "jährlich"),
    ("SVI-M1.3", "Auszubildende mit internationaler Geschichte", "Anteil unter den neuen "
     "Auszubildenden (freiwillige Angabe)", "%", 23.0, 2025, 35.0, 2028,
     "Personalstatistik", "jährlich"),
    ("SVI-M2.1", "Mehrsprachige Online-Dienste", "Dienste in mindestens fünf Sprachen",
     "Dienste", 8, 2025, 40, 2028, "Online-Service-Portal", "jährlich"),
    ("SVI-M2.1", "Dienste in Leichter Sprache", "Dienste mit geprüfter Fassung in Leichter "
     "Sprache", "Dienste", 3, 2025, 25, 2028, "Online-Service-Portal", "jährlich"),
    ("JUG-M1.1", "Teilnehmende Jugendliche", "Jugendliche mit mindestens einem "
     "Workshop-Termin", "Personen", None, None, 600, 2027, "Dokumentation der Träger",
     "halbjährlich"),
)


def _number(value: float | None) -> float | None:
    """Baselines and targets as floats, the type the app stores, so a round trip is exact."""
    return None if value is None else float(value)


def _indicators() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    per_measure: dict[str, int] = {}
    for (
        measure,
        name,
        definition,
        unit,
        baseline,
        baseline_year,
        target,
        target_year,
        source,
        frequency,
    ) in _INDICATORS:
        n = per_measure[measure] = per_measure.get(measure, 0) + 1
        records.append(
            {
                "id": _id("indicator", f"{measure}/{n}"),
                "measure_id": _id("measure", measure),
                "name": name,
                "definition": definition,
                "unit": unit,
                "baseline": _number(baseline),
                "baseline_year": baseline_year,
                "target": _number(target),
                "target_year": target_year,
                "source": source,
                "frequency": frequency,
            }
        )
    return records


# --------------------------------------------------------------------------------------
# sessions, negotiation, votes
# --------------------------------------------------------------------------------------

_BIL_CLOSED: Final = "BIL-3"
_BIL_PLANNED: Final = "BIL-4"
_SVI_CLOSED: Final = "SVI-1"

#: Present in the closed Bildung session: everyone except Nguyen Thi Lan. The voters are
#: the present members: four from the administration, three external.
_BIL_ABSENT: Final = frozenset({"nguyen"})
_BIL_VOTERS: Final[tuple[str, ...]] = tuple(
    person
    for person, role in _GROUPS["BIL"][2]
    if role == "member" and person not in _BIL_ABSENT
)


def _agenda(
    session: str, items: list[tuple[str, int | None, str | None, str | None]]
) -> list[dict[str, Any]]:
    """Agenda items (title, time box, subject type, subject code) with their ids."""
    return [
        {
            "id": _id("agenda", f"{session}/{i}"),
            "title": title,
            "minutes": minutes,
            "subject_type": subject_type,
            "subject_id": _id(subject_type, code) if subject_type and code else None,
            "position": i,
        }
        for i, (title, minutes, subject_type, code) in enumerate(items)
    ]


def _attendance(group: str, absent: frozenset[str]) -> list[dict[str, Any]]:
    return [
        {"person_id": _pid(person), "present": person not in absent}
        for person, _ in _GROUPS[group][2]
    ]


def _sessions() -> list[dict[str, Any]]:
    return [
        {
            "id": _id("session", _SVI_CLOSED),
            "group_id": _id("group", "SVI"),
            "title": "1. Sitzung Expert*innengruppe Stadtverwaltung und interkulturelle Öffnung",
            "starts_at": "2026-02-24T16:30",
            "ends_at": "2026-02-24T18:30",
            "location": "Neues Rathaus, Trammplatz 2, Raum 215",
            "status": "closed",
            "notes": "Arbeitsweise und Parität vereinbart. Zu den anonymisierten "
            "Bewerbungsverfahren liegt ein Kompromissvorschlag vor, über den in der nächsten "
            "Sitzung beraten wird.",
            "attendance": _attendance("SVI", frozenset()),
            "agenda": _agenda(
                _SVI_CLOSED,
                [
                    ("Kennenlernen und Arbeitsweise der Expert*innengruppe", 30, None, None),
                    ("Ziel SVI-Z1: Personal der Stadtverwaltung", 45, "goal", "SVI-Z1"),
                    ("Anonymisierte Bewerbungsverfahren", 40, "measure", "SVI-M1.1"),
                ],
            ),
        },
        {
            "id": _id("session", _BIL_CLOSED),
            "group_id": _id("group", "BIL"),
            "title": "3. Sitzung Expert*innengruppe Bildung",
            "starts_at": "2026-03-10T17:00",
            "ends_at": "2026-03-10T19:30",
            "location": _ROOM_104,
            "status": "closed",
            "notes": "Kompromiss zu den Kita-Lotsinnen und -Lotsen vereinbart, zwei Sondervoten "
            "festgehalten. Die Punktabfrage zu Ziel BIL-Z2 setzt die Deutschkurse mit "
            "Kinderbetreuung vor die Sprachcafés. Die Sprachcafés werden dem Lenkungskreis "
            "vorgelegt; ob sie dauerhaft angelegt werden, klärt die nächste Sitzung.",
            "attendance": _attendance("BIL", _BIL_ABSENT),
            "agenda": _agenda(
                _BIL_CLOSED,
                [
                    ("Begrüßung, Protokoll der 2. Sitzung", 10, None, None),
                    ("Kita-Lotsinnen: Modellprojekt oder Regelstruktur?", 50, "measure",
                     "BIL-M1.1.1"),
                    ("Punktabfrage: Prioritäten im Ziel BIL-Z2", 30, "goal", "BIL-Z2"),
                    ("Sprachcafés: Vorlage an den Lenkungskreis", 30, "measure", "BIL-M2.1"),
                ],
            ),
        },
        {
            "id": _id("session", _BIL_PLANNED),
            "group_id": _id("group", "BIL"),
            "title": "4. Sitzung Expert*innengruppe Bildung",
            "starts_at": "2027-01-19T17:00",
            "ends_at": "2027-01-19T19:30",
            "location": _ROOM_104,
            "status": "planned",
            "notes": "",
            "attendance": [],
            "agenda": _agenda(
                _BIL_PLANNED,
                [
                    ("Bericht aus dem Lenkungskreis", 15, None, None),
                    ("Sprachcafés: dauerhaft oder befristet?", 20, "measure", "BIL-M2.1"),
                    ("Übergangscoaching Schule–Beruf ausarbeiten", 45, "measure", "BIL-M1.2.1"),
                    ("Indikatoren für Ziel BIL-Z1.1 prüfen", 30, "goal", "BIL-Z1.1"),
                    ("Verschiedenes", 10, None, None),
                ],
            ),
        },
    ]


def _position(
    key: str,
    measure: str,
    session: str,
    text: str,
    *,
    person: str | None = None,
    side: str | None = None,
    label: str = "",
) -> dict[str, Any]:
    """A stance; a person's position carries that person's side for filtering by side."""
    return {
        "id": _id("position", key),
        "subject_type": "measure",
        "subject_id": _id("measure", measure),
        "session_id": _id("session", session),
        "person_id": _pid(person) if person else None,
        "side": _SIDE[person] if person else side,
        "label": label,
        "text": text,
    }


def _positions() -> list[dict[str, Any]]:
    return [
        _position(
            "lotsen-verwaltung",
            "BIL-M1.1.1",
            _BIL_CLOSED,
            "Die Finanzierung ist nur über Landesmittel für zwei Jahre gesichert. Einer "
            "dauerhaften Stelle kann die Verwaltung erst zustimmen, wenn die Wirkung belegt ist.",
            side="administration",
            label="Verwaltung",
        ),
        _position(
            "lotsen-extern",
            "BIL-M1.1.1",
            _BIL_CLOSED,
            "Familien brauchen verlässliche Ansprechpersonen. Befristete Lotsinnen gehen, bevor "
            "Vertrauen entstanden ist; die Maßnahme gehört sofort in die Regelstruktur.",
            side="external",
            label="externe Expert*innen",
        ),
        _position(
            "lotsen-demir",
            "BIL-M1.1.1",
            _BIL_CLOSED,
            "Die Lotsinnen und Lotsen sollen bei Migrant*innenselbstorganisationen angestellt "
            "werden, weil diese die Familien schon heute erreichen.",
            person="demir",
        ),
        _position(
            "lotsen-mso",
            "BIL-M1.1.1",
            _BIL_CLOSED,
            "Die Arbeit der Lotsinnen und Lotsen darf nicht ehrenamtlich erwartet werden; sie "
            "ist nach Tarif zu bezahlen.",
            label=_MSO,
        ),
        _position(
            "lotsen-keller",
            "BIL-M1.1.1",
            _BIL_CLOSED,
            "Die Lotsinnen und Lotsen brauchen einen eigenen Zugang zum Online-Portal der "
            "Kita-Platzvergabe, sonst können sie bei der Anmeldung nicht helfen.",
            person="keller",
        ),
        _position(
            "anonym-verwaltung",
            "SVI-M1.1",
            _SVI_CLOSED,
            "Anonymisierte Verfahren zunächst in drei weiteren Fachbereichen erproben; das "
            "Bewerbermanagement muss dafür erst angepasst werden.",
            side="administration",
            label="Verwaltung",
        ),
        _position(
            "anonym-okafor",
            "SVI-M1.1",
            _SVI_CLOSED,
            "Der Pilot hat gewirkt. Anonymisierte Verfahren sollen ab 2027 in allen "
            "Fachbereichen gelten, ohne weitere Erprobung.",
            person="okafor",
        ),
    ]


def _compromises() -> list[dict[str, Any]]:
    return [
        {
            "id": _id("compromise", "lotsen"),
            "subject_type": "measure",
            "subject_id": _id("measure", "BIL-M1.1.1"),
            "session_id": _id("session", _BIL_CLOSED),
            "text": "Die Kita-Lotsinnen und -Lotsen starten 2026 als zweijähriges Modellprojekt "
            "mit Landesmitteln und werden nach Tarif bezahlt. Nach 18 Monaten legt der "
            "Fachbereich Jugend und Familie eine Auswertung vor; fällt sie positiv aus, wird die "
            "Maßnahme zum Haushalt 2028 in die Regelstruktur übernommen.",
            "position_ids": [
                _id("position", "lotsen-verwaltung"),
                _id("position", "lotsen-extern"),
            ],
            "status": "agreed",
            "dissents": [
                {
                    "person_id": _pid("demir"),
                    "label": "",
                    "text": "Eine Befristung gefährdet das Vertrauen der Familien; die Anstellung "
                    "bei Migrant*innenselbstorganisationen wurde nicht aufgenommen.",
                },
                {
                    "person_id": None,
                    "label": _MSO,
                    "text": "Die Verstetigung muss verbindlich zugesagt und nicht nur geprüft "
                    "werden.",
                },
            ],
        },
        {
            "id": _id("compromise", "anonym"),
            "subject_type": "measure",
            "subject_id": _id("measure", "SVI-M1.1"),
            "session_id": _id("session", _SVI_CLOSED),
            "text": "Anonymisierte Bewerbungsverfahren gelten ab 2027 in allen Fachbereichen. "
            "Bis dahin wird das Bewerbermanagement angepasst und das Verfahren in drei weiteren "
            "Fachbereichen mit begleitender Auswertung eingeführt.",
            "position_ids": [
                _id("position", "anonym-verwaltung"),
                _id("position", "anonym-okafor"),
            ],
            "status": "proposed",
            "dissents": [],
        },
    ]


def _vote(
    key: str,
    *,
    question: str,
    method: str,
    rule: dict[str, Any],
    subject: tuple[str, str] | None,
    opened_at: str,
    closed_at: str,
    options: list[dict[str, Any]] | None = None,
    ballots: list[dict[str, Any]] | None = None,
    counts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A closed vote of the Bildung session; the importer computes its result."""
    return {
        "id": _id("vote", key),
        "session_id": _id("session", _BIL_CLOSED),
        "subject_type": subject[0] if subject else None,
        "subject_id": _id(subject[0], subject[1]) if subject else None,
        "question": question,
        "method": method,
        "rule": rule,
        "options": options or [],
        "ballots": ballots or [],
        "counts": counts,
        "status": "closed",
        "opened_at": opened_at,
        "closed_at": closed_at,
        "result": None,
    }


def _option(
    vote: str, n: int, label: str, subject: tuple[str, str] | None = None
) -> dict[str, Any]:
    return {
        "id": _id("option", f"{vote}/{n}"),
        "label": label,
        "subject_type": subject[0] if subject else None,
        "subject_id": _id(subject[0], subject[1]) if subject else None,
    }


#: Dot votes: person -> {option number: points}; each person at most 3, at most 2 per option.
_DOTS: Final[dict[str, dict[int, int]]] = {
    "sommer": {2: 2, 1: 1},
    "keller": {2: 1, 3: 1, 1: 1},
    "lindemann": {1: 2, 3: 1},
    "brandes": {2: 2},
    "demir": {4: 2, 2: 1},
    "nowak": {2: 2, 1: 1},
    "elkhatib": {4: 1, 1: 1, 3: 1},
}

#: Resistances 0..10 per person for the options 1 (Passivlösung), 2 (Modellprojekt mit
#: Verstetigungsprüfung), 3 (sofort Regelstruktur).
_CONSENT: Final[dict[str, tuple[int, int, int]]] = {
    "sommer": (8, 2, 6),
    "keller": (7, 1, 5),
    "lindemann": (9, 3, 4),
    "brandes": (6, 2, 7),
    "demir": (10, 5, 1),
    "nowak": (9, 2, 3),
    "elkhatib": (10, 4, 2),
}

_YES_NO: Final[dict[str, str]] = {
    "sommer": "yes",
    "keller": "yes",
    "lindemann": "yes",
    "brandes": "abstain",
    "demir": "no",
    "nowak": "yes",
    "elkhatib": "yes",
}


def _votes() -> list[dict[str, Any]]:
    """One vote of each method, plus a yes/no vote with anonymous counts per side.

    Only the present members vote (facilitator, minutes and guest do not), so every ballot
    here passes the importer's rule checks.
    """
    dots_options = [
        _option("dots", 1, "Sprachcafés in den Stadtteilbibliotheken", ("measure", "BIL-M2.1")),
        _option("dots", 2, "Berufsbezogene Deutschkurse mit Kinderbetreuung",
                ("measure", "BIL-M2.2")),
        _option("dots", 3, "Digitale Lernangebote in mehreren Sprachen"),
        _option("dots", 4, "Herkunftssprachlicher Unterricht", ("measure", "BIL-M1.2")),
    ]
    consent_options = [
        _option("consent", 1, "Passivlösung (alles bleibt, wie es ist)"),
        _option("consent", 2, "Modellprojekt mit Landesmitteln, Verstetigungsprüfung nach "
                "18 Monaten"),
        _option("consent", 3, "Sofortige Übernahme in die Regelstruktur"),
    ]
    return [
        _vote(
            "lotsen-konsens",
            question="Wie sollen die Kita-Lotsinnen und -Lotsen eingeführt werden?",
            method="consent",
            rule={"scale_max": 10},
            subject=("measure", "BIL-M1.1.1"),
            opened_at="2026-03-10T17:35",
            closed_at="2026-03-10T17:45",
            options=consent_options,
            ballots=[
                {"person_id": _pid(person), "option_id": option["id"], "resistance": resistance}
                for person in _BIL_VOTERS
                for option, resistance in zip(consent_options, _CONSENT[person], strict=True)
            ],
        ),
        _vote(
            "lotsen-beschluss",
            question="Soll die Maßnahme BIL-M1.1.1 in der Fassung des Kompromisses beschlossen "
            "werden?",
            method="yes_no",
            rule={"quorum_min_present": 5, "majority": "two_thirds", "parity": True},
            subject=("measure", "BIL-M1.1.1"),
            opened_at="2026-03-10T17:50",
            closed_at="2026-03-10T17:55",
            ballots=[
                {"person_id": _pid(person), "choice": _YES_NO[person]} for person in _BIL_VOTERS
            ],
        ),
        _vote(
            "prioritaeten-z2",
            question="Welche Maßnahmen zu Ziel BIL-Z2 sollen zuerst ausgearbeitet werden?",
            method="dots",
            rule={"dots_per_person": 3, "max_per_option": 2},
            subject=("goal", "BIL-Z2"),
            opened_at="2026-03-10T18:05",
            closed_at="2026-03-10T18:15",
            options=dots_options,
            ballots=[
                {
                    "person_id": _pid(person),
                    "option_id": dots_options[n - 1]["id"],
                    "points": points,
                }
                for person in _BIL_VOTERS
                for n, points in sorted(_DOTS[person].items())
            ],
        ),
        _vote(
            "sprachcafes-vorlage",
            question="Sollen die Sprachcafés (BIL-M2.1) dem Lenkungskreis zur Entscheidung "
            "vorgelegt werden?",
            method="yes_no",
            rule={"quorum_min_present": 5, "majority": "simple", "parity": True},
            subject=("measure", "BIL-M2.1"),
            opened_at="2026-03-10T18:50",
            closed_at="2026-03-10T18:55",
            counts={
                "administration": {"yes": 4, "no": 0, "abstain": 0},
                "external": {"yes": 2, "no": 0, "abstain": 1},
            },
        ),
    ]


def _review_comments() -> list[dict[str, Any]]:
    return [
        {
            "id": _id("review", "svi-m1.1"),
            "subject_type": "measure",
            "subject_id": _id("measure", "SVI-M1.1"),
            "author": "Kerstin Vogt",
            "text": "Im ersten Satz bitte die im LIP 2.0 vereinbarten Begriffe verwenden "
            "(siehe Begriffsliste).",
            "created_at": "2026-03-16T11:24",
            "source": "word_review",
            "resolved": False,
        },
        {
            "id": _id("review", "bil-z1.2"),
            "subject_type": "goal",
            "subject_id": _id("goal", "BIL-Z1.2"),
            "author": "Samira El-Khatib",
            "text": "Auch der Wechsel der Schulform nach Klasse 6 ist ein Übergang, an dem "
            "Kinder verloren gehen. Bitte ergänzen.",
            "created_at": "2026-03-16T14:40",
            "source": "word_review",
            "resolved": False,
        },
        {
            "id": _id("review", "zielgruppe"),
            "subject_type": "strategy_section",
            "subject_id": _id("strategy", "2"),
            "author": "Maria Petrova",
            "text": "Beispiele für Stadtteile mit besonderem Handlungsbedarf ergänzen.",
            "created_at": "2026-03-02T09:05",
            "source": "manual",
            "resolved": True,
        },
    ]


def demo_catalogue() -> dict[str, Any]:
    """The demo catalogue as a ``lip-catalogue`` version 1 dict, ready for the importer.

    Built fresh on every call, so callers may change it without affecting each other.
    """
    return {
        "format": "lip-catalogue",
        "version": 1,
        "catalogue": {
            "id": _id("catalogue", "lip-2.0-hannover"),
            "title": "LIP 2.0 – Wir sind Hannover (Demo)",
            "city": "Hannover",
            "process": "LIP 2.0",
            "draft_version": 1,
        },
        "action_fields": [
            {
                "id": _id("action_field", code),
                "code": code,
                "name": name,
                "description": description,
                "position": i,
            }
            for i, (code, name, description) in enumerate(ACTION_FIELDS)
        ],
        "strategy_sections": _strategy_sections(),
        "people": _people(),
        "groups": _groups(),
        "goals": _goals(),
        "measures": _measures(),
        "indicators": _indicators(),
        "sessions": _sessions(),
        "positions": _positions(),
        "compromises": _compromises(),
        "votes": _votes(),
        "review_comments": _review_comments(),
        "terminology": default_terminology(),
    }


def demo_catalogue_from_data() -> dict[str, Any]:
    """The demo catalogue read from ``lip_desktop/resources/demo.json`` (transition step)."""
    import json  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415

    text = (resources.files("lip_desktop") / "resources" / "demo.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
