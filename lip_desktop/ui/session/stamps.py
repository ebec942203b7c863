"""How the session screens read and write a date and time.

The stored form is ISO to the minute; the screens show the German form. Plain Python
(the queries themselves live in ``lip_desktop.model.queries``).
"""

from __future__ import annotations

from datetime import datetime

#: How the session screens write a date and time (stored form: ISO, minutes).
STORED_FORMAT = "%Y-%m-%dT%H:%M"
#: The German display of a date and time.
DISPLAY_FORMAT = "%d.%m.%Y %H:%M"


def parse_stamp(value: str | None) -> datetime | None:
    """A stored date and time (ISO, with or without seconds); None when empty or bad."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def display_stamp(value: str | None) -> str:
    """"19.01.2027 17:00" for a stored "2027-01-19T17:00"; unreadable values as they are."""
    stamp = parse_stamp(value)
    if stamp is None:
        return value or ""
    return stamp.strftime(DISPLAY_FORMAT)
