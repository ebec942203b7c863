"""The steering group's returned measure list: which row belongs to which measure.

A returned list is old by definition: between export and return the catalogue may have
been renumbered, a measure retitled, deleted or added. Matching rows by code alone once
put "Ablehnung" on another measure without a word. So a row is matched by the record id
the export wrote into a hidden column, never by its code; the code and title of the row
only serve as a check that the row still means what the steering group read:

- the list must come from this catalogue (its catalogue id), else it is refused whole;
- a row whose id no longer exists (the measure was deleted) is refused, naming its code
  and title as listed;
- a row whose code or title differs from the record's now (renumbered, retitled) is
  refused naming both, unless the caller confirmed exactly those changes
  (``accept_changed``; the UI asks, the command line takes ``--bestaetigen``);
- a row without an id (typed in by hand, or a list from before ids were written) is
  refused; its code is only used to say which measure it would have been.

All or nothing: every problem is collected and raised at once, nothing is applied.
Qt-free and storage-free: the service passes the measures' ids, codes and titles in.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from lip_desktop.model.errors import InterchangeError, LipError, ValidationError
from lip_desktop.model.values import SteeringDecisionIn


@dataclass(frozen=True, slots=True)
class DecisionList:
    """What a returned list holds: its catalogue (id and title as written at export)
    and its rows. Iterates over the rows, so it reads like the list it replaces."""

    catalogue_id: str | None
    catalogue_title: str | None
    rows: tuple[SteeringDecisionIn, ...]

    def __iter__(self) -> Iterator[SteeringDecisionIn]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, slots=True)
class MeasureIdentity:
    """How a measure is known today: id, code, title."""

    id: str
    code: str
    title: str


def describe(code: str, title: str | None) -> str:
    """"BIL-M1.2 „Titel“" as every message here names a measure."""
    return f"{code or 'ohne Kennung'} „{title}“" if title else (code or "ohne Kennung")


def match_decisions(listed: DecisionList | Sequence[SteeringDecisionIn], *,
                    catalogue_id: str, catalogue_title: str,
                    measures: Mapping[str, MeasureIdentity],
                    accept_changed: bool = False) -> list[tuple[SteeringDecisionIn, str]]:
    """Each row with the id of the measure it decides on, or ``InterchangeError``.

    ``measures`` maps measure id → identity. A plain sequence of rows (no catalogue
    id known) is treated as a list from an unknown catalogue and refused.
    """
    listed_id = listed.catalogue_id if isinstance(listed, DecisionList) else None
    if listed_id != catalogue_id:
        listed_title = listed.catalogue_title if isinstance(listed, DecisionList) else None
        code = "decisions_no_catalogue" if not listed_id else "decisions_other_catalogue"
        raise InterchangeError([LipError(code, listed=listed_title or "ohne Titel",
                                         catalogue=catalogue_title)])
    by_code = {m.code: m for m in measures.values()}
    problems: list[LipError] = []
    matched: list[tuple[SteeringDecisionIn, str]] = []
    for d in listed:
        as_listed = describe(d.code, d.title)
        if not d.measure_id:
            known = by_code.get(d.code)
            if known is None:
                problems.append(ValidationError(
                    "unknown_measure_row", row=d.row, value=d.code, field_key="code"))
            else:
                problems.append(ValidationError(
                    "decision_row_without_id", row=d.row, listed=as_listed,
                    field_key="measure_id"))
            continue
        measure = measures.get(d.measure_id)
        if measure is None:
            problems.append(ValidationError(
                "decision_row_deleted", row=d.row, listed=as_listed, field_key="measure_id"))
            continue
        renamed = d.title is not None and d.title.strip() != measure.title.strip()
        if (d.code != measure.code or renamed) and not accept_changed:
            problems.append(ValidationError(
                "decision_row_changed", row=d.row, listed=as_listed,
                now=describe(measure.code, measure.title), field_key="code"))
            continue
        matched.append((d, measure.id))
    seen: dict[str, SteeringDecisionIn] = {}
    for d, measure_id in matched:
        earlier = seen.setdefault(measure_id, d)
        if earlier is not d and (earlier.decision, earlier.note) != (d.decision, d.note):
            problems.append(ValidationError(
                "duplicate_code", value=describe(d.code, d.title), first=f"Zeile {earlier.row}",
                second=f"Zeile {d.row}", field_key="measure_id"))
    if problems:
        raise InterchangeError(problems)
    return matched


def only_changed_rows(error: InterchangeError) -> bool:
    """True when every problem is a renumbered or retitled row: then the caller may ask
    the user to confirm and call again with ``accept_changed``."""
    return bool(error.problems) and all(p.code == "decision_row_changed"
                                        for p in error.problems)
