"""German number text: ``1.234,56`` in, ``1.234,56 €`` out.

Facilitators type amounts the way German documents print them. Python's ``float()``
reads „1.500“ as one and a half, which would silently turn 1 500 € into 1,50 €; this
module reads dots as thousands separators and the comma as the decimal sign, and refuses
what is ambiguous (a dot not followed by exactly three digits) instead of guessing.
Parsing is presentation, not a business rule: whether a value is *allowed* (e.g. not
negative) is still decided by ``records.clean_record``.
"""

from __future__ import annotations

import re
from typing import Final

from PySide6.QtCore import QLocale

#: Spaces people use between thousands groups (plain, no-break, narrow no-break).
_GROUP_SPACES: Final = " \u00a0\u202f"
_NUMBER_RE: Final = re.compile(
    r"^(?P<sign>[-−+]?)\s*"
    r"(?P<int>\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[" + _GROUP_SPACES + r"]\d{3})+|\d+)?"
    r"(?:,(?P<frac>\d+))?$"
)
_CURRENCY_RE: Final = re.compile(r"\s*(?:€|EUR|Euro)\s*$", re.IGNORECASE)

GERMAN: Final = QLocale(QLocale.Language.German, QLocale.Country.Germany)
EURO: Final = "\u00a0€"


def parse_decimal(text: str, *, max_decimals: int | None = None) -> float | None:
    """Read a German number; blank text is ``None``.

    Raises ``ValueError`` for anything that is not a number in German notation or has
    more than ``max_decimals`` digits after the comma.
    """
    stripped = _CURRENCY_RE.sub("", text.strip()).strip()
    if not stripped:
        return None
    match = _NUMBER_RE.match(stripped)
    if match is None or (match["int"] is None and match["frac"] is None):
        raise ValueError(text)
    frac = match["frac"] or ""
    if max_decimals is not None and len(frac) > max_decimals:
        raise ValueError(text)
    digits = re.sub(r"[^\d]", "", match["int"] or "0")
    value = float(f"{digits}.{frac or '0'}")
    return -value if match["sign"] in ("-", "−") else value


def parse_integer(text: str) -> int | None:
    """Read a whole number such as a year; blank text is ``None``; else ``ValueError``."""
    stripped = text.strip()
    if not stripped:
        return None
    if not re.fullmatch(r"[-−]?\d+", stripped):
        raise ValueError(text)
    return int(stripped.replace("−", "-"))


def format_decimal(value: float | None) -> str:
    """``1234.5`` → ``1.234,5`` (as many decimals as the value has); ``None`` → empty."""
    if value is None:
        return ""
    shortest = QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    return GERMAN.toString(float(value), "f", shortest)


def format_euro(value: float | None) -> str:
    """``120000`` → ``120.000,00 €``; ``None`` → empty."""
    if value is None:
        return ""
    return GERMAN.toString(float(value), "f", 2) + EURO
