"""Return sheets ("Abfrage an Fachbereiche"): what a department's answer file holds and
which rows may be applied.

Once a year the implementation body asks every responsible unit about its measures: the
new implementation status, a short report and this year's value of each indicator. The
Excel file (``export/returns.py``) carries the catalogue id, the reporting year and the
record id of every row in protected, hidden cells; this module decides whether a read file
may be applied, and names every refused cell by sheet, row, column and reason:

- the file must come from this catalogue and (when the caller names one) this year,
  else it is refused whole;
- a row whose measure or indicator no longer exists is refused;
- a report text without a status is refused (a yearly report always has a status).

All or nothing: problems are collected and raised together; nothing is applied. Qt-free
and storage-free: the service passes what the catalogue holds now.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from lip_desktop.model.errors import InterchangeError, LipError, ValidationError


@dataclass(frozen=True, slots=True)
class MeasureAnswer:
    """One measure row: ``status`` an English key (None: not answered), ``text`` the new
    report (None: empty cell)."""

    sheet: str
    row: int
    measure_id: str
    code: str
    title: str
    status: str | None
    text: str | None
    #: headings of the answer columns, for messages
    status_column: str = "Status"
    id_column: str = "Datensatz-ID"


@dataclass(frozen=True, slots=True)
class IndicatorAnswer:
    """One indicator row: this year's ``value`` (None: not answered)."""

    sheet: str
    row: int
    indicator_id: str
    name: str
    value: float | None
    id_column: str = "Datensatz-ID"


@dataclass(frozen=True, slots=True)
class ReturnSheet:
    """A read answer file: where it came from and its answered rows."""

    catalogue_id: str | None
    catalogue_title: str | None
    year: int | None
    unit: str
    measures: tuple[MeasureAnswer, ...]
    indicators: tuple[IndicatorAnswer, ...]


def cell_problem(sheet: str, row: int, column: str, reason: str, field_key: str = ""
                 ) -> ValidationError:
    """The one way a refused cell is named: sheet, row, column and why."""
    return ValidationError("return_cell", sheet=sheet, row=row, column=column, reason=reason,
                           field_key=field_key)


def check_returns(sheet: ReturnSheet, *, catalogue_id: str, catalogue_title: str,
                  year: int | None, measures: Mapping[str, str],
                  indicators: Mapping[str, str]) -> None:
    """Raise ``InterchangeError`` naming every reason the file cannot be applied.

    ``measures`` and ``indicators`` map the ids the catalogue holds now to how messages
    name them. ``year`` is the reporting year the caller expects (None: any).
    """
    if sheet.catalogue_id != catalogue_id:
        code = "returns_no_catalogue" if not sheet.catalogue_id else "returns_other_catalogue"
        raise InterchangeError([LipError(code, listed=sheet.catalogue_title or "ohne Titel",
                                         catalogue=catalogue_title)])
    if sheet.year is None:
        raise InterchangeError([LipError("returns_no_year")])
    if year is not None and sheet.year != year:
        raise InterchangeError([LipError("returns_other_year", listed=sheet.year,
                                         expected=year)])
    problems: list[LipError] = []
    for m in sheet.measures:
        if m.measure_id not in measures:
            problems.append(cell_problem(
                m.sheet, m.row, m.id_column,
                f"die Maßnahme {m.code or 'ohne Kennung'} „{m.title}“ gibt es im Katalog "
                f"nicht mehr", "measure_id"))
        elif m.status is None and m.text is not None:
            problems.append(cell_problem(
                m.sheet, m.row, m.status_column,
                "ein Bericht ohne Status; bitte einen Status aus der Liste wählen", "status"))
    for i in sheet.indicators:
        if i.indicator_id not in indicators:
            problems.append(cell_problem(
                i.sheet, i.row, i.id_column,
                f"den Indikator „{i.name}“ gibt es im Katalog nicht mehr", "indicator_id"))
    if problems:
        raise InterchangeError(problems)
