"""Human-readable codes: ``BIL`` (field), ``BIL-Z1`` (goal), ``BIL-Z1.1`` (sub-goal),
``BIL-M1.2`` (second measure of goal 1), ``BIL-M1.1.3`` (third measure of sub-goal 1.1).

Codes are cited in Word drafts and steering-group spreadsheets, so a code is assigned
once and then stays, even when its record moves; only an explicit renumbering changes
codes. New numbers continue after the highest one in use. Pure functions: the caller
passes the codes that exist.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Final

_NUMBERED: Final = re.compile(
    r"^(?P<field>[A-Z][A-Z0-9]*)-(?P<letters>[A-Z]+)(?P<num>[0-9]+(?:\.[0-9]+)*)$"
)
FIELD_CODE: Final = re.compile(r"^[A-Z][A-Z0-9]*$")


def number_path(code: str | None) -> str | None:
    """``"1.2"`` for ``BIL-Z1.2``; None for codes without a number."""
    if not code:
        return None
    m = _NUMBERED.match(code)
    return m.group("num") if m else None


def _next_number(prefix: str, existing: Iterable[str]) -> int:
    """1 + the highest n of codes ``<prefix><n>`` (exactly one more level)."""
    highest = 0
    for code in existing:
        if code.startswith(prefix):
            rest = code[len(prefix):]
            if rest.isdigit():
                highest = max(highest, int(rest))
    return highest + 1


def _unique(candidate_prefix: str, start: int, taken: Collection[str]) -> str:
    n = start
    while f"{candidate_prefix}{n}" in taken:
        n += 1
    return f"{candidate_prefix}{n}"


def next_goal_code(field_code: str, parent_code: str | None, taken: Collection[str]) -> str:
    """Code for a new goal: next ``F-Zn`` or, below a parent, next ``<parent>.n``."""
    if parent_code:
        prefix = f"{parent_code}."
        if number_path(parent_code) is None:  # parent without number: fall back to field
            prefix = f"{field_code}-Z"
    else:
        prefix = f"{field_code}-Z"
    return _unique(prefix, _next_number(prefix, taken), taken)


def measure_prefix(field_code: str, goal_code: str | None, goal_ordinal: int) -> str:
    """``BIL-M1.`` for goal ``BIL-Z1``; goals without a numbered code use their place."""
    path = number_path(goal_code)
    return f"{field_code}-M{path if path is not None else goal_ordinal}."


def next_measure_code(field_code: str, goal_code: str | None, goal_ordinal: int,
                      taken: Collection[str]) -> str:
    prefix = measure_prefix(field_code, goal_code, goal_ordinal)
    return _unique(prefix, _next_number(prefix, taken), taken)


def suggest_field_code(name: str, taken: Collection[str]) -> str:
    """Three letters from the name (``Gesundheit`` → ``GES``), made unique with a digit."""
    letters = "".join(
        c for c in name.upper().replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE")
        .replace("ß", "SS") if "A" <= c <= "Z"
    )
    base = (letters[:3] or "HF").ljust(2, "X")
    if base not in taken:
        return base
    n = 2
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"
