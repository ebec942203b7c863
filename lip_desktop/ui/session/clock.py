"""The clock of the session screens, replaceable so tests control time.

Countdowns and the projector ask ``clock.now()`` on every tick instead of counting
ticks, so a laptop that slept or a slow repaint never drifts the time box; tests use
``ManualClock`` and advance it explicitly.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal


class Clock(QObject):
    """Wall clock that ticks once a second (``sig_tick``)."""

    sig_tick = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.sig_tick)
        self._timer.start()

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)


class ManualClock(Clock):
    """A clock that stands still until ``advance`` is called (tests, demos)."""

    def __init__(self, start: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer.stop()
        self._now = start

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)
        self.sig_tick.emit()
