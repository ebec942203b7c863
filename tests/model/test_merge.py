"""The three-way merge of two copies of one catalogue: every rule of issue 8, on real files.

A "copy" here is what people really do: the ``.lip`` file copied (USB stick, share), or a
JSON export imported into a new catalogue. Each side then works through the services,
exactly as the app does, and the lead merges.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from lip_desktop.model import demo, interchange, revisions
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.services import CatalogueService
from tests.support import create_from


def records(service: CatalogueService, record_type: str) -> dict[str, dict[str, Any]]:
    with service.catalogue.read() as conn:
        return revisions.load_records(conn, record_type)


def measure_ids(service: CatalogueService) -> list[str]:
    return sorted(records(service, "measure"))


class Pair:
    """The lead's master and a facilitator's copy of it."""

    def __init__(self, tmp: Path, *, via_json: bool = False) -> None:
        self.tmp = tmp
        self.master_path = tmp / "master.lip"
        self.copy_path = tmp / "kopie.lip"
        cat = create_from(self.master_path, demo.demo_catalogue())
        if via_json:
            with cat.read() as conn:
                doc = interchange.export_document(conn)
            self.json_path = tmp / "export.json"
            self.json_path.write_text(interchange.dumps(doc), encoding="utf-8")
            create_from(self.copy_path, json.loads(self.json_path.read_text())).close()
            self.master = CatalogueService(cat)
        else:
            cat.close()
            shutil.copy(self.master_path, self.copy_path)
            self.master = CatalogueService(Catalogue.open(self.master_path, actor="Projektleitung"))
        self.copy = CatalogueService(Catalogue.open(self.copy_path, actor="Moderation Bildung"))

    def close(self) -> None:
        for s in (self.master, self.copy):
            s.catalogue.close(backup=False)

    def merge_copy_into_master(self) -> Any:
        return self.master.merge.merge(self.copy_path).value

    def merge_master_into_copy(self) -> Any:
        return self.copy.merge.merge(self.master_path).value


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = Pair(tmp_path)
    yield p
    p.close()


@pytest.fixture
def json_pair(tmp_path: Path) -> Iterator[Pair]:
    p = Pair(tmp_path, via_json=True)
    yield p
    p.close()


def title(service: CatalogueService, measure_id: str) -> str:
    return str(records(service, "measure")[measure_id]["title"])


# --- fields -------------------------------------------------------------------------------


@pytest.mark.parametrize("starting_point", ["file_copy", "json_import"])
def test_field_changed_on_one_side_is_taken_in_both_directions(tmp_path: Path,
                                                               starting_point: str) -> None:
    p = Pair(tmp_path, via_json=starting_point == "json_import")
    try:
        m0, m1 = measure_ids(p.master)[:2]
        p.copy.structure.update_measure(m0, title="Sprachkurse im Stadtteil")
        p.master.structure.update_measure(m1, lead="Fachbereich Schule")
        report = p.merge_copy_into_master()
        assert not report.nothing_new and report.new_conflicts == 0
        assert title(p.master, m0) == "Sprachkurse im Stadtteil"
        assert records(p.master, "measure")[m1]["lead"] == "Fachbereich Schule"
        back = p.merge_master_into_copy()
        assert back.new_conflicts == 0
        assert records(p.copy, "measure")[m1]["lead"] == "Fachbereich Schule"
        assert title(p.copy, m0) == "Sprachkurse im Stadtteil"
        with p.master.catalogue.read() as a, p.copy.catalogue.read() as b:
            for rt in ("goal", "measure", "indicator", "session", "vote"):
                assert revisions.load_records(a, rt) == revisions.load_records(b, rt)
    finally:
        p.close()


def test_same_change_on_both_sides_is_no_conflict(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    for side in (pair.master, pair.copy):
        side.structure.update_measure(m0, title="Gleicher neuer Titel")
    report = pair.merge_copy_into_master()
    assert report.new_conflicts == 0 and report.open_conflicts == 0
    assert pair.master.merge.conflicts() == []


def test_different_changes_are_a_conflict_target_keeps_its_value(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    base = title(pair.master, m0)
    pair.master.structure.update_measure(m0, title="Titel der Projektleitung")
    pair.copy.structure.update_measure(m0, title="Titel der Moderation")
    report = pair.merge_copy_into_master()
    assert report.new_conflicts == 1
    assert title(pair.master, m0) == "Titel der Projektleitung"
    [c] = pair.master.merge.conflicts()
    assert (c.record_type, c.record_id, c.field) == ("measure", m0, "title")
    assert (c.base, c.mine, c.theirs) == (base, "Titel der Projektleitung",
                                          "Titel der Moderation")
    assert c.mine_by == "Projektleitung" and c.theirs_by == "Moderation Bildung"
    assert c.code and c.title.startswith(c.code) and m0 not in c.title
    assert c.field_label == "Titel" and c.is_text
    assert any("Konflikt" in line for line in report.lines())


def test_second_merge_of_the_same_source_reports_nothing_new_and_changes_nothing(
        pair: Pair) -> None:
    m0, m1 = measure_ids(pair.master)[:2]
    pair.master.structure.update_measure(m0, title="A")
    pair.copy.structure.update_measure(m0, title="B")
    pair.copy.structure.update_measure(m1, title="neu aus der Kopie")
    pair.merge_copy_into_master()
    size_before = pair.master_path.stat().st_size
    with pair.master.catalogue.read() as conn:
        log_before = conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()
        revs_before = conn.exec_driver_sql("SELECT count(*) FROM record_revision").scalar()
    again = pair.merge_copy_into_master()
    assert again.nothing_new
    assert "nichts Neues" in again.lines()[0]
    assert again.open_conflicts == 1  # still there, not forgotten, not listed twice
    assert len(pair.master.merge.conflicts()) == 1
    with pair.master.catalogue.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar() == log_before
        assert conn.exec_driver_sql("SELECT count(*) FROM record_revision").scalar() \
            == revs_before
    assert pair.master_path.stat().st_size == size_before


def test_changed_again_there_updates_the_one_open_conflict(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.master.structure.update_measure(m0, title="A")
    pair.copy.structure.update_measure(m0, title="B")
    pair.merge_copy_into_master()
    pair.copy.structure.update_measure(m0, title="C")
    pair.merge_copy_into_master()
    [c] = pair.master.merge.conflicts()
    assert c.theirs == "C" and c.mine == "A"


# --- records ------------------------------------------------------------------------------


def test_records_added_on_both_sides_are_added(pair: Pair) -> None:
    goal = next(iter(records(pair.master, "goal")))
    a = pair.master.structure.add_measure(goal, "Neu in der Zentrale").value
    b = pair.copy.structure.add_measure(goal, "Neu in der Kopie").value
    ind = pair.copy.structure.add_indicator(b.id, "Teilnehmende").value
    report = pair.merge_copy_into_master()
    ms = records(pair.master, "measure")
    assert a.id in ms and b.id in ms
    assert ind.id in records(pair.master, "indicator")
    assert report.added == {"measure": 1, "indicator": 1}
    assert any(line.startswith("Nach Handlungsfeld") for line in report.lines())


def test_same_new_code_on_both_sides_gets_the_next_free_code(pair: Pair) -> None:
    field = next(iter(records(pair.master, "action_field").values()))
    a = pair.master.structure.add_goal(field["id"], "Ziel der Zentrale").value
    b = pair.copy.structure.add_goal(field["id"], "Ziel der Kopie").value
    assert a.code == b.code  # both sides handed out the same next code
    report = pair.merge_copy_into_master()
    goals = records(pair.master, "goal")
    assert goals[a.id]["code"] == a.code
    new_code = goals[b.id]["code"]
    assert new_code != a.code
    assert report.recoded == (("Ziel „Ziel der Kopie“", b.code, new_code),)
    assert any(b.code in line and new_code in line for line in report.lines())
    codes = [g["code"] for g in goals.values()]
    assert len(codes) == len(set(codes))


def test_deleted_on_one_side_unchanged_on_the_other_is_deleted_both_ways(pair: Pair) -> None:
    m0, m1 = measure_ids(pair.master)[:2]
    pair.copy.structure.delete_measure(m0)
    pair.master.structure.delete_measure(m1)
    report = pair.merge_copy_into_master()
    assert m0 not in records(pair.master, "measure")
    assert report.deleted.get("measure") == 1
    pair.merge_master_into_copy()
    assert m1 not in records(pair.copy, "measure")
    assert pair.master.merge.conflicts() == [] and pair.copy.merge.conflicts() == []


def test_deleted_there_changed_here_is_a_conflict_never_a_silent_drop(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.copy.structure.delete_measure(m0)
    pair.master.structure.update_measure(m0, title="Hier geändert")
    pair.merge_copy_into_master()
    assert title(pair.master, m0) == "Hier geändert"
    [c] = pair.master.merge.conflicts()
    assert c.kind == "deleted_there" and c.field is None and c.theirs is None
    assert c.field_label == "Datensatz"
    # its indicators, deleted there with it, stay here with it until someone decides
    indicators = {i for i, rec in records(pair.master, "indicator").items()
                  if rec["measure_id"] == m0}
    assert indicators
    # deciding "übernehmen" deletes it; undo brings it back
    pair.master.merge.resolve(c.id, "theirs")
    assert m0 not in records(pair.master, "measure")
    pair.master.merge.reopen(c.id)
    assert title(pair.master, m0) == "Hier geändert"


def test_a_decided_deletion_conflict_does_not_come_back(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.copy.structure.delete_measure(m0)
    pair.master.structure.update_measure(m0, title="Hier geändert")
    pair.merge_copy_into_master()
    [c] = pair.master.merge.conflicts()
    pair.master.merge.resolve(c.id, "mine")
    kept = {i for i, rec in records(pair.master, "indicator").items()
            if rec["measure_id"] == m0}
    assert kept
    again = pair.merge_copy_into_master()
    assert again.nothing_new and pair.master.merge.conflicts() == []
    assert kept <= set(records(pair.master, "indicator"))


def test_deleted_here_changed_there_is_a_conflict_never_a_silent_resurrection(
        pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    indicators = [i for i in records(pair.master, "indicator").values()
                  if i["measure_id"] == m0]
    pair.master.structure.delete_measure(m0)
    pair.copy.structure.update_measure(m0, title="In der Kopie geändert")
    pair.merge_copy_into_master()
    assert m0 not in records(pair.master, "measure")
    [c] = pair.master.merge.conflicts()
    assert c.kind == "deleted_here" and c.mine is None
    assert c.theirs["title"] == "In der Kopie geändert"
    pair.master.merge.resolve(c.id, "theirs")
    assert title(pair.master, m0) == "In der Kopie geändert"
    del indicators  # the indicators went with the deletion here; they are not resurrected


def test_deletion_there_keeps_a_record_that_records_here_hang_on(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.copy.structure.delete_measure(m0)
    new_ind = pair.master.structure.add_indicator(m0, "Neu hier").value
    pair.merge_copy_into_master()
    assert m0 in records(pair.master, "measure")
    assert new_ind.id in records(pair.master, "indicator")
    assert [c.kind for c in pair.master.merge.conflicts()] == ["deleted_there"]


def test_added_there_under_a_record_deleted_here_waits_in_the_conflict(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.master.structure.delete_measure(m0)
    ind = pair.copy.structure.add_indicator(m0, "Neu in der Kopie").value
    report = pair.merge_copy_into_master()
    assert ind.id not in records(pair.master, "indicator")
    [c] = pair.master.merge.conflicts()
    assert c.kind == "deleted_here" and c.record_id == m0
    assert report.new_conflicts == 1
    pair.master.merge.resolve(c.id, "theirs")
    assert m0 in records(pair.master, "measure")
    assert ind.id in records(pair.master, "indicator")


# --- votes and ordered lists --------------------------------------------------------------


def _open_vote(service: CatalogueService) -> tuple[str, str, list[str]]:
    session = next(s for s in records(service, "session").values() if s["status"] != "closed")
    group = records(service, "group")[session["group_id"]]
    for member in group["members"][:3]:
        service.meetings.set_attendance(session["id"], member["person_id"], True)
    vote = service.votes.open_vote(session["id"], "Soll die Maßnahme aufgenommen werden?").value
    return session["id"], vote.vote.id, [v.person_id for v in vote.voters]


def test_ballots_of_an_open_vote_merge_per_voter(tmp_path: Path) -> None:
    cat = create_from(tmp_path / "master.lip", demo.demo_catalogue())
    master = CatalogueService(cat)
    _session, vote_id, people = _open_vote(master)
    assert len(people) >= 2
    cat.close()
    shutil.copy(tmp_path / "master.lip", tmp_path / "kopie.lip")
    master = CatalogueService(Catalogue.open(tmp_path / "master.lip", actor="A"))
    copy = CatalogueService(Catalogue.open(tmp_path / "kopie.lip", actor="B"))
    try:
        master.votes.cast_ballot(vote_id, people[0], choice="yes")
        copy.votes.cast_ballot(vote_id, people[1], choice="no")
        report = master.merge.merge(tmp_path / "kopie.lip").value
        assert report.new_conflicts == 0
        ballots = records(master, "vote")[vote_id]["ballots"]
        assert {(b["person_id"], b["choice"]) for b in ballots} == {
            (people[0], "yes"), (people[1], "no")}
    finally:
        master.catalogue.close(backup=False)
        copy.catalogue.close(backup=False)



def test_rankings_of_an_open_ranked_poll_merge_per_voter(tmp_path: Path) -> None:
    cat = create_from(tmp_path / "master.lip", demo.demo_catalogue())
    master = CatalogueService(cat)
    session_id, _vote_id, people = _open_vote(master)
    poll = master.votes.open_vote(session_id, "Reihenfolge?", "ranked",
                                  options=["A", "B", "C"]).value.vote
    a, b, c = (o.id for o in poll.options)
    cat.close()
    shutil.copy(tmp_path / "master.lip", tmp_path / "kopie.lip")
    master = CatalogueService(Catalogue.open(tmp_path / "master.lip", actor="A"))
    copy = CatalogueService(Catalogue.open(tmp_path / "kopie.lip", actor="B"))
    try:
        master.votes.cast_ballot(poll.id, people[0], ranking=[a, b])
        copy.votes.cast_ballot(poll.id, people[1], ranking=[c])
        report = master.merge.merge(tmp_path / "kopie.lip").value
        assert report.new_conflicts == 0
        merged = records(master, "vote")[poll.id]
        assert sorted((x["person_id"], tuple(x["ranking"])) for x in merged["ballots"]) == \
            sorted([(people[0], (a, b)), (people[1], (c,))])
        points = {e["option_id"]: e["points"] for e in merged["result"]["ranking"]}
        assert points == {a: 3, b: 2, c: 3}
    finally:
        master.catalogue.close(backup=False)
        copy.catalogue.close(backup=False)

def test_closed_vote_is_never_changed_and_two_results_are_one_conflict(tmp_path: Path
                                                                       ) -> None:
    cat = create_from(tmp_path / "master.lip", demo.demo_catalogue())
    master = CatalogueService(cat)
    _session_id, vote_id, people = _open_vote(master)
    cat.close()
    shutil.copy(tmp_path / "master.lip", tmp_path / "kopie.lip")
    master = CatalogueService(Catalogue.open(tmp_path / "master.lip", actor="A"))
    copy = CatalogueService(Catalogue.open(tmp_path / "kopie.lip", actor="B"))
    try:
        master.votes.cast_ballot(vote_id, people[0], choice="yes")
        master.votes.close_vote(vote_id)
        copy.votes.cast_ballot(vote_id, people[0], choice="no")
        copy.votes.close_vote(vote_id)
        copy.votes.annotate_vote(vote_id, "nach Sitzung bestätigt")
        before = records(master, "vote")[vote_id]
        master.merge.merge(tmp_path / "kopie.lip")
        after = records(master, "vote")[vote_id]
        assert after["ballots"] == before["ballots"] and after["result"] == before["result"]
        [c] = master.merge.conflicts()
        assert c.kind == "vote_result" and c.field_label == "Abstimmungsergebnis"
        assert c.mine["ballots"][0]["choice"] == "yes"
        assert c.theirs["ballots"][0]["choice"] == "no"
    finally:
        master.catalogue.close(backup=False)
        copy.catalogue.close(backup=False)


def test_agenda_items_added_on_both_sides_are_all_there_once(pair: Pair) -> None:
    session = next(s for s in records(pair.master, "session").values()
                   if s["status"] == "planned")
    pair.master.meetings.add_agenda_item(session["id"], "Punkt der Zentrale")
    pair.copy.meetings.add_agenda_item(session["id"], "Punkt der Kopie")
    report = pair.merge_copy_into_master()
    assert report.new_conflicts == 0
    titles = [a["title"] for a in records(pair.master, "session")[session["id"]]["agenda"]]
    assert titles.count("Punkt der Zentrale") == 1 and titles.count("Punkt der Kopie") == 1
    assert len(titles) == len(session["agenda"]) + 2


# --- whole-merge guarantees ---------------------------------------------------------------


def test_cancelled_merge_changes_nothing(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.copy.structure.update_measure(m0, title="Kopie")
    seen: list[str] = []

    def progress(done: int, total: int, text: str) -> bool:
        seen.append(text)
        return done < 3  # cancel while writing

    with pytest.raises(CancelledError):
        pair.master.merge.merge(pair.copy_path, progress=progress)
    assert title(pair.master, m0) != "Kopie"
    assert pair.master.merge.conflicts() == []
    assert seen


def test_merge_makes_a_verified_backup_first(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.copy.structure.update_measure(m0, title="Kopie")
    before = title(pair.master, m0)
    report = pair.merge_copy_into_master()
    assert report.backup
    backup = next(b for b in pair.master.catalogue.list_backups() if b.reason == "merge")
    assert backup.path.name == report.backup
    with ReadOnly(backup.path) as svc:
        assert title(svc, m0) == before


class ReadOnly:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> CatalogueService:
        self.svc = CatalogueService(Catalogue.open(self.path, readonly=True))
        return self.svc

    def __exit__(self, *exc: object) -> None:
        self.svc.catalogue.close()


def test_a_copy_of_another_catalogue_is_refused(tmp_path: Path, pair: Pair) -> None:
    from lip_desktop.model import defaults

    fresh = create_from(tmp_path / "neu.lip", defaults.new_catalogue_document())
    fresh.close()
    with pytest.raises(LipError) as info:
        pair.master.merge.merge(tmp_path / "neu.lip")
    assert info.value.code == "merge_foreign"
    assert "anderen Katalogs" in info.value.message


def test_merging_a_catalogue_with_itself_is_refused(pair: Pair) -> None:
    with pytest.raises(LipError) as info:
        pair.master.merge.merge(pair.master_path)
    assert info.value.code == "merge_same_file"


def test_a_json_file_is_a_source_too(json_pair: Pair, tmp_path: Path) -> None:
    m0, m1 = measure_ids(json_pair.master)[:2]
    json_pair.copy.structure.update_measure(m0, title="Aus der JSON-Kopie")
    json_pair.master.structure.update_measure(m1, title="In der Zentrale")
    with json_pair.copy.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    exported = tmp_path / "kopie.json"
    exported.write_text(interchange.dumps(doc), encoding="utf-8")
    report = json_pair.master.merge.merge(exported).value
    assert report.new_conflicts == 0
    assert title(json_pair.master, m0) == "Aus der JSON-Kopie"
    assert title(json_pair.master, m1) == "In der Zentrale"  # the file's older state loses
    assert json_pair.master.merge.merge(exported).value.nothing_new


# --- deciding -----------------------------------------------------------------------------


def test_decisions_keep_take_or_edit_and_undo(pair: Pair) -> None:
    ids = measure_ids(pair.master)[:3]
    for n, m in enumerate(ids):
        pair.master.structure.update_measure(m, title=f"Zentrale {n}")
        pair.copy.structure.update_measure(m, title=f"Kopie {n}")
    pair.merge_copy_into_master()
    by_record = {c.record_id: c for c in pair.master.merge.conflicts()}
    pair.master.merge.resolve(by_record[ids[0]].id, "mine")
    pair.master.merge.resolve(by_record[ids[1]].id, "theirs")
    pair.master.merge.resolve(by_record[ids[2]].id, "edited", "Dritter Text")
    assert [title(pair.master, m) for m in ids] == ["Zentrale 0", "Kopie 1", "Dritter Text"]
    assert pair.master.merge.conflicts() == []
    with pytest.raises(LipError) as info:
        pair.master.merge.resolve(by_record[ids[1]].id, "mine")
    assert info.value.code == "conflict_decided"
    pair.master.merge.reopen(by_record[ids[1]].id)
    assert title(pair.master, ids[1]) == "Zentrale 1"
    assert len(pair.master.merge.conflicts()) == 1


def test_undo_of_a_decision_never_overwrites_a_later_edit(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.master.structure.update_measure(m0, title="A")
    pair.copy.structure.update_measure(m0, title="B")
    pair.merge_copy_into_master()
    [c] = pair.master.merge.conflicts()
    pair.master.merge.resolve(c.id, "theirs")
    pair.master.structure.update_measure(m0, title="Später von Hand")
    with pytest.raises(LipError) as info:
        pair.master.merge.reopen(c.id)
    assert info.value.code == "undo_stale"
    assert title(pair.master, m0) == "Später von Hand"


def test_unknown_conflict_is_refused_in_german(pair: Pair) -> None:
    with pytest.raises(LipError) as info:
        pair.master.merge.resolve(4711, "theirs")
    assert "4711" in info.value.message and "Konflikt" in info.value.message


def test_conflicts_survive_closing_and_the_next_merge(pair: Pair) -> None:
    m0 = measure_ids(pair.master)[0]
    pair.master.structure.update_measure(m0, title="A")
    pair.copy.structure.update_measure(m0, title="B")
    pair.merge_copy_into_master()
    pair.master.catalogue.close()
    pair.master = CatalogueService(Catalogue.open(pair.master_path, actor="Projektleitung"))
    m1 = measure_ids(pair.master)[1]
    pair.copy.structure.update_measure(m1, title="Noch etwas")
    report = pair.merge_copy_into_master()
    assert report.open_conflicts == 1 and report.new_conflicts == 0
    assert [c.record_id for c in pair.master.merge.conflicts()] == [m0]


def test_merge_back_after_the_lead_merged_brings_no_false_conflicts(pair: Pair) -> None:
    m0, m1, m2 = measure_ids(pair.master)[:3]
    pair.copy.structure.update_measure(m0, title="Kopie 1")
    pair.master.structure.update_measure(m1, title="Zentrale 1")
    pair.merge_copy_into_master()
    pair.master.structure.update_measure(m2, title="Zentrale 2")
    pair.copy.structure.update_measure(m0, title="Kopie 2")
    back = pair.merge_master_into_copy()
    assert back.new_conflicts == 0
    assert [title(pair.copy, m) for m in (m0, m1, m2)] == ["Kopie 2", "Zentrale 1",
                                                          "Zentrale 2"]
    forth = pair.merge_copy_into_master()
    assert forth.new_conflicts == 0
    assert title(pair.master, m0) == "Kopie 2"


def test_a_catalogue_from_before_revisions_records_them_on_open_and_merges(tmp_path: Path
                                                                          ) -> None:
    """A file of the first release: opening it migrates it and records every record's
    state at once, so a copy made right after (before any edit) shares that state."""
    from tests.support import old_catalogue

    master_path = tmp_path / "alt.lip"
    old_catalogue(master_path)
    Catalogue.open(master_path).close(backup=False)
    shutil.copy(master_path, tmp_path / "kopie.lip")
    master = CatalogueService(Catalogue.open(master_path, actor="A"))
    copy = CatalogueService(Catalogue.open(tmp_path / "kopie.lip", actor="B"))
    try:
        person = next(iter(records(master, "person")))
        copy.people.update_person(person, name="Birgit Sommer-Klein")
        master.people.update_person(person, organisation="Fachbereich Bildung")
        report = master.merge.merge(tmp_path / "kopie.lip").value
        assert report.new_conflicts == 0
        p = records(master, "person")[person]
        assert (p["name"], p["organisation"]) == ("Birgit Sommer-Klein", "Fachbereich Bildung")
    finally:
        master.catalogue.close(backup=False)
        copy.catalogue.close(backup=False)


def test_a_file_that_is_no_catalogue_is_refused_in_german(tmp_path: Path, pair: Pair) -> None:
    junk = tmp_path / "notizen.txt"
    junk.write_text("keine Katalogdatei", encoding="utf-8")
    with pytest.raises(LipError) as info:
        pair.master.merge.merge(junk)
    assert info.value.code == "merge_unreadable" and "notizen.txt" in info.value.message
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"format": "lip-catalogue", "version": 2, ', encoding="utf-8")
    with pytest.raises(LipError) as info:
        pair.master.merge.merge(broken)
    assert "JSON" in info.value.message


def test_a_damaged_copy_is_refused_naming_it_and_nothing_changes(tmp_path: Path,
                                                                 pair: Pair) -> None:
    pair.copy.catalogue.close(backup=False)
    data = bytearray(pair.copy_path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 2):
        data[offset:offset + 4096] = b"\xff" * 4096
    pair.copy_path.write_bytes(bytes(data))
    before = records(pair.master, "measure")
    with pytest.raises(LipError) as info:
        pair.master.merge.merge(pair.copy_path)
    assert info.value.code == "merge_damaged"
    assert "kopie.lip" in info.value.message and "lip-merge" not in info.value.message
    assert records(pair.master, "measure") == before
    pair.copy = CatalogueService(Catalogue.open(pair.master_path, readonly=True))


def test_codes_swapped_or_shifted_there_arrive_without_a_clash(pair: Pair) -> None:
    goal = next(g for g in records(pair.master, "goal").values()
                if sum(1 for m in records(pair.master, "measure").values()
                       if m["goal_id"] == g["id"]) >= 2)
    first, second = sorted((m for m in records(pair.master, "measure").values()
                            if m["goal_id"] == goal["id"]), key=lambda m: m["code"])[:2]
    pair.copy.structure.update_measure(first["id"], code="BIL-M99.1")
    pair.copy.structure.update_measure(second["id"], code=first["code"])
    pair.copy.structure.update_measure(first["id"], code=second["code"])
    report = pair.merge_copy_into_master()
    ms = records(pair.master, "measure")
    assert (ms[first["id"]]["code"], ms[second["id"]]["code"]) == (second["code"],
                                                                   first["code"])
    assert report.recoded == () and report.new_conflicts == 0


@pytest.mark.parametrize("make", ["demo", "generated"])
def test_first_revisions_of_an_import_match_the_records_as_read_back(tmp_path: Path,
                                                                     make: str) -> None:
    """The import hashes the records in hand; reading them back must give the same
    hashes, or a JSON copy would not share its states with its origin."""
    from lip_desktop.model.generate import generate_catalogue

    doc = demo.demo_catalogue() if make == "demo" else generate_catalogue(
        fields=2, goals_per_field=3, measures_per_goal=4)
    cat = create_from(tmp_path / "neu.lip", doc)
    try:
        with cat.read() as conn:
            pending = revisions.has_pending(conn)
            for record_type in ("catalogue", *interchange.COLLECTIONS):
                recs = revisions.load_records(conn, record_type)
                latest = revisions.latest_hashes(conn, record_type, recs)
                assert latest == {rid: revisions.hash_of(record_type, rec)
                                  for rid, rec in recs.items()}, record_type
        assert not pending
    finally:
        cat.close(backup=False)


def test_a_forged_copy_cannot_bring_invalid_records_or_states(pair: Pair) -> None:
    """A .lip file can come from anywhere: its records pass the import's checks, and a
    stored state whose content does not hash to its name is not learnt."""
    import sqlite3

    m0, m1 = measure_ids(pair.master)[:2]
    pair.copy.structure.update_measure(m1, title="Gültige Änderung")
    pair.copy.catalogue.close(backup=False)
    db = sqlite3.connect(pair.copy_path)
    db.execute("UPDATE revision_data SET data = ? WHERE hash IN "
               "(SELECT hash FROM record_revision WHERE record_id = ?)",
               ('{"title": "untergeschoben"}', m1))
    db.commit()
    db.close()
    report = pair.master.merge.merge(pair.copy_path).value
    assert title(pair.master, m1) == "Gültige Änderung"
    with pair.master.catalogue.read() as conn:
        forged = conn.exec_driver_sql(
            "SELECT count(*) FROM revision_data WHERE data LIKE '%untergeschoben%'").scalar()
    assert forged == 0 and report.new_conflicts == 0
    db = sqlite3.connect(pair.copy_path)
    db.execute("UPDATE measure SET status = 'erfunden' WHERE id = ?", (m0,))
    db.commit()
    db.close()
    before = records(pair.master, "measure")
    with pytest.raises(LipError) as info:
        pair.master.merge.merge(pair.copy_path)
    assert "erfunden" in info.value.message and "Status" in info.value.message
    assert records(pair.master, "measure") == before
    pair.copy = CatalogueService(Catalogue.open(pair.master_path, readonly=True))
