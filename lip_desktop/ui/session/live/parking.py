"""The Themenspeicher tab: topics parked during the session, later taken over as a goal
or measure or dropped (allowed after the session, too)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums
from lip_desktop.ui import dialogs, labels
from lip_desktop.ui.session.live.context import (
    LiveContext,
    entry_line,
    record_list,
    refill,
    select_in,
    selected_id,
)

#: The status of a parked topic ("open", "converted", "dropped") behind a list entry.
StatusRole: Final = Qt.ItemDataRole.UserRole + 2


class ParkingPanel(QWidget):
    """Input line (Enter parks), the list, and the three ways out of the list."""

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.parking_input = entry_line(
            "parkingInput", self.tr("Neues Thema für den Themenspeicher"),
            self.tr("Thema eingeben, Eingabe speichert"))
        self.parking_list = record_list("parkingList", self.tr("Themenspeicher"))
        self.parking_goal_button = QPushButton(self.tr("als Ziel übernehmen …"))
        self.parking_goal_button.setAccessibleName(self.tr("Thema als Ziel übernehmen"))
        self.parking_measure_button = QPushButton(self.tr("als Maßnahme übernehmen …"))
        self.parking_measure_button.setAccessibleName(self.tr("Thema als Maßnahme übernehmen"))
        self.parking_drop_button = QPushButton(self.tr("verwerfen"))
        self.parking_drop_button.setAccessibleName(self.tr("Thema verwerfen"))
        buttons = QHBoxLayout()
        for button in (self.parking_goal_button, self.parking_measure_button,
                       self.parking_drop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parking_input)
        layout.addWidget(self.parking_list, 1)
        layout.addLayout(buttons)
        self.parking_input.returnPressed.connect(self.on_parking_input_return)
        self.parking_list.itemSelectionChanged.connect(self.update_buttons)
        self.parking_goal_button.clicked.connect(lambda: self.on_resolve_clicked("goal"))
        self.parking_measure_button.clicked.connect(lambda: self.on_resolve_clicked("measure"))
        self.parking_drop_button.clicked.connect(lambda: self.on_resolve_clicked(None))

    def show_state(self) -> None:
        entries = []
        for p in self.context.hub.service.meetings.parking_items(self.context.session_id):
            text = p.text
            if p.status == "converted":
                kind = labels.label(enums.SUBJECT_TYPE, p.converted_type)
                code = self._code_of(p.converted_type, p.converted_id)
                text += " → " + self.tr("übernommen als %1 %2").replace(
                    "%1", kind).replace("%2", code)
            elif p.status == "dropped":
                text += " " + self.tr("(verworfen)")
            entry = QListWidgetItem(text)
            entry.setData(StatusRole, p.status)
            if p.status != "open":
                entry.setForeground(self.palette().placeholderText())
            entries.append((p.id, entry))
        refill(self.parking_list, entries)
        self.parking_input.setEnabled(not self.context.read_only)
        self.update_buttons()

    def _code_of(self, record_type: str | None, record_id: str | None) -> str:
        if record_type is None or record_id is None:
            return ""
        choice = self.context.subject_choice(record_id)
        return choice.code if choice else ""

    def update_buttons(self) -> None:
        chosen = self.parking_list.selectedItems()
        entry = chosen[0] if chosen else None
        is_open = entry is not None and entry.data(StatusRole) == "open"
        for button in (self.parking_goal_button, self.parking_measure_button,
                       self.parking_drop_button):
            button.setEnabled(is_open)  # allowed after the session, too

    def selected_parking_id(self) -> str | None:
        return selected_id(self.parking_list)

    def select_parking_item(self, item_id: str) -> None:
        select_in(self.parking_list, item_id)

    def on_parking_input_return(self) -> None:
        if self.add_parking_item(self.parking_input.text()) is not None:
            self.parking_input.clear()

    def add_parking_item(self, text: str) -> str | None:
        sid = self.context.session_id
        item = self.context.call(lambda s: s.meetings.add_parking_item(sid, text))
        if item is None:
            return None
        self.context.saved(self.tr("Themenspeicher: %1").replace("%1", item.text))
        return str(item.id)

    def choose(self, title: str, label: str, items: Sequence[str], current: int = 0
               ) -> int | None:
        """A list choice (modal; tests replace it). The chosen index, None if cancelled."""
        text, ok = QInputDialog.getItem(self, title, label, list(items), current, False)
        return list(items).index(text) if ok and text in items else None

    def on_resolve_clicked(self, into: str | None) -> None:
        item_id = self.selected_parking_id()
        if item_id is None:
            return
        if into is None:
            if dialogs.ask(self, self.tr("Thema verwerfen"),
                           self.tr("Das Thema aus dem Themenspeicher verwerfen?")):
                self.resolve_parking_item(item_id, None)
            return
        context = self.context
        current = context.current_item
        choice = context.subject_choice(current.subject_id if current else None)
        if into == "goal":
            options = [(f.id, f.label) for f in context.fields]
            preferred = choice.action_field_id if choice else context.group_field_id
            title, label = self.tr("Als Ziel übernehmen"), self.tr("In welches Handlungsfeld?")
        else:
            goals = [c for c in context.subjects if c.subject_type == "goal"]
            options = [(c.id, c.label) for c in goals]
            preferred = choice.goal_id if choice and choice.goal_id else ""
            title, label = self.tr("Als Maßnahme übernehmen"), self.tr("Unter welches Ziel?")
        if not options:
            return
        start = next((i for i, (oid, _) in enumerate(options) if oid == preferred), 0)
        index = self.choose(title, label, [text for _, text in options], start)
        if index is not None:
            self.resolve_parking_item(item_id, into, options[index][0])

    def resolve_parking_item(self, item_id: str, into: str | None, parent_id: str = ""
                             ) -> bool:
        """Turn a parked topic into a goal or measure, or drop it (allowed afterwards)."""
        done = self.context.call(lambda s: s.meetings.resolve_parking_item(
            item_id, into=into, parent_id=parent_id))
        return done is not None
