"""A date and time typed the German way ("15.09.2027 17:00"), with a calendar to pick from.

``QDateTimeEdit`` edits section by section: what a typed "15.09.2027 17:00" becomes
depends on where the cursor was when typing began (a click into the month section turned
it into "09.09.2027 17:00"). Here the whole text is read by one rule,
``model.dates.parse_datetime``, so the cursor position cannot matter; text that is not
yet a complete, valid date and time stays in the field, red, and is never stored.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from lip_desktop.model.dates import parse_datetime
from lip_desktop.ui.widgets.euro_edit import ERROR_COLOUR

DISPLAY_FORMAT = "%d.%m.%Y %H:%M"


class CalendarPopup(QMenu):
    """A calendar under a field; ``sig_date_picked`` carries the chosen day."""

    sig_date_picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Kalender"))
        holder = QWidgetAction(self)
        holder.setDefaultWidget(self.calendar)
        self.addAction(holder)
        self.calendar.activated.connect(self.on_calendar_picked)
        self.calendar.clicked.connect(self.on_calendar_picked)

    def pick(self, anchor: QWidget, current: QDate | None) -> None:
        if current is not None and current.isValid():
            self.calendar.setSelectedDate(current)
        self.popup(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.calendar.setFocus()

    def on_calendar_picked(self, day: QDate) -> None:
        self.hide()
        self.sig_date_picked.emit(day)


def add_calendar_button(edit: QLineEdit, tooltip: str) -> tuple[QAction, CalendarPopup]:
    """A calendar button inside ``edit`` (also Alt+Down, like a combo box)."""
    popup = CalendarPopup(edit)
    action = edit.addAction(edit.style().standardIcon(
        edit.style().StandardPixmap.SP_FileDialogDetailedView),
        QLineEdit.ActionPosition.TrailingPosition)
    action.setToolTip(tooltip)
    action.setText(tooltip)
    return action, popup


def opens_calendar(event: QKeyEvent) -> bool:
    """Alt+Down opens the calendar, as it opens a combo box."""
    return (event.key() == Qt.Key.Key_Down
            and bool(event.modifiers() & Qt.KeyboardModifier.AltModifier))


def mark_invalid(edit: QLineEdit, normal: QPalette, invalid: bool) -> None:
    """Red text on a light red ground while the text is not a valid value."""
    palette = QPalette(normal)
    if invalid:
        palette.setColor(QPalette.ColorRole.Text, ERROR_COLOUR)
        palette.setColor(QPalette.ColorRole.Base, QColor("#fdecee"))
    edit.setPalette(palette)
    edit.setProperty("invalid", invalid)


class TypeOverLineEdit(QLineEdit):
    """A date field: the first character typed after entering the field, clicking into
    it or finishing a valid entry (Return; ``arm_type_over``) replaces the whole shown
    value wherever the cursor stood (Home/End and arrows do not change that), so typing
    a date gives exactly that date. Once a character was deleted or typed, the text is
    edited normally (after a Backspace, correcting one digit works as anywhere else).
    Alt+Down emits ``sig_calendar_requested``."""

    sig_calendar_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fresh = True

    def arm_type_over(self) -> None:
        self._fresh = True

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._fresh = True
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._fresh = True
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if opens_calendar(event):
            self.sig_calendar_requested.emit()
            return
        text = event.text()
        command = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                       | Qt.KeyboardModifier.AltModifier
                                       | Qt.KeyboardModifier.MetaModifier)
        if text and text.isprintable() and not command:
            if self._fresh and not self.isReadOnly():
                self.selectAll()  # the typed character replaces the shown value
            self._fresh = False
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) or (
                command and event.key() in (Qt.Key.Key_V, Qt.Key.Key_X)):
            self._fresh = False
        super().keyPressEvent(event)


class DateTimeEdit(TypeOverLineEdit):
    """A moment typed German-style. ``dateTime()`` is the last complete, valid value;
    ``input_error()`` says why the text is not one. ``editingFinished`` tidies it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = datetime(2000, 1, 1)
        self._normal_palette = QPalette(self.palette())
        self.setPlaceholderText(self.tr("TT.MM.JJJJ HH:MM"))
        self.setToolTip(self.tr("Datum und Uhrzeit, z. B. 15.09.2027 17:00 "
                                "(Alt+Pfeil unten: Kalender)"))
        self.calendar_action, self.calendar_popup = add_calendar_button(
            self, self.tr("Kalender öffnen"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.sig_calendar_requested.connect(self.open_calendar)
        self.calendar_popup.sig_date_picked.connect(self.on_calendar_popup_date_picked)
        self.textEdited.connect(self.on_text_edited)
        self.editingFinished.connect(self.reformat)
        self.setText(self._value.strftime(DISPLAY_FORMAT))

    # --- value -------------------------------------------------------------------------

    def value(self) -> datetime | None:
        """The typed moment; ``None`` while the text is not a complete, valid one."""
        stamp = parse_datetime(self.text())
        return None if stamp is None else datetime.fromisoformat(stamp)

    def setValue(self, value: datetime) -> None:
        self._value = value.replace(second=0, microsecond=0)
        self.setText(self._value.strftime(DISPLAY_FORMAT))
        self.arm_type_over()
        mark_invalid(self, self._normal_palette, False)

    def dateTime(self) -> QDateTime:
        """The value as ``QDateTime`` (the last valid one while the text is not)."""
        value = self.value() or self._value
        return QDateTime(QDate(value.year, value.month, value.day),
                         QTime(value.hour, value.minute))

    def setDateTime(self, value: QDateTime) -> None:
        d, t = value.date(), value.time()
        self.setValue(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def input_error(self) -> str | None:
        if self.value() is not None:
            return None
        return self.tr("„%1“ ist kein gültiges Datum mit Uhrzeit. Bitte so eingeben: "
                       "15.09.2027 17:00.").replace("%1", self.text().strip())

    # --- handlers ----------------------------------------------------------------------

    def reformat(self) -> None:
        value = self.value()
        mark_invalid(self, self._normal_palette, value is None)
        if value is not None:
            self.arm_type_over()
            self._value = value
            text = value.strftime(DISPLAY_FORMAT)
            if text != self.text():
                self.setText(text)

    def open_calendar(self) -> None:
        self.calendar_popup.pick(self, self.dateTime().date())

    def on_calendar_popup_date_picked(self, day: QDate) -> None:
        keep = self.value() or self._value
        self.setValue(datetime(day.year(), day.month(), day.day(), keep.hour, keep.minute))
        self.setFocus()
        self.editingFinished.emit()

    def on_text_edited(self, _text: str) -> None:
        if self.value() is not None:  # do not scold half-typed text, only clear the red
            mark_invalid(self, self._normal_palette, False)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        mark_invalid(self, self._normal_palette, self.value() is None)
        super().focusOutEvent(event)
