"""The live window in front of twenty people, at 1366×768, by keyboard.

A group of twenty members votes; the facilitator enters every ballot with the keys
(arrows, J/N/E, 1/2/3, Enter), the grid takes the window's height while voting, nothing
in the live window is clipped, the Beamer wraps long option labels and can be shown
inside the live window (one mirrored screen), and a screen reader hears the countdown
warnings, the quorum and each ballot without a click.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.live import TAB_VOTES, LiveSessionWindow

T0 = datetime(2027, 1, 19, 17, 0)


def activate(qtbot: Any, window: QWidget) -> None:
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def key(qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
    """A key press where the focus is, as a keyboard user types it."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, modifier)


def twenty_member_session(hub: Any) -> tuple[str, list[str]]:
    """The demo's planned session, its group grown to twenty members, all present."""
    with hub.catalogue.read() as conn:
        sid = str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' ORDER BY starts_at LIMIT 1"
        ).scalar())
    group_id = hub.service.meetings.get_meeting(sid).group_id
    group = hub.record("group", group_id)
    members = [m.person_id for m in group.members if m.role == "member"]
    n = 0
    while len(members) < 20:
        side = "administration" if n % 2 else "external"
        name = f"Mitglied Nummer {n + 1:02d} Langername"
        person = hub.service.people.add_person(name, side).value
        hub.service.people.set_member(group_id, person.id, "member")
        members.append(person.id)
        n += 1
    hub.service.people.set_group_vote_defaults(group_id, "yes_no",
                                        {"quorum_min_present": 11, "majority": "simple"})
    hub.service.meetings.start_meeting(sid, now=T0)
    for person_id in members:
        hub.service.meetings.set_attendance(sid, person_id, True)
    return sid, members


@pytest.fixture
def live(hub: Any, qtbot: Any) -> LiveSessionWindow:
    sid, _members = twenty_member_session(hub)
    window = LiveSessionWindow(hub, sid, ManualClock(T0))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def open_yes_no(live: LiveSessionWindow) -> str:
    state = live.hub.run_without_undo(lambda s: s.votes.open_vote(
        live.session_id, "Sollen die Sprachcafés bleiben?", "yes_no", {"majority": "simple"}))
    assert state is not None
    assert live.votes is not None
    live.votes.select_vote(state.vote.id)
    return str(state.vote.id)


def stored_ballots(live: LiveSessionWindow, vote_id: str) -> dict[str, str]:
    vote = live.hub.service.votes.get_vote(vote_id).vote
    return {b["person_id"]: b["choice"] for b in vote.ballots}


def test_twenty_ballots_are_entered_by_keyboard_in_the_full_height(
        live: LiveSessionWindow, qtbot: Any) -> None:
    vote_id = open_yes_no(live)
    key(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # "Abstimmungen"
    assert live.tabs.currentIndex() == TAB_VOTES
    assert live.top_area.isHidden()  # the grid takes the window's height
    assert live.votes is not None
    entry = live.votes.yes_no
    voters = [v.person_id for v in entry.state.voters]
    assert len(voters) == 20
    area = entry.grid_area
    QApplication.processEvents()
    viewport = area.viewport()
    visible = [p for p in voters if viewport.rect().contains(entry.button(p, "yes").mapTo(
        viewport, QPoint(0, entry.button(p, "yes").height() - 1)))]
    # at 768 px about half of twenty rows show at once; the rest scroll with the focus
    assert len(visible) >= 9, f"only {len(visible)} of 20 voters visible at 1366×768"
    assert live.height() <= 768 and area.height() >= 0.38 * live.height()

    entry.button(voters[0], "yes").setFocus()
    expected: dict[str, str] = {}
    keys = {"yes": [Qt.Key.Key_J, Qt.Key.Key_1], "no": [Qt.Key.Key_N, Qt.Key.Key_2],
            "abstain": [Qt.Key.Key_E, Qt.Key.Key_3]}
    plan = ["yes", "no", "abstain", None, "yes", "yes", "no", "yes", "abstain", "yes",
            "yes", "no", "yes", None, "yes", "abstain", "yes", "no", "yes", "yes"]
    for i, (person_id, choice) in enumerate(zip(voters, plan, strict=True)):
        focused = QApplication.focusWidget()
        assert focused in entry.buttons[person_id].values(), f"row {i} lost the focus"
        if choice is None:
            key(qtbot, Qt.Key.Key_Return)  # nobody's hand: next voter
            continue
        key(qtbot, keys[choice][i % 2])
        expected[person_id] = choice
    assert stored_ballots(live, vote_id) == expected
    # the last row stays reachable, the grid followed the focus
    last = entry.button(voters[-1], "yes")
    assert area.viewport().rect().intersects(
        last.geometry().translated(entry.grid_area.widget().pos()))

    # arrows move, Delete takes back
    entry.button(voters[1], "no").setFocus()
    key(qtbot, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is entry.button(voters[0], "no")
    key(qtbot, Qt.Key.Key_Left)
    assert QApplication.focusWidget() is entry.button(voters[0], "yes")
    key(qtbot, Qt.Key.Key_Delete)
    assert voters[0] not in stored_ballots(live, vote_id)

    # the screen reader heard the ballots, the name and the running count
    spoken = live.announcer.spoken
    name0 = entry.state.voters[1].display
    assert f"{name0}: Nein. 2 von 20 Stimmen erfasst." in spoken
    assert any("zurückgenommen" in text for text in spoken)
    assert live.announcer.label.accessibleName() == spoken[-1]

    key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not live.top_area.isHidden()


def test_countdown_and_quorum_are_announced_without_a_click(
        live: LiveSessionWindow, qtbot: Any) -> None:
    spoken = live.announcer.spoken
    agenda = live.state.meeting.agenda
    live.hub.run_without_undo(lambda s: s.meetings.set_current_item(live.session_id, agenda[0].id,
                                               now=live.clock.now()))
    minutes = agenda[0].minutes
    assert minutes is not None and minutes > 5
    clock = live.clock
    assert isinstance(clock, ManualClock)
    clock.advance(minutes=minutes - 6)
    assert not spoken
    clock.advance(minutes=1)
    assert spoken[-1] == "Noch 5 Minuten für diesen Tagesordnungspunkt."
    clock.advance(minutes=1)  # no repetition inside the same warning
    assert len(spoken) == 1
    clock.advance(minutes=3)
    assert spoken[-1] == "Noch eine Minute für diesen Tagesordnungspunkt."
    clock.advance(minutes=1)
    assert spoken[-1] == "Die Zeit für diesen Tagesordnungspunkt ist abgelaufen."
    assert len(spoken) == 3

    # quorum: eleven of the twenty must be present; click ten out
    buttons = [b for b in live.attendance.attendance_buttons.values() if b.isChecked()]
    assert len(buttons) == 20
    for button in buttons[:9]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(spoken) == 3
    qtbot.mouseClick(buttons[9], Qt.MouseButton.LeftButton)
    assert spoken[-1].startswith("Nicht mehr beschlussfähig")
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert spoken[-1].startswith("Beschlussfähig")
    assert live.announcer.label.text() == spoken[-1]


def test_nothing_is_clipped_in_the_live_window(live: LiveSessionWindow, qtbot: Any) -> None:
    # checked attendance toggles are bold: the whole name fits
    checked = [b for b in live.attendance.attendance_buttons.values() if b.isChecked()]
    assert len(checked) == 20
    for button in checked:
        assert button.text().startswith("✓ ")  # present is said, not only coloured
        assert button.width() >= button.fontMetrics().horizontalAdvance(button.text()) + 16, \
            button.text()
    # a long agenda title wraps instead of scrolling sideways
    agenda = live.state.meeting.agenda
    long_title = ("Übergänge von der Schule in Ausbildung und Beruf für junge Menschen mit "
                  "internationaler Geschichte in allen Stadtbezirken")
    live.hub.run_without_undo(lambda s: s.meetings.update_agenda_item(live.session_id, agenda[0].id,
                                                 title=long_title))
    view: QListWidget = live.agenda.agenda_list
    qtbot.waitUntil(lambda: any(long_title in view.item(i).text() for i in range(view.count())))
    row = next(i for i in range(view.count()) if long_title in view.item(i).text())
    rect = view.visualRect(view.model().index(row, 0))
    assert view.horizontalScrollBar().maximum() == 0
    assert rect.width() <= view.viewport().width()
    assert rect.height() >= 2 * view.fontMetrics().lineSpacing()  # two lines, not cut


def test_the_beamer_wraps_long_option_labels(live: LiveSessionWindow, qtbot: Any) -> None:
    labels = ("Sprachmittlung durch geschulte Ehrenamtliche in allen Beratungsstellen",
              "Sprachmittlung per Video in den Bürgerämtern und Stadtteilzentren",
              "Mehrsprachige Broschüren")
    state = live.hub.run_without_undo(lambda s: s.votes.open_vote(
        live.session_id, "Welche Angebote zuerst?", "dots",
        {"dots_per_person": 3, "max_per_option": 3}, options=list(labels)))
    assert state is not None
    voters = [v.person_id for v in state.voters]
    for i, person_id in enumerate(voters[:6]):
        option = state.vote.options[i % 3].id
        live.hub.run_without_undo(lambda s, p=person_id, o=option: s.votes.cast_ballot(
            state.vote.id, p, option_id=o, points=1))
    live.show_vote_on_projector(state.vote.id)
    projector = live.projector
    assert projector is not None
    projector.showNormal()
    projector.resize(1280, 720)
    qtbot.waitExposed(projector)
    projector.chart.grab()  # paint
    drawn = projector.chart.drawn_labels
    assert [label.split(". ", 1)[1] for label, _r, _f in drawn] == list(labels)
    for label, rect, font in drawn:
        box = QFontMetricsF(font).boundingRect(rect, int(Qt.TextFlag.TextWordWrap), label)
        assert box.height() <= rect.height() + 0.5 and box.width() <= rect.width() + 0.5, label
    assert any(QFontMetricsF(f).horizontalAdvance(label) > r.width() for label, r, f in drawn), \
        "the long labels did need wrapping"
    assert live.act_projector.text().replace("&", "").startswith("Beamer")


def test_single_screen_mode_shows_the_beamer_inside_the_live_window(
        live: LiveSessionWindow, qtbot: Any) -> None:
    live.capture.capture_title.setFocus()
    key(qtbot, Qt.Key.Key_F6)
    view = live.beamer_view.view if live.beamer_view is not None else None
    assert view is not None and view.isVisible() and not view.isWindow()
    assert view.geometry() == live.rect()
    assert QApplication.focusWidget() is view
    assert view.item_label.text()  # the room sees the agenda item
    live.resize(1280, 720)
    qtbot.waitUntil(lambda: view.geometry() == live.rect())
    key(qtbot, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert QApplication.focusWidget() is live.capture.capture_title  # back where the work was
