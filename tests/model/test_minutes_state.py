"""Minutes that get approved: Entwurf → versandt → genehmigt, the rules and the service."""

from __future__ import annotations

import json
from typing import Any

import pytest

from lip_desktop.model import minutes_state as ms
from lip_desktop.model.errors import ConflictError, LipError, ValidationError
from lip_desktop.model.minutes_state import MeetingFacts, MinutesStatus

CLOSED = "3. Sitzung Expert*innengruppe Bildung"
PLANNED = "4. Sitzung Expert*innengruppe Bildung"

EARLIER = MeetingFacts("s1", "3. Sitzung", "2026-03-12T17:00", "closed", "g1")
LATER = MeetingFacts("s2", "4. Sitzung", "2026-04-20T17:00", "planned", "g1")
OTHER_GROUP = MeetingFacts("s3", "1. Sitzung Arbeit", "2026-05-01T17:00", "planned", "g2")


# --- the rules ----------------------------------------------------------------------------


def test_sending_makes_version_one_and_approval_keeps_it_with_the_corrections() -> None:
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    assert (sent.state, sent.version, sent.sent_on) == ("sent", 1, "2026-03-15")
    approved = ms.approve(sent, EARLIER, LATER, ["  Anwesenheit: Frau Ay fehlte ", "", "x"])
    assert approved.state == "approved" and approved.version == 1
    assert approved.corrections == ("Anwesenheit: Frau Ay fehlte", "x")
    assert approved.approved_in == "s2"
    assert ms.state_line(approved) == (
        "Version 1, versandt am 15.03.2026, genehmigt in der Sitzung „4. Sitzung“ vom "
        "20.04.2026 mit 2 Korrekturen")


def test_each_sending_after_reopening_is_the_next_version() -> None:
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    draft = ms.reopen(sent, EARLIER)
    assert ms.state_line(draft) == "Entwurf von Version 2 (Version 1, versandt am 15.03.2026)"
    again = ms.send(draft, EARLIER, "2026-03-20")
    assert (again.version, again.sent_on) == (2, "2026-03-20")


def test_approved_minutes_are_frozen_until_reopened() -> None:
    approved = ms.approve(ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15"),
                          EARLIER, LATER, [])
    with pytest.raises(ConflictError) as sent_again:
        ms.send(approved, EARLIER, "2026-04-21")
    assert sent_again.value.message == (
        "Protokoll der Sitzung „3. Sitzung“ vom 12.03.2026: Es ist genehmigt (in der Sitzung "
        "„4. Sitzung“ vom 20.04.2026) und bleibt unverändert; erst ausdrücklich wieder öffnen.")
    with pytest.raises(ConflictError):
        ms.approve(approved, EARLIER, LATER, [])
    reopened = ms.reopen(approved, EARLIER)
    assert (reopened.state, reopened.approved_in, reopened.corrections) == ("draft", None, ())


def test_transitions_only_in_order_and_refusals_name_session_date_and_field() -> None:
    with pytest.raises(ConflictError) as early:
        ms.approve(MinutesStatus("s1"), EARLIER, LATER, [])
    assert early.value.message == (
        "Protokoll der Sitzung „3. Sitzung“ vom 12.03.2026: „Genehmigen“ geht nicht, das "
        "Protokoll ist Entwurf (Feld „Status“).")
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    with pytest.raises(ConflictError, match="„Als versandt markieren“ geht nicht"):
        ms.send(sent, EARLIER, "2026-03-16")
    with pytest.raises(ConflictError, match="Wieder öffnen"):
        ms.reopen(MinutesStatus("s1"), EARLIER)


def test_sending_needs_a_closed_session_and_a_date_not_before_it() -> None:
    running = MeetingFacts("s1", "3. Sitzung", "2026-03-12T17:00", "running", "g1")
    with pytest.raises(ConflictError, match="erst, wenn die Sitzung abgeschlossen ist"):
        ms.send(MinutesStatus("s1"), running, "2026-03-15")
    with pytest.raises(ConflictError) as before:
        ms.send(MinutesStatus("s1"), EARLIER, "2026-03-11")
    assert "„Versandt am“ (11.03.2026) liegt vor der Sitzung" in before.value.message
    assert "2026-03" not in before.value.message  # never an ISO date for the user


def test_the_sent_date_is_typed_the_german_way() -> None:
    assert ms.parse_sent_on("15.3.2026", EARLIER) == "2026-03-15"
    with pytest.raises(ValidationError) as bad:
        ms.parse_sent_on("2026-03-15x", EARLIER)
    assert bad.value.message == (
        "Protokoll der Sitzung „3. Sitzung“ vom 12.03.2026: „Versandt am“ ist kein gültiges "
        "Datum (TT.MM.JJJJ): „2026-03-15x“.")
    assert bad.value.field == "sent_on"


@pytest.mark.parametrize("approver", [
    MeetingFacts("s0", "2. Sitzung", "2026-02-01T17:00", "planned", "g1"),  # earlier
    EARLIER,  # itself
    OTHER_GROUP])
def test_approval_only_in_a_later_session_of_the_same_group(approver: MeetingFacts) -> None:
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    with pytest.raises(ConflictError) as refused:
        ms.approve(sent, EARLIER, approver, [])
    assert f"nicht in „{approver.title}“ vom " in refused.value.message
    assert "(Feld „Genehmigt in“)" in refused.value.message


def test_approval_decision_text_and_item_title() -> None:
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    approved = ms.approve(sent, EARLIER, LATER, ["TOP 2 statt TOP 3", "Name korrigiert"])
    assert ms.approval_decision_text(EARLIER, approved) == (
        "Protokoll der Sitzung vom 12.03.2026 (Version 1) genehmigt, mit 2 Korrekturen: "
        "1. TOP 2 statt TOP 3; 2. Name korrigiert")
    plain = ms.approve(sent, EARLIER, LATER, [])
    assert ms.approval_decision_text(EARLIER, plain) == (
        "Protokoll der Sitzung vom 12.03.2026 (Version 1) genehmigt, ohne Korrekturen.")
    assert ms.approval_item_title(EARLIER) == "Genehmigung des Protokolls vom 12.03.2026"


def test_an_overlong_correction_is_refused_not_cut() -> None:
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    with pytest.raises(ValidationError, match="„Korrekturen“ ist zu lang"):
        ms.approve(sent, EARLIER, LATER, ["x" * (ms.MAX_CORRECTION + 1)])


# --- the service --------------------------------------------------------------------------


def session_ids(service: Any) -> tuple[str, str]:
    with service.catalogue.read() as conn:
        rows = dict(conn.exec_driver_sql("SELECT title, id FROM meeting").fetchall())
    return str(rows[CLOSED]), str(rows[PLANNED])


def test_service_sends_plans_and_approves_in_the_later_session(demo_service: Any) -> None:
    service = demo_service
    earlier, later = session_ids(service)
    assert service.minutes.status(earlier) == MinutesStatus(earlier)
    sent = service.minutes.mark_sent(earlier, "15.03.2026")
    assert sent.value.state == "sent" and earlier in sent.changes.updated["session"]
    planned = service.minutes.plan_approval(earlier, later).value
    agenda = service.meetings.get_meeting(later).agenda
    item = next(a for a in agenda if a.id == planned.approval_item_id)
    assert item.title == "Genehmigung des Protokolls vom 10.03.2026"
    assert (item.subject_type, item.subject_id) == (None, None)  # the contract's agenda item
    facts, status = service.minutes.approval_of_item(item.id)
    assert facts.id == earlier and status.state == "sent"
    with pytest.raises(ConflictError, match="steht schon auf der Tagesordnung"):
        service.minutes.plan_approval(earlier, later)

    approved = service.minutes.approve_item(item.id, ["Frau Ay war entschuldigt"]).value
    assert approved.state == "approved" and approved.approved_in == later
    assert approved.approved_in_title == PLANNED
    decisions = service.meetings.decisions(later)
    assert [(d.text, d.agenda_item_id) for d in decisions] == [(
        "Protokoll der Sitzung vom 10.03.2026 (Version 1) genehmigt, mit 1 Korrektur: "
        "1. Frau Ay war entschuldigt", item.id)]
    assert service.minutes.status(earlier) == approved


def test_every_step_is_in_the_change_history_and_reopening_is_explicit(
        demo_service: Any) -> None:
    service = demo_service
    earlier, later = session_ids(service)
    service.minutes.mark_sent(earlier, "15.03.2026")
    service.minutes.approve(earlier, later, ["Korrektur"])
    service.minutes.reopen(earlier)
    with service.catalogue.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT operation, old, new FROM change_log WHERE record_id = ? AND field = "
            "'minutes' ORDER BY id", (earlier,)).fetchall()
    assert [r[0] for r in rows] == ["send_minutes", "approve_minutes", "reopen_minutes"]
    assert json.loads(rows[2][1])["corrections"] == ["Korrektur"]
    assert json.loads(rows[2][2])["state"] == "draft"
    assert service.minutes.mark_sent(earlier, "20.04.2026").value.version == 2
    # The approval decision stays: it is what the later session decided.
    assert len(service.meetings.decisions(later)) == 1


def test_service_refuses_a_running_session_and_an_unknown_item(demo_service: Any) -> None:
    service = demo_service
    earlier, later = session_ids(service)
    with pytest.raises(ConflictError, match="erst, wenn die Sitzung abgeschlossen ist"):
        service.minutes.mark_sent(later, "15.03.2026")
    agenda = service.meetings.get_meeting(later).agenda
    with pytest.raises(ConflictError, match="keine Genehmigung eines Protokolls"):
        service.minutes.approve_item(agenda[0].id)
    with pytest.raises(LipError):
        service.minutes.approve(earlier, later)  # not sent yet
    assert service.meetings.decisions(later) == []


def test_minutes_state_is_local_export_json_has_no_new_keys(demo_service: Any) -> None:
    from lip_desktop.model.interchange import export_document

    service = demo_service
    earlier, later = session_ids(service)
    with service.catalogue.read() as conn:
        before = export_document(conn)
    service.minutes.mark_sent(earlier, "15.03.2026")
    service.minutes.approve(earlier, later, ["eine Korrektur"])
    with service.catalogue.read() as conn:
        after = export_document(conn)
    assert set(after) == set(before)
    # exactly the keys of the contract (interchange-v2.md), nothing invented
    assert {k for d in after["decisions"] for k in d} == {
        "id", "session_id", "agenda_item_id", "text", "subject_type", "subject_id", "vote_id",
        "created_at", "position"}
    assert {k for s in after["sessions"] for k in s} == {k for s in before["sessions"] for k in s}
    assert any(d["text"].startswith("Protokoll der Sitzung vom 10.03.2026 (Version 1) genehmigt")
               and d["session_id"] == later for d in after["decisions"])


def test_a_json_reimport_keeps_the_approval_decision_and_starts_the_state_as_draft(
        demo_service: Any, tmp_path: Any) -> None:
    """Documented behaviour: the state is local, the approval travels as a decision."""
    from lip_desktop.model.interchange import export_document
    from lip_desktop.model.services import CatalogueService
    from tests.support import create_from

    service = demo_service
    earlier, later = session_ids(service)
    service.minutes.mark_sent(earlier, "15.03.2026")
    service.minutes.approve(earlier, later, [])
    with service.catalogue.read() as conn:
        doc = export_document(conn)
    copy = create_from(tmp_path / "copy.lip", doc)
    try:
        other = CatalogueService(copy)
        assert other.minutes.status(earlier).state == "draft"
        assert any("genehmigt" in d.text for d in other.meetings.decisions(later))
    finally:
        copy.close()


def test_the_local_state_adds_no_revision_but_the_approval_decision_does(
        demo_service: Any) -> None:
    """The merge sees the session's exchanged content only: the state leaves it as it was."""
    service = demo_service
    earlier, later = session_ids(service)

    def revisions(record_type: str) -> int:
        with service.catalogue.read() as conn:
            return int(conn.exec_driver_sql(
                "SELECT count(*) FROM record_revision WHERE record_type = ?",
                (record_type,)).scalar())

    sessions, decisions = revisions("session"), revisions("decision")
    service.minutes.mark_sent(earlier, "15.03.2026")
    assert revisions("session") == sessions
    service.minutes.approve(earlier, later, [])
    assert revisions("decision") == decisions + 1


def test_export_json_command_with_approved_minutes_is_valid_against_the_contract(
        tmp_path: Any, capsys: Any, schema_v2: dict[str, Any]) -> None:
    import jsonschema

    from lip_desktop import cli
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    path, out = tmp_path / "demo.lip", tmp_path / "plan.json"
    assert cli.main(["demo", str(path)]) == 0
    with Catalogue.open(path, actor="Test") as cat:
        service = CatalogueService(cat)
        earlier, later = session_ids(service)
        service.minutes.mark_sent(earlier, "15.03.2026")
        service.minutes.plan_approval(earlier, later)
        service.minutes.approve(earlier, later, ["eine Korrektur"])
    assert cli.main(["export-json", str(path), str(out)]) == 0
    capsys.readouterr()
    doc = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema_v2).validate(doc)
    assert any(d["text"].endswith("mit 1 Korrektur: 1. eine Korrektur")
               for d in doc["decisions"])
    agenda = next(s for s in doc["sessions"] if s["id"] == later)["agenda"]
    assert agenda[-1]["title"] == "Genehmigung des Protokolls vom 10.03.2026"


def test_corrections_lose_line_breaks_and_control_characters() -> None:
    sent = ms.send(MinutesStatus("s1"), EARLIER, "2026-03-15")
    approved = ms.approve(sent, EARLIER, LATER, ["Name\x00 korrigiert\r\n(TOP 1)", "\x07"])
    assert approved.corrections == ("Name korrigiert (TOP 1)",)
