"""Vote counting: the rules of interchange.md "Votes", as pure functions.

The same arithmetic decides a vote in the workshop, checks an imported result and
fills the minutes, so it lives here once, free of storage and UI. Ballots, counts and
results are plain dicts with the interchange keys, because that is the form they are
stored, exported and compared in; nothing here does I/O.

Every rule that is broken raises a ``VoteRuleError`` whose code names the rule, so the
facilitator is told *which* rule a refused ballot breaks (the German text lives in
``errors.py``). Anything else that escapes from here is a bug.

Callers pass the voters already resolved: the group's ``member``s marked present in the
vote's session (``Voter``). The number of voters present, overall and per side, is
``len(voters)`` and the voters of each side; it matters for the quorum, the
``absolute`` majority and the checks on anonymous counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Final, Literal, TypeGuard

from lip_desktop.model import enums
from lip_desktop.model.errors import VoteRuleError

Side = Literal["administration", "external"]

SIDES: Final[tuple[Side, ...]] = ("administration", "external")
METHODS: Final[tuple[str, ...]] = ("yes_no", "dots", "consent", "score", "ranked")
#: The methods whose result is a ranking of options (every method but yes/no).
RANKING_METHODS: Final[tuple[str, ...]] = ("dots", "consent", "score", "ranked")
MAJORITIES: Final[tuple[str, ...]] = ("simple", "absolute", "two_thirds", "consensus")
CHOICES: Final[tuple[str, ...]] = ("yes", "no", "abstain")

#: How far a stored ``mean``/``acceptance`` may be from the recomputed one: half of the
#: last of the three decimals they are rounded to (plus float noise).
FLOAT_TOLERANCE: Final = 0.0005

_RULE_DEFAULTS: Final[dict[str, dict[str, Any]]] = {
    "yes_no": {"quorum_min_present": None, "majority": "simple", "parity": False},
    "dots": {"dots_per_person": 3, "max_per_option": None},
    "consent": {"scale_max": 10},
    "score": {"scale_min": 0, "scale_max": 5},
    "ranked": {"max_ranks": None},
}
#: What a yes/no vote's "option" is called in the one message that needs one.
_YES_NO_OPTION: Final = "Ja/Nein"
#: What a ranked vote's one ballot per person is called in the second_ballot message.
_RANKED_OPTION: Final = "Rangfolge"
#: Who a ballot without a usable ``person_id`` is from, in the not_a_voter message.
_NO_PERSON: Final = "Eine Stimme ohne Person"
_EPSILON: Final = 1e-9


@dataclass(frozen=True, slots=True)
class Voter:
    """One person entitled to vote in this vote: a present group member.

    ``name`` is only for messages (the facilitator knows people by name, not by UUID);
    without it the ``person_id`` is shown.
    """

    person_id: str
    side: Side
    name: str = ""

    def __post_init__(self) -> None:
        if self.side not in SIDES:  # a caller bug, not a user error: the side comes from a person
            raise ValueError(f"unknown side {self.side!r} for voter {self.person_id!r}")

    @property
    def display(self) -> str:
        """The name for messages, falling back to the id."""
        return self.name or self.person_id


# --------------------------------------------------------------------------- rules


def _optional_count(rule: Mapping[str, Any], key: str) -> int | None:
    """A rule entry that is a whole number from 1, or empty."""
    value = rule[key]
    if value is not None and not (_is_int(value) and value >= 1):
        raise VoteRuleError("bad_rule", reason=(
            f"„{key}“ muss eine ganze Zahl ab 1 oder leer sein, nicht „{_show(value)}“"))
    return value


def normalize_rule(method: str, rule: Mapping[str, Any] | None) -> dict[str, Any]:
    """Check a vote's rule and return it complete, with defaults filled in.

    Missing keys take their defaults (yes/no: no quorum, simple majority, no parity;
    dots: 3 dots per person, no limit per option; consent: scale 0..10; score: scale
    0..5; ranked: every option may be ranked) so that a rule
    typed by hand or written by an older tool still counts the same way everywhere.
    Unknown keys are refused rather than ignored: a misspelt ``"parity"`` silently
    ignored would decide a vote by the wrong rule. The result is idempotent:
    ``normalize_rule(m, normalize_rule(m, r)) == normalize_rule(m, r)``.
    """
    if method not in METHODS:
        raise VoteRuleError(
            "bad_rule",
            reason=f"unbekannte Methode „{_show(method)}“ (erlaubt: {', '.join(METHODS)})",
        )
    if rule is None:
        rule = {}
    if not isinstance(rule, Mapping):
        raise VoteRuleError("bad_rule", reason="die Regel muss ein Objekt sein")
    defaults = _RULE_DEFAULTS[method]
    for key in rule:
        if key not in defaults:
            raise VoteRuleError(
                "bad_rule",
                reason=(
                    f"unbekannter Schlüssel „{_show(key)}“ für {method} "
                    f"(erlaubt: {', '.join(defaults)})"
                ),
            )
    merged = {**defaults, **rule}
    if method == "yes_no":
        quorum = _optional_count(merged, "quorum_min_present")
        majority = merged["majority"]
        if not isinstance(majority, str) or majority not in MAJORITIES:
            raise VoteRuleError(
                "bad_rule",
                reason=(
                    f"„majority“ muss einer von {', '.join(MAJORITIES)} sein, "
                    f"nicht „{_show(majority)}“"
                ),
            )
        parity = merged["parity"]
        if not isinstance(parity, bool):
            raise VoteRuleError(
                "bad_rule",
                reason=f"„parity“ muss wahr oder falsch sein, nicht „{_show(parity)}“",
            )
        return {"quorum_min_present": quorum, "majority": majority, "parity": parity}
    if method == "dots":
        per_person = merged["dots_per_person"]
        if not (_is_int(per_person) and per_person >= 1):
            raise VoteRuleError(
                "bad_rule",
                reason=(
                    f"„dots_per_person“ muss eine ganze Zahl ab 1 sein, nicht „{_show(per_person)}“"
                ),
            )
        per_option = _optional_count(merged, "max_per_option")
        return {"dots_per_person": per_person, "max_per_option": per_option}
    if method == "score":
        return _score_rule(merged)
    if method == "ranked":
        max_ranks = _optional_count(merged, "max_ranks")
        return {"max_ranks": max_ranks}
    scale_max = merged["scale_max"]
    if not (_is_int(scale_max) and scale_max >= 1):
        raise VoteRuleError(
            "bad_rule",
            reason=f"„scale_max“ muss eine ganze Zahl ab 1 sein, nicht „{_show(scale_max)}“",
        )
    return {"scale_max": scale_max}


def _score_rule(merged: Mapping[str, Any]) -> dict[str, Any]:
    low, high = merged["scale_min"], merged["scale_max"]
    for key, value in (("scale_min", low), ("scale_max", high)):
        if not _is_int(value):
            raise VoteRuleError(
                "bad_rule", reason=f"„{key}“ muss eine ganze Zahl sein, nicht „{_show(value)}“"
            )
    if low >= high:
        raise VoteRuleError(
            "bad_rule",
            reason=f"„scale_min“ ({low}) muss kleiner als „scale_max“ ({high}) sein",
        )
    return {"scale_min": low, "scale_max": high}


def borda_places(rule: Mapping[str, Any], option_count: int) -> int:
    """k of a ranked vote: the points of a first place (the number of options, or
    ``max_ranks`` when that is smaller). Place i (1-based) earns k − i + 1 points."""
    max_ranks = rule.get("max_ranks")
    return option_count if max_ranks is None else min(option_count, int(max_ranks))


# --------------------------------------------------------------------------- ballots


@dataclass(slots=True)
class _Accepted:
    """What the ballots accepted so far imply for the next one.

    Kept incrementally so that checking all ballots of an imported vote is linear, not
    quadratic, in their number.
    """

    seen: set[tuple[str, str]] = field(default_factory=set)  # (person_id, option_id or "")
    dots: dict[str, int] = field(default_factory=dict)  # person_id -> points given so far

    def add(self, method: str, ballot: Mapping[str, Any]) -> None:
        person_id = ballot.get("person_id")
        if not isinstance(person_id, str):
            return
        option_id = ballot.get("option_id") if method not in ("yes_no", "ranked") else ""
        self.seen.add((person_id, option_id if isinstance(option_id, str) else ""))
        points = ballot.get("points")
        if method == "dots" and _is_int(points):
            self.dots[person_id] = self.dots.get(person_id, 0) + points


def check_ballot(
    method: str,
    rule: Mapping[str, Any],
    options: Sequence[tuple[str, str]],
    voters: Sequence[Voter],
    existing: Sequence[Mapping[str, Any]],
    ballot: Mapping[str, Any],
) -> None:
    """Refuse a ballot that breaks the vote's rules, naming the rule it breaks.

    ``options`` are ``(option_id, label)`` pairs; ``existing`` are the ballots already
    accepted for this vote (interchange dicts), which the limits and the
    one-ballot-per-person rule are checked against. ``existing`` is trusted: it is what
    this function let through before.
    """
    normalized = normalize_rule(method, rule)
    accepted = _Accepted()
    for previous in existing:
        accepted.add(method, previous)
    _check_ballot(
        method,
        rule=normalized,
        labels=_option_labels(options),
        voters=_voter_index(voters),
        accepted=accepted,
        ballot=ballot,
    )


def _check_ballot(
    method: str,
    *,
    rule: Mapping[str, Any],
    labels: Mapping[str, str],
    voters: Mapping[str, Voter],
    accepted: _Accepted,
    ballot: Mapping[str, Any],
) -> tuple[Voter, str, Any]:
    """Check one ballot against normalized inputs; return (voter, option_id, value)."""
    if not isinstance(ballot, Mapping):
        raise VoteRuleError("not_a_voter", person=_NO_PERSON, person_id=None)
    person_id = ballot.get("person_id")
    voter = voters.get(person_id) if isinstance(person_id, str) else None
    if voter is None:
        raise VoteRuleError(
            "not_a_voter",
            person=person_id if isinstance(person_id, str) and person_id else _NO_PERSON,
            person_id=person_id,
        )
    if method == "yes_no":
        choice = ballot.get("choice")
        if not isinstance(choice, str) or choice not in CHOICES:
            raise VoteRuleError("bad_choice", value=_show(choice))
        if (voter.person_id, "") in accepted.seen:
            raise VoteRuleError(
                "second_ballot",
                person=voter.display,
                option=_YES_NO_OPTION,
                person_id=voter.person_id,
            )
        return voter, "", choice
    if method == "ranked":
        return voter, "", _check_ranking(rule, labels, voter, accepted, ballot)

    option_id = ballot.get("option_id")
    if not isinstance(option_id, str) or option_id not in labels:
        raise VoteRuleError("unknown_option", option=_show(option_id), option_id=option_id)
    label = labels[option_id]
    if method == "dots":
        points = ballot.get("points")
        if not (_is_int(points) and points >= 1):
            raise VoteRuleError("points_not_positive", value=_show(points))
        _refuse_second(voter, option_id, label, accepted)
        per_option = rule["max_per_option"]
        if per_option is not None and points > per_option:
            raise VoteRuleError(
                "too_many_on_option",
                person=voter.display,
                points=points,
                option=label,
                limit=per_option,
                person_id=voter.person_id,
                option_id=option_id,
            )
        total = accepted.dots.get(voter.person_id, 0) + points
        if total > rule["dots_per_person"]:
            raise VoteRuleError(
                "too_many_dots",
                person=voter.display,
                points=total,
                limit=rule["dots_per_person"],
                person_id=voter.person_id,
            )
        return voter, option_id, points

    if method == "score":
        score = ballot.get("score")
        low, high = rule["scale_min"], rule["scale_max"]
        if not (_is_int(score) and low <= score <= high):
            raise VoteRuleError(
                "score_range",
                low=low,
                high=high,
                value=_show(score),
                person=voter.display,
                option=label,
                person_id=voter.person_id,
                option_id=option_id,
            )
        _refuse_second(voter, option_id, label, accepted)
        return voter, option_id, score

    resistance = ballot.get("resistance")
    if not (_is_int(resistance) and 0 <= resistance <= rule["scale_max"]):
        raise VoteRuleError("resistance_range", limit=rule["scale_max"], value=_show(resistance))
    _refuse_second(voter, option_id, label, accepted)
    return voter, option_id, resistance


def _check_ranking(
    rule: Mapping[str, Any],
    labels: Mapping[str, str],
    voter: Voter,
    accepted: _Accepted,
    ballot: Mapping[str, Any],
) -> tuple[str, ...]:
    """A ranked ballot: a non-empty list of distinct options, at most k of them."""
    ranking = ballot.get("ranking")
    if not isinstance(ranking, Sequence) or isinstance(ranking, str | bytes):
        raise VoteRuleError(
            "bad_ranking", person=voter.display, value=_show(ranking),
            person_id=voter.person_id,
        )
    if not ranking:
        raise VoteRuleError("ranking_empty", person=voter.display, person_id=voter.person_id)
    seen: set[str] = set()
    for option_id in ranking:
        if not isinstance(option_id, str) or option_id not in labels:
            raise VoteRuleError("unknown_option", option=_show(option_id), option_id=option_id)
        if option_id in seen:
            raise VoteRuleError(
                "ranking_repeat",
                person=voter.display,
                option=labels[option_id],
                person_id=voter.person_id,
                option_id=option_id,
            )
        seen.add(option_id)
    limit = borda_places(rule, len(labels))
    if len(ranking) > limit:
        raise VoteRuleError(
            "ranking_too_long",
            person=voter.display,
            given=len(ranking),
            limit=limit,
            person_id=voter.person_id,
        )
    if (voter.person_id, "") in accepted.seen:
        raise VoteRuleError(
            "second_ballot",
            person=voter.display,
            option=_RANKED_OPTION,
            person_id=voter.person_id,
        )
    return tuple(ranking)


def _refuse_second(voter: Voter, option_id: str, label: str, accepted: _Accepted) -> None:
    if (voter.person_id, option_id) in accepted.seen:
        raise VoteRuleError(
            "second_ballot",
            person=voter.display,
            option=label,
            person_id=voter.person_id,
            option_id=option_id,
        )


# --------------------------------------------------------------------------- counts


def check_counts(
    method: str,
    rule: Mapping[str, Any],
    options: Sequence[tuple[str, str]],
    voters: Sequence[Voter],
    counts: Mapping[str, Any],
) -> dict[str, Any]:
    """Check anonymous totals and return them complete, as plain ints.

    Counts are what a facilitator types after a show of hands, so they are checked for
    what is possible with the voters present (no more votes than voters, no more points
    than they had). The returned form is complete: yes/no gives both sides (a missing
    side is zeros), dots and consent give every option in option order (a missing
    option had no points / no raters). Normalizing twice changes nothing.
    """
    normalized = normalize_rule(method, rule)
    return _check_counts(method, normalized, _option_labels(options), _voter_index(voters), counts)


def _check_counts(
    method: str,
    rule: Mapping[str, Any],
    labels: Mapping[str, str],
    voters: Mapping[str, Voter],
    counts: Any,
) -> dict[str, Any]:
    if not isinstance(counts, Mapping):
        raise VoteRuleError("bad_counts", reason="die Summen müssen ein Objekt sein")
    if method == "yes_no":
        return _check_yes_no_counts(voters, counts)
    for key in counts:
        if not isinstance(key, str) or key not in labels:
            raise VoteRuleError("unknown_option", option=_show(key), option_id=key)
    present = len(voters)
    if method == "dots":
        points: dict[str, Any] = {}
        for option_id, label in labels.items():
            value = counts.get(option_id, 0)
            if not (_is_int(value) and value >= 0):
                raise VoteRuleError(
                    "bad_counts",
                    reason=f"„{label}“: Punkte müssen eine ganze Zahl ab 0 sein, "
                    f"nicht „{_show(value)}“",
                )
            per_option = rule["max_per_option"]
            if per_option is not None and value > present * per_option:
                raise VoteRuleError(
                    "bad_counts",
                    reason=(
                        f"„{label}“ hat {value} Punkte, bei {present} Stimmberechtigten mit "
                        f"höchstens {per_option} je Option sind höchstens "
                        f"{present * per_option} möglich"
                    ),
                )
            points[option_id] = value
        total = sum(points.values())
        limit = present * rule["dots_per_person"]
        if total > limit:
            raise VoteRuleError(
                "bad_counts",
                reason=(
                    f"zusammen {total} Punkte, bei {present} Stimmberechtigten mit je "
                    f"{rule['dots_per_person']} Punkten sind höchstens {limit} möglich"
                ),
            )
        return points
    if method == "score":
        return _check_score_counts(rule, labels, present, counts)
    if method == "ranked":
        return _check_ranked_counts(rule, labels, present, counts)

    ratings: dict[str, Any] = {}
    for option_id, label in labels.items():
        raw = counts.get(option_id, {"total": 0, "raters": 0})
        figures = _exact_ints(raw, ("total", "raters"), f"„{label}“")
        total, raters = figures["total"], figures["raters"]
        if raters > present:
            raise VoteRuleError(
                "counts_exceed_voters",
                what=f"„{label}“",
                given=raters,
                voters=present,
                option_id=option_id,
            )
        if total > raters * rule["scale_max"]:
            raise VoteRuleError(
                "bad_counts",
                reason=(
                    f"„{label}“: Widerstand zusammen {total} bei {raters} Bewertungen, "
                    f"höchstens {raters * rule['scale_max']} möglich"
                ),
            )
        ratings[option_id] = figures
    return ratings


def _check_score_counts(
    rule: Mapping[str, Any], labels: Mapping[str, str], present: int, counts: Mapping[Any, Any]
) -> dict[str, Any]:
    """Per option the sum of the scores and how many scored it; the sum must be one that
    ``raters`` scores on the scale can make (a negative sum is possible below zero)."""
    low, high = rule["scale_min"], rule["scale_max"]
    ratings: dict[str, Any] = {}
    for option_id, label in labels.items():
        raw = counts.get(option_id, {"total": 0, "raters": 0})
        figures = _exact_ints(raw, ("total", "raters"), f"„{label}“", signed=("total",))
        total, raters = figures["total"], figures["raters"]
        if raters > present:
            raise VoteRuleError(
                "counts_exceed_voters",
                what=f"„{label}“",
                given=raters,
                voters=present,
                option_id=option_id,
            )
        if not raters * low <= total <= raters * high:
            raise VoteRuleError(
                "bad_counts",
                reason=(
                    f"„{label}“: Summe {total} bei {raters} Bewertungen, möglich sind "
                    f"{raters * low} bis {raters * high}"
                ),
            )
        ratings[option_id] = {"total": total, "raters": raters}
    return ratings


def _check_ranked_counts(
    rule: Mapping[str, Any], labels: Mapping[str, str], present: int, counts: Mapping[Any, Any]
) -> dict[str, Any]:
    """Borda totals per option. Every ballot names exactly one first place, so the first
    places add up to the number of ballots; from that follows what each option's points
    and all points together can be (a first place earns k, any other place less)."""
    k = borda_places(rule, len(labels))
    totals: dict[str, Any] = {}
    for option_id, label in labels.items():
        raw = counts.get(option_id, {"points": 0, "first": 0})
        totals[option_id] = _exact_ints(raw, ("points", "first"), f"„{label}“")
    ballots = sum(figures["first"] for figures in totals.values())
    if ballots > present:
        raise VoteRuleError(
            "counts_exceed_voters",
            what="Erste Plätze zusammen",
            given=ballots,
            voters=present,
        )
    for option_id, label in labels.items():
        points, first = totals[option_id]["points"], totals[option_id]["first"]
        least, most = first * k, first * k + (ballots - first) * (k - 1)
        if not least <= points <= most:
            raise VoteRuleError(
                "bad_counts",
                reason=(
                    f"„{label}“: {points} Punkte bei {first} ersten Plätzen und "
                    f"{ballots} Stimmzetteln, möglich sind {least} bis {most}"
                ),
            )
    total = sum(figures["points"] for figures in totals.values())
    least, most = ballots * k, ballots * k * (k + 1) // 2
    if not least <= total <= most:
        raise VoteRuleError(
            "bad_counts",
            reason=(
                f"zusammen {total} Punkte bei {ballots} Stimmzetteln, möglich sind "
                f"{least} bis {most}"
            ),
        )
    return totals


def _check_yes_no_counts(voters: Mapping[str, Voter], counts: Mapping[Any, Any]) -> dict[str, Any]:
    for key in counts:
        if key not in SIDES:
            raise VoteRuleError(
                "bad_counts",
                reason=f"unbekannte Seite „{_show(key)}“ (erlaubt: {', '.join(SIDES)})",
            )
    present = _present_by_side(voters)
    result: dict[str, Any] = {}
    for side in SIDES:
        raw = counts.get(side, {"yes": 0, "no": 0, "abstain": 0})
        figures = _exact_ints(raw, CHOICES, enums.SIDE[side])
        given = sum(figures.values())
        if given > present[side]:
            raise VoteRuleError(
                "counts_exceed_voters",
                what=enums.SIDE[side],
                given=given,
                voters=present[side],
                side=side,
            )
        result[side] = figures
    return result


def _exact_ints(
    raw: Any, keys: Sequence[str], where: str, signed: Sequence[str] = ()
) -> dict[str, int]:
    """An object with exactly ``keys``, each an int >= 0 (any int for ``signed`` keys:
    a score sum on a scale below zero), or ``bad_counts``."""
    if not isinstance(raw, Mapping):
        raise VoteRuleError(
            "bad_counts", reason=f"{where}: erwartet ein Objekt mit {', '.join(keys)}"
        )
    for key in raw:
        if key not in keys:
            raise VoteRuleError(
                "bad_counts",
                reason=f"{where}: unbekannter Schlüssel „{_show(key)}“ "
                f"(erlaubt: {', '.join(keys)})",
            )
    figures: dict[str, int] = {}
    for key in keys:
        if key not in raw:
            raise VoteRuleError("bad_counts", reason=f"{where}: „{key}“ fehlt")
        value = raw[key]
        if key in signed and not _is_int(value):
            raise VoteRuleError(
                "bad_counts",
                reason=f"{where}: „{key}“ muss eine ganze Zahl sein, nicht „{_show(value)}“",
            )
        if key not in signed and not (_is_int(value) and value >= 0):
            raise VoteRuleError(
                "bad_counts",
                reason=f"{where}: „{key}“ muss eine ganze Zahl ab 0 sein, nicht „{_show(value)}“",
            )
        figures[key] = value
    return figures


# --------------------------------------------------------------------------- results


def compute_result(
    method: str,
    rule: Mapping[str, Any],
    options: Sequence[tuple[str, str]],
    voters: Sequence[Voter],
    ballots: Sequence[Mapping[str, Any]] | None,
    counts: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Validate a vote completely and return its ``result`` exactly as interchange.md.

    Every ballot goes through the same checks as when it was entered, in order, so an
    imported vote cannot carry a ballot the app would have refused. A vote has ballots
    or counts, never both; no ballots and no counts is a valid vote nobody voted in
    yet. The result is deterministic and independent of the order of the ballots.
    """
    normalized = normalize_rule(method, rule)
    labels = _option_labels(options)
    index = _voter_index(voters)
    if method != "yes_no" and not labels:
        raise VoteRuleError("no_options")
    has_ballots = ballots is not None and len(ballots) > 0
    has_counts = counts is not None and (not isinstance(counts, Mapping) or len(counts) > 0)
    if has_ballots and has_counts:
        raise VoteRuleError("ballots_and_counts")

    if has_counts:
        tally = _check_counts(method, normalized, labels, index, counts)
    else:
        tally = _tally_ballots(method, normalized, labels, index, ballots or ())

    if method == "yes_no":
        return _yes_no_result(normalized, index, tally)
    if method == "dots":
        return _dots_result(labels, tally)
    if method == "score":
        return _score_result(labels, tally)
    if method == "ranked":
        return _ranked_result(labels, tally)
    return _consent_result(normalized, labels, tally)


def _tally_ballots(
    method: str,
    rule: Mapping[str, Any],
    labels: Mapping[str, str],
    voters: Mapping[str, Voter],
    ballots: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """Check the ballots in order and add them up in the normalized counts form."""
    accepted = _Accepted()
    tally: dict[str, Any]
    if method == "yes_no":
        tally = {side: dict.fromkeys(CHOICES, 0) for side in SIDES}
    elif method == "dots":
        tally = dict.fromkeys(labels, 0)
    elif method == "ranked":
        tally = {option_id: {"points": 0, "first": 0} for option_id in labels}
    else:
        tally = {option_id: {"total": 0, "raters": 0} for option_id in labels}
    k = borda_places(rule, len(labels)) if method == "ranked" else 0
    for ballot in ballots:
        voter, option_id, value = _check_ballot(
            method, rule=rule, labels=labels, voters=voters, accepted=accepted, ballot=ballot
        )
        accepted.add(method, ballot)
        if method == "yes_no":
            tally[voter.side][value] += 1
        elif method == "dots":
            tally[option_id] += value
        elif method == "ranked":
            for place, ranked_id in enumerate(value, start=1):
                tally[ranked_id]["points"] += k - place + 1
            tally[value[0]]["first"] += 1
        else:
            tally[option_id]["total"] += value
            tally[option_id]["raters"] += 1
    return tally


def _majority_holds(majority: str, yes: int, no: int, present: int) -> bool:
    """The rule's majority on one set of figures (a whole vote or one side)."""
    if majority == "simple":
        return yes > no
    if majority == "absolute":
        return yes * 2 > present
    if majority == "two_thirds":
        return yes * 3 >= (yes + no) * 2 and yes > 0
    return no == 0 and yes > 0  # consensus


def _yes_no_result(
    rule: Mapping[str, Any], voters: Mapping[str, Voter], tally: Mapping[str, Any]
) -> dict[str, Any]:
    majority: str = rule["majority"]
    present_by_side = _present_by_side(voters)
    by_side: dict[str, Any] = {}
    for side in SIDES:
        figures = tally[side]
        by_side[side] = {
            "yes": figures["yes"],
            "no": figures["no"],
            "abstain": figures["abstain"],
            "passed": _majority_holds(
                majority, figures["yes"], figures["no"], present_by_side[side]
            ),
        }
    yes = sum(by_side[side]["yes"] for side in SIDES)
    no = sum(by_side[side]["no"] for side in SIDES)
    abstain = sum(by_side[side]["abstain"] for side in SIDES)
    quorum = rule["quorum_min_present"]
    quorate = quorum is None or len(voters) >= quorum
    passed = (
        quorate
        and _majority_holds(majority, yes, no, len(voters))
        and (not rule["parity"] or all(by_side[side]["passed"] for side in SIDES))
    )
    return {
        "quorate": quorate,
        "passed": passed,
        "yes": yes,
        "no": no,
        "abstain": abstain,
        "by_side": by_side,
    }


def _dots_result(labels: Mapping[str, str], points: Mapping[str, int]) -> dict[str, Any]:
    order = list(labels)
    ranks = _shared_ranks(order, {option_id: -points[option_id] for option_id in order})
    ranking = [
        {"option_id": option_id, "points": points[option_id], "rank": rank}
        for option_id, rank in ranks
    ]
    return {"ranking": ranking}


def _consent_result(
    rule: Mapping[str, Any], labels: Mapping[str, str], tally: Mapping[str, Any]
) -> dict[str, Any]:
    scale_max: int = rule["scale_max"]
    rated = [option_id for option_id in labels if tally[option_id]["raters"] > 0]
    unrated = [option_id for option_id in labels if tally[option_id]["raters"] == 0]
    # Order by the exact mean: two options whose means round alike still differ in rank.
    exact = {
        option_id: Fraction(tally[option_id]["total"], tally[option_id]["raters"])
        for option_id in rated
    }
    ranking: list[dict[str, Any]] = []
    for option_id, rank in _shared_ranks(rated, exact):
        total, raters = tally[option_id]["total"], tally[option_id]["raters"]
        mean = total / raters
        ranking.append(
            {
                "option_id": option_id,
                "total": total,
                "mean": round(mean, 3),
                "acceptance": round(1 - mean / scale_max, 3),
                "rank": rank,
            }
        )
    # Nobody rated these: no mean to order by, so they share the place after all rated ones.
    ranking.extend(
        {
            "option_id": option_id,
            "total": tally[option_id]["total"],
            "mean": None,
            "acceptance": None,
            "rank": len(rated) + 1,
        }
        for option_id in unrated
    )
    return {"ranking": ranking}


def _score_result(labels: Mapping[str, str], tally: Mapping[str, Any]) -> dict[str, Any]:
    """Highest mean first, ranked by the mean as rounded (interchange-v2: two means that
    round alike share a rank); options no one scored follow, sharing the last rank."""
    rated = [option_id for option_id in labels if tally[option_id]["raters"] > 0]
    unrated = [option_id for option_id in labels if tally[option_id]["raters"] == 0]
    means = {option_id: _mean(tally[option_id]) for option_id in rated}
    ranking: list[dict[str, Any]] = [
        {
            "option_id": option_id,
            "total": tally[option_id]["total"],
            "raters": tally[option_id]["raters"],
            "mean": means[option_id],
            "rank": rank,
        }
        for option_id, rank in _shared_ranks(rated, {o: -m for o, m in means.items()})
    ]
    ranking.extend(
        {"option_id": option_id, "total": 0, "raters": 0, "mean": None, "rank": len(rated) + 1}
        for option_id in unrated
    )
    return {"ranking": ranking}


def _mean(figures: Mapping[str, int]) -> float:
    """total / raters rounded half up to 3 decimals, exactly (no float drift at .0005)."""
    exact = Fraction(figures["total"], figures["raters"])
    thousandths = (exact * 1000 + Fraction(1, 2)).__floor__()
    return float(Fraction(thousandths, 1000))


def _ranked_result(labels: Mapping[str, str], tally: Mapping[str, Any]) -> dict[str, Any]:
    """Most points first; equal points share a rank whatever the first places say."""
    order = list(labels)
    ranks = _shared_ranks(order, {option_id: -tally[option_id]["points"] for option_id in order})
    ranking = [
        {
            "option_id": option_id,
            "points": tally[option_id]["points"],
            "first": tally[option_id]["first"],
            "rank": rank,
        }
        for option_id, rank in ranks
    ]
    return {"ranking": ranking}


def _shared_ranks(order: Sequence[str], key: Mapping[str, Any]) -> list[tuple[str, int]]:
    """Sort by ``key`` (lowest first, ties in ``order``) with shared ranks 1, 1, 3."""
    ordered = sorted(order, key=lambda option_id: key[option_id])  # stable: ties keep order
    ranks: list[tuple[str, int]] = []
    for position, option_id in enumerate(ordered):
        if position and key[ordered[position - 1]] == key[option_id]:
            ranks.append((option_id, ranks[-1][1]))
        else:
            ranks.append((option_id, position + 1))
    return ranks


# --------------------------------------------------------------------------- comparison


class _Missing:
    """Marks a key absent from a result (distinct from a stored ``null``)."""

    def __repr__(self) -> str:
        return "fehlt"


_MISSING: Final = _Missing()
_YES_NO_TOP: Final[tuple[tuple[str, str], ...]] = (
    ("quorate", "bool"),
    ("passed", "bool"),
    ("yes", "int"),
    ("no", "int"),
    ("abstain", "int"),
)
_YES_NO_SIDE: Final[tuple[tuple[str, str], ...]] = (
    ("yes", "int"),
    ("no", "int"),
    ("abstain", "int"),
    ("passed", "bool"),
)
_RANKING_FIELDS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "dots": (("points", "int"), ("rank", "int")),
    "consent": (("total", "int"), ("mean", "float"), ("acceptance", "float"), ("rank", "int")),
    "score": (("total", "int"), ("raters", "int"), ("mean", "float"), ("rank", "int")),
    "ranked": (("points", "int"), ("first", "int"), ("rank", "int")),
}


def results_equal(method: str, a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> bool:
    """Whether two results say the same, for checking an imported result.

    Compares meaning, not bytes: the order of options within a shared rank does not
    matter, and ``mean``/``acceptance`` may differ by ``FLOAT_TOLERANCE`` (another tool
    may round differently). A missing or mistyped figure is a difference; keys outside
    the contract are ignored. Symmetric in ``a`` and ``b``.
    """
    return _first_difference(method, a, b) is None


def result_difference(method: str, a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> str:
    """German description of the first difference, ``a`` stored and ``b`` computed.

    Meant for the ``result_mismatch`` message, e.g. "passed: gespeichert ja,
    berechnet nein". Returns "keine Abweichung" when ``results_equal`` holds.
    """
    difference = _first_difference(method, a, b)
    return "keine Abweichung" if difference is None else difference


def _first_difference(method: str, a: Any, b: Any) -> str | None:
    if method not in METHODS:
        raise VoteRuleError(
            "bad_rule",
            reason=f"unbekannte Methode „{_show(method)}“ (erlaubt: {', '.join(METHODS)})",
        )
    if a is None and b is None:
        return None
    if not isinstance(a, Mapping) or not isinstance(b, Mapping):
        return _describe("Ergebnis", _presence(a), _presence(b))
    if method == "yes_no":
        found = _compare_fields("", a, b, _YES_NO_TOP)
        if found is not None:
            return found
        sides_a, sides_b = a.get("by_side", _MISSING), b.get("by_side", _MISSING)
        if not isinstance(sides_a, Mapping) or not isinstance(sides_b, Mapping):
            return _describe("by_side", _presence(sides_a), _presence(sides_b))
        for side in SIDES:
            side_a, side_b = sides_a.get(side, _MISSING), sides_b.get(side, _MISSING)
            where = f"by_side.{side}"
            if not isinstance(side_a, Mapping) or not isinstance(side_b, Mapping):
                return _describe(where, _presence(side_a), _presence(side_b))
            found = _compare_fields(f"{where}.", side_a, side_b, _YES_NO_SIDE)
            if found is not None:
                return found
        return None
    return _compare_rankings(a, b, _RANKING_FIELDS[method])


def _compare_rankings(
    a: Mapping[str, Any], b: Mapping[str, Any], fields: Sequence[tuple[str, str]]
) -> str | None:
    map_a = _ranking_map(a.get("ranking", _MISSING))
    map_b = _ranking_map(b.get("ranking", _MISSING))
    if map_a is None or map_b is None:
        return _describe(
            "ranking",
            "ungültig" if map_a is None else "gültig",
            "ungültig" if map_b is None else "gültig",
        )
    for option_id in [*map_b, *(key for key in map_a if key not in map_b)]:
        entry_a, entry_b = map_a.get(option_id), map_b.get(option_id)
        where = f"Option „{option_id}“"
        if entry_a is None or entry_b is None:
            return _describe(where, _presence(entry_a), _presence(entry_b))
        found = _compare_fields(f"{where} ", entry_a, entry_b, fields)
        if found is not None:
            return found
    return None


def _ranking_map(ranking: Any) -> dict[str, Mapping[str, Any]] | None:
    """option_id -> entry, or None when the ranking is not a list of distinct entries."""
    if not isinstance(ranking, Sequence) or isinstance(ranking, str | bytes):
        return None
    entries: dict[str, Mapping[str, Any]] = {}
    for entry in ranking:
        if not isinstance(entry, Mapping):
            return None
        option_id = entry.get("option_id")
        if not isinstance(option_id, str) or option_id in entries:
            return None
        entries[option_id] = entry
    return entries


def _compare_fields(
    prefix: str, a: Mapping[str, Any], b: Mapping[str, Any], fields: Sequence[tuple[str, str]]
) -> str | None:
    for key, kind in fields:
        value_a, value_b = a.get(key, _MISSING), b.get(key, _MISSING)
        if not _same(kind, value_a, value_b):
            return _describe(f"{prefix}{key}", _render(value_a), _render(value_b))
    return None


def _same(kind: str, a: Any, b: Any) -> bool:
    if kind == "bool":
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if kind == "int":
        return _is_int(a) and _is_int(b) and a == b
    if a is None or b is None:  # float or null: null only equals null (an unrated option)
        return a is None and b is None
    return _is_number(a) and _is_number(b) and abs(a - b) <= FLOAT_TOLERANCE + _EPSILON


def _describe(where: str, stored: str, computed: str) -> str:
    return f"{where}: gespeichert {stored}, berechnet {computed}"


def _presence(value: Any) -> str:
    return "fehlt" if value is None or value is _MISSING else "vorhanden"


def _render(value: Any) -> str:
    if value is _MISSING:
        return "fehlt"
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if value is None:
        return "leer"
    return _show(value)


# --------------------------------------------------------------------------- texts


def dots_left(rule: Mapping[str, Any], ballots: Sequence[Mapping[str, Any]],
              person_id: str) -> int:
    """How many dots a person still has in a dot vote (what the grid shows)."""
    used = sum(int(b.get("points") or 0) for b in ballots if b.get("person_id") == person_id)
    return int(rule.get("dots_per_person", 0)) - used


def deciding_votes(votes: Sequence[Mapping[str, Any]]
                   ) -> dict[str, tuple[Mapping[str, Any], str | None]]:
    """measure id → (the vote that decided it, the option id or None).

    The deciding vote is the last *closed* vote with the measure as its subject (by
    closing time); a vote still open has decided nothing, and a later vote merely linked
    to the measure does not replace the one that decided it. Only a measure that was
    never the subject of a closed vote takes the last closed ranking (dots or consent)
    it stood in as an option, with that option's id.
    """
    as_subject: dict[str, tuple[str, Mapping[str, Any]]] = {}
    as_option: dict[str, tuple[str, Mapping[str, Any], str]] = {}
    for vote in votes:
        if vote.get("status") != "closed":
            continue
        stamp = str(vote.get("closed_at") or vote.get("opened_at") or "")
        subject = vote.get("subject_id")
        if vote.get("subject_type") == "measure" and subject and (
                subject not in as_subject or stamp >= as_subject[subject][0]):
            as_subject[subject] = (stamp, vote)
        for option in vote.get("options") or ():
            measure_id = option.get("subject_id")
            if option.get("subject_type") == "measure" and measure_id and (
                    measure_id not in as_option or stamp >= as_option[measure_id][0]):
                as_option[measure_id] = (stamp, vote, str(option.get("id") or ""))
    decided: dict[str, tuple[Mapping[str, Any], str | None]] = {
        measure_id: (vote, option_id) for measure_id, (_, vote, option_id) in as_option.items()}
    decided.update({measure_id: (vote, None) for measure_id, (_, vote) in as_subject.items()})
    return decided


# --------------------------------------------------------------------------- helpers


def _is_int(value: Any) -> TypeGuard[int]:
    """An int that is not a bool (JSON ``true`` must not count as one vote)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _show(value: Any) -> str:
    """A value as it appears inside „…“ in a German message."""
    if value is None:
        return "leer"
    if isinstance(value, bool):
        return "wahr" if value else "falsch"
    if isinstance(value, int) and value.bit_length() > 64:
        return f"eine Zahl mit etwa {int(value.bit_length() * 0.30103) + 1} Stellen"
    text = str(value)
    if len(text) > 60:
        text = f"{text[:59]}…"
    if not text.isprintable():  # a line break or control character from a hostile file
        text = "".join(c if c.isprintable() else c.encode("unicode_escape",
                                                          "backslashreplace").decode("ascii")
                       for c in text)
    return text


def _option_labels(options: Sequence[tuple[str, str]]) -> dict[str, str]:
    """option_id -> label in option order (the order ties keep); the first id wins."""
    labels: dict[str, str] = {}
    for option_id, label in options:
        labels.setdefault(option_id, label or option_id)
    return labels


def _voter_index(voters: Sequence[Voter]) -> dict[str, Voter]:
    """person_id -> voter; a person listed twice is one voter (the first entry)."""
    index: dict[str, Voter] = {}
    for voter in voters:
        index.setdefault(voter.person_id, voter)
    return index


def _present_by_side(voters: Mapping[str, Voter]) -> dict[str, int]:
    present: dict[str, int] = dict.fromkeys(SIDES, 0)
    for voter in voters.values():
        present[voter.side] += 1
    return present
