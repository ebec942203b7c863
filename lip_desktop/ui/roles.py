"""Item data roles shared by the item models: which record a row stands for.

One definition, so a row from any list (tree, measure list, search, comments, glossary)
can be handed to ``hub.select`` the same way.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt

RecordTypeRole: Final = Qt.ItemDataRole.UserRole + 1
RecordIdRole: Final = Qt.ItemDataRole.UserRole + 2
#: Roles private to one model start here, clear of the shared ones.
FIRST_PRIVATE_ROLE: Final = Qt.ItemDataRole.UserRole + 10
