"""Rules of wording proposals (``proposals`` of interchange version 2).

A proposal names one text field of one record, the text the reviewer saw (``old_text``)
and the text their change produces (``new_text``). This module holds what the Word
draft, the reader of a reviewed draft and the services must agree on: which fields can
be proposed, how a stored value looks as the draft shows it (so that "does the field
still hold ``old_text``?" compares like with like), and the id of a proposal read from
a file (the same change read twice is the same proposal).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Final

#: Record type → the text fields the draft marks, so a change inside them comes back.
#: Lists (partners, target groups) are not marked: one proposal per changed list needs
#: its own wording of "old" and "new" and is left for later.
PROPOSABLE: Final[Mapping[str, tuple[str, ...]]] = {
    "goal": ("title", "description"),
    "measure": ("title", "description", "lead", "funding"),
    "strategy_section": ("title", "body"),
    "indicator": ("name", "definition"),
}
#: Fields the draft shows on one line (headings): runs of blanks become one blank.
SINGLE_LINE: Final = frozenset({("goal", "title"), ("measure", "title"),
                                ("strategy_section", "title")})
#: Fields the draft shows as paragraphs (split at blank lines).
MULTI_PARAGRAPH: Final = frozenset({("goal", "description"), ("measure", "description"),
                                    ("strategy_section", "body")})
#: Proposal states; ``outdated``: the field no longer holds ``old_text``.
STATUSES: Final = ("open", "accepted", "rejected", "outdated")
SOURCES: Final = ("word_tracked_change", "manual")
_NS: Final = uuid.UUID("0b6a7c2e-51f4-4f0e-9d3b-7a1e2c5d9f10")


def is_proposable(record_type: str, field: str) -> bool:
    return field in PROPOSABLE.get(record_type, ())


def shown_text(record_type: str, field: str, value: str | None) -> str:
    """``value`` as the draft shows it: what a reviewer's ``old_text`` is compared with.

    Headings collapse blanks to one line; descriptions are paragraphs split at blank
    lines (joined again by one blank line); other fields keep their line breaks.
    """
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    if (record_type, field) in SINGLE_LINE:
        return " ".join(text.split())
    if (record_type, field) in MULTI_PARAGRAPH:
        parts = [p.strip("\n") for p in text.strip("\n").split("\n\n") if p.strip()]
        return "\n\n".join(parts)
    return text


def holds(record_type: str, field: str, value: str | None, old_text: str) -> bool:
    """Whether the field still holds the text the reviewer changed."""
    return shown_text(record_type, field, value) == shown_text(record_type, field, old_text)


def proposal_id(subject_type: str, subject_id: str, field: str, author: str,
                old_text: str, new_text: str, draft_version: int | None) -> str:
    """The id of a proposal read from a draft: the same change read again (the same
    file, or a copy of it) is recognised and not added twice, while two reviewers'
    different changes to one field stay two proposals."""
    key = "\x1f".join((subject_type, subject_id, field, author, old_text, new_text,
                       "" if draft_version is None else str(draft_version)))
    return str(uuid.uuid5(_NS, key))
