"""Entering twenty ballots by keyboard: the grid of Ja / Nein / Enthaltung buttons.

A facilitator reads out the votes while the hands are up: the keys must keep pace.
Arrow keys move between voters (up/down) and choices (left/right); J, N, E (or 1, 2, 3)
record yes, no or abstain for the voter whose row has the focus and go on to the next
voter; Enter goes on to the next voter; Entf (Delete) takes the ballot back. The focus
never leaves the grid, and the scroll area follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QScrollArea

#: Letter and digit keys for each choice (German initials; the digits work on any layout).
CHOICE_KEYS: dict[int, str] = {
    Qt.Key.Key_J: "yes", Qt.Key.Key_1: "yes",
    Qt.Key.Key_N: "no", Qt.Key.Key_2: "no",
    Qt.Key.Key_E: "abstain", Qt.Key.Key_3: "abstain",
}


class BallotKeys(QObject):
    """``BallotKeys(rows, choices, cast, remove, area)``: ``rows`` are (person id, buttons
    in ``choices`` order); ``cast(person_id, choice)`` and ``remove(person_id)`` store."""

    def __init__(self, rows: Sequence[tuple[str, Sequence[QAbstractButton]]],
                 choices: Sequence[str], cast: Callable[[str, str], object],
                 remove: Callable[[str], object], area: QScrollArea | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = [(pid, list(buttons)) for pid, buttons in rows]
        self._choices = list(choices)
        self._cast, self._remove, self._area = cast, remove, area
        self._where: dict[int, tuple[int, int]] = {}
        for r, (_pid, buttons) in enumerate(self._rows):
            for c, button in enumerate(buttons):
                self._where[id(button)] = (r, c)
                button.installEventFilter(self)
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focus(self, row: int, column: int) -> None:
        if not self._rows:
            return
        row = max(0, min(row, len(self._rows) - 1))
        buttons = self._rows[row][1]
        button = buttons[max(0, min(column, len(buttons) - 1))]
        button.setFocus(Qt.FocusReason.TabFocusReason)
        if self._area is not None:
            self._area.ensureWidgetVisible(button, 8, 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or id(watched) not in self._where:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.AltModifier):
            return False
        row, column = self._where[id(watched)]
        key = event.key()
        person_id = self._rows[row][0]
        last = len(self._rows) - 1
        moves: dict[int, tuple[int, int]] = {
            Qt.Key.Key_Up: (row - 1, column), Qt.Key.Key_Down: (row + 1, column),
            Qt.Key.Key_Left: (row, column - 1), Qt.Key.Key_Right: (row, column + 1),
            Qt.Key.Key_Home: (0, column), Qt.Key.Key_End: (last, column),
            Qt.Key.Key_Return: (row + 1, column), Qt.Key.Key_Enter: (row + 1, column)}
        if key in moves:
            self.focus(*moves[key])
            return True
        if key in CHOICE_KEYS:
            choice = CHOICE_KEYS[Qt.Key(key)]
            if choice in self._choices and self._rows[row][1][0].isEnabled():
                self._cast(person_id, choice)
                self.focus(row + 1, self._choices.index(choice))
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._rows[row][1][0].isEnabled():
                self._remove(person_id)
            return True
        return False
