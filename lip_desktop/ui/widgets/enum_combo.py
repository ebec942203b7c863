"""A combo box over the keys of an enumeration, showing their German labels.

The catalogue stores English keys ("in_discussion") and shows their labels ("in
Diskussion", or "under discussion" in the English UI); the keys and German labels come
from ``model.enums``, the translation from ``ui.labels``; this widget maps between them.
A key the list does not know (a newer catalogue, a hand-edited import) is shown as it
is, like ``enums.label`` does, rather than silently replaced by the first entry.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from lip_desktop.ui import labels as enum_labels


class EnumCombo(QComboBox):
    """``value()`` is the chosen key (``None`` for the empty entry, if offered)."""

    #: The user picked an entry (not emitted when ``setValue`` shows a stored value).
    sig_value_committed = Signal()

    def __init__(self, labels: Mapping[Any, str], *, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys: list[Hashable | None] = []
        if empty is not None:
            self._add(None, empty)
        for key, label in enum_labels.items(labels):
            self._add(key, label)
        # Not focused by the wheel: in a long form the wheel scrolls the form.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.activated.connect(self.on_activated)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Only a focused box takes the wheel. Scrolling a form over an unfocused box
        used to change its value on the way, and the change was saved at once."""
        if not self.hasFocus():
            event.ignore()  # the form's scroll area scrolls instead
            return
        super().wheelEvent(event)

    def _add(self, key: Hashable | None, label: str) -> None:
        self._keys.append(key)
        self.addItem(label)

    def keys(self) -> list[Hashable | None]:
        return list(self._keys)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else None

    def setValue(self, value: Any) -> None:
        if value not in self._keys:
            self._add(value, str(value))
        self.setCurrentIndex(self._keys.index(value))

    def input_error(self) -> str | None:
        return None

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    def on_activated(self, _index: int) -> None:
        self.sig_value_committed.emit()
