"""The "Verhandlung" tab: positions, compromises and Sondervoten on the current item's
subject (``NegotiationPanel``), or a hint when the item has no subject."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from lip_desktop.model.records import AgendaItem
from lip_desktop.ui.negotiation import NegotiationPanel
from lip_desktop.ui.session.live.context import LiveContext


class NegotiationTab(QWidget):
    """Follows the current agenda item's subject."""

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.negotiation_hint = QLabel(self.tr(
            "Dieser Tagesordnungspunkt bezieht sich auf kein Ziel und keine Maßnahme."))
        self.negotiation_hint.setWordWrap(True)
        self.negotiation = NegotiationPanel(context.hub)
        self.negotiation_area = QWidget()
        area = QVBoxLayout(self.negotiation_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.negotiation)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.negotiation_area)
        layout = QVBoxLayout(self)
        layout.addWidget(self.negotiation_hint)
        layout.addWidget(scroll, 1)

    def follow_item(self, item: AgendaItem | None) -> None:
        subject_type = item.subject_type if item is not None else None
        subject_id = item.subject_id if item is not None else None
        self.negotiation.set_subject(subject_type, subject_id, self.context.session_id)
        self.negotiation_hint.setHidden(subject_id is not None)
        self.negotiation_area.setHidden(subject_id is None)

    def set_read_only(self, closed: bool) -> None:
        self.negotiation_area.setEnabled(not closed)
