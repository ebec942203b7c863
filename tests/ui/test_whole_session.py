"""A whole session, end to end, as a facilitator clicks and types through it.

The demo catalogue is opened in the main window; on the "Sitzungen" tab a session of the
Bildung group is planned with two agenda items and started in its live window, whose
time comes from a ``ManualClock``. Attendance is clicked, the countdown follows the
clock, a measure is captured, two positions are recorded and settled by an agreed
compromise with a Sondervotum, one vote of each method is taken through the vote panel
and closed, the session is ended and its minutes are exported to Word in the background
and read back with python-docx. Service calls only check what the screens stored.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from support import create_from

from lip_desktop.model import demo
from lip_desktop.model.vote_wording import yes_no_line as summarize_yes_no
from lip_desktop.ui.main_window import MainWindow
from lip_desktop.ui.negotiation import CompromiseTreeModel, PositionTableModel
from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.live import TAB_NEGOTIATION, TAB_VOTES
from lip_desktop.ui.session.planning import SessionPlanningView, subject_key, to_qdatetime
from lip_desktop.ui.session.votes import PASSIVE_OPTION, percent_text

T0 = datetime(2027, 2, 2, 17, 0)
GROUP = "Expert*innengruppe Bildung"
TITLE = "5. Sitzung – Übergänge gestalten"
MSO = "Migrant*innenselbstorganisationen"
ADMIN = ("Birgit Sommer", "Jonas Keller", "Anja Lindemann", "Dirk Brandes")
EXTERNAL = ("Aylin Demir", "Tomasz Nowak", "Samira El-Khatib", "Nguyen Thi Lan")
CAPTURED = "Mentoring für den Übergang in Ausbildung"
COMPROMISE = "Coaching zwei Jahre als Modellprojekt, danach Verstetigung nach Auswertung."
DISSENT = "Die Verstetigung muss schon jetzt zugesagt werden."


# --- typing and clicking like a user ---------------------------------------------------


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII through keyClicks, anything else as QKeyEvents with text
    (keyClicks with a non-ASCII character aborts the test process)."""
    widget.setFocus()
    run = ""
    for char in text:
        if char.isascii():
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))
    if run:
        qtbot.keyClicks(widget, run)


def retype(qtbot: Any, widget: Any, text: str) -> None:
    widget.selectAll()
    type_text(qtbot, widget, text)


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def activate(qtbot: Any, window: QWidget) -> None:
    """Make the window active so its shortcuts fire (offscreen needs requestActivate)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def choose(combo: QComboBox, data: Any) -> None:
    """Pick the entry with ``data`` as the user does from the list."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


# --- reading back ------------------------------------------------------------------------


def scalar(hub: Any, sql: str, *args: Any) -> Any:
    with hub.catalogue.read() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def person(hub: Any, name: str) -> str:
    return str(scalar(hub, "SELECT id FROM person WHERE name = ?", name))


def docx_text(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    """Paragraph texts (body, headings) and tables (rows of cell texts) of a .docx."""
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[cell.text for cell in row.cells] for row in table.rows]
              for table in document.tables]
    return paragraphs, tables


# --- the session ---------------------------------------------------------------------------


def test_a_whole_session_from_planning_to_the_minutes(qtbot: Any, tmp_path: Path,
                                                      answers: Any) -> None:
    path = tmp_path / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.open_path(path)
    hub = main.hub
    assert hub is not None

    # --- planning: the Sitzungen tab ---------------------------------------------------
    main.show_sessions()
    view: SessionPlanningView = main.sessions_view
    assert main.tabs.currentWidget() is view
    choose(view.group_combo, scalar(hub, "SELECT id FROM expert_group WHERE name = ?", GROUP))
    assert view.group_combo.currentText() == GROUP
    # the group's vote rules: quorum 6, a majority on both sides
    view.quorum_spin.setValue(6)
    assert not view.parity_check.isChecked()
    click(qtbot, view.parity_check)
    group_id = view.selected_group_id()
    assert group_id is not None
    assert hub.service.people.group_vote_defaults(group_id, "yes_no")["quorum_min_present"] == 6
    assert hub.service.people.group_vote_defaults(group_id, "yes_no")["parity"] is True

    type_text(qtbot, view.new_title, TITLE)
    view.new_starts.setDateTime(to_qdatetime(T0))
    type_text(qtbot, view.new_location, "Neues Rathaus, Raum 104")
    click(qtbot, view.plan_button)
    sid = view.selected_session_id()
    assert sid is not None
    coaching = str(scalar(hub, "SELECT id FROM measure WHERE code = 'BIL-M1.2.1'"))
    transitions = str(scalar(hub, "SELECT id FROM goal WHERE code = 'BIL-Z1.2'"))
    type_text(qtbot, view.item_title, "Übergangscoaching Schule–Beruf")
    view.item_minutes.setValue(30)
    choose(view.item_subject, subject_key("measure", coaching))
    qtbot.keyClick(view.item_title, Qt.Key.Key_Return)
    type_text(qtbot, view.item_title, "Prioritäten im Übergang")
    view.item_minutes.setValue(15)
    choose(view.item_subject, subject_key("goal", transitions))
    click(qtbot, view.add_item_button)
    meeting = hub.service.meetings.get_meeting(sid)
    assert (meeting.title, meeting.status, meeting.location) == (
        TITLE, "planned", "Neues Rathaus, Raum 104")
    assert meeting.starts_at.startswith("2027-02-02T17:00")
    assert [(a.title, a.minutes, a.subject_id) for a in meeting.agenda] == [
        ("Übergangscoaching Schule–Beruf", 30, coaching),
        ("Prioritäten im Übergang", 15, transitions)]
    assert view.agenda_table.rowCount() == 2

    # --- the live window, started at 17:00 by the manual clock ----------------------------
    clock = ManualClock(T0)
    window = view.open_live_window(sid, clock)
    qtbot.waitExposed(window)
    assert not window.agenda.start_button.isHidden()  # a planned session
    click(qtbot, window.agenda.start_button)
    assert hub.service.meetings.get_meeting(sid).status == "running"
    assert window.agenda.start_button.isHidden()
    assert view.start_button.text().replace("&", "") == "Laufende Sitzung öffnen"

    # attendance: one click per member
    assert window.attendance.attendance_label.text() == "anwesend: Verwaltung 0 · extern 0"
    assert not window.state.attendance.quorate
    members = [person(hub, name) for name in ADMIN + EXTERNAL]
    for pid in members:
        click(qtbot, window.attendance.attendance_buttons[pid])
    assert window.attendance.attendance_label.text() == "anwesend: Verwaltung 4 · extern 4"
    assert window.state.attendance.quorate
    assert window.attendance.quorum_label.text() == "beschlussfähig (Quorum 6 erreicht)"
    assert window.attendance.staffing_label.isHidden()
    assert all(window.attendance.attendance_buttons[pid].isChecked() for pid in members)
    assert {a.person_id for a in hub.service.meetings.get_meeting(sid).attendance
            if a.present} == set(members)

    # the first item's time box counts down with the clock
    assert window.agenda.item_label.text() == "Übergangscoaching Schule–Beruf"
    assert window.agenda.position_label.text() == "TOP 1 von 2"
    assert window.agenda.countdown_label.text() == "30:00"
    clock.advance(minutes=12)
    assert window.agenda.countdown_label.text() == "18:00"
    assert window.agenda.end_label.text() == "voraussichtliches Ende 17:45"
    assert window.agenda.overrun_label.isHidden()

    # capture a measure on the current item: under the goal of the item's measure
    assert window.capture.capture_parent.currentData() == transitions
    type_text(qtbot, window.capture.capture_title, CAPTURED)
    qtbot.keyClick(window.capture.capture_title, Qt.Key.Key_Return)
    captured = str(scalar(hub, "SELECT id FROM measure WHERE title = ?", CAPTURED))
    new_measure = hub.record("measure", captured)
    assert new_measure.goal_id == transitions
    assert window.capture.captured_list.count() == 1
    assert window.capture.capture_title.text() == ""
    entry = window.capture.captured_list.item(0)
    assert entry is not None and new_measure.code in entry.text() and CAPTURED in entry.text()

    # --- negotiation on the item's measure ----------------------------------------------
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_NEGOTIATION
    panel = window.negotiation
    assert panel.subject == ("measure", coaching)
    model = panel.positions_model
    before = model.rowCount()
    type_text(qtbot, panel.position_holder.lineEdit(), "Jonas Keller")
    type_text(qtbot, panel.position_text, "Zwei Jahre als Modellprojekt, dann auswerten.")
    click(qtbot, panel.add_position_button)
    type_text(qtbot, panel.position_holder.lineEdit(), MSO)
    type_text(qtbot, panel.position_text, "Dauerhafte Stellen, Träger sind die Vereine.")
    click(qtbot, panel.add_position_button)
    assert model.rowCount() == before + 2
    assert panel.positions_error.isHidden()
    keller, mso = (model.position(before).id, model.position(before + 1).id)
    stored = hub.service.structure.get_record("position", keller)
    assert (stored.person_id, stored.side, stored.session_id) == (
        person(hub, "Jonas Keller"), "administration", sid)
    stored = hub.service.structure.get_record("position", mso)
    assert (stored.person_id, stored.label, stored.session_id) == (None, MSO, sid)
    assert [model.holder(before), model.holder(before + 1)] == ["Jonas Keller", MSO]

    # a compromise settling both: tick them (Space), word it, add it, agree on it
    for row in (before, before + 1):
        panel.positions_view.setCurrentIndex(model.index(row, PositionTableModel.COL_HOLDER))
        qtbot.keyClick(panel.positions_view, Qt.Key.Key_Space)
    assert model.checked_ids() == [keller, mso]
    type_text(qtbot, panel.compromise_text, COMPROMISE)
    click(qtbot, panel.add_compromise_button)
    comp = panel.current_compromise()
    assert comp is not None and comp.text == COMPROMISE
    assert comp.position_ids == (keller, mso) and comp.status == "proposed"
    assert comp.session_id == sid
    tree, tree_view = panel.compromises_model, panel.compromises_view
    status = tree.index(tree.row_of(comp.id), CompromiseTreeModel.COL_STATUS)
    tree_view.setCurrentIndex(status)
    qtbot.keyClick(tree_view, Qt.Key.Key_F2)
    editor = tree_view.indexWidget(status)
    assert isinstance(editor, QComboBox)
    assert editor.currentText() == "vorgeschlagen"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # the next entry: "vereinbart"
    assert hub.service.structure.get_record("compromise", comp.id).status == "agreed"
    status = tree.index(tree.row_of(comp.id), CompromiseTreeModel.COL_STATUS)
    assert status.data() == "vereinbart"

    # a Sondervotum by a person under it
    panel.select_compromise(comp.id)
    assert panel.dissent_target.text() == COMPROMISE
    type_text(qtbot, panel.dissent_holder.lineEdit(), "Aylin Demir")
    type_text(qtbot, panel.dissent_text, DISSENT)
    click(qtbot, panel.add_dissent_button)
    assert panel.compromises_error.isHidden()
    stored = hub.service.structure.get_record("compromise", comp.id)
    assert [(d.person_id, d.label, d.text) for d in stored.dissents] == [
        (person(hub, "Aylin Demir"), "", DISSENT)]
    assert tree.dissents_index(comp.id).data() == "Sondervoten (1)"

    # --- the next item ---------------------------------------------------------------------
    activate(qtbot, window)
    qtbot.keyClick(window.agenda.agenda_list, Qt.Key.Key_PageDown)
    assert window.agenda.item_label.text() == "Prioritäten im Übergang"
    assert window.agenda.position_label.text() == "TOP 2 von 2"
    assert window.agenda.countdown_label.text() == "15:00"
    assert panel.subject == ("goal", transitions)
    assert not window.agenda.next_button.isEnabled()

    # --- votes: one of each method ----------------------------------------------------------
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_VOTES
    votes = window.votes
    assert votes is not None
    form = votes.form

    def new_vote(method: str, question: str | None = None) -> None:
        """"Neue Abstimmung …": the form, prefilled; a question typed over it."""
        click(qtbot, votes.new_button)
        assert votes.pages.currentWidget() is form
        if question is not None:
            retype(qtbot, form.question, question)
        choose(form.method, method)

    # yes/no with parity (the group's default): 3 yes / 1 no on each side
    new_vote("yes_no")
    assert form.question.text() == (
        "Soll das Ziel BIL-Z1.2 „Übergänge ohne Brüche gestalten“ beschlossen werden?")
    assert form.parity.isChecked() and form.quorum.value() == 6
    click(qtbot, form.open_button)
    yes_no_id = votes.vote_id
    assert yes_no_id is not None and votes.pages.currentIndex() == 0
    entry_yn = votes.yes_no
    assert votes.entries.currentWidget() is entry_yn
    assert set(entry_yn.buttons) == set(members)
    ballots: dict[str, str] = {}
    for side in (ADMIN, EXTERNAL):
        for n, name in enumerate(side):
            ballots[person(hub, name)] = "no" if n == 3 else "yes"
    for pid, choice in ballots.items():
        click(qtbot, entry_yn.button(pid, choice))
    vote = hub.service.votes.get_vote(yes_no_id).vote
    assert {b["person_id"]: b["choice"] for b in vote.ballots} == ballots
    assert entry_yn.result_label.text() == summarize_yes_no(vote.result)
    assert "Verwaltung: Ja 3 / Nein 1 / Enthaltung 0 – Mehrheit" in entry_yn.side_label.text()
    assert "extern: Ja 3 / Nein 1 / Enthaltung 0 – Mehrheit" in entry_yn.side_label.text()
    click(qtbot, votes.close_button)
    vote = hub.service.votes.get_vote(yes_no_id).vote
    assert vote.status == "closed" and vote.rule["parity"] is True
    yes_no_summary = summarize_yes_no(vote.result)
    assert yes_no_summary == "Ja 6 / Nein 2 / Enthaltung 0 – angenommen"
    assert entry_yn.result_label.text() == yes_no_summary
    assert votes.model.index(votes.model.row_of(yes_no_id), 3).data() == yes_no_summary
    assert not entry_yn.button(members[0], "yes").isEnabled()

    # dots: the goal's measures (with the captured one) and a typed option
    clock.advance(minutes=4)
    new_vote("dots", "Welche Maßnahme zuerst?")
    form.dots_per_person.setValue(3)
    form.max_per_option.setValue(2)
    click(qtbot, form.goal_measures_button)
    type_text(qtbot, form.option_text, "Lernpatenschaften")
    click(qtbot, form.add_option_button)
    assert form.option_labels() == [
        f"{hub.record('measure', coaching).code} {hub.record('measure', coaching).title}",
        f"{new_measure.code} {CAPTURED}", "Lernpatenschaften"]
    click(qtbot, form.open_button)
    dots_id = votes.vote_id
    assert dots_id is not None and dots_id != yes_no_id
    vote = hub.service.votes.get_vote(dots_id).vote
    assert (vote.question, vote.method) == ("Welche Maßnahme zuerst?", "dots")
    assert vote.rule == {"dots_per_person": 3, "max_per_option": 2}
    first, mentoring, patenschaft = (o.id for o in vote.options)
    points = {"Birgit Sommer": {mentoring: 2, first: 1},
              "Jonas Keller": {mentoring: 2, patenschaft: 1},
              "Anja Lindemann": {first: 2, mentoring: 1},
              "Dirk Brandes": {patenschaft: 2},
              "Aylin Demir": {mentoring: 2, first: 1},
              "Tomasz Nowak": {patenschaft: 2, mentoring: 1},
              "Samira El-Khatib": {first: 1, mentoring: 1, patenschaft: 1},
              "Nguyen Thi Lan": {mentoring: 2}}
    entry_dots = votes.dots
    assert votes.entries.currentWidget() is entry_dots
    for name, given in points.items():
        for option_id, value in given.items():
            entry_dots.spin(option_id, person(hub, name)).setValue(value)
    assert entry_dots.remaining[person(hub, "Birgit Sommer")].text() == "noch 0 Punkte"
    assert entry_dots.remaining[person(hub, "Dirk Brandes")].text() == "noch 1 Punkt"
    click(qtbot, votes.close_button)
    vote = hub.service.votes.get_vote(dots_id).vote
    assert vote.status == "closed"
    assert [(e["option_id"], e["rank"], e["points"]) for e in vote.result["ranking"]] == [
        (mentoring, 1, 11), (patenschaft, 2, 6), (first, 3, 5)]
    ranking = entry_dots.ranking
    assert [ranking.entry(r) for r in range(ranking.rowCount())] == vote.result["ranking"]
    labels = {o.id: o.label for o in vote.options}
    assert [[ranking.index(r, c).data() for c in range(3)]
            for r in range(ranking.rowCount())] == [
        ["1.", labels[mentoring], "11"], ["2.", "Lernpatenschaften", "6"],
        ["3.", labels[first], "5"]]
    assert not entry_dots.spin(first, members[0]).isEnabled()

    # consent: two options and the Passivlösung offered by default
    new_vote("consent", "Wie geht es mit dem Übergangscoaching weiter?")
    assert form.option_labels() == [PASSIVE_OPTION]
    for label in ("dauerhaft fördern", "befristet erproben"):
        type_text(qtbot, form.option_text, label)
        qtbot.keyClick(form.option_text, Qt.Key.Key_Return)
    assert form.option_labels() == ["dauerhaft fördern", "befristet erproben", PASSIVE_OPTION]
    click(qtbot, form.open_button)
    consent_id = votes.vote_id
    assert consent_id is not None and consent_id not in (yes_no_id, dots_id)
    vote = hub.service.votes.get_vote(consent_id).vote
    assert vote.question == "Wie geht es mit dem Übergangscoaching weiter?"
    assert [o.label for o in vote.options] == [
        "dauerhaft fördern", "befristet erproben", PASSIVE_OPTION]
    permanent, limited, passive = (o.id for o in vote.options)
    resistances = {permanent: (2, 0, 4, 1, 3, 1, 2, 3),  # Σ 16, Ø 2
                   limited: (5, 3, 4, 6, 2, 4, 3, 5),  # Σ 32, Ø 4
                   passive: (9, 10, 8, 9, 9, 8, 10, 9)}  # Σ 72, Ø 9
    entry_consent = votes.consent
    assert votes.entries.currentWidget() is entry_consent
    for option_id, values in resistances.items():
        for pid, value in zip(members, values, strict=True):
            entry_consent.spin(option_id, pid).setValue(value)
    assert len(hub.service.votes.get_vote(consent_id).vote.ballots) == 24
    click(qtbot, votes.close_button)
    vote = hub.service.votes.get_vote(consent_id).vote
    assert vote.status == "closed"
    assert [(e["option_id"], e["rank"], e["total"], e["acceptance"])
            for e in vote.result["ranking"]] == [
        (permanent, 1, 16, 0.8), (limited, 2, 32, 0.6), (passive, 3, 72, 0.1)]
    ranking = entry_consent.ranking
    assert [ranking.entry(r) for r in range(ranking.rowCount())] == vote.result["ranking"]
    assert [(ranking.index(r, 1).data(), ranking.index(r, 3).data())
            for r in range(ranking.rowCount())] == [
        ("dauerhaft fördern", percent_text(0.8)), ("befristet erproben", "60 %"),
        (PASSIVE_OPTION, "10 %")]
    assert votes.model.rowCount() == 3

    # --- ending the session ------------------------------------------------------------------
    clock.advance(minutes=6)
    window.act_close_session.trigger()  # "Sitzung beenden …"; answers.yes confirms
    # nothing was refused so far: the only dialogs were the confirmations
    assert [title for title, _ in answers.shown] == [
        "Abstimmung schließen"] * 3 + ["Sitzung beenden"]
    meeting = hub.service.meetings.get_meeting(sid)
    assert meeting.status == "closed" and meeting.ends_at.startswith("2027-02-02T17:22")
    assert window.read_only
    assert not window.capture.capture_title.isEnabled()
    assert not window.agenda.next_button.isEnabled()
    view.select_session(sid)
    row = view.sessions_table.currentRow()
    status_item = view.sessions_table.item(row, 3)
    assert status_item is not None and status_item.text() == "abgeschlossen"

    # --- the minutes: exported in the background, read back -------------------------------
    target = tmp_path / "Protokoll.docx"
    answers.files.append(target)
    assert view.minutes_button.isEnabled()
    with qtbot.waitSignal(main.runner.sig_task_finished, timeout=15_000):
        click(qtbot, view.minutes_button)
    qtbot.waitUntil(lambda: "Protokoll geschrieben" in main.statusBar().currentMessage())
    assert target.is_file()
    assert len(answers.shown) == 4  # no error, no "Protokoll: Hinweise"

    paragraphs, tables = docx_text(target)
    assert TITLE in paragraphs
    assert ["Uhrzeit", "17:00–17:22 Uhr"] in tables[0]  # the facts, by the manual clock
    assert paragraphs[paragraphs.index("Anwesend") + 1:paragraphs.index("Anwesend") + 3] == [
        "Verwaltung: " + ", ".join(ADMIN), "extern: " + ", ".join(EXTERNAL)]
    assert "Die Gruppe war beschlussfähig (Quorum: 6 Anwesende)." in paragraphs
    assert "Kompromiss (vereinbart)" in paragraphs
    assert COMPROMISE in paragraphs
    assert f"Sondervotum Aylin Demir (extern): {DISSENT}" in paragraphs
    assert "Jonas Keller (Verwaltung): Zwei Jahre als Modellprojekt, dann auswerten." \
        in paragraphs
    assert f"{MSO}: Dauerhafte Stellen, Träger sind die Vereine." in paragraphs
    assert f"Ergebnis: {yes_no_summary}" in paragraphs
    assert "Verwaltung: Ja 3 / Nein 1 / Enthaltung 0 – Mehrheit" in paragraphs
    assert [["Rang", "Option", "Punkte"], ["1", labels[mentoring], "11"],
            ["2", "Lernpatenschaften", "6"], ["3", labels[first], "5"]] in tables
    # consent in the shared wording (model.vote_wording), as on the projector
    assert [["Rang", "Option", "Widerstand gesamt", "Mittelwert", "Akzeptanz"],
            ["1", "dauerhaft fördern", "16", "2", "80 %"],
            ["2", "befristet erproben", "32", "4", "60 %"],
            ["3", PASSIVE_OPTION, "72", "9", "10 %"]] in tables
    assert "Ergebnis: 1. dauerhaft fördern – Akzeptanz 80 %" in paragraphs
    # the captured measure, with its new code, ranked first in the dots vote
    assert [ranked for table in tables for ranked in table
            if f"{new_measure.code} {CAPTURED}" in ranked] == [
        ["1", f"{new_measure.code} {CAPTURED}", "11"]]
    # the negotiation under the first item, the votes under the second
    top1 = paragraphs.index("TOP 1: Übergangscoaching Schule–Beruf")
    top2 = paragraphs.index("TOP 2: Prioritäten im Übergang")
    assert top1 < paragraphs.index(COMPROMISE) < top2 < paragraphs.index(
        f"Ergebnis: {yes_no_summary}")
    assert "TOP 1: Übergangscoaching Schule–Beruf (30\u00a0Min.)" in paragraphs

    main.close()
    assert main.hub is None
