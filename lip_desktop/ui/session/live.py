"""The live session window (Sitzungsmodus): what the facilitator works with in the room.

Left, attendance: one large toggle per member, grouped by side, with the counts, the
quorum and a staffing warning. Top right, the agenda: the current item with the countdown
of its time box, the projected end of the session, a red warning when the item overruns,
next/previous (PgDown/PgUp) and reordering on the fly. Below, what is captured on the
current item: goals and measures (title + Enter), the negotiation (positions, compromises,
Sondervoten), the Themenspeicher, the decision list, the votes and the notes.

Nothing is kept only on screen: every entry is a service call committed when it is made,
and the session's position (current item, when it started) lives in the catalogue, so
after a crash the window reopens where it was. The figures (counts, quorum, staffing,
countdown, projected end) all come from ``live_state`` (``model/live.py``); this window
only shows them. Time comes from the ``Clock`` so tests can move it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes, Outcome
from lip_desktop.model.commands import AddRecord, UpdateFields
from lip_desktop.model.errors import LipError
from lip_desktop.model.live import AgendaTiming
from lip_desktop.model.records import AgendaItem, Person
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.values import LiveState
from lip_desktop.ui import dialogs, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.negotiation import NegotiationPanel
from lip_desktop.ui.people import read_people
from lip_desktop.ui.session import stamps
from lip_desktop.ui.session.clock import Clock
from lip_desktop.ui.session.projector import ProjectorWindow
from lip_desktop.ui.session.votes import VotePanel
from lip_desktop.ui.session.widgets import NotesEdit

#: The record id behind a list entry (agenda item, parking item, decision, person).
IdRole: Final = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR: Final = "#c62828"
PRESENT_COLOUR: Final = "#2e7d32"
#: Attendance toggles are hit with a touchpad on a projector laptop: make them big.
TOGGLE_HEIGHT: Final = 40

#: What a quick capture creates, in the order of the kind combo.
CAPTURE_MEASURE, CAPTURE_SUBGOAL, CAPTURE_GOAL = "measure", "subgoal", "goal"
#: Tabs of the capture area; Ctrl+1 … Ctrl+6 jump to them.
TAB_CAPTURE, TAB_NEGOTIATION, TAB_PARKING, TAB_DECISIONS, TAB_VOTES, TAB_NOTES = range(6)


class LiveSessionWindow(QMainWindow):
    """``LiveSessionWindow(hub, session_id, clock=None, parent=None)``.

    Closing the window does not close the session ("Sitzung beenden" does): the session
    keeps running in the catalogue and the window can be opened again.
    """

    #: The window was closed (session id); the owner forgets it.
    sig_closed = Signal(str)

    def __init__(self, hub: CatalogueHub, session_id: str, clock: Clock | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveSessionWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.hub = hub
        self.session_id = session_id
        self.clock = clock if clock is not None else Clock(self)
        self.state: LiveState = hub.service.meetings.live_state(session_id, self.clock.now())
        self.projector: ProjectorWindow | None = None
        self.votes: VotePanel | None = None
        self._closed = False
        self._shown_item_id: str | None = "<none yet>"
        self._members: list[tuple[Person, str]] = []  # (person, role) in group order
        self._subjects: list[queries.SubjectChoice] = []
        self._fields: list[queries.FieldChoice] = []
        self.attendance_buttons: dict[str, QPushButton] = {}
        self._load_people()
        self._load_subjects()
        self._build()
        self._make_actions()
        self._connect()
        self.refresh()
        self.resize(1280, 800)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        # attendance
        self.attendance_label = QLabel()
        self.attendance_label.setObjectName("attendanceCounts")
        self.attendance_label.setAccessibleName(self.tr("Anwesende je Seite"))
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.attendance_label.setFont(bold)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumLabel")
        self.quorum_label.setAccessibleName(self.tr("Beschlussfähigkeit"))
        self.quorum_label.setWordWrap(True)
        self.staffing_label = QLabel(self.tr(
            "⚠ Besetzung: eine Seite ist unter den Anwesenden unterrepräsentiert."))
        self.staffing_label.setObjectName("staffingWarning")
        self.staffing_label.setAccessibleName(self.tr("Warnung zur Besetzung"))
        self.staffing_label.setWordWrap(True)
        self.staffing_label.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.side_boxes: dict[str, QGroupBox] = {}
        side_row = QHBoxLayout()
        for side, label in labels.items(enums.SIDE):
            box = QGroupBox(label)
            box.setObjectName(f"attendance_{side}")
            QVBoxLayout(box).setAlignment(Qt.AlignmentFlag.AlignTop)
            self.side_boxes[side] = box
            side_row.addWidget(box)
        toggles = QWidget()
        toggles.setObjectName("attendanceToggles")
        toggles.setStyleSheet(
            f"QPushButton:checked {{ background: {PRESENT_COLOUR}; color: white; "
            "font-weight: bold; }")
        toggles.setLayout(side_row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(toggles)
        self.attendance_box = QGroupBox(self.tr("Anwesenheit"))
        attendance_layout = QVBoxLayout(self.attendance_box)
        attendance_layout.addWidget(self.attendance_label)
        attendance_layout.addWidget(self.quorum_label)
        attendance_layout.addWidget(self.staffing_label)
        attendance_layout.addWidget(scroll, 1)

        # the current agenda item
        self.position_label = QLabel()
        self.position_label.setAccessibleName(self.tr("Stelle in der Tagesordnung"))
        self.item_label = QLabel()
        self.item_label.setObjectName("currentItem")
        self.item_label.setAccessibleName(self.tr("Aktueller Tagesordnungspunkt"))
        self.item_label.setWordWrap(True)
        big = QFont(self.font())
        big.setBold(True)
        big.setPointSizeF(big.pointSizeF() * 1.6)
        self.item_label.setFont(big)
        self.subject_label = QLabel()
        self.subject_label.setAccessibleName(self.tr("Bezug des Tagesordnungspunkts"))
        self.subject_label.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setAccessibleName(self.tr("Verbleibende Zeit des Tagesordnungspunkts"))
        huge = QFont(self.font())
        huge.setBold(True)
        huge.setPointSizeF(huge.pointSizeF() * 3.5)
        self.countdown_label.setFont(huge)
        self.end_label = QLabel()
        self.end_label.setObjectName("projectedEnd")
        self.end_label.setAccessibleName(self.tr("Voraussichtliches Ende der Sitzung"))
        self.overrun_label = QLabel(self.tr("Zeitrahmen überschritten"))
        self.overrun_label.setObjectName("overrunWarning")
        self.overrun_label.setAccessibleName(self.tr("Warnung: Zeitrahmen überschritten"))
        self.overrun_label.setStyleSheet(
            f"background: {WARNING_COLOUR}; color: white; font-weight: bold; padding: 4px;")
        self.prev_button = QPushButton(self.tr("◀ Vorheriger TOP"))
        self.prev_button.setAccessibleName(self.tr("Vorheriger Tagesordnungspunkt (Bild auf)"))
        self.next_button = QPushButton(self.tr("Nächster TOP ▶"))
        self.next_button.setAccessibleName(self.tr("Nächster Tagesordnungspunkt (Bild ab)"))
        for button in (self.prev_button, self.next_button):
            button.setMinimumHeight(TOGGLE_HEIGHT)
        self.start_button = QPushButton(self.tr("Sitzung starten"))
        self.start_button.setAccessibleName(self.tr("Sitzung starten"))
        timing_row = QHBoxLayout()
        timing_row.addWidget(self.countdown_label)
        timing_column = QVBoxLayout()
        timing_column.addWidget(self.end_label)
        timing_column.addWidget(self.overrun_label)
        timing_row.addLayout(timing_column, 1)
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.prev_button)
        nav_row.addWidget(self.next_button)
        nav_row.addWidget(self.start_button)
        nav_row.addStretch(1)
        current = QWidget()
        current_layout = QVBoxLayout(current)
        current_layout.addWidget(self.position_label)
        current_layout.addWidget(self.item_label)
        current_layout.addWidget(self.subject_label)
        current_layout.addLayout(timing_row)
        current_layout.addLayout(nav_row)
        current_layout.addStretch(1)

        self.agenda_list = QListWidget()
        self.agenda_list.setObjectName("liveAgenda")
        self.agenda_list.setAccessibleName(
            self.tr("Tagesordnung (Doppelklick oder Eingabe ruft den Punkt auf)"))
        self.item_up_button = QPushButton(self.tr("Nach oben"))
        self.item_up_button.setAccessibleName(self.tr("Tagesordnungspunkt nach oben"))
        self.item_down_button = QPushButton(self.tr("Nach unten"))
        self.item_down_button.setAccessibleName(self.tr("Tagesordnungspunkt nach unten"))
        agenda_buttons = QHBoxLayout()
        agenda_buttons.addWidget(self.item_up_button)
        agenda_buttons.addWidget(self.item_down_button)
        agenda_buttons.addStretch(1)
        agenda_box = QGroupBox(self.tr("Tagesordnung"))
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.addWidget(self.agenda_list, 1)
        agenda_layout.addLayout(agenda_buttons)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(current)
        top.addWidget(agenda_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("captureTabs")
        self.tabs.addTab(self._build_capture(), self.tr("&Erfassen"))
        self.tabs.addTab(self._build_negotiation(), self.tr("&Verhandlung"))
        self.tabs.addTab(self._build_parking(), self.tr("&Themenspeicher"))
        self.tabs.addTab(self._build_decisions(), self.tr("&Beschlüsse"))
        self.tabs.addTab(self._build_votes(), self.tr("&Abstimmungen"))
        self.tabs.addTab(self._build_notes(), self.tr("&Notizen"))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.attendance_box)
        main.addWidget(right)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([440, 840])  # both sides of the attendance readable at once
        self.setCentralWidget(main)
        self.statusBar()

    def _build_capture(self) -> QWidget:
        self.capture_kind = QComboBox()
        self.capture_kind.setAccessibleName(self.tr("Was wird erfasst"))
        self.capture_kind.addItem(self.tr("Maßnahme"), CAPTURE_MEASURE)
        self.capture_kind.addItem(self.tr("Teilziel"), CAPTURE_SUBGOAL)
        self.capture_kind.addItem(self.tr("Ziel"), CAPTURE_GOAL)
        self.capture_parent = QComboBox()
        self.capture_parent.setAccessibleName(self.tr("Unter welchem Ziel oder Handlungsfeld"))
        self.capture_parent.setMinimumContentsLength(30)
        self.capture_title = QLineEdit()
        self.capture_title.setObjectName("captureTitle")
        self.capture_title.setAccessibleName(self.tr("Titel des neuen Eintrags"))
        self.capture_title.setPlaceholderText(self.tr("Titel eingeben, Eingabe speichert"))
        self.captured_list = QListWidget()
        self.captured_list.setAccessibleName(self.tr("In dieser Sitzung erfasst"))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Neu:"), self.capture_kind)
        form.addRow(self.tr("unter:"), self.capture_parent)
        form.addRow(self.tr("Titel:"), self.capture_title)
        form.addRow(self.tr("Erfasst:"), self.captured_list)
        return page

    def _build_negotiation(self) -> QWidget:
        self.negotiation_hint = QLabel(self.tr(
            "Dieser Tagesordnungspunkt bezieht sich auf kein Ziel und keine Maßnahme."))
        self.negotiation_hint.setWordWrap(True)
        self.negotiation = NegotiationPanel(self.hub)
        self.negotiation_area = QWidget()
        area = QVBoxLayout(self.negotiation_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addWidget(self.negotiation)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.negotiation_area)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.negotiation_hint)
        layout.addWidget(scroll, 1)
        return page

    def _build_parking(self) -> QWidget:
        self.parking_input = QLineEdit()
        self.parking_input.setObjectName("parkingInput")
        self.parking_input.setAccessibleName(self.tr("Neues Thema für den Themenspeicher"))
        self.parking_input.setPlaceholderText(self.tr("Thema eingeben, Eingabe speichert"))
        self.parking_list = QListWidget()
        self.parking_list.setObjectName("parkingList")
        self.parking_list.setAccessibleName(self.tr("Themenspeicher"))
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
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.parking_input)
        layout.addWidget(self.parking_list, 1)
        layout.addLayout(buttons)
        return page

    def _build_decisions(self) -> QWidget:
        self.decision_input = QLineEdit()
        self.decision_input.setObjectName("decisionInput")
        self.decision_input.setAccessibleName(self.tr("Neuer Beschluss zum aktuellen TOP"))
        self.decision_input.setPlaceholderText(self.tr("Beschluss eingeben, Eingabe speichert"))
        self.decision_list = QListWidget()
        self.decision_list.setObjectName("decisionList")
        self.decision_list.setAccessibleName(self.tr("Beschlüsse der Sitzung"))
        self.decision_remove_button = QPushButton(self.tr("Beschluss entfernen …"))
        self.decision_remove_button.setAccessibleName(self.tr("Ausgewählten Beschluss entfernen"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.decision_input)
        layout.addWidget(self.decision_list, 1)
        layout.addWidget(self.decision_remove_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_votes(self) -> QWidget:
        self.votes = VotePanel(self.hub, self.session_id, self.clock)
        self.votes.sig_show_vote.connect(self.show_vote_on_projector)
        return self.votes

    def _build_notes(self) -> QWidget:
        self.notes_edit = NotesEdit()
        self.notes_edit.setObjectName("sessionNotes")
        self.notes_edit.setAccessibleName(self.tr("Notizen zur Sitzung"))
        return self.notes_edit

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Sitzung"))

        def action(text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(lambda _checked=False: slot())
            self.addAction(act)
            menu.addAction(act)
            return act

        self.act_prev = action(self.tr("&Vorheriger TOP"), self.previous_item,
                               QKeySequence(Qt.Key.Key_PageUp))
        self.act_next = action(self.tr("&Nächster TOP"), self.next_item,
                               QKeySequence(Qt.Key.Key_PageDown))
        self.act_item_up = action(self.tr("TOP nach &oben"), lambda: self.move_item(-1),
                                  "Ctrl+Alt+Up")
        self.act_item_down = action(self.tr("TOP nach &unten"), lambda: self.move_item(+1),
                                    "Ctrl+Alt+Down")
        menu.addSeparator()
        self.act_focus: list[QAction] = []
        for n, text in enumerate((self.tr("&Erfassen"), self.tr("Ver&handlung"),
                                  self.tr("&Themenspeicher"), self.tr("&Beschlüsse"),
                                  self.tr("&Abstimmungen"), self.tr("No&tizen"))):
            self.act_focus.append(action(text, self._focuser(n), f"Ctrl+{n + 1}"))
        menu.addSeparator()
        self.act_projector = action(self.tr("&Projektor …"), self.open_projector, "F5")
        self.act_start = action(self.tr("Sitzung &starten"), self.start_session)
        self.act_close_session = action(self.tr("Sitzung &beenden …"), self.close_session,
                                        "Ctrl+Shift+E")
        menu.addSeparator()
        self.act_close_window = action(self.tr("Fenster s&chließen"), self.close,
                                       QKeySequence.StandardKey.Close)

    def _focuser(self, tab: int) -> Callable[[], None]:
        return lambda: self.focus_tab(tab)

    def _connect(self) -> None:
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.clock.sig_tick.connect(self.on_clock_tick)
        self.prev_button.clicked.connect(self.previous_item)
        self.next_button.clicked.connect(self.next_item)
        self.start_button.clicked.connect(self.start_session)
        self.agenda_list.itemActivated.connect(self.on_agenda_item_activated)
        self.agenda_list.itemSelectionChanged.connect(self._update_buttons)
        self.item_up_button.clicked.connect(lambda: self.move_item(-1))
        self.item_down_button.clicked.connect(lambda: self.move_item(+1))
        self.capture_kind.currentIndexChanged.connect(self.on_capture_kind_changed)
        self.capture_title.returnPressed.connect(self.on_capture_return)
        self.parking_input.returnPressed.connect(self.on_parking_return)
        self.parking_list.itemSelectionChanged.connect(self._update_buttons)
        self.parking_goal_button.clicked.connect(lambda: self.on_resolve_clicked("goal"))
        self.parking_measure_button.clicked.connect(lambda: self.on_resolve_clicked("measure"))
        self.parking_drop_button.clicked.connect(lambda: self.on_resolve_clicked(None))
        self.decision_input.returnPressed.connect(self.on_decision_return)
        self.decision_list.itemSelectionChanged.connect(self._update_buttons)
        self.decision_remove_button.clicked.connect(self.remove_selected_decision)
        self.decision_input.textEdited.connect(self.mirror_draft)
        compromise_text = self.negotiation.compromise_text
        compromise_text.textChanged.connect(
            lambda: self.mirror_draft(compromise_text.toPlainText()))
        self.notes_edit.sig_commit_requested.connect(self.on_notes_commit_requested)

    # --- reading -----------------------------------------------------------------------

    def _load_people(self) -> None:
        """The group's members in group order, then anyone else marked in the session."""
        people = {p.id: p for p in read_people(self.hub)}
        group = self.hub.record("group", self.state.meeting.group_id)
        members = [(people[m.person_id], m.role) for m in group.members
                   if m.person_id in people]
        known = {p.id for p, _ in members}
        members += [(people[a.person_id], "guest") for a in self.state.meeting.attendance
                    if a.person_id in people and a.person_id not in known]
        self._members = members
        self._group_field_id: str = group.action_field_id

    def _load_subjects(self) -> None:
        self._subjects = queries.subject_choices(self.hub.catalogue)
        self._fields = queries.action_fields(self.hub.catalogue)

    def subject_choice(self, subject_id: str | None) -> queries.SubjectChoice | None:
        return next((c for c in self._subjects if c.id == subject_id), None)

    @property
    def read_only(self) -> bool:
        """A closed session: only its notes (and the Themenspeicher's follow-up) change."""
        return self.state.meeting.status == "closed"

    @property
    def current_item(self) -> AgendaItem | None:
        item = self.state.current_item
        return item if isinstance(item, AgendaItem) else None

    # --- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the session again and show all of it."""
        if self._closed:
            return
        self.state = self.hub.service.meetings.live_state(self.session_id, self.clock.now())
        meeting = self.state.meeting
        self.setWindowTitle(self.tr("Sitzung: %1 – LIP Desktop").replace("%1", meeting.title))
        if set(self.attendance_buttons) != {p.id for p, _ in self._members}:
            self._build_attendance()
        self._show_attendance()
        self._show_agenda()
        self._show_current_item()
        self._show_timing(self.state.timing)
        self._show_parking()
        self._show_decisions()
        self.notes_edit.set_stored_text(meeting.notes)
        self._apply_read_only()
        self._update_buttons()

    def _build_attendance(self) -> None:
        for button in self.attendance_buttons.values():
            button.deleteLater()
        self.attendance_buttons = {}
        for person, role in self._members:
            box = self.side_boxes.get(person.side) or self.side_boxes["external"]
            text = person.name
            if role != "member":
                text += f" ({labels.label(enums.ROLE, role)})"
            button = QPushButton(text)
            button.setCheckable(True)
            button.setMinimumHeight(TOGGLE_HEIGHT)
            button.setAccessibleName(self.tr("Anwesenheit: %1").replace("%1", text))
            button.setToolTip(person.organisation)
            button.clicked.connect(
                lambda checked, pid=person.id: self.set_present(pid, bool(checked)))
            layout = box.layout()
            assert layout is not None
            layout.addWidget(button)
            self.attendance_buttons[person.id] = button

    def _show_attendance(self) -> None:
        present = {a.person_id for a in self.state.meeting.attendance if a.present}
        for pid, button in self.attendance_buttons.items():
            with QSignalBlocker(button):
                button.setChecked(pid in present)
            button.setAccessibleDescription(
                self.tr("anwesend") if pid in present else self.tr("abwesend"))
        summary = self.state.attendance
        self.attendance_label.setText(summary.text())
        if summary.quorum is None:
            text = self.tr("beschlussfähig (kein Quorum festgelegt)")
        elif summary.quorate:
            text = self.tr("beschlussfähig (Quorum %1 erreicht)").replace(
                "%1", str(summary.quorum))
        else:
            text = self.tr("nicht beschlussfähig: Quorum %1, anwesend %2").replace(
                "%1", str(summary.quorum)).replace("%2", str(summary.present_total))
        self.quorum_label.setText(text)
        self.quorum_label.setStyleSheet(
            "" if summary.quorate else f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.staffing_label.setHidden(not summary.staffing_warning)

    def _item_text(self, index: int, item: AgendaItem) -> str:
        text = f"{index + 1}. {item.title}"
        if item.minutes is not None:
            text += self.tr(" · %1 min").replace("%1", str(item.minutes))
        return text

    def _show_agenda(self) -> None:
        selected = self.selected_agenda_item_id()
        current = self.current_item
        with QSignalBlocker(self.agenda_list):
            self.agenda_list.clear()
            for i, item in enumerate(self.state.meeting.agenda):
                is_current = current is not None and item.id == current.id
                entry = QListWidgetItem(("▶ " if is_current else "") + self._item_text(i, item))
                entry.setData(IdRole, item.id)
                if is_current:
                    font = entry.font()
                    font.setBold(True)
                    entry.setFont(font)
                self.agenda_list.addItem(entry)
                if item.id == selected:
                    entry.setSelected(True)
                    self.agenda_list.setCurrentItem(entry)

    def _show_current_item(self) -> None:
        item = self.current_item
        agenda = self.state.meeting.agenda
        index = self.state.timing.current_index
        if item is None or index is None:
            self.position_label.setText(self.tr("Kein Tagesordnungspunkt aufgerufen"))
            self.item_label.setText(self.state.meeting.title)
            self.subject_label.clear()
        else:
            self.position_label.setText(self.tr("TOP %1 von %2").replace(
                "%1", str(index + 1)).replace("%2", str(len(agenda))))
            self.item_label.setText(item.title)
            choice = self.subject_choice(item.subject_id)
            self.subject_label.setText(
                self.tr("Bezug: %1").replace("%1", choice.label) if choice else "")
        item_id = item.id if item is not None else None
        if item_id != self._shown_item_id:
            self._shown_item_id = item_id
            self._on_item_entered(item)

    def _on_item_entered(self, item: AgendaItem | None) -> None:
        """A new current item: the negotiation and the capture follow its subject."""
        subject_type = item.subject_type if item is not None else None
        subject_id = item.subject_id if item is not None else None
        self.negotiation.set_subject(subject_type, subject_id, self.session_id)
        self.negotiation_hint.setHidden(subject_id is not None)
        self.negotiation_area.setHidden(subject_id is None)
        choice = self.subject_choice(subject_id)
        with QSignalBlocker(self.capture_kind):
            self.capture_kind.setCurrentIndex(0)  # a measure is the usual capture
        self._fill_capture_parents(choice)

    def _show_timing(self, timing: AgendaTiming) -> None:
        self.countdown_label.setText(timing.remaining_text())
        colour = WARNING_COLOUR if timing.overrun else ""
        self.countdown_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.overrun_label.setHidden(not timing.overrun)
        end = timing.projected_end.strftime("%H:%M") if timing.projected_end else "–"
        self.end_label.setText(self.tr("voraussichtliches Ende %1").replace("%1", end))

    def _show_parking(self) -> None:
        selected = self.selected_parking_id()
        items = self.hub.service.meetings.parking_items(self.session_id)
        with QSignalBlocker(self.parking_list):
            self.parking_list.clear()
            for p in items:
                text = p.text
                if p.status == "converted":
                    kind = labels.label(enums.SUBJECT_TYPE, p.converted_type)
                    code = self._code_of(p.converted_type, p.converted_id)
                    text += " → " + self.tr("übernommen als %1 %2").replace(
                        "%1", kind).replace("%2", code)
                elif p.status == "dropped":
                    text += " " + self.tr("(verworfen)")
                entry = QListWidgetItem(text)
                entry.setData(IdRole, p.id)
                entry.setData(Qt.ItemDataRole.UserRole + 2, p.status)
                if p.status != "open":
                    entry.setForeground(self.palette().placeholderText())
                self.parking_list.addItem(entry)
                if p.id == selected:
                    entry.setSelected(True)

    def _code_of(self, record_type: str | None, record_id: str | None) -> str:
        if record_type is None or record_id is None:
            return ""
        choice = self.subject_choice(record_id)
        return choice.code if choice else ""

    def _show_decisions(self) -> None:
        selected = self.selected_decision_id()
        positions = {a.id: i for i, a in enumerate(self.state.meeting.agenda)}
        with QSignalBlocker(self.decision_list):
            self.decision_list.clear()
            for d in self.hub.service.meetings.decisions(self.session_id):
                index = positions.get(d.agenda_item_id or "")
                prefix = self.tr("TOP %1: ").replace("%1", str(index + 1)) if (
                    index is not None) else ""
                entry = QListWidgetItem(prefix + d.text)
                entry.setData(IdRole, d.id)
                self.decision_list.addItem(entry)
                if d.id == selected:
                    entry.setSelected(True)

    def _fill_capture_parents(self, choice: queries.SubjectChoice | None) -> None:
        """Goals for a measure or sub-goal, action fields for a goal; preselected from
        the current item's subject, or "bitte wählen" when it has none."""
        kind = self.capture_kind.currentData()
        with QSignalBlocker(self.capture_parent):
            self.capture_parent.clear()
            if kind == CAPTURE_GOAL:
                for f in self._fields:
                    self.capture_parent.addItem(f.label, f.id)
                field_id = choice.action_field_id if choice else self._group_field_id
                self.capture_parent.setCurrentIndex(
                    max(0, self.capture_parent.findData(field_id)))
                return
            self.capture_parent.addItem(self.tr("– Ziel wählen –"), "")
            goals = [c for c in self._subjects if c.subject_type == "goal"]
            own = [c for c in goals if c.action_field_id == self._group_field_id]
            for c in own + [c for c in goals if c.action_field_id != self._group_field_id]:
                self.capture_parent.addItem(c.label, c.id)
            goal_id = choice.goal_id if choice else None
            self.capture_parent.setCurrentIndex(
                max(0, self.capture_parent.findData(goal_id or "")))

    def _apply_read_only(self) -> None:
        closed = self.read_only
        planned = self.state.meeting.status == "planned"
        for widget in (self.side_boxes["administration"], self.side_boxes["external"],
                       self.capture_kind, self.capture_parent, self.capture_title,
                       self.parking_input, self.decision_input, self.negotiation_area):
            widget.setEnabled(not closed)
        self.start_button.setVisible(planned)
        self.act_start.setEnabled(planned)
        self.act_close_session.setEnabled(not closed)
        if closed:
            self.position_label.setText(self.tr("Sitzung abgeschlossen – nur die Notizen "
                                                "sind noch änderbar."))

    def _update_buttons(self) -> None:
        closed = self.read_only
        agenda = self.state.meeting.agenda
        index = self.state.timing.current_index
        can_prev = not closed and index is not None and index > 0
        can_next = not closed and bool(agenda) and (index is None or index < len(agenda) - 1)
        self.prev_button.setEnabled(can_prev)
        self.act_prev.setEnabled(can_prev)
        self.next_button.setEnabled(can_next)
        self.act_next.setEnabled(can_next)
        moving = self._moving_index()
        self.item_up_button.setEnabled(not closed and moving is not None and moving > 0)
        self.item_down_button.setEnabled(
            not closed and moving is not None and moving < len(agenda) - 1)
        self.act_item_up.setEnabled(self.item_up_button.isEnabled())
        self.act_item_down.setEnabled(self.item_down_button.isEnabled())
        chosen = self.parking_list.selectedItems()
        entry = chosen[0] if chosen else None
        is_open = entry is not None and entry.data(Qt.ItemDataRole.UserRole + 2) == "open"
        for button in (self.parking_goal_button, self.parking_measure_button,
                       self.parking_drop_button):
            button.setEnabled(is_open)  # allowed after the session, too
        self.decision_remove_button.setEnabled(
            not closed and self.selected_decision_id() is not None)

    # --- selection helpers (also for tests) ----------------------------------------------

    @staticmethod
    def _selected_id(view: QListWidget) -> str | None:
        items = view.selectedItems()
        return str(items[0].data(IdRole)) if items else None

    def selected_agenda_item_id(self) -> str | None:
        return self._selected_id(self.agenda_list)

    def selected_parking_id(self) -> str | None:
        return self._selected_id(self.parking_list)

    def selected_decision_id(self) -> str | None:
        return self._selected_id(self.decision_list)

    def _select_in(self, view: QListWidget, record_id: str) -> None:
        for row in range(view.count()):
            if view.item(row).data(IdRole) == record_id:
                view.setCurrentRow(row)
                return

    def select_agenda_item(self, item_id: str) -> None:
        self._select_in(self.agenda_list, item_id)

    def select_parking_item(self, item_id: str) -> None:
        self._select_in(self.parking_list, item_id)

    def select_decision(self, decision_id: str) -> None:
        self._select_in(self.decision_list, decision_id)

    def focus_tab(self, tab: int) -> None:
        """Ctrl+1 … Ctrl+6: show a capture tab and put the cursor in its entry field."""
        self.tabs.setCurrentIndex(tab)
        target: QWidget | None = {
            TAB_CAPTURE: self.capture_title, TAB_NEGOTIATION: self.negotiation.position_text,
            TAB_PARKING: self.parking_input, TAB_DECISIONS: self.decision_input,
            TAB_NOTES: self.notes_edit}.get(tab, self.tabs.currentWidget())
        if target is not None:
            target.setFocus()

    # --- service calls -----------------------------------------------------------------

    def _call(self, operation: Callable[[CatalogueService], Outcome[Any]]) -> Any:
        """Like ``hub.run_without_undo``, with the refusal shown over this window."""
        try:
            outcome = operation(self.hub.service)
        except LipError as error:
            dialogs.show_error(self, error)
            return None
        self.hub.broadcast(outcome.changes)
        return outcome.value

    def _saved(self, text: str) -> None:
        self.statusBar().showMessage(self.tr("Gespeichert: %1").replace("%1", text), 4000)

    # --- handlers ----------------------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._closed:
            return
        touched = self.session_id in changes.touched("session")
        if changes.touched("person") or changes.touched("group"):
            self._load_people()
            touched = True
        if any(changes.touched(rt) for rt in ("goal", "measure", "action_field")):
            self._load_subjects()
            self._fill_capture_parents(self.subject_choice(self._capture_parent_subject()))
            touched = True
        if touched:
            self.refresh()

    def _capture_parent_subject(self) -> str | None:
        item = self.current_item
        return item.subject_id if item is not None else None

    def on_clock_tick(self) -> None:
        """Once a second: only the figures that depend on the time."""
        if self._closed:
            return
        try:
            timing = self.hub.service.meetings.live_state(self.session_id, self.clock.now()).timing
        except RuntimeError:  # the catalogue was closed under us; the window goes, too
            return
        self._show_timing(timing)

    def set_clock(self, clock: Clock) -> None:
        """Follow another clock (tests; the main window resuming a session). An open
        projector follows the clock it was made with, so it is closed; reopen it."""
        self.clock.sig_tick.disconnect(self.on_clock_tick)
        self.clock = clock
        clock.sig_tick.connect(self.on_clock_tick)
        self._drop_projector()
        self.refresh()

    # --- attendance --------------------------------------------------------------------

    def set_present(self, person_id: str, present: bool) -> bool:
        """One click on a member. Refused (it would change a closed vote): the German
        message, and the toggle goes back to what is stored."""
        sid = self.session_id
        done = self._call(lambda s: s.meetings.set_attendance(sid, person_id, present)) is not None
        if not done:
            self._show_attendance()
        return done

    # --- agenda ------------------------------------------------------------------------

    def go_to_item(self, index: int) -> bool:
        """Make an agenda item current; its time box starts now (by the clock)."""
        agenda = self.state.meeting.agenda
        if self.read_only or not 0 <= index < len(agenda):
            return False
        sid, item_id, now = self.session_id, agenda[index].id, self.clock.now()
        return self._call(lambda s: s.meetings.set_current_item(sid, item_id, now)) is not None

    def next_item(self) -> bool:
        index = self.state.timing.current_index
        return self.go_to_item(0 if index is None else index + 1)

    def previous_item(self) -> bool:
        index = self.state.timing.current_index
        return index is not None and self.go_to_item(index - 1)

    def on_agenda_item_activated(self, entry: QListWidgetItem) -> None:
        self.go_to_item(self.agenda_list.row(entry))

    def _moving_index(self) -> int | None:
        """The item reordering applies to: the selected one, else the current one."""
        agenda = self.state.meeting.agenda
        item_id = self.selected_agenda_item_id() or (
            self.current_item.id if self.current_item else None)
        return next((i for i, a in enumerate(agenda) if a.id == item_id), None)

    def move_item(self, step: int) -> bool:
        """Reorder on the fly; the current item stays current."""
        index = self._moving_index()
        agenda = self.state.meeting.agenda
        if self.read_only or index is None or not 0 <= index + step < len(agenda):
            return False
        sid, item_id = self.session_id, agenda[index].id
        if self._call(lambda s: s.meetings.move_agenda_item(sid, item_id, index + step)) is None:
            return False
        self.select_agenda_item(item_id)
        return True

    def start_session(self) -> bool:
        """A window opened on a planned session: start it now."""
        sid, now = self.session_id, self.clock.now()
        return self._call(lambda s: s.meetings.start_meeting(sid, now)) is not None

    # --- capture -----------------------------------------------------------------------

    def on_capture_kind_changed(self, _index: int) -> None:
        self._fill_capture_parents(self.subject_choice(self._capture_parent_subject()))

    def on_capture_return(self) -> None:
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
            self.statusBar().showMessage(self.tr("Bitte zuerst wählen, wohin der Eintrag "
                                                 "gehört."), 6000)
            self.capture_parent.setFocus()
            return None
        pid = parent_id
        if kind == CAPTURE_MEASURE:
            command = AddRecord(self.tr("Maßnahme erfassen"),
                                lambda s: s.structure.add_measure(pid, title), "measure")
        elif kind == CAPTURE_SUBGOAL:
            parent = self.subject_choice(pid)
            field_id = parent.action_field_id if parent else self._group_field_id
            command = AddRecord(self.tr("Teilziel erfassen"),
                                lambda s: s.structure.add_goal(field_id, title, pid), "goal")
        else:
            command = AddRecord(self.tr("Ziel erfassen"),
                                lambda s: s.structure.add_goal(pid, title), "goal")
        if not self.hub.run_undoable(command) or command.record_id is None:
            return None
        record = self.hub.record(command.record_type, command.record_id)
        label = f"{labels.label(enums.SUBJECT_TYPE, command.record_type)} {record.code}: {title}"
        self.captured_list.insertItem(0, label)
        self._saved(label)
        return command.record_id

    # --- Themenspeicher ----------------------------------------------------------------

    def on_parking_return(self) -> None:
        if self.add_parking_item(self.parking_input.text()) is not None:
            self.parking_input.clear()

    def add_parking_item(self, text: str) -> str | None:
        sid = self.session_id
        item = self._call(lambda s: s.meetings.add_parking_item(sid, text))
        if item is None:
            return None
        self._saved(self.tr("Themenspeicher: %1").replace("%1", item.text))
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
        current = self.current_item
        choice = self.subject_choice(current.subject_id if current else None)
        if into == "goal":
            options = [(f.id, f.label) for f in self._fields]
            preferred = choice.action_field_id if choice else self._group_field_id
            title, label = self.tr("Als Ziel übernehmen"), self.tr("In welches Handlungsfeld?")
        else:
            goals = [c for c in self._subjects if c.subject_type == "goal"]
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
        done = self._call(lambda s: s.meetings.resolve_parking_item(item_id, into=into,
                                                           parent_id=parent_id))
        return done is not None

    # --- decisions ---------------------------------------------------------------------

    def on_decision_return(self) -> None:
        if self.add_decision(self.decision_input.text()) is not None:
            self.decision_input.clear()

    def add_decision(self, text: str) -> str | None:
        """A decision on the current item (and its subject)."""
        sid, item = self.session_id, self.current_item
        decision = self._call(lambda s: s.meetings.add_decision(
            sid, text, agenda_item_id=item.id if item else None,
            subject_type=item.subject_type if item and item.subject_id else None,
            subject_id=item.subject_id if item else None))
        if decision is None:
            return None
        self._saved(self.tr("Beschluss: %1").replace("%1", decision.text))
        return str(decision.id)

    def remove_selected_decision(self) -> bool:
        decision_id = self.selected_decision_id()
        if decision_id is None:
            return False
        if not dialogs.ask(self, self.tr("Beschluss entfernen"),
                           self.tr("Den ausgewählten Beschluss aus der Liste entfernen?")):
            return False
        return self._call(lambda s: s.meetings.remove_decision(decision_id)) is not None

    # --- notes, projector, end -----------------------------------------------------------

    def on_notes_commit_requested(self) -> None:
        text = self.notes_edit.toPlainText()
        if self._closed or text == self.state.meeting.notes:
            return
        self.hub.run_undoable(UpdateFields("session", self.session_id, {"notes": text},
                                      self.tr("Notizen zur Sitzung ändern")))

    def commit_pending(self) -> None:
        """Save the notes still being typed."""
        self.notes_edit.commit()

    def open_projector(self) -> ProjectorWindow | None:
        """The audience's view (``ProjectorWindow``): full screen on a second screen if
        there is one, else an ordinary window the facilitator can drag there."""
        if self.projector is not None:
            self.projector.show()
            self.projector.raise_()
            return self.projector
        self.projector = ProjectorWindow(self.hub, self.session_id, self.clock, self)
        if len(ProjectorWindow.available_screens()) > 1:
            self.projector.choose_screen()
        else:
            self.projector.show()
        return self.projector

    def show_vote_on_projector(self, vote_id: str) -> None:
        """The vote panel's "show the room": open the projector if needed."""
        projector = self.open_projector()
        if projector is not None:
            projector.show_vote(vote_id)

    def mirror_draft(self, text: str) -> None:
        """While the projector is open, the room reads along as a decision or a
        compromise is worded."""
        if self.projector is not None and text.strip():
            self.projector.show_text(text)

    def _drop_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()  # its clock and hub connections go with it
            self.projector = None

    def close_session(self) -> bool:
        """"Sitzung beenden": refused while a vote is open (German message). Afterwards
        the window is read-only except for the notes."""
        if self.read_only:
            return False
        self.commit_pending()
        if not dialogs.ask(self, self.tr("Sitzung beenden"), self.tr(
                "Die Sitzung „%1“ beenden? Danach sind nur noch die Notizen änderbar.")
                .replace("%1", self.state.meeting.title)):
            return False
        sid = self.session_id
        ends = self.clock.now().strftime(stamps.STORED_FORMAT)
        if self._call(lambda s: s.meetings.close_meeting(sid, ends)) is None:
            return False
        self._saved(self.tr("Sitzung beendet"))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window leaves the session running; what is typed is saved."""
        if not self._closed:
            self.commit_pending()
            self._closed = True
            self.clock.sig_tick.disconnect(self.on_clock_tick)
            self._drop_projector()
            self.sig_closed.emit(self.session_id)
        super().closeEvent(event)
