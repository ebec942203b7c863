"""The live session mode driven as a facilitator uses it: plan, start, run, crash, resume.

Time comes from a ``ManualClock``; every dialog is answered by the ``answers`` fixture.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.live import LiveSessionWindow
from lip_desktop.ui.session.planning import SessionPlanningView, subject_key, to_qdatetime

T0 = datetime(2027, 2, 2, 17, 0)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user, umlauts included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def enter(qtbot: Any, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def activate(qtbot: Any, window: QWidget) -> None:
    """Make the window active so its shortcuts fire (offscreen needs requestActivate)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def scalar(hub: Any, sql: str, *args: Any) -> Any:
    with hub.catalogue.read() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def group_id(hub: Any, name: str = "Expert*innengruppe Bildung") -> str:
    return str(scalar(hub, "SELECT id FROM expert_group WHERE name = ?", name))


def goal_id(hub: Any, code: str) -> str:
    return str(scalar(hub, "SELECT id FROM goal WHERE code = ?", code))


def person_id(hub: Any, name: str) -> str:
    return str(scalar(hub, "SELECT id FROM person WHERE name = ?", name))


def session_of(hub: Any, title: str) -> str:
    return str(scalar(hub, "SELECT id FROM meeting WHERE title = ?", title))


def status_cell(view: SessionPlanningView, session_id: str) -> str:
    view.select_session(session_id)
    table = view.sessions_table
    row = table.selectionModel().selectedRows()[0].row()
    item = table.item(row, 3)
    assert item is not None
    return item.text()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(T0)


@pytest.fixture
def view(qtbot: Any, hub: Any, clock: ManualClock) -> SessionPlanningView:
    v = SessionPlanningView(hub, clock)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    v.select_group(group_id(hub))
    return v


def plan_bildung_session(qtbot: Any, hub: Any, view: SessionPlanningView) -> str:
    """Through the planning view: a session with two items (20 and 10 minutes)."""
    type_text(view.new_title, "5. Sitzung – Übergänge")
    view.new_starts.setDateTime(to_qdatetime(T0))
    type_text(view.new_location, "Neues Rathaus, Raum 104")
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    sid = view.selected_session_id()
    assert sid is not None
    type_text(view.item_title, "Übergänge Schule–Beruf")
    view.item_minutes.setValue(20)
    view.item_subject.setCurrentIndex(
        view.item_subject.findData(subject_key("goal", goal_id(hub, "BIL-Z1"))))
    enter(qtbot, view.item_title)
    type_text(view.item_title, "Sprachcafés")
    view.item_minutes.setValue(10)
    qtbot.mouseClick(view.add_item_button, Qt.MouseButton.LeftButton)
    return sid


def start(qtbot: Any, view: SessionPlanningView, session_id: str) -> LiveSessionWindow:
    view.select_session(session_id)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    window = view.live_windows[session_id]
    qtbot.waitExposed(window)
    return window


def click_member(qtbot: Any, window: LiveSessionWindow, hub: Any, name: str) -> None:
    qtbot.mouseClick(window.attendance.attendance_buttons[person_id(hub, name)],
                     Qt.MouseButton.LeftButton)


# --- planning --------------------------------------------------------------------------


def test_plan_a_session_with_agenda_rules_and_details(qtbot: Any, hub: Any,
                                                      view: SessionPlanningView,
                                                      answers: Any) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    meeting = hub.service.meetings.get_meeting(sid)
    assert meeting.title == "5. Sitzung – Übergänge"
    assert meeting.starts_at.startswith("2027-02-02T17:00")
    assert meeting.location == "Neues Rathaus, Raum 104"
    assert [(a.title, a.minutes) for a in meeting.agenda] == [
        ("Übergänge Schule–Beruf", 20), ("Sprachcafés", 10)]
    assert meeting.agenda[0].subject_id == goal_id(hub, "BIL-Z1")
    assert status_cell(view, sid) == "geplant"
    first = view.sessions_table.item(view.sessions_table.currentRow(), 0)
    assert first is not None and first.text() == "02.02.2027 17:00"
    assert view.agenda_table.rowCount() == 2
    minutes = view.agenda_table.item(0, 1)
    subject = view.agenda_table.item(0, 2)
    assert minutes is not None and minutes.text() == "20"
    assert subject is not None and subject.text().startswith("BIL-Z1 ")

    # details: committed on leaving the field, undoable
    view.title_edit.selectAll()
    type_text(view.title_edit, "5. Sitzung – Übergänge und Sprache")
    enter(qtbot, view.title_edit)
    assert hub.service.meetings.get_meeting(sid).title == "5. Sitzung – Übergänge und Sprache"
    hub.undo_stack.undo()
    assert hub.service.meetings.get_meeting(sid).title == "5. Sitzung – Übergänge"
    assert view.title_edit.text() == "5. Sitzung – Übergänge"

    # edit, reorder and remove agenda items
    view.select_agenda_item(meeting.agenda[1].id)
    assert view.item_title.text() == "Sprachcafés"
    view.item_minutes.setValue(15)
    qtbot.mouseClick(view.apply_item_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.item_up_button, Qt.MouseButton.LeftButton)
    agenda = hub.service.meetings.get_meeting(sid).agenda
    assert [(a.title, a.minutes) for a in agenda] == [
        ("Sprachcafés", 15), ("Übergänge Schule–Beruf", 20)]
    assert view.selected_agenda_item_id() == agenda[0].id
    qtbot.mouseClick(view.remove_item_button, Qt.MouseButton.LeftButton)
    assert "Sprachcafés" in answers.texts()
    assert [a.title for a in hub.service.meetings.get_meeting(sid).agenda] == [
        "Übergänge Schule–Beruf"]

    # copy the agenda of the planned demo session
    planned = session_of(hub, "4. Sitzung Expert*innengruppe Bildung")
    view.copy_source.setCurrentIndex(view.copy_source.findData(planned))
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    copied = hub.service.meetings.get_meeting(sid).agenda
    assert len(copied) == 1 + len(hub.service.meetings.get_meeting(planned).agenda)
    assert copied[1].title == "Bericht aus dem Lenkungskreis"

    # the group's default vote rules
    gid = group_id(hub)
    view.quorum_spin.setValue(6)
    view.majority_combo.setCurrentIndex(view.majority_combo.findData("two_thirds"))
    view.majority_combo.activated.emit(view.majority_combo.currentIndex())
    view.parity_check.setChecked(True)
    view.dots_spin.setValue(4)
    assert hub.service.people.group_vote_defaults(gid, "yes_no") == {
        "quorum_min_present": 6, "majority": "two_thirds", "parity": True}
    assert hub.service.people.group_vote_defaults(gid, "dots")["dots_per_person"] == 4
    assert view.majority_combo.currentText() == "Zwei-Drittel-Mehrheit"


def test_a_closed_session_offers_only_its_notes(qtbot: Any, hub: Any,
                                                view: SessionPlanningView) -> None:
    closed = session_of(hub, "3. Sitzung Expert*innengruppe Bildung")
    assert status_cell(view, closed) == "abgeschlossen"
    assert not view.title_edit.isEnabled()
    assert not view.agenda_box.isEnabled()
    assert view.notes_edit.isEnabled()
    assert view.start_button.text().replace("&", "") == "Sitzung ansehen"
    view.notes_edit.moveCursor(view.notes_edit.textCursor().MoveOperation.End)
    type_text(view.notes_edit, " Nachtrag: Protokoll verschickt.")
    view.notes_edit.commit()
    assert hub.service.meetings.get_meeting(closed).notes.endswith(
        "Nachtrag: Protokoll verschickt.")


def test_notes_typed_stay_with_their_session(qtbot: Any, hub: Any,
                                             view: SessionPlanningView) -> None:
    planned = session_of(hub, "4. Sitzung Expert*innengruppe Bildung")
    closed = session_of(hub, "3. Sitzung Expert*innengruppe Bildung")
    view.select_session(planned)
    type_text(view.notes_edit, "Beamer reservieren")
    assert view.notes_edit.dirty
    view.select_session(closed)  # before the idle save: the notes still go to "4."
    assert hub.service.meetings.get_meeting(planned).notes == "Beamer reservieren"
    assert view.notes_edit.toPlainText() == hub.service.meetings.get_meeting(closed).notes
    assert not view.notes_edit.dirty


# --- the live session ----------------------------------------------------------------


def test_run_a_session_crash_resume_and_close(qtbot: Any, hub: Any, view: SessionPlanningView,
                                              clock: ManualClock, answers: Any) -> None:
    view.quorum_spin.setValue(6)
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    assert hub.service.meetings.get_meeting(sid).status == "running"
    assert status_cell(view, sid) == "läuft"

    # attendance: one click per member, counts, quorum and parity follow
    assert window.attendance.attendance_label.text() == "anwesend: Verwaltung 0 · extern 0"
    for name in ("Birgit Sommer", "Jonas Keller", "Anja Lindemann", "Aylin Demir",
                 "Tomasz Nowak", "Maria Petrova"):
        click_member(qtbot, window, hub, name)
    # Maria Petrova facilitates: present, but not counted among the voting members
    assert window.attendance.attendance_label.text() == "anwesend: Verwaltung 3 · extern 2"
    assert not window.state.attendance.quorate
    assert "nicht beschlussfähig" in window.attendance.quorum_label.text()
    assert not window.attendance.staffing_label.isHidden()
    click_member(qtbot, window, hub, "Samira El-Khatib")
    assert window.attendance.attendance_label.text() == "anwesend: Verwaltung 3 · extern 3"
    assert window.state.attendance.quorate
    assert window.attendance.quorum_label.text().startswith("beschlussfähig")
    assert window.attendance.staffing_label.isHidden()
    assert window.attendance.attendance_buttons[person_id(hub, "Samira El-Khatib")].isChecked()

    # the time box of the first item counts down with the clock
    assert window.agenda.item_label.text() == "Übergänge Schule–Beruf"
    assert window.agenda.countdown_label.text() == "20:00"
    clock.advance(minutes=5)
    assert window.agenda.countdown_label.text() == "15:00"
    assert window.agenda.end_label.text() == "voraussichtliches Ende 17:30"
    assert window.agenda.overrun_label.isHidden()
    clock.advance(minutes=16)
    assert window.agenda.countdown_label.text() == "−01:00"
    assert not window.agenda.overrun_label.isHidden()
    assert window.agenda.end_label.text() == "voraussichtliches Ende 17:31"

    # capture on the current item: a measure under its goal, two positions
    z1 = goal_id(hub, "BIL-Z1")
    assert window.capture.capture_parent.currentData() == z1
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2 and window.parking.parking_input.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0
    type_text(window.capture.capture_title, "Mentoring für den Übergang")
    enter(qtbot, window.capture.capture_title)
    assert scalar(hub, "SELECT goal_id FROM measure WHERE title = ?",
                  "Mentoring für den Übergang") == z1
    assert window.capture.captured_list.count() == 1
    assert window.negotiation.subject == ("goal", z1)
    before = window.negotiation.positions_model.rowCount()
    assert window.negotiation.add_position("Zwei Jahre als Modellprojekt",
                                           side="administration")
    assert window.negotiation.add_position("Dauerhafte Stelle", side="external")
    assert window.negotiation.positions_model.rowCount() == before + 2
    assert scalar(hub, "SELECT count(*) FROM stance WHERE session_id = ?", sid) == 2

    # next item: its own time box starts now
    qtbot.keyClick(window.agenda.agenda_list, Qt.Key.Key_PageDown)
    assert window.agenda.item_label.text() == "Sprachcafés"
    assert window.agenda.countdown_label.text() == "10:00"
    assert window.agenda.overrun_label.isHidden()
    assert window.negotiation_tab.negotiation_area.isHidden()  # this item refers to nothing
    clock.advance(minutes=2)
    assert window.agenda.countdown_label.text() == "08:00"

    # Themenspeicher, decisions and notes
    type_text(window.parking.parking_input, "Sprachmittlung in Arztpraxen")
    enter(qtbot, window.parking.parking_input)
    assert [p.text for p in hub.service.meetings.parking_items(sid)] == [
        "Sprachmittlung in Arztpraxen"]
    type_text(window.decisions.decision_input, "Sprachcafés werden verstetigt")
    enter(qtbot, window.decisions.decision_input)
    [decision] = hub.service.meetings.decisions(sid)
    assert decision.agenda_item_id == window.state.current_item.id
    list_item = window.decisions.decision_list.item(0)
    assert list_item is not None and list_item.text() == "TOP 2: Sprachcafés werden verstetigt"
    type_text(window.notes_edit, "Frau Demir bringt Zahlen mit.")

    # a crash: the window goes without closing the session
    path = hub.catalogue.path
    window.close()
    assert sid not in view.live_windows
    assert hub.service.meetings.get_meeting(sid).status == "running"
    hub.catalogue.close()

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_path(path)
    with qtbot.waitSignal(main.sig_workspace_loaded):  # after the first paint
        pass
    resumed = main.sessions_view.live_windows.get(sid)
    assert resumed is not None  # reopened by itself
    again = main.resume_running_session(clock)
    assert again is resumed
    assert again.agenda.item_label.text() == "Sprachcafés"
    assert again.agenda.countdown_label.text() == "08:00"
    assert again.attendance.attendance_label.text() == "anwesend: Verwaltung 3 · extern 3"
    assert again.parking.parking_list.count() == 1 and again.decisions.decision_list.count() == 1
    assert again.notes_edit.toPlainText() == "Frau Demir bringt Zahlen mit."
    clock.advance(minutes=1)
    assert again.agenda.countdown_label.text() == "07:00"

    # end the session: read-only except the notes
    again.act_close_session.trigger()
    assert main.hub is not None
    meeting = main.hub.service.meetings.get_meeting(sid)
    assert meeting.status == "closed" and meeting.ends_at.startswith("2027-02-02T17:24")
    assert again.read_only
    assert not again.capture.capture_title.isEnabled() and not again.agenda.next_button.isEnabled()
    assert not again.attendance.side_boxes["external"].isEnabled()
    assert again.notes_edit.isEnabled()
    again.notes_edit.moveCursor(again.notes_edit.textCursor().MoveOperation.End)
    type_text(again.notes_edit, " Nachtrag.")
    again.commit_pending()
    assert main.hub.service.meetings.get_meeting(sid).notes.endswith("Nachtrag.")
    assert status_cell(main.sessions_view, sid) == "abgeschlossen"
    assert main.resume_running_session() is None
    main.close()


def test_agenda_reorders_on_the_fly_and_parked_topics_become_measures(
        qtbot: Any, hub: Any, view: SessionPlanningView, clock: ManualClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    current = window.state.current_item.id
    window.agenda.select_agenda_item(window.state.meeting.agenda[1].id)
    qtbot.mouseClick(window.agenda.item_up_button, Qt.MouseButton.LeftButton)
    assert [a.title for a in window.state.meeting.agenda] == [
        "Sprachcafés", "Übergänge Schule–Beruf"]
    assert window.state.current_item.id == current  # still on the same item
    assert window.agenda.position_label.text() == "TOP 2 von 2"
    window.agenda.previous_item()
    assert window.agenda.item_label.text() == "Sprachcafés"

    window.parking.add_parking_item("Elternabende mehrsprachig")
    window.parking.select_parking_item(hub.service.meetings.parking_items(sid)[0].id)
    z2 = goal_id(hub, "BIL-Z2")
    offered: list[str] = []

    def choose(_title: str, _label: str, items: list[str], current: int = 0) -> int:
        offered.extend(items)
        return next(i for i, text in enumerate(items) if text.startswith("BIL-Z2 "))

    monkeypatch.setattr(window.parking, "choose", choose)
    qtbot.mouseClick(window.parking.parking_measure_button, Qt.MouseButton.LeftButton)
    [parked] = hub.service.meetings.parking_items(sid)
    assert parked.status == "converted" and parked.converted_type == "measure"
    assert hub.service.structure.get_record("measure", parked.converted_id).goal_id == z2
    entry = window.parking.parking_list.item(0)
    assert entry is not None and "übernommen als Maßnahme BIL-M2." in entry.text()
    assert not window.parking.parking_measure_button.isEnabled()
    assert offered


def test_refused_attendance_change_reverts_the_toggle(qtbot: Any, hub: Any,
                                                      view: SessionPlanningView,
                                                      answers: Any) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    click_member(qtbot, window, hub, "Birgit Sommer")
    sommer = person_id(hub, "Birgit Sommer")
    vote = hub.service.votes.open_vote(sid, "Sprachcafés verstetigen?").value.vote
    hub.service.votes.cast_ballot(vote.id, sommer, choice="yes")
    hub.run_without_undo(lambda s: s.votes.close_vote(vote.id))
    click_member(qtbot, window, hub, "Birgit Sommer")
    assert window.attendance.attendance_buttons[sommer].isChecked()  # back to present
    assert answers.shown, "the refusal is shown in German"
    assert window.attendance.attendance_label.text() == "anwesend: Verwaltung 1 · extern 0"


def test_closing_is_refused_while_a_vote_is_open(qtbot: Any, hub: Any,
                                                 view: SessionPlanningView,
                                                 answers: Any) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    vote = hub.service.votes.open_vote(sid, "Sprachcafés verstetigen?").value.vote
    assert not window.close_session()
    assert "läuft noch eine Abstimmung" in answers.texts()
    assert not window.read_only
    hub.run_without_undo(lambda s: s.votes.close_vote(vote.id))
    answers.yes = False
    assert not window.close_session()  # the facilitator said no
    answers.yes = True
    assert window.close_session()
    assert window.read_only
    assert status_cell(view, sid) == "abgeschlossen"


def test_an_open_vote_is_said_before_the_confirmation(qtbot: Any, hub: Any,
                                                      view: SessionPlanningView,
                                                      answers: Any) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    hub.service.votes.open_vote(sid, "Sprachcafés verstetigen?")
    activate(qtbot, window)
    qtbot.keyClick(window.capture.capture_title, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [title for title, _ in answers.shown] == ["Fehler"]  # no question first
    assert "läuft noch eine Abstimmung" in answers.texts()
    assert hub.service.meetings.get_meeting(sid).status == "running"


def test_the_live_window_exports_the_minutes(qtbot: Any, hub: Any, view: SessionPlanningView,
                                            answers: Any, tmp_path: Any) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    assert "Protokoll" in window.act_export_minutes.text()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert any(window.act_export_minutes in m.actions() for m in menus)
    target = tmp_path / "Protokoll.docx"
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=15_000):
        window.act_export_minutes.trigger()
    qtbot.waitUntil(lambda: "Protokoll geschrieben" in window.statusBar().currentMessage())
    assert target.is_file() and target.stat().st_size > 0


def test_undo_and_redo_work_in_the_live_window(qtbot: Any, hub: Any,
                                               view: SessionPlanningView) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    activate(qtbot, window)
    count = hub.undo_stack.count()
    parent = window.capture.capture_parent.currentData()
    assert window.capture.capture("Elterncafé im Stadtteil", parent_id=parent) is not None
    assert hub.undo_stack.count() == count + 1
    qtbot.keyClick(window.agenda.agenda_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert hub.undo_stack.index() == count
    qtbot.keyClick(window.agenda.agenda_list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert hub.undo_stack.index() == count + 1


def test_votes_tab_and_projector_are_hosted(qtbot: Any, hub: Any, view: SessionPlanningView,
                                            clock: ManualClock) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    assert window.tabs.tabText(4).replace("&", "") == "Abstimmungen"
    assert window.votes is not None and window.tabs.widget(4) is window.votes
    projector = window.open_projector()
    assert projector is not None
    assert window.open_projector() is projector  # one projector window per session
    type_text(window.decisions.decision_input, "Sprachcafés werden verstetigt")
    assert projector.text_label.text() == "Sprachcafés werden verstetigt"
    vote = hub.service.votes.open_vote(sid, "Sprachcafés verstetigen?").value.vote
    window.votes.sig_show_vote.emit(vote.id)
    assert projector.vote_id == vote.id
    clock.advance(minutes=3)
    assert projector.time_label.text() == window.agenda.countdown_label.text() == "17:00"
    window.close()
    assert window.projector is None


def test_main_window_has_a_session_menu(qtbot: Any, hub: Any) -> None:
    path = hub.catalogue.path
    hub.catalogue.close()
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_path(path)
    titles = [a.text() for a in main.menuBar().actions()]
    assert "&Sitzung" in titles
    assert main.sessions_view.live_windows == {}  # nothing running in the demo
    main.act_plan_sessions.trigger()
    assert main.tabs.currentWidget() is main.sessions_view
    main.act_resume_session.trigger()
    assert main.statusBar().currentMessage() == "Es läuft keine Sitzung."
    main.close()


def test_a_measure_captured_live_is_noted_under_the_current_item(
        qtbot: Any, hub: Any, view: SessionPlanningView) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    activate(qtbot, window)
    current = window.current_item
    assert current is not None
    window.capture.capture_title.setFocus()
    qtbot.keyClicks(window.capture.capture_title, "Elterncafe im Stadtteil")
    qtbot.keyClick(window.capture.capture_title, Qt.Key.Key_Return)
    captured = hub.service.meetings.captured_records(sid)
    assert [(c.record_type, c.agenda_item_id) for c in captured] == [("measure", current.id)]
    assert hub.record("measure", captured[0].record_id).title == "Elterncafe im Stadtteil"


def test_the_live_capture_and_decision_fields_mark_outdated_terms(
        qtbot: Any, hub: Any, view: SessionPlanningView) -> None:
    sid = plan_bildung_session(qtbot, hub, view)
    window = start(qtbot, view, sid)
    for edit in (window.capture.capture_title, window.decisions.decision_input):
        edit.setFocus()
        qtbot.keyClicks(edit, "Angebote der Mehrheitsgesellschaft")
        assert [f.found for f in edit.findings()] == ["Mehrheitsgesellschaft"]
        assert "Mehrheitsbevölkerung" in edit.toolTip()
