"""The collector's pause is counted across threads: one thread's bulk work ending does not
switch it on under another's (a full pass over a running import's objects froze the
window for 1.7 s)."""

from __future__ import annotations

import gc
import threading

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
