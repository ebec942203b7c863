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
from collections.abc import Mapping, Sequence
from typing import Final

#: Record type → the text fields the draft marks, so a change inside them comes back.
PROPOSABLE: Final[Mapping[str, tuple[str, ...]]] = {
    "goal": ("title", "description"),
    "measure": ("title", "description", "lead", "funding", "partners", "target_groups"),
    "strategy_section": ("title", "body"),
    "indicator": ("name", "definition"),
}
#: Fields the draft shows on one line (headings): runs of blanks become one blank.
SINGLE_LINE: Final = frozenset({("goal", "title"), ("measure", "title"),
                                ("strategy_section", "title")})
#: Fields the draft shows as paragraphs (split at blank lines).
MULTI_PARAGRAPH: Final = frozenset({("goal", "description"), ("measure", "description"),
                                    ("strategy_section", "body")})
#: List fields: the draft shows one entry per paragraph, and a proposal words the list
#: as one entry per line (``old_text``/``new_text`` stay text, as the contract says).
LIST_FIELDS: Final = frozenset({("measure", "partners"), ("measure", "target_groups")})
#: Fields whose text may span several paragraphs of the draft.
SEVERAL_PARAGRAPHS: Final = MULTI_PARAGRAPH | LIST_FIELDS
#: Proposal states; ``outdated``: the field no longer holds ``old_text``.
STATUSES: Final = ("open", "accepted", "rejected", "outdated")
SOURCES: Final = ("word_tracked_change", "manual")
_NS: Final = uuid.UUID("0b6a7c2e-51f4-4f0e-9d3b-7a1e2c5d9f10")


def is_proposable(record_type: str, field: str) -> bool:
    return field in PROPOSABLE.get(record_type, ())


def shown_text(record_type: str, field: str, value: str | Sequence[str] | None) -> str:
    """``value`` as the draft shows it: what a reviewer's ``old_text`` is compared with.

    Headings collapse blanks to one line; descriptions are paragraphs split at blank
    lines (joined again by one blank line); lists are one entry per line, blank entries
    dropped; other fields keep their line breaks.
    """
    if (record_type, field) in LIST_FIELDS:
        return "\n".join(list_entries(value))
    if not isinstance(value, str | None):
        raise TypeError(f"{record_type}.{field} is a text field")
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    if (record_type, field) in SINGLE_LINE:
        return " ".join(text.split())
    if (record_type, field) in MULTI_PARAGRAPH:
        parts = [p.strip("\n") for p in text.strip("\n").split("\n\n") if p.strip()]
        return "\n\n".join(parts)
    return text


def list_entries(value: str | Sequence[str] | None) -> list[str]:
    """The entries of a list field given as a stored list or as text, one per line."""
    if value is None:
        return []
    lines = value.splitlines() if isinstance(value, str) else list(value)
    return [entry for entry in (" ".join(str(line).split()) for line in lines) if entry]


def stored_value(record_type: str, field: str, text: str) -> str | list[str]:
    """What accepting ``text`` writes into the field: a list field gets its entries."""
    if (record_type, field) in LIST_FIELDS:
        return list_entries(text)
    return text


def holds(record_type: str, field: str, value: str | Sequence[str] | None,
          old_text: str) -> bool:
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
