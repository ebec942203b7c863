"""The minutes of a session as a reader and as Word see them: read back with python-docx."""

from __future__ import annotations

import copy
import io
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from lip_desktop import cli
from lip_desktop.export.minutes import (
    UnknownSessionError,
    build_minutes,
    gather_minutes,
    minutes_file_name,
    minutes_for,
    verify_minutes,
)
from lip_desktop.export.word import build_draft
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.vote_wording import yes_no_line as summarize_yes_no

NOW = datetime(2026, 3, 14, 9, 30)
CLOSED = "3. Sitzung Expert*innengruppe Bildung"
PLANNED = "4. Sitzung Expert*innengruppe Bildung"


@pytest.fixture(scope="module")
def demo_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo catalogue as ``export_document`` gives it (one catalogue per module)."""
    from lip_desktop.model import demo, interchange
    from lip_desktop.model.catalogue import Catalogue

    folder = tmp_path_factory.mktemp("minutes")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LIP_DESKTOP_DATA_DIR", str(folder / "appdata"))
        cat = Catalogue.create(folder / "demo.lip", lambda s: interchange.import_into_new(
            s, demo.demo_catalogue(), "test") and None, actor="Test")
        with cat, cat.read() as conn:
            return interchange.export_document(conn)


def session_of(doc: dict[str, Any], title: str) -> dict[str, Any]:
    return next(s for s in doc["sessions"] if s["title"] == title)


def by_code(doc: dict[str, Any], kind: str, code: str) -> dict[str, Any]:
    return next(r for r in doc[kind] if r["code"] == code)


def build(doc: dict[str, Any], session_id: str, **kwargs: Any) -> bytes:
    args: dict[str, Any] = {"decisions": (), "parking": (), "vote_notes": {}, "quorum": None,
                            "now": NOW}
    args.update(kwargs)
    return build_minutes(doc, session_id, **args).data


@pytest.fixture(scope="module")
def closed(demo_doc: dict[str, Any]) -> Any:
    """The minutes of the closed Bildung session (no quorum set for the group)."""
    data = build(demo_doc, session_of(demo_doc, CLOSED)["id"])
    verify_minutes(data)
    return docx.Document(io.BytesIO(data))


def headings(document: Any) -> list[tuple[str, str]]:
    return [(p.style.style_id, p.text) for p in document.paragraphs
            if p.style.style_id.startswith("Heading")]


def all_text(document: Any) -> str:
    """Every paragraph's text, tables included, one paragraph a line."""
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                     for p in document.element.body.iter(qn("w:p")))


def sections(document: Any) -> Iterator[tuple[str, list[Any]]]:
    """(heading text, blocks up to the next heading) in document order."""
    current: str = ""
    blocks: list[Any] = []
    for block in document.iter_inner_content():
        style = getattr(block, "style", None)
        if hasattr(block, "text") and style is not None and style.style_id.startswith("Heading"):
            yield current, blocks
            current, blocks = block.text, []
        else:
            blocks.append(block)
    yield current, blocks


def section(document: Any, prefix: str) -> list[Any]:
    return next(blocks for title, blocks in sections(document) if title.startswith(prefix))


def texts(blocks: list[Any]) -> list[str]:
    return [b.text for b in blocks if not hasattr(b, "rows")]


def tables(blocks: list[Any]) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in b.rows] for b in blocks if hasattr(b, "rows")]


# --- header ------------------------------------------------------------------------------


def test_title_and_header_facts(closed: Any) -> None:
    first, second = closed.paragraphs[0], closed.paragraphs[1]
    assert first.style.name == "Title" and first.text == "Protokoll"
    assert second.text == CLOSED
    facts = dict(tuple(row) for row in tables(section(closed, ""))[0])
    assert facts["Gruppe"] == "Expert*innengruppe Bildung"
    assert facts["Handlungsfeld"] == "Bildung"
    assert facts["Datum"] == "Dienstag, 10.03.2026"
    assert facts["Uhrzeit"] == "17:00–19:30 Uhr"
    assert facts["Ort"] == "Neues Rathaus, Trammplatz 2, Raum 104"
    assert "Vorläufiges Protokoll" not in all_text(closed)  # the session is closed


def test_present_and_absent_by_side_with_roles_and_quorum(closed: Any) -> None:
    lines = texts(section(closed, "Anwesenheit"))
    present, absent = lines.index("Anwesend"), lines.index("Abwesend")
    assert lines[present + 1:absent] == [
        "Verwaltung: Birgit Sommer, Jonas Keller, Anja Lindemann, Dirk Brandes, "
        "Maria Petrova (Moderation), Christine Ahrens (Protokoll)",
        "extern: Aylin Demir, Tomasz Nowak, Samira El-Khatib, Dr. Sophie Mensah (Gast)",
    ]
    assert lines[absent + 1] == "extern: Nguyen Thi Lan"
    assert "Die Gruppe war beschlussfähig (kein Quorum festgelegt)." in lines
    assert ("Anwesend waren 7 von 8 stimmberechtigten Mitgliedern (Verwaltung 4 von 4, "
            "extern 3 von 4).") in lines
    assert "Die beiden Seiten waren nicht gleich stark vertreten." in lines


@pytest.mark.parametrize(("quorum", "sentence"), [
    (7, "Die Gruppe war beschlussfähig (Quorum: 7 Anwesende)."),
    (8, "Die Gruppe war nicht beschlussfähig (Quorum: 8 Anwesende)."),
])
def test_quorum_sentence(demo_doc: dict[str, Any], quorum: int, sentence: str) -> None:
    data = build(demo_doc, session_of(demo_doc, CLOSED)["id"], quorum=quorum)
    assert sentence in texts(section(docx.Document(io.BytesIO(data)), "Anwesenheit"))


def test_quorum_comes_from_the_groups_yes_no_default(demo_service: Any) -> None:
    sources = gather_minutes(demo_service, session_id_of(demo_service))
    assert sources.quorum is None
    group_id = session_of(dict(sources.doc), CLOSED)["group_id"]
    demo_service.people.set_group_vote_defaults(group_id, "yes_no",
                                         {"quorum_min_present": 5, "parity": True})
    document = docx.Document(io.BytesIO(minutes_for(demo_service, session_id_of(demo_service),
                                                    now=NOW).data))
    assert "Die Gruppe war beschlussfähig (Quorum: 5 Anwesende)." in all_text(document)


def session_id_of(service: Any, title: str = CLOSED) -> str:
    from lip_desktop.model.interchange import export_document

    with service.catalogue.read() as conn:
        return str(session_of(export_document(conn), title)["id"])


# --- agenda items ------------------------------------------------------------------------


def test_every_agenda_item_is_a_heading_in_order(closed: Any) -> None:
    assert headings(closed) == [
        ("Heading1", "Anwesenheit"),
        ("Heading1", "Zusammenfassung"),
        ("Heading1", "Tagesordnung"),
        ("Heading1", "TOP 1: Begrüßung, Protokoll der 2. Sitzung"),
        ("Heading1", "TOP 2: Kita-Lotsinnen: Modellprojekt oder Regelstruktur?"),
        ("Heading1", "TOP 3: Punktabfrage: Prioritäten im Ziel BIL-Z2"),
        ("Heading1", "TOP 4: Sprachcafés: Vorlage an den Lenkungskreis"),
        ("Heading1", "Beschlüsse"),
        ("Heading1", "Themenspeicher"),
    ]
    assert "TOP 2: Kita-Lotsinnen: Modellprojekt oder Regelstruktur? (50\u00a0Min.)" in texts(
        section(closed, "Tagesordnung"))
    assert texts(section(closed, "TOP 1:"))[-1].startswith("Zu diesem Punkt wurden keine")


def test_positions_compromise_and_sondervoten_under_their_item(closed: Any) -> None:
    lines = texts(section(closed, "TOP 2:"))
    assert lines[0] == ("Gegenstand: Maßnahme BIL-M1.1.1 Mehrsprachige Kita-Lotsinnen und "
                        "-Lotsen · Zeitrahmen: 50\u00a0Minuten")
    assert "Positionen" in lines
    assert any(t.startswith("Verwaltung: Die Finanzierung ist nur über Landesmittel")
               for t in lines)
    assert any(t.startswith("Aylin Demir (extern): Die Lotsinnen und Lotsen sollen") for t in lines)
    assert any(t.startswith("Migrant*innenselbstorganisationen: Die Arbeit") for t in lines)
    assert "Kompromiss (vereinbart)" in lines
    assert any(t.startswith("Die Kita-Lotsinnen und -Lotsen starten 2026") for t in lines)
    assert ("Führt die Positionen zusammen von: Verwaltung; externe Expert*innen") in lines
    assert any(t.startswith("Sondervotum Aylin Demir (extern): Eine Befristung") for t in lines)
    assert any(t.startswith("Sondervotum Migrant*innenselbstorganisationen: Die Verstetigung")
               for t in lines)
    # Nothing of the other group's session, nothing of another item.
    assert "Anonymisierte" not in all_text(closed)
    assert not any("Punktabfrage" in t for t in lines)


def test_records_about_a_compromise_follow_the_compromises_subject(
        demo_doc: dict[str, Any]) -> None:
    """A position on this session's compromise comes right after it; one on an earlier
    session's compromise about a subject off the agenda goes to "Weitere Punkte"."""
    doc = copy.deepcopy(demo_doc)
    session = session_of(doc, CLOSED)
    lotsen = next(c for c in doc["compromises"] if c["session_id"] == session["id"])
    earlier = next(c for c in doc["compromises"] if c["session_id"] != session["id"])
    base = {"session_id": session["id"], "person_id": None, "side": None,
            "subject_type": "compromise"}
    doc["positions"] += [
        {**base, "id": str(uuid.uuid4()), "subject_id": lotsen["id"], "label": "Stadtelternrat",
         "text": "Die Auswertung muss öffentlich sein."},
        {**base, "id": str(uuid.uuid4()), "subject_id": earlier["id"], "label": "Verwaltung",
         "text": "Der Vorschlag der anderen Gruppe passt auch für Kitas."},
    ]
    document = docx.Document(io.BytesIO(build(doc, session["id"])))
    lines = texts(section(document, "TOP 2:"))
    last_dissent = max(i for i, t in enumerate(lines) if t.startswith("Sondervotum"))
    assert lines[last_dissent + 1:last_dissent + 3] == [
        "Positionen", "Stadtelternrat: Die Auswertung muss öffentlich sein."]
    assert ("Heading1", "Weitere Punkte") in headings(document)
    further = texts(section(document, "Maßnahme SVI-M1.1 "))
    assert further[0].startswith("Zu: Kompromiss „Anonymisierte Bewerbungsverfahren gelten")
    assert further[1:3] == ["Positionen", "Verwaltung: Der Vorschlag der anderen Gruppe passt "
                                          "auch für Kitas."]
    assert "Anonymisierte Verfahren zunächst" not in all_text(document)  # not this session's


def test_yes_no_figures_as_summarize_yes_no_and_per_side(closed: Any,
                                                        demo_doc: dict[str, Any]) -> None:
    session_id = session_of(demo_doc, CLOSED)["id"]
    yes_no = [v for v in demo_doc["votes"]
              if v["session_id"] == session_id and v["method"] == "yes_no"]
    assert len(yes_no) == 2 and any(v["counts"] for v in yes_no)
    text = all_text(closed)
    for v in yes_no:
        assert f"Ergebnis: {summarize_yes_no(v['result'])}" in text
    lotsen = texts(section(closed, "TOP 2:"))
    assert ("Abstimmung: Soll die Maßnahme BIL-M1.1.1 in der Fassung des Kompromisses "
            "beschlossen werden?") in lotsen
    assert "Ergebnis: Ja 5 / Nein 1 / Enthaltung 1 – angenommen" in lotsen
    assert "Verwaltung: Ja 3 / Nein 0 / Enthaltung 1 – Mehrheit" in lotsen
    assert "extern: Ja 2 / Nein 1 / Enthaltung 0 – Mehrheit" in lotsen
    assert any("Zwei-Drittel-Mehrheit" in t and "17:50–17:55 Uhr" in t for t in lotsen)
    counted = texts(section(closed, "TOP 4:"))
    assert "Ergebnis: Ja 6 / Nein 0 / Enthaltung 1 – angenommen" in counted
    assert "extern: Ja 2 / Nein 0 / Enthaltung 1 – Mehrheit" in counted
    assert any("nur Summen erfasst" in t for t in counted)


def test_dot_and_consent_rankings_are_small_tables(closed: Any) -> None:
    """In the wording of ``model.vote_wording`` (projector, vote list, Excel): means with
    up to three decimals, acceptance "72,9 %", the outcome line first."""
    consent = tables(section(closed, "TOP 2:"))
    assert consent == [[
        ["Rang", "Option", "Widerstand gesamt", "Mittelwert", "Akzeptanz"],
        ["1", "Modellprojekt mit Landesmitteln, Verstetigungsprüfung nach 18 Monaten", "19",
         "2,714", "72,9 %"],
        ["2", "Sofortige Übernahme in die Regelstruktur", "28", "4", "60 %"],
        ["3", "Passivlösung (alles bleibt, wie es ist)", "59", "8,429", "15,7 %"],
    ]]
    assert ("Ergebnis: 1. Modellprojekt mit Landesmitteln, Verstetigungsprüfung nach 18 "
            "Monaten – Akzeptanz 72,9 %") in texts(section(closed, "TOP 2:"))
    assert ("Ergebnis: 1. Berufsbezogene Deutschkurse mit Kinderbetreuung – 8 Punkte"
            in texts(section(closed, "TOP 3:")))
    dots = tables(section(closed, "TOP 3:"))
    assert dots == [[
        ["Rang", "Option", "Punkte"],
        ["1", "Berufsbezogene Deutschkurse mit Kinderbetreuung", "8"],
        ["2", "Sprachcafés in den Stadtteilbibliotheken", "6"],
        ["3", "Digitale Lernangebote in mehreren Sprachen", "3"],
        ["3", "Herkunftssprachlicher Unterricht", "3"],
    ]]
    head = closed.tables[1].rows[0]._tr
    assert head.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None  # repeats on new page


# --- furniture -----------------------------------------------------------------------------


def test_page_fields_header_properties_and_language(closed: Any) -> None:
    section_ = closed.sections[0]
    footer = section_.footer._element
    assert {t.text.strip() for t in footer.iter(qn("w:instrText"))} == {"PAGE", "NUMPAGES"}
    footer_text = "".join(t.text or "" for t in footer.iter(qn("w:t")))
    assert footer_text.startswith("Seite ") and " von " in footer_text
    assert not section_.different_first_page_header_footer  # numbered from page 1
    header_text = section_.header.paragraphs[0].text
    assert f"Protokoll: {CLOSED}" in header_text and "10.03.2026" in header_text
    assert round(section_.page_width.mm) == 210 and round(section_.page_height.mm) == 297

    props = closed.core_properties
    assert props.title == f"Protokoll: {CLOSED}"
    assert props.subject == "Expert*innengruppe Bildung" and props.category == "Protokoll"
    assert props.language == "de-DE" and props.created == NOW.astimezone(UTC)
    defaults = closed.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "de-DE"
    # No table of contents: Word must not ask to update fields on opening.
    assert closed.settings.element.find(qn("w:updateFields")) is None


def test_file_name_is_safe_for_windows(demo_doc: dict[str, Any]) -> None:
    assert minutes_file_name(demo_doc, session_of(demo_doc, CLOSED)["id"]) == \
        "Protokoll 2026-03-10 3. Sitzung Expert_innengruppe Bildung.docx"


# --- after a live session ------------------------------------------------------------------


def test_minutes_of_a_session_run_in_the_app(demo_service: Any) -> None:
    """Start the planned session, record what a session records, close it, export."""
    from lip_desktop.model.interchange import export_document

    service = demo_service
    with service.catalogue.read() as conn:
        doc = export_document(conn)
    session = session_of(doc, PLANNED)
    sid = session["id"]
    agenda = sorted(session["agenda"], key=lambda a: a["position"])
    group = next(g for g in doc["groups"] if g["id"] == session["group_id"])
    cafes, coaching = by_code(doc, "measures", "BIL-M2.1"), by_code(doc, "measures", "BIL-M1.2")
    goal = by_code(doc, "goals", "BIL-Z2")
    voters = [m["person_id"] for m in group["members"] if m["role"] == "member"]
    people = {p["id"]: p for p in doc["people"]}

    service.meetings.start_meeting(sid, now=datetime(2027, 1, 19, 17, 0))  # as planned
    for member in group["members"]:
        service.meetings.set_attendance(sid, member["person_id"], True)
    compromise = service.negotiation.add_compromise(
        "measure", cafes["id"], "Sprachcafés dauerhaft, Auswertung nach zwei Jahren.",
        session_id=sid).value
    service.negotiation.add_position("compromise", compromise.id,
                                     "Zwei Jahre sind zu kurz für eine "
                         "Auswertung.", session_id=sid, label="Stadtelternrat")
    vote = service.votes.open_vote(sid, "Sollen die Sprachcafés dauerhaft angelegt werden?",
                             "yes_no", {"majority": "simple", "parity": True},
                             subject_type="measure", subject_id=cafes["id"]).value.vote
    for n, person in enumerate(voters):
        service.votes.cast_ballot(vote.id, person, choice="no" if n == 0 else "yes")
    service.votes.close_vote(vote.id)
    service.votes.annotate_vote(vote.id, "Frau Sommer bittet um eine Rückmeldung bis Ende März.")
    loose = service.votes.open_vote(sid, "Nächste Sitzung im Stadtteilzentrum?",
                                    "yes_no").value.vote
    service.votes.set_counts(loose.id, {"administration": {"yes": 4, "no": 0, "abstain": 0},
                                  "external": {"yes": 3, "no": 1, "abstain": 0}})
    service.votes.close_vote(loose.id)
    service.negotiation.add_position("measure", coaching["id"],
                                     "Herkunftssprachlichen Unterricht an "
                         "allen Grundschulen anbieten.", session_id=sid,
                         person_id=voters[-1])
    service.meetings.add_decision(sid, "Die Sprachcafés werden als Regelstruktur vorgeschlagen.",
                         agenda_item_id=agenda[1]["id"], subject_type="measure",
                         subject_id=cafes["id"], vote_id=vote.id)
    service.meetings.add_decision(sid, "Die nächste Sitzung findet im Stadtteilzentrum statt.",
                         agenda_item_id=agenda[4]["id"], vote_id=loose.id)
    kept = service.meetings.add_parking_item(sid, "Elternarbeit an Berufsschulen").value
    turned = service.meetings.add_parking_item(sid,
                                               "Lernpatenschaften für Seiteneinsteiger*innen").value
    gone = service.meetings.add_parking_item(sid, "Raumfrage klären").value
    service.meetings.close_meeting(sid, ends_at="2027-01-19T19:20")
    service.meetings.resolve_parking_item(turned.id, into="measure", parent_id=goal["id"])
    service.meetings.resolve_parking_item(gone.id, into=None)

    calls: list[tuple[int, int]] = []
    data = minutes_for(service, sid, now=NOW,
                       progress=lambda done, total: calls.append((done, total)) is None).data
    verify_minutes(data)
    assert calls[0][0] == 0 and calls[-1][0] == calls[-1][1] == len(agenda) + 4
    document = docx.Document(io.BytesIO(data))

    cafes_item = texts(section(document, "TOP 2:"))
    assert "Kompromiss (vorgeschlagen)" in cafes_item
    at = cafes_item.index("Kompromiss (vorgeschlagen)")
    assert cafes_item[at + 1] == "Sprachcafés dauerhaft, Auswertung nach zwei Jahren."
    assert cafes_item[at + 2:at + 4] == [
        "Positionen", "Stadtelternrat: Zwei Jahre sind zu kurz für eine Auswertung."]
    assert "Ergebnis: Ja 7 / Nein 1 / Enthaltung 0 – angenommen" in cafes_item
    assert "Verwaltung: Ja 3 / Nein 1 / Enthaltung 0 – Mehrheit" in cafes_item
    assert "extern: Ja 4 / Nein 0 / Enthaltung 0 – Mehrheit" in cafes_item
    assert ("Anmerkung: Frau Sommer bittet um eine Rückmeldung bis Ende März."
            in cafes_item)
    assert ("Beschluss 1: Die Sprachcafés werden als Regelstruktur vorgeschlagen."
            in cafes_item)
    # A vote without subject goes where its decision puts it.
    misc = texts(section(document, "TOP 5:"))
    assert "Abstimmung: Nächste Sitzung im Stadtteilzentrum?" in misc
    assert "Ergebnis: Ja 7 / Nein 1 / Enthaltung 0 – angenommen" in misc
    # A position on a subject no agenda item has: "Weitere Punkte".
    assert ("Heading2", f"Maßnahme BIL-M1.2 {coaching['title']}") in headings(document)
    further = texts(section(document, "Maßnahme BIL-M1.2"))
    name = people[voters[-1]]["name"]
    assert f"{name} (extern): Herkunftssprachlichen Unterricht an allen Grundschulen " \
        "anbieten." in further
    assert texts(section(document, "TOP 3:"))[-1].startswith("Zu diesem Punkt wurden keine")

    decisions = texts(section(document, "Beschlüsse"))
    assert decisions[:2] == ["1. Die Sprachcafés werden als Regelstruktur vorgeschlagen.",
                             f"TOP 2 · Maßnahme BIL-M2.1 {cafes['title']} · Abstimmung: "
                             "Ja 7 / Nein 1 / Enthaltung 0 – angenommen"]
    assert decisions[2] == "2. Die nächste Sitzung findet im Stadtteilzentrum statt."
    parked = texts(section(document, "Themenspeicher"))
    assert "Elternarbeit an Berufsschulen" in parked
    converted = next(t for t in parked if t.startswith("Lernpatenschaften"))
    assert converted.startswith("Lernpatenschaften für Seiteneinsteiger*innen → als Maßnahme "
                                "BIL-M2.") and converted.endswith(" übernommen")
    assert not any("Raumfrage" in t for t in parked)  # dropped: not carried on
    assert kept.status == "open"
    assert document.paragraphs[1].text == PLANNED
    assert "Dienstag, 19.01.2027" in all_text(document)
    assert "17:00–19:20 Uhr" in all_text(document)


def test_a_running_session_gives_provisional_minutes(demo_service: Any) -> None:
    sid = session_id_of(demo_service, PLANNED)
    demo_service.meetings.start_meeting(sid)
    document = docx.Document(io.BytesIO(minutes_for(demo_service, sid, now=NOW).data))
    assert document.paragraphs[2].text == ("Vorläufiges Protokoll: Die Sitzung ist noch nicht "
                                           "abgeschlossen (Status „läuft“, Stand 14.03.2026 "
                                           "09:30 Uhr).")
    assert "In dieser Sitzung wurden keine Beschlüsse festgehalten." in all_text(document)


# --- robustness ----------------------------------------------------------------------------


def test_hostile_text_does_not_break_the_file(demo_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(demo_doc)
    session = session_of(doc, CLOSED)
    position = next(p for p in doc["positions"] if p["session_id"] == session["id"])
    position["text"] = "Null\x00Glocke\x07 A\uffff B \ud800 😀 <b>&amp;</b> ]]>\x0bEnde\tTab"
    session["agenda"][0]["title"] = "Begrüßung\x1b <xml/>"
    session["location"] = "Raum\x0c 1 & 2"
    result = build_minutes(doc, session["id"], decisions=(), parking=(), vote_notes={},
                           quorum=None, now=NOW)
    data, warnings = result.data, result.warnings
    verify_minutes(data)
    assert warnings == ["8 Steuerzeichen, die in Word-Dokumenten nicht erlaubt sind, wurden "
                        "im Protokoll weggelassen (der Katalog bleibt unverändert)."]
    document = docx.Document(io.BytesIO(data))
    text = all_text(document)
    assert "Verwaltung: NullGlocke A B  😀 <b>&amp;</b> ]]>Ende\tTab" in [
        p.text for p in document.paragraphs]
    assert ("Heading1", "TOP 1: Begrüßung <xml/>") in headings(document)
    assert "Raum 1 & 2" in text


def test_progress_can_cancel(demo_doc: dict[str, Any]) -> None:
    with pytest.raises(CancelledError):
        build(demo_doc, session_of(demo_doc, CLOSED)["id"],
              progress=lambda done, total: done < 2)


def test_unknown_session_lists_the_sessions(demo_doc: dict[str, Any]) -> None:
    with pytest.raises(UnknownSessionError) as info:
        build(demo_doc, "gibt-es-nicht")
    message = info.value.message
    assert message.startswith("Sitzung „gibt-es-nicht“ gibt es im Katalog nicht.")
    for s in demo_doc["sessions"]:
        assert s["id"] in message and s["title"] in message
    assert "10.03.2026" in message and "19.01.2027" in message
    assert info.value.code == "not_found"
    empty = {**demo_doc, "sessions": []}
    with pytest.raises(UnknownSessionError) as info:
        build(empty, "x")
    assert info.value.message.endswith("Der Katalog enthält noch keine Sitzungen.")


def test_verify_refuses_what_is_not_minutes(demo_doc: dict[str, Any]) -> None:
    with pytest.raises(LipError) as info:
        verify_minutes(b"kein zip")
    assert info.value.code == "bad_office_file"
    with pytest.raises(LipError) as info:
        verify_minutes(build_draft(demo_doc, now=NOW).data)  # a Word document, but no minutes
    assert "kein Protokoll" in info.value.message


# --- the command -------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: Any) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_minutes_command_end_to_end(tmp_path: Path, demo_doc: dict[str, Any],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    catalogue, out = tmp_path / "demo.lip", tmp_path / "Protokoll.docx"
    assert run(capsys, "demo", catalogue)[0] == 0
    session_id = session_of(demo_doc, CLOSED)["id"]  # demo ids are stable
    code, stdout, err = run(capsys, "export-minutes", catalogue, session_id, out)
    assert (code, err) == (0, "") and stdout.strip() == f"Protokoll geschrieben: {out}"
    document = docx.Document(str(out))
    assert document.core_properties.title == f"Protokoll: {CLOSED}"
    assert "Ergebnis: Ja 5 / Nein 1 / Enthaltung 1 – angenommen" in all_text(document)
    # The export changes nothing and leaves the catalogue free for the app.
    assert run(capsys, "export-minutes", catalogue, session_id, out)[0] == 0


def test_export_minutes_refuses_an_unknown_session(tmp_path: Path, demo_doc: dict[str, Any],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    catalogue, out = tmp_path / "demo.lip", tmp_path / "Protokoll.docx"
    run(capsys, "demo", catalogue)
    code, stdout, err = run(capsys, "export-minutes", catalogue, "BIL-3", out)
    assert code == 1 and stdout == "" and "Traceback" not in err
    assert err.startswith("Sitzung „BIL-3“ gibt es im Katalog nicht.\n"
                          "Vorhandene Sitzungen (ID, Datum, Titel):\n")
    for s in demo_doc["sessions"]:
        assert s["id"] in err and s["title"] in err
    assert not out.exists()


def test_goals_and_measures_captured_in_the_session_are_in_the_minutes(
        demo_service: Any) -> None:
    sid = session_id_of(demo_service, PLANNED)
    meeting = demo_service.meetings.start_meeting(sid, now=datetime(2027, 1, 19, 17, 0)).value
    item = meeting.agenda[2]  # TOP 3: nothing else is recorded there
    with demo_service.catalogue.read() as conn:
        field = str(conn.exec_driver_sql(
            "SELECT id FROM action_field WHERE code = 'BIL'").scalar())
    goal = demo_service.structure.add_goal(field,
        "Mehrsprachige Elternarbeit", captured_in=(sid, item.id)).value
    measure = demo_service.structure.add_measure(goal.id, "Elterncafé im Stadtteil",
                                       captured_in=(sid, item.id)).value
    loose = demo_service.structure.add_measure(goal.id, "Lesepaten gewinnen",
                                     captured_in=(sid, None)).value
    demo_service.structure.add_measure(goal.id, "Nicht in der Sitzung")  # no capture
    document = docx.Document(io.BytesIO(minutes_for(demo_service, sid, now=NOW).data))
    top3 = texts(section(document, "TOP 3:"))
    assert "In der Sitzung erfasst" in top3
    assert any(t.startswith(f"Ziel {goal.code} Mehrsprachige Elternarbeit") for t in top3)
    assert any(t.startswith(f"Maßnahme {measure.code} Elterncafé im Stadtteil (unter "
                            f"{goal.code} Mehrsprachige Elternarbeit")
               for t in top3)
    assert not any(t.startswith("Zu diesem Punkt wurden keine") for t in top3)
    own = texts(section(document, "In der Sitzung erfasste Ziele und Maßnahmen"))
    assert [t.split(" (")[0] for t in own] == [
        f"Ziel {goal.code} Mehrsprachige Elternarbeit",
        f"Maßnahme {measure.code} Elterncafé im Stadtteil",
        f"Maßnahme {loose.code} Lesepaten gewinnen"]
    assert own[1].endswith("; TOP 3)") and not own[2].endswith("TOP 3)")
    assert "Nicht in der Sitzung" not in all_text(document)


def test_vote_table_heads_have_widths_that_fit_their_longest_word(closed: Any) -> None:
    """"Ran g", "Mittelwer t": heads broken inside a word, as a reviewer saw them."""
    char_twips, margins = 140, 170  # bold 10 pt in a wide font; "LIP Tabelle" margins
    checked = 0
    for table in closed.tables:
        first = table._tbl.tr_lst[0]
        heads = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in first.tc_lst]
        if heads[0] != "Rang":
            continue
        for tc, text in zip(first.tc_lst, heads, strict=True):
            width = tc.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
            assert width is not None, text
            longest = max(len(word) for word in text.split())
            assert int(width.get(qn("w:w"))) >= longest * char_twips + margins, text
        checked += 1
    assert checked >= 2  # the dots and the consent ranking


# --- the minutes' own state (Entwurf, versandt, genehmigt) -------------------------------


def test_minutes_show_their_state_version_and_corrections(demo_service: Any) -> None:
    """Sent, approved in the next session with corrections: the page header, the line
    under the facts and the "Korrekturen" section say so (read back with python-docx)."""
    earlier = session_id_of(demo_service, CLOSED)
    later = session_id_of(demo_service, PLANNED)

    draft = docx.Document(io.BytesIO(minutes_for(demo_service, earlier, now=NOW).data))
    assert "Stand des Protokolls: Entwurf (noch nicht versandt)" in texts(
        section(draft, ""))
    assert draft.sections[0].header.paragraphs[0].text.endswith("10.03.2026 · Entwurf")
    assert not any(title == "Korrekturen" for title, _ in sections(draft))

    demo_service.minutes.mark_sent(earlier, "12.03.2026")
    demo_service.minutes.approve(earlier, later, ["Frau Ay war entschuldigt.",
                                                  "TOP 2: 19 statt 18 Monate."])
    document = docx.Document(io.BytesIO(minutes_for(demo_service, earlier, now=NOW).data))
    assert document.sections[0].header.paragraphs[0].text.endswith(
        "10.03.2026 · Version 1, genehmigt")
    assert (f"Stand des Protokolls: Version 1, versandt am 12.03.2026, genehmigt in der "
            f"Sitzung „{PLANNED}“ vom 19.01.2027 mit 2 Korrekturen") in texts(
        section(document, ""))
    assert texts(section(document, "Korrekturen")) == [
        f"Bei der Genehmigung in der Sitzung „{PLANNED}“ vom 19.01.2027 beschlossene "
        "Korrekturen zu Version 1:",
        "1. Frau Ay war entschuldigt.", "2. TOP 2: 19 statt 18 Monate."]
    # The approving session's minutes carry the approval as a decision.
    approving = docx.Document(io.BytesIO(minutes_for(demo_service, later, now=NOW).data))
    assert ("1. Protokoll der Sitzung vom 10.03.2026 (Version 1) genehmigt, mit 2 "
            "Korrekturen: 1. Frau Ay war entschuldigt.; 2. TOP 2: 19 statt 18 Monate."
            ) in texts(section(approving, "Beschlüsse"))
