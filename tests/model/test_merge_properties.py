"""Random edit sequences on two copies of one catalogue, merged in both directions.

Two properties of issue 8, checked by Hypothesis on real files:

- where no conflict arises, merging B into A and A into B give the same catalogue
  (codes aside: each side keeps its own code when both created the same one);
- no edit is ever lost without a conflict entry: every value a side set, every record it
  added or deleted, is in the merged catalogue, or a conflict names the record.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lip_desktop.model import defaults, revisions
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.services import CatalogueService
from tests.support import create_from

MEASURES = 4
WORDS = ("Sprachkurs", "Mentoring", "Beratung")  # few values: equal edits happen
FIELDS = ("title", "lead")

# An operation: ("set", measure index, field, word) | ("delete", index) | ("add", word)
op = st.one_of(
    st.tuples(st.just("set"), st.integers(0, MEASURES - 1), st.sampled_from(FIELDS),
              st.sampled_from(WORDS)),
    st.tuples(st.just("delete"), st.integers(0, MEASURES - 1)),
    st.tuples(st.just("add"), st.sampled_from(WORDS)),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], str]:
    path = tmp_path_factory.mktemp("merge-template") / "basis.lip"
    cat = create_from(path, defaults.new_catalogue_document())
    service = CatalogueService(cat)
    with cat.read() as conn:
        field = next(iter(revisions.load_records(conn, "action_field")))
    goal = service.structure.add_goal(field, "Ziel").value.id
    ids = [service.structure.add_measure(goal, f"Maßnahme {n}", lead="Amt").value.id
           for n in range(MEASURES)]
    cat.close(backup=False)
    return path, ids, goal


@contextmanager
def opened(path: Path, actor: str) -> Iterator[CatalogueService]:
    service = CatalogueService(Catalogue.open(path, actor=actor, make_backups=False))
    try:
        yield service
    finally:
        service.catalogue.close(backup=False)


def apply(service: CatalogueService, ops: list[tuple[Any, ...]], ids: list[str], goal: str
          ) -> dict[str, Any]:
    """Run the operations; return what this side intends: {(id, field): value},
    {id: None} for deletions, and the ids it added."""
    intent: dict[Any, Any] = {}
    gone: set[str] = set()
    for o in ops:
        if o[0] == "set" and ids[o[1]] not in gone:
            service.structure.update_measure(ids[o[1]], **{o[2]: o[3]})
            intent[(ids[o[1]], o[2])] = o[3]
        elif o[0] == "delete" and ids[o[1]] not in gone:
            service.structure.delete_measure(ids[o[1]])
            gone.add(ids[o[1]])
            for fld in FIELDS:  # its own earlier edits are superseded by the deletion
                intent.pop((ids[o[1]], fld), None)
            intent[ids[o[1]]] = None
        elif o[0] == "add":
            new = service.structure.add_measure(goal, o[1]).value.id
            intent[("added", new)] = o[1]
    return intent


def state(service: CatalogueService) -> dict[str, dict[str, Any]]:
    with service.catalogue.read() as conn:
        measures = revisions.load_records(conn, "measure")
    return {mid: {k: v for k, v in m.items() if k != "code"} for mid, m in measures.items()}


def conflicted(service: CatalogueService) -> set[str]:
    return {c.record_id for c in service.merge.conflicts()}


def check_nothing_lost(merged: dict[str, dict[str, Any]], intent: dict[Any, Any],
                       conflicts: set[str], other_deleted: set[str]) -> None:
    for key, value in intent.items():
        if isinstance(key, tuple) and key[0] == "added":
            assert key[1] in merged, "an added measure was lost"
        elif isinstance(key, tuple):
            mid, fld = key
            if mid in conflicts:
                continue
            if mid in other_deleted and mid not in merged:
                raise AssertionError(f"{fld} of a changed measure was deleted without a "
                                     "conflict")
            assert mid in merged and merged[mid][fld] == value, (
                f"the edit of {fld} was lost without a conflict")
        else:  # a deletion
            assert key not in merged or key in conflicts, "a deletion was lost silently"


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(a_ops=st.lists(op, max_size=5), b_ops=st.lists(op, max_size=5))
def test_random_edits_merge_alike_in_both_orders_and_nothing_is_lost(
        template: tuple[Path, list[str], str], a_ops: list[tuple[Any, ...]],
        b_ops: list[tuple[Any, ...]]) -> None:
    base, ids, goal = template
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for name in ("a.lip", "b.lip"):
            shutil.copy(base, d / name)
        with opened(d / "a.lip", "A") as a:
            a_intent = apply(a, a_ops, ids, goal)
        with opened(d / "b.lip", "B") as b:
            b_intent = apply(b, b_ops, ids, goal)
        shutil.copy(d / "a.lip", d / "ab.lip")
        shutil.copy(d / "b.lip", d / "ba.lip")
        with opened(d / "ab.lip", "A") as ab, opened(d / "ba.lip", "B") as ba:
            ab.merge.merge(d / "b.lip")
            ba.merge.merge(d / "a.lip")
            ab_state, ba_state = state(ab), state(ba)
            ab_conflicts, ba_conflicts = conflicted(ab), conflicted(ba)
        a_deleted = {k for k, v in a_intent.items() if isinstance(k, str)}
        b_deleted = {k for k, v in b_intent.items() if isinstance(k, str)}
        # B's edits reached A (or a conflict says why not), and A's own edits stayed.
        check_nothing_lost(ab_state, b_intent, ab_conflicts, a_deleted)
        check_nothing_lost(ba_state, a_intent, ba_conflicts, b_deleted)
        check_nothing_lost(ab_state, a_intent, ab_conflicts, b_deleted)
        check_nothing_lost(ba_state, b_intent, ba_conflicts, a_deleted)
        if not ab_conflicts and not ba_conflicts:
            assert ab_state == ba_state
        # conflicts are symmetric: found in one direction means found in the other
        assert ab_conflicts == ba_conflicts
