"""What version 2 of lip-catalogue adds: the live-session records (Themenspeicher,
decisions), vote annotations and group vote defaults travel with every export and come
back whole; what this program version cannot hold yet is refused by name, never dropped."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from support import create_from

from lip_desktop.model import interchange
from lip_desktop.model.errors import InterchangeError, LipError
from lip_desktop.model.services import CatalogueService

GROUP = "065dc93b-7292-5e50-b6fd-318827ab438a"
GOAL = "b130215e-016f-54f1-a6aa-1a8a44f926e0"
MEASURE = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"
CLOSED_VOTE = "b17ff4ce-05ef-5fc7-b2f2-09fb196c0d19"


def export(cat: Any) -> dict[str, Any]:
    with cat.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_importing_the_v2_example_into_its_own_catalogue_changes_nothing(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    with create_from(tmp_path / "a.lip", copy.deepcopy(example_v2)) as cat:
        before = export(cat)
        report = CatalogueService(cat).structure.import_document(
            copy.deepcopy(example_v2)).value
        assert export(cat) == before
    assert not any(report.changes.created.values())


def test_contributions_and_a_comment_about_one_import_and_round_trip_exactly(
        tmp_path: Path, example_v2: dict[str, Any], schema_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    assert len(doc["contributions"]) == 2
    doc["review_comments"] = [{
        "id": "5c0ffee0-0000-4000-8000-000000000001", "subject_type": "contribution",
        "subject_id": example_v2["contributions"][1]["id"], "author": "A",
        "text": "Nicht übernommen: liegt beim Land", "created_at": None, "source": "manual",
        "resolved": False}]
    doc["contributions"][1]["status"] = "not_taken"
    with create_from(tmp_path / "a.lip", doc) as cat:
        once = export(cat)
    assert once == without_stamp(doc)
    jsonschema.Draft202012Validator(schema_v2).validate(once)
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(again) == once


@pytest.mark.parametrize(("change", "key"), [
    ({"subject_id": "5c0ffee0-0000-4000-8000-0000000000ff"}, "subject_id"),
    ({"action_field_id": "5c0ffee0-0000-4000-8000-0000000000ff"}, "action_field_id"),
    ({"subject_type": None, "subject_id": None}, "subject_type"),
    ({"channel": "fax"}, "channel"),
    ({"text": "  "}, "text"),
])
def test_a_broken_contribution_is_refused_naming_record_and_key(
        tmp_path: Path, example_v2: dict[str, Any], change: dict[str, Any], key: str) -> None:
    doc = copy.deepcopy(example_v2)
    doc["contributions"][0].update(change)  # the first is "considered", linked to a measure
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "Beitrag" in info.value.message
    assert f"„{key}“" in info.value.message


def test_a_comment_about_a_missing_contribution_is_refused(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    doc["review_comments"] = [{
        "id": "5c0ffee0-0000-4000-8000-000000000001", "subject_type": "contribution",
        "subject_id": "5c0ffee0-0000-4000-8000-0000000000ff", "author": "A",
        "text": "x", "created_at": None, "source": "manual", "resolved": False}]
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "Kommentar" in info.value.message and "Beitrag" in info.value.message


def test_the_whole_v2_example_imports_and_round_trips_exactly(
        tmp_path: Path, example_v2: dict[str, Any], schema_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    with create_from(tmp_path / "a.lip", doc) as cat:
        once = export(cat)
    assert once == without_stamp(doc)
    assert len(once["parking_items"]) == 2 and len(once["decisions"]) == 2
    assert once["votes"][0]["annotation"] == doc["votes"][0]["annotation"]
    assert len(once["indicator_values"]) == 2 and len(once["progress_reports"]) == 4
    assert once["speeches"] == doc["speeches"] and len(once["speeches"]) >= 2
    assert [m["implementation"]["status"] for m in once["measures"]
            if m["implementation"]] == ["ongoing", "in_progress"]
    jsonschema.Draft202012Validator(schema_v2).validate(once)
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(again) == once


def test_live_session_records_made_in_the_app_round_trip(
        tmp_path: Path, example_doc: dict[str, Any], schema_v2: dict[str, Any]) -> None:
    """Parking items, decisions, an annotation and vote defaults written by the services
    are exported, validate, and come back identical from a new catalogue."""
    with create_from(tmp_path / "a.lip", example_doc) as cat:
        service = CatalogueService(cat)
        meeting = service.meetings.add_meeting(GROUP, "4. Sitzung", "2026-05-05T17:00").value
        item_meeting = service.meetings.add_agenda_item(meeting.id, "Elterncafés", 20).value
        agenda_id = item_meeting.agenda[0].id
        parked = service.meetings.add_parking_item(meeting.id, "Schulwegbegleitung").value
        service.meetings.resolve_parking_item(parked.id, into="measure", parent_id=GOAL)
        service.meetings.add_parking_item(meeting.id, "Später besprechen")
        service.meetings.add_decision(meeting.id, "Elterncafés werden ausgearbeitet.",
                                      agenda_item_id=agenda_id, subject_type="measure",
                                      subject_id=MEASURE, vote_id=CLOSED_VOTE)
        service.votes.annotate_vote(CLOSED_VOTE, "nach Sitzung bestätigt")
        service.people.set_group_vote_defaults(GROUP, "yes_no", {"majority": "two_thirds"})
        once = export(cat)
    jsonschema.Draft202012Validator(schema_v2).validate(once)
    assert [p["status"] for p in once["parking_items"]] == ["converted", "open"]
    converted = once["parking_items"][0]
    assert converted["converted_type"] == "measure"
    assert converted["converted_id"] in {m["id"] for m in once["measures"]}
    assert once["decisions"][0]["agenda_item_id"] == agenda_id
    assert once["votes"][0]["annotation"] == "nach Sitzung bestätigt"
    assert once["groups"][0]["vote_defaults"]["yes_no"]["majority"] == "two_thirds"
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(again) == once
        service = CatalogueService(again)  # the services read what the import wrote
        assert service.votes.vote_note(CLOSED_VOTE) == "nach Sitzung bestätigt"
        assert [d.text for d in service.meetings.decisions(meeting.id)] == [
            "Elterncafés werden ausgearbeitet."]
        assert len(service.meetings.parking_items(meeting.id)) == 2
        assert service.people.group_vote_defaults(GROUP, "yes_no")["majority"] == "two_thirds"


def test_a_version_1_file_keeps_annotations_and_vote_defaults_it_does_not_know(
        tmp_path: Path, example_doc: dict[str, Any]) -> None:
    with create_from(tmp_path / "a.lip", copy.deepcopy(example_doc)) as cat:
        service = CatalogueService(cat)
        service.votes.annotate_vote(CLOSED_VOTE, "bestätigt")
        service.people.set_group_vote_defaults(GROUP, "dots", {"dots_per_person": 5})
        doc = copy.deepcopy(example_doc)
        doc["groups"][0]["name"] = "Gruppe Bildung"
        service.structure.import_document(doc)
        out = export(cat)
    assert out["groups"][0]["name"] == "Gruppe Bildung"
    assert out["groups"][0]["vote_defaults"]["dots"]["dots_per_person"] == 5
    assert out["votes"][0]["annotation"] == "bestätigt"


def test_an_annotation_may_change_on_a_closed_vote_by_import(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    with create_from(tmp_path / "a.lip", copy.deepcopy(doc)) as cat:
        doc["votes"][0]["annotation"] = "im Protokoll ergänzt"
        report = CatalogueService(cat).structure.import_document(doc).value
        assert report.updated["vote"] == 1
        assert export(cat)["votes"][0]["annotation"] == "im Protokoll ergänzt"


def test_a_vote_default_that_breaks_the_rules_is_refused_naming_group_and_key(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    doc["groups"][0]["vote_defaults"] = {"yes_no": {"majority": "meistens"}}
    with pytest.raises(LipError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "Expert*innengruppe Bildung" in info.value.message
    assert "„vote_defaults.yes_no“" in info.value.message


def test_deleting_what_live_records_name_keeps_the_export_importable(
        tmp_path: Path, example_doc: dict[str, Any]) -> None:
    """A deleted measure or agenda item leaves no dangling link in decisions or parked
    topics (they stay, unlinked); undoing the deletion puts the links back."""
    with create_from(tmp_path / "a.lip", example_doc) as cat:
        service = CatalogueService(cat)
        meeting = service.meetings.add_meeting(GROUP, "4. Sitzung", "2026-05-05T17:00").value
        agenda_id = service.meetings.add_agenda_item(meeting.id, "Punkt", 10).value.agenda[0].id
        parked = service.meetings.add_parking_item(meeting.id, "Neue Maßnahme").value
        created = service.meetings.resolve_parking_item(parked.id, into="measure",
                                                        parent_id=GOAL).value.converted_id
        assert created is not None
        service.meetings.add_decision(meeting.id, "Wird ausgearbeitet.",
                                      agenda_item_id=agenda_id, subject_type="measure",
                                      subject_id=created)
        before = export(cat)
        bundle = service.structure.delete_measure(created).value
        service.meetings.remove_agenda_item(meeting.id, agenda_id)
        after = export(cat)
        assert after["parking_items"][0]["status"] == "open"
        assert after["decisions"][0]["subject_id"] is None
        assert after["decisions"][0]["agenda_item_id"] is None
        with create_from(tmp_path / "b.lip", after) as again:
            assert export(again) == after
        service.structure.restore_bundle(bundle)
        restored = export(cat)
    assert restored["parking_items"] == before["parking_items"]
    assert restored["decisions"][0]["subject_id"] == created


# --------------------------------------------------------------------------- score and ranked


def _poll(doc: dict[str, Any], method: str, *, counts: bool = False) -> dict[str, Any]:
    return next(v for v in doc["votes"] if v["method"] == method
                and bool(v["counts"]) == counts)


def test_score_and_ranked_polls_of_the_example_import_and_round_trip(
        tmp_path: Path, example_v2: dict[str, Any], schema_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    with create_from(tmp_path / "a.lip", doc) as cat:
        once = export(cat)
        service = CatalogueService(cat)
        ranked = service.votes.get_vote(_poll(doc, "ranked")["id"]).vote
        assert ranked.status == "closed"
        assert [b["ranking"][0] for b in ranked.ballots] == [
            b["ranking"][0] for b in _poll(doc, "ranked")["ballots"]]
        assert service.people.group_vote_defaults(GROUP, "ranked") == {"max_ranks": 3}
    for method, counts in (("score", False), ("ranked", False), ("ranked", True)):
        assert _poll(once, method, counts=counts) == _poll(doc, method, counts=counts)
    assert once["groups"][0]["vote_defaults"]["score"] == {"scale_min": 0, "scale_max": 5}
    jsonschema.Draft202012Validator(schema_v2).validate(once)
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(again) == once


@pytest.mark.parametrize(
    ("method", "change", "detail"),
    [
        ("score", lambda v: v["result"]["ranking"][0].update(mean=4.5), "mean"),
        ("score", lambda v: v["result"]["ranking"][3].update(rank=3), "rank"),
        ("ranked", lambda v: v["result"]["ranking"][0].update(first=1), "first"),
        ("ranked", lambda v: v["result"]["ranking"][1].update(points=6), "points"),
    ],
)
def test_a_poll_result_that_does_not_follow_from_its_ballots_is_refused(
        tmp_path: Path, example_v2: dict[str, Any], method: str, change: Any,
        detail: str) -> None:
    doc = copy.deepcopy(example_v2)
    change(_poll(doc, method))
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert info.value.problems[0].code == "result_mismatch"
    assert detail in info.value.message


@pytest.mark.parametrize(
    ("method", "change", "code"),
    [
        ("score", lambda v: v["ballots"][0].update(score=6), "score_range"),
        ("score", lambda v: v["ballots"].append(dict(v["ballots"][0])), "second_ballot"),
        ("ranked", lambda v: v["ballots"][0]["ranking"].append(v["options"][3]["id"]),
         "ranking_too_long"),
        ("ranked", lambda v: v["ballots"][1]["ranking"].append(v["ballots"][1]["ranking"][0]),
         "ranking_repeat"),
        ("ranked", lambda v: v["ballots"][1].update(ranking=[]), "ranking_empty"),
    ],
)
def test_a_poll_ballot_breaking_its_rule_is_refused_on_import(
        tmp_path: Path, example_v2: dict[str, Any], method: str, change: Any,
        code: str) -> None:
    doc = copy.deepcopy(example_v2)
    vote = _poll(doc, method)
    change(vote)
    vote["result"] = None
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert info.value.problems[0].code == code
    assert "Abstimmung" in info.value.message
    assert vote["id"] not in info.value.message  # named, never by its id


def test_impossible_borda_totals_are_refused_on_import(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    vote = _poll(doc, "ranked", counts=True)
    first = next(iter(vote["counts"]))
    vote["counts"][first]["points"] = 99
    vote["result"] = None
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert info.value.problems[0].code == "bad_counts"


def test_a_poll_vote_default_with_a_bad_rule_is_refused(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    doc["groups"][0]["vote_defaults"]["score"] = {"scale_min": 5, "scale_max": 5}
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "vote_defaults.score" in info.value.message


def test_polls_made_in_the_app_export_and_import_identically(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    with create_from(tmp_path / "a.lip", doc) as cat:
        service = CatalogueService(cat)
        session = service.meetings.add_meeting(GROUP, "4. Sitzung", "2026-05-05T17:00").value.id
        service.meetings.update_meeting(session, status="running")
        for member in doc["groups"][0]["members"]:
            service.meetings.set_attendance(session, member["person_id"], True)
        state = service.votes.open_vote(session, "Neue Runde", "ranked",
                                        options=["A", "B", "C"]).value
        a, b, c = (o.id for o in state.vote.options)
        voters = [v.person_id for v in state.voters]
        service.votes.cast_ballot(state.vote.id, voters[0], ranking=[c, a])
        service.votes.cast_ballot(state.vote.id, voters[1], ranking=[a])
        scored = service.votes.open_vote(session, "Wie gut?", "score",
                                         rule={"scale_min": -2, "scale_max": 2},
                                         options=["X"]).value.vote
        service.votes.cast_ballot(scored.id, voters[0], option_id=scored.options[0].id,
                                  score=-2)
        once = export(cat)
    ranked = next(v for v in once["votes"] if v["id"] == state.vote.id)
    assert ranked["status"] == "open"
    assert ranked["ballots"] == [{"person_id": voters[0], "ranking": [c, a]},
                                 {"person_id": voters[1], "ranking": [a]}]
    assert [(e["option_id"], e["points"]) for e in ranked["result"]["ranking"]] == [
        (a, 5), (c, 3), (b, 0)]
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(again) == once


def test_a_speech_on_another_sessions_agenda_item_or_with_negative_time_is_refused(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    """A speech names its session's agenda item and a person; its time is at least 0."""
    doc = copy.deepcopy(example_v2)
    speech = doc["speeches"][0]
    speech["agenda_item_id"] = "5c0ffee0-0000-4000-8000-00000000aaaa"
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "Wortmeldung" in info.value.message and "Tagesordnungspunkt" in info.value.message
    doc = copy.deepcopy(example_v2)
    doc["speeches"][0]["seconds"] = -1
    with pytest.raises(LipError) as error:
        create_from(tmp_path / "y.lip", doc)
    assert "Redezeit" in error.value.message
    doc = copy.deepcopy(example_v2)
    doc["speeches"][0]["person_id"] = "5c0ffee0-0000-4000-8000-00000000bbbb"
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "z.lip", doc)
    assert "Person" in info.value.message

