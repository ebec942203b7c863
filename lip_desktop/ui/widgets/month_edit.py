"""A month typed the German way ("09/2027", "9.2027", "092027"), or "offen".

Measures are planned by month, and many are not scheduled yet, so an empty value must be
as easy to set as a month. A ``QDateEdit`` edited section by section: a click into the
month section and "092027" kept the old month, and merely unticking "offen" stored the
current month nobody had typed. Here the whole text is read by one rule
(``model.dates.parse_month``), wherever the cursor was; an empty text is "offen" (the
check box follows the text and clears it when ticked); text that is not yet a complete,
valid month stays red in the field and is never stored. The first character typed after
entering the field replaces the shown month (``TypeOverLineEdit``). A calendar button (Alt+Down)
picks a month with the mouse.

Some imported records carry a full date ("2026-09-15"). Showing it as 09/2026 and
writing back "2026-09" on an unrelated edit would silently lose the day, so the original
value is returned unchanged until the user actually enters another month.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtGui import QFocusEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from lip_desktop.model.dates import format_month, parse_month
from lip_desktop.ui.widgets.datetime_edit import (
    TypeOverLineEdit,
    add_calendar_button,
    mark_invalid,
)


class MonthEdit(QWidget):
    """Month or nothing; ``value()`` is ``"YYYY-MM"``, the untouched original, or ``None``
    (and raises ``ValueError`` while ``input_error()`` has a message)."""

    #: The user finished choosing (Return, left the field, picked, or ticked "offen").
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: str | None = None

        self.month_text = TypeOverLineEdit()
        self.month_text.setPlaceholderText(self.tr("MM/JJJJ"))
        self.month_text.setToolTip(self.tr(
            "Monat und Jahr, z. B. 09/2027, 9.2027 oder 092027; leer: offen "
            "(Alt+Pfeil unten: Kalender)"))
        self._normal_palette = QPalette(self.month_text.palette())
        self.calendar_action, self.calendar_popup = add_calendar_button(
            self.month_text, self.tr("Monat im Kalender wählen"))
        self.open_box = QCheckBox(self.tr("offen"))
        self.open_box.setToolTip(self.tr("Noch kein Monat festgelegt"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month_text, 1)
        layout.addWidget(self.open_box)

        self.open_box.clicked.connect(self.on_open_box_clicked)
        self.month_text.textEdited.connect(self.on_month_text_edited)
        self.month_text.editingFinished.connect(self.on_month_text_editing_finished)
        self.month_text.sig_calendar_requested.connect(self.open_calendar)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar_popup.sig_date_picked.connect(self.on_calendar_popup_date_picked)
        self.setValue(None)

    # --- value -------------------------------------------------------------------------

    def value(self) -> str | None:
        text = self.month_text.text().strip()
        if not text:
            return None
        month = parse_month(text)
        if month is None:
            raise ValueError(text)
        if self._original is not None and self._original[:7] == month:
            return self._original
        return month

    def setValue(self, value: str | None) -> None:
        """Show a stored value; a value that is not a month or date shows as open."""
        month = parse_month((value or "")[:7])
        self._original = value if month is not None else None
        self._show(format_month(month) if month else "")

    def input_error(self) -> str | None:
        """Text that is not a month; rules between fields are the model's."""
        text = self.month_text.text().strip()
        if not text or parse_month(text) is not None:
            return None
        return self.tr("„%1“ ist kein Monat. Bitte als Monat/Jahr eingeben, z. B. 09/2027 "
                       "(leer lassen oder „offen“ ankreuzen, wenn noch offen)."
                       ).replace("%1", text)

    def focus_widgets(self) -> list[QWidget]:
        """The controls in tab order, for the form's ``setTabOrder`` chain."""
        return [self.month_text, self.open_box]

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.month_text.setAccessibleName(self.tr("%1 (Monat/Jahr)").replace("%1", name))
        self.open_box.setAccessibleName(self.tr("%1 offen").replace("%1", name))

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.month_text.setAccessibleDescription(description)

    def _show(self, text: str) -> None:
        with QSignalBlocker(self.month_text):
            self.month_text.setText(text)
        self.month_text.arm_type_over()
        with QSignalBlocker(self.open_box):
            self.open_box.setChecked(not text)
        mark_invalid(self.month_text, self._normal_palette, False)

    # --- handlers ----------------------------------------------------------------------

    def on_open_box_clicked(self, checked: bool) -> None:
        if checked:  # "offen": the month goes, and that is a finished choice
            self._show("")
            self.sig_value_committed.emit()
        else:  # a month is to be typed; nothing is stored until it is
            self.month_text.setFocus()

    def on_month_text_edited(self, text: str) -> None:
        with QSignalBlocker(self.open_box):
            self.open_box.setChecked(not text.strip())
        if self.input_error() is None:  # do not scold half-typed text, only clear the red
            mark_invalid(self.month_text, self._normal_palette, False)

    def on_month_text_editing_finished(self) -> None:
        error = self.input_error()
        mark_invalid(self.month_text, self._normal_palette, error is not None)
        month = parse_month(self.month_text.text())
        if month is not None:
            with QSignalBlocker(self.month_text):
                self.month_text.setText(format_month(month))
        if error is None:  # a finished value: typing anew replaces it
            self.month_text.arm_type_over()
        with QSignalBlocker(self.open_box):
            self.open_box.setChecked(not self.month_text.text().strip())
        self.sig_value_committed.emit()

    def open_calendar(self) -> None:
        month = parse_month(self.month_text.text())
        current = QDate(int(month[:4]), int(month[5:7]), 1) if month else QDate.currentDate()
        self.calendar_popup.pick(self.month_text, current)

    def on_calendar_popup_date_picked(self, day: QDate) -> None:
        self._show(f"{day.month():02d}/{day.year():04d}")
        self.month_text.setFocus()
        self.sig_value_committed.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        mark_invalid(self.month_text, self._normal_palette, self.input_error() is not None)
        super().focusOutEvent(event)
