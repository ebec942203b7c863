"""What the panels of the live session window share: the session, its state, the calls.

Each tab or area of the window is a small widget of its own (attendance, agenda, capture,
negotiation, Themenspeicher, decisions); they all read the same ``LiveState`` and write
through ``LiveContext.call``, which shows a refusal over the window and broadcasts the
change summary. The hub's broadcast then makes the window refresh every panel, so no
panel updates another one directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QMainWindow

from lip_desktop.model import queries
from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import LipError
from lip_desktop.model.records import AgendaItem, Person
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.values import LiveState
from lip_desktop.ui import dialogs
from lip_desktop.ui.forms.terms import shared_term_rules
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.people import read_people
from lip_desktop.ui.session.clock import Clock
from lip_desktop.ui.widgets.term_edit import TermLineEdit

#: The record id behind a list entry (agenda item, parking item, decision, person).
IdRole: Final = Qt.ItemDataRole.UserRole + 1
#: Attendance toggles are hit with a touchpad on a projector laptop: make them big.
TOGGLE_HEIGHT: Final = 40


class LiveContext:
    """The open session as the panels see it; ``state`` is re-read by ``reload``."""

    def __init__(self, hub: CatalogueHub, session_id: str, clock: Clock,
                 window: QMainWindow) -> None:
        self.hub = hub
        self.session_id = session_id
        self.clock = clock
        self.window = window
        self.state: LiveState = hub.service.meetings.live_state(session_id, clock.now())
        self.members: list[tuple[Person, str]] = []  # (person, role) in group order
        self.group_field_id = ""
        self.subjects: list[queries.SubjectChoice] = []
        self.fields: list[queries.FieldChoice] = []
        self.load_people()
        self.load_subjects()

    def reload(self) -> LiveState:
        self.state = self.hub.service.meetings.live_state(self.session_id, self.clock.now())
        return self.state

    def load_people(self) -> None:
        """The group's members in group order, then anyone else marked in the session."""
        people = {p.id: p for p in read_people(self.hub)}
        group = self.hub.record("group", self.state.meeting.group_id)
        members = [(people[m.person_id], m.role) for m in group.members
                   if m.person_id in people]
        known = {p.id for p, _ in members}
        members += [(people[a.person_id], "guest") for a in self.state.meeting.attendance
                    if a.person_id in people and a.person_id not in known]
        self.members = members
        self.group_field_id = group.action_field_id

    def load_subjects(self) -> None:
        self.subjects = queries.subject_choices(self.hub.catalogue)
        self.fields = queries.action_fields(self.hub.catalogue)

    def subject_choice(self, subject_id: str | None) -> queries.SubjectChoice | None:
        return next((c for c in self.subjects if c.id == subject_id), None)

    @property
    def read_only(self) -> bool:
        """A closed session: only its notes (and the Themenspeicher's follow-up) change."""
        return self.state.meeting.status == "closed"

    @property
    def current_item(self) -> AgendaItem | None:
        item = self.state.current_item
        return item if isinstance(item, AgendaItem) else None

    def call(self, operation: Callable[[CatalogueService], Outcome[Any]]) -> Any:
        """Like ``hub.call``, with the refusal shown over the session window."""
        try:
            outcome = operation(self.hub.service)
        except LipError as error:
            dialogs.show_error(self.window, error)
            return None
        self.hub.broadcast(outcome.changes)
        return outcome.value

    def saved(self, text: str) -> None:
        self.window.statusBar().showMessage(
            self.window.tr("Gespeichert: %1").replace("%1", text), 4000)


def entry_line(object_name: str, accessible_name: str, placeholder: str,
               hub: CatalogueHub | None = None) -> QLineEdit:
    """The input line of a panel where Enter stores what was typed; with ``hub``, outdated
    terms are marked as in the editor (the catalogue's terminology)."""
    line: QLineEdit = QLineEdit()
    if hub is not None:
        term_line = TermLineEdit()
        rules = shared_term_rules(hub)
        term_line.setChecker(rules.checker)
        rules.sig_checker_changed.connect(term_line.setChecker)
        line = term_line
    line.setObjectName(object_name)
    line.setAccessibleName(accessible_name)
    line.setPlaceholderText(placeholder)
    return line


def record_list(object_name: str, accessible_name: str) -> QListWidget:
    view = QListWidget()
    view.setObjectName(object_name)
    view.setAccessibleName(accessible_name)
    return view


def refill(view: QListWidget, entries: list[tuple[str, QListWidgetItem]]) -> None:
    """Replace a list's entries ((record id, entry)); the selected record stays selected."""
    selected = selected_id(view)
    with QSignalBlocker(view):
        view.clear()
        for record_id, entry in entries:
            entry.setData(IdRole, record_id)
            view.addItem(entry)
            if record_id == selected:
                entry.setSelected(True)


def selected_id(view: QListWidget) -> str | None:
    items = view.selectedItems()
    return str(items[0].data(IdRole)) if items else None


def select_in(view: QListWidget, record_id: str) -> None:
    for row in range(view.count()):
        entry = view.item(row)
        if entry is not None and entry.data(IdRole) == record_id:
            view.setCurrentRow(row)
            return
