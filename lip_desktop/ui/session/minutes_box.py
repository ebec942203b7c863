"""Where the minutes of the session chosen in the planning stand, and the steps on them.

"Protokoll" in the session planning: the state line (Entwurf, versandt with the date and
version, genehmigt in which session with how many corrections), "Als versandt markieren"
with the sent date typed the German way, "Genehmigung einplanen" (puts "Genehmigung des
Protokolls vom …" on a later session's agenda), and "Wieder öffnen …" for minutes sent or
approved (asks first). The rules, the date parsing and the refusals are the model's
(``model/minutes_state.py``, ``service.minutes``); the approval itself happens in the live
window of the later session, on that agenda item.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lip_desktop.model import minutes_state, queries
from lip_desktop.model.changes import Outcome
from lip_desktop.model.minutes_state import MinutesStatus
from lip_desktop.model.services import CatalogueService
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.session import stamps


class MinutesStateBox(QGroupBox):
    """``MinutesStateBox(hub, call)``; ``call`` runs a service operation and shows a
    refusal (the planning view's ``_call``). ``show_session`` fills it for a session."""

    def __init__(self, hub: CatalogueHub,
                 call: Callable[[Callable[[CatalogueService], Outcome[Any]]], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._call = call
        self.session_id: str | None = None
        self.status: MinutesStatus | None = None
        self.setObjectName("minutesStateBox")
        self.setTitle(self.tr("Protokoll"))
        self.state_label = QLabel()
        self.state_label.setObjectName("minutesState")
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Stand des Protokolls"))
        self.sent_on_edit = QLineEdit()
        self.sent_on_edit.setObjectName("minutesSentOn")
        self.sent_on_edit.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.sent_on_edit.setAccessibleName(self.tr("Protokoll versandt am (TT.MM.JJJJ)"))
        self.send_button = QPushButton(self.tr("Als &versandt markieren"))
        self.send_button.setObjectName("markMinutesSent")
        self.send_button.setAccessibleName(self.tr("Protokoll als versandt markieren"))
        self.approver_combo = QComboBox()
        self.approver_combo.setObjectName("minutesApprover")
        self.approver_combo.setAccessibleName(
            self.tr("Spätere Sitzung, in der das Protokoll genehmigt wird"))
        self.plan_button = QPushButton(self.tr("&Genehmigung einplanen"))
        self.plan_button.setObjectName("planMinutesApproval")
        self.plan_button.setAccessibleName(
            self.tr("Genehmigung des Protokolls auf die Tagesordnung setzen"))
        self.reopen_button = QPushButton(self.tr("Protokoll &wieder öffnen …"))
        self.reopen_button.setObjectName("reopenMinutes")
        self.reopen_button.setAccessibleName(self.tr("Protokoll wieder öffnen (Entwurf)"))

        sent_row = QHBoxLayout()
        sent_row.addWidget(self.sent_on_edit, 1)
        sent_row.addWidget(self.send_button)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.approver_combo, 1)
        plan_row.addWidget(self.plan_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Stand:"), self.state_label)
        sent_label = QLabel(self.tr("Versandt &am:"))
        sent_label.setBuddy(self.sent_on_edit)
        form.addRow(sent_label, sent_row)
        approver_label = QLabel(self.tr("Genehmigung &in:"))
        approver_label.setBuddy(self.approver_combo)
        form.addRow(approver_label, plan_row)
        form.addRow("", self.reopen_button)
        QWidget.setTabOrder(self.sent_on_edit, self.send_button)
        QWidget.setTabOrder(self.send_button, self.approver_combo)
        QWidget.setTabOrder(self.approver_combo, self.plan_button)
        QWidget.setTabOrder(self.plan_button, self.reopen_button)

        self.send_button.clicked.connect(self.mark_sent)
        self.sent_on_edit.returnPressed.connect(self.mark_sent)
        self.plan_button.clicked.connect(self.plan_approval)
        self.reopen_button.clicked.connect(self.reopen)
        self.show_session(None)

    def show_session(self, session_id: str | None) -> None:
        """Fill the box for ``session_id`` (``None``: nothing chosen)."""
        other = session_id != self.session_id
        self.session_id = session_id
        self.status = None if session_id is None else self.hub.service.minutes.status(
            session_id)
        self.setEnabled(self.status is not None)
        if self.status is None or session_id is None:
            self.state_label.clear()
            self.approver_combo.clear()
            return
        status = self.status
        self.state_label.setText(minutes_state.state_line(status))
        if other or not self.sent_on_edit.text():
            self.sent_on_edit.setText(date.today().strftime("%d.%m.%Y"))
        self.sent_on_edit.setEnabled(status.state == "draft")
        self.send_button.setEnabled(status.state == "draft")
        self.reopen_button.setEnabled(status.state != "draft")
        self._fill_approvers(session_id, status)

    def _fill_approvers(self, session_id: str, status: MinutesStatus) -> None:
        """Later sessions of the group that are not closed, the next one first."""
        self.approver_combo.clear()
        sessions = queries.sessions_of(self.hub.catalogue)
        me = next((s for s in sessions if s.id == session_id), None)
        if me is not None:
            for s in sessions:
                if (s.group_id == me.group_id and s.starts_at > me.starts_at
                        and s.status != "closed"):
                    self.approver_combo.addItem(
                        f"{stamps.display_stamp(s.starts_at)} – {s.title}", s.id)
        can_plan = (status.state != "approved" and status.approval_item_id is None
                    and self.approver_combo.count() > 0)
        self.approver_combo.setEnabled(can_plan)
        self.plan_button.setEnabled(can_plan)

    def mark_sent(self) -> None:
        session_id, text = self.session_id, self.sent_on_edit.text()
        if session_id is None or not self.send_button.isEnabled():
            return
        self._call(lambda service: service.minutes.mark_sent(session_id, text))

    def plan_approval(self) -> None:
        session_id, later = self.session_id, self.approver_combo.currentData()
        if session_id is None or not later:
            return
        self._call(lambda service: service.minutes.plan_approval(session_id, str(later)))

    def reopen(self) -> None:
        session_id = self.session_id
        if session_id is None or self.status is None or self.status.state == "draft":
            return
        if not dialogs.ask(self.window(), self.tr("Protokoll wieder öffnen"), self.tr(
                "Das Protokoll wird wieder zum Entwurf; die nächste Versendung ist eine neue "
                "Version. Eine Genehmigung und ihre Korrekturen bleiben im Änderungsverlauf, "
                "der Beschluss der Genehmigung in seiner Sitzung. Wieder öffnen?")):
            return
        self._call(lambda service: service.minutes.reopen(session_id))
