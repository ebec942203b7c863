"""Approving the minutes of an earlier session, on its agenda item.

While the current item is "Genehmigung des Protokolls vom …" (planned from the session
planning, linked to the earlier session's minutes), this box names the minutes (version,
sent date), takes the corrections the group asks for, one a line, and approves them with
one button (Ctrl+Shift+G). The rules and refusals are the model's
(``model/minutes_state.py``); the approval becomes a decision of this session, so it is
also in the decision list and in this session's minutes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import minutes_state
from lip_desktop.model.minutes_state import MeetingFacts, MinutesStatus
from lip_desktop.ui.session.live.context import LiveContext


class MinutesApprovalPanel(QGroupBox):
    """"Genehmigung des Protokolls": hidden unless the current item is such an item."""

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: tuple[MeetingFacts, MinutesStatus] | None = None
        self.setObjectName("minutesApproval")
        self.setTitle(self.tr("Genehmigung des Protokolls"))
        self.minutes_label = QLabel()
        self.minutes_label.setObjectName("minutesToApprove")
        self.minutes_label.setWordWrap(True)
        self.minutes_label.setAccessibleName(self.tr("Zu genehmigendes Protokoll"))
        self.corrections_edit = QPlainTextEdit()
        self.corrections_edit.setObjectName("minutesCorrections")
        self.corrections_edit.setAccessibleName(
            self.tr("Korrekturen zum Protokoll, eine je Zeile"))
        self.corrections_edit.setPlaceholderText(
            self.tr("Korrekturen, eine je Zeile (leer: ohne Korrekturen)"))
        self.corrections_edit.setTabChangesFocus(True)
        self.corrections_edit.setMaximumHeight(90)
        corrections_label = QLabel(self.tr("&Korrekturen:"))
        corrections_label.setBuddy(self.corrections_edit)
        self.approve_button = QPushButton(self.tr("Protokoll &genehmigen"))
        self.approve_button.setObjectName("approveMinutes")
        self.approve_button.setAccessibleName(
            self.tr("Protokoll genehmigen (Strg+Umschalt+G)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.minutes_label)
        layout.addWidget(corrections_label)
        layout.addWidget(self.corrections_edit)
        layout.addWidget(self.approve_button)
        self.approve_button.clicked.connect(self.approve)
        self.setVisible(False)

    def show_state(self) -> None:
        """Show the box for an approval item, with where its minutes stand."""
        item = self.context.current_item
        minutes = self.context.hub.service.minutes
        self.found = minutes.approval_of_item(item.id) if item is not None else None
        self.setVisible(self.found is not None)
        if self.found is None:
            self.approve_button.setEnabled(False)
            return
        session, status = self.found
        self.minutes_label.setText(
            self.tr("Protokoll der Sitzung „%1“: %2")
            .replace("%1", session.title).replace("%2", minutes_state.state_line(status)))
        can = status.state == "sent" and not self.context.read_only
        self.approve_button.setEnabled(can)
        self.corrections_edit.setEnabled(can)

    def can_approve(self) -> bool:
        return self.found is not None and self.approve_button.isEnabled()

    def corrections(self) -> list[str]:
        return self.corrections_edit.toPlainText().splitlines()

    def approve(self) -> bool:
        """Approve with the corrections typed; a refusal is shown by the context."""
        item = self.context.current_item
        if item is None or not self.can_approve():
            return False
        corrections = self.corrections()
        status = self.context.call(
            lambda service: service.minutes.approve_item(item.id, corrections))
        if status is None:
            return False
        self.corrections_edit.clear()
        self.context.saved(self.tr("Protokoll genehmigt (%1)").replace(
            "%1", minutes_state.short_label(status)))
        return True
