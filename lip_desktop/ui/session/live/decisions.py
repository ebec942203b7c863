"""The decision list of the session: a decision on the current item (and its subject)
by typing and Enter; removing one asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.ui import dialogs
from lip_desktop.ui.session.live.context import (
    LiveContext,
    entry_line,
    record_list,
    refill,
    select_in,
    selected_id,
)


class DecisionPanel(QWidget):
    """"Beschlüsse": input line, the list (with TOP numbers), remove."""

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.decision_input = entry_line(
            "decisionInput", self.tr("Neuer Beschluss zum aktuellen TOP"),
            self.tr("Beschluss eingeben, Eingabe speichert"), context.hub)
        self.decision_list = record_list("decisionList", self.tr("Beschlüsse der Sitzung"))
        self.decision_remove_button = QPushButton(self.tr("Beschluss entfernen …"))
        self.decision_remove_button.setAccessibleName(self.tr("Ausgewählten Beschluss entfernen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision_input)
        layout.addWidget(self.decision_list, 1)
        layout.addWidget(self.decision_remove_button, 0, Qt.AlignmentFlag.AlignRight)
        self.decision_input.returnPressed.connect(self.on_decision_input_return)
        self.decision_list.itemSelectionChanged.connect(self.update_buttons)
        self.decision_remove_button.clicked.connect(self.remove_selected_decision)

    def show_state(self) -> None:
        agenda = self.context.state.meeting.agenda
        positions = {a.id: i for i, a in enumerate(agenda)}
        entries = []
        for d in self.context.hub.service.meetings.decisions(self.context.session_id):
            index = positions.get(d.agenda_item_id or "")
            prefix = self.tr("TOP %1: ").replace("%1", str(index + 1)) if (
                index is not None) else ""
            entries.append((d.id, QListWidgetItem(prefix + d.text)))
        refill(self.decision_list, entries)
        self.decision_input.setEnabled(not self.context.read_only)
        self.update_buttons()

    def update_buttons(self) -> None:
        self.decision_remove_button.setEnabled(
            not self.context.read_only and self.selected_decision_id() is not None)

    def selected_decision_id(self) -> str | None:
        return selected_id(self.decision_list)

    def select_decision(self, decision_id: str) -> None:
        select_in(self.decision_list, decision_id)

    def on_decision_input_return(self) -> None:
        if self.add_decision(self.decision_input.text()) is not None:
            self.decision_input.clear()

    def add_decision(self, text: str) -> str | None:
        """A decision on the current item (and its subject)."""
        sid, item = self.context.session_id, self.context.current_item
        decision = self.context.call(lambda s: s.meetings.add_decision(
            sid, text, agenda_item_id=item.id if item else None,
            subject_type=item.subject_type if item and item.subject_id else None,
            subject_id=item.subject_id if item else None))
        if decision is None:
            return None
        self.context.saved(self.tr("Beschluss: %1").replace("%1", decision.text))
        return str(decision.id)

    def remove_selected_decision(self) -> bool:
        decision_id = self.selected_decision_id()
        if decision_id is None:
            return False
        if not dialogs.ask(self, self.tr("Beschluss entfernen"),
                           self.tr("Den ausgewählten Beschluss aus der Liste entfernen?")):
            return False
        return self.context.call(lambda s: s.meetings.remove_decision(decision_id)) is not None
