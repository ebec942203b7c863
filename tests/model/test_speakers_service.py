"""The speakers list through the services: requests, "Nächste*r", speeches as records,
parity, limits, and that a crash mid-speech loses nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from lip_desktop.model import interchange
from lip_desktop.model.errors import LipError
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.speakers import SideTimes

T0 = datetime(2026, 5, 5, 17, 0, 0)


def _running_session(service: CatalogueService) -> tuple[str, list[str], dict[str, str]]:
    """A planned demo session started at T0; (id, agenda ids, person id -> side)."""
    with service.catalogue.read() as conn:
        sid = str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' LIMIT 1").scalar())
    meeting = service.meetings.start_meeting(sid, now=T0).value
    with service.catalogue.read() as conn:
        sides = dict(conn.exec_driver_sql("SELECT id, side FROM person").all())
    return sid, [a.id for a in meeting.agenda], sides


def _people(sides: dict[str, str], side: str, n: int) -> list[str]:
    return sorted(p for p, s in sides.items() if s == side)[:n]


def test_next_turns_a_running_speech_into_a_speech_record_and_sums_per_side(
        demo_service: CatalogueService) -> None:
    service = demo_service
    sid, agenda, sides = _running_session(service)
    a1, a2 = _people(sides, "administration", 2)
    (e1,) = _people(sides, "external", 1)
    for person in (a1, a2, e1):
        service.speakers.add(sid, person)
    with pytest.raises(LipError) as info:
        service.speakers.add(sid, a1)
    assert "steht schon auf der Redeliste" in info.value.message
    assert service.speakers.next(sid, now=T0).value == a1
    state = service.speakers.state(sid)
    assert state.running is not None and state.running.person_id == a1
    assert [w.person_id for w in state.waiting] == [a2, e1]
    assert state.times(T0 + timedelta(seconds=30))[0] == SideTimes(30, 0)
    assert service.speakers.next(sid, now=T0 + timedelta(seconds=100)).value == a2
    service.speakers.set_parity(sid, True)  # e1 has not spoken: alternation would pick e1
    state = service.speakers.state(sid)
    assert state.parity and [w.person_id for w in state.waiting] == [e1]
    assert service.speakers.next(sid, now=T0 + timedelta(seconds=160)).value == e1
    assert service.speakers.next(sid, now=T0 + timedelta(seconds=235)).value is None
    state = service.speakers.state(sid)
    assert state.running is None and not state.waiting
    assert state.item_times == SideTimes(160, 75)
    assert state.finished_on_item == 3
    with service.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    speeches = [s for s in doc["speeches"] if s["session_id"] == sid]
    assert [(s["person_id"], s["seconds"]) for s in speeches] == [
        (a1, 100), (a2, 60), (e1, 75)]
    assert speeches[0]["started_at"] == "2026-05-05T17:00:00"
    assert {s["agenda_item_id"] for s in speeches} == {agenda[0]}


def test_a_crash_mid_speech_keeps_the_list_and_the_start(
        demo_service: CatalogueService) -> None:
    sid, _, sides = _running_session(demo_service)
    a1, a2 = _people(sides, "administration", 2)
    demo_service.speakers.add(sid, a1)
    demo_service.speakers.add(sid, a2)
    demo_service.speakers.next(sid, now=T0)
    again = CatalogueService(demo_service.catalogue).speakers.state(sid)  # a new program
    assert again.running is not None and again.running.started_at == T0
    assert again.running.elapsed(T0 + timedelta(minutes=2)) == 120
    assert [w.person_id for w in again.waiting] == [a2]
    with demo_service.catalogue.read() as conn:  # not a record until it ends
        speeches = interchange.export_document(conn)["speeches"]
    assert all(s["session_id"] != sid for s in speeches)


def test_closing_the_session_ends_the_running_speech_at_the_end(
        demo_service: CatalogueService) -> None:
    sid, _, sides = _running_session(demo_service)
    (a1,) = _people(sides, "administration", 1)
    demo_service.speakers.add(sid, a1)
    demo_service.speakers.next(sid, now=T0)
    demo_service.meetings.close_meeting(sid, "2026-05-05T17:03")
    state = demo_service.speakers.state(sid)
    assert state.running is None and state.session_times == SideTimes(180, 0)


def test_reorder_remove_and_parity_refuses_a_manual_move(
        demo_service: CatalogueService) -> None:
    sid, _, sides = _running_session(demo_service)
    a1, a2 = _people(sides, "administration", 2)
    (e1,) = _people(sides, "external", 1)
    ids = [demo_service.speakers.add(sid, p).value for p in (a1, a2, e1)]
    demo_service.speakers.move(sid, ids[2], -2)
    assert [w.person_id for w in demo_service.speakers.state(sid).waiting] == [e1, a1, a2]
    demo_service.speakers.remove(sid, ids[0])
    assert [w.person_id for w in demo_service.speakers.state(sid).waiting] == [e1, a2]
    demo_service.speakers.set_parity(sid, True)
    with pytest.raises(LipError) as info:
        demo_service.speakers.move(sid, ids[1], -1)
    assert "Quotierung ausschalten" in info.value.message


def test_the_list_belongs_to_the_current_item_and_a_limit_is_per_item(
        demo_service: CatalogueService) -> None:
    sid, agenda, sides = _running_session(demo_service)
    (a1,) = _people(sides, "administration", 1)
    demo_service.speakers.add(sid, a1)
    demo_service.speakers.set_limit(sid, agenda[0], 3)
    assert demo_service.speakers.state(sid).limit_seconds == 180
    with pytest.raises(LipError) as info:
        demo_service.speakers.set_limit(sid, agenda[0], 0)
    assert "Redezeit je Beitrag" in info.value.message
    demo_service.meetings.set_current_item(sid, agenda[1], now=T0)
    state = demo_service.speakers.state(sid)
    assert not state.waiting and state.limit_seconds is None
    demo_service.meetings.set_current_item(sid, agenda[0], now=T0)
    assert [w.person_id for w in demo_service.speakers.state(sid).waiting] == [a1]


def test_removing_an_agenda_item_keeps_its_speeches_for_the_session(
        demo_service: CatalogueService) -> None:
    sid, agenda, sides = _running_session(demo_service)
    (a1,) = _people(sides, "administration", 1)
    demo_service.speakers.add(sid, a1)
    demo_service.speakers.next(sid, now=T0)
    demo_service.speakers.finish(sid, now=T0 + timedelta(seconds=50))
    demo_service.meetings.set_current_item(sid, agenda[1], now=T0)
    demo_service.meetings.remove_agenda_item(sid, agenda[0])
    assert demo_service.speakers.state(sid).session_times == SideTimes(50, 0)
    with demo_service.catalogue.read() as conn:
        doc: dict[str, Any] = interchange.export_document(conn)
    mine = [s for s in doc["speeches"] if s["session_id"] == sid]
    assert [s["agenda_item_id"] for s in mine] == [None]


def test_finished_speeches_round_trip_through_json_and_a_running_one_is_not_lost(
        demo_service: CatalogueService, tmp_path: Any) -> None:
    """Export → import → export is identical; the speech still running is exported once
    it ends (it is kept in the catalogue with its start until then)."""
    from support import create_from

    sid, _, sides = _running_session(demo_service)
    a1, a2 = _people(sides, "administration", 2)
    (e1,) = _people(sides, "external", 1)
    for person in (a1, e1, a2):
        demo_service.speakers.add(sid, person)
    for seconds in (0, 61, 122):
        demo_service.speakers.next(sid, now=T0 + timedelta(seconds=seconds))
    with demo_service.catalogue.read() as conn:
        once = interchange.export_document(conn)
    once.pop("exported_at")
    assert len([s for s in once["speeches"] if s["session_id"] == sid]) == 2
    with create_from(tmp_path / "copy.lip", once) as copy:
        with copy.read() as conn:
            again = interchange.export_document(conn)
        again.pop("exported_at")
        assert again == once
    demo_service.speakers.finish(sid, now=T0 + timedelta(seconds=150))
    with demo_service.catalogue.read() as conn:
        later = interchange.export_document(conn)["speeches"]
    assert [s["seconds"] for s in later if s["session_id"] == sid] == [61, 61, 28]
