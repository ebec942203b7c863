"""Dates the way German staff write and read them, in one place.

The catalogue stores months as ``"YYYY-MM"``, days as ``"YYYY-MM-DD"`` and moments as ISO
to the minute (``"YYYY-MM-DDTHH:MM"``). People type and read ``"09/2027"``, ``"9.2027"``,
``"15.09.2027 17:00"``. Fields parse what was typed here (whole text, never section by
section, so where the cursor was cannot change the date) and every message and document
shows stored values through :func:`german`. Plain Python: the widgets, the command line
and the exports share the same rule.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Final

_MONTH_PATTERNS: Final = (
    re.compile(r"^(\d{1,2})\s*[./\-]\s*(\d{4})$"),  # 09/2027, 9.2027, 9-2027
    re.compile(r"^(\d{2})(\d{4})$"),  # 092027
    re.compile(r"^(\d{4})-(\d{1,2})$"),  # 2027-09 (ISO, as stored)
)
_DATETIME_RE: Final = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.(\d{4})"  # 15.09.2027
    r"(?:\s*,?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(?:Uhr)?)?$",  # optional " 17:00", ", 17 Uhr"
    re.IGNORECASE)
_ISO_RE: Final = re.compile(r"^\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)?$")
#: The years a plan may name; typing "0927" is a typo, not the year 927.
FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2200


def parse_month(text: str) -> str | None:
    """``"YYYY-MM"`` for a month typed the German way, ``None`` while incomplete or wrong.

    >>> parse_month("09/2027"), parse_month("9.2027"), parse_month("092027")
    ('2027-09', '2027-09', '2027-09')
    """
    value = text.strip()
    for number, pattern in enumerate(_MONTH_PATTERNS):
        match = pattern.match(value)
        if match is None:
            continue
        first, second = int(match[1]), int(match[2])
        year, month = (first, second) if number == 2 else (second, first)
        if 1 <= month <= 12 and FIRST_YEAR <= year <= LAST_YEAR:
            return f"{year:04d}-{month:02d}"
        return None
    return None


def format_month(value: str) -> str:
    """``"09/2027"`` for a stored ``"2027-09"`` (or ``"2027-09-15"``); others unchanged."""
    match = re.match(r"^(\d{4})-(\d{2})(?:-\d{2})?$", value)
    return f"{match[2]}/{match[1]}" if match else value


def parse_datetime(text: str) -> str | None:
    """``"YYYY-MM-DDTHH:MM"`` for ``"15.09.2027 17:00"`` (time optional: midnight; also
    ``"15.9.2027, 17 Uhr"``); ``None`` while incomplete or not a real date and time."""
    match = _DATETIME_RE.match(text.strip())
    if match is None:
        return None
    day, month, year = int(match[1]), int(match[2]), int(match[3])
    hour = int(match[4]) if match[4] else 0
    minute = int(match[5]) if match[5] else 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    try:
        moment = datetime(year, month, day, hour, minute)
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%dT%H:%M")


def format_datetime(value: str) -> str:
    """``"15.09.2027 17:00"`` for a stored ``"2027-09-15T17:00"``; others unchanged."""
    return german(value)


def german(value: object) -> str:
    """Any stored date shown the German way: month ``09/2027``, day ``15.09.2027``, moment
    ``15.09.2027 17:00``; a ``date``/``datetime`` likewise. Anything else as ``str()``."""
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    text = str(value)
    if not _ISO_RE.match(text):
        return text
    if len(text) == 7:
        return format_month(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return moment.strftime("%d.%m.%Y") if len(text) == 10 else moment.strftime(
        "%d.%m.%Y %H:%M")


def is_iso_date(value: object) -> bool:
    """Whether ``value`` is a stored month, day or moment (so messages show it German)."""
    return isinstance(value, str) and _ISO_RE.match(value) is not None
