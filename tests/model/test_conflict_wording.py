"""Conflicts are worded for people: labels, German dates, "Label: Wert" lines, no JSON."""

from __future__ import annotations

from merge_fakes import conflict

from lip_desktop.model.conflict_wording import (
    DELETED,
    EMPTY,
    changed_by,
    record_label,
    record_lines,
    short,
    table_rows,
    value_text,
)


def test_enum_values_dates_and_empties_are_shown_in_german() -> None:
    assert value_text("measure", "status", "in_discussion") == "in Diskussion"
    assert value_text("measure", "start", "2027-09") == "09/2027"
    assert value_text("measure", "description", "") == EMPTY
    assert value_text("measure", "description", None) == EMPTY


def test_a_whole_record_is_label_value_lines_without_ids() -> None:
    record = {"id": "9c1d6a4e-0000-4000-8000-000000000001", "goal_id": "x", "code": "BIL-M3",
              "title": "Sprachkurse", "status": "agreed", "start": "2027-09", "position": 4}
    lines = record_lines("measure", record)
    assert lines == ["Kennung: BIL-M3", "Titel: Sprachkurse", "Beginn: 09/2027",
                     "Status: vereinbart"]
    assert value_text("measure", None, record) == "\n".join(lines)
    assert value_text("measure", None, None) == DELETED


def test_changed_by_shows_the_moment_german_never_iso() -> None:
    assert changed_by("Anna Berg", "2026-12-03T14:05:00") == "Anna Berg, 03.12.2026 14:05"
    assert changed_by("", None) == "–"


def test_table_rows_name_code_title_and_field() -> None:
    entry = conflict(3)
    assert record_label(entry) == "BIL-M3 Sprachkurse 3"
    row = table_rows([entry])[0]
    assert row[:3] == ["3", "BIL-M3 Sprachkurse 3", "Beschreibung"]
    assert row[6:] == ["Anna Berg, 03.12.2026 14:05", "Cem Demir, 28.11.2026 09:30"]
    assert not any("2026-" in cell for cell in row)


def test_short_makes_one_line() -> None:
    assert short("Erster Absatz.\n\nZweiter.") == "Erster Absatz. ⏎ Zweiter."
    assert short("x" * 100, 10) == "x" * 9 + "…"
