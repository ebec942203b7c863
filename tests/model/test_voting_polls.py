"""Score and ranked polls against interchange-v2.md "New poll methods": rules, refusals,
results (shared ranks 1, 1, 3; means to 3 decimals; unscored options last; Borda points
with k = min(options, max_ranks)), anonymous totals, and invariants under Hypothesis."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lip_desktop.model.errors import VoteRuleError
from lip_desktop.model.voting import (
    Voter,
    borda_places,
    check_ballot,
    check_counts,
    compute_result,
    normalize_rule,
    result_difference,
    results_equal,
)

FAST = settings(max_examples=200, deadline=None, database=None)

OPTIONS = [("o1", "Kita-Lotsinnen"), ("o2", "Sprachcafé"), ("o3", "Elternbriefe"),
           ("o4", "Stadtteilmütter")]


def voters(administration: int, external: int) -> list[Voter]:
    return [Voter(f"a{i}", "administration", f"Verwaltung {i}") for i in range(administration)] + [
        Voter(f"e{i}", "external", f"Extern {i}") for i in range(external)
    ]


def error_of(call: Callable[[], object]) -> VoteRuleError:
    with pytest.raises(VoteRuleError) as info:
        call()
    return info.value


def ranks(result: dict[str, Any]) -> dict[str, int]:
    return {entry["option_id"]: entry["rank"] for entry in result["ranking"]}


def score(person: str, option: str, value: Any) -> dict[str, Any]:
    return {"person_id": person, "option_id": option, "score": value}


# --------------------------------------------------------------------------- rules


def test_poll_rules_take_the_contract_defaults() -> None:
    assert normalize_rule("score", None) == {"scale_min": 0, "scale_max": 5}
    assert normalize_rule("score", {"scale_min": -2, "scale_max": 2}) == {
        "scale_min": -2, "scale_max": 2}
    assert normalize_rule("ranked", {}) == {"max_ranks": None}
    assert normalize_rule("ranked", {"max_ranks": 3}) == {"max_ranks": 3}


@pytest.mark.parametrize(
    ("method", "rule"),
    [
        ("score", {"scale_min": 5, "scale_max": 5}),
        ("score", {"scale_min": 3, "scale_max": 1}),
        ("score", {"scale_max": "5"}),
        ("score", {"scale_min": 0.5}),
        ("score", {"scale_max": True}),
        ("score", {"max_ranks": 3}),
        ("ranked", {"max_ranks": 0}),
        ("ranked", {"max_ranks": True}),
        ("ranked", {"max_ranks": "2"}),
        ("ranked", {"scale_max": 5}),
    ],
)
def test_bad_poll_rules_are_refused(method: str, rule: dict[str, Any]) -> None:
    error = error_of(lambda: normalize_rule(method, rule))
    assert error.code == "bad_rule"
    assert error.params["reason"]


def test_borda_k_is_the_smaller_of_options_and_max_ranks() -> None:
    assert borda_places({"max_ranks": None}, 4) == 4
    assert borda_places({"max_ranks": 2}, 4) == 2
    assert borda_places({"max_ranks": 9}, 4) == 4


# --------------------------------------------------------------------------- score


def test_score_ranks_highest_mean_first_with_three_decimals() -> None:
    group = voters(2, 1)
    ballots = [score("a0", "o1", 5), score("a1", "o1", 4), score("e0", "o1", 4),
               score("a0", "o2", 1), score("a1", "o2", 2)]
    result = compute_result("score", {}, OPTIONS[:2], group, ballots, None)
    assert result == {"ranking": [
        {"option_id": "o1", "total": 13, "raters": 3, "mean": 4.333, "rank": 1},
        {"option_id": "o2", "total": 3, "raters": 2, "mean": 1.5, "rank": 2},
    ]}


def test_score_ties_share_a_rank_and_the_next_rank_skips() -> None:
    group = voters(2, 0)
    ballots = [score("a0", "o1", 4), score("a0", "o2", 4), score("a1", "o3", 2),
               score("a0", "o4", 3), score("a1", "o4", 5)]
    result = compute_result("score", {}, OPTIONS, group, ballots, None)
    assert ranks(result) == {"o1": 1, "o2": 1, "o4": 1, "o3": 4}


def test_score_means_that_round_alike_share_a_rank() -> None:
    # 1/45 = 0.0222… and 1/46 = 0.0217… differ exactly but both round to 0.022
    group = voters(46, 0)
    ballots = [score(voter.person_id, "o1", 1 if i == 0 else 0)
               for i, voter in enumerate(group[:45])]
    ballots += [score(voter.person_id, "o2", 1 if i == 0 else 0) for i, voter in enumerate(group)]
    result = compute_result("score", {}, OPTIONS[:2], group, ballots, None)
    assert [(e["mean"], e["rank"]) for e in result["ranking"]] == [(0.022, 1), (0.022, 1)]


def test_a_mean_exactly_halfway_rounds_up() -> None:
    group = voters(8, 0)
    ballots = [score(voter.person_id, "o1", 1 if i == 0 else 0) for i, voter in enumerate(group)]
    result = compute_result("score", {}, OPTIONS[:1], group, ballots, None)
    assert result["ranking"][0]["mean"] == 0.125  # exact: no rounding needed
    group = voters(16, 0)
    ballots = [score(voter.person_id, "o1", 1 if i == 0 else 0) for i, voter in enumerate(group)]
    result = compute_result("score", {}, OPTIONS[:1], group, ballots, None)
    assert result["ranking"][0]["mean"] == 0.063  # 0.0625 half up, not to even


def test_options_nobody_scored_are_listed_last_sharing_the_last_rank() -> None:
    group = voters(1, 1)
    ballots = [score("a0", "o2", 0), score("e0", "o2", 1)]
    result = compute_result("score", {}, OPTIONS, group, ballots, None)
    assert [entry["option_id"] for entry in result["ranking"]] == ["o2", "o1", "o3", "o4"]
    assert result["ranking"][1:] == [
        {"option_id": option_id, "total": 0, "raters": 0, "mean": None, "rank": 2}
        for option_id in ("o1", "o3", "o4")
    ]


def test_a_score_poll_nobody_voted_in_has_every_option_on_rank_one() -> None:
    result = compute_result("score", {}, OPTIONS, voters(2, 2), [], None)
    assert {entry["rank"] for entry in result["ranking"]} == {1}
    assert all(entry["mean"] is None for entry in result["ranking"])


@pytest.mark.parametrize("value", [-1, 6, 2.5, "3", None, True])
def test_score_outside_the_scale_is_refused(value: Any) -> None:
    error = error_of(lambda: check_ballot("score", {}, OPTIONS, voters(1, 0), [],
                                          score("a0", "o1", value)))
    assert error.code == "score_range"
    text = error.message
    assert "Verwaltung 0" in text and "Kita-Lotsinnen" in text and "0 bis 5" in text


def test_scores_on_a_scale_below_zero_are_accepted_at_both_ends() -> None:
    rule = {"scale_min": -2, "scale_max": 2}
    ballots = [score("a0", "o1", -2), score("a1", "o1", 2), score("a0", "o2", -2)]
    result = compute_result("score", rule, OPTIONS[:2], voters(2, 0), ballots, None)
    assert result["ranking"][0] == {"option_id": "o1", "total": 0, "raters": 2, "mean": 0.0,
                                    "rank": 1}
    assert result["ranking"][1]["mean"] == -2.0


def test_a_second_score_on_the_same_option_is_refused() -> None:
    existing = [score("a0", "o1", 3)]
    error = error_of(lambda: check_ballot("score", {}, OPTIONS, voters(1, 0), existing,
                                          score("a0", "o1", 4)))
    assert error.code == "second_ballot"
    check_ballot("score", {}, OPTIONS, voters(1, 0), existing, score("a0", "o2", 4))


def test_score_ballot_from_a_non_voter_or_on_an_unknown_option_is_refused() -> None:
    assert error_of(lambda: check_ballot("score", {}, OPTIONS, voters(1, 0), [],
                                         score("x", "o1", 1))).code == "not_a_voter"
    assert error_of(lambda: check_ballot("score", {}, OPTIONS, voters(1, 0), [],
                                         score("a0", "o9", 1))).code == "unknown_option"


def test_score_counts_give_the_same_result_as_ballots() -> None:
    group = voters(2, 1)
    ballots = [score("a0", "o1", 5), score("a1", "o1", 3), score("e0", "o2", 2)]
    from_ballots = compute_result("score", {}, OPTIONS, group, ballots, None)
    counts = {"o1": {"total": 8, "raters": 2}, "o2": {"total": 2, "raters": 1}}
    from_counts = compute_result("score", {}, OPTIONS, group, None, counts)
    assert from_counts == from_ballots
    assert check_counts("score", {}, OPTIONS, group, counts)["o3"] == {"total": 0, "raters": 0}


@pytest.mark.parametrize(
    ("counts", "code"),
    [
        ({"o1": {"total": 11, "raters": 2}}, "bad_counts"),  # more than 2 × 5
        ({"o1": {"total": -1, "raters": 1}}, "bad_counts"),  # below 1 × 0
        ({"o1": {"total": 3, "raters": 4}}, "counts_exceed_voters"),
        ({"o1": {"total": 3}}, "bad_counts"),
        ({"o1": {"total": 3, "raters": 1, "mean": 3}}, "bad_counts"),
        ({"o9": {"total": 3, "raters": 1}}, "unknown_option"),
        ({"o1": {"total": 1.5, "raters": 1}}, "bad_counts"),
    ],
)
def test_impossible_score_counts_are_refused(counts: dict[str, Any], code: str) -> None:
    error = error_of(lambda: check_counts("score", {}, OPTIONS, voters(2, 1), counts))
    assert error.code == code


# --------------------------------------------------------------------------- ranked


def ranking(person: str, *option_ids: str) -> dict[str, Any]:
    return {"person_id": person, "ranking": list(option_ids)}


def test_borda_points_follow_the_places() -> None:
    group = voters(2, 1)
    ballots = [ranking("a0", "o1", "o2", "o3", "o4"), ranking("a1", "o2", "o1"),
               ranking("e0", "o3")]
    result = compute_result("ranked", {}, OPTIONS, group, ballots, None)
    # k = 4: a0 gives 4,3,2,1; a1 gives o2 4, o1 3; e0 gives o3 4
    assert result == {"ranking": [
        {"option_id": "o1", "points": 7, "first": 1, "rank": 1},
        {"option_id": "o2", "points": 7, "first": 1, "rank": 1},
        {"option_id": "o3", "points": 6, "first": 1, "rank": 3},
        {"option_id": "o4", "points": 1, "first": 0, "rank": 4},
    ]}


def test_max_ranks_lowers_the_points_of_every_place() -> None:
    group = voters(2, 0)
    ballots = [ranking("a0", "o1", "o2"), ranking("a1", "o3")]  # the second one is shorter
    result = compute_result("ranked", {"max_ranks": 2}, OPTIONS, group, ballots, None)
    points = {entry["option_id"]: entry["points"] for entry in result["ranking"]}
    assert points == {"o1": 2, "o2": 1, "o3": 2, "o4": 0}
    assert ranks(result) == {"o1": 1, "o3": 1, "o2": 3, "o4": 4}


def test_first_places_do_not_break_a_tie_in_points() -> None:
    group = voters(3, 0)
    ballots = [ranking("a0", "o1", "o2"), ranking("a1", "o2", "o1"), ranking("a2", "o2", "o1")]
    result = compute_result("ranked", {}, OPTIONS[:3], group, ballots, None)
    assert result["ranking"][0] == {"option_id": "o2", "points": 8, "first": 2, "rank": 1}
    # o1: 2 + 3 + 2 = 7, o3 unranked: 0
    assert ranks(result) == {"o2": 1, "o1": 2, "o3": 3}
    tied = compute_result("ranked", {}, OPTIONS[:2], voters(2, 0),
                          [ranking("a0", "o1", "o2"), ranking("a1", "o2", "o1")], None)
    assert ranks(tied) == {"o1": 1, "o2": 1}


def test_an_option_twice_in_a_ranking_is_refused() -> None:
    error = error_of(lambda: check_ballot("ranked", {}, OPTIONS, voters(1, 0), [],
                                          ranking("a0", "o1", "o2", "o1")))
    assert error.code == "ranking_repeat"
    assert "„Kita-Lotsinnen“" in error.message


def test_a_ranking_longer_than_max_ranks_is_refused() -> None:
    error = error_of(lambda: check_ballot("ranked", {"max_ranks": 2}, OPTIONS, voters(1, 0), [],
                                          ranking("a0", "o1", "o2", "o3")))
    assert error.code == "ranking_too_long"
    assert error.params["limit"] == 2


@pytest.mark.parametrize(
    ("ballot", "code"),
    [
        (ranking("a0"), "ranking_empty"),
        ({"person_id": "a0", "ranking": "o1"}, "bad_ranking"),
        ({"person_id": "a0"}, "bad_ranking"),
        (ranking("a0", "o9"), "unknown_option"),
        (ranking("z9", "o1"), "not_a_voter"),
    ],
)
def test_malformed_rankings_are_refused(ballot: dict[str, Any], code: str) -> None:
    assert error_of(lambda: check_ballot("ranked", {}, OPTIONS, voters(1, 0), [],
                                         ballot)).code == code


def test_a_second_ranking_by_the_same_person_is_refused() -> None:
    error = error_of(lambda: compute_result(
        "ranked", {}, OPTIONS, voters(1, 0),
        [ranking("a0", "o1"), ranking("a0", "o2")], None))
    assert error.code == "second_ballot"
    assert error.params["option"] == "Rangfolge"


def test_ranked_counts_give_the_same_result_as_ballots() -> None:
    group = voters(1, 1)
    ballots = [ranking("a0", "o1", "o2"), ranking("e0", "o2")]
    from_ballots = compute_result("ranked", {}, OPTIONS[:3], group, ballots, None)
    counts = {"o1": {"points": 3, "first": 1}, "o2": {"points": 5, "first": 1}}
    assert compute_result("ranked", {}, OPTIONS[:3], group, None, counts) == from_ballots


@pytest.mark.parametrize(
    ("counts", "code"),
    [
        ({"o1": {"points": 9, "first": 3}}, "counts_exceed_voters"),
        ({"o1": {"points": 2, "first": 1}}, "bad_counts"),  # a first place earns 3 (k = 3)
        ({"o1": {"points": 3, "first": 1}, "o2": {"points": 3, "first": 0}}, "bad_counts"),
        ({"o1": {"points": 4, "first": 0}}, "bad_counts"),  # points without any ballot
        ({"o1": {"points": 3}}, "bad_counts"),
        ({"o1": {"points": -3, "first": 1}}, "bad_counts"),
    ],
)
def test_impossible_ranked_counts_are_refused(counts: dict[str, Any], code: str) -> None:
    error = error_of(lambda: check_counts("ranked", {}, OPTIONS[:3], voters(1, 1), counts))
    assert error.code == code


@pytest.mark.parametrize("method", ["score", "ranked"])
def test_polls_need_options(method: str) -> None:
    assert error_of(lambda: compute_result(method, {}, [], voters(1, 0), [], None)
                    ).code == "no_options"


# --------------------------------------------------------------------------- comparison


def test_score_results_compare_within_rounding_and_name_the_difference() -> None:
    stored = {"ranking": [{"option_id": "o1", "total": 13, "raters": 3, "mean": 4.3334,
                           "rank": 1}]}
    computed = {"ranking": [{"option_id": "o1", "total": 13, "raters": 3, "mean": 4.333,
                             "rank": 1}]}
    assert results_equal("score", stored, computed)
    stored["ranking"][0]["raters"] = 4
    assert result_difference("score", stored, computed) == (
        "Option „o1“ raters: gespeichert 4, berechnet 3")


def test_ranked_results_differing_in_first_places_are_not_equal() -> None:
    a = {"ranking": [{"option_id": "o1", "points": 4, "first": 1, "rank": 1}]}
    b = {"ranking": [{"option_id": "o1", "points": 4, "first": 0, "rank": 1}]}
    assert not results_equal("ranked", a, b)
    assert "first" in result_difference("ranked", a, b)


# --------------------------------------------------------------------------- properties


@st.composite
def score_votes(draw: st.DrawFn) -> tuple[dict[str, Any], list[Voter], list[dict[str, Any]]]:
    low = draw(st.integers(-3, 3))
    high = draw(st.integers(low + 1, low + 7))
    group = voters(draw(st.integers(0, 4)), draw(st.integers(0, 4)))
    ballots = [score(voter.person_id, option_id, draw(st.integers(low, high)))
               for voter in group for option_id, _label in OPTIONS if draw(st.booleans())]
    return {"scale_min": low, "scale_max": high}, group, ballots


@st.composite
def ranked_votes(draw: st.DrawFn) -> tuple[dict[str, Any], list[Voter], list[dict[str, Any]]]:
    max_ranks = draw(st.none() | st.integers(1, 6))
    group = voters(draw(st.integers(0, 4)), draw(st.integers(0, 4)))
    k = borda_places({"max_ranks": max_ranks}, len(OPTIONS))
    ids = [option_id for option_id, _label in OPTIONS]
    ballots = []
    for voter in group:
        if draw(st.booleans()):
            order = draw(st.permutations(ids))
            ballots.append(ranking(voter.person_id, *order[: draw(st.integers(1, k))]))
    return {"max_ranks": max_ranks}, group, ballots


def _tally(result: dict[str, Any], keys: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    return {entry["option_id"]: {key: entry[key] for key in keys}
            for entry in result["ranking"]}


@FAST
@given(score_votes(), st.randoms(use_true_random=False))
def test_score_results_are_ordered_consistent_and_ignore_ballot_order(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]], rng: random.Random,
) -> None:
    rule, group, ballots = vote
    result = compute_result("score", rule, OPTIONS, group, ballots, None)
    entries = result["ranking"]
    assert sorted(e["option_id"] for e in entries) == sorted(o for o, _ in OPTIONS)
    assert sum(e["raters"] for e in entries) == len(ballots)
    rated = [e for e in entries if e["raters"]]
    assert entries[: len(rated)] == rated  # unscored options come last
    for entry in rated:
        assert rule["scale_min"] <= entry["mean"] <= rule["scale_max"]
        assert entry["mean"] == round(entry["total"] / entry["raters"], 3) or abs(
            entry["mean"] - entry["total"] / entry["raters"]) <= 0.0005
        # rank = 1 + the number of options with a strictly higher rounded mean
        assert entry["rank"] == 1 + sum(1 for other in rated if other["mean"] > entry["mean"])
    assert {e["rank"] for e in entries if not e["raters"]} <= {len(rated) + 1}
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    assert results_equal("score", result,
                         compute_result("score", rule, OPTIONS, group, shuffled, None))


@FAST
@given(score_votes())
def test_anonymous_score_totals_of_real_ballots_are_accepted_and_agree(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    result = compute_result("score", rule, OPTIONS, group, ballots, None)
    counts = _tally(result, ("total", "raters"))
    assert check_counts("score", rule, OPTIONS, group, counts) == counts
    assert compute_result("score", rule, OPTIONS, group, None, counts) == result


@FAST
@given(ranked_votes(), st.randoms(use_true_random=False))
def test_borda_points_add_up_and_ranks_follow_points(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]], rng: random.Random,
) -> None:
    rule, group, ballots = vote
    k = borda_places(rule, len(OPTIONS))
    result = compute_result("ranked", rule, OPTIONS, group, ballots, None)
    entries = result["ranking"]
    expected_points = sum(k - place + 1 for b in ballots
                          for place in range(1, len(b["ranking"]) + 1))
    assert sum(e["points"] for e in entries) == expected_points
    assert sum(e["first"] for e in entries) == len(ballots)
    points = [e["points"] for e in entries]
    assert points == sorted(points, reverse=True)
    for entry in entries:
        assert entry["rank"] == 1 + sum(1 for other in entries if other["points"] > entry["points"])
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    assert results_equal("ranked", result,
                         compute_result("ranked", rule, OPTIONS, group, shuffled, None))


@FAST
@given(ranked_votes())
def test_anonymous_borda_totals_of_real_ballots_are_accepted_and_agree(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    result = compute_result("ranked", rule, OPTIONS, group, ballots, None)
    counts = _tally(result, ("points", "first"))
    assert check_counts("ranked", rule, OPTIONS, group, counts) == counts
    assert compute_result("ranked", rule, OPTIONS, group, None, counts) == result


@FAST
@given(ranked_votes(), st.data())
def test_a_ranking_with_an_option_twice_is_always_refused(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]], data: st.DataObject,
) -> None:
    rule, group, ballots = vote
    if not ballots:
        return
    victim = data.draw(st.sampled_from(ballots))
    doubled = data.draw(st.sampled_from(victim["ranking"]))
    bad = {**victim, "ranking": [*victim["ranking"], doubled]}
    others = [b for b in ballots if b is not victim]
    error = error_of(lambda: check_ballot("ranked", rule, OPTIONS, group, others, bad))
    assert error.code in ("ranking_repeat", "ranking_too_long")
    if len(bad["ranking"]) <= borda_places(rule, len(OPTIONS)):
        assert error.code == "ranking_repeat"


@FAST
@given(st.sampled_from(["score", "ranked"]),
       st.dictionaries(st.sampled_from(["scale_min", "scale_max", "max_ranks"]),
                       st.none() | st.booleans() | st.integers(-3, 8)))
def test_poll_rule_normalization_is_idempotent_or_refuses(method: str,
                                                           rule: dict[str, Any]) -> None:
    try:
        normalized = normalize_rule(method, rule)
    except VoteRuleError as error:
        assert error.code == "bad_rule"
        return
    assert normalize_rule(method, normalized) == normalized
