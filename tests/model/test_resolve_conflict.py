"""Deciding merge conflicts as undoable commands (against a stand-in for the engine)."""

from __future__ import annotations

import pytest
from merge_fakes import FakeMerge, FakeService, conflict

from lip_desktop.model.changes import Changes
from lip_desktop.model.commands import ResolveConflict, ResolveConflicts, combined
from lip_desktop.model.errors import LipError


def test_resolve_applies_the_take_and_undo_reopens() -> None:
    merge = FakeMerge([conflict(1)])
    service = FakeService(merge)
    command = ResolveConflict(1, "theirs", title="BIL-M1 Sprachkurse 1",
                              field_label="Beschreibung")
    assert command.text == "Konflikt entscheiden: BIL-M1 Sprachkurse 1 – Beschreibung"
    changes = command.apply(service)  # type: ignore[arg-type]
    assert merge.entries[1].status == "theirs"
    assert changes.touched("measure") == {merge.entries[1].record_id}
    command.revert(service)  # type: ignore[arg-type]
    assert merge.entries[1].status == "open"
    command.apply(service)  # type: ignore[arg-type]  # redo
    assert merge.calls == [("resolve", 1, "theirs", None), ("reopen", 1),
                           ("resolve", 1, "theirs", None)]


def test_an_edited_text_is_passed_as_the_value() -> None:
    merge = FakeMerge([conflict(1)])
    ResolveConflict(1, "edited", "Ein dritter Text für alle.").apply(
        FakeService(merge))  # type: ignore[arg-type]
    assert merge.calls == [("resolve", 1, "edited", "Ein dritter Text für alle.")]
    assert merge.entries[1].status == "edited"


def test_several_decisions_are_one_step_and_undone_newest_first() -> None:
    merge = FakeMerge([conflict(1), conflict(2), conflict(3)])
    service = FakeService(merge)
    command = ResolveConflicts([ResolveConflict(n, "mine") for n in (1, 2, 3)])
    assert command.text == "3 Konflikte entscheiden"
    changes = command.apply(service)  # type: ignore[arg-type]
    assert len(changes.touched("measure")) == 3
    assert {e.status for e in merge.entries.values()} == {"mine"}
    merge.calls.clear()
    command.revert(service)  # type: ignore[arg-type]
    assert merge.calls == [("reopen", 3), ("reopen", 2), ("reopen", 1)]
    assert {e.status for e in merge.entries.values()} == {"open"}


def test_a_refused_decision_takes_back_the_ones_before_it() -> None:
    merge = FakeMerge([conflict(1), conflict(2), conflict(3)])
    merge.refuse = {3}
    command = ResolveConflicts([ResolveConflict(n, "theirs") for n in (1, 2, 3)])
    with pytest.raises(LipError) as refused:
        command.apply(FakeService(merge))  # type: ignore[arg-type]
    assert "inzwischen anders geändert" in refused.value.message
    assert {e.status for e in merge.entries.values()} == {"open"}
    assert merge.calls[-2:] == [("reopen", 2), ("reopen", 1)]


def test_combined_changes_unite_ids_per_type() -> None:
    joined = combined([Changes(updated={"measure": frozenset({"a"})}),
                       Changes(updated={"measure": frozenset({"b"})},
                               deleted={"goal": frozenset({"g"})}, moved=True)])
    assert joined.updated == {"measure": frozenset({"a", "b"})}
    assert joined.deleted == {"goal": frozenset({"g"})} and joined.moved
