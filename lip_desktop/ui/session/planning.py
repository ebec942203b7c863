"""Planning the sessions of the expert groups (workspace tab "Sitzungen").

Per group: the list of its sessions, a row to plan a new one, the details of the selected
session, its agenda (time boxes and what each item is about) and the group's default vote
rules. "Sitzung starten" opens the live session window (``LiveSessionWindow``); this view
owns the open live windows so the main window can find, resume and close them.

Every entry is committed when it is made: fields on leaving them (undoable
``UpdateFields``), agenda and vote rules through their service calls. A closed session
accepts only its notes; the model refuses the rest, the view just disables it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes, Outcome
from lip_desktop.model.errors import LipError
from lip_desktop.model.records import Meeting
from lip_desktop.model.services import CatalogueService
from lip_desktop.ui import dialogs, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.people import read_groups
from lip_desktop.ui.seen import seen_edit
from lip_desktop.ui.session import stamps
from lip_desktop.ui.session.clock import Clock
from lip_desktop.ui.session.minutes_box import MinutesStateBox
from lip_desktop.ui.session.widgets import NotesEdit
from lip_desktop.ui.widgets.datetime_edit import DateTimeEdit

if TYPE_CHECKING:
    from lip_desktop.ui.session.live import LiveSessionWindow

#: Item data of the sessions table (column 0) and the agenda table: the record id.
IdRole: Final = Qt.ItemDataRole.UserRole + 1
#: Qt's display format for dates and times on German screens.

SESSION_DATE, SESSION_TITLE, SESSION_PLACE, SESSION_STATUS = 0, 1, 2, 3
AGENDA_TITLE, AGENDA_MINUTES, AGENDA_SUBJECT = 0, 1, 2


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def subject_key(subject_type: str | None, subject_id: str | None) -> str:
    """Combo data for a subject ("goal:<id>"); "" for none."""
    return f"{subject_type}:{subject_id}" if subject_type and subject_id else ""


def split_subject_key(key: Any) -> tuple[str | None, str | None]:
    if not isinstance(key, str) or ":" not in key:
        return None, None
    kind, _, rid = key.partition(":")
    return kind, rid


def datetime_edit(name: str) -> DateTimeEdit:
    edit = DateTimeEdit()
    edit.setAccessibleName(name)
    return edit


class SessionPlanningView(QWidget):
    """The "Sitzungen" tab: ``SessionPlanningView(hub, clock=None)``.

    ``clock`` gives "now" for defaults and for starting a session and drives the live
    windows; without one a wall ``Clock`` is made when first needed.
    """

    def __init__(self, hub: CatalogueHub, clock: Clock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPlanningView")
        self.hub = hub
        self._clock = clock
        self.live_windows: dict[str, LiveSessionWindow] = {}
        self._groups: list[queries.GroupSummary] = []
        self._sessions: list[queries.SessionRow] = []
        self._meeting: Meeting | None = None
        self._shown_session_id: str | None = None
        # The stored values the detail fields last showed (what an edit is made over).
        self._shown_values: dict[str, Any] = {}
        self._subjects: list[queries.SubjectChoice] = []
        self._build()
        self._connect()
        self._reload_groups()
        self._reload_subjects()
        self.on_group_changed()

    # --- clock ---------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            self._clock = Clock(self)
        return self._clock

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Expert*innengruppe"))
        group_row = QHBoxLayout()
        group_label = QLabel(self.tr("&Expert*innengruppe:"))
        group_label.setBuddy(self.group_combo)
        group_row.addWidget(group_label)
        group_row.addWidget(self.group_combo, 1)

        # sessions of the group
        self.sessions_table = QTableWidget(0, 4)
        self.sessions_table.setObjectName("sessionsTable")
        self.sessions_table.setAccessibleName(self.tr("Sitzungen der Gruppe"))
        self.sessions_table.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Titel"), self.tr("Ort"), self.tr("Status")])
        _setup_table(self.sessions_table, stretch=(SESSION_TITLE, SESSION_PLACE))

        self.new_title = QLineEdit()
        self.new_title.setAccessibleName(self.tr("Titel der neuen Sitzung"))
        self.new_title.setPlaceholderText(self.tr("z. B. 5. Sitzung Expert*innengruppe …"))
        self.new_starts = datetime_edit(self.tr("Beginn der neuen Sitzung"))
        self.new_location = QLineEdit()
        self.new_location.setPlaceholderText(self.tr("Ort"))
        self.new_location.setAccessibleName(self.tr("Ort der neuen Sitzung"))
        self.plan_button = QPushButton(self.tr("Sitzung &planen"))
        self.plan_button.setAccessibleName(self.tr("Sitzung planen"))
        plan_box = QGroupBox(self.tr("Neue Sitzung"))
        plan_form = QFormLayout(plan_box)
        plan_form.addRow(self.tr("Tite&l:"), self.new_title)
        plan_form.addRow(self.tr("Beginn:"), self.new_starts)
        plan_form.addRow(self.tr("Ort:"), self.new_location)
        plan_form.addRow("", self.plan_button)

        self.start_button = QPushButton(self.tr("Sitzung &starten"))
        self.start_button.setObjectName("startSessionButton")
        self.start_button.setAccessibleName(self.tr("Sitzung starten"))
        self.start_button.setMinimumHeight(36)

        self.minutes_button = QPushButton(self.tr("&Protokoll (Word) …"))
        self.minutes_button.setAccessibleName(self.tr("Protokoll der Sitzung als Word exportieren"))
        self.minutes_button.clicked.connect(self.export_minutes)

        sessions_box = QGroupBox(self.tr("Sitzungen"))
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions_table)
        session_buttons = QHBoxLayout()
        session_buttons.addStretch(1)
        session_buttons.addWidget(self.minutes_button)
        session_buttons.addWidget(self.start_button)
        sessions_layout.addLayout(session_buttons)

        # group vote rules
        self.quorum_spin = QSpinBox()
        self.quorum_spin.setRange(0, 99)
        self.quorum_spin.setSpecialValueText(self.tr("kein Quorum"))
        self.quorum_spin.setKeyboardTracking(False)
        self.quorum_spin.setAccessibleName(self.tr("Quorum: mindestens anwesende Mitglieder"))
        self.majority_combo = QComboBox()
        self.majority_combo.setAccessibleName(self.tr("Erforderliche Mehrheit"))
        for key, label in labels.items(enums.MAJORITY):
            self.majority_combo.addItem(label, key)
        self.parity_check = QCheckBox(
            self.tr("Parität: doppelte Mehrheit (Verwaltung und extern je für sich)"))
        self.parity_check.setAccessibleName(
            self.tr("Parität: doppelte Mehrheit erforderlich"))
        self.dots_spin = QSpinBox()
        self.dots_spin.setRange(1, 99)
        self.dots_spin.setKeyboardTracking(False)
        self.dots_spin.setAccessibleName(self.tr("Punkte je Person bei der Punktabfrage"))
        self.rules_box = QGroupBox(self.tr("Abstimmungsregeln der Gruppe (Vorgaben)"))
        rules = QFormLayout(self.rules_box)
        rules.addRow(self.tr("&Quorum:"), self.quorum_spin)
        rules.addRow(self.tr("&Mehrheit:"), self.majority_combo)
        rules.addRow("", self.parity_check)
        rules.addRow(self.tr("Punkte je &Person:"), self.dots_spin)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(group_row)
        left_layout.addWidget(sessions_box, 1)
        self.minutes_box = MinutesStateBox(self.hub, self._call)
        left_layout.addWidget(self.minutes_box)
        left_layout.addWidget(plan_box)
        left_layout.addWidget(self.rules_box)

        # details of the selected session
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Titel der Sitzung"))
        self.starts_edit = datetime_edit(self.tr("Beginn der Sitzung"))
        self.location_edit = QLineEdit()
        self.location_edit.setAccessibleName(self.tr("Ort der Sitzung"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status der Sitzung"))
        self.notes_edit = NotesEdit()
        self.notes_edit.setAccessibleName(self.tr("Notizen zur Sitzung"))
        self.notes_edit.setMaximumHeight(90)
        self.details_box = QGroupBox(self.tr("Ausgewählte Sitzung"))
        details = QFormLayout(self.details_box)
        details.addRow(self.tr("&Titel:"), self.title_edit)
        details.addRow(self.tr("&Beginn:"), self.starts_edit)
        details.addRow(self.tr("&Ort:"), self.location_edit)
        details.addRow(self.tr("Status:"), self.status_label)
        details.addRow(self.tr("&Notizen:"), self.notes_edit)

        # agenda of the selected session
        self.agenda_table = QTableWidget(0, 3)
        self.agenda_table.setObjectName("agendaTable")
        self.agenda_table.setAccessibleName(self.tr("Tagesordnung"))
        self.agenda_table.setHorizontalHeaderLabels(
            [self.tr("TOP"), self.tr("Zeit (Minuten)"), self.tr("Bezug")])
        _setup_table(self.agenda_table, stretch=(AGENDA_TITLE, AGENDA_SUBJECT))
        self.item_title = QLineEdit()
        self.item_title.setPlaceholderText(self.tr("Tagesordnungspunkt (Eingabe fügt hinzu)"))
        self.item_title.setAccessibleName(self.tr("Titel des Tagesordnungspunkts"))
        self.item_minutes = QSpinBox()
        self.item_minutes.setRange(0, 600)
        self.item_minutes.setSingleStep(5)
        self.item_minutes.setSpecialValueText(self.tr("ohne"))
        self.item_minutes.setSuffix(self.tr(" min"))
        self.item_minutes.setValue(15)
        self.item_minutes.setAccessibleName(self.tr("Zeit für den Tagesordnungspunkt in Minuten"))
        self.item_subject = QComboBox()
        self.item_subject.setAccessibleName(self.tr("Bezug des Tagesordnungspunkts"))
        self.item_subject.setMinimumContentsLength(24)
        self.add_item_button = QPushButton(self.tr("&Hinzufügen"))
        self.add_item_button.setAccessibleName(self.tr("Tagesordnungspunkt hinzufügen"))
        self.apply_item_button = QPushButton(self.tr("Ä&ndern"))
        self.apply_item_button.setAccessibleName(
            self.tr("Ausgewählten Tagesordnungspunkt ändern"))
        self.item_up_button = QPushButton(self.tr("Nach oben"))
        self.item_up_button.setAccessibleName(self.tr("Tagesordnungspunkt nach oben"))
        self.item_up_button.setShortcut("Alt+Up")
        self.item_down_button = QPushButton(self.tr("Nach unten"))
        self.item_down_button.setAccessibleName(self.tr("Tagesordnungspunkt nach unten"))
        self.item_down_button.setShortcut("Alt+Down")
        self.remove_item_button = QPushButton(self.tr("Entfernen …"))
        self.remove_item_button.setAccessibleName(self.tr("Tagesordnungspunkt entfernen"))
        item_form = QHBoxLayout()
        item_form.addWidget(self.item_title, 2)
        item_form.addWidget(self.item_minutes)
        item_form.addWidget(self.item_subject, 2)
        item_buttons = QHBoxLayout()
        for button in (self.add_item_button, self.apply_item_button, self.item_up_button,
                       self.item_down_button, self.remove_item_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        self.copy_source = QComboBox()
        self.copy_source.setAccessibleName(self.tr("Sitzung, deren Tagesordnung übernommen wird"))
        self.copy_button = QPushButton(self.tr("Tagesordnung &übernehmen"))
        self.copy_button.setAccessibleName(self.tr("Tagesordnung übernehmen von"))
        copy_row = QHBoxLayout()
        copy_row.addWidget(QLabel(self.tr("Tagesordnung übernehmen von …")))
        copy_row.addWidget(self.copy_source, 1)
        copy_row.addWidget(self.copy_button)
        self.agenda_box = QGroupBox(self.tr("Tagesordnung"))
        agenda_layout = QVBoxLayout(self.agenda_box)
        agenda_layout.addWidget(self.agenda_table, 1)
        agenda_layout.addLayout(item_form)
        agenda_layout.addLayout(item_buttons)
        agenda_layout.addLayout(copy_row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details_box)
        right_layout.addWidget(self.agenda_box, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        order: Sequence[QWidget] = (
            self.group_combo, self.sessions_table, self.new_title, self.new_starts,
            self.new_location, self.plan_button, self.start_button,
            self.minutes_box.sent_on_edit, self.minutes_box.send_button,
            self.minutes_box.approver_combo, self.minutes_box.plan_button,
            self.minutes_box.reopen_button, self.quorum_spin,
            self.majority_combo, self.parity_check, self.dots_spin, self.title_edit,
            self.starts_edit, self.location_edit, self.notes_edit, self.agenda_table,
            self.item_title, self.item_minutes, self.item_subject, self.add_item_button,
            self.apply_item_button, self.item_up_button, self.item_down_button,
            self.remove_item_button, self.copy_source, self.copy_button)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.group_combo.currentIndexChanged.connect(self.on_group_changed)
        self.sessions_table.itemSelectionChanged.connect(self.on_session_selection_changed)
        self.sessions_table.itemDoubleClicked.connect(lambda _item: self.start_selected_session())
        self.plan_button.clicked.connect(self.on_plan_clicked)
        self.new_title.returnPressed.connect(self.on_plan_clicked)
        self.start_button.clicked.connect(self.start_selected_session)
        self.quorum_spin.valueChanged.connect(self.on_vote_rule_changed)
        self.majority_combo.activated.connect(self.on_vote_rule_changed)
        self.parity_check.toggled.connect(self.on_vote_rule_changed)
        self.dots_spin.valueChanged.connect(self.on_dots_changed)
        self.title_edit.editingFinished.connect(self.on_title_edited)
        self.starts_edit.editingFinished.connect(self.on_starts_edited)
        self.location_edit.editingFinished.connect(self.on_location_edited)
        self.notes_edit.sig_commit_requested.connect(self.on_notes_commit_requested)
        self.agenda_table.itemSelectionChanged.connect(self.on_agenda_selection_changed)
        self.item_title.returnPressed.connect(self.add_agenda_item)
        self.add_item_button.clicked.connect(self.add_agenda_item)
        self.apply_item_button.clicked.connect(self.apply_agenda_item)
        self.item_up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        self.item_down_button.clicked.connect(lambda: self.move_agenda_item(+1))
        self.remove_item_button.clicked.connect(self.remove_agenda_item)
        self.copy_button.clicked.connect(self.copy_agenda)

    # --- service calls -----------------------------------------------------------------

    def _call(self, operation: Callable[[CatalogueService], Outcome[Any]]) -> Any:
        """Like ``hub.run_without_undo``, with the refusal shown over this view."""
        try:
            outcome = operation(self.hub.service)
        except LipError as error:
            dialogs.show_error(self, error)
            return None
        self.hub.broadcast(outcome.changes)
        return outcome.value

    # --- selection (also for the main window and tests) --------------------------------

    def selected_group_id(self) -> str | None:
        index = self.group_combo.currentIndex()
        return self._groups[index].id if 0 <= index < len(self._groups) else None

    def selected_group(self) -> queries.GroupSummary | None:
        index = self.group_combo.currentIndex()
        return self._groups[index] if 0 <= index < len(self._groups) else None

    def select_group(self, group_id: str) -> None:
        index = next((i for i, g in enumerate(self._groups) if g.id == group_id), -1)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)

    def export_minutes(self) -> None:
        """The selected session's minutes as Word (in the background, written safely)."""
        from lip_desktop.ui.office import export_minutes  # noqa: PLC0415

        session_id = self.selected_session_id()
        if session_id is not None:
            export_minutes(self.window(), self.hub, session_id)

    def selected_session_id(self) -> str | None:
        rows = self.sessions_table.selectionModel().selectedRows()
        item = self.sessions_table.item(rows[0].row(), 0) if rows else None
        return str(item.data(IdRole)) if item is not None else None

    def select_session(self, session_id: str) -> None:
        """Show a session: switches to its group first."""
        row = next((s for s in queries.sessions_of(self.hub.catalogue) if s.id == session_id),
                   None)
        if row is None:
            return
        if row.group_id != self.selected_group_id():
            self.select_group(row.group_id)
        index = next((i for i, s in enumerate(self._sessions) if s.id == session_id), -1)
        if index >= 0:
            self.sessions_table.selectRow(index)

    def selected_agenda_item_id(self) -> str | None:
        rows = self.agenda_table.selectionModel().selectedRows()
        item = self.agenda_table.item(rows[0].row(), 0) if rows else None
        return str(item.data(IdRole)) if item is not None else None

    def select_agenda_item(self, item_id: str) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        index = next((i for i, a in enumerate(meeting.agenda) if a.id == item_id), -1)
        if index >= 0:
            self.agenda_table.selectRow(index)

    # --- reading -----------------------------------------------------------------------

    def _reload_groups(self) -> None:
        current = self.selected_group_id()
        self._groups = read_groups(self.hub)
        with QSignalBlocker(self.group_combo):
            self.group_combo.clear()
            for g in self._groups:
                self.group_combo.addItem(g.name, g.id)
            index = next((i for i, g in enumerate(self._groups) if g.id == current), 0)
            if self._groups:
                self.group_combo.setCurrentIndex(index)

    def _reload_subjects(self) -> None:
        self._subjects = queries.subject_choices(self.hub.catalogue)
        self._fill_subject_combo()

    def _fill_subject_combo(self) -> None:
        """The group's own goals and measures first, then the others."""
        keep = self.item_subject.currentData()
        group = self.selected_group()
        field_id = group.action_field_id if group else None
        own = [c for c in self._subjects if c.action_field_id == field_id]
        other = [c for c in self._subjects if c.action_field_id != field_id]
        with QSignalBlocker(self.item_subject):
            self.item_subject.clear()
            self.item_subject.addItem(self.tr("– kein Bezug –"), "")
            for choice in own:
                self.item_subject.addItem(self._subject_label(choice),
                                          subject_key(choice.subject_type, choice.id))
            if own and other:
                self.item_subject.insertSeparator(self.item_subject.count())
            for choice in other:
                self.item_subject.addItem(self._subject_label(choice),
                                          subject_key(choice.subject_type, choice.id))
            self.item_subject.setCurrentIndex(max(0, self.item_subject.findData(keep)))

    def _subject_label(self, choice: queries.SubjectChoice) -> str:
        kind = self.tr("Ziel") if choice.subject_type == "goal" else self.tr("Maßnahme")
        return f"{choice.code} {choice.title} ({kind})"

    def subject_text(self, subject_type: str | None, subject_id: str | None) -> str:
        if not subject_type or not subject_id:
            return ""
        choice = next((c for c in self._subjects if c.id == subject_id), None)
        return choice.label if choice else labels.label(enums.SUBJECT_TYPE, subject_type)

    def _reload_sessions(self) -> None:
        current = self.selected_session_id()
        group_id = self.selected_group_id()
        self._sessions = queries.sessions_of(self.hub.catalogue, group_id) if group_id else []
        table = self.sessions_table
        with QSignalBlocker(table):
            table.clearSelection()
            table.setRowCount(len(self._sessions))
            for row, s in enumerate(self._sessions):
                cells = (stamps.display_stamp(s.starts_at), s.title, s.location,
                         labels.label(enums.SESSION_STATUS, s.status))
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(IdRole, s.id)
                    table.setItem(row, column, item)
            index = next((i for i, s in enumerate(self._sessions) if s.id == current), -1)
            if index >= 0:
                table.selectRow(index)
        if index < 0 and self._sessions:
            # Nothing chosen yet: the next session to come (or the last one) is the likely one.
            upcoming = [i for i, s in enumerate(self._sessions) if s.status != "closed"]
            table.selectRow(upcoming[0] if upcoming else len(self._sessions) - 1)
        self._suggest_start()
        self.on_session_selection_changed()

    def _suggest_start(self) -> None:
        """A new session starts in a week at five unless a later date is entered."""
        if self.new_starts.dateTime() < to_qdatetime(self.clock.now()):
            start = datetime.combine(self.clock.now().date() + timedelta(days=7), time(17, 0))
            self.new_starts.setDateTime(to_qdatetime(start))

    def _reload_rules(self) -> None:
        group_id = self.selected_group_id()
        self.rules_box.setEnabled(group_id is not None)
        if group_id is None:
            return
        yes_no = self.hub.service.people.group_vote_defaults(group_id, "yes_no")
        dots = self.hub.service.people.group_vote_defaults(group_id, "dots")
        for widget in (self.quorum_spin, self.majority_combo, self.parity_check, self.dots_spin):
            widget.blockSignals(True)
        try:
            self.quorum_spin.setValue(yes_no["quorum_min_present"] or 0)
            self.majority_combo.setCurrentIndex(
                max(0, self.majority_combo.findData(yes_no["majority"])))
            self.parity_check.setChecked(bool(yes_no["parity"]))
            self.dots_spin.setValue(int(dots["dots_per_person"]))
        finally:
            for widget in (self.quorum_spin, self.majority_combo, self.parity_check,
                           self.dots_spin):
                widget.blockSignals(False)

    def _show_session(self) -> None:
        """Details, agenda and start button of the selected session."""
        session_id = self.selected_session_id()
        self._meeting = self.hub.service.meetings.get_meeting(session_id) if session_id else None
        meeting = self._meeting
        self.details_box.setEnabled(meeting is not None)
        self.agenda_box.setEnabled(meeting is not None and meeting.status != "closed")
        if meeting is None:
            self._shown_session_id = None
            self._shown_values = {}
            for edit in (self.title_edit, self.location_edit):
                edit.clear()
            self.status_label.clear()
            self.notes_edit.reset_text("")
            self.agenda_table.setRowCount(0)
            self.start_button.setEnabled(False)
            self.minutes_button.setEnabled(False)
            self.start_button.setText(self.tr("Sitzung &starten"))
            self.minutes_box.show_session(None)
            return
        closed = meeting.status == "closed"
        for widget in (self.title_edit, self.starts_edit, self.location_edit):
            widget.setEnabled(not closed)
        other = meeting.id != self._shown_session_id
        self._shown_session_id = meeting.id
        # A field the user is typing in keeps the typed text until it is committed.
        if other:
            self._shown_values = {}
        if other or closed or not self.title_edit.isModified():
            self.title_edit.setText(meeting.title)
            self._shown_values["title"] = meeting.title
        if other or closed or not self.location_edit.isModified():
            self.location_edit.setText(meeting.location)
            self._shown_values["location"] = meeting.location
        start = stamps.parse_stamp(meeting.starts_at)
        if start is not None and (other or not self.starts_edit.hasFocus()):
            with QSignalBlocker(self.starts_edit):
                self.starts_edit.setDateTime(to_qdatetime(start))
            self._shown_values["starts_at"] = meeting.starts_at
        status = labels.label(enums.SESSION_STATUS, meeting.status)
        if closed:
            status += " – " + self.tr("nur die Notizen sind noch änderbar")
        self.status_label.setText(status)
        if other:
            self.notes_edit.reset_text(meeting.notes)
        else:
            self.notes_edit.set_stored_text(meeting.notes)
        self.start_button.setEnabled(True)
        self.minutes_button.setEnabled(True)
        self.start_button.setText({
            "planned": self.tr("Sitzung &starten"),
            "running": self.tr("Laufende Sitzung ö&ffnen"),
        }.get(meeting.status, self.tr("Sitzung an&sehen")))
        self._show_agenda(meeting)
        self._fill_copy_sources(meeting)
        self.minutes_box.show_session(meeting.id)

    def _show_agenda(self, meeting: Meeting) -> None:
        current = self.selected_agenda_item_id()
        table = self.agenda_table
        with QSignalBlocker(table):
            table.clearSelection()
            table.setRowCount(len(meeting.agenda))
            for row, item in enumerate(meeting.agenda):
                minutes = "" if item.minutes is None else str(item.minutes)
                cells = (f"{row + 1}. {item.title}", minutes,
                         self.subject_text(item.subject_type, item.subject_id))
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(IdRole, item.id)
                    if column == AGENDA_MINUTES:
                        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, column, cell)
            index = next((i for i, a in enumerate(meeting.agenda) if a.id == current), -1)
            if index >= 0:
                table.selectRow(index)
        self._update_agenda_buttons()

    def _fill_copy_sources(self, meeting: Meeting) -> None:
        """The group's other sessions with an agenda, most recent first."""
        others = [s for s in reversed(self._sessions) if s.id != meeting.id]
        with QSignalBlocker(self.copy_source):
            self.copy_source.clear()
            for s in others:
                self.copy_source.addItem(f"{stamps.display_stamp(s.starts_at)} – {s.title}", s.id)
        self.copy_button.setEnabled(bool(others))

    def _update_agenda_buttons(self) -> None:
        meeting = self._meeting
        item_id = self.selected_agenda_item_id()
        index = (next((i for i, a in enumerate(meeting.agenda) if a.id == item_id), -1)
                 if meeting and item_id else -1)
        count = len(meeting.agenda) if meeting else 0
        self.apply_item_button.setEnabled(index >= 0)
        self.remove_item_button.setEnabled(index >= 0)
        self.item_up_button.setEnabled(index > 0)
        self.item_down_button.setEnabled(0 <= index < count - 1)

    # --- handlers ----------------------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if changes.touched("group") or changes.touched("person"):
            self._reload_groups()
            self._reload_rules()
        if changes.touched("goal") or changes.touched("measure"):
            self._reload_subjects()
        if changes.touched("session") or changes.touched("group"):
            self._reload_sessions()
        elif changes.touched("goal") or changes.touched("measure"):
            self._show_session()

    def on_group_changed(self, _index: int = -1) -> None:
        self._fill_subject_combo()
        self._reload_rules()
        with QSignalBlocker(self.sessions_table):
            self.sessions_table.clearSelection()
        self._reload_sessions()

    def on_session_selection_changed(self) -> None:
        # ``_meeting`` is still the session shown so far: what was typed goes there.
        self.notes_edit.commit()
        self._show_session()

    def on_agenda_selection_changed(self) -> None:
        """Show the chosen item in the form below the table, ready to change."""
        meeting = self._meeting
        item_id = self.selected_agenda_item_id()
        item = next((a for a in meeting.agenda if a.id == item_id), None) if meeting else None
        if item is not None:
            self.item_title.setText(item.title)
            self.item_minutes.setValue(item.minutes or 0)
            key = subject_key(item.subject_type, item.subject_id)
            self.item_subject.setCurrentIndex(max(0, self.item_subject.findData(key)))
        self._update_agenda_buttons()

    def on_plan_clicked(self) -> None:
        title = self.new_title.text().strip()
        if not title:
            self.new_title.setFocus()
            return
        if self.new_starts.input_error() is not None:  # never plan on a guessed date
            dialogs.warn(self, self.tr("Sitzung planen"), self.new_starts.input_error() or "")
            self.new_starts.setFocus()
            return
        self.plan_session(title, from_qdatetime(self.new_starts.dateTime()),
                          self.new_location.text().strip())

    def plan_session(self, title: str, starts_at: datetime, location: str = "") -> str | None:
        """Plan a session of the selected group; it is selected afterwards.

        Not undoable: the service has no removal of sessions (a session is part of the
        record of the process), so a mistyped one is corrected, not deleted."""
        group_id = self.selected_group_id()
        if group_id is None:
            return None
        stamp = starts_at.strftime(stamps.STORED_FORMAT)
        meeting = self._call(lambda s: s.meetings.add_meeting(group_id, title, stamp,
                                                     location=location))
        if meeting is None:
            return None
        self.new_title.clear()
        self.select_session(meeting.id)
        self.item_title.setFocus()
        return str(meeting.id)

    def _update_session(self, **changes: Any) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        changed = {k: v for k, v in changes.items() if getattr(meeting, k) != v}
        if not changed:
            return
        # Over what the fields showed when the user began typing (kept while they type,
        # even when the session is re-read meanwhile), not over the session as re-read.
        shown = {**{k: getattr(meeting, k) for k in changed}, **self._shown_values,
                 "notes": self.notes_edit.shown_text}
        if not self.hub.run_undoable(seen_edit("session", meeting.id, changed, shown)):
            self._show_session()  # refused: show what is stored

    def on_title_edited(self) -> None:
        self.title_edit.setModified(False)
        self._update_session(title=self.title_edit.text().strip())

    def on_starts_edited(self) -> None:
        if self.starts_edit.input_error() is not None:  # stays red; nothing is stored
            self.starts_edit.setAccessibleDescription(self.starts_edit.input_error() or "")
            return
        self.starts_edit.setAccessibleDescription("")
        stamp = from_qdatetime(self.starts_edit.dateTime()).strftime(stamps.STORED_FORMAT)
        meeting = self._meeting
        if meeting is not None and stamps.parse_stamp(meeting.starts_at) != stamps.parse_stamp(
                stamp):
            self._update_session(starts_at=stamp)

    def on_location_edited(self) -> None:
        self.location_edit.setModified(False)
        self._update_session(location=self.location_edit.text().strip())

    def on_notes_commit_requested(self) -> None:
        self._update_session(notes=self.notes_edit.toPlainText())

    def commit_pending(self) -> None:
        """Save what is still being typed (notes here and in the live windows)."""
        self.notes_edit.commit()
        for window in list(self.live_windows.values()):
            window.commit_pending()

    def on_vote_rule_changed(self, *_args: Any) -> None:
        group_id = self.selected_group_id()
        if group_id is None:
            return
        rule = {"quorum_min_present": self.quorum_spin.value() or None,
                "majority": self.majority_combo.currentData(),
                "parity": self.parity_check.isChecked()}
        if self._call(lambda s: s.people.set_group_vote_defaults(group_id, "yes_no", rule)) is None:
            self._reload_rules()

    def on_dots_changed(self, value: int) -> None:
        group_id = self.selected_group_id()
        if group_id is None:
            return
        current = self.hub.service.people.group_vote_defaults(group_id, "dots")
        rule = {**current, "dots_per_person": value}
        if self._call(lambda s: s.people.set_group_vote_defaults(group_id, "dots", rule)) is None:
            self._reload_rules()

    # --- agenda ------------------------------------------------------------------------

    def _item_form(self) -> tuple[str, int | None, str | None, str | None]:
        minutes = self.item_minutes.value() or None
        kind, rid = split_subject_key(self.item_subject.currentData())
        return self.item_title.text().strip(), minutes, kind, rid

    def add_agenda_item(self) -> None:
        meeting = self._meeting
        title, minutes, kind, rid = self._item_form()
        if meeting is None:
            return
        if not title:
            self.item_title.setFocus()
            return
        sid = meeting.id
        if self._call(lambda s: s.meetings.add_agenda_item(sid, title, minutes, kind, rid)) is None:
            return
        self.item_title.clear()
        self.item_subject.setCurrentIndex(0)
        with QSignalBlocker(self.agenda_table):
            self.agenda_table.clearSelection()
        self._update_agenda_buttons()
        self.item_title.setFocus()

    def apply_agenda_item(self) -> None:
        meeting = self._meeting
        item_id = self.selected_agenda_item_id()
        title, minutes, kind, rid = self._item_form()
        if meeting is None or item_id is None:
            return
        sid = meeting.id
        self._call(lambda s: s.meetings.update_agenda_item(sid, item_id, title=title,
                                                           minutes=minutes,
                                                  subject_type=kind, subject_id=rid))

    def move_agenda_item(self, step: int) -> None:
        meeting = self._meeting
        item_id = self.selected_agenda_item_id()
        if meeting is None or item_id is None:
            return
        index = next(i for i, a in enumerate(meeting.agenda) if a.id == item_id)
        sid = meeting.id
        if self._call(lambda s: s.meetings.move_agenda_item(sid, item_id, max(0, index + step))):
            self.select_agenda_item(item_id)

    def remove_agenda_item(self) -> None:
        meeting = self._meeting
        item_id = self.selected_agenda_item_id()
        if meeting is None or item_id is None:
            return
        item = next(a for a in meeting.agenda if a.id == item_id)
        if not dialogs.ask(self, self.tr("Tagesordnungspunkt entfernen"),
                           self.tr("„%1“ aus der Tagesordnung entfernen?")
                           .replace("%1", item.title)):
            return
        sid = meeting.id
        self._call(lambda s: s.meetings.remove_agenda_item(sid, item_id))

    def copy_agenda(self) -> None:
        meeting = self._meeting
        source = self.copy_source.currentData()
        if meeting is None or not source:
            return
        sid = meeting.id
        self._call(lambda s: s.meetings.copy_agenda(str(source), sid))

    # --- live session ------------------------------------------------------------------

    def start_selected_session(self) -> LiveSessionWindow | None:
        """Start a planned session (now, by the clock) and open its live window; a
        running or closed one is just opened."""
        meeting = self._meeting
        if meeting is None:
            return None
        self.commit_pending()
        if meeting.status == "planned":
            sid, now = meeting.id, self.clock.now()
            if self._call(lambda s: s.meetings.start_meeting(sid, now)) is None:
                return None
        return self.open_live_window(meeting.id)

    def open_live_window(self, session_id: str, clock: Clock | None = None
                         ) -> LiveSessionWindow:
        """The live window of a session, made once and raised again when asked twice.
        A given ``clock`` replaces the window's clock (tests, resuming)."""
        from lip_desktop.ui.session.live import LiveSessionWindow  # noqa: PLC0415

        window = self.live_windows.get(session_id)
        if window is None:
            window = LiveSessionWindow(self.hub, session_id, clock or self.clock, self)
            window.sig_closed.connect(self.on_live_window_closed)
            self.live_windows[session_id] = window
        elif clock is not None:
            window.set_clock(clock)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def on_live_window_closed(self, session_id: str) -> None:
        window = self.live_windows.pop(session_id, None)
        if window is not None:
            window.deleteLater()

    def close_live_windows(self) -> None:
        """Before the catalogue closes: save and close every live window."""
        for window in list(self.live_windows.values()):
            window.close()


def _setup_table(table: QTableWidget, stretch: Sequence[int]) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
