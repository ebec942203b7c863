"""Implementation tracking: a measure's state (status, responsible unit, note), yearly
progress reports and indicator values, through the services, the storage and undo."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from support import create_from

from lip_desktop.model import interchange
from lip_desktop.model.errors import InterchangeError, ValidationError
from lip_desktop.model.returns import IndicatorAnswer, MeasureAnswer, ReturnSheet
from lip_desktop.model.services import CatalogueService

CATALOGUE = "32043059-107d-50c7-a9b7-473ea7e250af"
LOTSINNEN = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"  # BIL-M1.1, state "ongoing"
CAFES = "e3d3fb8d-e603-5ce0-8a85-945a9ee17dc2"  # BIL-M1.2
QUOTE = "477725bb-161d-563f-aa00-349b5d0cb4b9"  # indicator of BIL-M1.1, values 2022, 2023


@pytest.fixture
def svc(tmp_path: Path, example_v2: dict[str, Any]) -> Any:
    with create_from(tmp_path / "a.lip", copy.deepcopy(example_v2)) as cat:
        yield CatalogueService(cat)


def export(service: Any) -> dict[str, Any]:
    with service.catalogue.read() as conn:
        doc = interchange.export_document(conn)
    doc.pop("exported_at")
    return doc


def measure(service: Any, measure_id: str) -> Any:
    return service.structure.get_record("measure", measure_id)


def test_a_new_state_starts_not_started_and_names_the_lead_as_responsible(svc: Any) -> None:
    svc.implementation.clear_implementation(CAFES)
    m = svc.implementation.set_implementation(CAFES, note="Räume fehlen").value
    assert m.implementation["status"] == "not_started"
    assert m.implementation["responsible"] == "Fachbereich Jugend und Familie"
    assert m.implementation["note"] == "Räume fehlen"
    assert m.implementation["updated_at"]  # today


def test_setting_the_same_state_again_writes_nothing(svc: Any) -> None:
    before = measure(svc, LOTSINNEN).implementation
    outcome = svc.implementation.set_implementation(LOTSINNEN, status=before["status"])
    assert outcome.value.implementation == before
    assert not outcome.changes.updated.get("measure")


def test_an_unknown_status_is_refused_naming_measure_and_field(svc: Any) -> None:
    with pytest.raises(ValidationError) as info:
        svc.implementation.set_implementation(LOTSINNEN, status="done")
    assert "Maßnahme BIL-M1.1" in info.value.message
    assert "„Umsetzungsstatus“" in info.value.message and "„done“" in info.value.message
    assert info.value.field == "implementation.status"


def test_one_report_per_measure_and_year_and_a_second_is_refused(svc: Any) -> None:
    report = svc.implementation.add_progress_report(CAFES, 2024, "in_progress", "Sechs Cafés")
    assert report.value.reported_by == "Koordination Familienzentren"  # the responsible unit
    with pytest.raises(ValidationError) as info:
        svc.implementation.add_progress_report(CAFES, 2024, "completed")
    assert info.value.message.startswith("Maßnahme BIL-M1.2")
    assert "2024" in info.value.message
    assert [r.year for r in svc.implementation.progress_reports(CAFES)] == [2022, 2023, 2024]


def test_a_report_year_outside_the_range_is_refused_in_german(svc: Any) -> None:
    with pytest.raises(ValidationError) as info:
        svc.implementation.add_progress_report(CAFES, 20245, "in_progress")
    assert "„Berichtsjahr“ muss zwischen 1900 und 2200 liegen" in info.value.message
    assert "-" not in info.value.params["record"]  # never an id


def test_an_indicator_value_per_year_is_changed_not_doubled(svc: Any) -> None:
    svc.implementation.set_indicator_value(QUOTE, 2024, 70.5, source="Kita-Statistik")
    svc.implementation.set_indicator_value(QUOTE, 2024, 71.0)
    values = svc.implementation.indicator_values(QUOTE)
    assert [(v.year, v.value, v.source) for v in values][-1] == (2024, 71.0, "Kita-Statistik")
    assert len(values) == 3


def test_a_value_that_is_not_a_number_is_refused_naming_indicator_and_year(svc: Any) -> None:
    with pytest.raises(ValidationError) as info:
        svc.implementation.set_indicator_value(QUOTE, 2024, "viel")  # type: ignore[arg-type]
    message = info.value.message
    assert message.startswith("Messwert „Betreuungsquote U6")
    assert "für 2024" in message and "„Wert“ muss eine Zahl sein" in message


def test_a_duplicate_value_for_one_year_is_refused_on_import(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    second = dict(doc["indicator_values"][1], id="0b3f6c1e-0000-4000-8000-000000000001")
    doc["indicator_values"].append(second)
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "Indikator Betreuungsquote U6" in info.value.message
    assert "Für 2023 gibt es mehr als einen Messwert" in info.value.message


def test_an_implementation_with_a_bad_key_value_is_refused_on_import(
        tmp_path: Path, example_v2: dict[str, Any]) -> None:
    doc = copy.deepcopy(example_v2)
    doc["measures"][0]["implementation"]["status"] = "fertig"
    doc["measures"][0]["implementation"]["colour"] = "grün"
    with pytest.raises(InterchangeError) as info:
        create_from(tmp_path / "x.lip", doc)
    assert "Maßnahme BIL-M1.1: „Umsetzungsstatus“ hat den unbekannten Wert „fertig“" \
        in info.value.message
    assert any("„colour“" in w for w in info.value.warnings)


def test_a_version_1_file_keeps_the_implementation_state(
        svc: Any, example_doc: dict[str, Any]) -> None:
    before = measure(svc, LOTSINNEN).implementation
    doc = copy.deepcopy(export(svc))
    for m in doc["measures"]:
        del m["implementation"]
    doc["version"] = 1
    svc.structure.import_document(doc)
    assert measure(svc, LOTSINNEN).implementation == before


def test_deleting_a_measure_takes_its_reports_and_values_and_undo_brings_them_back(
        svc: Any) -> None:
    goal = measure(svc, LOTSINNEN).goal_id
    new = svc.structure.add_measure(goal, "Sprachpat*innen", lead="Fachbereich Schule").value
    indicator = svc.structure.add_indicator(new.id, "Patenschaften").value
    svc.implementation.add_progress_report(new.id, 2024, "in_progress", "Zwölf Paare")
    svc.implementation.set_indicator_value(indicator.id, 2024, 12)
    before = export(svc)
    bundle = svc.structure.delete_measure(new.id).value
    after = export(svc)
    assert not [r for r in after["progress_reports"] if r["measure_id"] == new.id]
    assert len(after["indicator_values"]) == 2  # the other indicator's stay
    svc.structure.restore_bundle(bundle)
    assert export(svc) == before


def test_implementation_records_round_trip_through_a_new_catalogue(
        svc: Any, tmp_path: Path, schema_v2: dict[str, Any]) -> None:
    import jsonschema

    svc.implementation.set_implementation(CAFES, status="completed", note="Alle zwölf")
    svc.implementation.add_progress_report(CAFES, 2024, "completed", "Abgeschlossen")
    svc.implementation.set_indicator_value(QUOTE, 2024, 70.25, as_of="2024-03-01")
    once = export(svc)
    jsonschema.Draft202012Validator(schema_v2).validate(once)
    with create_from(tmp_path / "b.lip", once) as again:
        assert export(CatalogueService(again)) == once


def returns(year: int | None = 2024, catalogue: str | None = CATALOGUE,
            **answers: Any) -> ReturnSheet:
    measures = answers.get("measures", (
        MeasureAnswer("Maßnahmen", 2, CAFES, "BIL-M1.2", "Elterncafés", "completed",
                      "In allen zwölf Familienzentren."),))
    indicators = answers.get("indicators", (
        IndicatorAnswer("Indikatoren", 2, QUOTE, "Betreuungsquote", 71.5),))
    return ReturnSheet(catalogue, "LIP 2.0 – Beispielkatalog", year, "Koordination",
                       tuple(measures), tuple(indicators))


def test_applying_a_return_twice_changes_nothing_the_second_time(svc: Any) -> None:
    first = svc.implementation.apply_returns(returns(), year=2024).value
    assert (first.reports_created, first.states_changed, first.values_set) == (1, 1, 1)
    once = export(svc)
    second = svc.implementation.apply_returns(returns(), year=2024)
    assert second.value.changed == 0
    assert export(svc) == once
    assert measure(svc, CAFES).implementation["status"] == "completed"
    report = svc.implementation.progress_reports(CAFES)[-1]
    assert (report.year, report.text, report.reported_by) == (
        2024, "In allen zwölf Familienzentren.", "Koordination")


def test_an_older_year_does_not_overwrite_the_latest_state(svc: Any) -> None:
    answer = MeasureAnswer("Maßnahmen", 2, LOTSINNEN, "BIL-M1.1", "Lotsinnen", "in_progress",
                           "Nachtrag")
    svc.implementation.apply_returns(returns(year=2022, measures=(answer,), indicators=()))
    assert measure(svc, LOTSINNEN).implementation["status"] == "ongoing"
    assert svc.implementation.progress_reports(LOTSINNEN)[0].text == "Nachtrag"


def test_a_return_for_another_year_or_catalogue_is_refused_whole(svc: Any) -> None:
    once = export(svc)
    with pytest.raises(InterchangeError) as info:
        svc.implementation.apply_returns(returns(year=2023), year=2024)
    assert "Berichtsjahr 2023, eingelesen werden soll 2024" in info.value.message
    with pytest.raises(InterchangeError) as info:
        svc.implementation.apply_returns(
            returns(catalogue="0b3f6c1e-0000-4000-8000-000000000002"))
    assert "anderen Katalog" in info.value.message
    assert export(svc) == once


def test_every_refused_row_is_named_and_nothing_is_applied(svc: Any) -> None:
    once = export(svc)
    gone = MeasureAnswer("Maßnahmen", 3, "0b3f6c1e-0000-4000-8000-000000000003", "BIL-M9.9",
                         "Gestrichen", "completed", None)
    textonly = MeasureAnswer("Maßnahmen", 4, LOTSINNEN, "BIL-M1.1", "Lotsinnen", None, "Text",
                             status_column="Status 2024")
    sheet = returns(measures=(returns().measures[0], gone, textonly))
    with pytest.raises(InterchangeError) as info:
        svc.implementation.apply_returns(sheet)
    message = info.value.message
    assert "Blatt „Maßnahmen“, Zeile 3, Spalte „Datensatz-ID“: die Maßnahme BIL-M9.9" in message
    assert "Blatt „Maßnahmen“, Zeile 4, Spalte „Status 2024“: ein Bericht ohne Status" in message
    assert export(svc) == once


def test_undoing_the_removal_of_an_indicator_brings_its_values_back(svc: Any) -> None:
    from lip_desktop.model.commands import DeleteRecord

    before = export(svc)
    command = DeleteRecord("indicator", QUOTE)
    command.apply(svc)
    assert not export(svc)["indicator_values"]
    removed = [h for h in svc.history.entries("indicator_value", before["indicator_values"][0]
                                              ["id"]) if h.action == "delete"]
    assert removed
    command.revert(svc)
    assert export(svc) == before
