"""Text going into Office documents: what XML forbids is removed and counted.

python-docx and openpyxl raise (or, worse, write a broken file) on characters XML 1.0
forbids: C0 controls except tab/newline/CR, U+FFFE/U+FFFF and lone surrogates. Users
paste such characters from PDFs and old systems, so every text passes through here; the
count feeds the export's warning so nothing disappears silently.
"""

from __future__ import annotations

import re
from typing import Final

_FORBIDDEN: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def sanitize(text: str) -> tuple[str, int]:
    """``(clean text, number of characters removed)``."""
    cleaned, removed = _FORBIDDEN.subn("", text)
    return cleaned, removed


def clean(text: str | None) -> str:
    """Sanitised text when the count does not matter (labels, fixed strings)."""
    return "" if text is None else _FORBIDDEN.sub("", text)
