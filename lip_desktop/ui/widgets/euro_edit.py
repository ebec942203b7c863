"""An amount of money in German notation ("120.000,00 €"), or nothing.

Costs are typed in many ways ("120000", "120.000", "120.000,5 €"). Text that is not a
German number must never reach the catalogue as a guess, so it stays in the field, red,
with a message saying what is expected; the form does not commit while ``input_error``
returns a message. Whether the number is allowed (not negative) is the model's decision.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QFocusEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QWidget

from lip_desktop.ui.widgets.numbers import format_euro, parse_decimal

ERROR_COLOUR = QColor("#b00020")


class EuroEdit(QLineEdit):
    """``value()`` is a float in euros or ``None``; ``input_error()`` tells why not."""

    #: Return pressed or field left (after the text was tidied).
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("z. B. 120.000,00 €"))
        self.setToolTip(self.tr("Betrag in Euro, z. B. 120.000 oder 1.234,56; leer: offen"))
        self._normal_palette = QPalette(self.palette())
        self.textEdited.connect(self.on_text_edited)
        # Connected first, so a form reading the value afterwards sees the tidy text.
        self.editingFinished.connect(self.reformat)
        self.editingFinished.connect(self.sig_value_committed)

    def value(self) -> float | None:
        """The amount; raises ``ValueError`` while the text is not an amount."""
        return parse_decimal(self.text(), max_decimals=2)

    def setValue(self, value: float | None) -> None:
        self.setText(format_euro(value))
        self._mark(None)

    def input_error(self) -> str | None:
        try:
            self.value()
        except ValueError:
            return self.tr("„%1“ ist kein Betrag. Bitte in deutscher Schreibweise eingeben, "
                           "z. B. 120.000 oder 1.234,56 (höchstens zwei Nachkommastellen)."
                           ).replace("%1", self.text().strip())
        return None

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    def reformat(self) -> None:
        """Show a valid amount in the house style ("1.234,56 €"); invalid text stays."""
        error = self.input_error()
        self._mark(error)
        if error is None:
            text = format_euro(self.value())
            if text != self.text():
                self.setText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._mark(self.input_error())
        super().focusOutEvent(event)

    def on_text_edited(self, _text: str) -> None:
        # While typing, only clear the red once the text is valid again; do not scold
        # half-typed input.
        if self.input_error() is None:
            self._mark(None)

    def _mark(self, error: str | None) -> None:
        palette = QPalette(self._normal_palette)
        if error is not None:
            palette.setColor(QPalette.ColorRole.Text, ERROR_COLOUR)
            palette.setColor(QPalette.ColorRole.Base, QColor("#fdecee"))
        self.setPalette(palette)
        self.setProperty("invalid", error is not None)
