"""The base of the flat table models: rows in a list, translated headers, ranged refresh.

A subclass keeps its rows in ``self.rows`` and names its columns in ``headers()`` as
``(self.tr("…"), …)``: the strings stay in the subclass, so they keep its translation
context and ``pyside6-lupdate`` finds them there. ``rowCount``, ``columnCount`` and the
horizontal ``headerData`` (display role only) are implemented here once.

Following the catalogue is declared, not written per view (calibre's ``refresh_ids``):
a model given a hub names the record types it shows in ``WATCHES`` and reads its rows in
``fetch()``. On every change summary that touches one of them, ``replace_rows`` compares
the fresh rows with the shown ones by id and value and tells the views only that:
``dataChanged`` for runs of changed rows, row removals and insertions for records that
went or came, and a reset only when the order of the remaining rows changed. Selections
and scroll positions survive an edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from lip_desktop.model.changes import Changes
from lip_desktop.ui.hub import CatalogueHub

Index = QModelIndex | QPersistentModelIndex

T = TypeVar("T")


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Row numbers as sorted (first, last) runs of consecutive numbers."""
    out: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A flat table: one row per item of ``rows``, one column per entry of ``headers()``.

    With ``hub`` the model follows the catalogue: each change summary that touches a
    record type in ``WATCHES`` (see ``follows``) re-reads the rows with ``fetch`` and
    applies them with ``replace_rows``. Rows must compare by value (frozen dataclasses).
    """

    #: Record types whose changes can alter the rows (empty: the owner fills the rows).
    WATCHES: ClassVar[tuple[str, ...]] = ()
    #: Columns edited in place (``setData`` in the subclass) and columns with a check box.
    EDITABLE: ClassVar[frozenset[int]] = frozenset()
    CHECKABLE: ClassVar[frozenset[int]] = frozenset()

    def __init__(self, parent: QObject | None = None, *, hub: CatalogueHub | None = None
                 ) -> None:
        super().__init__(parent)
        self.rows: list[T] = []
        if hub is not None:
            hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    # --- to be given by a subclass -------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        """The column titles, translated (``self.tr`` in the subclass)."""
        raise NotImplementedError

    def fetch(self) -> list[T]:
        """The rows as they are in the catalogue now (models that follow a hub)."""
        raise NotImplementedError

    def row_key(self, row: T) -> str:
        """What identifies a row across refreshes: the record's ``id`` unless overridden."""
        key: str = getattr(row, "id")  # noqa: B009 - rows are any record type
        return key

    def row_signature(self, row: T) -> object:
        """What must be equal for a row to count as unchanged: the row itself, plus any
        looked-up text a subclass shows beside it (a subject's title, a holder's name)."""
        return row

    def follows(self, changes: Changes) -> bool:
        """Whether a change summary may alter the rows (default: ``WATCHES`` touched)."""
        return any(changes.touched(record_type) for record_type in self.WATCHES)

    # --- following the catalogue -----------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self.follows(changes):
            self.refresh()

    def refresh(self) -> None:
        """Re-read the rows and apply only the difference."""
        before = [self.row_signature(r) for r in self.rows]
        self.replace_rows(self.fetch(), before)

    def reset_rows(self, rows: list[T]) -> None:
        """Show other content altogether (another record, another group): a reset."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def replace_rows(self, fresh: list[T], before: list[object] | None = None) -> None:
        """Apply fresh rows as removals, insertions and ``dataChanged`` runs.

        Resets only when rows that stay changed their order (or ids are not unique).
        ``before``: the shown rows' signatures, taken before lookups were re-read.
        """
        if before is None:
            before = [self.row_signature(r) for r in self.rows]
        old_keys = [self.row_key(r) for r in self.rows]
        new_keys = [self.row_key(r) for r in fresh]
        old_set, new_set = set(old_keys), set(new_keys)
        if len(old_set) != len(old_keys) or len(new_set) != len(new_keys) or (
                [k for k in old_keys if k in new_set] != [k for k in new_keys if k in old_set]):
            self.reset_rows(fresh)
            return
        signature_of = dict(zip(old_keys, before, strict=True))
        root = QModelIndex()
        for first, last in reversed(runs(i for i, k in enumerate(old_keys) if k not in new_set)):
            self.beginRemoveRows(root, first, last)
            del self.rows[first:last + 1]
            self.endRemoveRows()
        # Left to right: the rows before each run already match ``fresh``.
        for first, last in runs(i for i, k in enumerate(new_keys) if k not in old_set):
            self.beginInsertRows(root, first, last)
            self.rows[first:first] = fresh[first:last + 1]
            self.endInsertRows()
        self.rows = list(fresh)
        self.emit_rows(i for i, (key, row) in enumerate(zip(new_keys, fresh, strict=True))
                       if key in old_set and signature_of[key] != self.row_signature(row))

    def emit_rows(self, rows: Iterable[int], first_column: int = 0,
                  last_column: int | None = None) -> None:
        """``dataChanged`` once per run of consecutive rows."""
        last = self.columnCount() - 1 if last_column is None else last_column
        for first_row, last_row in runs(rows):
            self.dataChanged.emit(self.index(first_row, first_column),
                                  self.index(last_row, last))

    def row_of(self, key: str) -> int:
        """Row of the record with this key (its id), -1 when not shown."""
        return next((i for i, r in enumerate(self.rows) if self.row_key(r) == key), -1)

    # --- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() in self.CHECKABLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None
