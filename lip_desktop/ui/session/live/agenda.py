"""The agenda in the live session: the current item with the countdown of its time box,
the projected end, a red warning when the item overruns, next/previous, and the agenda
list with reordering on the fly. The figures come from ``live_state``."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.live import AgendaTiming
from lip_desktop.model.records import AgendaItem
from lip_desktop.ui import a11y
from lip_desktop.ui.session.live.context import (
    TOGGLE_HEIGHT,
    IdRole,
    LiveContext,
    select_in,
    selected_id,
)


class AgendaPanel(QSplitter):
    """Left the current item and its time, right the agenda list."""

    #: Another agenda item became current (the ``AgendaItem``, or None).
    sig_item_entered = Signal(object)
    #: The enabled state of the buttons changed; the window's actions follow.
    sig_buttons_updated = Signal()
    #: The countdown was shown (current item id or None, ``AgendaTiming``): the
    #: announcer speaks when a warning is crossed.
    sig_timing_shown = Signal(object, object)

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.context = context
        self._shown_item_id: str | None = "<none yet>"
        self.addWidget(self._build_current())
        self.addWidget(self._build_list())
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button.clicked.connect(self.next_item)
        self.start_button.clicked.connect(self.start_session)
        self.agenda_list.itemActivated.connect(self.on_agenda_item_activated)
        self.agenda_list.itemSelectionChanged.connect(self.update_buttons)
        self.item_up_button.clicked.connect(lambda: self.move_item(-1))
        self.item_down_button.clicked.connect(lambda: self.move_item(+1))

    def _build_current(self) -> QWidget:
        self.position_label = QLabel()
        self.position_label.setAccessibleName(self.tr("Stelle in der Tagesordnung"))
        self.item_label = QLabel()
        self.item_label.setObjectName("currentItem")
        self.item_label.setAccessibleName(self.tr("Aktueller Tagesordnungspunkt"))
        self.item_label.setWordWrap(True)
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.item_label.setFont(big)
        self.subject_label = QLabel()
        self.subject_label.setAccessibleName(self.tr("Bezug des Tagesordnungspunkts"))
        self.subject_label.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setAccessibleName(self.tr("Verbleibende Zeit des Tagesordnungspunkts"))
        huge = QFont(self.font())
        huge.setBold(True)
        huge.setPointSizeF(huge.pointSizeF() * 3.5)
        self.countdown_label.setFont(huge)
        self.end_label = QLabel()
        self.end_label.setObjectName("projectedEnd")
        self.end_label.setAccessibleName(self.tr("Voraussichtliches Ende der Sitzung"))
        self.overrun_label = QLabel(self.tr("Zeitrahmen überschritten"))
        self.overrun_label.setObjectName("overrunWarning")
        self.overrun_label.setAccessibleName(self.tr("Warnung: Zeitrahmen überschritten"))
        self.overrun_label.setStyleSheet(
            f"background: {a11y.colour('bad').name()}; color: {a11y.on_colour('bad').name()};"
            " font-weight: bold; padding: 4px;")
        self.prev_button = QPushButton(self.tr("◀ Vorheriger TOP"))
        self.prev_button.setAccessibleName(self.tr("Vorheriger Tagesordnungspunkt (Bild auf)"))
        self.next_button = QPushButton(self.tr("Nächster TOP ▶"))
        self.next_button.setAccessibleName(self.tr("Nächster Tagesordnungspunkt (Bild ab)"))
        for button in (self.prev_button, self.next_button):
            button.setMinimumHeight(TOGGLE_HEIGHT)
        self.start_button = QPushButton(self.tr("Sitzung starten"))
        self.start_button.setAccessibleName(self.tr("Sitzung starten"))
        timing_row = QHBoxLayout()
        timing_row.addWidget(self.countdown_label)
        timing_column = QVBoxLayout()
        timing_column.addWidget(self.end_label)
        timing_column.addWidget(self.overrun_label)
        timing_row.addLayout(timing_column, 1)
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.prev_button)
        nav_row.addWidget(self.next_button)
        nav_row.addWidget(self.start_button)
        nav_row.addStretch(1)
        current = QWidget()
        current_layout = QVBoxLayout(current)
        current_layout.addWidget(self.position_label)
        current_layout.addWidget(self.item_label)
        current_layout.addWidget(self.subject_label)
        current_layout.addLayout(timing_row)
        current_layout.addLayout(nav_row)
        current_layout.addStretch(1)
        return current

    def _build_list(self) -> QWidget:
        self.agenda_list = QListWidget()
        self.agenda_list.setObjectName("liveAgenda")
        # Long titles wrap onto two lines instead of a horizontal scroll bar.
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.agenda_list.setAccessibleName(
            self.tr("Tagesordnung (Doppelklick oder Eingabe ruft den Punkt auf)"))
        self.item_up_button = QPushButton(self.tr("Nach oben"))
        self.item_up_button.setAccessibleName(self.tr("Tagesordnungspunkt nach oben"))
        self.item_down_button = QPushButton(self.tr("Nach unten"))
        self.item_down_button.setAccessibleName(self.tr("Tagesordnungspunkt nach unten"))
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.item_up_button)
        agenda_buttons.addWidget(self.item_down_button)
        agenda_buttons.addStretch(1)
        agenda_box = QGroupBox(self.tr("Tagesordnung"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_list, 1)
        agenda_layout.addLayout(agenda_buttons)
        return agenda_box

    # --- showing -----------------------------------------------------------------------

    def show_state(self) -> None:
        self._show_agenda()
        self._show_current_item()
        self.show_timing(self.context.state.timing)
        self.start_button.setVisible(self.context.state.meeting.status == "planned")
        if self.context.read_only:
            self.position_label.setText(self.tr("Sitzung abgeschlossen – nur die Notizen "
                                                "sind noch änderbar."))
        self.update_buttons()

    def _item_text(self, index: int, item: AgendaItem) -> str:
        text = f"{index + 1}. {item.title}"
        if item.minutes is not None:
            text += self.tr(" · %1 min").replace("%1", str(item.minutes))
        return text

    def _show_agenda(self) -> None:
        selected = self.selected_agenda_item_id()
        current = self.context.current_item
        with QSignalBlocker(self.agenda_list):
            self.agenda_list.clear()
            for i, item in enumerate(self.context.state.meeting.agenda):
                is_current = current is not None and item.id == current.id
                entry = QListWidgetItem(("▶ " if is_current else "") + self._item_text(i, item))
                entry.setData(IdRole, item.id)
                if is_current:
                    font = entry.font()
                    font.setBold(True)
                    entry.setFont(font)
                self.agenda_list.addItem(entry)
                if item.id == selected:
                    entry.setSelected(True)
                    self.agenda_list.setCurrentItem(entry)

    def _show_current_item(self) -> None:
        state = self.context.state
        item = self.context.current_item
        index = state.timing.current_index
        if item is None or index is None:
            self.position_label.setText(self.tr("Kein Tagesordnungspunkt aufgerufen"))
            self.item_label.setText(state.meeting.title)
            self.subject_label.clear()
        else:
            self.position_label.setText(self.tr("TOP %1 von %2").replace(
                "%1", str(index + 1)).replace("%2", str(len(state.meeting.agenda))))
            self.item_label.setText(item.title)
            choice = self.context.subject_choice(item.subject_id)
            self.subject_label.setText(
                self.tr("Bezug: %1").replace("%1", choice.label) if choice else "")
        item_id = item.id if item is not None else None
        if item_id != self._shown_item_id:
            self._shown_item_id = item_id
            self.sig_item_entered.emit(item)

    def show_timing(self, timing: AgendaTiming) -> None:
        self.countdown_label.setText(timing.remaining_text())
        self.countdown_label.setStyleSheet(a11y.warning_style() if timing.overrun else "")
        item = self.context.current_item
        self.sig_timing_shown.emit(item.id if item is not None else None, timing)
        self.overrun_label.setHidden(not timing.overrun)
        end = timing.projected_end.strftime("%H:%M") if timing.projected_end else "–"
        self.end_label.setText(self.tr("voraussichtliches Ende %1").replace("%1", end))

    def update_buttons(self) -> None:
        closed = self.context.read_only
        agenda = self.context.state.meeting.agenda
        index = self.context.state.timing.current_index
        self.prev_button.setEnabled(not closed and index is not None and index > 0)
        self.next_button.setEnabled(
            not closed and bool(agenda) and (index is None or index < len(agenda) - 1))
        moving = self._moving_index()
        self.item_up_button.setEnabled(not closed and moving is not None and moving > 0)
        self.item_down_button.setEnabled(
            not closed and moving is not None and moving < len(agenda) - 1)
        self.sig_buttons_updated.emit()

    def selected_agenda_item_id(self) -> str | None:
        return selected_id(self.agenda_list)

    def select_agenda_item(self, item_id: str) -> None:
        select_in(self.agenda_list, item_id)

    # --- moving through the agenda -------------------------------------------------------

    def go_to_item(self, index: int) -> bool:
        """Make an agenda item current; its time box starts now (by the clock)."""
        agenda = self.context.state.meeting.agenda
        if self.context.read_only or not 0 <= index < len(agenda):
            return False
        sid, item_id = self.context.session_id, agenda[index].id
        now = self.context.clock.now()
        return self.context.call(
            lambda s: s.meetings.set_current_item(sid, item_id, now)) is not None

    def next_item(self) -> bool:
        index = self.context.state.timing.current_index
        return self.go_to_item(0 if index is None else index + 1)

    def previous_item(self) -> bool:
        index = self.context.state.timing.current_index
        return index is not None and self.go_to_item(index - 1)

    def on_agenda_item_activated(self, entry: QListWidgetItem) -> None:
        self.go_to_item(self.agenda_list.row(entry))

    def _moving_index(self) -> int | None:
        """The item reordering applies to: the selected one, else the current one."""
        agenda = self.context.state.meeting.agenda
        current = self.context.current_item
        item_id = self.selected_agenda_item_id() or (current.id if current else None)
        return next((i for i, a in enumerate(agenda) if a.id == item_id), None)

    def move_item(self, step: int) -> bool:
        """Reorder on the fly; the current item stays current."""
        index = self._moving_index()
        agenda = self.context.state.meeting.agenda
        if self.context.read_only or index is None or not 0 <= index + step < len(agenda):
            return False
        sid, item_id = self.context.session_id, agenda[index].id
        if self.context.call(
                lambda s: s.meetings.move_agenda_item(sid, item_id, index + step)) is None:
            return False
        self.select_agenda_item(item_id)
        return True

    def start_session(self) -> bool:
        """A window opened on a planned session: start it now."""
        sid, now = self.context.session_id, self.context.clock.now()
        return self.context.call(lambda s: s.meetings.start_meeting(sid, now)) is not None
