"""One pause of Python's cyclic garbage collector, shared by every thread that needs it.

Bulk work (a background job, the search index, the measure list, the Excel build)
allocates up to a million objects that form no cycles; the collector's full passes over
them hold the GIL for up to two seconds, and the window froze meanwhile (issue 14,
bench/bench_responsiveness.py). Each of them used to pause the collector itself and
switch it back on at its end, also while another thread's bulk work was still running:
the search index, finished during a reviewed-draft import, switched it on, and the next
pass over the import's objects ran on the GUI thread for 1.7 s. Here the pauses are
counted: the collector runs again when the last one ends, and only if it was on when
the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

_T = TypeVar("_T")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused() -> Iterator[None]:
    """Pause the collector for the block; nested and concurrent pauses are counted."""
    global _depth, _was_enabled  # noqa: PLW0603 - one process-wide collector
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


#: A dict with more items than this is emptied item by item; smaller ones (a record's
#: fields) go whole, which is quick, unless they are a part named by a dataclass field.
_LARGE_DICT = 64
_LEAVES = frozenset({str, int, float, bool, bytes, type(None)})
_SEQUENCES = frozenset({list, tuple, set, frozenset})


def release(*values: object) -> None:
    """Empty nested lists, large dicts and dataclasses an item at a time, so they go
    piecewise instead of in one cascade.

    A catalogue read as records (21,000 measures and their goals, indicators, people) goes
    in one cascade of frees when its last reference does: 30-100 ms in which the thread
    that drops it holds the GIL, and the window cannot repaint (the merge's check of the
    other file, ``bench/bench_responsiveness.py``). Emptied here from the outside in, each
    record goes by itself, and other threads get their turn in between.

    Only for values the caller owns alone: their lists and dicts are empty afterwards.
    ``values`` and the fields of dataclasses among them are always emptied; below them
    lists always, dicts when they are large. A record (a small dict or a dataclass in a
    list or a large dict) is dropped whole.
    """
    stack: list[tuple[object, bool]] = []
    for value in values:
        _push(stack, value, True)
    while stack:
        value, named = stack.pop()
        if isinstance(value, list):
            while value:
                _push(stack, value.pop(), False)
        elif isinstance(value, dict):
            while value:
                _push(stack, value.popitem()[1], named and len(value) < _LARGE_DICT)
        elif isinstance(value, (tuple, set, frozenset)):
            for item in value:
                _push(stack, item, named)
        else:  # a dataclass (``_push`` keeps no other): emptied through its fields, so
            # slotted and frozen ones too
            for name in type(value).__dataclass_fields__:  # type: ignore[attr-defined]
                _push(stack, getattr(value, name, None), True)
        del value


@contextmanager
def released(value: _T) -> Iterator[_T]:
    """``value`` for the block, emptied by ``release`` after it (also when it fails): for
    a catalogue document a job reads, uses and drops."""
    try:
        yield value
    finally:
        release(value)


def _push(stack: list[tuple[object, bool]], item: object, named: bool) -> None:
    """Keep ``item`` for emptying if it holds more; anything else goes now."""
    kind = type(item)
    if kind in _LEAVES:
        return
    if isinstance(item, dict):
        if named or len(item) > _LARGE_DICT:
            stack.append((item, named))
        return  # a record: dropped whole, quickly
    if kind in _SEQUENCES or (named and hasattr(kind, "__dataclass_fields__")):
        stack.append((item, named))
