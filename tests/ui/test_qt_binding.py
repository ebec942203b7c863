"""Guards against known defects of the pinned Qt binding (see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    """PySide6 6.12.0 on Python 3.11 lost a reference to None per void call and aborted
    the app after a few thousand calls; a live meeting must never hit that."""
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 10
