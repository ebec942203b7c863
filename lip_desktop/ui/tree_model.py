"""The navigation tree: Strategieteil, Handlungsfelder → Ziele (→ Teilziele) → Maßnahmen.

Lazy: a node's children are read when the view first asks for them, with one query per
expanded node (never one per row), so a catalogue of 21,000 measures opens as fast as
one of a hundred. Change summaries from the hub refresh only the rows and the parents
they name; the rest of the tree, and what the user has expanded, stays as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.commands import MoveMeasure
from lip_desktop.ui import a11y, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole

Index = QModelIndex | QPersistentModelIndex

COL_TITLE: Final = 0
COL_STATUS: Final = 1
COL_STEERING: Final = 2
HEADERS: Final = ("Eintrag", "Status", "Votum")

MEASURE_MIME: Final = "application/x-lip-measure-id"

#: What the colour of a status or vote text means (``a11y.colour``); the text says it too.
STEERING_COLOURS: Final = {"approved": "good", "revise": "caution", "rejected": "bad"}
STATUS_COLOURS: Final = {"agreed": "good", "rejected": "neutral", "deferred": "neutral"}

# Qt asks ``data`` for about ten roles per cell on every paint of every visible row, and
# ``flags`` as often: roles as plain ints and flags worked out once keep each call short
# (enum arithmetic per call cost more than the rest of the work).
_DISPLAY: Final = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP: Final = Qt.ItemDataRole.ToolTipRole.value
_FOREGROUND: Final = Qt.ItemDataRole.ForegroundRole.value
_FONT: Final = Qt.ItemDataRole.FontRole.value
_ACCESSIBLE: Final = Qt.ItemDataRole.AccessibleTextRole.value
_TYPE_ROLE: Final = int(RecordTypeRole)
_ID_ROLE: Final = int(RecordIdRole)
#: The roles ``data`` answers; the view asks for about as many more per cell on each paint
#: (decoration, alignment, background, check state), which are answered before any lookup.
_ANSWERED: Final = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _ACCESSIBLE, _TYPE_ROLE,
                              _ID_ROLE})
_SELECTABLE: Final = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS: Final[dict[str, Qt.ItemFlag]] = {
    "measure": _SELECTABLE | Qt.ItemFlag.ItemIsDragEnabled,
    "goal": _SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled,
}


@dataclass(eq=False)
class Node:
    kind: str  # root, strategy, strategy_section, action_field, goal, measure
    record_id: str
    parent: Node | None
    code: str = ""
    title: str = ""
    status: str | None = None
    steering: str | None = None
    has_children: bool = False
    children: list[Node] | None = None  # None: not loaded yet
    key: int = field(default=0)
    #: The node's place in its parent's ``children``, kept by ``_number`` whenever a list
    #: of children is set or changed, so ``parent()`` and ``index_of`` answer without
    #: searching the list (Qt asks ``parent`` about 340 times per paint).
    row: int = 0

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip()


#: Records one change may touch before the tree re-reads every loaded branch instead of
#: asking each record where it belongs now (2 ms a record: an import, or another
#: window's "reload everything" on a server, touches thousands; 2,100 took 5 s).
_MANY_TOUCHED: Final = 100


class CatalogueTreeModel(QAbstractItemModel):
    """Adapter over the catalogue's structure; rows carry record type and id."""

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._nodes: dict[int, Node] = {}
        self._by_record: dict[tuple[str, str], Node] = {}
        self._next_key = 1
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes: dict[str, QBrush] = {}
        self._brush_key: tuple[int, int] = (-1, -1)
        self._root = self._register(Node("root", "", None, has_children=True))
        self._set_children(self._root, self._load_top())
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    # --- node bookkeeping ----------------------------------------------------------------

    def _register(self, node: Node) -> Node:
        node.key = self._next_key
        self._next_key += 1
        self._nodes[node.key] = node
        if node.kind not in ("root", "strategy"):
            self._by_record[(node.kind, node.record_id)] = node
        return node

    def _forget(self, node: Node) -> None:
        for child in node.children or []:
            self._forget(child)
        self._nodes.pop(node.key, None)
        if self._by_record.get((node.kind, node.record_id)) is node:
            del self._by_record[(node.kind, node.record_id)]

    @staticmethod
    def _number(children: list[Node]) -> None:
        """Each child's ``row``: its place in the list (called whenever a list changes)."""
        for row, child in enumerate(children):
            child.row = row

    def _set_children(self, node: Node, children: list[Node]) -> None:
        self._number(children)
        node.children = children

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return self._nodes[index.internalId()]

    def index_of(self, record_type: str, record_id: str) -> QModelIndex:
        """Index of a record, loading the nodes on its path if needed (search jumps)."""
        node = self._by_record.get((record_type, record_id))
        if node is None:
            for kind, rid in self._path_to(record_type, record_id):
                parent = self._by_record.get((kind, rid))
                if parent is not None and parent.children is None:
                    self._fetch(parent)
            node = self._by_record.get((record_type, record_id))
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.key)

    # --- loading (one query per expanded node) -------------------------------------------

    def _load_top(self) -> list[Node]:
        top = queries.tree_top(self._hub.catalogue)
        sections, fields, with_goals = top.sections, top.fields, top.fields_with_goals
        strategy = getattr(self, "_strategy", None)
        if strategy is None:
            strategy = self._register(Node("strategy", "strategy", self._root,
                                           title=self.tr("Strategieteil")))
            self._strategy = strategy
        strategy.has_children = bool(sections)
        if strategy.children is None:
            self._set_children(strategy, [self._reuse("strategy_section", sid, strategy,
                                                      title=title) for sid, title in sections])
        out = [strategy]
        for fid, code, name in fields:
            out.append(self._reuse("action_field", fid, self._root, code=code, title=name,
                                   has_children=fid in with_goals))
        return out

    def _fetch(self, node: Node) -> None:
        self._set_children(node, self._load_children(node))

    def _load_children(self, node: Node) -> list[Node]:
        if node.kind == "root":
            return self._load_top()
        if node.kind == "strategy":
            rows = queries.strategy_sections(self._hub.catalogue)
            return [self._reuse("strategy_section", sid, node, title=t) for sid, t in rows]
        if node.kind not in ("action_field", "goal"):
            return []
        below = queries.tree_children(self._hub.catalogue, node.kind, node.record_id)
        goals, measures = below.goals, below.measures
        parents_with_children = below.goals_with_children
        children = [self._reuse("goal", gid, node, code=code, title=title, status=status,
                                has_children=gid in parents_with_children)
                    for gid, code, title, status in goals]
        children += [self._reuse("measure", mid, node, code=code, title=title, status=status,
                                 steering=steering)
                     for mid, code, title, status, steering in measures]
        return children

    def _reuse(self, kind: str, record_id: str, parent: Node, **values: Any) -> Node:
        """The existing node of a record (keeping its loaded subtree) or a new one."""
        node = self._by_record.get((kind, record_id))
        if node is None:
            return self._register(Node(kind, record_id, parent, **values))
        node.parent = parent
        for key, value in values.items():
            setattr(node, key, value)
        return node

    def _path_to(self, record_type: str, record_id: str) -> list[tuple[str, str]]:
        """The chain of (kind, id) from the top down to a record's parent."""
        return queries.tree_path(self._hub.catalogue, record_type, record_id)

    # --- Qt model API ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if node.children is None or not (0 <= row < len(node.children)) or \
                not (0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].key)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self.node(index)
        up = node.parent
        if up is None or up.parent is None:  # the root's parent is None
            return QModelIndex()
        return self.createIndex(up.row, 0, up.key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.has_children

    def canFetchMore(self, parent: Index) -> bool:
        node = self.node(parent)
        return node.children is None and node.has_children

    def fetchMore(self, parent: Index) -> None:
        node = self.node(parent)
        if node.children is not None:
            return
        children = self._load_children(node)
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            self._set_children(node, children)
            self.endInsertRows()
        else:
            node.children = []

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        column = index.column()
        if role == _DISPLAY:
            if column == COL_TITLE:
                return node.label
            if column == COL_STATUS and node.status:
                return labels.label(enums.STATUS, node.status)
            if column == COL_STEERING and node.steering:
                return labels.label(enums.STEERING_DECISION, node.steering)
            return None
        if role == _FOREGROUND:
            if column == COL_STEERING and node.steering in STEERING_COLOURS:
                return self._brush(STEERING_COLOURS[node.steering])
            if column == COL_STATUS and node.status in STATUS_COLOURS:
                return self._brush(STATUS_COLOURS[node.status])
            return None
        if role == _FONT:
            if column == COL_TITLE and node.kind in ("action_field", "strategy"):
                return self._bold
            return None
        if role == _TOOLTIP:
            parts = [node.label]
            if node.status:
                parts.append(self.tr("Status: %1").replace(
                    "%1", labels.label(enums.STATUS, node.status)))
            if node.steering:
                parts.append(self.tr("Votum Lenkungsgruppe: %1").replace(
                    "%1", labels.label(enums.STEERING_DECISION, node.steering)))
            return "\n".join(parts)
        if role == _ACCESSIBLE and column == COL_TITLE:
            return node.label
        if role == _TYPE_ROLE:
            return node.kind
        if role == _ID_ROLE:
            return node.record_id
        return None

    def _brush(self, meaning: str) -> QBrush:
        """The brush of a status colour, worked out once per palette and contrast setting
        (asking the system for its contrast preference on every cell costs a frame)."""
        key = (QGuiApplication.palette().cacheKey(), a11y.contrast_generation())
        if key != self._brush_key:
            self._brushes.clear()
            self._brush_key = key
        brush = self._brushes.get(meaning)
        if brush is None:
            brush = self._brushes[meaning] = QBrush(a11y.colour(meaning))
        return brush

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return _FLAGS.get(self._nodes[index.internalId()].kind, _SELECTABLE)

    # --- drag and drop: a measure onto a goal -----------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MEASURE_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.node(i).record_id for i in indexes
               if i.column() == 0 and self.node(i).kind == "measure"]
        if ids:
            data.setData(MEASURE_MIME, QByteArray(ids[0].encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        target = self.node(parent)
        return data.hasFormat(MEASURE_MIME) and target.kind == "goal"

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Moving is an undoable edit through the hub; the tree follows its broadcast,
        so the view must not remove the dragged row itself (hence False)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        measure_id = bytes(data.data(MEASURE_MIME).data()).decode()
        target = self.node(parent)
        index = self.measure_index_for_row(target, row)
        self._hub.run_undoable(MoveMeasure(measure_id, target.record_id, index))
        return False

    def measure_index_for_row(self, goal: Node, row: int) -> int:
        """A drop row among a goal's children (sub-goals first) as a measure index."""
        if goal.children is None:
            self._fetch(goal)
        assert goal.children is not None
        if row < 0:
            return len([c for c in goal.children if c.kind == "measure"])
        return len([c for c in goal.children[:row] if c.kind == "measure"])

    # --- following the catalogue ---------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        kinds = ("strategy_section", "action_field", "goal", "measure")
        touched = [(kind, rid) for kind in kinds for rid in changes.touched(kind)]
        parents: set[int] = set()
        refresh: set[tuple[str, str]] = set()
        many = len(touched) > _MANY_TOUCHED
        # Where a record lives now is asked only when rows may come, go or move: a plain
        # field edit (the common case) refreshes its own row and nothing else.
        structure = changes.structural
        for kind, rid in touched:
            node = self._by_record.get((kind, rid))
            if node is not None and node.parent is not None:
                parents.add(node.parent.key)
                refresh.add((kind, rid))
            if structure and not many:
                parents.update(self._current_parents(kind, rid))
        if structure and many:  # every loaded branch: one query per expanded node
            parents = {key for key, node in self._nodes.items() if node.children is not None}
        if structure:
            for key in sorted(parents, key=self._depth):
                node = self._nodes.get(key)
                if node is not None and node.children is not None:
                    self._refresh_children(node)
        for kind, rid in refresh:
            self._refresh_row(kind, rid)

    def _depth(self, key: int) -> int:
        depth, node = 0, self._nodes.get(key)
        while node is not None and node.parent is not None:
            depth, node = depth + 1, node.parent
        return depth

    def _current_parents(self, kind: str, rid: str) -> list[int]:
        """Node keys of the loaded parent(s) a record belongs under now."""
        if kind in ("measure", "goal"):
            parent = queries.tree_parent(self._hub.catalogue, kind, rid)
            if parent is None and kind == "goal":
                return []
            node = self._by_record.get(parent) if parent is not None else None
        elif kind == "strategy_section":
            node = self._root.children[0] if self._root.children else None
        else:
            node = self._root
        return [node.key] if node is not None else []

    def _index_of_node(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None or node.parent.children is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.key)

    def _refresh_children(self, node: Node) -> None:
        old = node.children if node.children is not None else []
        new = self._load_children(node)
        old_ids = [(c.kind, c.record_id) for c in old]
        new_ids = [(c.kind, c.record_id) for c in new]
        parent_index = self._index_of_node(node)
        if old_ids == new_ids:
            self._set_children(node, new)
            if new:
                self.dataChanged.emit(self.index(0, 0, parent_index),
                                      self.index(len(new) - 1, len(HEADERS) - 1, parent_index))
            return
        kept = [k for k in old_ids if k in set(new_ids)]
        if kept == [k for k in new_ids if k in set(old_ids)]:
            # Same order for what stays: remove the gone rows, insert the new ones.
            for row in range(len(old) - 1, -1, -1):
                if old_ids[row] not in set(new_ids):
                    self.beginRemoveRows(parent_index, row, row)
                    gone = old.pop(row)
                    self._number(old)
                    self.endRemoveRows()
                    if gone.parent is node:  # else it moved and lives on elsewhere
                        self._forget(gone)
            for row, child in enumerate(new):
                if row >= len(old) or (old[row].kind, old[row].record_id) != new_ids[row]:
                    self.beginInsertRows(parent_index, row, row)
                    old.insert(row, child)
                    self._number(old)
                    self.endInsertRows()
            node.children = old
            return
        # Reordered: take all rows out and put them back in the new order.
        if old:
            self.beginRemoveRows(parent_index, 0, len(old) - 1)
            node.children = []
            self.endRemoveRows()
        for child in old:
            if (child.kind, child.record_id) not in set(new_ids) and child.parent is node:
                self._forget(child)
        if new:
            self.beginInsertRows(parent_index, 0, len(new) - 1)
            self._set_children(node, new)
            self.endInsertRows()
        node.has_children = bool(new)

    def _refresh_row(self, kind: str, rid: str) -> None:
        node = self._by_record.get((kind, rid))
        if node is None or node.parent is None:
            return
        for key, value in queries.tree_node_values(self._hub.catalogue, kind, rid):
            setattr(node, key, value)
        index = self._index_of_node(node)
        if index.isValid():
            self.dataChanged.emit(index, index.siblingAtColumn(len(HEADERS) - 1))
