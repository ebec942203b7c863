"""The plumbing shared by the flat table models: rows in a list, translated column headers.

A subclass keeps its rows in ``self.rows`` and names its columns in ``headers()`` as
``(self.tr("…"), …)``: the strings stay in the subclass, so they keep its translation
context and ``pyside6-lupdate`` finds them there. ``rowCount``, ``columnCount`` and the
horizontal ``headerData`` (display role only) are implemented here once.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

T = TypeVar("T")


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A flat table: one row per item of ``rows``, one column per entry of ``headers()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[T] = []

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated (``self.tr`` in the subclass)."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None
