"""The collector's pause is counted across threads: one thread's bulk work ending does not
switch it on under another's (a full pass over a running import's objects froze the
window for 1.7 s)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from lip_desktop.model import collector


def test_the_collector_runs_again_only_after_the_last_pause() -> None:
    assert gc.isenabled()
    first_in, first_out = threading.Event(), threading.Event()

    def search_index() -> None:  # another thread's pause, begun first and ended first
        with collector.paused():
            first_in.set()
            first_out.wait(10)

    other = threading.Thread(target=search_index)
    other.start()
    first_in.wait(10)
    with collector.paused():  # the import's job
        first_out.set()
        other.join(10)
        assert not gc.isenabled()  # the search index ended; the job's pause holds
        with collector.paused():  # nested: the Excel build inside a job
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Part:
    """A record's part that notes, when it goes, how many items its list still holds."""

    seen: ClassVar[list[int]] = []

    def __init__(self, holder: list[object]) -> None:
        self.holder = holder

    def __del__(self) -> None:
        _Part.seen.append(len(self.holder))


def test_release_frees_a_catalogue_item_by_item_and_leaves_shared_values_alone() -> None:
    """A large result goes an item at a time (each sees its list shorter than the last
    did), not in one cascade; a record kept elsewhere, a report's tuples and the
    strings stay as they were."""
    from dataclasses import dataclass, field

    @dataclass(slots=True)
    class Cleaned:
        records: dict[str, list[object]] = field(default_factory=dict)
        codes: tuple[str, ...] = ()

    parts: list[object] = []
    parts.extend(_Part(parts) for _ in range(100))
    kept = {"id": "m-1", "title": "Sprachkurse", "tags": ["a", "b"]}
    recoded = ("BIL-M1", "BIL-M2")
    doc = {"format": "lip-catalogue", "measures": [dict(kept) for _ in range(300)] + [kept],
           "parts": parts}
    cleaned = Cleaned({"measure": list(doc["measures"]), "goal": [{"id": "g"}] * 70},
                      recoded)
    _Part.seen.clear()
    collector.release(doc, (cleaned, frozenset({"x"})))
    assert _Part.seen == list(range(99, -1, -1))  # one at a time, from the end
    assert doc == {} and cleaned.records == {} and parts == []
    assert kept == {"id": "m-1", "title": "Sprachkurse", "tags": ["a", "b"]}
    assert cleaned.codes == ("BIL-M1", "BIL-M2")


def test_release_takes_nothing_and_plain_values() -> None:
    collector.release()
    collector.release("text", 3, None, (), [], {})


def test_released_empties_the_document_after_the_block_also_when_it_fails() -> None:
    import pytest

    doc = {"measures": [{"id": "m"}], "goals": [{"id": "g"}]}
    with collector.released(doc) as inside:
        assert inside is doc and inside["measures"] == [{"id": "m"}]
    assert doc == {}
    again = {"measures": [{"id": "m"}]}
    with pytest.raises(ValueError), collector.released(again):
        raise ValueError("kaputt")
    assert again == {}
