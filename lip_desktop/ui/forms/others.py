"""The smaller forms: goal, action field, strategy section and the catalogue itself.

They share everything with the measure form (``RecordForm``); only their fields differ.
Codes of goals are derived from their place (``renumber``) and so are shown, not edited;
an action field's code is the user's choice and is checked by the model like any value.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from lip_desktop.model import enums
from lip_desktop.ui.forms.base import RecordForm
from lip_desktop.ui.forms.terms import TermRules
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.negotiation import NegotiationPanel


class GoalForm(RecordForm):
    record_type = "goal"

    def __init__(self, hub: CatalogueHub, terms: TermRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(hub, terms, parent)
        form = self.section(self.tr("Ziel"))
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.add_readonly(form, self.label_of("code"), self.code)
        self.title = self.line("title")
        self.add_field(form, "title", self.title)
        self.description = self.text("description", lines=6)
        self.add_field(form, "description", self.description)
        self.status = self.combo("status", enums.STATUS)
        self.add_field(form, "status", self.status)
        self.priority = self.combo("priority", enums.PRIORITY)
        self.add_field(form, "priority", self.priority)
        talks = self.section(self.tr("Verhandlung: Positionen, Kompromisse, Sondervoten"))
        self.negotiation = NegotiationPanel(hub)
        talks.addRow(self.negotiation)
        self.add_to_tab_chain(*self.negotiation.focus_widgets())
        self.finish_layout()

    def show_extras(self, record: Any) -> None:
        self.code.setText(record.code or "")
        self.negotiation.set_subject("goal", record.id)

    def clear(self) -> None:
        super().clear()
        self.negotiation.set_subject(None, None)


class ActionFieldForm(RecordForm):
    record_type = "action_field"

    def __init__(self, hub: CatalogueHub, terms: TermRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(hub, terms, parent)
        form = self.section(self.tr("Handlungsfeld"))
        self.code = self.line("code")
        self.code.setToolTip(self.tr("Großbuchstaben, z. B. BIL; die Kennungen der Ziele "
                                     "und Maßnahmen beginnen damit."))
        self.add_field(form, "code", self.code)
        self.name = self.line("name")
        self.add_field(form, "name", self.name)
        self.description = self.text("description", lines=6)
        self.add_field(form, "description", self.description)
        self.finish_layout()


class StrategySectionForm(RecordForm):
    record_type = "strategy_section"

    def __init__(self, hub: CatalogueHub, terms: TermRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(hub, terms, parent)
        form = self.section(self.tr("Strategieteil"))
        self.title = self.line("title")
        self.add_field(form, "title", self.title)
        self.body = self.text("body", lines=16)
        self.add_field(form, "body", self.body)
        self.finish_layout()


class CatalogueForm(RecordForm):
    record_type = "catalogue"

    def __init__(self, hub: CatalogueHub, terms: TermRules | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(hub, terms, parent)
        form = self.section(self.tr("Katalog"))
        self.title = self.line("title")
        self.add_field(form, "title", self.title)
        self.city = self.line("city")
        self.add_field(form, "city", self.city)
        self.process = self.line("process")
        self.add_field(form, "process", self.process)
        self.draft_version = QLineEdit()
        self.draft_version.setObjectName("draft_version")
        self.draft_version.setToolTip(self.tr("Wird beim Erzeugen eines Word-Entwurfs gesetzt."))
        self.add_readonly(form, self.label_of("draft_version"), self.draft_version)
        self.finish_layout()

    def show_extras(self, record: Any) -> None:
        self.draft_version.setText(str(record.draft_version))
