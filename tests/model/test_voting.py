"""Vote counting against interchange.md "Votes": rules, refusals, results, invariants."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lip_desktop.model.errors import VoteRuleError
from lip_desktop.model.vote_wording import yes_no_line as summarize_yes_no
from lip_desktop.model.voting import (
    CHOICES,
    MAJORITIES,
    Voter,
    check_ballot,
    check_counts,
    compute_result,
    normalize_rule,
    result_difference,
    results_equal,
)

CONTRACT = Path(__file__).resolve().parents[1] / "contract"

FAST = settings(max_examples=200, deadline=None, database=None)

OPTIONS = [("o1", "Kita-Lotsinnen"), ("o2", "Sprachcafé"), ("o3", "Elternbriefe")]


def voters(administration: int, external: int) -> list[Voter]:
    """``administration`` + ``external`` voters with ids a0.., e0.. and names."""
    return [Voter(f"a{i}", "administration", f"Verwaltung {i}") for i in range(administration)] + [
        Voter(f"e{i}", "external", f"Extern {i}") for i in range(external)
    ]


def yes_no_ballots(group: Sequence[Voter], choices: Sequence[str]) -> list[dict[str, Any]]:
    return [
        {"person_id": voter.person_id, "choice": choice}
        for voter, choice in zip(group, choices, strict=False)
    ]


def yes_no(
    group: Sequence[Voter],
    choices: Sequence[str],
    *,
    majority: str = "simple",
    parity: bool = False,
    quorum: int | None = None,
) -> dict[str, Any]:
    rule = {"quorum_min_present": quorum, "majority": majority, "parity": parity}
    return compute_result("yes_no", rule, [], group, yes_no_ballots(group, choices), None)


def error_of(call: Callable[[], object]) -> VoteRuleError:
    """The VoteRuleError ``call`` raises (failing the test if it raises none)."""
    with pytest.raises(VoteRuleError) as info:
        call()
    return info.value


# --------------------------------------------------------------------------- majorities


def test_simple_majority_passes_with_more_yes_than_no() -> None:
    result = yes_no(voters(2, 2), ["yes", "yes", "no", "abstain"])
    assert result["passed"] is True
    assert (result["yes"], result["no"], result["abstain"]) == (2, 1, 1)


def test_simple_majority_tie_fails() -> None:
    result = yes_no(voters(3, 3), ["yes", "yes", "yes", "no", "no", "no"])
    assert result["passed"] is False


def test_abstentions_do_not_count_under_simple_majority() -> None:
    result = yes_no(voters(3, 3), ["yes", "abstain", "abstain", "abstain", "abstain", "abstain"])
    assert result["passed"] is True


def test_abstentions_count_against_absolute_majority() -> None:
    # 2 yes of 6 present: more yes than no, but not more than half of those present.
    result = yes_no(
        voters(3, 3), ["yes", "yes", "no", "abstain", "abstain", "abstain"], majority="absolute"
    )
    assert result["passed"] is False


def test_absolute_majority_counts_voters_present_who_did_not_vote() -> None:
    group = voters(3, 3)
    assert yes_no(group, ["yes", "yes", "yes"], majority="absolute")["passed"] is False
    assert yes_no(group, ["yes", "yes", "yes", "yes"], majority="absolute")["passed"] is True


def test_exact_two_thirds_passes() -> None:
    result = yes_no(voters(3, 3), ["yes", "yes", "yes", "yes", "no", "no"], majority="two_thirds")
    assert result["passed"] is True


def test_two_thirds_just_below_fails() -> None:
    result = yes_no(voters(3, 2), ["yes", "yes", "yes", "no", "no"], majority="two_thirds")
    assert result["passed"] is False


def test_two_thirds_without_any_vote_fails() -> None:
    assert yes_no(voters(2, 2), [], majority="two_thirds")["passed"] is False
    only_abstentions = ["abstain"] * 4
    assert yes_no(voters(2, 2), only_abstentions, majority="two_thirds")["passed"] is False


def test_two_thirds_ignores_abstentions() -> None:
    result = yes_no(
        voters(3, 3), ["yes", "yes", "no", "abstain", "abstain", "abstain"], majority="two_thirds"
    )
    assert result["passed"] is True


def test_consensus_fails_with_one_no() -> None:
    result = yes_no(voters(3, 3), ["yes"] * 5 + ["no"], majority="consensus")
    assert result["passed"] is False


def test_consensus_passes_with_yes_and_abstentions() -> None:
    result = yes_no(voters(2, 2), ["yes", "abstain", "yes", "abstain"], majority="consensus")
    assert result["passed"] is True


def test_consensus_needs_at_least_one_yes() -> None:
    assert yes_no(voters(2, 2), ["abstain"] * 4, majority="consensus")["passed"] is False


# --------------------------------------------------------------------------- parity, quorum


def test_parity_vote_fails_when_one_side_rejects() -> None:
    # administration a0 a1 a2, external e0 e1 e2; external: 1 yes, 2 no.
    result = yes_no(voters(3, 3), ["yes", "yes", "yes", "yes", "no", "no"], parity=True)
    assert result["yes"] > result["no"]
    assert result["by_side"]["administration"]["passed"] is True
    assert result["by_side"]["external"]["passed"] is False
    assert result["passed"] is False


def test_parity_vote_passes_when_both_sides_agree() -> None:
    result = yes_no(voters(2, 2), ["yes", "abstain", "yes", "abstain"], parity=True)
    assert result["passed"] is True


def test_without_parity_side_results_are_still_reported() -> None:
    result = yes_no(voters(3, 3), ["yes", "yes", "yes", "yes", "no", "no"], parity=False)
    assert result["passed"] is True
    assert result["by_side"]["external"] == {"yes": 1, "no": 2, "abstain": 0, "passed": False}


def test_absolute_parity_uses_each_sides_voters_present() -> None:
    # External: 2 yes of 5 present is no absolute majority on that side, though the
    # whole vote (6 of 8) has one.
    group = voters(3, 5)
    choices = ["yes", "yes", "yes", "yes", "yes", "abstain", "abstain", "abstain"]
    result = yes_no(group, choices, majority="absolute", parity=True)
    assert result["by_side"]["administration"]["passed"] is True
    assert result["by_side"]["external"]["passed"] is False
    assert result["passed"] is False


def test_parity_vote_fails_when_a_side_has_no_voters() -> None:
    # No external voter present: the majority cannot hold among the external voters.
    result = yes_no(voters(3, 0), ["yes", "yes", "yes"], parity=True)
    assert result["by_side"]["external"] == {"yes": 0, "no": 0, "abstain": 0, "passed": False}
    assert result["passed"] is False
    assert yes_no(voters(3, 0), ["yes", "yes", "yes"], parity=False)["passed"] is True


def test_vote_that_is_not_quorate_does_not_pass() -> None:
    result = yes_no(voters(1, 1), ["yes", "yes"], quorum=3)
    assert result["quorate"] is False
    assert result["passed"] is False
    assert summarize_yes_no(result) == "Ja 2 / Nein 0 / Enthaltung 0 – nicht beschlussfähig"


def test_quorum_reached_exactly_is_quorate() -> None:
    result = yes_no(voters(2, 1), ["yes"], quorum=3)
    assert result["quorate"] is True
    assert result["passed"] is True


def test_vote_without_ballots_is_a_valid_empty_result() -> None:
    result = compute_result("yes_no", {}, [], voters(1, 1), None, None)
    assert result == {
        "quorate": True,
        "passed": False,
        "yes": 0,
        "no": 0,
        "abstain": 0,
        "by_side": {
            "administration": {"yes": 0, "no": 0, "abstain": 0, "passed": False},
            "external": {"yes": 0, "no": 0, "abstain": 0, "passed": False},
        },
    }


# --------------------------------------------------------------------------- contract example


def test_example_vote_is_reproduced_exactly() -> None:
    catalogue = json.loads((CONTRACT / "example-small.json").read_text(encoding="utf-8"))
    people = {person["id"]: person for person in catalogue["people"]}
    sessions = {session["id"]: session for session in catalogue["sessions"]}
    groups = {group["id"]: group for group in catalogue["groups"]}
    assert catalogue["votes"], "the example must contain a vote"
    for vote in catalogue["votes"]:
        session = sessions[vote["session_id"]]
        members = {
            member["person_id"]
            for member in groups[session["group_id"]]["members"]
            if member["role"] == "member"
        }
        present = [
            Voter(
                entry["person_id"],
                people[entry["person_id"]]["side"],
                people[entry["person_id"]]["name"],
            )
            for entry in session["attendance"]
            if entry["present"] and entry["person_id"] in members
        ]
        options = [(option["id"], option["label"]) for option in vote["options"]]
        result = compute_result(
            vote["method"], vote["rule"], options, present, vote["ballots"], vote["counts"]
        )
        assert result == vote["result"]
        assert json.dumps(result) == json.dumps(vote["result"])  # same key order too
        assert results_equal(vote["method"], vote["result"], result)


# --------------------------------------------------------------------------- counts


def test_counts_give_the_same_result_as_ballots() -> None:
    group = voters(3, 3)
    choices = ["yes", "yes", "no", "yes", "no", "abstain"]
    from_ballots = yes_no(group, choices, parity=True, quorum=4)
    counts = {
        "administration": {"yes": 2, "no": 1, "abstain": 0},
        "external": {"yes": 1, "no": 1, "abstain": 1},
    }
    rule = {"quorum_min_present": 4, "majority": "simple", "parity": True}
    from_counts = compute_result("yes_no", rule, [], group, [], counts)
    assert from_counts == from_ballots


def test_counts_take_voters_present_per_side_from_the_voters() -> None:
    # 2 of 3 administration voters said yes, nobody else voted: absolute on each side.
    counts = {"administration": {"yes": 2, "no": 0, "abstain": 0}}
    rule = {"majority": "absolute", "parity": False}
    result = compute_result("yes_no", rule, [], voters(3, 2), None, counts)
    assert result["by_side"]["administration"]["passed"] is True
    assert result["by_side"]["external"] == {"yes": 0, "no": 0, "abstain": 0, "passed": False}
    assert result["passed"] is False  # 2 of 5 present


def test_counts_exceeding_the_voters_of_a_side_are_refused() -> None:
    counts = {"administration": {"yes": 2, "no": 1, "abstain": 1}}
    error = error_of(lambda: check_counts("yes_no", {}, [], voters(3, 3), counts))
    assert error.code == "counts_exceed_voters"
    assert error.params["what"] == "Verwaltung"
    assert error.params["given"] == 4
    assert error.params["voters"] == 3
    assert "Verwaltung: 4 Stimmen bei nur 3" in error.message


def test_counts_are_normalized_with_missing_side_as_zeros() -> None:
    counts = {"external": {"yes": 1, "no": 0, "abstain": 1}}
    assert check_counts("yes_no", {}, [], voters(1, 2), counts) == {
        "administration": {"yes": 0, "no": 0, "abstain": 0},
        "external": {"yes": 1, "no": 0, "abstain": 1},
    }


@pytest.mark.parametrize(
    "counts",
    [
        {"verwaltung": {"yes": 1, "no": 0, "abstain": 0}},
        {"administration": {"yes": 1, "no": 0}},
        {"administration": {"yes": 1, "no": 0, "abstain": 0, "maybe": 1}},
        {"administration": {"yes": -1, "no": 0, "abstain": 0}},
        {"administration": {"yes": True, "no": 0, "abstain": 0}},
        {"administration": {"yes": 1.0, "no": 0, "abstain": 0}},
        {"administration": [1, 0, 0]},
    ],
)
def test_malformed_yes_no_counts_are_refused(counts: dict[str, Any]) -> None:
    assert error_of(lambda: check_counts("yes_no", {}, [], voters(3, 3), counts)).code == (
        "bad_counts"
    )


def test_ballots_and_counts_together_are_refused() -> None:
    group = voters(1, 1)
    counts = {"administration": {"yes": 1, "no": 0, "abstain": 0}}
    ballots = yes_no_ballots(group, ["yes"])
    error = error_of(lambda: compute_result("yes_no", {}, [], group, ballots, counts))
    assert error.code == "ballots_and_counts"


def test_dots_counts_are_checked_against_the_dots_available() -> None:
    rule = {"dots_per_person": 3, "max_per_option": 2}
    group = voters(1, 1)  # 6 dots in all, at most 4 on one option
    assert check_counts("dots", rule, OPTIONS, group, {"o1": 4, "o2": 2}) == {
        "o1": 4,
        "o2": 2,
        "o3": 0,
    }
    assert (
        error_of(
            lambda: check_counts("dots", rule, OPTIONS, group, {"o1": 4, "o2": 2, "o3": 1})
        ).code
        == "bad_counts"
    )
    assert error_of(lambda: check_counts("dots", rule, OPTIONS, group, {"o1": 5})).code == (
        "bad_counts"
    )
    assert error_of(lambda: check_counts("dots", rule, OPTIONS, group, {"zz": 1})).code == (
        "unknown_option"
    )


def test_dots_counts_rank_like_ballots() -> None:
    result = compute_result(
        "dots", {"dots_per_person": 3}, OPTIONS, voters(2, 1), None, {"o1": 2, "o2": 4, "o3": 2}
    )
    assert result["ranking"] == [
        {"option_id": "o2", "points": 4, "rank": 1},
        {"option_id": "o1", "points": 2, "rank": 2},
        {"option_id": "o3", "points": 2, "rank": 2},
    ]


def test_consent_counts_are_checked_and_ranked() -> None:
    group = voters(2, 1)
    counts = {"o1": {"total": 12, "raters": 3}, "o2": {"total": 3, "raters": 3}}
    result = compute_result("consent", {"scale_max": 10}, OPTIONS, group, None, counts)
    assert result["ranking"] == [
        {"option_id": "o2", "total": 3, "mean": 1.0, "acceptance": 0.9, "rank": 1},
        {"option_id": "o1", "total": 12, "mean": 4.0, "acceptance": 0.6, "rank": 2},
        {"option_id": "o3", "total": 0, "mean": None, "acceptance": None, "rank": 3},
    ]
    too_many_raters = {"o1": {"total": 4, "raters": 4}}
    assert (
        error_of(lambda: check_counts("consent", {}, OPTIONS, group, too_many_raters)).code
        == "counts_exceed_voters"
    )
    too_much_resistance = {"o1": {"total": 31, "raters": 3}}
    assert (
        error_of(lambda: check_counts("consent", {}, OPTIONS, group, too_much_resistance)).code
        == "bad_counts"
    )


# --------------------------------------------------------------------------- ballot refusals


def test_ballot_from_a_non_voter_is_refused() -> None:
    group = voters(1, 1)
    error = error_of(
        lambda: check_ballot("yes_no", {}, [], group, [], {"person_id": "guest", "choice": "yes"})
    )
    assert error.code == "not_a_voter"
    assert error.params["person"] == "guest"


def test_second_yes_no_ballot_by_the_same_person_is_refused() -> None:
    group = voters(1, 1)
    first = {"person_id": "a0", "choice": "yes"}
    check_ballot("yes_no", {}, [], group, [], first)
    error = error_of(
        lambda: check_ballot("yes_no", {}, [], group, [first], {"person_id": "a0", "choice": "no"})
    )
    assert error.code == "second_ballot"
    assert error.params["person"] == "Verwaltung 0"


def test_second_ballot_is_refused_when_recomputing() -> None:
    group = voters(1, 1)
    ballots = [{"person_id": "e0", "choice": "yes"}, {"person_id": "e0", "choice": "yes"}]
    assert error_of(lambda: compute_result("yes_no", {}, [], group, ballots, None)).code == (
        "second_ballot"
    )


@pytest.mark.parametrize("choice", ["ja", "", None, 1, True])
def test_unknown_choice_is_refused(choice: Any) -> None:
    ballot = {"person_id": "a0", "choice": choice}
    assert error_of(lambda: check_ballot("yes_no", {}, [], voters(1, 0), [], ballot)).code == (
        "bad_choice"
    )


def test_dots_over_the_personal_limit_are_refused() -> None:
    rule = {"dots_per_person": 3, "max_per_option": None}
    existing = [{"person_id": "a0", "option_id": "o1", "points": 2}]
    ballot = {"person_id": "a0", "option_id": "o2", "points": 2}
    error = error_of(lambda: check_ballot("dots", rule, OPTIONS, voters(1, 0), existing, ballot))
    assert error.code == "too_many_dots"
    assert (error.params["points"], error.params["limit"]) == (4, 3)
    check_ballot("dots", rule, OPTIONS, voters(1, 0), existing, {**ballot, "points": 1})


def test_dots_over_the_limit_per_option_are_refused() -> None:
    rule = {"dots_per_person": 5, "max_per_option": 2}
    ballot = {"person_id": "e0", "option_id": "o3", "points": 3}
    error = error_of(lambda: check_ballot("dots", rule, OPTIONS, voters(0, 1), [], ballot))
    assert error.code == "too_many_on_option"
    assert error.params["option"] == "Elternbriefe"
    assert error.params["limit"] == 2


@pytest.mark.parametrize("points", [0, -1, 1.5, "2", None, True])
def test_dots_points_must_be_positive_integers(points: Any) -> None:
    ballot = {"person_id": "a0", "option_id": "o1", "points": points}
    assert error_of(lambda: check_ballot("dots", {}, OPTIONS, voters(1, 0), [], ballot)).code == (
        "points_not_positive"
    )


def test_second_dots_ballot_on_the_same_option_is_refused() -> None:
    existing = [{"person_id": "a0", "option_id": "o1", "points": 1}]
    ballot = {"person_id": "a0", "option_id": "o1", "points": 1}
    assert (
        error_of(
            lambda: check_ballot(
                "dots", {"dots_per_person": 3}, OPTIONS, voters(1, 0), existing, ballot
            )
        ).code
        == "second_ballot"
    )


def test_ballot_on_an_unknown_option_is_refused() -> None:
    ballot = {"person_id": "a0", "option_id": "nope", "points": 1}
    error = error_of(lambda: check_ballot("dots", {}, OPTIONS, voters(1, 0), [], ballot))
    assert error.code == "unknown_option"
    assert error.params["option"] == "nope"


@pytest.mark.parametrize("resistance", [-1, 11, 2.5, None, False])
def test_resistance_out_of_range_is_refused(resistance: Any) -> None:
    ballot = {"person_id": "a0", "option_id": "o1", "resistance": resistance}
    error = error_of(lambda: check_ballot("consent", {}, OPTIONS, voters(1, 0), [], ballot))
    assert error.code == "resistance_range"
    assert error.params["limit"] == 10


def test_resistance_at_both_ends_of_the_scale_is_accepted() -> None:
    group = voters(1, 0)
    check_ballot(
        "consent",
        {"scale_max": 5},
        OPTIONS,
        group,
        [],
        {"person_id": "a0", "option_id": "o1", "resistance": 0},
    )
    check_ballot(
        "consent",
        {"scale_max": 5},
        OPTIONS,
        group,
        [],
        {"person_id": "a0", "option_id": "o1", "resistance": 5},
    )


def test_second_rating_of_the_same_option_is_refused() -> None:
    existing = [{"person_id": "a0", "option_id": "o1", "resistance": 3}]
    ballot = {"person_id": "a0", "option_id": "o1", "resistance": 4}
    assert (
        error_of(lambda: check_ballot("consent", {}, OPTIONS, voters(1, 0), existing, ballot)).code
        == "second_ballot"
    )


@pytest.mark.parametrize("method", ["dots", "consent"])
def test_dots_and_consent_need_options(method: str) -> None:
    error = error_of(lambda: compute_result(method, {}, [], voters(1, 1), [], None))
    assert error.code == "no_options"


# --------------------------------------------------------------------------- rules


def test_rule_defaults_are_filled_in() -> None:
    assert normalize_rule("yes_no", None) == {
        "quorum_min_present": None,
        "majority": "simple",
        "parity": False,
    }
    assert normalize_rule("dots", {}) == {"dots_per_person": 3, "max_per_option": None}
    assert normalize_rule("consent", {}) == {"scale_max": 10}


@pytest.mark.parametrize(
    ("method", "rule"),
    [
        ("yes_no", {"majority": "relative"}),
        ("yes_no", {"parity": 1}),
        ("yes_no", {"quorum_min_present": 0}),
        ("yes_no", {"quorum_min_present": True}),
        ("yes_no", {"parity": False, "paritiy": True}),
        ("dots", {"dots_per_person": 0}),
        ("dots", {"dots_per_person": None}),
        ("dots", {"max_per_option": 0}),
        ("consent", {"scale_max": 0}),
        ("consent", {"scale_max": "10"}),
        ("borda", {}),
    ],
)
def test_bad_rules_are_refused(method: str, rule: dict[str, Any]) -> None:
    error = error_of(lambda: normalize_rule(method, rule))
    assert error.code == "bad_rule"
    assert error.params["reason"]


# --------------------------------------------------------------------------- rankings


def test_dots_ties_share_a_rank_and_the_next_rank_skips() -> None:
    ballots = [
        {"person_id": "a0", "option_id": "o2", "points": 2},
        {"person_id": "a1", "option_id": "o1", "points": 2},
        {"person_id": "a1", "option_id": "o3", "points": 1},
    ]
    result = compute_result("dots", {"dots_per_person": 3}, OPTIONS, voters(2, 0), ballots, None)
    assert result["ranking"] == [
        {"option_id": "o1", "points": 2, "rank": 1},
        {"option_id": "o2", "points": 2, "rank": 1},
        {"option_id": "o3", "points": 1, "rank": 3},
    ]


def test_dots_option_without_points_is_listed_last() -> None:
    ballots = [{"person_id": "a0", "option_id": "o3", "points": 1}]
    result = compute_result("dots", {}, OPTIONS, voters(1, 0), ballots, None)
    assert [(e["option_id"], e["points"], e["rank"]) for e in result["ranking"]] == [
        ("o3", 1, 1),
        ("o1", 0, 2),
        ("o2", 0, 2),
    ]


def test_consent_ranks_lowest_mean_first_with_rounded_figures() -> None:
    group = voters(2, 1)
    ballots = [
        {"person_id": "a0", "option_id": "o1", "resistance": 1},
        {"person_id": "a1", "option_id": "o1", "resistance": 0},
        {"person_id": "e0", "option_id": "o1", "resistance": 0},
        {"person_id": "a0", "option_id": "o2", "resistance": 7},
        {"person_id": "a1", "option_id": "o2", "resistance": 0},
        {"person_id": "e0", "option_id": "o2", "resistance": 0},
        {"person_id": "a0", "option_id": "o3", "resistance": 10},
    ]
    result = compute_result("consent", {"scale_max": 10}, OPTIONS, group, ballots, None)
    assert result["ranking"] == [
        {"option_id": "o1", "total": 1, "mean": 0.333, "acceptance": 0.967, "rank": 1},
        {"option_id": "o2", "total": 7, "mean": 2.333, "acceptance": 0.767, "rank": 2},
        {"option_id": "o3", "total": 10, "mean": 10.0, "acceptance": 0.0, "rank": 3},
    ]


def test_consent_equal_means_share_a_rank() -> None:
    group = voters(2, 0)
    ballots = [
        {"person_id": "a0", "option_id": "o1", "resistance": 2},
        {"person_id": "a1", "option_id": "o1", "resistance": 4},
        {"person_id": "a0", "option_id": "o2", "resistance": 3},
        {"person_id": "a0", "option_id": "o3", "resistance": 1},
    ]
    result = compute_result("consent", {}, OPTIONS, group, ballots, None)
    assert [(e["option_id"], e["mean"], e["rank"]) for e in result["ranking"]] == [
        ("o3", 1.0, 1),
        ("o1", 3.0, 2),
        ("o2", 3.0, 2),
    ]


def test_unrated_options_rank_after_all_rated_ones() -> None:
    ballots = [{"person_id": "a0", "option_id": "o2", "resistance": 9}]
    result = compute_result("consent", {}, OPTIONS, voters(1, 0), ballots, None)
    assert result["ranking"] == [
        {"option_id": "o2", "total": 9, "mean": 9.0, "acceptance": 0.1, "rank": 1},
        {"option_id": "o1", "total": 0, "mean": None, "acceptance": None, "rank": 2},
        {"option_id": "o3", "total": 0, "mean": None, "acceptance": None, "rank": 2},
    ]


# --------------------------------------------------------------------------- comparison, text


def test_results_differing_in_a_verdict_are_reported() -> None:
    computed = yes_no(voters(2, 2), ["yes", "yes", "no", "no"])
    stored = {**computed, "passed": True}
    assert not results_equal("yes_no", stored, computed)
    assert result_difference("yes_no", stored, computed) == (
        "passed: gespeichert ja, berechnet nein"
    )


def test_results_with_a_missing_key_are_not_equal() -> None:
    computed = yes_no(voters(1, 1), ["yes"])
    stored = {key: value for key, value in computed.items() if key != "abstain"}
    assert not results_equal("yes_no", stored, computed)
    assert result_difference("yes_no", stored, computed) == (
        "abstain: gespeichert fehlt, berechnet 0"
    )


def test_side_difference_names_the_side() -> None:
    computed = yes_no(voters(1, 1), ["yes", "no"])
    stored = json.loads(json.dumps(computed))
    stored["by_side"]["external"]["no"] = 0
    assert result_difference("yes_no", stored, computed) == (
        "by_side.external.no: gespeichert 0, berechnet 1"
    )


def test_rankings_compare_regardless_of_order_within_ties() -> None:
    a = {
        "ranking": [
            {"option_id": "x", "points": 2, "rank": 1},
            {"option_id": "y", "points": 2, "rank": 1},
        ]
    }
    b = {"ranking": list(reversed(a["ranking"]))}
    assert results_equal("dots", a, b)
    c = {
        "ranking": [
            {"option_id": "x", "points": 2, "rank": 1},
            {"option_id": "y", "points": 2, "rank": 2},
        ]
    }
    assert not results_equal("dots", a, c)
    assert result_difference("dots", c, a) == "Option „y“ rank: gespeichert 2, berechnet 1"


def test_consent_figures_compare_within_rounding_tolerance() -> None:
    def entry(mean: float | None, acceptance: float | None) -> dict[str, Any]:
        return {
            "ranking": [
                {"option_id": "x", "total": 1, "mean": mean, "acceptance": acceptance, "rank": 1}
            ]
        }

    assert results_equal("consent", entry(0.333, 0.967), entry(1 / 3, 0.9667))
    assert not results_equal("consent", entry(0.333, 0.967), entry(0.335, 0.967))
    assert results_equal("consent", entry(None, None), entry(None, None))
    assert not results_equal("consent", entry(None, None), entry(0.0, 1.0))


def test_missing_ranking_entry_is_a_difference() -> None:
    a = {"ranking": [{"option_id": "x", "points": 2, "rank": 1}]}
    b = {
        "ranking": [
            {"option_id": "x", "points": 2, "rank": 1},
            {"option_id": "y", "points": 0, "rank": 2},
        ]
    }
    assert not results_equal("dots", a, b)
    assert result_difference("dots", a, b) == "Option „y“: gespeichert fehlt, berechnet vorhanden"


def test_summary_of_a_passed_and_a_rejected_vote() -> None:
    passed = yes_no(voters(5, 4), ["yes"] * 6 + ["no"] + ["abstain"] * 2)
    assert summarize_yes_no(passed) == "Ja 6 / Nein 1 / Enthaltung 2 – angenommen"
    rejected = yes_no(voters(1, 1), ["no", "abstain"])
    assert summarize_yes_no(rejected) == "Ja 0 / Nein 1 / Enthaltung 1 – abgelehnt"


# --------------------------------------------------------------------------- invariants


@st.composite
def yes_no_votes(draw: st.DrawFn) -> tuple[dict[str, Any], list[Voter], list[dict[str, Any]]]:
    """A rule, the voters present and valid ballots from some of them."""
    group = voters(draw(st.integers(0, 6)), draw(st.integers(0, 6)))
    rule = {
        "quorum_min_present": draw(st.none() | st.integers(1, 12)),
        "majority": draw(st.sampled_from(MAJORITIES)),
        "parity": draw(st.booleans()),
    }
    chosen = draw(st.lists(st.sampled_from(group), unique=True)) if group else []
    ballots = [
        {"person_id": voter.person_id, "choice": draw(st.sampled_from(CHOICES))} for voter in chosen
    ]
    return rule, group, ballots


@st.composite
def dots_votes(draw: st.DrawFn) -> tuple[dict[str, Any], list[Voter], list[dict[str, Any]]]:
    per_person = draw(st.integers(1, 5))
    per_option = draw(st.none() | st.integers(1, 5))
    group = voters(draw(st.integers(0, 4)), draw(st.integers(0, 4)))
    ballots: list[dict[str, Any]] = []
    for voter in group:
        left = per_person
        for option_id, _label in OPTIONS:
            cap = min(left, per_option or left)
            points = draw(st.integers(0, cap))
            if points:
                ballots.append(
                    {"person_id": voter.person_id, "option_id": option_id, "points": points}
                )
                left -= points
    return {"dots_per_person": per_person, "max_per_option": per_option}, group, ballots


@st.composite
def consent_votes(draw: st.DrawFn) -> tuple[dict[str, Any], list[Voter], list[dict[str, Any]]]:
    scale_max = draw(st.integers(1, 10))
    group = voters(draw(st.integers(0, 4)), draw(st.integers(0, 4)))
    ballots = [
        {
            "person_id": voter.person_id,
            "option_id": option_id,
            "resistance": draw(st.integers(0, scale_max)),
        }
        for voter in group
        for option_id, _label in OPTIONS
        if draw(st.booleans())
    ]
    return {"scale_max": scale_max}, group, ballots


@FAST
@given(yes_no_votes())
def test_yes_no_figures_add_up_to_the_ballots(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    result = compute_result("yes_no", rule, [], group, ballots, None)
    assert result["yes"] + result["no"] + result["abstain"] == len(ballots)
    for key in ("yes", "no", "abstain"):
        assert result[key] == sum(result["by_side"][side][key] for side in result["by_side"])


@FAST
@given(yes_no_votes())
def test_passed_implies_quorate(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    result = compute_result("yes_no", rule, [], group, ballots, None)
    assert not result["passed"] or result["quorate"]


@FAST
@given(yes_no_votes(), st.data())
def test_an_added_yes_never_turns_a_passed_vote_into_a_failed_one(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
    data: st.DataObject,
) -> None:
    rule, group, ballots = vote
    voted = {ballot["person_id"] for ballot in ballots}
    not_voted = [voter for voter in group if voter.person_id not in voted]
    if not not_voted:
        return
    newcomer = data.draw(st.sampled_from(not_voted))
    before = compute_result("yes_no", rule, [], group, ballots, None)
    after = compute_result(
        "yes_no",
        rule,
        [],
        group,
        [*ballots, {"person_id": newcomer.person_id, "choice": "yes"}],
        None,
    )
    if before["passed"]:
        assert after["passed"]


@FAST
@given(yes_no_votes())
def test_counts_and_ballots_agree(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    from_ballots = compute_result("yes_no", rule, [], group, ballots, None)
    counts = {
        side: {key: figures[key] for key in CHOICES}
        for side, figures in from_ballots["by_side"].items()
    }
    assert compute_result("yes_no", rule, [], group, None, counts) == from_ballots


@FAST
@given(dots_votes())
def test_dots_ranks_count_the_options_with_more_points(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    ranking = compute_result("dots", rule, OPTIONS, group, ballots, None)["ranking"]
    assert sorted(entry["option_id"] for entry in ranking) == sorted(o for o, _ in OPTIONS)
    ranks = [entry["rank"] for entry in ranking]
    assert ranks == sorted(ranks)
    for entry in ranking:
        more = sum(1 for other in ranking if other["points"] > entry["points"])
        assert entry["rank"] == 1 + more
    assert sum(entry["points"] for entry in ranking) == sum(b["points"] for b in ballots)


@FAST
@given(consent_votes())
def test_consent_acceptance_lies_between_zero_and_one(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
) -> None:
    rule, group, ballots = vote
    ranking = compute_result("consent", rule, OPTIONS, group, ballots, None)["ranking"]
    rated = [entry for entry in ranking if entry["mean"] is not None]
    for entry in rated:
        assert 0.0 <= entry["acceptance"] <= 1.0
        assert 0.0 <= entry["mean"] <= rule["scale_max"]
    assert all(entry["rank"] > len(rated) for entry in ranking if entry["mean"] is None)
    ranks = [entry["rank"] for entry in ranking]
    assert ranks == sorted(ranks)


def _check_order_independent(
    method: str,
    *,
    rule: Mapping[str, Any],
    options: Sequence[tuple[str, str]],
    group: Sequence[Voter],
    ballots: list[dict[str, Any]],
    shuffled: list[dict[str, Any]],
) -> None:
    result = compute_result(method, rule, options, group, ballots, None)
    assert results_equal(method, result, result)
    assert result_difference(method, result, result) == "keine Abweichung"
    again = compute_result(method, rule, options, group, shuffled, None)
    assert results_equal(method, result, again)


@FAST
@given(yes_no_votes(), st.randoms(use_true_random=False))
def test_yes_no_result_ignores_ballot_order(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
    rng: random.Random,
) -> None:
    rule, group, ballots = vote
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    _check_order_independent(
        "yes_no", rule=rule, options=[], group=group, ballots=ballots, shuffled=shuffled
    )


@FAST
@given(dots_votes(), st.randoms(use_true_random=False))
def test_dots_result_ignores_ballot_order(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
    rng: random.Random,
) -> None:
    rule, group, ballots = vote
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    _check_order_independent(
        "dots", rule=rule, options=OPTIONS, group=group, ballots=ballots, shuffled=shuffled
    )


@FAST
@given(consent_votes(), st.randoms(use_true_random=False))
def test_consent_result_ignores_ballot_order(
    vote: tuple[dict[str, Any], list[Voter], list[dict[str, Any]]],
    rng: random.Random,
) -> None:
    rule, group, ballots = vote
    shuffled = list(ballots)
    rng.shuffle(shuffled)
    _check_order_independent(
        "consent", rule=rule, options=OPTIONS, group=group, ballots=ballots, shuffled=shuffled
    )


@FAST
@given(
    st.sampled_from(["yes_no", "dots", "consent"]),
    st.dictionaries(
        st.sampled_from(
            [
                "quorum_min_present",
                "majority",
                "parity",
                "dots_per_person",
                "max_per_option",
                "scale_max",
            ]
        ),
        st.none() | st.booleans() | st.integers(-2, 12) | st.sampled_from(MAJORITIES),
    ),
)
def test_rule_normalization_is_idempotent_or_refuses(method: str, rule: dict[str, Any]) -> None:
    try:
        normalized = normalize_rule(method, rule)
    except VoteRuleError as error:
        assert error.code == "bad_rule"
        return
    assert normalize_rule(method, normalized) == normalized


def test_dots_left_counts_a_persons_points_over_all_options() -> None:
    from lip_desktop.model.voting import dots_left

    ballots = [{"person_id": "a", "option_id": "x", "points": 2},
               {"person_id": "a", "option_id": "y", "points": 1},
               {"person_id": "b", "option_id": "x", "points": 1}]
    rule = {"dots_per_person": 3, "max_per_option": None}
    assert dots_left(rule, ballots, "a") == 0
    assert dots_left(rule, ballots, "b") == 2
    assert dots_left(rule, ballots, "c") == 3


def test_side_summary_says_majority_not_adopted() -> None:
    from lip_desktop.model.vote_wording import side_figures as summarize_side

    assert summarize_side({"yes": 3, "no": 1, "abstain": 0, "passed": True}) == \
        "Ja 3 / Nein 1 / Enthaltung 0 – Mehrheit"
    assert summarize_side({"yes": 1, "no": 1, "abstain": 0, "passed": False}).endswith(
        "keine Mehrheit")
