"""The speakers list's rules: parity order with its reasons, speaking time per side."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lip_desktop.model.speakers import (
    SideTimes,
    Waiting,
    clock_text,
    over_limit,
    side_times,
    speaking_order,
)

A, E = "administration", "external"


def waiting(*people: tuple[str, str]) -> list[Waiting]:
    return [Waiting(f"e-{pid}", pid, side) for pid, side in people]


def order(people: list[Waiting], spoken: dict[str, int] | None = None,
          last: str | None = None, parity: bool = True) -> list[str]:
    return [p.person_id for p in speaking_order(people, spoken or {}, last, parity=parity)]


def test_without_parity_the_order_of_requests_holds() -> None:
    people = waiting(("a1", A), ("a2", A), ("e1", E))
    placed = speaking_order(people, {"a1": 3}, E, parity=False)
    assert [p.person_id for p in placed] == ["a1", "a2", "e1"]
    assert {p.reason for p in placed} == {"Reihenfolge der Meldungen"}
    assert placed[0].contribution == 4


def test_parity_alternates_sides_while_both_have_people_waiting() -> None:
    people = waiting(("a1", A), ("a2", A), ("a3", A), ("e1", E), ("e2", E))
    assert order(people) == ["a1", "e1", "a2", "e2", "a3"]


def test_parity_starts_with_the_other_side_of_the_last_speech() -> None:
    people = waiting(("a1", A), ("e1", E))
    placed = speaking_order(people, {"x": 1}, A, parity=True)
    assert [p.person_id for p in placed] == ["e1", "a1"]
    assert placed[0].reason == "erster Beitrag zum Punkt · Wechsel: Verwaltung nach extern"
    assert placed[1].reason == "erster Beitrag zum Punkt · Wechsel: extern nach Verwaltung"


def test_first_contributions_go_before_second_ones() -> None:
    people = waiting(("a1", A), ("e1", E), ("a2", A))
    placed = speaking_order(people, {"a1": 1, "e1": 1}, E, parity=True)
    assert [p.person_id for p in placed] == ["a2", "e1", "a1"]
    assert placed[0].reason.startswith("erster Beitrag zum Punkt (vor weiteren Beiträgen)")
    assert placed[1].contribution == 2
    assert placed[1].reason == "2. Beitrag zum Punkt · Wechsel: Verwaltung nach extern"


def test_one_side_empty_continues_with_the_other_and_says_so() -> None:
    people = waiting(("a1", A), ("a2", A))
    placed = speaking_order(people, {}, A, parity=True)
    assert [p.person_id for p in placed] == ["a1", "a2"]
    assert placed[0].reason == "erster Beitrag zum Punkt · keine Wortmeldung von extern"


def test_a_person_removed_while_speaking_keeps_the_alternation() -> None:
    """The running speech (already counted in ``spoken`` and ``last``) of someone taken
    off the waiting list still decides the next side; the rest move up."""
    people = waiting(("a1", A), ("e1", E), ("a2", A))
    before = order(people, {"e9": 1}, E)
    assert before == ["a1", "e1", "a2"]
    after = order([w for w in people if w.person_id != "a1"], {"e9": 1}, E)
    assert after == ["a2", "e1"]


@given(st.lists(st.tuples(st.sampled_from([A, E]), st.integers(0, 2)), max_size=12),
       st.sampled_from([A, E, None]))
def test_parity_order_is_a_permutation_with_rank_first_and_alternation(
        entries: list[tuple[str, int]], last: str | None) -> None:
    people = [Waiting(f"e{i}", f"p{i}", side) for i, (side, _) in enumerate(entries)]
    spoken = {f"p{i}": n for i, (_, n) in enumerate(entries)}
    placed = speaking_order(people, spoken, last, parity=True)
    assert sorted(p.entry_id for p in placed) == sorted(w.entry_id for w in people)
    ranks = [p.contribution for p in placed]
    assert ranks == sorted(ranks)  # first contributions before second ones
    previous = last
    for i, p in enumerate(placed):
        rest = [q for q in placed[i:] if q.contribution == p.contribution]
        if previous is not None and any(q.side != previous for q in rest):
            assert p.side != previous  # alternation while the other side waits
        previous = p.side


def test_speaking_time_sums_per_side() -> None:
    times = side_times([(A, 100), (E, 75), (A, 660), (E, 480)])
    assert times == SideTimes(760, 555)
    assert times.text() == "Redezeit Verwaltung 12:40 · extern 9:15"
    assert times + SideTimes(5, 0) == SideTimes(765, 555)
    assert side_times([]) == SideTimes(0, 0)


@given(st.lists(st.tuples(st.sampled_from([A, E]), st.integers(0, 10_000))))
def test_speaking_time_sums_add_up_to_the_whole(speeches: list[tuple[str, int]]) -> None:
    times = side_times(speeches)
    assert times.administration + times.external == sum(s for _, s in speeches)


def test_clock_text_and_limit() -> None:
    assert clock_text(0) == "0:00"
    assert clock_text(555) == "9:15"
    assert clock_text(-4) == "0:00"
    assert not over_limit(180, 180)
    assert over_limit(181, 180)
    assert not over_limit(10_000, None)
