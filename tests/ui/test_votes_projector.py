"""Votes in the live session and the projector, as the facilitator uses them.

The demo's planned Bildung session is started, all members (and the facilitator) are
marked present; ballots are clicked into the panel's grids and must be what is stored,
every figure on screen must be the stored result, and refusals come back as the
model's German messages with the grid showing the stored state again. The projector
must show the agenda item, the time, vote results as charts, and never a private note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QLabel

from lip_desktop.model.vote_wording import yes_no_line as summarize_yes_no
from lip_desktop.ui.session.clock import ManualClock
from lip_desktop.ui.session.projector import ProjectorWindow, chart_for
from lip_desktop.ui.session.votes import (
    PASSIVE_OPTION,
    RankingModel,
    VoteListModel,
    VotePanel,
    percent_text,
    read_session_votes,
)

T0 = datetime(2027, 1, 19, 17, 0)
ADMIN, EXTERNAL = "administration", "external"


@dataclass
class Room:
    """The started session: who votes, on which side, and who only facilitates."""

    session_id: str
    members: list[str]
    sides: dict[str, str]
    facilitator: str
    clock: ManualClock

    def side(self, side: str) -> list[str]:
        return [p for p in self.members if self.sides[p] == side]


@pytest.fixture
def room(hub: Any) -> Room:
    with hub.catalogue.read() as conn:
        sid = str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' LIMIT 1").scalar())
    hub.service.meetings.start_meeting(sid, now=T0)
    group = hub.record("group", hub.service.meetings.get_meeting(sid).group_id)
    members = [m.person_id for m in group.members if m.role == "member"]
    facilitator = next(m.person_id for m in group.members if m.role == "facilitator")
    for person_id in [*members, facilitator]:
        hub.service.meetings.set_attendance(sid, person_id, True)
    sides = {p: hub.record("person", p).side for p in members}
    return Room(sid, members, sides, facilitator, ManualClock(T0))


@pytest.fixture
def panel(hub: Any, room: Room, qtbot: Any) -> VotePanel:
    p = VotePanel(hub, room.session_id, room.clock)
    qtbot.addWidget(p)
    return p


def open_vote(panel: VotePanel, question: str, method: str = "yes_no",
              options: tuple[str, ...] = (), **rule: Any) -> str:
    """Fill the "Neue Abstimmung" form like a facilitator and open the vote."""
    panel.new_button.click()
    form = panel.form
    assert panel.pages.currentWidget() is form
    form.question.setText(question)
    form.method.setCurrentIndex(form.method.findData(method))
    if "parity" in rule:
        form.parity.setChecked(rule["parity"])
    if "dots_per_person" in rule:
        form.dots_per_person.setValue(rule["dots_per_person"])
    if "max_per_option" in rule:
        form.max_per_option.setValue(rule["max_per_option"])
    for label in options:
        form.option_text.setText(label)
        form.add_option_button.click()
    vote_id = form.open_vote()
    assert vote_id is not None
    assert panel.vote_id == vote_id and panel.pages.currentIndex() == 0
    return vote_id


def ballots(hub: Any, vote_id: str) -> dict[Any, Any]:
    vote = hub.service.votes.get_vote(vote_id).vote
    if vote.method == "yes_no":
        return {b["person_id"]: b["choice"] for b in vote.ballots}
    key = "points" if vote.method == "dots" else "resistance"
    return {(b["option_id"], b["person_id"]): b[key] for b in vote.ballots}


# --- yes/no ------------------------------------------------------------------------------


def test_yes_no_with_parity_clicked_into_the_grid(hub: Any, room: Room, panel: VotePanel,
                                                  answers: Any) -> None:
    vote_id = open_vote(panel, "Soll das Übergangscoaching beschlossen werden?", parity=True)
    vote = hub.service.votes.get_vote(vote_id).vote
    assert vote.rule["parity"] is True and vote.status == "open"
    entry = panel.yes_no
    assert panel.entries.currentWidget() is entry
    # Only present members vote: the facilitator, present too, has no row.
    assert set(entry.buttons) == set(room.members)
    assert room.facilitator not in entry.buttons

    admin, external = room.side(ADMIN), room.side(EXTERNAL)
    for person, choice in ((admin[0], "yes"), (admin[1], "yes"), (external[0], "yes"),
                           (external[1], "no")):
        entry.button(person, choice).click()
    assert ballots(hub, vote_id) == {admin[0]: "yes", admin[1]: "yes", external[0]: "yes",
                                     external[1]: "no"}
    result = hub.service.votes.get_vote(vote_id).vote.result
    # external is split 1:1, so the double majority fails although 3 > 1 overall
    assert entry.result_label.text() == summarize_yes_no(result)
    assert entry.result_label.text() == "Ja 3 / Nein 1 / Enthaltung 0 – abgelehnt"
    assert "Verwaltung: Ja 2 / Nein 0 / Enthaltung 0 – Mehrheit" in entry.side_label.text()
    assert "extern: Ja 1 / Nein 1 / Enthaltung 0 – keine Mehrheit" in entry.side_label.text()
    assert entry.button(admin[0], "yes").isChecked()
    assert not entry.button(admin[0], "no").isChecked()
    row = panel.model.row_of(vote_id)
    assert panel.model.index(row, 3).data() == summarize_yes_no(result)

    # A correction replaces the earlier ballot; the highlight follows the stored one.
    entry.button(admin[0], "abstain").click()
    assert ballots(hub, vote_id)[admin[0]] == "abstain"
    assert entry.button(admin[0], "abstain").isChecked()
    assert not entry.button(admin[0], "yes").isChecked()
    assert entry.result_label.text() == "Ja 2 / Nein 1 / Enthaltung 1 – abgelehnt"
    # Taking a ballot back.
    entry.take_back[external[1]].click()
    assert external[1] not in ballots(hub, vote_id)
    assert not any(b.isChecked() for b in entry.buttons[external[1]].values())

    # The facilitator is no voter: the service refuses, in German, and stores nothing.
    assert hub.run_without_undo(lambda s: s.votes.cast_ballot(vote_id, room.facilitator,
                                                              choice="yes")) is None
    assert "nicht stimmberechtigt" in answers.texts()
    assert room.facilitator not in ballots(hub, vote_id)


def test_show_of_hands_counts_per_side(hub: Any, room: Room, panel: VotePanel,
                                       answers: Any) -> None:
    vote_id = open_vote(panel, "Handzeichen zum Bericht", parity=True)
    entry = panel.yes_no
    entry.counts_mode.click()
    assert entry.pages.currentIndex() == 1
    entry.count_spins[ADMIN, "yes"].setValue(3)
    entry.count_spins[EXTERNAL, "yes"].setValue(2)
    entry.count_spins[EXTERNAL, "no"].setValue(1)
    counts = hub.service.votes.get_vote(vote_id).vote.counts
    assert counts == {ADMIN: {"yes": 3, "no": 0, "abstain": 0},
                      EXTERNAL: {"yes": 2, "no": 1, "abstain": 0}}
    result = hub.service.votes.get_vote(vote_id).vote.result
    assert entry.result_label.text() == summarize_yes_no(result)
    assert entry.result_label.text() == "Ja 5 / Nein 1 / Enthaltung 0 – angenommen"

    # Four administration members are present: five hands are refused, the box reverts.
    entry.count_spins[ADMIN, "yes"].setValue(5)
    assert "nur 4 anwesenden" in answers.texts()
    assert entry.count_spins[ADMIN, "yes"].value() == 3
    assert hub.service.votes.get_vote(vote_id).vote.counts[ADMIN]["yes"] == 3

    # Counts and ballots never mix; discarding the counts allows ballots again.
    assert not entry.cast(room.members[0], "yes")
    assert "entweder Einzelstimmen oder Summen" in answers.texts()
    entry.discard_counts_button.click()
    assert hub.service.votes.get_vote(vote_id).vote.counts is None
    entry.ballots_mode.click()
    entry.button(room.members[0], "yes").click()
    assert ballots(hub, vote_id) == {room.members[0]: "yes"}


def test_closing_freezes_and_the_annotation_stays_editable(
        hub: Any, room: Room, panel: VotePanel, answers: Any) -> None:
    vote_id = open_vote(panel, "Soll die Maßnahme beschlossen werden?")
    entry = panel.yes_no
    for person in room.members[:3]:
        entry.button(person, "yes").click()
    assert panel.close_button.isEnabled() and not panel.new_round_button.isEnabled()
    panel.close_button.click()
    assert any("Abstimmung schließen" in title for title, _ in answers.shown)
    vote = hub.service.votes.get_vote(vote_id).vote
    assert vote.status == "closed"
    assert not any(b.isEnabled() for row in entry.buttons.values() for b in row.values())
    assert not any(b.isEnabled() for b in entry.take_back.values())
    assert not any(s.isEnabled() for s in entry.count_spins.values())
    assert not entry.counts_mode.isEnabled()
    assert not panel.close_button.isEnabled() and panel.new_round_button.isEnabled()
    assert panel.model.index(panel.model.row_of(vote_id), 2).data() == "abgeschlossen"

    assert hub.run_without_undo(lambda s: s.votes.cast_ballot(vote_id, room.members[4],
                                                              choice="no")) is None
    assert "abgeschlossen" in answers.shown[-1][1]
    assert ballots(hub, vote_id) == dict.fromkeys(room.members[:3], "yes")

    assert panel.note_edit.isEnabled()
    panel.note_edit.setPlainText("Frau Keller bittet um Prüfung der Kosten.")
    panel.save_note_button.click()
    assert hub.service.votes.vote_note(vote_id) == "Frau Keller bittet um Prüfung der Kosten."
    assert hub.service.votes.get_vote(vote_id).vote.result == vote.result

    # Each vote shows its own annotation; a note typed before switching is kept.
    other = open_vote(panel, "Noch eine Frage")
    assert panel.note_edit.toPlainText() == ""
    panel.note_edit.setPlainText("Zur zweiten Frage")
    panel.select_vote(vote_id)
    assert hub.service.votes.vote_note(other) == "Zur zweiten Frage"
    assert panel.note_edit.toPlainText() == "Frau Keller bittet um Prüfung der Kosten."
    panel.select_vote(other)
    assert panel.note_edit.toPlainText() == "Zur zweiten Frage"


def test_a_declined_close_changes_nothing(hub: Any, panel: VotePanel, answers: Any) -> None:
    vote_id = open_vote(panel, "Vertagen?")
    answers.yes = False
    panel.close_button.click()
    assert hub.service.votes.get_vote(vote_id).vote.status == "open"


# --- dots ---------------------------------------------------------------------------------


def test_dots_limits_are_the_models_and_the_spin_box_reverts(
        hub: Any, room: Room, panel: VotePanel, answers: Any) -> None:
    vote_id = open_vote(panel, "Prioritäten im Ziel BIL-Z2", "dots",
                        ("Deutschkurse mit Kinderbetreuung", "Sprachcafés", "Lernpatenschaften"),
                        dots_per_person=3, max_per_option=2)
    vote = hub.service.votes.get_vote(vote_id).vote
    assert vote.rule == {"dots_per_person": 3, "max_per_option": 2}
    kurse, cafes, paten = (o.id for o in vote.options)
    entry = panel.dots
    assert panel.entries.currentWidget() is entry
    first, second = room.members[0], room.members[1]
    assert room.facilitator not in {person for _, person in entry.spins}
    assert entry.remaining[first].text() == "noch 3 Punkte"

    entry.spin(kurse, first).setValue(2)
    assert ballots(hub, vote_id) == {(kurse, first): 2}
    assert entry.remaining[first].text() == "noch 1 Punkt"

    # Two more would make four: refused with the rule named, the spin box shows 0 again.
    entry.spin(cafes, first).setValue(2)
    assert "erlaubt sind höchstens 3 je Person" in answers.texts()
    assert entry.spin(cafes, first).value() == 0
    assert ballots(hub, vote_id) == {(kurse, first): 2}
    # Three on one option break the limit per option.
    entry.spin(paten, second).setValue(3)
    assert "höchstens 2 je Option" in answers.texts()
    assert entry.spin(paten, second).value() == 0

    entry.spin(cafes, first).setValue(1)
    entry.spin(cafes, second).setValue(2)
    entry.spin(paten, second).setValue(1)
    assert entry.remaining[first].text() == "noch 0 Punkte"
    result = hub.service.votes.get_vote(vote_id).vote.result
    ranking = entry.ranking
    assert [ranking.entry(r) for r in range(ranking.rowCount())] == result["ranking"]
    assert ranking.index(0, 1).data() == "Sprachcafés"
    assert ranking.index(0, 2).data() == "3"
    assert ranking.index(0, 0).data() == "1."
    assert panel.model.index(panel.model.row_of(vote_id), 3).data() == \
        "1. Sprachcafés – 3 Punkte"

    # 0 points takes the dots off the option.
    entry.spin(kurse, first).setValue(0)
    assert (kurse, first) not in ballots(hub, vote_id)
    assert entry.remaining[first].text() == "noch 2 Punkte"


# --- consent ------------------------------------------------------------------------------


def test_consent_with_passive_option_ranking_and_new_round(
        hub: Any, room: Room, panel: VotePanel, answers: Any) -> None:
    panel.new_button.click()
    form = panel.form
    form.method.setCurrentIndex(form.method.findData("consent"))
    assert form.option_labels() == [PASSIVE_OPTION]  # offered by default
    form.method.setCurrentIndex(form.method.findData("dots"))
    assert form.option_labels() == []
    form.cancel_button.click()
    assert panel.pages.currentIndex() == 0

    vote_id = open_vote(panel, "Wie geht es mit den Sprachcafés weiter?", "consent",
                        ("dauerhaft", "befristet zwei Jahre"))
    vote = hub.service.votes.get_vote(vote_id).vote
    assert [o.label for o in vote.options] == ["dauerhaft", "befristet zwei Jahre",
                                               PASSIVE_OPTION]
    permanent, limited, passive = (o.id for o in vote.options)
    entry = panel.consent
    assert panel.entries.currentWidget() is entry
    assert entry.spin(permanent, room.members[0]).value() == entry.unrated
    assert entry.spin(permanent, room.members[0]).text() == "–"

    for person, (a, b, c) in zip(room.members[:4],
                                 ((2, 5, 9), (0, 3, 10), (4, 4, 8), (1, 6, 7)), strict=True):
        entry.spin(permanent, person).setValue(a)
        entry.spin(limited, person).setValue(b)
        entry.spin(passive, person).setValue(c)
    assert len(ballots(hub, vote_id)) == 12
    result = hub.service.votes.get_vote(vote_id).vote.result
    ranking = entry.ranking
    assert [ranking.entry(r) for r in range(ranking.rowCount())] == result["ranking"]
    assert ranking.index(0, 1).data() == "dauerhaft"
    assert ranking.index(0, 3).data() == "82,5 %"  # mean 1.75 of 10
    for row, item in enumerate(result["ranking"]):
        assert ranking.index(row, 3).data() == percent_text(item["acceptance"])
    assert ranking.index(2, 1).data() == PASSIVE_OPTION

    # Out of range is refused by the model; "–" takes a rating back.
    assert hub.run_without_undo(lambda s: s.votes.cast_ballot(vote_id, room.members[5],
                                                              option_id=passive,
                                            resistance=11)) is None
    assert "von 0 bis 10" in answers.texts()
    entry.spin(passive, room.members[3]).setValue(entry.unrated)
    assert (passive, room.members[3]) not in ballots(hub, vote_id)

    # A new round: same question, rule and options, a new open vote, selected.
    panel.close_button.click()
    panel.new_round_button.click()
    new_id = panel.vote_id
    assert new_id is not None and new_id != vote_id
    new = hub.service.votes.get_vote(new_id).vote
    assert (new.question, new.method, new.rule, new.status) == (
        vote.question, vote.method, vote.rule, "open")
    assert [o.label for o in new.options] == [o.label for o in vote.options]
    assert [v.id for v in read_session_votes(hub, room.session_id)] == [vote_id, new_id]
    assert panel.list_view.currentIndex().row() == panel.model.row_of(new_id)
    assert entry.spin(new.options[0].id, room.members[0]).isEnabled()


# --- the form ------------------------------------------------------------------------------


def test_form_prefills_from_agenda_item_and_group_defaults(hub: Any, room: Room,
                                                           panel: VotePanel) -> None:
    meeting = hub.service.meetings.get_meeting(room.session_id)
    form = panel.form
    panel.new_button.click()
    assert form.question.text() == ""  # the first item has no subject: a free question
    assert not form.subject_check.isChecked()

    hub.service.people.set_group_vote_defaults(meeting.group_id, "yes_no", {
        "quorum_min_present": 5, "majority": "two_thirds", "parity": True})
    item = meeting.agenda[2]  # Übergangscoaching, a measure
    hub.run_without_undo(lambda s: s.meetings.set_current_item(room.session_id, item.id, now=T0))
    measure = hub.record("measure", item.subject_id)
    panel.new_button.click()
    assert form.question.text() == (
        f"Soll die Maßnahme {measure.code} „{measure.title}“ beschlossen werden?")
    assert form.subject_check.isChecked()
    assert form.quorum.value() == 5 and form.parity.isChecked()
    assert form.majority.currentData() == "two_thirds"
    assert form.majority.currentText() == "Zwei-Drittel-Mehrheit"
    form.quorum.setValue(6)  # edited before opening
    vote_id = form.open_vote()
    assert vote_id is not None
    vote = hub.service.votes.get_vote(vote_id).vote
    assert vote.rule == {"quorum_min_present": 6, "majority": "two_thirds", "parity": True}
    assert (vote.subject_type, vote.subject_id) == ("measure", measure.id)
    assert "Quorum: mindestens 6" in panel.info_label.text()

    goal_item = meeting.agenda[3]  # a goal: its measures can become options
    hub.run_without_undo(lambda s: s.meetings.set_current_item(room.session_id, goal_item.id,
                                                               now=T0))
    panel.new_button.click()
    assert form.goal_measures_button.isEnabled()
    form.method.setCurrentIndex(form.method.findData("dots"))
    form.goal_measures_button.click()
    assert form.options.count() > 0


def test_refused_form_stays_open(hub: Any, panel: VotePanel, answers: Any) -> None:
    panel.new_button.click()
    panel.form.method.setCurrentIndex(panel.form.method.findData("dots"))
    panel.form.question.setText("Ohne Optionen")
    assert panel.form.open_vote() is None
    assert "mindestens eine Option" in answers.texts()
    assert panel.pages.currentWidget() is panel.form


def test_models_pass_the_qt_model_tester(hub: Any, room: Room, panel: VotePanel,
                                         qtmodeltester: Any) -> None:
    open_vote(panel, "Ja oder nein?")
    dots_id = open_vote(panel, "Punkte", "dots", ("A", "B"))
    panel.dots.spin(hub.service.votes.get_vote(dots_id).vote.options[1].id,
                    room.members[0]).setValue(2)
    consent_id = open_vote(panel, "Widerstand", "consent", ("A",))
    qtmodeltester.check(VoteListModel(hub, room.session_id))
    for vote_id in (dots_id, consent_id):
        model = RankingModel()
        model.set_vote(hub.service.votes.get_vote(vote_id).vote)
        assert model.rowCount() > 0
        qtmodeltester.check(model)


# --- projector ----------------------------------------------------------------------------


@pytest.fixture
def projector(hub: Any, room: Room, qtbot: Any) -> ProjectorWindow:
    window = ProjectorWindow(hub, room.session_id, room.clock)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _label_texts(window: ProjectorWindow) -> str:
    return "\n".join([window.windowTitle(), *(label.text() for label in
                                              window.findChildren(QLabel)),
                      *window.chart.chart.texts()])


def test_projector_shows_agenda_item_and_countdown(hub: Any, room: Room,
                                                   projector: ProjectorWindow) -> None:
    agenda = hub.service.meetings.get_meeting(room.session_id).agenda
    assert projector.item_label.text() == agenda[0].title
    assert projector.position_label.text() == f"TOP 1 von {len(agenda)}"
    before = projector.time_label.text()
    assert before == "15:00"
    room.clock.advance(minutes=1)
    assert projector.time_label.text() == "14:00"
    room.clock.advance(minutes=15)
    assert projector.time_label.text() == "−01:00"  # overrun, in red
    assert "#c62828" in projector.time_label.styleSheet()
    hub.run_without_undo(lambda s: s.meetings.set_current_item(room.session_id, agenda[1].id,
                                          now=room.clock.now()))
    assert projector.item_label.text() == agenda[1].title
    assert projector.time_label.text() == f"{agenda[1].minutes:02d}:00"
    assert "anwesend: Verwaltung 4 · extern 4" in projector.attendance_label.text()

    projector.show_text("Kompromiss: befristet auf zwei Jahre, dann Bericht.")
    assert projector.content.currentWidget() is projector.text_label
    assert projector.text_label.text().startswith("Kompromiss")
    projector.clear_content()
    assert projector.content.currentWidget() is projector.empty_page


def _distinct_colours(window: Any) -> set[int]:
    image = window.grab().toImage()
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    return {image.pixel(x, y) for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)}


def test_projector_draws_yes_no_result_per_side(hub: Any, room: Room, panel: VotePanel,
                                                projector: ProjectorWindow) -> None:
    vote_id = open_vote(panel, "Soll die Maßnahme beschlossen werden?", parity=True)
    admin, external = room.side(ADMIN), room.side(EXTERNAL)
    for person in admin[:3]:
        panel.yes_no.button(person, "yes").click()
    panel.yes_no.button(external[0], "no").click()
    panel.yes_no.button(external[1], "abstain").click()
    projector.show_vote(vote_id)
    result = hub.service.votes.get_vote(vote_id).vote.result
    groups = {g.title: g for g in projector.chart.chart.groups}
    assert set(groups) == {"Verwaltung", "extern", "zusammen"}
    for title, figures in (("Verwaltung", result["by_side"][ADMIN]),
                           ("extern", result["by_side"][EXTERNAL]), ("zusammen", result)):
        assert [(b.label, b.value, b.text) for b in groups[title].bars] == [
            ("Ja", figures["yes"], str(figures["yes"])),
            ("Nein", figures["no"], str(figures["no"])),
            ("Enthaltung", figures["abstain"], str(figures["abstain"]))]
    assert groups["Verwaltung"].note == "Mehrheit" and groups["extern"].note == "keine Mehrheit"
    assert groups["zusammen"].note == "abgelehnt"
    assert summarize_yes_no(result) in projector.summary_label.text()
    assert projector.question_label.text() == "Soll die Maßnahme beschlossen werden?"
    colours = _distinct_colours(projector.chart)
    assert len(colours) > 3
    assert QColor("#2e7d32").rgb() in colours  # the yes bars are drawn

    # The wall follows new ballots.
    panel.yes_no.button(external[2], "yes").click()
    panel.yes_no.button(external[3], "yes").click()
    result = hub.service.votes.get_vote(vote_id).vote.result
    assert chart_for(hub.service.votes.get_vote(vote_id).vote) == projector.chart.chart
    assert summarize_yes_no(result) in projector.summary_label.text()


def test_projector_draws_rankings(hub: Any, room: Room, panel: VotePanel,
                                  projector: ProjectorWindow) -> None:
    dots_id = open_vote(panel, "Prioritäten", "dots", ("Kurse", "Cafés", "Paten"))
    options = [o.id for o in hub.service.votes.get_vote(dots_id).vote.options]
    panel.dots.spin(options[1], room.members[0]).setValue(3)
    panel.dots.spin(options[2], room.members[1]).setValue(1)
    projector.show_vote(dots_id)
    ranking = hub.service.votes.get_vote(dots_id).vote.result["ranking"]
    bars = projector.chart.chart.groups[0].bars
    assert [(b.label, b.value) for b in bars] == [
        ("1. Cafés", 3), ("2. Paten", 1), ("3. Kurse", 0)]
    assert [b.value for b in bars] == [e["points"] for e in ranking]
    assert bars[0].text == "3 Punkte"
    assert len(_distinct_colours(projector.chart)) > 3

    consent_id = open_vote(panel, "Widerstand", "consent", ("Variante A",))
    options = [o.id for o in hub.service.votes.get_vote(consent_id).vote.options]
    panel.consent.spin(options[0], room.members[0]).setValue(2)
    panel.consent.spin(options[0], room.members[1]).setValue(3)
    projector.show_vote(consent_id)
    ranking = hub.service.votes.get_vote(consent_id).vote.result["ranking"]
    bars = projector.chart.chart.groups[0].bars
    assert [b.value for b in bars] == [e["acceptance"] or 0 for e in ranking]
    assert bars[0].text == "75 % · Ø Widerstand 2,5"
    assert bars[1].text == "nicht bewertet"  # the Passivlösung, nobody rated it yet
    assert len(_distinct_colours(projector.chart)) > 3


def test_projector_never_shows_private_notes(hub: Any, room: Room, panel: VotePanel,
                                             projector: ProjectorWindow) -> None:
    vote_id = open_vote(panel, "Öffentliche Frage")
    panel.yes_no.button(room.members[0], "yes").click()
    hub.run_without_undo(lambda s: s.meetings.update_meeting(room.session_id,
                                                             notes="Zebrafink vertraulich"))
    panel.close_button.click()
    panel.note_edit.setPlainText("Okapi-Anmerkung")
    panel.save_note_button.click()
    assert hub.service.votes.vote_note(vote_id) == "Okapi-Anmerkung"
    assert hub.service.meetings.get_meeting(room.session_id).notes == "Zebrafink vertraulich"
    projector.show_vote(vote_id)
    room.clock.advance(seconds=1)
    for show_vote in (True, False):
        if show_vote:
            projector.show_vote(vote_id)
        else:
            projector.clear_content()
        texts = _label_texts(projector)
        assert "Zebrafink" not in texts and "Okapi" not in texts
    projector.show_vote(vote_id)
    assert "Öffentliche Frage" in _label_texts(projector)  # the public part is there


def test_projector_goes_full_screen_on_a_chosen_screen(projector: ProjectorWindow,
                                                       qtbot: Any) -> None:
    screens = ProjectorWindow.available_screens()
    assert screens == QGuiApplication.screens()
    used = projector.choose_screen(screens[-1])
    assert used is screens[-1]
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    assert projector.choose_screen() in screens


def test_high_contrast_palette_reaches_the_buttons_and_the_projector(
        hub: Any, room: Room, panel: VotePanel, projector: ProjectorWindow,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One palette (``ui.palette``): asking for high contrast changes the vote buttons'
    and the projector's yes/no/abstain colours together."""
    from lip_desktop.ui import palette

    monkeypatch.setenv(palette.HIGH_CONTRAST_ENV, "1")
    assert palette.current() is palette.HIGH_CONTRAST
    vote_id = open_vote(panel, "Soll die Maßnahme beschlossen werden?")
    admin, external = room.side(ADMIN), room.side(EXTERNAL)
    panel.yes_no.button(admin[0], "yes").click()
    panel.yes_no.button(external[0], "no").click()
    assert palette.HIGH_CONTRAST.yes in panel.yes_no.button(admin[0], "yes").styleSheet()
    assert palette.HIGH_CONTRAST.no in panel.yes_no.button(admin[0], "no").styleSheet()
    projector.show_vote(vote_id)
    colours = _distinct_colours(projector.chart)
    assert QColor(palette.HIGH_CONTRAST.yes).rgb() in colours
    assert QColor(palette.HIGH_CONTRAST.no).rgb() in colours
    assert QColor(palette.STANDARD.yes).rgb() not in colours
    for bar in projector.chart.chart.groups[-1].bars:
        assert bar.colour in (palette.HIGH_CONTRAST.yes, palette.HIGH_CONTRAST.no,
                              palette.HIGH_CONTRAST.abstain)


# --- score and ranked polls -----------------------------------------------------------------


def _type_into(qtbot: Any, spin: Any, text: str) -> None:
    """Click a grid cell, replace its text and press Enter, as a facilitator does."""
    qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_a_ranked_poll_run_by_keyboard_and_mouse(
        hub: Any, room: Room, panel: VotePanel, projector: ProjectorWindow, qtbot: Any,
        answers: Any) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    form = panel.form
    qtbot.keyClicks(form.question, "Reihenfolge der Zugangswege?")
    form.method.setFocus()
    qtbot.keyClick(form.method, Qt.Key.Key_End)  # "Rangfolge", the last method
    assert form.method.currentData() == "ranked"
    assert form.rule_pages.currentIndex() == 4 and form.options_box.isVisible()
    qtbot.mouseClick(form.max_ranks.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.max_ranks, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.max_ranks, "2")
    for label in ("Elterncafes", "Infoabende", "Hausbesuche"):
        qtbot.mouseClick(form.option_text, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(form.option_text, label)
        qtbot.keyClick(form.option_text, Qt.Key.Key_Return)
    assert form.option_labels() == ["Elterncafes", "Infoabende", "Hausbesuche"]
    qtbot.mouseClick(form.open_button, Qt.MouseButton.LeftButton)

    vote_id = panel.vote_id
    assert vote_id is not None and panel.pages.currentIndex() == 0
    vote = hub.service.votes.get_vote(vote_id).vote
    assert (vote.method, vote.rule) == ("ranked", {"max_ranks": 2})
    cafes, info, haus = (o.id for o in vote.options)
    entry = panel.ranked
    assert panel.entries.currentWidget() is entry
    assert "höchstens 2 Plätze je Person" in panel.info_label.text()
    assert entry.spin(cafes, room.members[0]).maximum() == 2  # k = min(3 options, 2)
    v0, v1, v2 = room.members[:3]

    _type_into(qtbot, entry.spin(cafes, v0), "1")
    _type_into(qtbot, entry.spin(info, v0), "2")
    _type_into(qtbot, entry.spin(info, v1), "1")  # a ballot shorter than max_ranks
    _type_into(qtbot, entry.spin(haus, v2), "1")
    _type_into(qtbot, entry.spin(cafes, v2), "1")  # typed first: Hausbesuche moves down
    stored = {b["person_id"]: b["ranking"]
              for b in hub.service.votes.get_vote(vote_id).vote.ballots}
    assert stored == {v0: [cafes, info], v1: [info], v2: [cafes, haus]}
    assert entry.spin(haus, v2).value() == 2  # the grid shows the stored places
    assert entry.spin(haus, v1).text() == "–"

    # k = 2: a first place earns 2, a second 1; first places do not break ties
    ranking = entry.ranking
    shown = [[ranking.index(r, c).data() for c in range(4)] for r in range(ranking.rowCount())]
    assert shown == [["1.", "Elterncafes", "4", "2"], ["2.", "Infoabende", "3", "1"],
                     ["3.", "Hausbesuche", "1", "0"]]
    assert panel.model.index(panel.model.row_of(vote_id), 3).data() == \
        "1. Elterncafes – 4 Punkte"

    # taking every place back removes the voter's ballot
    _type_into(qtbot, entry.spin(info, v1), "0")
    assert v1 not in {b["person_id"] for b in hub.service.votes.get_vote(vote_id).vote.ballots}
    _type_into(qtbot, entry.spin(info, v1), "1")

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    closed = hub.service.votes.get_vote(vote_id).vote
    assert closed.status == "closed"
    assert not any(spin.isEnabled() for spin in entry.spins.values())
    qtbot.mouseClick(panel.project_button, Qt.MouseButton.LeftButton)
    projector.show_vote(vote_id)
    bars = projector.chart.chart.groups[0].bars
    assert [(b.label, b.value, b.text) for b in bars] == [
        ("1. Elterncafes", 4, "4 Punkte · 2 × Platz 1"),
        ("2. Infoabende", 3, "3 Punkte · 1 × Platz 1"),
        ("3. Hausbesuche", 1, "1 Punkt · 0 × Platz 1")]

    # a new round keeps the method, rule and options
    qtbot.mouseClick(panel.new_round_button, Qt.MouseButton.LeftButton)
    again = hub.service.votes.get_vote(panel.vote_id or "").vote
    assert (again.method, again.rule, [o.label for o in again.options]) == (
        "ranked", {"max_ranks": 2}, ["Elterncafes", "Infoabende", "Hausbesuche"])


def test_a_score_poll_in_the_grid_and_on_the_projector(
        hub: Any, room: Room, panel: VotePanel, projector: ProjectorWindow,
        answers: Any) -> None:
    hub.service.people.set_group_vote_defaults(
        hub.service.meetings.get_meeting(room.session_id).group_id, "score",
        {"scale_min": 1, "scale_max": 4})
    panel.new_button.click()
    form = panel.form
    form.method.setCurrentIndex(form.method.findData("score"))
    assert (form.score_min.value(), form.score_max.value()) == (1, 4)  # the group's default
    form.question.setText("Wie gut erreichen diese Wege Eltern?")
    for label in ("Cafés", "Briefe"):
        form.option_text.setText(label)
        form.add_option_button.click()
    vote_id = form.open_vote()
    assert vote_id is not None
    vote = hub.service.votes.get_vote(vote_id).vote
    cafes, briefe = (o.id for o in vote.options)
    entry = panel.score
    assert panel.entries.currentWidget() is entry
    assert entry.spin(cafes, room.members[0]).value() == entry.unrated == 0
    entry.spin(cafes, room.members[0]).setValue(4)
    entry.spin(cafes, room.members[1]).setValue(3)
    result = hub.service.votes.get_vote(vote_id).vote.result
    assert result["ranking"][0]["mean"] == 3.5
    assert entry.ranking.index(0, 2).data() == "3,5"
    assert entry.ranking.index(1, 2).data() == "–"
    entry.spin(cafes, room.members[1]).setValue(entry.unrated)  # "–" takes it back
    assert len(hub.service.votes.get_vote(vote_id).vote.ballots) == 1
    projector.show_vote(vote_id)
    bars = projector.chart.chart.groups[0].bars
    assert [(b.value, b.text) for b in bars] == [
        (3, "Mittelwert 4 (1 Bewertung)"), (0, "nicht bewertet")]
    assert projector.chart.chart.scale == 3  # the bar runs along the scale 1..4
    assert briefe in {o.id for o in vote.options}


def test_anonymous_borda_totals_are_typed_and_checked(
        hub: Any, room: Room, panel: VotePanel, qtbot: Any, answers: Any) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    vote_id = open_vote(panel, "Kartenabfrage", "ranked", ("Kita", "Schule"))
    entry = panel.ranked
    assert not entry.store_counts_button.isVisible()  # ballots first
    kita, schule = (o.id for o in hub.service.votes.get_vote(vote_id).vote.options)
    qtbot.mouseClick(entry.counts_mode, Qt.MouseButton.LeftButton)
    assert entry.pages.currentIndex() == 1 and entry.store_counts_button.isVisible()
    for (option, key), text in (((kita, "points"), "5"), ((kita, "first"), "2"),
                                ((schule, "points"), "4"), ((schule, "first"), "1")):
        spin = entry.count_spins[option, key]
        qtbot.mouseClick(spin.lineEdit(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, text)
    qtbot.mouseClick(entry.store_counts_button, Qt.MouseButton.LeftButton)
    vote = hub.service.votes.get_vote(vote_id).vote
    assert vote.counts == {kita: {"points": 5, "first": 2}, schule: {"points": 4, "first": 1}}
    assert [e["option_id"] for e in vote.result["ranking"]] == [kita, schule]
    assert not any(spin.isEnabled() for spin in entry.spins.values())
    # 9 points from 3 first places is impossible with two options (k = 2: 6 at most)
    spin = entry.count_spins[kita, "points"]
    spin.setValue(9)
    qtbot.mouseClick(entry.store_counts_button, Qt.MouseButton.LeftButton)
    assert "Summen der Abstimmung sind ungültig" in answers.texts()
    assert entry.count_spins[kita, "points"].value() == 5  # the stored totals again
    qtbot.mouseClick(entry.discard_counts_button, Qt.MouseButton.LeftButton)
    assert hub.service.votes.get_vote(vote_id).vote.counts is None
