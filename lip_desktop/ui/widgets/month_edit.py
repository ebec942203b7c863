"""A month picker with an explicit "open" state, for the start and end of a measure.

Measures are planned by month ("09/2026"), and many are not scheduled yet, so an empty
value must be as easy to set as a month. A plain ``QDateEdit`` has no empty state; here a
check box "offen" switches the date off, and the date edit then shows "–" (its special
value text, shown at the minimum date, which no real plan uses).

Some imported records carry a full date ("2026-09-15"). Showing it as 09/2026 and
writing back "2026-09" on an unrelated edit would silently lose the day, so the original
value is returned unchanged until the user actually picks another month.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

_VALUE_RE: Final = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
#: Stands for "no month"; shown as "–" through the special value text.
_EMPTY_DATE: Final = QDate(1800, 1, 1)
#: The earliest real month; one later than the "no month" marker so it cannot be chosen.
_FIRST_MONTH: Final = QDate(1800, 2, 1)


class MonthEdit(QWidget):
    """Month or nothing; ``value()`` is ``"YYYY-MM"``, the untouched original, or ``None``."""

    #: The user finished choosing (month confirmed, left the field, or toggled "offen").
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: str | None = None
        self._shown_month: tuple[int, int] | None = None

        self.open_box = QCheckBox(self.tr("offen"))
        self.open_box.setToolTip(self.tr("Noch kein Monat festgelegt"))
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("MM/yyyy")
        self.date_edit.setMaximumDate(QDate(2200, 12, 31))
        self.date_edit.setCurrentSection(QDateEdit.Section.MonthSection)
        self.date_edit.setToolTip(self.tr("Monat und Jahr, z. B. 09/2026"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.open_box)

        self.open_box.toggled.connect(self.on_open_box_toggled)
        self.open_box.clicked.connect(self.on_open_box_clicked)
        self.date_edit.editingFinished.connect(self.on_date_edit_editing_finished)
        self._show(None)

    # --- value -------------------------------------------------------------------------

    def value(self) -> str | None:
        if self.open_box.isChecked():
            return None
        date = self.date_edit.date()
        month = (date.year(), date.month())
        if self._original is not None and month == self._shown_month:
            return self._original
        return f"{date.year():04d}-{date.month():02d}"

    def setValue(self, value: str | None) -> None:
        """Show a stored value; a value that is not a month or date shows as open."""
        match = _VALUE_RE.match(value or "")
        if match is None:
            self._original = None
            self._show(None)
            return
        self._original = value
        self._show((int(match[1]), int(match[2])))

    def input_error(self) -> str | None:
        """Any state of the widget is a valid value; rules between fields are the model's."""
        return None

    def focus_widgets(self) -> list[QWidget]:
        """The controls in tab order, for the form's ``setTabOrder`` chain."""
        return [self.date_edit, self.open_box]

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date_edit.setAccessibleName(self.tr("%1 (Monat/Jahr)").replace("%1", name))
        self.open_box.setAccessibleName(self.tr("%1 offen").replace("%1", name))

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.date_edit.setAccessibleDescription(description)

    def _show(self, month: tuple[int, int] | None) -> None:
        self._shown_month = month
        blocked = self.open_box.blockSignals(True)
        self.open_box.setChecked(month is None)
        self.open_box.blockSignals(blocked)
        self._set_open(month is None, month)

    def _set_open(self, is_open: bool, month: tuple[int, int] | None) -> None:
        self.date_edit.setEnabled(not is_open)
        # The special value text stands for the minimum date, so only while open.
        self.date_edit.setSpecialValueText("–" if is_open else "")
        if is_open or month is None:
            self.date_edit.setMinimumDate(_EMPTY_DATE)
            self.date_edit.setDate(_EMPTY_DATE)
        else:
            self.date_edit.setMinimumDate(_FIRST_MONTH)
            self.date_edit.setDate(QDate(month[0], month[1], 1))

    # --- handlers ----------------------------------------------------------------------

    def on_open_box_toggled(self, checked: bool) -> None:
        # Leaving "offen": start from the month shown before, else from this month.
        today = QDate.currentDate()
        self._set_open(checked, self._shown_month or (today.year(), today.month()))

    def on_open_box_clicked(self, _checked: bool) -> None:
        self.sig_value_committed.emit()

    def on_date_edit_editing_finished(self) -> None:
        if not self.open_box.isChecked():
            self.sig_value_committed.emit()
