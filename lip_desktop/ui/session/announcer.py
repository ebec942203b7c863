"""What the live window says aloud: changes a screen reader user must hear without
looking or clicking (EN 301 549 11.4.1.3 status messages).

``LiveAnnouncer`` is fed by the live window (timing each second, attendance after each
change) and listens for stored ballots. It speaks only on a change of state: a countdown
crossing five minutes, one minute and the end of its time box; the quorum reached or lost;
a ballot recorded, changed or taken back. Every text also lands in a status-bar label
(the live region), so it can be read again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from lip_desktop.model import enums
from lip_desktop.model.changes import Changes
from lip_desktop.model.live import AgendaTiming
from lip_desktop.ui import a11y

if TYPE_CHECKING:
    from lip_desktop.ui.hub import CatalogueHub

#: Remaining time (minutes) at which the countdown is announced; 0 is the overrun.
WARNING_MINUTES: Final = (5, 1, 0)


class LiveAnnouncer(QObject):
    """``LiveAnnouncer(hub, parent_widget)``; ``label`` is the live region to place."""

    def __init__(self, hub: CatalogueHub, parent: QWidget) -> None:
        super().__init__(parent)
        self._hub = hub
        self.label = QLabel(parent)
        self.label.setObjectName("announcement")
        self.label.setAccessibleName(self.tr("Meldungen"))
        self.label.setWordWrap(True)
        self.spoken: list[str] = []  # what was announced, newest last (tests, a log)
        self._item_id: str | None = None
        self._level: int | None = None  # index into WARNING_MINUTES already announced
        self._quorate: bool | None = None
        self._ballots: tuple[str, dict[str, str]] | None = None
        self._vote_source: Any = None
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    def say(self, text: str, *, assertive: bool = False) -> None:
        self.spoken.append(text)
        a11y.announce(self.label, text, assertive=assertive)

    # --- countdown ---------------------------------------------------------------------

    def on_timing(self, item_id: str | None, timing: AgendaTiming) -> None:
        if item_id != self._item_id:
            self._item_id, self._level = item_id, None
            self._level = self._crossed(timing.remaining)  # no warning for the past
            return
        level = self._crossed(timing.remaining)
        if level is None or (self._level is not None and level <= self._level):
            return
        self._level = level
        minutes = WARNING_MINUTES[level]
        if minutes == 0:
            self.say(self.tr("Die Zeit für diesen Tagesordnungspunkt ist abgelaufen."),
                     assertive=True)
        elif minutes == 1:
            self.say(self.tr("Noch eine Minute für diesen Tagesordnungspunkt."))
        else:
            self.say(self.tr("Noch %1 Minuten für diesen Tagesordnungspunkt.").replace(
                "%1", str(minutes)))

    @staticmethod
    def _crossed(remaining: timedelta | None) -> int | None:
        if remaining is None:
            return None
        level = None
        for i, minutes in enumerate(WARNING_MINUTES):
            if remaining <= timedelta(minutes=minutes):
                level = i
        return level

    # --- quorum ------------------------------------------------------------------------

    def on_attendance(self, quorate: bool, quorum_text: str) -> None:
        before, self._quorate = self._quorate, quorate
        if before is None or before == quorate:
            return
        if quorate:
            self.say(self.tr("Beschlussfähig: %1").replace("%1", quorum_text))
        else:
            self.say(self.tr("Nicht mehr beschlussfähig: %1").replace("%1", quorum_text),
                     assertive=True)

    # --- ballots -----------------------------------------------------------------------

    def watch_votes(self, source: Any) -> None:
        """``source.current_entry()`` gives the entry grid whose ``state`` is shown."""
        self._vote_source = source
        self._ballots = self._current_ballots()

    def _current_ballots(self) -> tuple[str, dict[str, str]] | None:
        entry = self._vote_source.current_entry() if self._vote_source is not None else None
        state = getattr(entry, "state", None)
        if state is None or state.vote.method != "yes_no":
            return None
        return state.vote.id, {b["person_id"]: b["choice"] for b in state.vote.ballots}

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if not changes.touched("vote") or self._vote_source is None:
            return
        before, after = self._ballots, self._current_ballots()
        self._ballots = after
        if before is None or after is None or before[0] != after[0]:
            return
        entry = self._vote_source.current_entry()
        names = {v.person_id: v.display for v in entry.state.voters}
        total = len(names)
        for person_id in sorted(set(before[1]) | set(after[1])):
            old, new = before[1].get(person_id), after[1].get(person_id)
            if old == new:
                continue
            name = names.get(person_id, "")
            if new is None:
                text = self.tr("Stimme von %1 zurückgenommen.").replace("%1", name)
            else:
                text = self.tr("%1: %2.").replace("%1", name).replace(
                    "%2", enums.label(enums.CHOICE, new))
            self.say(text + " " + self.tr("%1 von %2 Stimmen erfasst.").replace(
                "%1", str(len(after[1]))).replace("%2", str(total)))
