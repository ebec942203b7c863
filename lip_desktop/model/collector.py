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
