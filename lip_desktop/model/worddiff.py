"""The word-level difference of two texts, as a conflict of two edits is shown.

A facilitator deciding between two versions of a measure's description must see which
words each side changed, the way Word's tracked changes show them; a character diff
splits words ("Sprach|kurs|e") and a line diff marks a whole paragraph for one comma.
The texts are cut into tokens that keep everything: words (letters and digits, with
umlauts and ß), runs of white space, and each other character (punctuation) alone; the
tokens are compared with ``difflib`` and neighbouring pieces of the same kind are joined.
Joining the ``equal`` and ``insert`` pieces gives the new text, ``equal`` and ``delete``
the old one, exactly (white space and line breaks included).
"""

from __future__ import annotations

import difflib
import re
from typing import Final, Literal

Op = Literal["equal", "insert", "delete"]

#: A word (any letters or digits, "Bürger*innen" as three tokens), a run of white space,
#: or one other character.
_TOKEN_RE: Final = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """``text`` cut into words, white space and single punctuation characters; joined
    they give ``text`` back."""
    return _TOKEN_RE.findall(text)


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """What changed from ``old`` to ``new``, word by word: ``(op, text)`` pieces with op
    ``"equal"``, ``"delete"`` (only in ``old``) or ``"insert"`` (only in ``new``).

    Where a stretch was replaced, its deletion comes before its insertion (as Word shows
    a replaced word: struck through, then the new one). Neighbouring pieces of the same
    kind are joined; no piece is empty.
    """
    a, b = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[tuple[Op, str]] = []

    def add(op: Op, text: str) -> None:
        if not text:
            return
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("equal", "".join(a[i1:i2]))
            continue
        add("delete", "".join(a[i1:i2]))
        add("insert", "".join(b[j1:j2]))
    return _merge_split_runs(out)


def _merge_split_runs(pieces: list[tuple[Op, str]]) -> list[tuple[Op, str]]:
    """``delete, insert, delete, insert`` separated by nothing but white space reads
    better as one deletion and one insertion ("alte lange Text" → "neue kurze Fassung"
    shows two blocks instead of a zipper of single words)."""
    out: list[tuple[Op, str]] = []
    i = 0
    while i < len(pieces):
        op, text = pieces[i]
        if (op == "equal" and text.isspace() and out and out[-1][0] in ("delete", "insert")
                and i + 1 < len(pieces) and pieces[i + 1][0] in ("delete", "insert")):
            before = _tail_change(out)
            j = i + 1
            while j < len(pieces) and pieces[j][0] in ("delete", "insert"):
                j += 1
            after = pieces[i + 1:j]
            around = before + after
            if any(o == "delete" for o, _ in around) and any(o == "insert" for o, _ in around):
                # The blank goes to both sides, so the old and the new text stay whole.
                del out[len(out) - len(before):]
                out.append(("delete", _joined(before, "delete") + text
                            + _joined(after, "delete")))
                out.append(("insert", _joined(before, "insert") + text
                            + _joined(after, "insert")))
                i = j
                continue
        out.append((op, text))
        i += 1
    return out


def _joined(pieces: list[tuple[Op, str]], op: Op) -> str:
    return "".join(text for o, text in pieces if o == op)


def _tail_change(pieces: list[tuple[Op, str]]) -> list[tuple[Op, str]]:
    """The delete/insert pieces at the end of ``pieces`` (the change just before)."""
    n = len(pieces)
    while n and pieces[n - 1][0] != "equal":
        n -= 1
    return pieces[n:]


def old_text(pieces: list[tuple[Op, str]]) -> str:
    """The text before the change (``equal`` and ``delete`` pieces)."""
    return "".join(text for op, text in pieces if op != "insert")


def new_text(pieces: list[tuple[Op, str]]) -> str:
    """The text after the change (``equal`` and ``insert`` pieces)."""
    return "".join(text for op, text in pieces if op != "delete")
