"""One wording of votes for every screen and document, and which vote decided a measure."""

from __future__ import annotations

from typing import Any

import pytest

from lip_desktop.model.vote_wording import (
    DOUBLE_MAJORITY,
    figure_text,
    option_line,
    outcome_line,
    ranking_table,
    rule_line,
    side_line,
    yes_no_line,
)
from lip_desktop.model.voting import deciding_votes, normalize_rule


@pytest.mark.parametrize(("method", "rule", "line"), [
    ("yes_no", {"majority": "two_thirds", "parity": True, "quorum_min_present": 6},
     f"Zwei-Drittel-Mehrheit · {DOUBLE_MAJORITY} · Quorum: mindestens 6 anwesend"),
    ("yes_no", {}, "einfache Mehrheit · kein Quorum"),
    ("dots", {"dots_per_person": 1, "max_per_option": None}, "1 Punkt je Person"),
    ("dots", {"dots_per_person": 3, "max_per_option": 2},
     "3 Punkte je Person · höchstens 2 je Option"),
    ("consent", {"scale_max": 10}, "Widerstand von 0 (keiner) bis 10 (sehr groß)"),
])
def test_rule_line_for_every_method(method: str, rule: dict[str, Any], line: str) -> None:
    assert rule_line(method, rule) == line
    assert rule_line(method, rule, with_method=True).endswith(line)


def test_every_normalized_rule_has_a_line() -> None:
    for method in ("yes_no", "dots", "consent"):
        assert rule_line(method, normalize_rule(method, None))


def test_parity_is_the_double_majority_and_never_the_staffing() -> None:
    assert DOUBLE_MAJORITY.startswith("Parität: doppelte Mehrheit")
    assert "besetzt" not in DOUBLE_MAJORITY


def test_outcome_lines() -> None:
    yes_no = {"yes": 5, "no": 1, "abstain": 1, "quorate": True, "passed": True,
              "by_side": {"administration": {"yes": 3, "no": 0, "abstain": 1, "passed": True},
                          "external": {"yes": 2, "no": 1, "abstain": 0, "passed": True}}}
    assert outcome_line("yes_no", yes_no, {}) == yes_no_line(yes_no) == \
        "Ja 5 / Nein 1 / Enthaltung 1 – angenommen"
    assert outcome_line("yes_no", dict(yes_no, quorate=False), {}).endswith(
        "nicht beschlussfähig")
    assert side_line("administration", yes_no["by_side"]["administration"]) == \
        "Verwaltung: Ja 3 / Nein 0 / Enthaltung 1 – Mehrheit"
    dots = {"ranking": [{"option_id": "a", "rank": 1, "points": 7},
                        {"option_id": "b", "rank": 2, "points": 1}]}
    assert outcome_line("dots", dots, {"a": "Sprachcafé"}) == "1. Sprachcafé – 7 Punkte"
    assert option_line("dots", dots, "b") == "Rang 2 von 2 (1 Punkt)"
    consent = {"ranking": [{"option_id": "a", "rank": 1, "acceptance": 0.875, "mean": 1.0}]}
    assert outcome_line("consent", consent, {"a": "A"}) == "1. A – Akzeptanz 87,5 %"
    assert outcome_line("consent", None, {}) == "kein Ergebnis"


def vote(vote_id: str, status: str, closed_at: str | None, subject: str | None = None,
         options: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"id": vote_id, "status": status, "closed_at": closed_at,
            "opened_at": (closed_at or "2026-03-10T18:00")[:10] + "T17:00",
            "subject_type": "measure" if subject else None, "subject_id": subject,
            "options": [{"id": f"{vote_id}-{m}", "subject_type": "measure", "subject_id": m}
                        for m in options]}


def test_the_deciding_vote_is_the_last_closed_one_about_the_measure() -> None:
    votes = [
        vote("first", "closed", "2026-03-10T18:10", subject="m1"),
        vote("second", "closed", "2026-03-10T18:40", subject="m1"),
        vote("still-open", "open", None, subject="m1"),
        vote("later-ranking", "closed", "2026-03-11T18:00", options=("m1", "m2")),
        vote("open-ranking", "open", None, options=("m3",)),
    ]
    decided = deciding_votes(votes)
    assert decided["m1"][0]["id"] == "second" and decided["m1"][1] is None
    # Never the subject of a vote: the last closed ranking it stood in, with its option.
    assert decided["m2"][0]["id"] == "later-ranking"
    assert decided["m2"][1] == "later-ranking-m2"
    assert "m3" not in decided  # an open vote has decided nothing


def test_the_offered_question_names_the_subject_with_its_article() -> None:
    from lip_desktop.model.vote_wording import question_on

    assert (question_on("measure", "Maßnahme BIL-M1.2 „Sprachcafés“")
            == "Soll die Maßnahme BIL-M1.2 „Sprachcafés“ beschlossen werden?")
    assert question_on("goal", "Ziel BIL-Z1 „Bildung“").startswith("Soll das Ziel ")
    assert question_on("compromise", "Kompromiss „…“").startswith("Soll der Kompromiss ")


# --------------------------------------------------------------------------- score and ranked


SCORE = {"ranking": [
    {"option_id": "a", "total": 13, "raters": 3, "mean": 4.333, "rank": 1},
    {"option_id": "b", "total": 13, "raters": 3, "mean": 4.333, "rank": 1},
    {"option_id": "c", "total": 0, "raters": 0, "mean": None, "rank": 3}]}
RANKED = {"ranking": [
    {"option_id": "a", "points": 8, "first": 2, "rank": 1},
    {"option_id": "b", "points": 1, "first": 0, "rank": 2}]}
LABELS = {"a": "Elterncafés", "b": "Infoabende", "c": "Hausbesuche"}


@pytest.mark.parametrize(("method", "rule", "line"), [
    ("score", {"scale_min": 0, "scale_max": 5},
     "Bewertung von 0 bis 5 · höchster Mittelwert zuerst"),
    ("score", {"scale_min": -2, "scale_max": 2},
     "Bewertung von -2 bis 2 · höchster Mittelwert zuerst"),
    ("ranked", {"max_ranks": 3},
     "höchstens 3 Plätze je Person · Borda-Punkte (Platz 1 erhält die meisten)"),
    ("ranked", {"max_ranks": None},
     "alle Optionen dürfen gereiht werden · Borda-Punkte (Platz 1 erhält die meisten)"),
])
def test_rule_line_of_the_polls(method: str, rule: dict[str, Any], line: str) -> None:
    assert rule_line(method, rule) == line
    assert rule_line(method, rule, with_method=True) == (
        f"{'Bewertung' if method == 'score' else 'Rangfolge'} · {line}")


def test_poll_outcomes_name_every_shared_first_place() -> None:
    assert outcome_line("score", SCORE, LABELS) == (
        "1. Elterncafés, Infoabende – Mittelwert 4,333 (3 Bewertungen)")
    assert outcome_line("ranked", RANKED, LABELS) == "1. Elterncafés – 8 Punkte"
    nobody = {"ranking": [{**SCORE["ranking"][2], "rank": 1}]}
    assert outcome_line("score", nobody, LABELS) == "noch keine Bewertung"
    empty = {"ranking": [{"option_id": "a", "points": 0, "first": 0, "rank": 1}]}
    assert outcome_line("ranked", empty, LABELS) == "noch keine Rangfolge"


def test_poll_option_lines_and_figures() -> None:
    assert option_line("score", SCORE, "c") == "Rang 3 von 3 (nicht bewertet)"
    assert option_line("score", SCORE, "b") == "Rang 1 von 3 (Mittelwert 4,333 (3 Bewertungen))"
    assert option_line("ranked", RANKED, "a") == "Rang 1 von 2 (8 Punkte · 2 × Platz 1)"
    assert figure_text("score", {"mean": 1.0, "raters": 1}) == "Mittelwert 1 (1 Bewertung)"
    assert figure_text("dots", {"points": 1}) == "1 Punkt"


def test_poll_ranking_tables() -> None:
    heads, rows = ranking_table("score", SCORE, LABELS)
    assert heads == ("Rang", "Option", "Bewertungen", "Summe", "Mittelwert")
    assert rows == [["1", "Elterncafés", "3", "13", "4,333"],
                    ["1", "Infoabende", "3", "13", "4,333"],
                    ["3", "Hausbesuche", "0", "0", "nicht bewertet"]]
    heads, rows = ranking_table("ranked", RANKED, LABELS)
    assert heads == ("Rang", "Option", "Punkte", "Platz 1")
    assert rows == [["1", "Elterncafés", "8", "2"], ["2", "Infoabende", "1", "0"]]


def test_every_method_has_a_rule_line_and_a_label() -> None:
    from lip_desktop.model import enums
    from lip_desktop.model.voting import METHODS

    for method in METHODS:
        assert method in enums.VOTE_METHOD
        assert rule_line(method, normalize_rule(method, None))


def test_dots_and_consent_tables_use_the_shared_figures() -> None:
    """One wording everywhere: the minutes' tables say what the projector says."""
    dots = {"ranking": [{"option_id": "a", "rank": 1, "points": 7},
                        {"option_id": "b", "rank": 2, "points": 1}]}
    assert ranking_table("dots", dots, LABELS) == (
        ("Rang", "Option", "Punkte"), [["1", "Elterncafés", "7"], ["2", "Infoabende", "1"]])
    consent = {"ranking": [
        {"option_id": "a", "rank": 1, "total": 3, "mean": 1.5, "acceptance": 0.875},
        {"option_id": "b", "rank": 2, "total": 0, "mean": None, "acceptance": None}]}
    heads, rows = ranking_table("consent", consent, LABELS)
    assert heads == ("Rang", "Option", "Widerstand gesamt", "Mittelwert", "Akzeptanz")
    assert rows == [["1", "Elterncafés", "3", "1,5", "87,5 %"],
                    ["2", "Infoabende", "–", "–", "nicht bewertet"]]
    assert rows[0][4] in outcome_line("consent", consent, LABELS)
