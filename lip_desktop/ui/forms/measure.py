"""The form of a measure: every field of the record, plus its indicators.

Grouped the way the LIP drafts present a measure (what it is, how it is carried out,
where it stands in the process, how success is measured), so a facilitator can fill it
in during a session from top to bottom with the keyboard alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.errors import LipError
from lip_desktop.ui.contributions import SubjectContributions
from lip_desktop.ui.forms.base import RecordForm
from lip_desktop.ui.forms.indicators import IndicatorEditor
from lip_desktop.ui.forms.terms import TermRules
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.negotiation import NegotiationPanel
from lip_desktop.ui.widgets.euro_edit import EuroEdit
from lip_desktop.ui.widgets.implementation_edit import ImplementationEdit
from lip_desktop.ui.widgets.month_edit import MonthEdit
from lip_desktop.ui.widgets.tag_list_edit import TagListEdit


class MeasureForm(RecordForm):
    record_type = "measure"

    def __init__(self, hub: CatalogueHub, terms: TermRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(hub, terms, parent)
        catalogue = hub.catalogue

        what = self.section(self.tr("Maßnahme"))
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.add_readonly(what, self.label_of("code"), self.code)
        self.goal = QLabel()
        self.goal.setObjectName("goal")
        self.goal.setWordWrap(True)
        self.add_readonly(what, self.label_of("goal_id"), self.goal)
        self.title = self.line("title")
        self.add_field(what, "title", self.title)
        self.description = self.text("description", lines=6)
        self.add_field(what, "description", self.description)

        how = self.section(self.tr("Umsetzung"))
        self.lead = self.line("lead")
        self.add_field(how, "lead", self.lead)
        self.partners = TagListEdit(
            suggestions=lambda: queries.used_tags(catalogue, "partners"))
        self.add_field(how, "partners", self.partners)
        self.target_groups = TagListEdit(
            suggestions=lambda: queries.used_tags(catalogue, "target_groups"))
        self.add_field(how, "target_groups", self.target_groups)
        self.start = MonthEdit()
        self.add_field(how, "start", self.start)
        self.end = MonthEdit()
        self.add_field(how, "end", self.end)
        self.kind = self.combo("kind", enums.KIND, empty=self.tr("– offen –"))
        self.add_field(how, "kind", self.kind)
        self.cost = EuroEdit()
        self.add_field(how, "cost_eur", self.cost)
        self.funding = self.line("funding")
        self.add_field(how, "funding", self.funding)

        state = self.section(self.tr("Stand"))
        self.status = self.combo("status", enums.STATUS)
        self.add_field(state, "status", self.status)
        self.priority = self.combo("priority", enums.PRIORITY)
        self.add_field(state, "priority", self.priority)
        self.origin = self.combo("origin", enums.ORIGIN)
        self.add_field(state, "origin", self.origin)
        self.steering_decision = self.combo("steering_decision", enums.STEERING_DECISION)
        self.add_field(state, "steering_decision", self.steering_decision)
        self.steering_note = self.text("steering_note", lines=3)
        self.add_field(state, "steering_note", self.steering_note)

        adopted = self.section(self.tr("Umsetzung nach Beschluss"))
        self.implementation = ImplementationEdit()
        self.add_field(adopted, "implementation", self.implementation)

        measured = self.section(self.tr("Indikatoren"))
        self.indicators = IndicatorEditor(hub)
        measured.addRow(self.indicators)
        self.add_to_tab_chain(*self.indicators.focus_widgets())

        fed = self.section(self.tr("Aus der Beteiligung"))
        self.contributions = SubjectContributions(hub)
        fed.addRow(self.contributions)

        talks = self.section(self.tr("Verhandlung: Positionen, Kompromisse, Sondervoten"))
        self.negotiation = NegotiationPanel(hub)
        talks.addRow(self.negotiation)
        self.add_to_tab_chain(*self.negotiation.focus_widgets())
        self.finish_layout()

    def show_extras(self, record: Any) -> None:
        self.code.setText(record.code or "")
        self._show_goal(record.goal_id)
        self.indicators.set_measure(record.id)
        self.negotiation.set_subject("measure", record.id)
        self.contributions.show_subject("measure", record.id)

    def clear(self) -> None:
        super().clear()
        self.indicators.set_measure(None)
        self.negotiation.set_subject(None, None)
        self.contributions.subject = None

    def _show_goal(self, goal_id: str) -> None:
        try:
            goal = self.hub.record("goal", goal_id)
        except LipError:  # being restored or deleted in the same change
            self.goal.setText("")
            return
        self.goal.setText(f"{goal.code or ''} {goal.title}".strip())
        self.goal.setAccessibleDescription(self.goal.text())

    def on_other_changes(self, changes: Changes) -> None:
        if self.record is not None and self.record.goal_id in changes.updated.get("goal", ()):
            self._show_goal(self.record.goal_id)
