"""Edits of what the user saw: every field edit in a form, a table cell or a dialog says
which values it was made over, so a save over a value someone else stored in between is
refused (``changed_meanwhile``) instead of overwriting it unseen.

``seen_edit`` builds that ``UpdateFields`` for all the views (one rule, not nine copies);
``keep_refused_input`` is what happens to the text of a refused edit (see there); the hub
calls it for every ``changed_meanwhile`` refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from lip_desktop.model.commands import UpdateFields


def seen_edit(record_type: str, record_id: str, changes: Mapping[str, Any],
              seen: Any, label: str = "") -> UpdateFields:
    """An edit of ``changes`` made over what the user saw: ``seen`` is the record as the
    view showed it when editing began (a row of a table, the form's loaded record) or a
    mapping of field values. Only the changed fields are compared, so someone else's save
    of another field of the same record does not refuse this one.

    Pass what was shown, never a fresh read: a fresh read would always match and the
    check would protect nothing.
    """
    shown = {key: seen[key] if isinstance(seen, Mapping) else getattr(seen, key)
             for key in changes}
    return UpdateFields(record_type, record_id, dict(changes), label=label, seen=shown)


def refused_text(command: UpdateFields) -> str:
    """The text of a refused edit worth keeping: its text values (empty when none)."""
    return "\n\n".join(v for v in command.changes.values() if isinstance(v, str) and v.strip())


def kept_note() -> str:
    """What the user is told when their refused text went to the clipboard."""
    return QCoreApplication.translate(
        "seen", "Ihre nicht gespeicherte Eingabe liegt in der Zwischenablage "
        "(Strg+V fügt sie wieder ein).")


def keep_refused_input(command: UpdateFields) -> str:
    """Put the text of an edit refused as ``changed_meanwhile`` on the clipboard; the
    German note saying so, or empty when there was no text to keep.

    After the refusal every view shows the other person's stored value, which is the
    value the user must judge now; what they typed is not left in the field (one more
    Tab would otherwise save it over a value they may not have read). Losing a typed
    paragraph unasked would be worse, so it goes to the clipboard: Ctrl+V in the field
    brings it back if, after reading the new value, they still want theirs. Non-text
    values (a choice, a date, a number) are quick to choose again and are not copied.
    """
    text = refused_text(command)
    if not text:
        return ""
    QGuiApplication.clipboard().setText(text)
    return kept_note()
