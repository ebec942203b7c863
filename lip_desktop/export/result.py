"""What every export returns: the document's bytes and what was changed on the way.

Word draft, minutes and Excel list all clean text before it goes into an Office file
(characters XML forbids are removed, over-long cells cut). Each such change is a German
warning naming the record and field. One result type means every caller (command line
and UI alike) gets the warnings the same way and can show them; none can forget them
because they came through a side channel.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportResult:
    """The finished document and the warnings about what was changed to make it."""

    data: bytes
    warnings: list[str]
