"""The live session window (Sitzungsmodus): what the facilitator works with in the room.

Left, attendance (``attendance.py``). Top right, the agenda with the current item and its
countdown (``agenda.py``). Below, what is captured on the current item, one tab each:
goals and measures (``capture.py``), the negotiation (``negotiation_tab.py``), the
Themenspeicher (``parking.py``), the decision list (``decisions.py``), the votes
(``votes.py``), the notes and the speakers list (``speakers.py``; its running speech and
stopwatch also stand in the status bar). This module assembles them, owns the menu and the
projector, and refreshes every panel when the hub broadcasts a change to the session.

Nothing is kept only on screen: every entry is a service call committed when it is made,
and the session's position (current item, when it started) lives in the catalogue, so
after a crash the window reopens where it was. The figures (counts, quorum, staffing,
countdown, projected end) all come from ``live_state`` (``model/live.py``); the panels
only show them. Time comes from the ``Clock`` so tests can move it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from lip_desktop.model.changes import Changes
from lip_desktop.model.errors import LipError
from lip_desktop.model.records import AgendaItem
from lip_desktop.model.speakers import clock_text
from lip_desktop.model.values import LiveState
from lip_desktop.ui import a11y, dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.seen import seen_edit
from lip_desktop.ui.session import stamps
from lip_desktop.ui.session.announcer import LiveAnnouncer
from lip_desktop.ui.session.beamer_view import EmbeddedBeamer
from lip_desktop.ui.session.clock import Clock
from lip_desktop.ui.session.live.agenda import AgendaPanel
from lip_desktop.ui.session.live.attendance import AttendancePanel
from lip_desktop.ui.session.live.capture import CapturePanel
from lip_desktop.ui.session.live.context import LiveContext
from lip_desktop.ui.session.live.decisions import DecisionPanel
from lip_desktop.ui.session.live.minutes_approval import MinutesApprovalPanel
from lip_desktop.ui.session.live.negotiation_tab import NegotiationTab
from lip_desktop.ui.session.live.parking import ParkingPanel
from lip_desktop.ui.session.live.speakers import SpeakersPanel
from lip_desktop.ui.session.projector import ProjectorWindow
from lip_desktop.ui.session.votes import VotePanel
from lip_desktop.ui.session.widgets import NotesEdit
from lip_desktop.ui.undo import redo_shortcuts
from lip_desktop.ui.worker import TaskRunner

#: Tabs of the capture area; Ctrl+1 … Ctrl+7 jump to them.
(TAB_CAPTURE, TAB_NEGOTIATION, TAB_PARKING, TAB_DECISIONS, TAB_VOTES, TAB_NOTES,
 TAB_SPEAKERS) = range(7)


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
        self.context = LiveContext(hub, session_id, self.clock, self)
        self.runner = TaskRunner(self)  # the minutes are written from here too
        self.projector: ProjectorWindow | None = None
        self.beamer_view: EmbeddedBeamer | None = None
        self._closed = False
        self._build()
        self._make_actions()
        self._connect()
        self.refresh()
        self.resize(1280, 800)
        a11y.name_controls(self)  # complete now (a11y: named again when it becomes active)

    @property
    def state(self) -> LiveState:
        return self.context.state

    @property
    def read_only(self) -> bool:
        """A closed session: only its notes (and the Themenspeicher's follow-up) change."""
        return self.context.read_only

    @property
    def current_item(self) -> AgendaItem | None:
        return self.context.current_item

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        context = self.context
        self.attendance = AttendancePanel(context)
        self.agenda = AgendaPanel(context)
        self.capture = CapturePanel(context)
        self.negotiation_tab = NegotiationTab(context)
        self.negotiation = self.negotiation_tab.negotiation
        self.parking = ParkingPanel(context)
        self.decisions = DecisionPanel(context)
        self.minutes_approval = MinutesApprovalPanel(context)
        self.votes = VotePanel(self.hub, self.session_id, self.clock)
        self.notes_edit = NotesEdit()
        self.notes_edit.setObjectName("sessionNotes")
        self.notes_edit.setAccessibleName(self.tr("Notizen zur Sitzung"))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("captureTabs")
        self.tabs.addTab(self.capture, self.tr("&Erfassen"))
        self.tabs.addTab(self.negotiation_tab, self.tr("&Verhandlung"))
        self.tabs.addTab(self.parking, self.tr("&Themenspeicher"))
        self.tabs.addTab(self.decisions, self.tr("&Beschlüsse"))
        # The new-vote form is tall; the window must still fit 768 px. The votes tab is
        # shown with the agenda area hidden (below), so it always gets the window's height.
        self.votes.setMinimumHeight(160)
        self.tabs.addTab(self.votes, self.tr("&Abstimmungen"))
        self.tabs.addTab(self.notes_edit, self.tr("&Notizen"))
        self.speakers = SpeakersPanel(context)
        self.tabs.addTab(self.speakers, self.tr("&Redeliste"))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.agenda)
        right.addWidget(self.minutes_approval)  # only on "Genehmigung des Protokolls"
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(2, 3)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.attendance)
        main.addWidget(right)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([440, 840])  # both sides of the attendance readable at once
        self.setCentralWidget(main)
        self.top_area = self.agenda
        self.announcer = LiveAnnouncer(self.hub, self)
        self.statusBar().addPermanentWidget(self.announcer.label, 1)
        self.speech_status = QLabel()
        self.speech_status.setObjectName("speechStatus")
        self.speech_status.setAccessibleName(self.tr("Laufende Rede"))
        self.statusBar().addPermanentWidget(self.speech_status)
        self.announcer.watch_votes(self.votes)

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

        agenda = self.agenda
        self.act_prev = action(self.tr("&Vorheriger TOP"), agenda.previous_item,
                               QKeySequence(Qt.Key.Key_PageUp))
        self.act_next = action(self.tr("&Nächster TOP"), agenda.next_item,
                               QKeySequence(Qt.Key.Key_PageDown))
        self.act_item_up = action(self.tr("TOP nach &oben"), lambda: agenda.move_item(-1),
                                  "Ctrl+Alt+Up")
        self.act_item_down = action(self.tr("TOP nach &unten"), lambda: agenda.move_item(+1),
                                    "Ctrl+Alt+Down")
        menu.addSeparator()
        self.act_focus: list[QAction] = []
        for n, text in enumerate((self.tr("&Erfassen"), self.tr("Ver&handlung"),
                                  self.tr("&Themenspeicher"), self.tr("&Beschlüsse"),
                                  self.tr("&Abstimmungen"), self.tr("No&tizen"),
                                  self.tr("&Redeliste"))):
            self.act_focus.append(action(text, self._focuser(n), f"Ctrl+{n + 1}"))
        menu.addSeparator()
        speakers = self.speakers
        self.act_next_speaker = action(self.tr("Nächste*r auf der Redeliste"),
                                       speakers.next_speaker, "F7")
        self.act_finish_speech = action(self.tr("Laufende Rede beenden"),
                                        speakers.finish_speech, "Shift+F7")
        menu.addSeparator()
        self.act_projector = action(self.tr("&Beamer …"), self.open_projector, "F5")
        self.act_beamer_view = action(self.tr("Beamer im &Fenster (ein Bildschirm)"),
                                      self.toggle_beamer_view, "F6")
        self.act_start = action(self.tr("Sitzung &starten"), agenda.start_session)
        self.act_close_session = action(self.tr("Sitzung &beenden …"), self.close_session,
                                        "Ctrl+Shift+E")
        self.act_export_minutes = action(self.tr("&Protokoll (Word) …"), self.export_minutes)
        self.act_approve_minutes = action(self.tr("Protokoll einer früheren Sitzung "
                                                  "&genehmigen"),
                                          self.minutes_approval.approve, "Ctrl+Shift+G")
        menu.addSeparator()
        self.act_close_window = action(self.tr("Fenster s&chließen"), self.close,
                                       QKeySequence.StandardKey.Close)
        # What is captured here is undoable like any edit, from this window too.
        edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.act_undo = self.hub.undo_stack.createUndoAction(self, self.tr("Rückgängig"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.hub.undo_stack.createRedoAction(self, self.tr("Wiederholen"))
        self.act_redo.setShortcuts(redo_shortcuts())
        for act in (self.act_undo, self.act_redo):
            self.addAction(act)
            edit_menu.addAction(act)

    def _focuser(self, tab: int) -> Callable[[], None]:
        return lambda: self.focus_tab(tab)

    def _connect(self) -> None:
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.clock.sig_tick.connect(self.on_clock_tick)
        self.agenda.sig_item_entered.connect(self.negotiation_tab.follow_item)
        self.agenda.sig_item_entered.connect(self.capture.follow_item)
        self.agenda.sig_buttons_updated.connect(self.on_agenda_buttons_updated)
        self.agenda.sig_timing_shown.connect(self.announcer.on_timing)
        self.attendance.sig_quorum_shown.connect(self.announcer.on_attendance)
        # While voting, the entry grid takes the window's height (twenty voters).
        self.tabs.currentChanged.connect(
            lambda index: self.top_area.setHidden(index == TAB_VOTES))
        self.votes.sig_show_vote.connect(self.show_vote_on_projector)
        self.decisions.decision_input.textEdited.connect(self.mirror_draft)
        compromise_text = self.negotiation.compromise_text
        compromise_text.textChanged.connect(
            lambda: self.mirror_draft(compromise_text.toPlainText()))
        self.notes_edit.sig_commit_requested.connect(self.on_notes_commit_requested)
        self.attendance.sig_speaker_requested.connect(self.speakers.add_person)
        self.speakers.sig_state_shown.connect(self.on_speakers_state_shown)

    # --- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the session again and show all of it."""
        if self._closed:
            return
        meeting = self.context.reload().meeting
        self.setWindowTitle(self.tr("Sitzung: %1 – LIP Desktop").replace("%1", meeting.title))
        closed = self.read_only
        self.attendance.show_state()
        self.agenda.show_state()
        self.parking.show_state()
        self.decisions.show_state()
        self.show_minutes_approval()
        self.speakers.show_state()
        self.notes_edit.set_stored_text(meeting.notes)
        self.capture.set_read_only(closed)
        self.negotiation_tab.set_read_only(closed)
        self.act_start.setEnabled(meeting.status == "planned")
        self.act_close_session.setEnabled(not closed)
        self.act_next_speaker.setEnabled(not closed)
        self.act_finish_speech.setEnabled(not closed)

    def show_minutes_approval(self) -> None:
        """The approval box follows the current item (shown on an approval item only)."""
        self.minutes_approval.show_state()
        self.act_approve_minutes.setEnabled(self.minutes_approval.can_approve())

    def on_agenda_buttons_updated(self) -> None:
        self.act_prev.setEnabled(self.agenda.prev_button.isEnabled())
        self.act_next.setEnabled(self.agenda.next_button.isEnabled())
        self.act_item_up.setEnabled(self.agenda.item_up_button.isEnabled())
        self.act_item_down.setEnabled(self.agenda.item_down_button.isEnabled())

    def focus_tab(self, tab: int) -> None:
        """Ctrl+1 … Ctrl+7: show a capture tab and put the cursor in its entry field."""
        self.tabs.setCurrentIndex(tab)
        target: QWidget | None = {
            TAB_CAPTURE: self.capture.capture_title,
            TAB_NEGOTIATION: self.negotiation.position_text,
            TAB_PARKING: self.parking.parking_input,
            TAB_DECISIONS: self.decisions.decision_input,
            TAB_NOTES: self.notes_edit,
            TAB_SPEAKERS: self.speakers.person_combo}.get(tab, self.tabs.currentWidget())
        if target is not None:
            target.setFocus()

    # --- following the catalogue and the clock -----------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._closed:
            return
        touched = self.session_id in changes.touched("session")
        if changes.touched("person") or changes.touched("group"):
            self.context.load_people()
            touched = True
        if any(changes.touched(rt) for rt in ("goal", "measure", "action_field")):
            self.context.load_subjects()
            self.capture.fill_parents()
            touched = True
        if touched:
            self.refresh()

    def on_clock_tick(self) -> None:
        """Once a second: only the figures that depend on the time."""
        if self._closed:
            return
        try:
            timing = self.hub.service.meetings.live_state(self.session_id, self.clock.now()).timing
        except RuntimeError:  # the catalogue was closed under us; the window goes, too
            return
        self.agenda.show_timing(timing)
        self.speakers.show_time()
        self.on_speakers_state_shown()

    def on_speakers_state_shown(self) -> None:
        """The running speech and its stopwatch in the status bar, whatever tab is open."""
        running = self.speakers.speakers.running
        self.speech_status.setText("" if running is None else self.tr("Es spricht: %1 · %2")
                                   .replace("%1", running.name).replace(
                                       "%2", clock_text(running.elapsed(self.clock.now()))))

    def set_clock(self, clock: Clock) -> None:
        """Follow another clock (tests; the main window resuming a session). An open
        projector follows the clock it was made with, so it is closed; reopen it."""
        self.clock.sig_tick.disconnect(self.on_clock_tick)
        self.clock = clock
        self.context.clock = clock
        clock.sig_tick.connect(self.on_clock_tick)
        self._drop_projector()
        self.refresh()

    # --- notes, projector, end -----------------------------------------------------------

    def on_notes_commit_requested(self) -> None:
        text = self.notes_edit.toPlainText()
        if self._closed or text == self.state.meeting.notes:
            return
        self.hub.run_undoable(seen_edit("session", self.session_id, {"notes": text},
                                        {"notes": self.notes_edit.shown_text},
                                        self.tr("Notizen zur Sitzung ändern")))

    def commit_pending(self) -> None:
        """Save the notes still being typed."""
        self.notes_edit.commit()

    def open_projector(self) -> ProjectorWindow:
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
        """The vote panel's "show the room": open the projector if needed (or the view
        inside this window while it is shown)."""
        if self.beamer_view is not None and self.beamer_view.shown:
            self.beamer_view.show_vote(vote_id)
            return
        self.open_projector().show_vote(vote_id)

    def mirror_draft(self, text: str) -> None:
        """While the projector is open, the room reads along as a decision or a
        compromise is worded."""
        if not text.strip():
            return
        embedded = self.beamer_view.view if self.beamer_view is not None else None
        for projector in (self.projector, embedded):
            if projector is not None:
                projector.show_text(text)

    def toggle_beamer_view(self) -> bool:
        """Single-screen mode: the Beamer view over this window (F6; Escape leaves)."""
        if self.beamer_view is None:
            self.beamer_view = EmbeddedBeamer(self)
        return self.beamer_view.toggle()

    def _drop_projector(self) -> None:
        if self.beamer_view is not None:
            self.beamer_view.drop()
            self.beamer_view = None
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
        try:  # an open vote is said before the question, not after the "yes"
            self.hub.service.meetings.check_close_meeting(self.session_id)
        except LipError as error:
            dialogs.show_error(self, error)
            return False
        if not dialogs.ask(self, self.tr("Sitzung beenden"), self.tr(
                "Die Sitzung „%1“ beenden? Danach sind nur noch die Notizen änderbar.")
                .replace("%1", self.state.meeting.title)):
            return False
        sid = self.session_id
        ends = self.clock.now().strftime(stamps.STORED_FORMAT)
        if self.context.call(lambda s: s.meetings.close_meeting(sid, ends)) is None:
            return False
        self.context.saved(self.tr("Sitzung beendet"))
        return True

    def export_minutes(self) -> None:
        """The minutes of this session as Word, from the live window itself."""
        from lip_desktop.ui.office import export_minutes  # noqa: PLC0415

        self.commit_pending()
        export_minutes(self, self.hub, self.session_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window leaves the session running; what is typed is saved."""
        if not self._closed:
            self.commit_pending()
            self.runner.wait()
            self._closed = True
            self.clock.sig_tick.disconnect(self.on_clock_tick)
            self._drop_projector()
            self.sig_closed.emit(self.session_id)
        super().closeEvent(event)
