"""What the conflict view and the review view share: a list of things to decide, read
again only when seen, selected by rows, and texts shown word by word like Word's tracked
changes. Each view adds its own columns, detail and decisions."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLayout, QSplitter, QTableView, QVBoxLayout, QWidget

from lip_desktop.model.changes import Changes
from lip_desktop.model.worddiff import word_diff
from lip_desktop.ui import palette

E = TypeVar("E")


def word_diff_html(old: str, new: str) -> str:
    """Old against new, word by word: deletions struck through, insertions underlined,
    in the palette's no/yes colours (darker under high contrast); never colour alone."""
    colours = palette.current()
    parts: list[str] = []
    for op, text in word_diff(old, new):
        escaped = html.escape(text).replace("\n", "<br>")
        if op == "delete":
            parts.append(f'<s style="color:{colours.no}">{escaped}</s>')
        elif op == "insert":
            parts.append(f'<u style="color:{colours.yes}">{escaped}</u>')
        else:
            parts.append(escaped)
    return f"<p>{''.join(parts)}</p>"


class DecisionList(QWidget, Generic[E]):
    """Base of a view over a list of entries to decide (``self.table`` over
    ``self.model``). It re-reads the list after every change and undo step while shown,
    and otherwise at the next show; subclasses implement ``refresh``."""

    table: QTableView
    model: Any
    _stale: bool = True

    #: Rows the list keeps visible however the detail below is sized: enough to see a
    #: proposal or conflict among its neighbours.
    LIST_ROWS = 4

    def refresh(self) -> None:
        raise NotImplementedError

    def arrange(self, summary: QWidget, detail: Sequence[tuple[QWidget, int]],
                buttons: QLayout) -> None:
        """The summary line, then the list above the detail (with its stretch each) and
        the buttons, in a splitter the user can drag. The list never shrinks below
        :attr:`LIST_ROWS` rows, and starts with half the height; the texts keep three
        lines, so the whole view fits a 768-pixel-high laptop screen."""
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in detail:
            if stretch:  # the texts: three lines at least, more as the user drags
                widget.setMinimumHeight(3 * widget.fontMetrics().lineSpacing() + 12)
            pane_layout.addWidget(widget, stretch)
        pane_layout.addLayout(buttons)
        rows = self.table.verticalHeader().defaultSectionSize() * self.LIST_ROWS
        head = self.table.horizontalHeader().sizeHint().height()
        self.table.setMinimumHeight(head + rows + 2 * self.table.frameWidth())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def on_hub_catalogue_changed(self, _changes: Changes) -> None:
        self.on_list_maybe_changed()

    def on_undo_stack_index_changed(self, _index: int) -> None:
        """A decision, its undo or redo (it may have changed no field at all)."""
        self.on_list_maybe_changed()

    def on_list_maybe_changed(self) -> None:
        """Re-read now when seen, else at the next show (the list is one query)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for n, row in enumerate(rows):
            flags = QItemSelectionModel.SelectionFlag.Select | \
                QItemSelectionModel.SelectionFlag.Rows
            if n == 0:
                flags |= QItemSelectionModel.SelectionFlag.Current
                selection.setCurrentIndex(self.model.index(row, 0), flags)
            else:
                selection.select(self.model.index(row, 0), flags)

    def selected(self) -> list[E]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.entry(r) for r in rows if r < self.model.rowCount()]

    def current(self) -> E | None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            return self.model.entry(row)  # type: ignore[no-any-return]
        chosen = self.selected()
        return chosen[0] if chosen else None

    def focus_table(self) -> None:
        self.table.setFocus()
