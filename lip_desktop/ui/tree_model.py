"""The navigation tree: Strategieteil, Handlungsfelder → Ziele (→ Teilziele) → Maßnahmen.

Lazy: a node's children are read when the view first asks for them, with one query per
expanded node (never one per row), so a catalogue of 21,000 measures opens as fast as
one of a hundred. Change summaries from the hub refresh only the rows and the parents
they name; the rest of the tree, and what the user has expanded, stays as it is.

A file's tree is first painted from a ``FirstLook`` (stdlib ``sqlite3``, the same SQL as
later, ``model/tree_sql.py``) before SQLAlchemy is even imported; ``attach`` hands it the
hub once the catalogue is open, and until then it accepts no drop (nothing can be edited
before the full open has checked the file). ``model.queries`` and the commands are
imported on first use for the same reason.

What the view paints comes from Qt itself: the model is a ``QStandardItemModel`` whose
items hold each loaded row's texts, colours, font, tooltip, accessible text, record type
and id, written when the row is loaded or changes. A Python ``QAbstractItemModel`` was
asked about 1,000 times per paint (``data`` for seven roles per cell, ``parent``,
``index``, ``flags``), and each call into Python cost more than its answer: a paint of the
open tree took twice as long as the same tree in Qt's own model. Python is asked only
what items cannot say: whether a node not loaded yet has children, and to load them.
The ``Node`` tree beside the items keeps the records and the order the refresh compares;
``node.items`` is the row that shows a node, and row *i* of a node's item always shows
``node.children[i]``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QStandardItem, QStandardItemModel

from lip_desktop.model import enums
from lip_desktop.model.changes import Changes
from lip_desktop.ui import a11y, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import FIRST_PRIVATE_ROLE, RecordIdRole, RecordTypeRole

if TYPE_CHECKING:
    from types import ModuleType

    from lip_desktop.model.first_look import FirstLook

Index = QModelIndex | QPersistentModelIndex

COL_TITLE: Final = 0
COL_STATUS: Final = 1
COL_STEERING: Final = 2
HEADERS: Final = ("Eintrag", "Status", "Votum")

MEASURE_MIME: Final = "application/x-lip-measure-id"

#: What the colour of a status or vote text means (``a11y.colour``); the text says it too.
STEERING_COLOURS: Final = {"approved": "good", "revise": "caution", "rejected": "bad"}
STATUS_COLOURS: Final = {"agreed": "good", "rejected": "neutral", "deferred": "neutral"}

#: The node an item shows (``Node.key``), on every cell of its row.
NodeKeyRole: Final = FIRST_PRIVATE_ROLE + 40

_DISPLAY: Final = Qt.ItemDataRole.DisplayRole
_TOOLTIP: Final = Qt.ItemDataRole.ToolTipRole
_FOREGROUND: Final = Qt.ItemDataRole.ForegroundRole
_FONT: Final = Qt.ItemDataRole.FontRole
_ACCESSIBLE: Final = Qt.ItemDataRole.AccessibleTextRole
_SELECTABLE: Final = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FLAGS: Final[dict[str, Qt.ItemFlag]] = {
    "measure": _SELECTABLE | Qt.ItemFlag.ItemIsDragEnabled,
    "goal": _SELECTABLE | Qt.ItemFlag.ItemIsDropEnabled,
}

#: One cell as shown: its text, the meaning of its colour (``a11y.colour``) or None.
_Cell = tuple[str | None, str | None]


class _Look(NamedTuple):
    """A row as shown."""

    cells: tuple[_Cell, _Cell, _Cell]  # title, status, vote
    bold: bool  # the title
    tooltip: str


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
    #: The node's place in its parent's ``children`` (kept by ``_number``).
    row: int = 0
    #: The items of the row showing the node (title, status, vote); None for the root and
    #: for a node not shown yet.
    items: list[QStandardItem] | None = field(default=None, repr=False)
    #: What ``items`` show (``_Look``): a refresh writes only what changed.
    look: _Look | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        return f"{self.code} {self.title}".strip()


#: Records one change may touch before the tree re-reads every loaded branch instead of
#: asking each record where it belongs now (2 ms a record: an import, or another
#: window's "reload everything" on a server, touches thousands; 2,100 took 5 s).
_MANY_TOUCHED: Final = 100


class CatalogueTreeModel(QStandardItemModel):
    """Adapter over the catalogue's structure; rows carry record type and id."""

    def __init__(self, hub: CatalogueHub | None, parent: QObject | None = None, *,
                 first_look: FirstLook | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.setHorizontalHeaderLabels([self.tr(title) for title in HEADERS])
        self.invisibleRootItem().setFlags(Qt.ItemFlag.ItemIsDropEnabled)
        if hub is None and first_look is None:
            raise ValueError("a tree needs a hub or a first look")
        self._hub_or_none = hub
        self._first_look = first_look
        self._nodes: dict[int, Node] = {}
        self._by_record: dict[tuple[str, str], Node] = {}
        self._next_key = 1
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes: dict[str, QBrush] = {}
        self._brush_key: tuple[int, int] = (-1, -1)
        self._root = self._register(Node("root", "", None, has_children=True))
        self._root.children = []
        self._insert_rows(self._root, 0, self._load_top())
        if hub is not None:
            hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        a11y.contrast_notifier().sig_changed.connect(self.on_contrast_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.on_contrast_changed)

    @property
    def _hub(self) -> CatalogueHub:
        """The hub; only asked for by what runs once the catalogue is open."""
        if self._hub_or_none is None:
            raise RuntimeError("the catalogue is not open yet")
        return self._hub_or_none

    @property
    def attached(self) -> bool:
        """The catalogue is open (``attach``): the tree reads and edits through the hub."""
        return self._hub_or_none is not None

    def attach(self, hub: CatalogueHub) -> None:
        """The full open has succeeded: read through the hub from now on. The rows read
        from the first look stay (nothing could change them: this program holds the
        writer lock and nothing was editable)."""
        self._hub_or_none = hub
        self._first_look = None
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

    def node(self, index: Index) -> Node:
        if not index.isValid():
            return self._root
        return self._nodes[index.data(NodeKeyRole)]

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
        return self._index_of_node(node)

    @staticmethod
    def _number(children: list[Node]) -> None:
        """Each child's ``row``: its place in the list (called whenever a list changes)."""
        for row, child in enumerate(children):
            child.row = row

    # --- items: the rows Qt paints --------------------------------------------------------

    def _item(self, node: Node) -> QStandardItem:
        """The item whose child rows show a node's children."""
        if node is self._root or node.items is None:
            return self.invisibleRootItem()
        return node.items[COL_TITLE]

    def _look(self, node: Node) -> _Look:
        """What a node's row shows (labels translated once, when it is loaded or changes)."""
        status = labels.label(enums.STATUS, node.status) if node.status else None
        steering = labels.label(enums.STEERING_DECISION, node.steering) \
            if node.steering else None
        tooltip = [node.label]
        if status:
            tooltip.append(self.tr("Status: %1").replace("%1", status))
        if steering:
            tooltip.append(self.tr("Votum Lenkungsgruppe: %1").replace("%1", steering))
        return _Look(((node.label, None),
                      (status, STATUS_COLOURS.get(node.status) if node.status else None),
                      (steering, STEERING_COLOURS.get(node.steering) if node.steering
                       else None)),
                     node.kind in ("action_field", "strategy"), "\n".join(tooltip))

    def _make_row(self, node: Node) -> list[QStandardItem]:
        """New items for a node's row, with the rows of its loaded children below (items
        not in a model yet: filling them sends no signals)."""
        look = self._look(node)
        flags = _FLAGS.get(node.kind, _SELECTABLE)
        row = []
        for _column in range(len(HEADERS)):
            item = QStandardItem()
            item.setFlags(flags)
            item.setData(node.key, NodeKeyRole)
            item.setData(node.kind, RecordTypeRole)
            item.setData(node.record_id, RecordIdRole)
            row.append(item)
        node.items, node.look = row, look
        self._write_look(node, look, None)
        if node.children:
            title = row[COL_TITLE]
            title.setColumnCount(len(HEADERS))
            for child in node.children:
                title.appendRow(self._make_row(child))
        return row

    def _write_look(self, node: Node, look: _Look, before: _Look | None) -> None:
        """Writes what differs from ``before`` into the node's items."""
        assert node.items is not None
        for column in range(len(HEADERS)):
            text, meaning = look.cells[column]
            if before is not None and before.cells[column] == look.cells[column]:
                continue
            item = node.items[column]
            item.setData(text, _DISPLAY)
            item.setData(self._brush(meaning) if meaning is not None else None, _FOREGROUND)
        title = node.items[COL_TITLE]
        if before is None or before.cells[COL_TITLE] != look.cells[COL_TITLE]:
            title.setData(look.cells[COL_TITLE][0], _ACCESSIBLE)
        if before is None or before.bold != look.bold:
            title.setData(self._bold if look.bold else None, _FONT)
        if before is None or before.tooltip != look.tooltip:
            for item in node.items:
                item.setData(look.tooltip, _TOOLTIP)

    def _update_row(self, node: Node) -> None:
        """The node's items after its values changed (only what differs is written)."""
        if node.items is None:
            return
        look = self._look(node)
        if look == node.look:
            return
        before, node.look = node.look, look
        # One dataChanged for the row, as the view needs, not one per role and cell.
        with QSignalBlocker(self):
            self._write_look(node, look, before)
        first = self.indexFromItem(node.items[COL_TITLE])
        self.dataChanged.emit(first, first.siblingAtColumn(len(HEADERS) - 1))

    def _insert_rows(self, node: Node, row: int, children: list[Node]) -> None:
        """``children`` into a node's list and its item at ``row``: one insertion."""
        assert node.children is not None
        node.children[row:row] = children
        self._number(node.children)
        item = self._item(node)
        if item.columnCount() < len(HEADERS):
            item.setColumnCount(len(HEADERS))
        rows = [self._make_row(child) for child in children]
        item.insertRows(row, [cells[COL_TITLE] for cells in rows])
        # The other cells of rows inserted just now: nothing has seen them yet, and the
        # view lays the rows out (and paints them) after this returns.
        with QSignalBlocker(self):
            for offset, cells in enumerate(rows):
                for column in range(1, len(HEADERS)):
                    item.setChild(row + offset, column, cells[column])

    def _remove_rows(self, node: Node, row: int, count: int) -> list[Node]:
        assert node.children is not None
        gone = node.children[row:row + count]
        del node.children[row:row + count]
        self._number(node.children)
        self._item(node).removeRows(row, count)
        return gone

    def _brush(self, meaning: str) -> QBrush:
        """The brush of a status colour, worked out once per palette and contrast setting."""
        key = (QGuiApplication.palette().cacheKey(), a11y.contrast_generation())
        if key != self._brush_key:
            self._brushes.clear()
            self._brush_key = key
        brush = self._brushes.get(meaning)
        if brush is None:
            brush = self._brushes[meaning] = QBrush(a11y.colour(meaning))
        return brush

    def on_contrast_changed(self, *_args: object) -> None:
        """The contrast setting or the palette changed: status and vote colours anew."""
        for node in self._nodes.values():
            if node.items is None or node.look is None:
                continue
            for column in (COL_STATUS, COL_STEERING):
                meaning = node.look.cells[column][1]
                if meaning is not None:
                    node.items[column].setData(self._brush(meaning), _FOREGROUND)

    # --- loading (one query per expanded node) -------------------------------------------

    def _load_top(self) -> list[Node]:
        top = (self._first_look.top if self._first_look is not None
               else _queries().tree_top(self._hub.catalogue))
        sections, fields, with_goals = top.sections, top.fields, top.fields_with_goals
        strategy = getattr(self, "_strategy", None)
        if strategy is None:
            strategy = self._register(Node("strategy", "strategy", self._root,
                                           title=self.tr("Strategieteil")))
            self._strategy = strategy
        strategy.has_children = bool(sections)
        if strategy.children is None:
            strategy.children = [self._reuse("strategy_section", sid, strategy, title=title)
                                 for sid, title in sections]
            self._number(strategy.children)
        out = [strategy]
        for fid, code, name in fields:
            out.append(self._reuse("action_field", fid, self._root, code=code, title=name,
                                   has_children=fid in with_goals))
        return out

    def _fetch(self, node: Node) -> None:
        """Loads a node's children into the tree (the view's ``fetchMore`` and search
        jumps alike)."""
        if node.children is not None:
            return
        children = self._load_children(node)
        node.children = []
        if children:
            self._insert_rows(node, 0, children)

    def _load_children(self, node: Node) -> list[Node]:
        if node.kind == "root":
            return self._load_top()
        if node.kind == "strategy":
            rows = (self._first_look.top.sections if self._first_look is not None
                    else _queries().strategy_sections(self._hub.catalogue))
            return [self._reuse("strategy_section", sid, node, title=t) for sid, t in rows]
        if node.kind not in ("action_field", "goal"):
            return []
        if self._first_look is not None:
            below = self._first_look.children(node.kind, node.record_id)
        else:
            below = _queries().tree_children(self._hub.catalogue, node.kind, node.record_id)
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
        path: list[tuple[str, str]] = _queries().tree_path(self._hub.catalogue, record_type,
                                                           record_id)
        return path

    # --- what Python still answers: children of nodes not loaded yet --------------------

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
        self._fetch(self.node(parent))

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
        return self.attached and data.hasFormat(MEASURE_MIME) and target.kind == "goal"

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Moving is an undoable edit through the hub; the tree follows its broadcast,
        so the view must not remove the dragged row itself (hence False)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        measure_id = bytes(data.data(MEASURE_MIME).data()).decode()
        target = self.node(parent)
        index = self.measure_index_for_row(target, row)
        from lip_desktop.model.commands import MoveMeasure  # noqa: PLC0415 - not for the paint

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
            parent = _queries().tree_parent(self._hub.catalogue, kind, rid)
            if parent is None and kind == "goal":
                return []
            node = self._by_record.get(parent) if parent is not None else None
        elif kind == "strategy_section":
            node = self._root.children[0] if self._root.children else None
        else:
            node = self._root
        return [node.key] if node is not None else []

    def _index_of_node(self, node: Node) -> QModelIndex:
        if node is self._root or node.parent is None or node.items is None:
            return QModelIndex()
        return self.indexFromItem(node.items[COL_TITLE])

    def _refresh_children(self, node: Node) -> None:
        if node.children is None:
            return
        old = node.children
        new = self._load_children(node)
        old_ids = [(c.kind, c.record_id) for c in old]
        new_ids = [(c.kind, c.record_id) for c in new]
        if old_ids == new_ids:
            node.children = new
            self._number(new)
        else:
            new_set, old_set = set(new_ids), set(old_ids)
            if [k for k in old_ids if k in new_set] == [k for k in new_ids if k in old_set]:
                # Same order for what stays: remove the gone rows, insert the new ones.
                for row in range(len(old) - 1, -1, -1):
                    if old_ids[row] not in new_set:
                        for gone in self._remove_rows(node, row, 1):
                            if gone.parent is node:  # else it moved and lives on elsewhere
                                self._forget(gone)
                for row, child in enumerate(new):
                    here = node.children
                    if row >= len(here) or (here[row].kind, here[row].record_id) != new_ids[row]:
                        self._insert_rows(node, row, [child])
            else:
                # Reordered: take all rows out and put them back in the new order.
                if old:
                    self._remove_rows(node, 0, len(old))
                for child in old:
                    if (child.kind, child.record_id) not in new_set and child.parent is node:
                        self._forget(child)
                if new:
                    self._insert_rows(node, 0, new)
            node.has_children = bool(new)
        for child in node.children:  # values of kept rows may have changed (codes)
            self._update_row(child)

    def _refresh_row(self, kind: str, rid: str) -> None:
        node = self._by_record.get((kind, rid))
        if node is None or node.parent is None:
            return
        for key, value in _queries().tree_node_values(self._hub.catalogue, kind, rid):
            setattr(node, key, value)
        self._update_row(node)


def _queries() -> ModuleType:
    """``model.queries``, imported when first needed: it brings SQLAlchemy, which the
    first paint of a file does without."""
    from lip_desktop.model import queries  # noqa: PLC0415

    return queries
