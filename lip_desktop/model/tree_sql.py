"""The navigation tree's reads as plain SQL: one text per query, two ways to run it.

Opening a catalogue file paints the tree before SQLAlchemy is imported (importing it and
declaring the ORM cost about half the start-up, issue 14): those first reads run on a
read-only ``sqlite3`` connection (``model/first_look.py``). Once the catalogue is open the
same texts run through its SQLAlchemy connection (``queries.tree_top`` /
``tree_children`` via ``portable.run``, so on PostgreSQL too). Keeping the text in one
place means the first paint and every later read cannot drift apart.

A query is run by a ``Run``: SQL with ``?`` marks and its parameters in, rows (tuples)
out. No SQLAlchemy and no Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

#: Runs one statement (``?`` marks) with its parameters and returns all rows.
Run = Callable[[str, Sequence[Any]], Sequence[Sequence[Any]]]

CATALOGUE_ROW: Final = "SELECT id, title FROM catalogue"
SECTIONS: Final = "SELECT id, title FROM strategy_section ORDER BY position"
FIELDS: Final = "SELECT id, code, name FROM action_field ORDER BY position"
FIELDS_WITH_GOALS: Final = "SELECT DISTINCT action_field_id FROM goal"
#: The goals below an action field or goal, each with whether it has sub-goals or measures
#: (``EXISTS`` on the indexed parent columns): one statement per expansion.
_GOALS: Final = (
    "SELECT g.id, g.code, g.title, g.status, "
    "EXISTS (SELECT 1 FROM goal s WHERE s.parent_id = g.id) "
    "OR EXISTS (SELECT 1 FROM measure m WHERE m.goal_id = g.id) "
    "FROM goal g WHERE {where} ORDER BY g.position, g.code")
GOALS_OF: Final = {
    "action_field": _GOALS.format(where="g.action_field_id = ? AND g.parent_id IS NULL"),
    "goal": _GOALS.format(where="g.parent_id = ?"),
}
MEASURES: Final = ("SELECT id, code, title, status, steering_decision FROM measure"
                   " WHERE goal_id = ? ORDER BY position, code")


@dataclass(frozen=True, slots=True)
class TreeTop:
    """The top of the catalogue tree: strategy sections, action fields and which action
    fields have goals (three queries)."""

    sections: tuple[tuple[str, str], ...]  # (id, title) in order
    fields: tuple[tuple[str, str, str], ...]  # (id, code, name) in order
    fields_with_goals: frozenset[str]


@dataclass(frozen=True, slots=True)
class TreeChildren:
    """The children of an action field or goal (at most two queries, whatever the
    number of children)."""

    goals: tuple[tuple[str, str, str, str], ...]  # (id, code, title, status)
    #: Ids of those goals that have sub-goals or measures.
    goals_with_children: frozenset[str]
    #: (id, code, title, status, steering_decision); only under a goal.
    measures: tuple[tuple[str, str, str, str, str | None], ...]


def read_catalogue_row(run: Run) -> tuple[str, str] | None:
    """(id, title) of the catalogue; None when the file holds no catalogue row."""
    rows = run(CATALOGUE_ROW, ())
    if len(rows) != 1 or not rows[0][0]:
        return None
    return str(rows[0][0]), str(rows[0][1] or "")


def read_top(run: Run) -> TreeTop:
    sections = run(SECTIONS, ())
    fields = run(FIELDS, ())
    with_goals = {row[0] for row in run(FIELDS_WITH_GOALS, ())}
    return TreeTop(tuple((r[0], r[1]) for r in sections),
                   tuple((r[0], r[1], r[2]) for r in fields), frozenset(with_goals))


def read_children(run: Run, kind: str, record_id: str) -> TreeChildren:
    """The goals (and, under a goal, the measures) below an action field or goal: two
    queries at most, whatever the number of children."""
    goals = run(GOALS_OF[kind], (record_id,))
    measures: Sequence[Sequence[Any]] = ()
    if kind == "goal":
        measures = run(MEASURES, (record_id,))
    return TreeChildren(
        tuple((r[0], r[1], r[2], r[3]) for r in goals),
        frozenset(r[0] for r in goals if r[4]),
        tuple((r[0], r[1], r[2], r[3], r[4]) for r in measures))
