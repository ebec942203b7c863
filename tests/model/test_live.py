"""Live session arithmetic and state: counts, quorum, parity, time boxes, parking, decisions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from lip_desktop.model import live
from lip_desktop.model.errors import ConflictError
from lip_desktop.model.services import CatalogueService

T0 = datetime(2026, 11, 25, 17, 0)


def test_agenda_timing_counts_down_and_flags_overrun() -> None:
    timing = live.agenda_timing([30, 20, None, 10], 1, T0, T0 + timedelta(minutes=5))
    assert timing.remaining == timedelta(minutes=15) and not timing.overrun
    assert timing.remaining_text() == "15:00"
    assert timing.projected_end == T0 + timedelta(minutes=5 + 15 + 0 + 10)
    late = live.agenda_timing([30, 20], 1, T0, T0 + timedelta(minutes=23, seconds=10))
    assert late.overrun and late.remaining_text() == "−03:10"
    assert late.projected_end == T0 + timedelta(minutes=23, seconds=10)
    idle = live.agenda_timing([30, 20], None, None, T0)
    assert idle.remaining is None and idle.projected_end == T0 + timedelta(minutes=50)


def test_attendance_summary_quorum_and_parity() -> None:
    members = [{"person_id": p, "role": "member"} for p in "abcd"] + [
        {"person_id": "f", "role": "facilitator"}]
    sides = {"a": "administration", "b": "administration", "c": "external",
             "d": "external", "f": "administration"}
    s = live.attendance_summary(members, sides, {"a", "b", "c", "f"}, quorum=4)
    assert s.text() == "anwesend: Verwaltung 2 · extern 1"
    assert not s.quorate and s.staffing_warning
    s = live.attendance_summary(members, sides, {"a", "b", "c", "d"}, quorum=4)
    assert s.quorate and not s.staffing_warning


def _planned_session(demo_service: CatalogueService) -> str:
    with demo_service.catalogue.read() as conn:
        return str(conn.exec_driver_sql(
            "SELECT id FROM meeting WHERE status = 'planned' LIMIT 1").scalar())


def test_start_session_and_move_through_the_agenda(demo_service: CatalogueService) -> None:
    sid = _planned_session(demo_service)
    meeting = demo_service.meetings.start_meeting(sid, now=T0).value
    assert meeting.status == "running"
    state = demo_service.meetings.live_state(sid, now=T0 + timedelta(minutes=3))
    assert state.current_item == meeting.agenda[0]
    assert state.timing.elapsed == timedelta(minutes=3)
    demo_service.meetings.set_current_item(sid, meeting.agenda[1].id,
                                           now=T0 + timedelta(minutes=10))
    state = demo_service.meetings.live_state(sid, now=T0 + timedelta(minutes=11))
    assert state.current_item == meeting.agenda[1]
    assert state.timing.elapsed == timedelta(minutes=1)
    # A crash: a new service on the same file finds the same item and clock.
    again = CatalogueService(demo_service.catalogue).meetings.live_state(
        sid, now=T0 + timedelta(minutes=11))
    assert again.current_item == meeting.agenda[1]


def test_parking_lot_becomes_a_measure_and_decisions_are_listed(
        demo_service: CatalogueService) -> None:
    sid = _planned_session(demo_service)
    demo_service.meetings.start_meeting(sid, now=T0)
    item = demo_service.meetings.add_parking_item(sid, "Sprachmittlung in Arztpraxen").value
    assert [p.text for p in demo_service.meetings.parking_items(sid)] == [
        "Sprachmittlung in Arztpraxen"]
    with demo_service.catalogue.read() as conn:
        goal_id = str(conn.exec_driver_sql("SELECT id FROM goal LIMIT 1").scalar())
    done = demo_service.meetings.resolve_parking_item(item.id, into="measure",
                                                      parent_id=goal_id).value
    assert done.status == "converted"
    measure = demo_service.structure.get_record("measure", done.converted_id)
    assert measure.title == "Sprachmittlung in Arztpraxen" and measure.code
    decision = demo_service.meetings.add_decision(sid, "Maßnahme wird ausgearbeitet").value
    assert [d.text for d in demo_service.meetings.decisions(sid)] == ["Maßnahme wird ausgearbeitet"]
    demo_service.meetings.remove_decision(decision.id)
    assert demo_service.meetings.decisions(sid) == []


def test_closed_session_refuses_new_parking_and_decisions(
        demo_service: CatalogueService) -> None:
    sid = _planned_session(demo_service)
    demo_service.meetings.start_meeting(sid, now=T0)
    demo_service.meetings.close_meeting(sid)
    with pytest.raises(ConflictError):
        demo_service.meetings.add_parking_item(sid, "zu spät")
    with pytest.raises(ConflictError):
        demo_service.meetings.add_decision(sid, "zu spät")
    assert demo_service.meetings.live_state(sid).current_item is None


def test_a_session_started_before_its_planned_begin_can_be_ended(
        demo_service: CatalogueService) -> None:
    sid = _planned_session(demo_service)
    planned = demo_service.meetings.get_meeting(sid).starts_at
    early = datetime.fromisoformat(planned) - timedelta(days=30)
    meeting = demo_service.meetings.start_meeting(sid, now=early).value
    assert meeting.starts_at == early.strftime("%Y-%m-%dT%H:%M")  # the real start
    end = (early + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    closed = demo_service.meetings.close_meeting(sid, end).value
    assert (closed.status, closed.starts_at, closed.ends_at) == (
        "closed", early.strftime("%Y-%m-%dT%H:%M"), end)


def test_ending_a_session_that_still_carries_a_later_plan_is_not_refused(
        demo_service: CatalogueService) -> None:
    """A session started before the real start was recorded: ending wins over the plan."""
    sid = _planned_session(demo_service)
    planned = demo_service.meetings.get_meeting(sid).starts_at
    demo_service.meetings.start_meeting(sid, now=datetime.fromisoformat(planned))
    early_end = (datetime.fromisoformat(planned) - timedelta(days=1)).strftime(
        "%Y-%m-%dT%H:%M")
    closed = demo_service.meetings.close_meeting(sid, early_end).value
    assert closed.status == "closed" and closed.ends_at == early_end
    assert closed.starts_at <= closed.ends_at


def test_the_end_before_start_message_shows_german_dates() -> None:
    from lip_desktop.model.errors import ValidationError
    error = ValidationError("end_before_start", record_type="Sitzung", record="Auftakt",
                            start="2027-09-15T17:00", end="2026-12-02T16:43")
    assert "02.12.2026 16:43" in error.message and "15.09.2027 17:00" in error.message
    assert "T16" not in error.message


def test_moving_a_planned_session_keeps_its_length(demo_service: CatalogueService) -> None:
    sid = _planned_session(demo_service)
    meeting = demo_service.meetings.get_meeting(sid)
    if meeting.ends_at is None:
        demo_service.meetings.update_meeting(sid, ends_at=(datetime.fromisoformat(meeting.starts_at)
                                                  + timedelta(hours=2)).strftime(
                                                      "%Y-%m-%dT%H:%M"))
        meeting = demo_service.meetings.get_meeting(sid)
    length = datetime.fromisoformat(meeting.ends_at) - datetime.fromisoformat(meeting.starts_at)
    later = datetime.fromisoformat(meeting.starts_at) + timedelta(days=200)
    moved = demo_service.meetings.update_meeting(
        sid, starts_at=later.strftime("%Y-%m-%dT%H:%M")).value
    assert moved.starts_at == later.strftime("%Y-%m-%dT%H:%M")
    assert datetime.fromisoformat(moved.ends_at) - later == length
