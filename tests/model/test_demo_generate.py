"""The demo and generated catalogues are valid interchange documents.

Both are fed to the importer, which is all-or-nothing: one dangling reference or one
ballot that breaks a vote rule and the demo would not load at all. So these tests check
the schema, unique codes, every reference and every vote rule here, where a failure
points at the data rather than at the importer.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from lip_desktop.model.demo import DEFAULT_TERMINOLOGY, demo_catalogue
from lip_desktop.model.generate import _Ids, generate_catalogue, write_json

CONTRACT = Path(__file__).resolve().parents[1] / "contract"
SMALL = {"fields": 2, "goals_per_field": 3, "measures_per_goal": 4}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads((CONTRACT / "catalogue.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return demo_catalogue()


@pytest.fixture(scope="module")
def small() -> dict[str, Any]:
    return generate_catalogue(**SMALL)


def _errors(validator: Draft202012Validator, doc: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)
    ]


def _ids(doc: dict[str, Any], key: str) -> set[str]:
    return {r["id"] for r in doc[key]}


def _all_ids(doc: dict[str, Any]) -> Iterator[str]:
    """Every id in the document, nested records included."""
    for key, value in doc.items():
        if key == "catalogue":
            yield value["id"]
        elif isinstance(value, list):
            for record in value:
                yield record["id"]
                for nested in ("agenda", "options"):
                    for item in record.get(nested, []):
                        yield item["id"]


def _voters(doc: dict[str, Any], session: dict[str, Any]) -> dict[str, str]:
    """person id -> side of the session's voters: members with role member marked present."""
    group = next(g for g in doc["groups"] if g["id"] == session["group_id"])
    members = {m["person_id"] for m in group["members"] if m["role"] == "member"}
    present = {a["person_id"] for a in session["attendance"] if a["present"]}
    sides = {p["id"]: p["side"] for p in doc["people"]}
    return {pid: sides[pid] for pid in members & present}


def check_references(doc: dict[str, Any]) -> None:
    """Every id a record points to exists, with the right record type."""
    fields = _ids(doc, "action_fields")
    people = _ids(doc, "people")
    groups = _ids(doc, "groups")
    goals = {g["id"]: g for g in doc["goals"]}
    measures = _ids(doc, "measures")
    sessions = _ids(doc, "sessions")
    positions = _ids(doc, "positions")
    subjects = {
        "goal": set(goals),
        "measure": measures,
        "compromise": _ids(doc, "compromises"),
        "strategy_section": _ids(doc, "strategy_sections"),
    }

    def subject_ok(record: dict[str, Any], nullable: bool) -> bool:
        if record.get("subject_type") is None:
            return nullable and record.get("subject_id") is None
        return record["subject_id"] in subjects[record["subject_type"]]

    ids = list(_all_ids(doc))
    assert len(ids) == len(set(ids)), "ids must be unique"
    assert all(i == i.lower() and uuid.UUID(i) for i in ids)

    for group in doc["groups"]:
        assert group["action_field_id"] in fields
        persons = [m["person_id"] for m in group["members"]]
        assert set(persons) <= people
        assert len(persons) == len(set(persons))
    for goal in doc["goals"]:
        assert goal["action_field_id"] in fields
        parent = goal["parent_id"]
        if parent is not None:
            assert parent in goals
            assert goals[parent]["action_field_id"] == goal["action_field_id"]
            assert goal["code"].startswith(goals[parent]["code"] + ".")
    for measure in doc["measures"]:
        assert measure["goal_id"] in goals
        if measure["start"] and measure["end"]:
            assert measure["end"] >= measure["start"], measure["code"]
    for indicator in doc["indicators"]:
        assert indicator["measure_id"] in measures
    for session in doc["sessions"]:
        assert session["group_id"] in groups
        assert {a["person_id"] for a in session["attendance"]} <= people
        for item in session["agenda"]:
            assert subject_ok(item, nullable=True), item
    for position in doc["positions"]:
        assert subject_ok(position, nullable=False)
        assert position["session_id"] is None or position["session_id"] in sessions
        assert position["person_id"] is None or position["person_id"] in people
    for compromise in doc["compromises"]:
        assert subject_ok(compromise, nullable=False)
        assert compromise["session_id"] is None or compromise["session_id"] in sessions
        assert set(compromise["position_ids"]) <= positions
        for dissent in compromise["dissents"]:
            assert dissent["person_id"] is None or dissent["person_id"] in people
    for vote in doc["votes"]:
        assert vote["session_id"] in sessions
        assert subject_ok(vote, nullable=True)
        for option in vote["options"]:
            assert subject_ok(option, nullable=True)
        assert {b["person_id"] for b in vote["ballots"]} <= people
    for comment in doc["review_comments"]:
        assert subject_ok(comment, nullable=False)


def check_codes(doc: dict[str, Any]) -> None:
    """Codes are unique in the catalogue and spell out their place in the hierarchy."""
    codes = [
        r["code"] for key in ("action_fields", "goals", "measures") for r in doc[key]
    ]
    duplicates = [code for code, n in Counter(codes).items() if n > 1]
    assert not duplicates
    field_code = {f["id"]: f["code"] for f in doc["action_fields"]}
    goals = {g["id"]: g for g in doc["goals"]}
    for goal in goals.values():
        assert re.fullmatch(rf"{field_code[goal['action_field_id']]}-Z\d+(\.\d+)?", goal["code"])
    for measure in doc["measures"]:
        goal = goals[measure["goal_id"]]
        expected = goal["code"].replace("-Z", "-M", 1) + "."
        assert measure["code"].startswith(expected), measure["code"]
        assert measure["code"][len(expected):].isdigit()


# --- both catalogues -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["demo", "small"])
def test_valid_against_schema(
    name: str, validator: Draft202012Validator, request: pytest.FixtureRequest
) -> None:
    doc = request.getfixturevalue(name)
    assert _errors(validator, doc) == []
    # What goes to disk validates too (no tuples or other non-JSON types inside).
    assert _errors(validator, json.loads(json.dumps(doc))) == []


@pytest.mark.parametrize("name", ["demo", "small"])
def test_codes_unique_and_structured(name: str, request: pytest.FixtureRequest) -> None:
    check_codes(request.getfixturevalue(name))


@pytest.mark.parametrize("name", ["demo", "small"])
def test_references_resolve(name: str, request: pytest.FixtureRequest) -> None:
    check_references(request.getfixturevalue(name))


@pytest.mark.parametrize("name", ["demo", "small"])
def test_default_terminology(name: str, request: pytest.FixtureRequest) -> None:
    example = json.loads((CONTRACT / "example-small.json").read_text(encoding="utf-8"))
    expected = [(t["term"], t["replacement"], t["note"]) for t in example["terminology"]]
    doc = request.getfixturevalue(name)
    assert [(t["term"], t["replacement"], t["note"]) for t in doc["terminology"]] == expected
    assert list(DEFAULT_TERMINOLOGY) == expected


# --- demo ------------------------------------------------------------------------------


def test_demo_metadata(demo: dict[str, Any]) -> None:
    assert demo["catalogue"]["title"] == "LIP 2.0 – Wir sind Hannover (Demo)"
    assert demo["catalogue"]["city"] == "Hannover"
    assert demo["catalogue"]["process"] == "LIP 2.0"
    assert demo["catalogue"]["draft_version"] == 1
    assert [(f["code"], f["position"]) for f in demo["action_fields"]] == [
        ("BIL", 0), ("SOZ", 1), ("WIR", 2), ("STK", 3), ("DEM", 4), ("SVI", 5), ("JUG", 6)
    ]
    assert all(f["description"] for f in demo["action_fields"])
    assert 3 <= len(demo["strategy_sections"]) <= 4


def test_demo_sizes(demo: dict[str, Any]) -> None:
    assert len(demo["measures"]) >= 16
    assert len(demo["indicators"]) >= 20
    assert len(demo["people"]) >= 10
    assert len(demo["sessions"]) >= 2
    assert Counter(v["method"] for v in demo["votes"]).keys() == {"yes_no", "dots", "consent"}
    assert len({g["action_field_id"] for g in demo["goals"]}) >= 4
    assert any(g["parent_id"] for g in demo["goals"])
    assert any(m["code"].count(".") == 2 for m in demo["measures"])


def test_demo_groups_are_in_parity(demo: dict[str, Any]) -> None:
    sides = {p["id"]: p["side"] for p in demo["people"]}
    assert len(demo["groups"]) >= 2
    for group in demo["groups"]:
        roles = Counter(m["role"] for m in group["members"])
        assert roles["facilitator"] == 1
        assert roles["minutes"] == 1
        voting = Counter(sides[m["person_id"]] for m in group["members"] if m["role"] == "member")
        assert voting["administration"] == voting["external"] == 4


def test_demo_varies_every_enumeration(demo: dict[str, Any]) -> None:
    measures = demo["measures"]
    statuses = {"draft", "in_discussion", "agreed", "deferred", "rejected"}
    assert {m["status"] for m in measures} == statuses
    assert {m["kind"] for m in measures} == {"permanent", "time_limited", "review", None}
    assert {m["origin"] for m in measures} == {
        "expert_group", "survey", "public_event", "administration", "other"
    }
    assert {m["steering_decision"] for m in measures} == {None, "approved", "revise", "rejected"}
    assert {m["priority"] for m in measures} >= {1, 2, 3}
    assert len({g["status"] for g in demo["goals"]}) >= 4
    assert any(m["cost_eur"] is None for m in measures)
    assert any(m["cost_eur"] is not None and m["cost_eur"] % 1 for m in measures)  # cents
    for m in measures:
        assert re.fullmatch(r"\d{4}-\d{2}", m["start"])
        assert m["end"] is None or re.fullmatch(r"\d{4}-\d{2}", m["end"])
        assert m["partners"] and m["target_groups"] and m["title"] and m["description"]


def test_demo_has_something_for_each_check(demo: dict[str, Any]) -> None:
    """Exactly one agreed measure without kind, one without lead, one without indicators."""
    agreed = [m for m in demo["measures"] if m["status"] == "agreed"]
    with_indicators = {i["measure_id"] for i in demo["indicators"]}
    assert len([m for m in agreed if m["kind"] is None]) == 1
    assert len([m for m in agreed if m["lead"] == ""]) == 1
    assert len([m for m in agreed if m["id"] not in with_indicators]) == 1
    assert all(m["lead"] for m in demo["measures"] if m["status"] != "agreed")


def test_demo_outdated_terms_once_each(demo: dict[str, Any]) -> None:
    text = json.dumps({k: v for k, v in demo.items() if k != "terminology"}, ensure_ascii=False)
    assert text.count("Menschen mit Migrationshintergrund") == 1
    assert text.count("Mehrheitsgesellschaft") == 1
    assert "Aufnahmegesellschaft" not in text


def test_demo_sessions(demo: dict[str, Any]) -> None:
    closed = next(s for s in demo["sessions"] if s["starts_at"] == "2026-03-10T17:00")
    assert closed["status"] == "closed"
    assert closed["location"] == "Neues Rathaus, Trammplatz 2, Raum 104"
    assert closed["ends_at"] and closed["ends_at"] > closed["starts_at"]
    group = next(g for g in demo["groups"] if g["id"] == closed["group_id"])
    assert group["name"] == "Expert*innengruppe Bildung"
    assert {a["person_id"] for a in closed["attendance"]} == {
        m["person_id"] for m in group["members"]
    }
    assert [a["present"] for a in closed["attendance"]].count(False) == 1
    assert len(closed["agenda"]) == 4
    assert all(item["minutes"] for item in closed["agenda"])
    assert any(item["subject_type"] == "goal" for item in closed["agenda"])
    assert any(item["subject_type"] == "measure" for item in closed["agenda"])
    planned = [s for s in demo["sessions"] if s["status"] == "planned"]
    assert planned and all(s["agenda"] for s in planned)
    assert all(s["starts_at"] > closed["starts_at"] for s in planned)


def test_demo_negotiation(demo: dict[str, Any]) -> None:
    by_subject = Counter(p["subject_id"] for p in demo["positions"])
    subject, n = by_subject.most_common(1)[0]
    assert n >= 4
    on_subject = [p for p in demo["positions"] if p["subject_id"] == subject]
    assert any(p["person_id"] for p in on_subject)
    assert any(p["person_id"] is None and p["side"] for p in on_subject)
    assert any(
        p["person_id"] is None and p["side"] is None
        and p["label"] == "Migrant*innenselbstorganisationen"
        for p in on_subject
    )
    statuses = Counter(c["status"] for c in demo["compromises"])
    assert statuses["agreed"] >= 1 and statuses["proposed"] >= 1
    agreed = next(c for c in demo["compromises"] if c["status"] == "agreed")
    assert len(agreed["position_ids"]) == 2
    assert any(d["person_id"] for d in agreed["dissents"])
    assert any(d["person_id"] is None and d["label"] for d in agreed["dissents"])
    sources = {c["source"] for c in demo["review_comments"]}
    assert sources == {"word_review", "manual"}
    assert any(c["resolved"] for c in demo["review_comments"])


def test_demo_votes_follow_the_rules(demo: dict[str, Any]) -> None:
    sessions = {s["id"]: s for s in demo["sessions"]}
    seen: Counter[tuple[str, str]] = Counter()
    for vote in demo["votes"]:
        session = sessions[vote["session_id"]]
        assert session["status"] == "closed"
        assert vote["status"] == "closed" and vote["result"] is None
        assert vote["opened_at"] and vote["closed_at"] and vote["closed_at"] > vote["opened_at"]
        assert vote["opened_at"][:10] == session["starts_at"][:10]
        voters = _voters(demo, session)
        assert {b["person_id"] for b in vote["ballots"]} <= set(voters)
        assert not (vote["ballots"] and vote["counts"]), "ballots or counts, never both"
        option_ids = {o["id"] for o in vote["options"]}
        rule = vote["rule"]
        method = vote["method"]
        seen[(method, "counts" if vote["counts"] else "ballots")] += 1

        if method == "yes_no":
            assert set(rule) == {"quorum_min_present", "majority", "parity"}
            assert vote["options"] == []
            if vote["counts"]:
                present = Counter(voters.values())
                for side in ("administration", "external"):
                    assert set(vote["counts"][side]) == {"yes", "no", "abstain"}
                    assert sum(vote["counts"][side].values()) <= present[side]
            else:
                persons = [b["person_id"] for b in vote["ballots"]]
                assert sorted(persons) == sorted(voters)  # one ballot per voter
                assert {b["choice"] for b in vote["ballots"]} <= {"yes", "no", "abstain"}
        elif method == "dots":
            assert rule == {"dots_per_person": 3, "max_per_option": 2}
            assert len(vote["options"]) == 4
            assert any(o["subject_type"] == "measure" for o in vote["options"])
            totals: dict[str, int] = defaultdict(int)
            pairs = Counter((b["person_id"], b["option_id"]) for b in vote["ballots"])
            assert max(pairs.values()) == 1
            for b in vote["ballots"]:
                assert b["option_id"] in option_ids
                assert 1 <= b["points"] <= rule["max_per_option"]
                totals[b["person_id"]] += b["points"]
            assert max(totals.values()) <= rule["dots_per_person"]
        else:
            assert method == "consent"
            assert rule == {"scale_max": 10}
            labels = {o["label"] for o in vote["options"]}
            assert "Passivlösung (alles bleibt, wie es ist)" in labels
            pairs = Counter((b["person_id"], b["option_id"]) for b in vote["ballots"])
            assert set(pairs) == {(p, o) for p in voters for o in option_ids}
            assert max(pairs.values()) == 1
            assert all(0 <= b["resistance"] <= rule["scale_max"] for b in vote["ballots"])
    assert seen == {
        ("yes_no", "ballots"): 1, ("yes_no", "counts"): 1, ("dots", "ballots"): 1,
        ("consent", "ballots"): 1,
    }
    parity_vote = next(v for v in demo["votes"] if v["method"] == "yes_no" and v["ballots"])
    assert parity_vote["rule"] == {
        "quorum_min_present": 5, "majority": "two_thirds", "parity": True
    }


def test_demo_is_fresh_and_stable() -> None:
    first = demo_catalogue()
    first["measures"].clear()
    assert demo_catalogue()["measures"]
    assert demo_catalogue() == demo_catalogue()


# --- generator -------------------------------------------------------------------------


def test_generate_small_sizes(small: dict[str, Any]) -> None:
    assert len(small["action_fields"]) == 2
    assert len(small["goals"]) == 6
    assert len(small["measures"]) == 24
    assert len(small["indicators"]) == 48
    assert [f["code"] for f in small["action_fields"]] == ["BIL", "SOZ"]
    members = small["groups"][0]["members"]
    assert sum(m["role"] == "member" for m in members) == 8
    assert len(small["sessions"]) == 1


def test_generate_beyond_seven_fields(validator: Draft202012Validator) -> None:
    doc = generate_catalogue(fields=9, goals_per_field=12, measures_per_goal=1, seed=3)
    assert _errors(validator, doc) == []
    assert [f["code"] for f in doc["action_fields"]][7:] == ["F8", "F9"]
    assert "F9-Z12" in {g["code"] for g in doc["goals"]}
    assert "F9-M12.1" in {m["code"] for m in doc["measures"]}
    check_codes(doc)
    check_references(doc)


def test_generate_is_deterministic() -> None:
    assert generate_catalogue(**SMALL, seed=7) == generate_catalogue(**SMALL, seed=7)
    assert generate_catalogue(**SMALL, seed=7) != generate_catalogue(**SMALL, seed=8)


def test_generate_text_and_values() -> None:
    doc = generate_catalogue(fields=3, goals_per_field=20, measures_per_goal=10)
    for measure in doc["measures"]:
        assert 200 <= len(measure["description"]) <= 400
        assert measure["cost_eur"] is None or measure["cost_eur"] >= 0
    assert len({m["status"] for m in doc["measures"]}) == 5
    assert len({m["kind"] for m in doc["measures"]}) == 4
    text = json.dumps({k: v for k, v in doc.items() if k != "terminology"}, ensure_ascii=False)
    for term, _, _ in DEFAULT_TERMINOLOGY:
        assert term not in text


def test_fast_ids_match_uuid5() -> None:
    ids = _Ids("lip-desktop:generated:0:")
    for name in ("catalogue", "measure:BIL-M1.1", "indikator:Ä/ü"):
        expected = uuid.uuid5(uuid.NAMESPACE_URL, f"lip-desktop:generated:0:{name}")
        assert ids(name) == str(expected)


def test_generate_default_size_has_unique_codes() -> None:
    # How long this takes is measured in bench/, never asserted in a test.
    doc = generate_catalogue()
    assert len(doc["measures"]) == 21_000
    assert len(doc["indicators"]) == 42_000
    assert len({m["code"] for m in doc["measures"]}) == 21_000


def test_write_json_round_trips(tmp_path: Path, small: dict[str, Any]) -> None:
    path = tmp_path / "katalog.json"
    write_json(small, path)
    raw = path.read_bytes()
    assert "Maßnahme".encode() in raw  # umlauts and ß unescaped
    assert b"\\u00" not in raw
    assert raw.startswith(b'{\n "format"')  # indent=1
    assert json.loads(raw.decode("utf-8")) == small
