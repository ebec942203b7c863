"""What the conflict view and the review view share: a list of things to decide, read
again only when seen, selected by rows, and texts shown word by word like Word's tracked
changes. Each view adds its own columns, detail and decisions."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.changes import Changes
from lip_desktop.model.worddiff import word_diff
from lip_desktop.ui import palette
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole
from lip_desktop.ui.table_model import ListTableModel

E = TypeVar("E")


class DecisionTableModel(ListTableModel[E]):
    """The table of a decision list: each cell one line, cut at ``CELL`` characters,
    its whole text as tooltip, and the record a row stands for (``record_of``) under
    ``RecordTypeRole``/``RecordIdRole`` for the views that jump to it."""

    #: Characters a cell shows before it is cut with "…".
    CELL: ClassVar[int] = 80

    def full_text(self, entry: E, column: int) -> str:
        """The whole text of a cell (given by the subclass)."""
        raise NotImplementedError

    def record_of(self, entry: E) -> tuple[str, str]:
        """(record type, id) the row stands for (given by the subclass)."""
        raise NotImplementedError

    def entry(self, row: int) -> E:
        return self.rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(self.full_text(e, index.column()).split())
            return text if len(text) <= self.CELL else f"{text[:self.CELL - 1]}…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.full_text(e, index.column())
        if role == RecordTypeRole:
            return self.record_of(e)[0]
        if role == RecordIdRole:
            return self.record_of(e)[1]
        return None


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


@dataclass(frozen=True)
class DecisionTexts:
    """A view's own (already translated) words for the parts both views share."""

    detail: str  #: accessible name of the word difference
    edited_label: str  #: label of the editable text (with its mnemonic)
    edited: str  #: accessible name of the editable text


class DecisionList(QWidget, Generic[E]):
    """Base of a view over a list of entries to decide (``self.table`` over
    ``self.model``). It re-reads the list after every change and undo step while shown,
    and otherwise at the next show; subclasses implement ``refresh``."""

    table: QTableView
    model: Any
    hub: CatalogueHub
    _stale: bool = True

    #: Rows the list keeps visible however the detail below is sized: enough to see a
    #: proposal or conflict among its neighbours.
    LIST_ROWS = 4

    def refresh(self) -> None:
        raise NotImplementedError

    def on_table_selection_changed(self, *_args: Any) -> None:
        """Show the current entry in the detail and enable the fitting decisions."""
        raise NotImplementedError

    def build_table(self, hub: CatalogueHub, name: str, accessible_name: str,
                    widths: Sequence[tuple[int, int]]) -> None:
        """The summary line and the table over ``self.model`` (set before), named
        ``<name>Summary`` and ``<name>Table``: rows selected, several at once, never edited
        in place, Tab leaves it for the buttons; fixed column widths the user can drag
        (never sized to their contents, which measures every row on each change)."""
        self.setObjectName(f"{name}View")
        self.hub = hub
        self._stale = True
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setAccessibleName(accessible_name)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in widths:
            header.resizeSection(column, width)

    def build_detail(self, name: str, texts: DecisionTexts) -> None:
        """Below the table: a heading, a legend, the word difference and an editable
        text (the conflict and review views)."""
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.detail = QTextBrowser()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setAccessibleName(texts.detail)
        self.detail.setOpenLinks(False)
        self.edited_label = QLabel(texts.edited_label)
        self.edited = QPlainTextEdit()
        self.edited.setObjectName(f"{name}EditedText")
        self.edited.setAccessibleName(texts.edited)
        self.edited.setTabChangesFocus(True)
        self.edited_label.setBuddy(self.edited)

    def finish(self, buttons: Sequence[QPushButton]) -> None:
        """Lay out the view with its decision ``buttons`` and follow the hub: the list is
        read again after every change and undo step (bound methods only: a lambda would
        outlive the view on the hub's signals)."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self._arrange(row)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self.on_table_selection_changed)
        selection.currentChanged.connect(self.on_table_selection_changed)
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.hub.undo_stack.indexChanged.connect(self.on_undo_stack_index_changed)
        self.on_table_selection_changed()

    def _arrange(self, buttons: QHBoxLayout) -> None:
        """The summary line, then the list above the detail and the buttons, in a
        splitter the user can drag. The list never shrinks below :attr:`LIST_ROWS` rows,
        and starts with half the height; the texts keep three lines, so the whole view
        fits a 768-pixel-high laptop screen."""
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.heading, 0), (self.legend, 0), (self.detail, 3),
                                (self.edited_label, 0), (self.edited, 2)):
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
        layout.addWidget(self.summary)
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
