"""Contributions from public participation: a survey table becomes contributions all or
nothing, states follow the contract's rules (a link for ``considered``, a reason comment
for ``not_taken``), undo puts back what was, and every export imports again."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from support import create_from

from lip_desktop.model import interchange
from lip_desktop.model.commands import SetContributionState
from lip_desktop.model.contributions import (
    ColumnMapping,
    ContributionFilter,
    ContributionState,
    FieldName,
    ParticipationTable,
    column_index,
    looks_like_formula,
    match_field,
    plan_rows,
    summarize,
)
from lip_desktop.model.errors import ConflictError, LipError, ValidationError
from lip_desktop.model.services import CatalogueService

FIELD = "1d724688-154a-5e0b-9396-e11a8a7f5374"  # BIL Bildung
GOAL = "b130215e-016f-54f1-a6aa-1a8a44f926e0"
LOTSINNEN = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"  # BIL-M1.1
CAFES = "e3d3fb8d-e603-5ce0-8a85-945a9ee17dc2"  # BIL-M1.2
FIELDS = [FieldName(FIELD, "BIL", "Bildung"), FieldName("f2", "SOZ", "Soziales")]


@pytest.fixture
def svc(tmp_path: Path, example_v2: dict[str, Any]) -> Any:
    doc = copy.deepcopy(example_v2)
    doc["contributions"] = []
    with create_from(tmp_path / "a.lip", doc) as cat:
        service = CatalogueService(cat)
        service.structure.add_action_field("Soziales", "SOZ")
        yield service


def export(service: Any) -> dict[str, Any]:
    with service.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def table(*rows: tuple[str, ...], headers: tuple[str, ...] = ("Nr", "Antwort", "Bereich")
          ) -> ParticipationTable:
    return ParticipationTable("umfrage.csv", headers, rows)


SURVEY = table(("1", "Mehr Sprachkurse am Abend", "Bildung"),
               ("2", "Vätertreffs in Familienzentren", "soz"),
               ("", "", ""),
               ("3", "Kita-Lotsinnen in jedem Stadtteil", "BIL – Bildung"),
               ("4", "Ohne Feld", ""))
MAPPING = ColumnMapping(text=1, field=2)


def read_survey(service: Any, tbl: ParticipationTable = SURVEY, source: str = "Umfrage 2021",
                channel: str = "survey") -> Any:
    return service.contributions.import_table(tbl, MAPPING, source=source, channel=channel,
                                              today="2021-03-01").value


# --- rules ---------------------------------------------------------------------------

def test_the_field_column_matches_code_name_or_both_and_nothing_else() -> None:
    assert match_field("BIL", FIELDS) == FIELD
    assert match_field(" bildung ", FIELDS) == FIELD
    assert match_field("BIL - Bildung", FIELDS) == FIELD
    assert match_field("", FIELDS) is None
    assert isinstance(match_field("Bild", FIELDS), LookupError)
    assert isinstance(match_field("BIL – Soziales", FIELDS), LookupError)


@pytest.mark.parametrize("text", ["=SUMME(A1:A3)", " =1+1", "+HYPERLINK(\"x\")",
                                  "@cmd(1)", "-SUM(1)"])
def test_formula_like_cells_are_recognised(text: str) -> None:
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", ["- mehr Kitas", "+1 für Sprachkurse", "E-Mail an alle",
                                  "1 + 1 = 2"])
def test_ordinary_texts_with_signs_are_not_formulas(text: str) -> None:
    assert not looks_like_formula(text)


def test_every_refused_row_is_named_by_row_and_column_and_nothing_is_planned() -> None:
    bad = table(("1", "", "Bildung"),
                ("2", "=HYPERLINK(\"http://x\")", ""),
                ("3", "gut", "Sport"),
                ("4", "Steuer\x07zeichen", ""),
                ("5", "x" * 16_001, ""))
    with pytest.raises(LipError) as info:
        plan_rows(bad, MAPPING, source="Umfrage", channel="survey", fields=FIELDS)
    message = info.value.message
    assert "nichts wurde übernommen" in message
    assert "Zeile 2, Spalte „Antwort“: kein Text" in message
    assert "Zeile 3, Spalte „Antwort“: sieht aus wie eine Tabellenformel" in message
    assert "Zeile 4, Spalte „Bereich“: ein Handlungsfeld „Sport“ gibt es nicht" in message
    assert "(bekannt: BIL, SOZ)" in message
    assert "Zeile 5, Spalte „Antwort“: enthält ein Steuerzeichen (U+0007" in message
    assert "Zeile 6, Spalte „Antwort“: zu lang (16001 Zeichen" in message


def test_a_long_list_of_refusals_is_cut_with_a_count() -> None:
    bad = table(*[(str(n), "", "") for n in range(40)] + [(str(n), "", "x") for n in range(5)])
    with pytest.raises(LipError) as info:
        plan_rows(bad, MAPPING, source="Umfrage", channel="survey", fields=FIELDS)
    assert "… und 20 weitere" in info.value.message


def test_source_and_channel_are_checked_naming_the_key() -> None:
    with pytest.raises(ValidationError) as info:
        plan_rows(SURVEY, MAPPING, source="  ", channel="survey", fields=FIELDS)
    assert info.value.field == "source"
    with pytest.raises(ValidationError) as info:
        plan_rows(SURVEY, MAPPING, source="Umfrage", channel="fax", fields=FIELDS)
    assert info.value.field == "channel" and "survey" in info.value.message


def test_a_file_of_empty_rows_is_refused() -> None:
    with pytest.raises(LipError, match="keine Beiträge"):
        plan_rows(table(("", "", "")), MAPPING, source="U", channel="survey", fields=FIELDS)


def test_a_date_column_is_read_german_or_iso_and_bad_dates_are_refused() -> None:
    tbl = table(("08.02.2021", "a"), ("2021-04-14 10:30", "b"), ("", "c"),
                headers=("Datum", "Antwort"))
    planned = plan_rows(tbl, ColumnMapping(text=1, date=0), source="U", channel="letter",
                        fields=FIELDS, today="2021-05-01")
    assert [p["received_at"] for p in planned] == ["2021-02-08", "2021-04-14", "2021-05-01"]
    with pytest.raises(LipError, match=r"Zeile 2, Spalte „Datum“: kein gültiges Datum"):
        plan_rows(table(("31.02.2021", "a"), headers=("Datum", "Antwort")),
                  ColumnMapping(text=1, date=0), source="U", channel="letter", fields=FIELDS)


def test_a_missing_heading_is_refused_naming_the_headings_there_are() -> None:
    assert column_index(SURVEY, " antwort ") == 1
    with pytest.raises(LipError) as info:
        column_index(SURVEY, "Text")
    assert "„Text“" in info.value.message and "„Antwort“" in info.value.message


# --- storing and deciding ---------------------------------------------------------------

def test_a_survey_is_read_once_and_reading_it_again_adds_nothing(svc: Any) -> None:
    summary = read_survey(svc)
    assert (summary.added, summary.known) == (4, 0)
    entries = svc.contributions.entries()
    assert [e.text for e in entries][:2] == ["Mehr Sprachkurse am Abend",
                                             "Vätertreffs in Familienzentren"]
    assert [e.action_field for e in entries] == ["BIL", "SOZ", "BIL", ""]
    assert all(e.status == "new" and e.received_at == "2021-03-01" for e in entries)
    again = read_survey(svc)
    assert (again.added, again.known) == (0, 4)
    assert len(svc.contributions.entries()) == 4


def test_a_refused_file_writes_nothing(svc: Any) -> None:
    bad = table(("1", "gut", ""), ("2", "", ""))
    with pytest.raises(LipError):
        read_survey(svc, bad)
    assert svc.contributions.entries() == []


def test_linking_considers_and_the_measure_shows_its_contributions(svc: Any) -> None:
    read_survey(svc)
    first, second = svc.contributions.entries()[:2]
    svc.contributions.link(first.id, "measure", LOTSINNEN)
    svc.contributions.link(second.id, "goal", GOAL)
    behind = svc.contributions.for_subject("measure", LOTSINNEN)
    assert [e.id for e in behind] == [first.id]
    assert behind[0].status == "considered" and behind[0].subject.startswith("BIL-M1.1")
    assert svc.contributions.find(second.id).subject.startswith("BIL-Z1")


def test_a_link_to_something_else_or_nothing_is_refused(svc: Any) -> None:
    read_survey(svc)
    first = svc.contributions.entries()[0]
    with pytest.raises(ValidationError, match="nicht mit Kompromiss"):
        svc.contributions.set_state(first.id, ContributionState("considered", "compromise",
                                                                GOAL))
    with pytest.raises(ValidationError, match="verweist auf Maßnahme"):
        svc.contributions.link(first.id, "measure", "5c0ffee0-0000-4000-8000-0000000000ff")
    with pytest.raises(ValidationError):
        svc.contributions.set_state(first.id, ContributionState("duplicate", "measure",
                                                                LOTSINNEN))
    assert svc.contributions.find(first.id).status == "new"


def test_not_taken_needs_a_reason_and_keeps_it_as_a_comment_about_the_contribution(
        svc: Any, schema_v2: dict[str, Any]) -> None:
    read_survey(svc)
    first = svc.contributions.entries()[0]
    with pytest.raises(ValidationError, match="Grund"):
        svc.contributions.mark_not_taken(first.id, "  ")
    svc.contributions.mark_not_taken(first.id, "Liegt beim Land", author="Team")
    entry = svc.contributions.find(first.id)
    assert (entry.status, entry.reason) == ("not_taken", "Liegt beim Land")
    doc = export(svc)
    comment = doc["review_comments"][-1]
    assert (comment["subject_type"], comment["subject_id"], comment["text"]) == (
        "contribution", first.id, "Liegt beim Land")
    jsonschema.Draft202012Validator(schema_v2).validate(doc)


def test_undo_puts_back_the_state_and_removes_the_reason(svc: Any) -> None:
    read_survey(svc)
    first = svc.contributions.entries()[0]
    svc.contributions.link(first.id, "measure", LOTSINNEN)
    before = export(svc)
    command = SetContributionState(first.id, ContributionState("not_taken"), reason="Nein")
    command.apply(svc)
    assert svc.contributions.find(first.id).status == "not_taken"
    command.revert(svc)
    assert export(svc) == before
    command.apply(svc)  # redo
    assert svc.contributions.find(first.id).reason == "Nein"


def test_undo_is_refused_when_the_contribution_changed_since(svc: Any) -> None:
    read_survey(svc)
    first = svc.contributions.entries()[0]
    command = SetContributionState(first.id, ContributionState("duplicate"))
    command.apply(svc)
    svc.contributions.link(first.id, "measure", CAFES)
    with pytest.raises(LipError):
        command.revert(svc)
    assert svc.contributions.find(first.id).subject_id == CAFES


def test_filters_by_source_channel_field_and_status(svc: Any) -> None:
    read_survey(svc)
    read_survey(svc, table(("1", "Brief zur Kita", "BIL")), source="Briefe", channel="letter")
    first = svc.contributions.entries()[0]
    svc.contributions.mark_duplicate(first.id)
    assert len(svc.contributions.entries(ContributionFilter(source="Briefe"))) == 1
    assert len(svc.contributions.entries(ContributionFilter(channel="survey"))) == 4
    assert len(svc.contributions.entries(ContributionFilter(action_field_id=FIELD))) == 3
    assert len(svc.contributions.entries(ContributionFilter(action_field_id=""))) == 1
    assert [e.id for e in svc.contributions.entries(ContributionFilter(status="duplicate"))
            ] == [first.id]
    assert svc.contributions.sources() == ["Briefe", "Umfrage 2021"]


def test_deleting_the_measure_opens_its_contributions_and_undo_links_them_again(
        svc: Any) -> None:
    read_survey(svc)
    first = svc.contributions.entries()[0]
    fresh = svc.structure.add_measure(GOAL, "Sprachkurse am Abend").value.id
    svc.contributions.link(first.id, "measure", fresh)
    bundle = svc.structure.delete_record("measure", fresh).value
    entry = svc.contributions.find(first.id)
    assert (entry.status, entry.subject_id) == ("new", None)
    doc = export(svc)
    with create_from(svc.catalogue.path.with_name("copy.lip"), doc) as again:
        assert len(CatalogueService(again).contributions.entries()) == 4
    svc.structure.restore_bundle(bundle)
    entry = svc.contributions.find(first.id)
    assert (entry.status, entry.subject_id) == ("considered", fresh)


def test_an_action_field_with_contributions_is_not_removed(svc: Any) -> None:
    svc.structure.add_action_field("Test", "TST")
    field = next(f for f in export(svc)["action_fields"] if f["code"] == "TST")
    read_survey(svc, table(("1", "Idee", "TST")))
    with pytest.raises(ConflictError, match="Beiträge"):
        svc.structure.remove_action_field(field["id"])


def test_contributions_made_in_the_app_round_trip_exactly(
        svc: Any, tmp_path: Path, schema_v2: dict[str, Any]) -> None:
    read_survey(svc)
    entries = svc.contributions.entries()
    svc.contributions.link(entries[0].id, "measure", LOTSINNEN)
    svc.contributions.mark_not_taken(entries[1].id, "Bundesrecht")
    svc.contributions.mark_duplicate(entries[2].id)
    once = export(svc)
    jsonschema.Draft202012Validator(schema_v2).validate(once)
    assert {c["status"] for c in once["contributions"]} == {
        "considered", "not_taken", "duplicate", "new"}
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(CatalogueService(again)) == once


def test_the_summary_counts_per_source_field_channel_and_status(svc: Any) -> None:
    read_survey(svc)
    read_survey(svc, table(("1", "Brief", "BIL")), source="Briefe", channel="letter")
    entries = svc.contributions.entries()
    svc.contributions.link(entries[0].id, "measure", LOTSINNEN)
    svc.contributions.link(entries[2].id, "measure", LOTSINNEN)
    svc.contributions.mark_not_taken(entries[1].id, "nein")
    summary = summarize(export(svc))
    assert summary.total == 5
    assert [(r.label, r.total) for r in summary.by_source] == [("Briefe", 1),
                                                               ("Umfrage 2021", 4)]
    assert [(r.label, r.total, r.by_status["considered"]) for r in summary.by_field] == [
        ("BIL – Bildung", 3, 2), ("SOZ – Soziales", 1, 0), ("ohne Handlungsfeld", 1, 0)]
    assert dict(summary.by_status) == {"new": 2, "considered": 2, "not_taken": 1,
                                       "duplicate": 0}
    assert summary.fed == (("BIL-M1.1 Mehrsprachige Kita-Lotsinnen", 2),)


def test_a_copy_that_read_a_survey_and_linked_one_merges_into_the_master(
        svc: Any, tmp_path: Path) -> None:
    import shutil

    from lip_desktop.model.catalogue import Catalogue

    read_survey(svc)  # both copies hold the survey
    svc.catalogue.close(backup=False)
    master_path = svc.catalogue.path
    copy_path = tmp_path / "kopie.lip"
    shutil.copy(master_path, copy_path)
    master = CatalogueService(Catalogue.open(master_path, actor="Projektleitung"))
    copy = CatalogueService(Catalogue.open(copy_path, actor="Moderation"))
    try:
        first, second = copy.contributions.entries()[:2]
        copy.contributions.link(first.id, "measure", LOTSINNEN)
        copy.contributions.mark_not_taken(second.id, "Bundesrecht")
        read_survey(copy, table(("1", "Nachgereicht", "")), source="Briefe", channel="letter")
        master.contributions.mark_duplicate(entries_of(master)[3].id)
        copy.catalogue.close(backup=False)
        report = master.merge.merge(copy_path).value
        assert (report.new_conflicts, report.warnings) == (0, ())
        merged = {e.id: e for e in master.contributions.entries()}
        assert merged[first.id].subject_id == LOTSINNEN
        assert (merged[second.id].status, merged[second.id].reason) == (
            "not_taken", "Bundesrecht")
        assert [e.status for e in merged.values()].count("duplicate") == 1
        assert any(e.source == "Briefe" for e in merged.values())
    finally:
        master.catalogue.close(backup=False)


def entries_of(service: Any) -> list[Any]:
    return service.contributions.entries()  # type: ignore[no-any-return]
