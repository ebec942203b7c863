"""Reading the JSON text a catalogue stores in its JSON columns.

A flipped bit on disk can leave a page SQLite accepts but a JSON value no parser does.
That is damage to the catalogue, not a bug: it is reported as such, in German, so the
user is led to a backup instead of an "unexpected error".
"""

from __future__ import annotations

import json
from typing import Any

from lip_desktop.model.errors import LipError


def loads(text: str | bytes) -> Any:
    """The value of a stored JSON text; ``LipError("damaged_value")`` if it is damaged."""
    try:
        return json.loads(text)
    except (ValueError, UnicodeDecodeError):
        shown = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise LipError("damaged_value", excerpt=shown[:40]) from None
