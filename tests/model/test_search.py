"""Catalogue search: what facilitators type finds what someone wrote, wherever it stands."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from lip_desktop.model import demo
from lip_desktop.model.search import SearchIndex, normalise, query_words


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    return demo.demo_catalogue()


@pytest.fixture(scope="module")
def index(doc: dict[str, Any]) -> SearchIndex:
    return SearchIndex.build(doc)


def measure(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(m for m in doc["measures"] if m["code"] == code)


def codes(hits: list[Any]) -> list[str]:
    return [h.code for h in hits]


@pytest.mark.parametrize(("typed", "stored"), [
    ("strasse", "Straße"), ("STRASSE", "straße"), ("oeffnung", "Öffnung"),
    ("öffnung", "Oeffnung"), ("Uebergang", "Übergang"), ("celik", "Çelik"),
    ("jose", "José"), ("aerger", "A\u0308rger"),  # decomposed umlaut, as Word may send it
])
def test_normalising_makes_case_umlauts_sharp_s_and_accents_equal(typed: str,
                                                                   stored: str) -> None:
    assert normalise(typed) == normalise(stored)


@pytest.mark.parametrize(("typed", "stored"), [
    ("Ubergang", "Übergang"), ("Muhlenberg", "Mühlenberg"), ("Starke", "Stärke"),
    ("Elterngesprache", "Elterngespräche"), ("Uebergang", "Übergang"), ("Strasse", "Straße"),
    ("Übergang", "Uebergang"), ("Übergang", "Ubergang"), ("Straße", "Strasse"),
    ("Gröhe", "Grohe"), ("Mühle", "Muehle"),
])
def test_folding_meets_umlauts_typed_without_dots_both_ways(typed: str, stored: str) -> None:
    assert normalise(stored).find(normalise(typed)) == 0
    assert normalise(typed) == normalise(stored)


@pytest.mark.parametrize("typed", ["Ubergang", "Muhlenberg", "Starke", "Elterngesprache",
                                   "Uebergang", "Strasse"])
def test_search_finds_umlaut_words_typed_without_umlauts(doc: dict[str, Any],
                                                         typed: str) -> None:
    changed = copy.deepcopy(doc)
    measure(changed, "JUG-M1.1")["description"] += (
        " Übergang in Mühlenberg stärkt die Stärke der Elterngespräche an der Straße.")
    hits = SearchIndex.build(changed).search(typed)
    assert "JUG-M1.1" in codes(hits)
    back = copy.deepcopy(doc)
    measure(back, "JUG-M1.1")["description"] += " " + typed + " steht hier."
    stored = {"Ubergang": "Übergang", "Muhlenberg": "Mühlenberg", "Starke": "Stärke",
              "Elterngesprache": "Elterngespräche", "Uebergang": "Übergang",
              "Strasse": "Straße"}[typed]
    assert "JUG-M1.1" in codes(SearchIndex.build(back).search(stored))


def test_query_words_are_distinct_normalised_and_longest_first() -> None:
    assert query_words("  Kita  kita Öffnung ") == [normalise("Öffnung"), "kita"]
    assert query_words("\x1e \t ") == []


def test_search_finds_a_word_in_a_title_first(index: SearchIndex,
                                              doc: dict[str, Any]) -> None:
    hits = index.search("Lotsinnen")
    first = hits[0]
    assert (first.record_type, first.code) == ("measure", "BIL-M1.1.1")
    assert first.record_id == measure(doc, "BIL-M1.1.1")["id"]
    assert first.title == "Mehrsprachige Kita-Lotsinnen und -Lotsen"
    assert first.field_label == "Titel" and first.snippet == ""
    # Title hits come before hits in other texts.
    in_title = [h.snippet == "" and h.source_type == h.record_type for h in hits]
    assert in_title == sorted(in_title, reverse=True)
    assert any(h.source_type == "position" for h in hits)


def test_search_matches_inside_words(index: SearchIndex) -> None:
    assert "BIL-M1.1.1" in codes(index.search("lots"))  # "Kita-Lotsinnen"
    assert "SOZ-M1.2" in codes(index.search("lots"))  # "Gesundheitslotsinnen"


def test_search_ignores_case_and_umlaut_spelling(index: SearchIndex) -> None:
    for query in ("oeffnung", "ÖFFNUNG", "öffnung"):
        hits = index.search(query)
        assert any(h.record_type == "action_field" and h.code == "SVI" for h in hits), query


def test_search_finds_sharp_s_written_as_ss(doc: dict[str, Any]) -> None:
    changed = copy.deepcopy(doc)
    measure(changed, "JUG-M1.1")["description"] += " Treffpunkt an der Limmerstraße."
    hits = SearchIndex.build(changed).search("limmerstrasse")
    assert [(h.code, h.field_label) for h in hits] == [("JUG-M1.1", "Beschreibung")]
    assert "Limmerstraße" in hits[0].snippet


def test_all_words_must_occur(index: SearchIndex) -> None:
    hits = index.search("kita fortbildung")
    assert hits and {h.code for h in hits} == {"BIL-M1.1.2"}
    assert index.search("kita zauberwortxyz") == []


def test_words_may_stand_in_different_fields_of_one_record(index: SearchIndex) -> None:
    # The code is in the head, the lead in another field.
    hits = index.search("BIL-M1.1.1 Fachbereich Jugend")
    assert [(h.code, h.field_label) for h in hits] == [("BIL-M1.1.1", "Federführung")]


def test_a_position_text_leads_to_the_measure_it_is_about(index: SearchIndex,
                                                          doc: dict[str, Any]) -> None:
    hits = index.search("bevor Vertrauen entstanden")
    assert len(hits) == 1
    hit = hits[0]
    position = next(p for p in doc["positions"] if "bevor Vertrauen" in p["text"])
    assert (hit.source_type, hit.source_id) == ("position", position["id"])
    assert (hit.record_type, hit.record_id) == ("measure", position["subject_id"])
    assert hit.code == "BIL-M1.1.1"
    assert hit.field_label.startswith("Position (")
    assert "Vertrauen entstanden" in hit.snippet


def test_compromise_dissent_comment_and_agenda_texts_are_found(index: SearchIndex) -> None:
    compromise = index.search("Modellprojekt mit Landesmitteln und werden nach Tarif")
    assert [(h.source_type, h.field_label) for h in compromise] == [
        ("compromise", "Kompromiss")]
    dissent = index.search("verbindlich zugesagt")
    assert dissent[0].source_type == "compromise"
    assert dissent[0].field_label.startswith("Sondervotum")
    comment = index.search("Wechsel der Schulform")
    assert (comment[0].source_type, comment[0].record_type) == ("review_comment", "goal")
    agenda = index.search("Lotsinnen: Modellprojekt oder Regelstruktur?")
    assert [(h.source_type, h.record_type, h.field_label) for h in agenda] == [
        ("agenda_item", "session", "Tagesordnungspunkt")]


def test_a_person_is_found_by_name_and_organisation(index: SearchIndex,
                                                    doc: dict[str, Any]) -> None:
    person = next(p for p in doc["people"] if p["name"] == "Birgit Sommer")
    hits = index.search("birgit sommer")
    assert [(h.record_type, h.record_id, h.field_label) for h in hits] == [
        ("person", person["id"], "Name")]
    by_organisation = index.search("Stadtbibliothek")
    assert any(h.record_type == "person" and h.field_label == "Organisation"
               for h in by_organisation)


def test_an_exact_code_comes_first(index: SearchIndex) -> None:
    hits = index.search("bil-m1.1")
    assert codes(hits)[:3] == ["BIL-M1.1", "BIL-M1.1.1", "BIL-M1.1.2"]


def test_snippets_show_the_original_text_around_the_match(index: SearchIndex) -> None:
    hit = next(h for h in index.search("landesmittel") if h.source_type == "position")
    assert "Landesmittel" in hit.snippet
    assert "\n" not in hit.snippet and len(hit.snippet) < 140


def test_snippets_find_the_match_behind_many_umlauts_and_sharp_s(
        doc: dict[str, Any]) -> None:
    changed = copy.deepcopy(doc)
    measure(changed, "JUG-M1.1")["description"] = (
        "Übergänge " * 30 + "Straßenfest Zielwort Größe " + "Maß " * 40)
    hit = SearchIndex.build(changed).search("zielwort")[0]
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "Straßenfest Zielwort Größe" in hit.snippet
    assert len(hit.snippet) < 110


def test_limit_and_empty_queries(index: SearchIndex) -> None:
    assert len(index.search("e", limit=5)) == 5
    assert index.search("") == [] and index.search("   ") == []
    assert index.search("kita", limit=0) == []


def test_every_hit_contains_every_word_of_the_query(index: SearchIndex,
                                                    doc: dict[str, Any]) -> None:
    texts: dict[str, list[str]] = {}
    for key in ("measures", "goals", "action_fields", "strategy_sections", "people",
                "groups", "sessions", "indicators", "positions", "compromises",
                "review_comments", "votes"):
        for rec in doc[key]:
            texts[rec["id"]] = [normalise(str(v)) for v in rec.values()]
    for s in doc["sessions"]:
        for a in s["agenda"]:
            texts[a["id"]] = [normalise(a["title"])]
    for query in ("kita", "integration hannover", "sprach", "verwaltung stelle"):
        for hit in index.search(query):
            joined = " ".join(texts[hit.source_id])
            assert all(w in joined for w in query_words(query)), (query, hit)


def test_separator_characters_in_texts_do_not_shift_records(doc: dict[str, Any]) -> None:
    changed = copy.deepcopy(doc)
    measure(changed, "BIL-M1.1")["description"] = "vorher\x1e\x1fnachher"
    index = SearchIndex.build(changed)
    assert codes(index.search("nachher")) == ["BIL-M1.1"]
    assert codes(index.search("Lotsinnen"))[0] == "BIL-M1.1.1"


def test_reading_a_catalogue_finds_what_its_document_finds(demo_catalogue: Any) -> None:
    from lip_desktop.model.snapshot import load_document

    with demo_catalogue.read() as conn:
        read = SearchIndex.read(conn)
        built = SearchIndex.build(load_document(conn))
    assert len(read) == len(built)
    for query in ("kita", "oeffnung", "birgit", "Landesmittel", "Schulform", "e"):
        def found(index: SearchIndex, q: str = query) -> list[Any]:
            return sorted((h.record_type, h.record_id, h.source_id, h.field_label, h.snippet)
                          for h in index.search(q, limit=1000))
        assert found(read) == found(built), query


def test_an_empty_catalogue_finds_nothing() -> None:
    assert SearchIndex.build({}).search("kita") == []


@pytest.mark.parametrize("step", [1, 40, 700])
def test_texts_joined_in_pieces_find_what_one_piece_finds(
        doc: dict[str, Any], index: SearchIndex, step: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The texts are normalised and searched a megabyte at a time (a pass over all of
    them froze the window): with pieces of one text, of a few, or of many, every query
    finds the same records in the same order, also where a match would span two texts."""
    from lip_desktop.model import search

    monkeypatch.setattr(search, "_NORMALISE_STEP", step)
    pieced = SearchIndex.build(doc)
    assert len(pieced._bodies.pieces) > 1
    for query in ("kita", "oeffnung", "integration hannover", "e", "sprach", "BIL-M1.1",
                  "Stelle Verwaltung", "zz-nirgends"):
        assert pieced.search(query, limit=1000) == index.search(query, limit=1000), query
    first, second = (m["title"] for m in doc["measures"][:2])
    # the end of one text and the start of the next never make one match
    assert codes(pieced.search(normalise(first)[-3:] + normalise(second)[:3])) == codes(
        index.search(normalise(first)[-3:] + normalise(second)[:3]))
