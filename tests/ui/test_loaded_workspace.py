"""A loaded workspace's objects stay out of the collector's full passes while its
catalogue is open (a full pass over them froze the window for 70–150 ms at 21,000
measures), and are given back when it closes, so nothing of a closed catalogue is kept."""

from __future__ import annotations

import gc
from typing import Any


def test_the_workspace_is_kept_out_of_full_passes_until_its_catalogue_closes(
        window: Any) -> None:
    window.wait_loaded()
    assert window.hub is not None
    assert gc.get_freeze_count() > 1_000  # the list rows, models and caches of the page
    assert window.close_catalogue()
    assert gc.get_freeze_count() == 0
