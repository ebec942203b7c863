"""The "Erfassen" tab: a goal, sub-goal or measure by title and Enter (undoable), placed
under the current item's subject unless the facilitator picks another parent."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QListWidget, QWidget

from lip_desktop.model import enums, queries
from lip_desktop.model.commands import AddRecord
from lip_desktop.model.records import AgendaItem
from lip_desktop.ui import labels
from lip_desktop.ui.forms.terms import shared_term_rules
from lip_desktop.ui.session.live.context import LiveContext
from lip_desktop.ui.widgets.term_edit import TermLineEdit

#: What a quick capture creates, in the order of the kind combo.
CAPTURE_MEASURE: Final = "measure"
CAPTURE_SUBGOAL: Final = "subgoal"
CAPTURE_GOAL: Final = "goal"


class CapturePanel(QWidget):
    """Neu (kind), unter (parent), Titel; the list shows what this window captured."""

    def __init__(self, context: LiveContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.capture_kind = QComboBox()
        self.capture_kind.setAccessibleName(self.tr("Was wird erfasst"))
        self.capture_kind.addItem(self.tr("Maßnahme"), CAPTURE_MEASURE)
        self.capture_kind.addItem(self.tr("Teilziel"), CAPTURE_SUBGOAL)
        self.capture_kind.addItem(self.tr("Ziel"), CAPTURE_GOAL)
        self.capture_parent = QComboBox()
        self.capture_parent.setAccessibleName(self.tr("Unter welchem Ziel oder Handlungsfeld"))
        self.capture_parent.setMinimumContentsLength(30)
        self.capture_title = TermLineEdit()  # outdated terms marked as in the editor
        rules = shared_term_rules(context.hub)
        self.capture_title.setChecker(rules.checker)
        rules.sig_checker_changed.connect(self.capture_title.setChecker)
        self.capture_title.setObjectName("captureTitle")
        self.capture_title.setAccessibleName(self.tr("Titel des neuen Eintrags"))
        self.capture_title.setPlaceholderText(self.tr("Titel eingeben, Eingabe speichert"))
        self.captured_list = QListWidget()
        self.captured_list.setAccessibleName(self.tr("In dieser Sitzung erfasst"))
        form = QFormLayout(self)
        form.addRow(self.tr("Neu:"), self.capture_kind)
        form.addRow(self.tr("unter:"), self.capture_parent)
        form.addRow(self.tr("Titel:"), self.capture_title)
        form.addRow(self.tr("Erfasst:"), self.captured_list)
        self.capture_kind.currentIndexChanged.connect(self.on_capture_kind_changed)
        self.capture_title.returnPressed.connect(self.on_capture_title_return)

    def set_read_only(self, closed: bool) -> None:
        for widget in (self.capture_kind, self.capture_parent, self.capture_title):
            widget.setEnabled(not closed)

    def follow_item(self, item: AgendaItem | None) -> None:
        """A new current item: a measure under its subject is the usual capture."""
        with QSignalBlocker(self.capture_kind):
            self.capture_kind.setCurrentIndex(0)
        self.fill_parents()

    def fill_parents(self) -> None:
        """Goals for a measure or sub-goal, action fields for a goal; preselected from
        the current item's subject, or "bitte wählen" when it has none."""
        item = self.context.current_item
        choice = self.context.subject_choice(item.subject_id if item is not None else None)
        self._fill_parents(choice)

    def _fill_parents(self, choice: queries.SubjectChoice | None) -> None:
        kind = self.capture_kind.currentData()
        own_field = self.context.group_field_id
        with QSignalBlocker(self.capture_parent):
            self.capture_parent.clear()
            if kind == CAPTURE_GOAL:
                for f in self.context.fields:
                    self.capture_parent.addItem(f.label, f.id)
                field_id = choice.action_field_id if choice else own_field
                self.capture_parent.setCurrentIndex(
                    max(0, self.capture_parent.findData(field_id)))
                return
            self.capture_parent.addItem(self.tr("– Ziel wählen –"), "")
            goals = [c for c in self.context.subjects if c.subject_type == "goal"]
            own = [c for c in goals if c.action_field_id == own_field]
            for c in own + [c for c in goals if c.action_field_id != own_field]:
                self.capture_parent.addItem(c.label, c.id)
            goal_id = choice.goal_id if choice else None
            self.capture_parent.setCurrentIndex(
                max(0, self.capture_parent.findData(goal_id or "")))

    def on_capture_kind_changed(self, _index: int) -> None:
        self.fill_parents()

    def on_capture_title_return(self) -> None:
        title = self.capture_title.text().strip()
        if not title:
            return
        if self.capture(title, self.capture_kind.currentData(),
                        self.capture_parent.currentData() or None) is not None:
            self.capture_title.clear()

    def capture(self, title: str, kind: str = CAPTURE_MEASURE, parent_id: str | None = None
                ) -> str | None:
        """Create a measure (under goal ``parent_id``), a sub-goal (under goal
        ``parent_id``) or a goal (in action field ``parent_id``). Undoable; the new id."""
        if not parent_id:
            self.context.window.statusBar().showMessage(
                self.tr("Bitte zuerst wählen, wohin der Eintrag gehört."), 6000)
            self.capture_parent.setFocus()
            return None
        pid = parent_id
        # Noted with the session and its current item, so the minutes list it there.
        item = self.context.current_item
        where = (self.context.session_id, item.id if item is not None else None)
        if kind == CAPTURE_MEASURE:
            command = AddRecord(self.tr("Maßnahme erfassen"),
                                lambda s: s.structure.add_measure(pid, title,
                                                                  captured_in=where),
                                "measure")
        elif kind == CAPTURE_SUBGOAL:
            parent = self.context.subject_choice(pid)
            field_id = parent.action_field_id if parent else self.context.group_field_id
            command = AddRecord(self.tr("Teilziel erfassen"),
                                lambda s: s.structure.add_goal(field_id, title, pid,
                                                               captured_in=where),
                                "goal")
        else:
            command = AddRecord(self.tr("Ziel erfassen"),
                                lambda s: s.structure.add_goal(pid, title, captured_in=where),
                                "goal")
        hub = self.context.hub
        if not hub.run_undoable(command) or command.record_id is None:
            return None
        record = hub.record(command.record_type, command.record_id)
        label = f"{labels.label(enums.SUBJECT_TYPE, command.record_type)} {record.code}: {title}"
        self.captured_list.insertItem(0, label)
        self.context.saved(label)
        return command.record_id
