"""Enumeration labels on screen, through Qt's translation layer.

``model.enums`` is the one home of the German labels (documents and the command line use
them as they are). Screens show them through ``label``/``items`` here, which look the
German text up in the translation context ``enums``; ``scripts/update_translations.py``
feeds every label of ``model.enums`` to ``pyside6-lupdate`` under that context, so the
English UI is English throughout and a new label cannot be forgotten (a test checks).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, TypeVar

from PySide6.QtCore import QCoreApplication

#: The translation context of all enumeration labels.
CONTEXT: Final = "enums"

K = TypeVar("K")


def text(german: str) -> str:
    """A German enumeration label in the UI's language."""
    return QCoreApplication.translate(CONTEXT, german)


def label(mapping: Mapping[Any, str], key: Any, empty: str = "–") -> str:
    """The label of a key, translated; unknown keys are shown as they are (as
    ``enums.label`` does), a missing key as ``empty``."""
    if key is None or key == "":
        return empty
    german = mapping.get(key)
    return str(key) if german is None else text(german)


def items(mapping: Mapping[K, str]) -> list[tuple[K, str]]:
    """(key, translated label) in the enumeration's order, for combo boxes and filters."""
    return [(key, text(german)) for key, german in mapping.items()]
