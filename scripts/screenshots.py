#!/usr/bin/env python3
"""Render screenshots of the main views for the README.

Runs on a virtual screen of a 1366×768 laptop: ``xvfb-run -s "-screen 0 1366x768x24"
.venv/bin/python scripts/screenshots.py`` (or with ``QT_QPA_PLATFORM=offscreen``);
``--redeliste`` renders only the speakers list. Opens
the demo catalogue in a temporary data folder, so the user's own settings and catalogues
are not touched, and writes PNGs to ``docs/screenshots/``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
#: The laptop the app is designed for.
SCREEN = (1366, 768)
#: Dot-vote options as long as real ones: the Beamer must wrap them, never cut them.
DOT_OPTIONS = (
    "Sprachmittlung durch geschulte Ehrenamtliche in allen Beratungsstellen",
    "Sprachmittlung per Video in den Bürgerämtern und Stadtteilzentren",
    "Mehrsprachige Elternbriefe der Kitas und Grundschulen",
    "Sprachcafés in den Stadtteilbibliotheken",
)


def shoot_session(app: object, window: object) -> None:
    """The live session window and the projector, on the demo's planned session."""
    from datetime import datetime

    from lip_desktop.ui.session.clock import ManualClock

    hub = window.hub  # type: ignore[attr-defined]
    with hub.catalogue.read() as conn:
        sid = str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' ORDER BY starts_at LIMIT 1"
        ).scalar())
    clock = ManualClock(datetime(2027, 1, 19, 17, 0))
    live = window.sessions_view.open_live_window(sid, clock)  # type: ignore[attr-defined]
    live.resize(*SCREEN)
    live.agenda.start_session()
    meeting = hub.service.meetings.get_meeting(sid)
    group = hub.record("group", meeting.group_id)
    for member in group.members:
        if member.role == "member":
            live.attendance.set_present(member.person_id, True)
    clock.advance(minutes=7)
    app.processEvents()  # type: ignore[attr-defined]
    live.grab().save(str(OUT / "sitzung.png"))
    state = hub.run_without_undo(lambda s: s.votes.open_vote(
        sid, "Sollen die Sprachcafés als dauerhaftes Angebot in den Stadtteilbibliotheken "
        "verankert werden?", "yes_no", {"majority": "simple", "parity": True}))
    # Entered by keyboard as in the room: J, N, E move on to the next person.
    live.focus_tab(4)
    live.votes.select_vote(state.vote.id)
    entry = live.votes.yes_no
    app.processEvents()  # type: ignore[attr-defined]
    choices = ["yes", "yes", "yes", "no", "yes"]
    for voter, choice in zip(state.voters, choices, strict=False):
        entry.cast(voter.person_id, choice)
    entry.keys.focus(len(choices), 0)
    app.processEvents()  # type: ignore[attr-defined]
    live.grab().save(str(OUT / "abstimmung.png"))
    for voter, choice in zip(state.voters[5:], ["yes", "abstain", "yes"], strict=False):
        entry.cast(voter.person_id, choice)
    hub.run_without_undo(lambda s: s.votes.close_vote(state.vote.id))
    dots = hub.run_without_undo(lambda s: s.votes.open_vote(
        sid, "Welche Angebote der Sprachmittlung sollen zuerst kommen?", "dots",
        {"dots_per_person": 3, "max_per_option": 2}, options=list(DOT_OPTIONS)))
    points = [(0, 2), (1, 1), (0, 1), (2, 2), (3, 1), (1, 2), (0, 2), (2, 1), (1, 1),
              (3, 2), (0, 1), (1, 1)]
    for n, (option, count) in enumerate(points):
        voter = dots.voters[n % len(dots.voters)]
        hub.run_without_undo(lambda s, v=voter, o=option, c=count: s.votes.cast_ballot(
            dots.vote.id, v.person_id, option_id=dots.vote.options[o].id, points=c))
    projector = live.open_projector()
    if projector is not None:
        projector.showNormal()
        projector.resize(*SCREEN)
        projector.show_vote(dots.vote.id)
        app.processEvents()  # type: ignore[attr-defined]
        projector.grab().save(str(OUT / "beamer.png"))
        ranked = hub.run_without_undo(lambda s: s.votes.open_vote(
            sid, "In welcher Reihenfolge sollen die Angebote ausgearbeitet werden?", "ranked",
            {"max_ranks": 3}, options=list(DOT_OPTIONS)))
        options = [o.id for o in ranked.vote.options]
        orders = [(2, 0, 1), (0, 2), (2, 3, 0), (1, 0, 2), (2, 0), (3, 2, 1), (0, 1, 2),
                  (2,)]
        for voter, order in zip(ranked.voters, orders, strict=False):
            hub.run_without_undo(lambda s, v=voter, o=order: s.votes.cast_ballot(
                ranked.vote.id, v.person_id, ranking=[options[i] for i in o]))
        projector.show_vote(ranked.vote.id)
        app.processEvents()  # type: ignore[attr-defined]
        projector.grab().save(str(OUT / "beamer-rangfolge.png"))
        projector.close()
    live.close()


def shoot_speakers(app: object, window: object) -> None:
    """The speakers list (Redeliste) of a running item: parity order with its reasons, a
    speech over the item's limit, speaking time per side."""
    from datetime import datetime

    from lip_desktop.ui.session.clock import ManualClock
    from lip_desktop.ui.session.live import TAB_SPEAKERS

    hub = window.hub  # type: ignore[attr-defined]
    with hub.catalogue.read() as conn:
        sid = str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' ORDER BY starts_at LIMIT 1"
        ).scalar())
    clock = ManualClock(datetime(2027, 1, 19, 17, 0))
    live = window.sessions_view.open_live_window(sid, clock)  # type: ignore[attr-defined]
    live.resize(*SCREEN)
    live.agenda.start_session()
    members = [p for p, role in live.context.members if role == "member"]
    for person in members:
        live.attendance.set_present(person.id, True)
    admin = [p for p in members if p.side == "administration"]
    external = [p for p in members if p.side == "external"]
    panel = live.speakers
    panel.parity_check.setChecked(True)
    panel.limit_spin.setValue(3)
    panel.on_limit_spin_editing_finished()
    for person in (admin[0], external[0], admin[1]):
        panel.add_person(person.id)
    for seconds in (140, 95):
        panel.next_speaker()
        clock.advance(seconds=seconds)
    for person in (admin[0], admin[2], external[1], external[2]):
        panel.add_person(person.id)
    panel.next_speaker()
    clock.advance(seconds=200)
    live.focus_tab(TAB_SPEAKERS)
    panel.speaker_list.setFocus()
    panel.speaker_list.setCurrentRow(0)
    app.processEvents()  # type: ignore[attr-defined]
    live.grab().save(str(OUT / "redeliste.png"))
    live.close()


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="lip-shots-"))
    os.environ["LIP_DESKTOP_DATA_DIR"] = str(tmp / "data")
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from lip_desktop.ui import settings

    app = QApplication(sys.argv)
    settings.use_folder(tmp / "settings")
    from lip_desktop.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow()
    window.resize(QSize(*SCREEN))
    window.show()
    app.processEvents()
    only_speakers = "--redeliste" in sys.argv[1:]  # only the speakers list (issue 11)
    if not only_speakers:
        window.grab().save(str(OUT / "willkommen.png"))
    window.open_demo()
    app.processEvents()
    if only_speakers:
        shoot_speakers(app, window)
        window.close()
        return 0
    # The measure of the demo's negotiation, opened in the editor.
    assert window.hub is not None
    with window.hub.catalogue.read() as conn:
        mid = conn.exec_driver_sql(
            "SELECT id FROM measure WHERE code = 'BIL-M1.1.1'").scalar()
    window.on_hub_record_selected("measure", str(mid))
    for _ in range(3):
        app.processEvents()
    shots = {0: "katalog.png", 1: "massnahmenliste.png", 2: "personen-und-gruppen.png",
             3: "offene-kommentare.png"}
    for tab, name in shots.items():
        window.show_tab(tab)
        app.processEvents()
        window.grab().save(str(OUT / name))
    window.show_tab(0)
    shoot_session(app, window)
    window.close()
    print(f"Screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
