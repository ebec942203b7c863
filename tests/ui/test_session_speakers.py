"""The speakers list (Redeliste) run as a facilitator runs it: real clicks and keys in the
live window, a manual clock, a crash mid-speech, and the minutes read back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.live import TAB_SPEAKERS, LiveSessionWindow

T0 = datetime(2027, 2, 2, 17, 0)
PLANNED = "4. Sitzung Expert*innengruppe Bildung"


def scalar(hub: Any, sql: str, *args: Any) -> Any:
    with hub.catalogue.read() as conn:
        return conn.exec_driver_sql(sql, args).scalar()


def activate(qtbot: Any, window: QWidget) -> None:
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def open_window(qtbot: Any, hub: Any, sid: str, clock: ManualClock) -> LiveSessionWindow:
    window = LiveSessionWindow(hub, sid, clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def tick(qtbot: Any, box: QCheckBox) -> None:
    """Click a check box on its box (a click right of its text does nothing)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def waiting_names(window: LiveSessionWindow) -> list[str]:
    return [w.name for w in window.speakers.speakers.waiting]


def test_an_agenda_item_with_a_speakers_list_from_the_first_request_to_the_minutes(
        qtbot: Any, hub: Any, answers: Any, tmp_path: Path) -> None:
    sid = str(scalar(hub, "SELECT id FROM meeting WHERE title = ?", PLANNED))
    clock = ManualClock(T0)
    window = open_window(qtbot, hub, sid, clock)
    qtbot.mouseClick(window.agenda.start_button, Qt.MouseButton.LeftButton)
    members = [p for p, role in window.context.members if role == "member"]
    admin = [p for p in members if p.side == "administration"][:2]
    external = [p for p in members if p.side == "external"][:2]
    toggles = window.attendance.attendance_buttons
    for person in admin + external:  # present by a plain click
        qtbot.mouseClick(toggles[person.id], Qt.MouseButton.LeftButton)

    # Ctrl+7: the speakers list; requests by Shift+click and by "+" on a focused toggle
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_SPEAKERS
    assert window.speakers.person_combo.hasFocus()
    for person in (admin[0], admin[1]):
        qtbot.mouseClick(toggles[person.id], Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ShiftModifier)
    toggles[external[0].id].setFocus()
    qtbot.keyClick(toggles[external[0].id], Qt.Key.Key_Plus)
    assert all(toggles[p.id].isChecked() for p in admin + external)  # still present
    assert waiting_names(window) == [admin[0].name, admin[1].name, external[0].name]
    # and from the person field: choose with the keyboard, Enter puts on the list
    combo = window.speakers.person_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(external[1].id))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert waiting_names(window)[-1] == external[1].name

    # reorder with Alt+Down, remove with Entf (in the list)
    view = window.speakers.speaker_list
    view.setFocus()
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert waiting_names(window)[:2] == [admin[1].name, admin[0].name]
    view.setCurrentRow(3)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert waiting_names(window) == [admin[1].name, admin[0].name, external[0].name]

    # parity on (a click): the list alternates and says why
    tick(qtbot, window.speakers.parity_check)
    assert waiting_names(window) == [admin[1].name, external[0].name, admin[0].name]
    assert "Wechsel: Verwaltung nach extern" in view.item(1).text()
    assert not window.speakers.up_button.isEnabled()  # the rule orders the list

    # a 2-minute limit on this item, typed
    spin = window.speakers.limit_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert window.speakers.speakers.limit_seconds == 120

    # F7: the first speaks; the stopwatch runs with the clock
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert answers.texts() == ""
    assert admin[1].name in window.speakers.running_label.text()
    clock.advance(seconds=95)
    assert window.speakers.running_label.text().endswith("1:35")
    assert "1:35" in window.speech_status.text()
    assert not window.speakers.limit_warning.isVisible()
    clock.advance(seconds=40)  # 2:15 > 2:00
    assert window.speakers.limit_warning.isVisible()
    assert "Redezeit überschritten" in window.speakers.limit_warning.text()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert external[0].name in window.speakers.running_label.text()
    assert not window.speakers.limit_warning.isVisible()
    clock.advance(seconds=60)
    assert "Verwaltung 2:15 · extern 1:00" in window.speakers.times_label.text()

    # the projector shows the time per side when asked to
    tick(qtbot, window.speakers.projector_check)
    assert window.speakers.speakers.show_times
    projector = window.open_projector()
    qtbot.addWidget(projector)
    assert projector.speaking_label.isVisibleTo(projector)
    assert projector.speaking_label.text() == "Redezeit Verwaltung 2:15 · extern 1:00"

    # a crash mid-speech: the window goes, a new one finds the speech and its start
    window.close()
    clock.advance(seconds=20)
    window = open_window(qtbot, hub, sid, clock)
    assert external[0].name in window.speakers.running_label.text()
    assert window.speakers.running_label.text().endswith("1:20")
    assert waiting_names(window) == [admin[0].name]
    qtbot.keyClick(window, Qt.Key.Key_F7)
    clock.advance(seconds=30)
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)  # ends
    assert window.speakers.running_label.text() == "Niemand spricht."
    assert "Verwaltung 2:45 · extern 1:20" in window.speakers.times_label.text()

    # the same item ends with a ranked poll of the four present, entered in the grid
    ranked_poll(qtbot, window, [p.id for p in admin + external])

    # end the session and read the minutes back
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert scalar(hub, "SELECT status FROM meeting WHERE id = ?", sid) == "closed"
    target = tmp_path / "Protokoll.docx"
    answers.files.append(target)
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=15_000):
        window.act_export_minutes.trigger()
    qtbot.waitUntil(target.is_file)
    document = docx.Document(str(target))
    assert "Redezeit" in [p.text for p in document.paragraphs]
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Tagesordnungspunkt")
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[1][0].startswith("TOP 1: ") and rows[1][1:] == ["3", "2:45", "1:20"]
    assert rows[-1] == ["Sitzung gesamt", "3", "2:45", "1:20"]
    paragraphs = [p.text for p in document.paragraphs]
    assert "Ergebnis: 1. Elterncafes – 8 Punkte" in paragraphs
    ranking = next([[c.text for c in row.cells] for row in t.rows] for t in document.tables
                   if any(c.text == "Elterncafes" for row in t.rows for c in row.cells))
    assert [row[1:3] for row in ranking[1:]] == [["Elterncafes", "8"], ["Infoabende", "7"],
                                                 ["Hausbesuche", "5"]]
    window.close()


def _grid_place(qtbot: Any, spin: Any, place: str) -> None:
    """Click a cell of the ranking grid, type the place, Enter: as a facilitator does."""
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, place)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def ranked_poll(qtbot: Any, window: LiveSessionWindow, voters: list[str]) -> None:
    """A ranked poll (Borda, every option may be ranked) opened, filled and closed."""
    tabs = window.tabs
    index = tabs.indexOf(window.votes)
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(index).center())
    assert tabs.currentWidget() is window.votes
    panel = window.votes
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    form = panel.form
    qtbot.keyClicks(form.question, "Reihenfolge der Zugangswege")
    form.method.setFocus()
    qtbot.keyClick(form.method, Qt.Key.Key_End)  # "Rangfolge", the last method
    assert form.method.currentData() == "ranked"
    for label in ("Elterncafes", "Infoabende", "Hausbesuche"):
        qtbot.mouseClick(form.option_text, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(form.option_text, label)
        qtbot.keyClick(form.option_text, Qt.Key.Key_Return)
    qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)
    vote_id = panel.vote_id
    assert vote_id is not None
    cafes, info, haus = (o.id for o in window.hub.service.votes.get_vote(vote_id).vote.options)
    places = {voters[0]: {cafes: "1", info: "2"}, voters[1]: {info: "1", cafes: "2"},
              voters[2]: {cafes: "1", haus: "2"}, voters[3]: {haus: "1", info: "2"}}
    for person, ranks in places.items():  # k = 3: places earn 3, 2, 1 points
        for option, place in ranks.items():
            _grid_place(qtbot, panel.ranked.spin(option, person), place)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    closed = window.hub.service.votes.get_vote(vote_id).vote
    assert closed.status == "closed"
    assert [(r["option_id"], r["points"], r["rank"]) for r in closed.result["ranking"]] == [
        (cafes, 8, 1), (info, 7, 2), (haus, 5, 3)]

