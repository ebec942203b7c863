"""Controlling rules: which way an indicator should move, whether it reached its target,
a measure's status in a year, and the report's reads (one query per table)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support import create_from

from lip_desktop.model import queries
from lip_desktop.model.controlling import (
    MISSED,
    OPEN,
    REACHED,
    code_key,
    direction,
    measure_target_state,
    status_in_year,
    target_state,
)
from lip_desktop.model.services import CatalogueService

LOTSINNEN = "f8c9743c-6057-5ae0-8755-4fc39d34d8ce"  # BIL-M1.1, reports 2022 and 2023
CAFES = "e3d3fb8d-e603-5ce0-8a85-945a9ee17dc2"  # BIL-M1.2
QUOTE = "477725bb-161d-563f-aa00-349b5d0cb4b9"  # 61 % (2020) → 75 % (2025)


def test_the_target_above_the_baseline_means_higher_is_better() -> None:
    assert direction(61, 75) == 1
    assert target_state(61, 75, 2025, [(2024, 75)]) == REACHED
    assert target_state(61, 75, 2025, [(2024, 80)]) == REACHED
    assert target_state(61, 75, 2025, [(2024, 70)]) == OPEN


def test_the_target_below_the_baseline_means_lower_is_better() -> None:
    assert direction(12, 6) == -1
    assert target_state(12, 6, 2025, [(2023, 5)]) == REACHED
    assert target_state(12, 6, 2025, [(2025, 7)]) == MISSED
    assert target_state(12, 6, 2025, [(2023, 7)]) == OPEN


def test_the_newest_value_decides_not_the_best() -> None:
    assert target_state(61, 75, 2025, [(2026, 70), (2024, 76)]) == MISSED


def test_missing_target_or_values_leave_the_indicator_open() -> None:
    assert target_state(61, None, 2025, [(2026, 90)]) == OPEN
    assert target_state(61, 75, 2025, []) == OPEN
    assert target_state(61, 75, None, [(2040, 62)]) == OPEN


def test_without_a_direction_only_the_target_itself_counts_as_reached() -> None:
    assert direction(None, 75) == 0 and direction(75, 75) == 0
    assert target_state(None, 75, 2025, [(2025, 75)]) == REACHED
    assert target_state(None, 75, 2025, [(2025, 80)]) == MISSED
    assert target_state(75, 75, 2025, [(2024, 70)]) == OPEN


@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.floats(-1e6, 1e6),
       st.integers(2000, 2040), st.integers(2000, 2040))
def test_a_value_beyond_the_target_in_its_direction_is_always_reached(
        baseline: float, target: float, extra: float, year: int, target_year: int) -> None:
    way = direction(baseline, target)
    value = target + abs(extra) * way
    assert target_state(baseline, target, target_year, [(year, value)]) == REACHED


def test_a_measure_missed_when_any_indicator_missed_reached_when_all_reached() -> None:
    assert measure_target_state([]) is None
    assert measure_target_state([REACHED, REACHED]) == REACHED
    assert measure_target_state([REACHED, OPEN]) == OPEN
    assert measure_target_state([REACHED, OPEN, MISSED]) == MISSED


def test_the_status_of_a_year_is_its_report_else_the_last_before() -> None:
    reports = {2022: "in_progress", 2024: "completed"}
    assert status_in_year(reports, "completed", 2022) == "in_progress"
    assert status_in_year(reports, "completed", 2023) == "in_progress"
    assert status_in_year(reports, "completed", 2025) == "completed"
    assert status_in_year(reports, "completed", 2021) == "not_started"
    assert status_in_year({}, "ongoing", 2021) == "ongoing"
    assert status_in_year({}, None, 2021) == "not_started"


def test_codes_sort_naturally() -> None:
    assert sorted(["BIL-M10", "BIL-M2", "ARB-M1"], key=code_key) == \
        ["ARB-M1", "BIL-M2", "BIL-M10"]


@pytest.fixture
def svc(tmp_path: Path, example_v2: dict[str, Any]) -> Any:
    with create_from(tmp_path / "a.lip", copy.deepcopy(example_v2)) as cat:
        yield CatalogueService(cat)


def test_the_report_counts_each_measure_once_under_its_status_of_the_year(svc: Any) -> None:
    data = queries.controlling_data(svc.catalogue, 2023)
    assert data.totals == {"not_started": 0, "in_progress": 1, "ongoing": 1,
                           "completed": 0, "discontinued": 0}
    assert data.fields[0].code == "BIL"
    assert sum(f.total for f in data.fields) == len(data.measures) == 2
    earlier = queries.controlling_data(svc.catalogue, 2022)
    assert earlier.totals["in_progress"] == 1 and earlier.totals["not_started"] == 1


def test_changes_compare_the_reports_of_the_year_and_the_year_before(svc: Any) -> None:
    data = queries.controlling_data(svc.catalogue, 2023)
    assert [(c.code, c.before, c.after) for c in data.changes] == [
        ("BIL-M1.1", "in_progress", "ongoing"), ("BIL-M1.2", "not_started", "in_progress")]
    svc.implementation.add_progress_report(LOTSINNEN, 2024, "completed", "fertig")
    later = queries.controlling_data(svc.catalogue, 2024)
    assert [(c.code, c.after) for c in later.changes] == [("BIL-M1.1", "completed")]
    assert later.missing_reports == 1 and later.first_reports == 0


def test_target_states_follow_the_newest_value(svc: Any) -> None:
    assert queries.target_states(svc.catalogue) == {LOTSINNEN: OPEN}
    svc.implementation.set_indicator_value(QUOTE, 2024, 76.0)
    assert queries.target_states(svc.catalogue) == {LOTSINNEN: REACHED}
    svc.implementation.set_indicator_value(QUOTE, 2025, 70.0)
    assert queries.target_states(svc.catalogue) == {LOTSINNEN: MISSED}
    series = queries.indicator_series(svc.catalogue, QUOTE)
    assert series is not None and series.values[-2:] == ((2024, 76.0), (2025, 70.0))
    assert series.state == MISSED
    assert queries.indicator_series(svc.catalogue, CAFES) is None


def test_an_edit_reads_only_the_measures_it_touched(svc: Any) -> None:
    value = svc.implementation.set_indicator_value(QUOTE, 2024, 76.0).value
    assert queries.measures_of_indicators(svc.catalogue, {QUOTE}, {value.id}) == {LOTSINNEN}
    assert queries.target_states(svc.catalogue, {LOTSINNEN}) == {LOTSINNEN: REACHED}
    assert queries.target_states(svc.catalogue, {CAFES}) == {}
    svc.implementation.remove_indicator_value(value.id)
    assert queries.measures_of_indicators(svc.catalogue, set(), {value.id}) is None
