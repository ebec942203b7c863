"""The negotiation of a goal or measure: positions, compromises and Sondervoten.

In an expert group the positions collide: the administration wants a two-year project,
the external experts a permanent post, a self-organisation asks for paid posts. Each is a
*position*, held by a person, by a side (Verwaltung/extern) or by a named group
("Migrant*innenselbstorganisationen"). A *compromise* settles some of them; whoever does
not share it can have a *Sondervotum* (minority opinion) recorded under it.

``NegotiationPanel`` shows all of this for one subject and edits it through the hub:

* the positions as a table (text edited in place; the check boxes pick the positions
  a new compromise settles), with a small form to add one;
* the compromises as a tree: each compromise (text and status edited in place), below it
  the subject's positions as check boxes (checked = settled by this compromise) and its
  Sondervoten, with forms to add a compromise and a Sondervotum.

Adding and removing positions and compromises are undoable commands; status, text of a
compromise, settled positions and Sondervoten go through ``hub.run_without_undo`` (the
service has no undo for them). Everything is read with a fixed handful of queries per refresh
(``read_negotiation``), never one per row, and only when a change names positions,
compromises, people or the sessions shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums
from lip_desktop.model.changes import Changes
from lip_desktop.model.commands import AddRecord, DeleteRecord
from lip_desktop.model.errors import ValidationError
from lip_desktop.model.queries import Negotiation, read_negotiation
from lip_desktop.model.records import Compromise, NegotiationPosition, clean_record
from lip_desktop.model.terminology import TermChecker
from lip_desktop.ui import dialogs, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole
from lip_desktop.ui.seen import seen_edit
from lip_desktop.ui.table_model import ListTableModel
from lip_desktop.ui.widgets.enum_combo import EnumCombo
from lip_desktop.ui.widgets.euro_edit import ERROR_COLOUR
from lip_desktop.ui.widgets.term_edit import TermTextEdit

Index = QModelIndex | QPersistentModelIndex

#: Holder kinds of ``HolderCombo`` entries: (kind, value).
PERSON: Final = "person"
SIDE: Final = "side"
LABEL: Final = "label"

#: The role that gives the record id of a row (position, compromise).


# --- helpers --------------------------------------------------------------------------


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return bool(value == Qt.CheckState.Checked.value)


# --- positions ------------------------------------------------------------------------


class PositionTableModel(ListTableModel[NegotiationPosition]):
    """Rows: the subject's positions in their order. Column 0 (holder) carries a check
    box: the positions a new compromise will settle; column 1 (text) is editable."""

    COL_HOLDER: Final = 0
    COL_TEXT: Final = 1
    COL_SESSION: Final = 2
    CHECKABLE = frozenset({COL_HOLDER})
    EDITABLE = frozenset({COL_TEXT})

    #: German reason why the last edit was not stored ("" after a stored edit).
    sig_error = Signal(str)

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._data = Negotiation()
        self._checked: set[str] = set()
        self._headers = (self.tr("vertreten von"), self.tr("Position"), self.tr("Sitzung"))

    # --- content -----------------------------------------------------------------------

    def set_negotiation(self, data: Negotiation) -> None:
        """Show new data: only the rows that differ are signalled (see ``ListTableModel``)."""
        before = [self.row_signature(p) for p in self.rows]
        self._checked &= {p.id for p in data.positions}
        self._data = data
        self.replace_rows(list(data.positions), before)

    def row_signature(self, row: NegotiationPosition) -> object:
        return (row, self._data.holder(row.person_id, row.side, row.label),
                self._data.session_title(row.session_id))

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def position(self, row: int) -> NegotiationPosition:
        return self.rows[row]

    def holder(self, row: int) -> str:
        p = self.rows[row]
        return self._data.holder(p.person_id, p.side, p.label)

    def checked_ids(self) -> list[str]:
        """The checked positions in table order."""
        return [p.id for p in self.rows if p.id in self._checked]

    def set_checked(self, position_ids: Sequence[str]) -> None:
        self._checked = {pid for pid in position_ids if self.row_of(pid) >= 0}
        if self.rows:
            self.dataChanged.emit(self.index(0, self.COL_HOLDER),
                                  self.index(len(self.rows) - 1, self.COL_HOLDER),
                                  [Qt.ItemDataRole.CheckStateRole])

    # --- Qt model ----------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        p = self.rows[index.row()]
        column = index.column()
        if role == RecordIdRole:
            return p.id
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_HOLDER:
            return (Qt.CheckState.Checked if p.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_HOLDER:
                text = self.holder(index.row())
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("%1 – anhaken, wenn ein neuer Kompromiss diese Position "
                                   "löst").replace("%1", text)
                return text
            if column == self.COL_TEXT:
                return p.text
            if column == self.COL_SESSION:
                return self._data.session_title(p.session_id)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_TEXT:
            return self.tr("Position von %1: %2").replace("%1", self.holder(index.row())) \
                .replace("%2", p.text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_HOLDER:
                return self.tr("Angehakte Positionen löst der neue Kompromiss.")
        if (orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.rows)):
            return str(section + 1)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return False
        p = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_HOLDER:
            if _checked(value):
                self._checked.add(p.id)
            else:
                self._checked.discard(p.id)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.COL_TEXT:
            return self.set_text(p.id, str(value))
        return False

    # --- edits -------------------------------------------------------------------------

    def set_text(self, position_id: str, text: str) -> bool:
        """Store a position's new text (undoable); refused: German reason, False."""
        row = self.row_of(position_id)
        if row < 0:
            return False
        p = self.rows[row]
        if text == p.text:
            return True
        values = {k: getattr(p, k) for k in ("id", "subject_type", "subject_id", "session_id",
                                             "person_id", "side", "label", "position")}
        try:
            cleaned = clean_record("position", {**values, "text": text})
        except ValidationError as error:
            self.sig_error.emit(error.message)
            return False
        self.sig_error.emit("")
        return self._hub.run_undoable(seen_edit("position", position_id,
                                                {"text": cleaned["text"]}, p,
                                                self.tr("Position ändern")))


# --- compromises ----------------------------------------------------------------------

K_COMPROMISE: Final = 0
K_SETTLES: Final = 1  # the group "Löst die Positionen"
K_SETTLED: Final = 2  # one of the subject's positions, checked if the compromise settles it
K_DISSENTS: Final = 3  # the group "Sondervoten"
K_DISSENT: Final = 4


@dataclass(eq=False)
class _Node:
    kind: int
    parent: _Node | None
    row: int
    compromise: int  # index into the compromises
    item: int = -1  # index into the positions (K_SETTLED) or the dissents (K_DISSENT)
    key: int = 0
    children: list[_Node] = field(default_factory=list)


class CompromiseTreeModel(QAbstractItemModel):
    """Compromises at the top; below each, "Löst die Positionen" (the subject's positions,
    checkable) and "Sondervoten". Compromise text and status are edited in place."""

    COL_TEXT: Final = 0
    COL_STATUS: Final = 1
    COL_HOLDER: Final = 2
    COL_SESSION: Final = 3

    sig_error = Signal(str)

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._data = Negotiation()
        self._nodes: list[_Node] = []
        self._top: list[_Node] = []
        self._headers = (self.tr("Text"), self.tr("Status"), self.tr("vertreten von"),
                         self.tr("Sitzung"))

    # --- content -----------------------------------------------------------------------

    @staticmethod
    def _shape(data: Negotiation) -> tuple[Any, ...]:
        return (tuple(c.id for c in data.compromises), tuple(p.id for p in data.positions),
                tuple(len(c.dissents) for c in data.compromises))

    def set_negotiation(self, data: Negotiation) -> None:
        """Show new data: the same rows get ``dataChanged``, other rows a reset."""
        if self._shape(data) != self._shape(self._data):
            self.beginResetModel()
            self._data = data
            self._build()
            self.endResetModel()
            return
        self._data = data
        self._emit_changed(self._top)

    def _emit_changed(self, nodes: list[_Node]) -> None:
        if not nodes:
            return
        first, last = nodes[0], nodes[-1]
        self.dataChanged.emit(self.createIndex(first.row, 0, first.key),
                              self.createIndex(last.row, len(self._headers) - 1, last.key))
        for node in nodes:
            self._emit_changed(node.children)

    def _build(self) -> None:
        self._nodes = []
        self._top = []

        def add(kind: int, parent: _Node | None, row: int, comp: int, item: int = -1) -> _Node:
            node = _Node(kind, parent, row, comp, item, key=len(self._nodes))
            self._nodes.append(node)
            (parent.children if parent is not None else self._top).append(node)
            return node

        for ci, comp in enumerate(self._data.compromises):
            top = add(K_COMPROMISE, None, ci, ci)
            settles = add(K_SETTLES, top, 0, ci)
            for pi in range(len(self._data.positions)):
                add(K_SETTLED, settles, pi, ci, pi)
            dissents = add(K_DISSENTS, top, 1, ci)
            for di in range(len(comp.dissents)):
                add(K_DISSENT, dissents, di, ci, di)

    def compromise(self, row: int) -> Compromise:
        return self._data.compromises[row]

    def compromise_of(self, index: Index) -> Compromise | None:
        """The compromise a row belongs to (itself, or one of its children)."""
        node = self._node(index)
        return None if node is None else self._data.compromises[node.compromise]

    def row_of(self, compromise_id: str) -> int:
        return next((i for i, c in enumerate(self._data.compromises) if c.id == compromise_id),
                    -1)

    def kind_of(self, index: Index) -> int | None:
        node = self._node(index)
        return None if node is None else node.kind

    def dissent_index(self, index: Index) -> int:
        """Position of a Sondervotum among its compromise's (-1 for other rows)."""
        node = self._node(index)
        return node.item if node is not None and node.kind == K_DISSENT else -1

    def settles_index(self, compromise_id: str) -> QModelIndex:
        row = self.row_of(compromise_id)
        return QModelIndex() if row < 0 else self.index(0, 0, self.index(row, 0))

    def dissents_index(self, compromise_id: str) -> QModelIndex:
        row = self.row_of(compromise_id)
        return QModelIndex() if row < 0 else self.index(1, 0, self.index(row, 0))

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        key = index.internalId()
        return self._nodes[key] if 0 <= key < len(self._nodes) else None

    # --- Qt model ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            node = self._node(parent)
            if node is None or parent.column() != 0:
                return QModelIndex()
            siblings = node.children
        else:
            siblings = self._top
        if not (0 <= row < len(siblings) and 0 <= column < len(self._headers)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].key)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._top)
        node = self._node(parent)
        return 0 if node is None or parent.column() != 0 else len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        comp = self._data.compromises[node.compromise]
        column = index.column()
        if node.kind == K_COMPROMISE:
            return self._compromise_data(comp, column, role)
        if node.kind == K_SETTLED:
            p = self._data.positions[node.item]
            holder = self._data.holder(p.person_id, p.side, p.label)
            if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_TEXT:
                return (Qt.CheckState.Checked if p.id in comp.position_ids
                        else Qt.CheckState.Unchecked)
            if role == RecordIdRole:
                return p.id
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return {self.COL_TEXT: p.text, self.COL_HOLDER: holder}.get(column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_TEXT:
                return self.tr("Position von %1: %2").replace("%1", holder).replace(
                    "%2", p.text)
            return None
        if node.kind == K_DISSENT:
            d = comp.dissents[node.item]
            holder = self._data.holder(d.person_id, None, d.label)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return {self.COL_TEXT: d.text, self.COL_HOLDER: holder}.get(column)
            if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_TEXT:
                return self.tr("Sondervotum von %1: %2").replace("%1", holder).replace(
                    "%2", d.text)
            return None
        if column == self.COL_TEXT and role in (Qt.ItemDataRole.DisplayRole,
                                                Qt.ItemDataRole.AccessibleTextRole):
            if node.kind == K_SETTLES:
                settled = sum(1 for p in self._data.positions if p.id in comp.position_ids)
                return self.tr("Löst die Positionen (%1 von %2)").replace(
                    "%1", str(settled)).replace("%2", str(len(self._data.positions)))
            return self.tr("Sondervoten (%1)").replace("%1", str(len(comp.dissents)))
        return None

    def _compromise_data(self, comp: Compromise, column: int, role: int) -> Any:
        if role == RecordIdRole:
            return comp.id
        if column == self.COL_TEXT:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                        Qt.ItemDataRole.ToolTipRole):
                return comp.text
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Kompromiss (%1): %2").replace(
                    "%1", labels.label(enums.COMPROMISE_STATUS, comp.status)).replace(
                    "%2", comp.text)
        if column == self.COL_STATUS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return labels.label(enums.COMPROMISE_STATUS, comp.status)
            if role == Qt.ItemDataRole.EditRole:
                return comp.status
        if column == self.COL_SESSION and role in (Qt.ItemDataRole.DisplayRole,
                                                   Qt.ItemDataRole.ToolTipRole):
            return self._data.session_title(comp.session_id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self._node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind == K_COMPROMISE and index.column() in (self.COL_TEXT, self.COL_STATUS):
            flags |= Qt.ItemFlag.ItemIsEditable
        elif node.kind == K_SETTLED and index.column() == self.COL_TEXT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if node is None:
            return False
        comp = self._data.compromises[node.compromise]
        if node.kind == K_COMPROMISE and role == Qt.ItemDataRole.EditRole:
            if index.column() == self.COL_TEXT:
                return self.set_text(comp.id, str(value))
            if index.column() == self.COL_STATUS:
                return self.set_status(comp.id, str(value))
        if (node.kind == K_SETTLED and role == Qt.ItemDataRole.CheckStateRole
                and index.column() == self.COL_TEXT):
            return self.set_settled(comp.id, self._data.positions[node.item].id,
                                    _checked(value))
        return False

    # --- edits (all through the hub) ---------------------------------------------------

    def _current(self, compromise_id: str) -> Compromise | None:
        row = self.row_of(compromise_id)
        return None if row < 0 else self._data.compromises[row]

    def set_text(self, compromise_id: str, text: str) -> bool:
        comp = self._current(compromise_id)
        if comp is None:
            return False
        if text == comp.text:
            return True
        if not text.strip():
            self.sig_error.emit(self.tr("Der Text eines Kompromisses darf nicht leer sein."))
            return False
        self.sig_error.emit("")
        return self._hub.run_without_undo(lambda s: s.negotiation.update_compromise(compromise_id,
                                                                                    text=text)) \
            is not None

    def set_status(self, compromise_id: str, status: str) -> bool:
        """Set the status by key ("agreed") or German label ("vereinbart")."""
        comp = self._current(compromise_id)
        if comp is None:
            return False
        by_label = {v: k for k, v in labels.items(enums.COMPROMISE_STATUS)}
        key = by_label.get(status, status)
        if key not in enums.COMPROMISE_STATUS:
            self.sig_error.emit(self.tr("Unbekannter Status: %1").replace("%1", status))
            return False
        if key == comp.status:
            return True
        self.sig_error.emit("")
        return self._hub.run_without_undo(lambda s: s.negotiation.update_compromise(compromise_id,
                                                                        status=key)) \
            is not None

    def set_settled(self, compromise_id: str, position_id: str, settled: bool) -> bool:
        """Mark one position as settled (or not) by the compromise; positions of other
        subjects it may settle stay as they are."""
        comp = self._current(compromise_id)
        if comp is None:
            return False
        ids = [pid for pid in comp.position_ids if pid != position_id]
        if settled:
            ids.append(position_id)
        return self.set_position_ids(compromise_id, ids)

    def set_position_ids(self, compromise_id: str, position_ids: Sequence[str]) -> bool:
        comp = self._current(compromise_id)
        if comp is None:
            return False
        if tuple(position_ids) == comp.position_ids:
            return True
        ids = list(position_ids)
        return self._hub.run_without_undo(
            lambda s: s.negotiation.update_compromise(compromise_id, position_ids=ids)) is not None


# --- widgets --------------------------------------------------------------------------


class HolderCombo(QComboBox):
    """Who holds a position or Sondervotum: a person, a side, or any group name typed in.

    ``holder()`` is ``(PERSON, id)``, ``(SIDE, key)``, ``(LABEL, text)`` or ``None`` when
    empty; typed text that matches an entry exactly means that entry.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._entries: list[tuple[str, tuple[str, str]]] = []

    def set_entries(self, entries: Sequence[tuple[str, tuple[str, str]]]) -> None:
        """Replace the entries (text, (kind, value)), keeping what the user typed."""
        entries = list(entries)
        if entries == self._entries:
            return
        typed = self.currentText()
        self._entries = entries
        self.blockSignals(True)
        try:
            self.clear()
            for text, data in entries:
                self.addItem(text, data)
            self.setCurrentIndex(-1)
            self.setEditText(typed)
        finally:
            self.blockSignals(False)

    def set_placeholder(self, text: str) -> None:
        edit = self.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(text)

    def holder(self) -> tuple[str, str] | None:
        text = self.currentText().strip()
        if not text:
            return None
        for entry_text, data in self._entries:
            if entry_text == text:
                return data
        return (LABEL, text)

    def reset(self) -> None:
        self.setCurrentIndex(-1)
        self.setEditText("")


class PlainTextDelegate(QStyledItemDelegate):
    """Edits long texts in place with a multi-line editor (Return makes a new line;
    leaving the cell or Tab stores it); outdated terms are marked there too."""

    LINES: Final = 4

    def __init__(self, parent: QObject | None = None,
                 checker: Callable[[], TermChecker | None] | None = None) -> None:
        super().__init__(parent)
        self._checker = checker

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        editor = TermTextEdit(parent)
        if self._checker is not None:
            editor.setChecker(self._checker())
        editor.setTabChangesFocus(True)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = QRect(option.rect)
        lines = editor.fontMetrics().lineSpacing() * self.LINES + 8
        rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)


class StatusDelegate(QStyledItemDelegate):
    """The status of a compromise as a combo of German labels; picking one stores it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = EnumCombo(enums.COMPROMISE_STATUS, parent=parent)
        combo.setAccessibleName(self.tr("Status des Kompromisses"))
        combo.sig_value_committed.connect(lambda: self._commit(combo))
        return combo

    def _commit(self, combo: EnumCombo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, EnumCombo):
            editor.setValue(index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, EnumCombo):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.setAccessibleName(name)
    label.hide()
    return label


def _text_edit(name: str, placeholder: str, lines: int = 3) -> TermTextEdit:
    """A text field that marks outdated terms as it is typed (the checker is set by the
    panel)."""
    edit = TermTextEdit()
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


class NegotiationPanel(QWidget):
    """Positions, compromises and Sondervoten of one goal or measure (see module doc).

    ``set_subject(subject_type, subject_id, session_id)`` chooses what is shown; new
    positions and compromises are recorded in ``session_id`` if given (live session).
    """

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._subject_type: str | None = None
        self._subject_id: str | None = None
        self._session_id: str | None = None
        self.data = Negotiation()

        # positions
        self.positions_model = PositionTableModel(hub, self)
        self.positions_view = QTableView()
        self.positions_view.setObjectName("positions")
        self.positions_view.setModel(self.positions_model)
        self.positions_view.setAccessibleName(self.tr("Positionen"))
        self.positions_view.setAccessibleDescription(
            self.tr("Angehakte Positionen löst der neue Kompromiss."))
        self.positions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.positions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.positions_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                            | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.positions_view.setTabKeyNavigation(False)
        self.positions_view.setWordWrap(True)
        # Imported here: the forms package embeds this panel in the measure form, so a
        # module-level import would be circular when this module is imported first.
        from lip_desktop.ui.forms.terms import shared_term_rules  # noqa: PLC0415

        self.term_rules = shared_term_rules(hub)
        self.text_delegate = PlainTextDelegate(self, lambda: self.term_rules.checker)
        self.positions_view.setItemDelegateForColumn(PositionTableModel.COL_TEXT,
                                                     self.text_delegate)
        header = self.positions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PositionTableModel.COL_HOLDER, 200)
        header.setSectionResizeMode(PositionTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PositionTableModel.COL_SESSION,
                                    QHeaderView.ResizeMode.ResizeToContents)
        rows = self.positions_view.verticalHeader()  # three lines each; the tooltip has all
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 8)
        self.positions_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.positions_error = _error_label(self.tr("Fehler bei den Positionen"))

        self.remove_position_button = QPushButton(self.tr("Position entfernen"))
        self.position_holder = HolderCombo()
        self.position_holder.setObjectName("positionHolder")
        self.position_holder.setAccessibleName(self.tr("Position vertreten von"))
        self.position_holder.set_placeholder(
            self.tr("Person, Verwaltung, extern oder eine Gruppe eintippen"))
        self.position_text = _text_edit(self.tr("Neue Position"),
                                        self.tr("Was wird vertreten?"))
        self.position_text.setObjectName("positionText")
        self.add_position_button = QPushButton(self.tr("Position hinzufügen"))

        # compromises
        self.compromises_model = CompromiseTreeModel(hub, self)
        self.compromises_view = QTreeView()
        self.compromises_view.setObjectName("compromises")
        self.compromises_view.setModel(self.compromises_model)
        self.compromises_view.setAccessibleName(self.tr("Kompromisse mit gelösten Positionen "
                                                        "und Sondervoten"))
        self.compromises_view.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.compromises_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compromises_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.compromises_view.setWordWrap(True)
        self.compromises_view.setAllColumnsShowFocus(True)
        self.compromises_view.setItemDelegateForColumn(CompromiseTreeModel.COL_TEXT,
                                                       self.text_delegate)
        self.status_delegate = StatusDelegate(self)
        self.compromises_view.setItemDelegateForColumn(CompromiseTreeModel.COL_STATUS,
                                                       self.status_delegate)
        tree_header = self.compromises_view.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(CompromiseTreeModel.COL_TEXT,
                                         QHeaderView.ResizeMode.Stretch)
        for column in (CompromiseTreeModel.COL_STATUS, CompromiseTreeModel.COL_HOLDER,
                       CompromiseTreeModel.COL_SESSION):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        tree_header.resizeSection(CompromiseTreeModel.COL_STATUS, 120)
        tree_header.resizeSection(CompromiseTreeModel.COL_HOLDER, 200)
        tree_header.resizeSection(CompromiseTreeModel.COL_SESSION, 140)
        self.compromises_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.compromises_error = _error_label(self.tr("Fehler bei den Kompromissen"))

        self.remove_compromise_button = QPushButton(self.tr("Kompromiss entfernen"))
        self.remove_dissent_button = QPushButton(self.tr("Sondervotum entfernen"))
        self.compromise_text = _text_edit(
            self.tr("Neuer Kompromiss"),
            self.tr("Er löst die oben angehakten Positionen."))
        self.compromise_text.setObjectName("compromiseText")
        self.add_compromise_button = QPushButton(self.tr("Kompromiss hinzufügen"))
        self.dissent_target = QLabel()
        self.dissent_target.setWordWrap(True)
        self.dissent_target.setObjectName("dissentTarget")
        self.dissent_holder = HolderCombo()
        self.dissent_holder.setObjectName("dissentHolder")
        self.dissent_holder.setAccessibleName(self.tr("Sondervotum vertreten von"))
        self.dissent_holder.set_placeholder(self.tr("Person oder Gruppe eintippen"))
        self.dissent_text = _text_edit(self.tr("Neues Sondervotum"),
                                       self.tr("Worin weicht die Minderheit ab?"))
        self.dissent_text.setObjectName("dissentText")
        self.add_dissent_button = QPushButton(self.tr("Sondervotum hinzufügen"))
        # Where the facilitator types most, outdated terms are marked as in the editor.
        self.term_edits = [self.position_text, self.compromise_text, self.dissent_text]
        for edit in self.term_edits:
            edit.setChecker(self.term_rules.checker)
        self.term_rules.sig_checker_changed.connect(self.on_term_rules_checker_changed)

        for button in (self.remove_position_button, self.add_position_button,
                       self.remove_compromise_button, self.remove_dissent_button,
                       self.add_compromise_button, self.add_dissent_button):
            button.setAccessibleName(button.text())

        self._build_layout()

        self.positions_model.sig_error.connect(self.on_positions_error)
        self.compromises_model.sig_error.connect(self.on_compromises_error)
        self.positions_model.modelReset.connect(self._update_buttons)
        self.positions_model.rowsRemoved.connect(self._update_buttons)
        self.positions_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.compromises_model.modelAboutToBeReset.connect(self._remember_tree_state)
        self.compromises_model.modelReset.connect(self._restore_tree_state)
        self.compromises_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.remove_position_button.clicked.connect(self.on_remove_position_button_clicked)
        self.add_position_button.clicked.connect(self.on_add_position_button_clicked)
        self.remove_compromise_button.clicked.connect(self.on_remove_compromise_button_clicked)
        self.remove_dissent_button.clicked.connect(self.on_remove_dissent_button_clicked)
        self.add_compromise_button.clicked.connect(self.on_add_compromise_button_clicked)
        self.add_dissent_button.clicked.connect(self.on_add_dissent_button_clicked)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        #: Compromises shown, expanded rows and the current one, kept over a model
        #: reset; None: a new subject, shown with everything expanded.
        self._tree_state: tuple[set[str], set[str], str | None] | None = None
        self._new_subject = True
        self._update_buttons()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        positions_title = QLabel(self.tr("<b>Positionen</b>"))
        positions_title.setBuddy(self.positions_view)
        layout.addWidget(positions_title)
        layout.addWidget(self.positions_view)
        layout.addWidget(self.positions_error)
        row = QHBoxLayout()
        row.addWidget(self.remove_position_button)
        row.addStretch(1)
        layout.addLayout(row)
        add_position = QFormLayout()
        add_position.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_row(add_position, self.tr("Vertreten von"), self.position_holder)
        self._form_row(add_position, self.tr("Neue Position"), self.position_text)
        add_position.addRow("", self._right(self.add_position_button))
        layout.addLayout(add_position)

        compromises_title = QLabel(self.tr("<b>Kompromisse und Sondervoten</b>"))
        compromises_title.setBuddy(self.compromises_view)
        layout.addSpacing(8)
        layout.addWidget(compromises_title)
        layout.addWidget(self.compromises_view)
        layout.addWidget(self.compromises_error)
        row = QHBoxLayout()
        row.addWidget(self.remove_compromise_button)
        row.addWidget(self.remove_dissent_button)
        row.addStretch(1)
        layout.addLayout(row)
        add_compromise = QFormLayout()
        add_compromise.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_row(add_compromise, self.tr("Neuer Kompromiss"), self.compromise_text)
        add_compromise.addRow("", self._right(self.add_compromise_button))
        layout.addLayout(add_compromise)
        add_dissent = QFormLayout()
        add_dissent.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form_row(add_dissent, self.tr("Sondervotum zu"), self.dissent_target)
        self._form_row(add_dissent, self.tr("Vertreten von"), self.dissent_holder)
        self._form_row(add_dissent, self.tr("Sondervotum"), self.dissent_text)
        add_dissent.addRow("", self._right(self.add_dissent_button))
        layout.addLayout(add_dissent)
        layout.addStretch(1)

        chain = self.focus_widgets()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _form_row(form: QFormLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text + ":")
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(text)
        form.addRow(label, widget)

    @staticmethod
    def _right(button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button)
        row.addStretch(1)
        return box

    def focus_widgets(self) -> list[QWidget]:
        """The panel's focusable widgets in tab order (for the form's tab chain)."""
        return [self.positions_view, self.remove_position_button, self.position_holder,
                self.position_text, self.add_position_button, self.compromises_view,
                self.remove_compromise_button, self.remove_dissent_button,
                self.compromise_text, self.add_compromise_button, self.dissent_holder,
                self.dissent_text, self.add_dissent_button]

    # --- subject -----------------------------------------------------------------------

    @property
    def subject(self) -> tuple[str | None, str | None]:
        return self._subject_type, self._subject_id

    @property
    def session_id(self) -> str | None:
        return self._session_id

    def on_term_rules_checker_changed(self, checker: TermChecker) -> None:
        for edit in self.term_edits:
            edit.setChecker(checker)

    def set_subject(self, subject_type: str | None, subject_id: str | None,
                    session_id: str | None = None) -> None:
        """Show the negotiation of a goal or measure (``None``: nothing). New positions
        and compromises are recorded in ``session_id`` if given."""
        if subject_type is None or subject_id is None:
            subject_type = subject_id = None
        self._session_id = session_id
        if (subject_type, subject_id) == (self._subject_type, self._subject_id):
            return
        self._subject_type, self._subject_id = subject_type, subject_id
        self.positions_model.set_checked(())
        self.on_positions_error("")
        self.on_compromises_error("")
        self._new_subject = True
        try:
            self.reload()
        finally:
            self._new_subject = False
        self._select_first_compromise()

    def reload(self) -> None:
        """Read the subject's negotiation again and show it."""
        if self._subject_type is None or self._subject_id is None:
            data = Negotiation()
        else:
            data = read_negotiation(self.hub.catalogue, self._subject_type, self._subject_id)
        self.data = data
        self.positions_model.set_negotiation(data)
        self.compromises_model.set_negotiation(data)
        people = [(p.name, (PERSON, p.id)) for p in data.people.values()]
        free_labels = [(label, (LABEL, label)) for label in data.labels()]
        sides = [(text, (SIDE, key)) for key, text in labels.items(enums.SIDE)]
        taken = {text for text, _ in people + sides}
        self.position_holder.set_entries(
            people + sides + [e for e in free_labels if e[0] not in taken])
        taken = {text for text, _ in people}
        self.dissent_holder.set_entries(people + [e for e in free_labels if e[0] not in taken])
        self.setEnabled(self._subject_id is not None)
        self._update_buttons()

    def _relevant(self, changes: Changes) -> bool:
        if any(changes.created.get(rt) or changes.deleted.get(rt)
               for rt in ("position", "compromise")):
            return True
        mine = ({p.id for p in self.data.positions}, {c.id for c in self.data.compromises})
        if changes.updated.get("position", frozenset()) & mine[0]:
            return True
        if changes.updated.get("compromise", frozenset()) & mine[1]:
            return True
        if changes.touched("person"):
            return True
        return bool(changes.updated.get("session", frozenset()) & set(self.data.sessions))

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._subject_type is None or self._subject_id is None:
            return
        if self._subject_id in changes.deleted.get(self._subject_type, ()):
            self.set_subject(None, None)
            return
        if self._relevant(changes):
            self.reload()

    # --- selection helpers -------------------------------------------------------------

    def selected_position_id(self) -> str | None:
        rows = self.positions_view.selectionModel().selectedRows()
        return self.positions_model.position(rows[0].row()).id if rows else None

    def current_compromise(self) -> Compromise | None:
        return self.compromises_model.compromise_of(self.compromises_view.currentIndex())

    def select_compromise(self, compromise_id: str) -> None:
        row = self.compromises_model.row_of(compromise_id)
        if row >= 0:
            self.compromises_view.setCurrentIndex(self.compromises_model.index(row, 0))

    def _select_first_compromise(self) -> None:
        if self.compromises_model.rowCount() and not self.compromises_view.currentIndex() \
                .isValid():
            self.compromises_view.setCurrentIndex(self.compromises_model.index(0, 0))

    def _remember_tree_state(self) -> None:
        if self._new_subject:
            self._tree_state = None
            return
        model, view = self.compromises_model, self.compromises_view
        expanded: set[str] = set()
        known = {model.compromise(row).id for row in range(model.rowCount())}
        for row in range(model.rowCount()):
            top = model.index(row, 0)
            cid = model.compromise(row).id
            if view.isExpanded(top):
                expanded.add(cid)
            for sub in range(model.rowCount(top)):
                if view.isExpanded(model.index(sub, 0, top)):
                    expanded.add(f"{cid}/{sub}")
        current = self.current_compromise()
        self._tree_state = (known, expanded, current.id if current is not None else None)

    def _restore_tree_state(self) -> None:
        state = self._tree_state
        known, expanded, current = state if state is not None else (set(), set(), None)
        model, view = self.compromises_model, self.compromises_view
        for row in range(model.rowCount()):
            top = model.index(row, 0)
            cid = model.compromise(row).id
            fresh = state is None or cid not in known  # new subject or new compromise: open
            if fresh or cid in expanded:
                view.expand(top)
            for sub in range(model.rowCount(top)):
                if fresh or f"{cid}/{sub}" in expanded:
                    view.expand(model.index(sub, 0, top))
        if current is not None:
            self.select_compromise(current)
        self._select_first_compromise()
        self._update_buttons()

    # --- positions ---------------------------------------------------------------------

    def add_position(self, text: str, *, person_id: str | None = None,
                     side: str | None = None, label: str = "") -> str | None:
        """Add a position held by a person, a side or a named group (undoable);
        its id, or None if refused."""
        st, sid, session = self._subject_type, self._subject_id, self._session_id
        if st is None or sid is None:
            return None
        if person_id is not None and side is None:
            person = self.data.people.get(person_id)
            side = person.side if person is not None else None
        command = AddRecord(
            self.tr("Position hinzufügen"),
            lambda s: s.negotiation.add_position(st, sid, text, person_id=person_id, side=side,
                                     label=label, session_id=session),
            "position")
        return command.record_id if self.hub.run_undoable(command) else None

    def remove_position(self, position_id: str) -> bool:
        """Remove a position after asking (undoable). A position a compromise settles is
        refused by the model, whose message names holder and text."""
        row = self.positions_model.row_of(position_id)
        if row < 0:
            return False
        holder = self.positions_model.holder(row)
        if not dialogs.ask(self, self.tr("Position entfernen"),
                           self.tr("Die Position von %1 entfernen?").replace("%1", holder)):
            return False
        return self.hub.run_undoable(DeleteRecord("position", position_id,
                                             self.tr("Position entfernen")))

    def on_add_position_button_clicked(self) -> None:
        text = self.position_text.toPlainText().strip()
        holder = self.position_holder.holder()
        if holder is None:
            self.on_positions_error(self.tr("Bitte angeben, wer die Position vertritt: "
                                            "eine Person, Verwaltung, extern oder eine "
                                            "Gruppe."))
            self.position_holder.setFocus()
            return
        if not text:
            self.on_positions_error(self.tr("Bitte den Text der Position eingeben."))
            self.position_text.setFocus()
            return
        kind, value = holder
        new_id = self.add_position(
            text, person_id=value if kind == PERSON else None,
            side=value if kind == SIDE else None, label=value if kind == LABEL else "")
        if new_id is None:
            return
        self.on_positions_error("")
        self.position_text.clear()
        self.position_holder.reset()
        row = self.positions_model.row_of(new_id)
        if row >= 0:
            self.positions_view.selectRow(row)

    def on_remove_position_button_clicked(self) -> None:
        position_id = self.selected_position_id()
        if position_id is not None:
            self.remove_position(position_id)

    # --- compromises and Sondervoten ---------------------------------------------------

    def add_compromise(self, text: str, position_ids: Sequence[str] = (),
                       status: str = "proposed") -> str | None:
        """Add a compromise settling ``position_ids`` (undoable); its id or None."""
        st, sid, session = self._subject_type, self._subject_id, self._session_id
        if st is None or sid is None:
            return None
        ids = list(position_ids)
        command = AddRecord(
            self.tr("Kompromiss hinzufügen"),
            lambda s: s.negotiation.add_compromise(st, sid, text, position_ids=ids, status=status,
                                       session_id=session),
            "compromise")
        return command.record_id if self.hub.run_undoable(command) else None

    def remove_compromise(self, compromise_id: str) -> bool:
        """Remove a compromise with its Sondervoten after asking (undoable)."""
        if self.compromises_model.row_of(compromise_id) < 0:
            return False
        if not dialogs.ask(self, self.tr("Kompromiss entfernen"),
                           self.tr("Den Kompromiss mit seinen Sondervoten entfernen? Die "
                                   "Positionen bleiben erhalten.")):
            return False
        return self.hub.run_undoable(DeleteRecord("compromise", compromise_id,
                                             self.tr("Kompromiss entfernen")))

    def add_dissent(self, compromise_id: str, text: str, *, person_id: str | None = None,
                    label: str = "") -> bool:
        """Record a Sondervotum of a person or a named group under a compromise."""
        return self.hub.run_without_undo(lambda s: s.negotiation.add_dissent(compromise_id, text,
                                                                 person_id=person_id,
                                                     label=label)) is not None

    def remove_dissent(self, compromise_id: str, index: int) -> bool:
        """Remove the ``index``-th Sondervotum of a compromise after asking."""
        row = self.compromises_model.row_of(compromise_id)
        if row < 0:
            return False
        dissents = self.compromises_model.compromise(row).dissents
        if not 0 <= index < len(dissents):
            return False
        d = dissents[index]
        holder = self.data.holder(d.person_id, None, d.label)
        if not dialogs.ask(self, self.tr("Sondervotum entfernen"),
                           self.tr("Das Sondervotum von %1 entfernen? Das lässt sich nicht "
                                   "rückgängig machen.").replace("%1", holder)):
            return False
        return self.hub.run_without_undo(lambda s: s.negotiation.remove_dissent(compromise_id,
                                                                    index)) is not None

    def on_add_compromise_button_clicked(self) -> None:
        text = self.compromise_text.toPlainText().strip()
        if not text:
            self.on_compromises_error(self.tr("Bitte den Text des Kompromisses eingeben."))
            self.compromise_text.setFocus()
            return
        new_id = self.add_compromise(text, self.positions_model.checked_ids())
        if new_id is None:
            return
        self.on_compromises_error("")
        self.compromise_text.clear()
        self.positions_model.set_checked(())
        self.select_compromise(new_id)

    def on_remove_compromise_button_clicked(self) -> None:
        comp = self.current_compromise()
        if comp is not None:
            self.remove_compromise(comp.id)

    def on_add_dissent_button_clicked(self) -> None:
        comp = self.current_compromise()
        if comp is None:
            self.on_compromises_error(self.tr("Bitte zuerst oben einen Kompromiss wählen."))
            return
        holder = self.dissent_holder.holder()
        text = self.dissent_text.toPlainText().strip()
        if holder is None or holder[0] == SIDE:
            self.on_compromises_error(self.tr("Bitte angeben, wer das Sondervotum abgibt: "
                                              "eine Person oder eine Gruppe."))
            self.dissent_holder.setFocus()
            return
        if not text:
            self.on_compromises_error(self.tr("Bitte den Text des Sondervotums eingeben."))
            self.dissent_text.setFocus()
            return
        kind, value = holder
        if not self.add_dissent(comp.id, text, person_id=value if kind == PERSON else None,
                                label=value if kind == LABEL else ""):
            return
        self.on_compromises_error("")
        self.dissent_text.clear()
        self.dissent_holder.reset()

    def on_remove_dissent_button_clicked(self) -> None:
        index = self.compromises_view.currentIndex()
        comp = self.compromises_model.compromise_of(index)
        number = self.compromises_model.dissent_index(index)
        if comp is not None and number >= 0:
            self.remove_dissent(comp.id, number)

    # --- feedback ----------------------------------------------------------------------

    def on_positions_error(self, message: str) -> None:
        self.positions_error.setText(message)
        self.positions_error.setVisible(bool(message))
        self.positions_view.setAccessibleDescription(
            message or self.tr("Angehakte Positionen löst der neue Kompromiss."))

    def on_compromises_error(self, message: str) -> None:
        self.compromises_error.setText(message)
        self.compromises_error.setVisible(bool(message))
        self.compromises_view.setAccessibleDescription(message)

    def _update_buttons(self) -> None:
        active = self._subject_id is not None
        self.remove_position_button.setEnabled(active and self.selected_position_id()
                                               is not None)
        index = self.compromises_view.currentIndex()
        comp = self.compromises_model.compromise_of(index)
        self.remove_compromise_button.setEnabled(
            active and self.compromises_model.kind_of(index) == K_COMPROMISE)
        self.remove_dissent_button.setEnabled(
            active and self.compromises_model.dissent_index(index) >= 0)
        self.add_dissent_button.setEnabled(active and comp is not None)
        if comp is None:
            self.dissent_target.setText(self.tr("– bitte oben einen Kompromiss wählen –"))
        else:
            short = comp.text if len(comp.text) <= 90 else comp.text[:89].rstrip() + "…"
            self.dissent_target.setText(short)
        self.dissent_target.setAccessibleName(
            self.tr("Sondervotum zu: %1").replace("%1", self.dissent_target.text()))
