"""Controlling after adoption: which status a measure had in a year, whether an
indicator reached its target, and the plain values of the yearly controlling report.

The rules here are pure functions, shared by the controlling report (``export/
controlling.py``), the measure list's filter "Zielwert erreicht / verfehlt / offen" and
the indicator chart of the indicator form; the reads that feed them are in
``model/queries.py`` (``controlling_data``, ``target_states``), one query per table.

**Direction of an indicator.** The indicator record names a baseline and a target, not
whether more is better: the target says it. A target above the baseline means "higher is
better" (more language course places), below it "lower is better" (fewer weeks of waiting
time). With baseline and target equal, or either of them missing, the direction is not
known and only a value exactly on the target counts as reached.

**Target state** (``target_state``), judged on the newest measured value:

- ``reached`` – the newest value is on or beyond the target in the target's direction;
- ``missed`` – it is not, and the target year has come (the newest value is of the target
  year or later): the target was not met in time;
- ``open`` – everything else: no target, no values yet, or the target year still ahead.

A measure (``measure_target_state``) has missed its target when any of its indicators
missed, reached it when all of them reached theirs, and is open otherwise; a measure
without indicators has no target state (``None``), so each of the three filters shows
only measures that have indicators.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from lip_desktop.model import enums

REACHED: Final = "reached"
MISSED: Final = "missed"
OPEN: Final = "open"
#: German labels of the target states (list filter, report, chart summary).
TARGET_STATES: Final[Mapping[str, str]] = {
    REACHED: "Zielwert erreicht",
    MISSED: "Zielwert verfehlt",
    OPEN: "offen",
}
#: Implementation states in the order the report counts them.
STATUS_ORDER: Final = tuple(enums.IMPLEMENTATION_STATUS)


_DIGITS: Final = re.compile(r"(\d+)")


def code_key(code: str) -> tuple[tuple[int, int | str], ...]:
    """Codes in natural order (BIL-M2 before BIL-M10)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p.casefold())
                 for p in _DIGITS.split(code or "") if p)


def direction(baseline: float | None, target: float | None) -> int:
    """+1 when higher values are better, -1 when lower are, 0 when unknown."""
    if baseline is None or target is None or baseline == target:
        return 0
    return 1 if target > baseline else -1


def target_state(baseline: float | None, target: float | None, target_year: int | None,
                 values: Sequence[tuple[int, float]]) -> str:
    """``reached``, ``missed`` or ``open`` for an indicator with ``values`` as
    ``(year, value)`` pairs (any order); see the module's description."""
    if target is None or not values:
        return OPEN
    year, latest = max(values)
    way = direction(baseline, target)
    if (way > 0 and latest >= target) or (way < 0 and latest <= target) or latest == target:
        return REACHED
    if target_year is not None and year >= target_year:
        return MISSED
    return OPEN


def measure_target_state(states: Iterable[str]) -> str | None:
    """A measure's target state from its indicators' (None without indicators)."""
    seen = set(states)
    if not seen:
        return None
    if MISSED in seen:
        return MISSED
    if seen == {REACHED}:
        return REACHED
    return OPEN


def status_in_year(reports: Mapping[int, str], current: str | None, year: int) -> str:
    """The implementation status of a measure in ``year``.

    ``reports`` maps report years to their status, ``current`` is the measure's
    implementation state now. The report of ``year`` or, failing that, the newest earlier
    report decides; a measure without any report has its current state; one whose reports
    all came later had not started in ``year``.
    """
    earlier = [y for y in reports if y <= year]
    if earlier:
        return reports[max(earlier)]
    if not reports and current:
        return current
    return "not_started"


# --- the values of the controlling report --------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldCounts:
    """How many of an action field's reported measures are in each state."""

    code: str
    name: str
    counts: Mapping[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class ReportedMeasure:
    """A measure in the report: its status in the year and that year's report (if any)."""

    code: str
    title: str
    field_code: str
    status: str
    text: str
    reported_by: str
    #: the status of the previous year's report (None: no report that year)
    previous: str | None
    #: whether a report of the year exists (else the status is carried over)
    reported: bool


@dataclass(frozen=True, slots=True)
class IndicatorSeries:
    """An indicator with its baseline, target and yearly values, oldest first."""

    measure_code: str
    name: str
    unit: str
    baseline: float | None
    baseline_year: int | None
    target: float | None
    target_year: int | None
    values: tuple[tuple[int, float], ...]

    @property
    def state(self) -> str:
        return target_state(self.baseline, self.target, self.target_year, self.values)


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A measure whose reported status differs from the previous year's report."""

    code: str
    title: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class ControllingData:
    """Everything the yearly controlling report shows, read in one go."""

    catalogue_title: str
    year: int
    fields: tuple[FieldCounts, ...]
    measures: tuple[ReportedMeasure, ...]
    indicators: tuple[IndicatorSeries, ...]
    #: measures with a report in both years whose status changed
    changes: tuple[StatusChange, ...]
    #: measures reported this year for the first time (no report the year before)
    first_reports: int
    #: measures reported the year before but not (yet) this year
    missing_reports: int

    @property
    def totals(self) -> dict[str, int]:
        """Counts per state over all action fields, every state present."""
        out = dict.fromkeys(STATUS_ORDER, 0)
        for f in self.fields:
            for status, n in f.counts.items():
                out[status] = out.get(status, 0) + n
        return out


def changes_between(previous: Mapping[str, str], current: Mapping[str, str],
                    names: Mapping[str, tuple[str, str]]) -> tuple[StatusChange, ...]:
    """Measures (by id) whose report of the year has another status than the year
    before's, by code (``names``: id → code, title)."""
    found = [StatusChange(code, title, previous[mid], current[mid])
             for mid, (code, title) in names.items()
             if mid in previous and mid in current and previous[mid] != current[mid]]
    return tuple(sorted(found, key=lambda ch: code_key(ch.code)))
