"""The measure list: every measure of the catalogue in one table, across all fields.

The facilitators' working view beside the tree: which measures are still without a lead
or an indicator, what the steering group decided ("Votum Lenkungsgruppe", coloured per
decision), what it all costs. Designed for 21,000 measures:

- ``MeasureTableModel`` loads with one consistent read (measures, goals and fields, and
  the indicator and open-comment counts by ``GROUP BY``), never a query per row. A
  ``Changes`` summary re-reads only the measures it names and emits ``dataChanged`` for
  their rows; created and deleted measures are inserted and removed; a reset happens
  only for very large changes (imports).
- Sorting is done by the table model itself (``MeasureTableModel.sort``) with keys
  computed once in Python: ``QSortFilterProxyModel``'s own sorting calls the Python
  ``data()`` twice per comparison, over half a million calls for 21,000 rows.
  Rows keep their place when edited, instead of jumping away under the user's eyes.
- Filtering is not a ``QSortFilterProxyModel`` either (it asks Python once per row and
  maps every row again on each keystroke): ``MeasureFilterProxy`` is a table model over
  the shown source rows, decided in one Python pass over filter keys built when rows are
  read, and forwards ``sort`` to the source.
- Free text matches like the catalogue search (``model.search.normalise``): case, umlaut
  and "ß" insensitive, every word must occur somewhere in code, title, description or
  lead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import controlling, enums, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.search import gc_paused, normalise, normalise_many, query_words
from lip_desktop.ui import a11y, labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import FIRST_PRIVATE_ROLE, RecordIdRole
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.table_model import ListTableModel, runs

Index = QModelIndex | QPersistentModelIndex

#: Stable column keys (stored in the settings, so never reorder or rename them).
COLUMN_KEYS: Final = (
    "code", "title", "action_field", "goal", "status", "kind", "lead", "start", "end",
    "cost_eur", "priority", "origin", "steering_decision", "indicators", "open_comments",
)
(COL_CODE, COL_TITLE, COL_FIELD, COL_GOAL, COL_STATUS, COL_KIND, COL_LEAD, COL_START,
 COL_END, COL_COST, COL_PRIORITY, COL_ORIGIN, COL_STEERING, COL_INDICATORS,
 COL_OPEN_COMMENTS) = range(len(COLUMN_KEYS))

#: The value a column sorts by: numbers for costs and counts, enum order for choices.
SortRole: Final = FIRST_PRIVATE_ROLE
#: The measure id of a row.

#: Light backgrounds per steering decision (text stays dark on them, also in dark mode).
STEERING_BACKGROUND: Final = {"approved": "#c8e6c9", "revise": "#ffe0b2",
                              "rejected": "#ffcdd2"}
STEERING_TEXT: Final = "#1b1b1b"
#: A change naming more measures than this reloads the list instead of patching it.
RESET_THRESHOLD: Final = 2000

_NUMBERS = re.compile(r"\d+")
_RIGHT: Final = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ROW_FLAGS: Final = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                     | Qt.ItemFlag.ItemNeverHasChildren)


def format_eur(value: float | None) -> str:
    """German currency format: ``120.000,00 €``; empty when unknown."""
    if value is None:
        return ""
    english = f"{value:,.2f}"
    return english.replace(",", "\0").replace(".", ",").replace("\0", ".") + " €"


def format_month(value: str | None) -> str:
    """``2026-03`` as ``03/2026``, ``2026-03-15`` as ``15.03.2026``."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    if len(parts) == 3:
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    return value


def format_count(n: int) -> str:
    """``21.000``: German thousands separator."""
    return f"{n:,}".replace(",", ".")


def natural_key(code: str) -> str:
    """Sort key for codes: "BIL-M1.2" before "BIL-M1.10" (numbers zero-padded)."""
    return _NUMBERS.sub(lambda m: m.group().zfill(8), code)


def _order(mapping: Any) -> dict[Any, int]:
    return {key: i for i, key in enumerate(mapping)}


_STATUS_ORDER: Final = _order(enums.STATUS)
_KIND_ORDER: Final = _order(enums.KIND)
_ORIGIN_ORDER: Final = _order(enums.ORIGIN)
_STEERING_ORDER: Final = _order(enums.STEERING_DECISION)


@dataclass(slots=True)
class MeasureRow:
    """What the list shows of one measure, plus keys computed once for filter and sort."""

    id: str
    code: str
    title: str
    description: str
    goal_id: str
    lead: str
    start: str | None
    end: str | None
    kind: str | None
    cost_eur: float | None
    status: str
    priority: int | None
    origin: str
    steering_decision: str | None
    steering_note: str
    #: the implementation status after adoption (None: no state recorded)
    implementation: str | None = None
    #: whether its indicators reached their targets (``model.controlling``; None: no
    #: indicators)
    target: str | None = None
    field_id: str = ""
    indicators: int = 0
    open_comments: int = 0
    text_key: str = ""  # normalised code, title, description and lead (free text filter)
    lead_key: str = ""
    title_key: str = ""
    code_key: str = ""


@dataclass(frozen=True, slots=True)
class _Goal:
    code: str
    title: str
    field_id: str


@dataclass(frozen=True, slots=True)
class _Field:
    code: str
    name: str
    position: int


def _measure_rows(raw: Sequence[tuple[Any, ...]]) -> list[MeasureRow]:
    """Rows of the measures ``queries.measure_list`` read, with their filter keys."""
    rows = [MeasureRow(r[0], r[1] or "", r[2], r[3] or "", r[4], r[5] or "", r[6], r[7],
                       r[8], r[9], r[10], r[11], r[12] or "", r[13], r[14] or "",
                       (r[15] or {}).get("status"))
            for r in raw]  # positional, in MEASURE_LIST_COLUMNS order: 21,000 rows
    texts = normalise_many([f"{r.code} {r.title}\x1f{r.description}\x1f{r.lead}"
                            for r in rows])
    leads = normalise_many([r.lead for r in rows])
    titles = normalise_many([r.title for r in rows])
    for row, text, lead, title in zip(rows, texts, leads, titles, strict=True):
        row.text_key, row.lead_key, row.title_key = text, lead, title
        row.code_key = natural_key(row.code)
    return rows


def _lookups(data: queries.MeasureList) -> tuple[dict[str, _Field], dict[str, _Goal]]:
    """Action fields (in catalogue order) and goals by id."""
    fields = {r[0]: _Field(r[1] or "", r[2], r[3]) for r in data.fields or ()}
    goals = {r[0]: _Goal(r[1] or "", r[2], r[3]) for r in data.goals or ()}
    return fields, goals


class MeasureTableModel(ListTableModel[MeasureRow]):
    """All measures of the catalogue, one row each (see the module docstring).

    Too many rows to re-read on each change: ``on_hub_catalogue_changed`` reads only the
    measures the summary names (calibre's ``refresh_ids``) and keeps its own sort order,
    then signals through the base's ``emit_rows``.
    """

    #: Action fields or goals were renamed, added or removed (filter combos follow).
    sig_lookups_changed = Signal()

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self._row_of: dict[str, int] = {}
        self._fields: dict[str, _Field] = {}
        self._goals: dict[str, _Goal] = {}
        #: Column and order of the last sort; loading sorts by code, as the view starts.
        self._sort: tuple[int, Qt.SortOrder] | None = (COL_CODE, Qt.SortOrder.AscendingOrder)
        self._sorted = False  # rows are in ``_sort`` order (no edit since)
        self._headers = (
            self.tr("Kennung"), self.tr("Maßnahme"), self.tr("Handlungsfeld"), self.tr("Ziel"),
            self.tr("Status"), self.tr("Art"), self.tr("Federführung"), self.tr("Beginn"),
            self.tr("Ende"), self.tr("Kosten (EUR)"), self.tr("Priorität"),
            self.tr("Herkunft"), self.tr("Votum Lenkungsgruppe"), self.tr("Indikatoren"),
            self.tr("Kommentare offen"))
        self._header_tips = {
            COL_INDICATORS: self.tr("Anzahl der Indikatoren der Maßnahme"),
            COL_OPEN_COMMENTS: self.tr("Anzahl der noch nicht erledigten Kommentare"),
            COL_STEERING: self.tr("Entscheidung der Lenkungsgruppe: Zustimmung (grün), "
                                  "Überarbeitung (gelb), Ablehnung (rot)"),
        }
        # Under high contrast the user's palette decides: no tints (the text names the vote).
        self._backgrounds = {} if a11y.high_contrast() else {
            k: QBrush(QColor(c)) for k, c in STEERING_BACKGROUND.items()}
        self._steering_text = QBrush(QColor(STEERING_TEXT))
        self._sort_of = self._sort_keys()
        self._display_of = self._displays()
        self._role_of = self._roles()
        self._load()

    # --- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        with gc_paused():
            data = queries.measure_list(self._hub.catalogue)
            self._fields, self._goals = _lookups(data)
            rows = _measure_rows(data.measures)
        indicators = data.indicator_counts or {}
        comments = data.open_comment_counts or {}
        targets = queries.target_states(self._hub.catalogue)
        for row in rows:
            row.field_id = self._field_of(row.goal_id)
            row.indicators = indicators.get(row.id, 0)
            row.open_comments = comments.get(row.id, 0)
            row.target = targets.get(row.id)
        self.rows = rows
        self._apply_sort()
        self._sorted = self._sort is not None
        self._index_rows()

    def reload(self) -> None:
        """Read everything again (a reset: selection and scroll position are lost)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.sig_lookups_changed.emit()

    def _index_rows(self) -> None:
        self._row_of = {r.id: i for i, r in enumerate(self.rows)}

    def _field_of(self, goal_id: str) -> str:
        goal = self._goals.get(goal_id)
        return goal.field_id if goal else ""

    # --- public reads ----------------------------------------------------------------------

    def measure(self, row: int) -> MeasureRow:
        return self.rows[row]

    def row_of(self, measure_id: str) -> int:
        """Row of a measure, -1 when unknown."""
        return self._row_of.get(measure_id, -1)

    def action_fields(self) -> list[tuple[str, str]]:
        """(id, "Code Name") of the action fields in catalogue order, for filter combos."""
        return [(fid, f"{f.code} {f.name}".strip()) for fid, f in self._fields.items()]

    def field_name(self, field_id: str) -> str:
        f = self._fields.get(field_id)
        return f.name if f else ""

    def goal_label(self, goal_id: str) -> str:
        g = self._goals.get(goal_id)
        return f"{g.code} {g.title}".strip() if g else ""

    # --- following the catalogue -----------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        created = set(changes.created.get("measure", frozenset()))
        deleted = set(changes.deleted.get("measure", frozenset()))
        updated = set(changes.updated.get("measure", frozenset())) - deleted - created
        if len(created) + len(deleted) + len(updated) > RESET_THRESHOLD:
            self.reload()
            return
        lookups = bool(changes.touched("goal") or changes.touched("action_field"))
        counts = bool(created or changes.touched("indicator")
                      or changes.touched("review_comment"))
        targets = bool(created or changes.touched("indicator")
                       or changes.touched("indicator_value"))
        if not (created or deleted or updated or lookups or counts or targets):
            return
        data = queries.measure_list(self._hub.catalogue, sorted(created | updated),
                                    lookups=lookups, counts=counts)
        fresh = _measure_rows(data.measures)
        new_lookups = _lookups(data) if lookups else None
        new_counts = ((data.indicator_counts or {}, data.open_comment_counts or {})
                      if counts else None)
        if new_lookups is not None:
            self._update_lookups(*new_lookups)
        gone = deleted | ((created | updated) - {r.id for r in fresh})
        self._remove(gone)
        self._update_and_insert(fresh)
        if new_counts is not None:
            self._update_counts(*new_counts)
        if targets:
            self._refresh_targets(changes, created | updated)

    def _update_lookups(self, fields: dict[str, _Field], goals: dict[str, _Goal]) -> None:
        changed_goals = {gid for gid in goals.keys() | self._goals.keys()
                         if goals.get(gid) != self._goals.get(gid)}
        changed_fields = {fid for fid in fields.keys() | self._fields.keys()
                          if fields.get(fid) != self._fields.get(fid)}
        self._fields, self._goals = fields, goals
        touched = []
        for i, row in enumerate(self.rows):
            if row.goal_id in changed_goals or row.field_id in changed_fields:
                row.field_id = self._field_of(row.goal_id)
                touched.append(i)
        self.emit_rows(touched, COL_FIELD, COL_GOAL)
        self.sig_lookups_changed.emit()

    def _remove(self, ids: set[str]) -> None:
        rows = [self._row_of[i] for i in ids if i in self._row_of]
        for first, last in reversed(runs(rows)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.rows[first:last + 1]
            self.endRemoveRows()
        if rows:
            self._index_rows()

    def _update_and_insert(self, fresh: list[MeasureRow]) -> None:
        new: list[MeasureRow] = []
        changed: list[int] = []
        for row in fresh:
            row.field_id = self._field_of(row.goal_id)
            at = self._row_of.get(row.id)
            if at is None:
                new.append(row)
                continue
            old = self.rows[at]
            row.indicators, row.open_comments = old.indicators, old.open_comments
            row.target = old.target
            self.rows[at] = row
            changed.append(at)
        self.emit_rows(changed, 0, len(COLUMN_KEYS) - 1)
        if new:
            # Sorting new measures into place would move rows under the user's eyes;
            # appended, they wait for the next sort like edited rows do.
            first = len(self.rows)
            self._sorted = False
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(new)
            self._index_rows()
            self.endInsertRows()

    def _update_counts(self, indicators: Mapping[str, int], comments: Mapping[str, int]
                       ) -> None:
        changed = []
        for i, row in enumerate(self.rows):
            n_ind, n_com = indicators.get(row.id, 0), comments.get(row.id, 0)
            if (n_ind, n_com) != (row.indicators, row.open_comments):
                row.indicators, row.open_comments = n_ind, n_com
                changed.append(i)
        self.emit_rows(changed, COL_INDICATORS, COL_OPEN_COMMENTS)

    def _refresh_targets(self, changes: Changes, measures: set[str]) -> None:
        """Read the target states of the measures an edit touched (all of them when a
        deleted indicator or value leaves its measure unknown)."""
        catalogue = self._hub.catalogue
        touched = queries.measures_of_indicators(
            catalogue, changes.touched("indicator"), changes.touched("indicator_value"))
        if touched is None:
            self._update_targets(queries.target_states(catalogue))
            return
        touched |= measures
        self._update_targets(queries.target_states(catalogue, touched), touched)

    def _update_targets(self, targets: Mapping[str, str],
                        only: set[str] | None = None) -> None:
        """Target states read again; rows whose state changed are announced, so an
        active target filter decides them again. ``only``: the measures read."""
        changed = []
        rows = (enumerate(self.rows) if only is None else
                ((i, self.rows[i]) for i in sorted(self._row_of[m] for m in only
                                                    if m in self._row_of)))
        for i, row in rows:
            state = targets.get(row.id)
            if state != row.target:
                row.target = state
                changed.append(i)
        self.emit_rows(changed, COL_INDICATORS, COL_INDICATORS)

    def emit_rows(self, rows: Iterable[int], first_column: int = 0,
                  last_column: int | None = None) -> None:
        rows = list(rows)
        if rows:
            self._sorted = False  # edited rows keep their place until the next sort
        super().emit_rows(rows, first_column, last_column)

    # --- sorting ---------------------------------------------------------------------------

    def _sort_keys(self) -> dict[int, Callable[[MeasureRow], Any]]:
        """The key each column sorts by; ``None`` values always sort last."""
        def field_position(r: MeasureRow) -> int | None:
            f = self._fields.get(r.field_id)
            return f.position if f else None

        def goal_code(r: MeasureRow) -> str | None:
            g = self._goals.get(r.goal_id)
            return natural_key(g.code) if g else None

        return {
            COL_CODE: lambda r: r.code_key or None,
            COL_TITLE: lambda r: r.title_key,
            COL_FIELD: field_position,
            COL_GOAL: goal_code,
            COL_STATUS: lambda r: _STATUS_ORDER.get(r.status),
            COL_KIND: lambda r: _KIND_ORDER.get(r.kind) if r.kind else None,
            COL_LEAD: lambda r: r.lead_key or None,
            COL_START: lambda r: r.start,
            COL_END: lambda r: r.end,
            COL_COST: lambda r: r.cost_eur,
            COL_PRIORITY: lambda r: r.priority,
            COL_ORIGIN: lambda r: _ORIGIN_ORDER.get(r.origin),
            COL_STEERING: lambda r: _STEERING_ORDER.get(r.steering_decision)
            if r.steering_decision else None,
            COL_INDICATORS: lambda r: r.indicators,
            COL_OPEN_COMMENTS: lambda r: r.open_comments,
        }

    def _displays(self) -> tuple[Callable[[MeasureRow], str | int], ...]:
        """What each column shows, in column order; labels come from ``enums``."""
        return (
            lambda r: r.code,
            lambda r: r.title,
            lambda r: self.field_name(r.field_id),
            lambda r: self.goal_label(r.goal_id),
            lambda r: labels.label(enums.STATUS, r.status),
            lambda r: labels.label(enums.KIND, r.kind, ""),
            lambda r: r.lead,
            lambda r: format_month(r.start),
            lambda r: format_month(r.end),
            lambda r: format_eur(r.cost_eur),
            lambda r: labels.label(enums.PRIORITY, r.priority, ""),
            lambda r: labels.label(enums.ORIGIN, r.origin, ""),
            lambda r: labels.label(enums.STEERING_DECISION, r.steering_decision, ""),
            lambda r: r.indicators,
            lambda r: r.open_comments,
        )

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        key = self._sort_of[column]
        valued = [(k, r) for r in self.rows if (k := key(r)) is not None]
        missing = [r for r in self.rows if key(r) is None]
        # Ties keep the code order: a stable sort by code first gives that.
        valued.sort(key=lambda kr: kr[1].code_key)
        valued.sort(key=lambda kr: kr[0], reverse=order == Qt.SortOrder.DescendingOrder)
        missing.sort(key=lambda r: r.code_key)
        self.rows = [r for _k, r in valued] + missing

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (see the module docstring); empty values go last.

        A repeated request with nothing changed in between is skipped: the view asks
        twice per header click (indicator change and explicit sort)."""
        if column not in self._sort_of or (self._sort == (column, order) and self._sorted):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self.rows[i.row()].id, i.column()) for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        self._index_rows()
        self.changePersistentIndexList(
            persistent, [self.index(self._row_of[rid], col) for rid, col in remembered])
        self._sorted = True
        self.layoutChanged.emit()

    # --- Qt model API ----------------------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMN_KEYS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips.get(section, self._headers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """One dictionary look-up per role: a repaint asks ~1,600 times (every cell,
        every role the delegate knows), so the common "nothing" answer is the fastest."""
        handler = self._role_of.get(role)
        if handler is None or not index.isValid():
            return None
        return handler(self.rows[index.row()], index.column())

    def role_handlers(self) -> Mapping[int, Callable[[MeasureRow, int], Any]]:
        """What ``data`` answers per role for a row object (``MeasureFilterProxy``
        answers for its rows with these)."""
        return self._role_of

    def _roles(self) -> dict[int, Callable[[MeasureRow, int], Any]]:
        displays, sorts = self._display_of, self._sort_of
        backgrounds, text = self._backgrounds, self._steering_text

        def display(row: MeasureRow, column: int) -> Any:
            return displays[column](row)

        def alignment(_row: MeasureRow, column: int) -> Any:
            return _RIGHT if column in (COL_COST, COL_INDICATORS, COL_OPEN_COMMENTS) else None

        def background(row: MeasureRow, column: int) -> Any:
            return backgrounds.get(row.steering_decision or "") if column == COL_STEERING \
                else None

        def foreground(row: MeasureRow, column: int) -> Any:
            return text if column == COL_STEERING and row.steering_decision in backgrounds \
                else None

        return {
            int(Qt.ItemDataRole.DisplayRole): display,
            int(Qt.ItemDataRole.AccessibleTextRole): display,
            int(Qt.ItemDataRole.ToolTipRole): self._tooltip,
            int(Qt.ItemDataRole.TextAlignmentRole): alignment,
            int(Qt.ItemDataRole.BackgroundRole): background,
            int(Qt.ItemDataRole.ForegroundRole): foreground,
            int(SortRole): lambda row, column: sorts[column](row),
            int(RecordIdRole): lambda row, _column: row.id,
        }

    def _tooltip(self, row: MeasureRow, column: int) -> str | None:
        if column == COL_TITLE:
            text = row.description.strip()
            return f"{row.title}\n\n{text[:600]}{'…' if len(text) > 600 else ''}" if text \
                else row.title
        if column == COL_STEERING and row.steering_note:
            return row.steering_note
        if column == COL_GOAL:
            return self.goal_label(row.goal_id) or None
        return None


# --- filtering -------------------------------------------------------------------------

#: Filter value "not set" for kind and steering decision ("ohne Art", "ohne Votum").
WITHOUT: Final = ""

#: One filter: the candidate source rows (ascending) it keeps, given all rows.
Step = Callable[[Sequence[MeasureRow], Iterable[int]], list[int]]


def _word_step(word: str) -> Step:
    """The free-text filter of one word (normalised): it occurs in code, title,
    description or lead (``MeasureRow.text_key``)."""
    return lambda rows, c: [i for i in c if word in rows[i].text_key]


class MeasureFilterProxy(QAbstractTableModel):
    """The rows of a ``MeasureTableModel`` that pass the filters, in its order.

    Every filter is ``None`` for "all". ``set_kind(WITHOUT)`` and
    ``set_steering_decision(WITHOUT)`` keep measures without a kind or a decision.

    Not a ``QSortFilterProxyModel``: that one asks ``filterAcceptsRow`` (Python) for each
    of 21,000 rows on a keystroke and then maps them again in C++, 80–100 ms for the first
    letters. Here the shown rows are one ascending list of source row numbers
    (``_visible``): a keystroke decides them in one Python pass over the rows' filter
    keys (``MeasureRow.text_key`` and friends, built when rows are read, never per
    keystroke), only over the rows shown so far when the new filter can only hide rows,
    and announces the result as one layout change that carries the current row and the
    selection along when they stay. Sorting stays with the source (``sort`` is
    forwarded): its order is the list's order.

    The source's own changes are followed row by row: an edited row is tested again
    (shown, hidden or refreshed in place; no pass over the other rows), inserted and
    removed rows shift the numbers; a source sort or reset decides all rows again.
    """

    #: The filters changed and the rows are filtered again (the count follows this).
    sig_filter_changed = Signal()

    #: An edit that shows or hides more rows than this is one layout change instead
    #: of row by row insertions and removals (each of which the view follows).
    LAYOUT_CHANGE_ROWS: Final = 32

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: MeasureTableModel | None = None
        self._action_field: str | None = None
        self._status: str | None = None
        self._kind: str | None = None
        self._steering: str | None = None
        self._has_indicators: bool | None = None
        self._implementation: str | None = None
        self._target: str | None = None
        self._lead = ""
        self._text = ""
        self._steps: tuple[Step, ...] = ()
        #: ``MeasureTableModel``'s data per role (``data`` answers without a detour).
        self._handlers: Mapping[int, Callable[[MeasureRow, int], Any]] = {}
        #: Source rows shown, ascending (the source's order is the list's order).
        self._visible: list[int] = []
        #: The filters ``_visible`` was decided with.
        self._filters: tuple[Any, ...] = self._current_filters()
        #: Persistent indexes and their measures while the source changes its layout.
        self._moving: list[tuple[QModelIndex, str | None]] = []
        #: A filter change is announcing its rows (the view counts once, at its end).
        self.filtering = False

    def setSourceModel(self, model: MeasureTableModel) -> None:
        if not isinstance(model, MeasureTableModel):
            raise TypeError("MeasureFilterProxy filters a MeasureTableModel")
        if self._source is not None:
            raise RuntimeError("MeasureFilterProxy's source is set once")
        self.beginResetModel()
        self._source = model
        self._handlers = model.role_handlers()
        self._visible = self._decide(range(model.rowCount()))
        model.dataChanged.connect(self.on_source_data_changed)
        model.rowsInserted.connect(self.on_source_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self.on_source_rows_about_to_be_removed)
        model.rowsRemoved.connect(self.on_source_rows_removed)
        model.layoutAboutToBeChanged.connect(self.on_source_layout_about_to_be_changed)
        model.layoutChanged.connect(self.on_source_layout_changed)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self.on_source_model_reset)
        model.headerDataChanged.connect(self.headerDataChanged)
        self.endResetModel()

    def sourceModel(self) -> MeasureTableModel | None:
        return self._source

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the source (fast, see the module docstring); the shown rows follow."""
        if self._source is not None:
            self._source.sort(column, order)

    # --- mapping ---------------------------------------------------------------------------

    def source_row(self, row: int) -> int:
        """The source row shown in ``row``."""
        return self._visible[row]

    def row_of_source(self, source_row: int) -> int:
        """Where a source row is shown, -1 when the filters hide it."""
        at = bisect_left(self._visible, source_row)
        return at if at < len(self._visible) and self._visible[at] == source_row else -1

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self._source is None:
            return QModelIndex()
        return self._source.index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        row = self.row_of_source(index.row()) if index.isValid() else -1
        return self.index(row, index.column()) if row >= 0 else QModelIndex()

    def measure(self, row: int) -> MeasureRow:
        """The measure shown in ``row``."""
        assert self._source is not None
        return self._source.rows[self._visible[row]]

    # --- the filters -----------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._text

    def set_action_field(self, field_id: str | None) -> None:
        self._change("_action_field", field_id)

    def set_status(self, status: str | None) -> None:
        self._change("_status", status)

    def set_kind(self, kind: str | None) -> None:
        self._change("_kind", kind)

    def set_steering_decision(self, decision: str | None) -> None:
        self._change("_steering", decision)

    def set_has_indicators(self, has: bool | None) -> None:
        self._change("_has_indicators", has)

    def set_implementation(self, status: str | None) -> None:
        """An implementation status; ``WITHOUT``: measures without a recorded state."""
        self._change("_implementation", status)

    def set_target(self, state: str | None) -> None:
        """A target state of ``model.controlling`` (reached, missed, open)."""
        self._change("_target", state)

    def set_lead(self, text: str) -> None:
        self._change("_lead", text)

    def set_text(self, text: str) -> None:
        """Free text: every word must occur in code, title, description or lead."""
        self._change("_text", text)

    def clear_filters(self) -> None:
        self._action_field = self._status = self._kind = self._steering = None
        self._has_indicators = self._implementation = self._target = None
        self._lead = self._text = ""
        self._refilter()

    def is_filtered(self) -> bool:
        return bool(self._steps)

    def _change(self, attribute: str, value: Any) -> None:
        if getattr(self, attribute) == value:
            return
        setattr(self, attribute, value)
        self._refilter()

    def _refilter(self) -> None:
        """Decide the rows for the current filters; one layout change if they differ."""
        before = self._filters
        self._filters = self._current_filters()
        self._steps = self._compile()
        if self._source is not None:
            narrows = self._narrows(before, self._filters)
            # Typing on: only rows shown so far can stay (most keystrokes).
            visible = self._decide(self._visible if narrows else
                                   range(len(self._source.rows)))
            if visible != self._visible:  # compared in C
                self.filtering = True
                try:
                    self._relayout(visible)
                finally:
                    self.filtering = False
        self.sig_filter_changed.emit()

    def _decide(self, candidates: Iterable[int]) -> list[int]:
        """The candidate source rows (ascending) the filters accept: one Python pass."""
        rows = self._source.rows if self._source is not None else []
        return self._run(self._steps, rows, candidates)

    def _relayout(self, visible: list[int]) -> None:
        """Show other rows as one layout change; persistent indexes (the current row,
        the selection) follow their measure, or become invalid when it is hidden."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old = self._visible
        sources = [old[i.row()] for i in persistent]
        self._visible = visible
        self.changePersistentIndexList(
            persistent, [self._index_of_source(s, i.column())
                         for s, i in zip(sources, persistent, strict=True)])
        self.layoutChanged.emit()

    def _index_of_source(self, source_row: int, column: int) -> QModelIndex:
        row = self.row_of_source(source_row)
        return self.index(row, column) if row >= 0 else QModelIndex()

    def _current_filters(self) -> tuple[Any, ...]:
        return (self._action_field, self._status, self._kind, self._steering,
                self._has_indicators, self._implementation, self._target,
                normalise(self._lead.strip()), tuple(query_words(self._text)))

    @staticmethod
    def _narrows(before: tuple[Any, ...], now: tuple[Any, ...]) -> bool:
        """Whether the ``now`` filters can only hide rows the ``before`` filters showed:
        the same choices, and each earlier word still contained in a word now."""
        if now[:7] != before[:7]:
            return False
        old_lead, new_lead = before[7], now[7]
        if old_lead not in new_lead:
            return False
        return all(any(w in v for v in now[8]) for w in before[8])

    def _compile(self) -> tuple[Step, ...]:
        """One step per active filter, built once per change. Each step narrows a list
        of source rows in one comprehension: it runs over every row on a keystroke, and
        a Python call per row would cost more than the test itself."""
        steps: list[Step] = []
        if self._action_field is not None:
            field_id = self._action_field
            steps.append(lambda rows, c: [i for i in c if rows[i].field_id == field_id])
        if self._status is not None:
            status = self._status
            steps.append(lambda rows, c: [i for i in c if rows[i].status == status])
        if self._kind is not None:
            kind = self._kind or None
            steps.append(lambda rows, c: [i for i in c if rows[i].kind == kind])
        if self._steering is not None:
            steering = self._steering or None
            steps.append(lambda rows, c: [i for i in c
                                          if rows[i].steering_decision == steering])
        if self._has_indicators is not None:
            wanted = self._has_indicators
            steps.append(lambda rows, c: [i for i in c if (rows[i].indicators > 0) == wanted])
        if self._implementation is not None:
            implementation = self._implementation or None
            steps.append(lambda rows, c: [i for i in c
                                          if rows[i].implementation == implementation])
        if self._target is not None:
            target = self._target
            steps.append(lambda rows, c: [i for i in c if rows[i].target == target])
        lead = normalise(self._lead.strip())
        if lead:
            steps.append(lambda rows, c: [i for i in c if lead in rows[i].lead_key])
        steps.extend(_word_step(word) for word in query_words(self._text))  # every word
        return tuple(steps)

    def accepts(self, row: MeasureRow) -> bool:
        """Whether the current filters show this measure."""
        return bool(self._run(self._steps, [row], [0]))

    @staticmethod
    def _run(steps: Sequence[Step], rows: Sequence[MeasureRow], candidates: Iterable[int]
             ) -> list[int]:
        shown = list(candidates) if not steps else candidates
        for step in steps:
            shown = step(rows, shown)
        return list(shown)

    # --- following the source --------------------------------------------------------------

    def on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                               roles: Sequence[int] = ()) -> None:
        """Edited rows are tested again: shown, hidden, or refreshed where they are.
        Only the rows named are decided; the rest keep their decision."""
        first, last = top_left.row(), bottom_right.row()
        if first < 0 or last < first:
            return
        visible = self._visible
        lo, hi = bisect_left(visible, first), bisect_right(visible, last)
        decided = self._decide(range(first, last + 1))
        before = visible[lo:hi]
        if decided != before:
            toggled = sorted(set(decided).symmetric_difference(before))
            if len(toggled) > self.LAYOUT_CHANGE_ROWS:
                self._relayout(visible[:lo] + decided + visible[hi:])
            else:
                root = QModelIndex()
                shown = set(decided)
                for source_row in toggled:  # ascending: earlier positions stay valid
                    at = bisect_left(self._visible, source_row)
                    if source_row in shown:
                        self.beginInsertRows(root, at, at)
                        self._visible.insert(at, source_row)
                        self.endInsertRows()
                    else:
                        self.beginRemoveRows(root, at, at)
                        del self._visible[at]
                        self.endRemoveRows()
        if decided:
            self.dataChanged.emit(self.index(lo, top_left.column()),
                                  self.index(lo + len(decided) - 1, bottom_right.column()),
                                  list(roles))

    def on_source_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_left(self._visible, first)
        if at < len(self._visible):  # rows after them move down
            self._visible[at:] = [r + count for r in self._visible[at:]]
        decided = self._decide(range(first, last + 1))
        if decided:
            self.beginInsertRows(QModelIndex(), at, at + len(decided) - 1)
            self._visible[at:at] = decided
            self.endInsertRows()

    def on_source_rows_about_to_be_removed(self, _parent: QModelIndex, first: int,
                                           last: int) -> None:
        lo, hi = bisect_left(self._visible, first), bisect_right(self._visible, last)
        if hi > lo:
            self.beginRemoveRows(QModelIndex(), lo, hi - 1)
            del self._visible[lo:hi]
            self.endRemoveRows()

    def on_source_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        at = bisect_left(self._visible, first)
        if at < len(self._visible):  # rows after them move up
            self._visible[at:] = [r - count for r in self._visible[at:]]

    def on_source_layout_about_to_be_changed(self, *_args: Any) -> None:
        """The source sorts: remember which measure each persistent index shows."""
        self.layoutAboutToBeChanged.emit()
        assert self._source is not None
        rows = self._source.rows
        self._moving = [(QModelIndex(i), rows[self._visible[i.row()]].id)
                        for i in self.persistentIndexList()]

    def on_source_layout_changed(self, *_args: Any) -> None:
        assert self._source is not None
        self._visible = self._decide(range(len(self._source.rows)))
        source = self._source
        moving, self._moving = self._moving, []
        self.changePersistentIndexList(
            [i for i, _id in moving],
            [self._index_of_source(source.row_of(mid), i.column()) if mid else QModelIndex()
             for i, mid in moving])
        self.layoutChanged.emit()

    def on_source_model_reset(self) -> None:
        assert self._source is not None
        self._visible = self._decide(range(len(self._source.rows)))
        self.endResetModel()

    # --- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """As the source's ``data`` (one look-up per role; see there)."""
        handler = self._handlers.get(role)
        if handler is None or not index.isValid():
            return None
        assert self._source is not None
        return handler(self._source.rows[self._visible[index.row()]], index.column())


# --- the view --------------------------------------------------------------------------


class MeasureListSettings(Settings):
    """The list's own settings, beside the user's (same store, own keys)."""

    HIDDEN_COLUMNS_KEY: Final = "measure_list/hidden_columns"

    @property
    def hidden_columns(self) -> list[str]:
        """Keys (``COLUMN_KEYS``) of the columns the user hid."""
        value = self._s.value(self.HIDDEN_COLUMNS_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        if not isinstance(value, list):
            return []
        return [v for v in value if v in COLUMN_KEYS]

    @hidden_columns.setter
    def hidden_columns(self, keys: Sequence[str]) -> None:
        self._s.setValue(self.HIDDEN_COLUMNS_KEY, list(keys))


class MeasureListView(QWidget):
    """Filter bar, the table and a count ("12 von 21 Maßnahmen").

    Double-click or Enter on a row selects the measure everywhere
    (``hub.select("measure", id)``). The header's context menu shows or hides columns;
    the choice is kept in the settings.
    """

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._settings = MeasureListSettings()
        self.model = MeasureTableModel(hub, self)
        self.proxy = MeasureFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Filtern …"))
        self.text_edit.setAccessibleName(self.tr("Maßnahmen filtern nach Text"))
        self.text_edit.setToolTip(self.tr("Kennung, Titel, Beschreibung oder Federführung "
                                          "enthält alle eingegebenen Wörter"))
        self.text_edit.setClearButtonEnabled(True)
        self.lead_edit = QLineEdit()
        self.lead_edit.setPlaceholderText(self.tr("Federführung …"))
        self.lead_edit.setAccessibleName(self.tr("Maßnahmen filtern nach Federführung"))
        self.lead_edit.setClearButtonEnabled(True)
        self.field_combo = self._combo(self.tr("Filter Handlungsfeld"))
        self.status_combo = self._combo(self.tr("Filter Status"))
        self.kind_combo = self._combo(self.tr("Filter Art"))
        self.steering_combo = self._combo(self.tr("Filter Votum Lenkungsgruppe"))
        self.indicators_combo = self._combo(self.tr("Filter Indikatoren"))
        self.implementation_combo = self._combo(self.tr("Filter Umsetzung"))
        self.target_combo = self._combo(self.tr("Filter Zielwert"))
        self._fill_combos()
        self.reset_button = QPushButton(self.tr("Filter &zurücksetzen"))
        self.reset_button.setAccessibleName(self.tr("Alle Filter zurücksetzen"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der angezeigten Maßnahmen"))

        self.table = QTableView()
        self.table.setObjectName("measureTable")
        self.table.setAccessibleName(self.tr("Maßnahmenliste"))
        self.table.setModel(self.proxy)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as a list does
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        for column, width in ((COL_CODE, 100), (COL_TITLE, 320), (COL_FIELD, 140),
                              (COL_GOAL, 220), (COL_LEAD, 180), (COL_COST, 120),
                              (COL_STEERING, 150)):
            header.resizeSection(column, width)
        # The model loads sorted by code; with the indicator set first, enabling sorting
        # asks for that very order and costs nothing.
        header.setSortIndicator(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._apply_hidden_columns()

        top = QHBoxLayout()
        top.addWidget(self.text_edit, 3)
        top.addWidget(self.lead_edit, 2)
        top.addWidget(self.reset_button)
        top.addStretch(0)
        top.addWidget(self.count_label)
        combos = QHBoxLayout()
        for combo in (self.field_combo, self.status_combo, self.kind_combo,
                      self.steering_combo, self.indicators_combo, self.implementation_combo,
                      self.target_combo):
            combos.addWidget(combo, 1)
            self._fit_popup(combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(combos)
        layout.addWidget(self.table, 1)
        order = (self.text_edit, self.lead_edit, self.reset_button, self.field_combo,
                 self.status_combo, self.kind_combo, self.steering_combo,
                 self.indicators_combo, self.implementation_combo, self.target_combo,
                 self.table)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.text_edit.textChanged.connect(self.on_text_edit_text_changed)
        self.text_edit.returnPressed.connect(self.on_text_edit_return_pressed)
        self.lead_edit.textChanged.connect(self.on_lead_edit_text_changed)
        for combo in (self.field_combo, self.status_combo, self.kind_combo,
                      self.steering_combo, self.indicators_combo, self.implementation_combo,
                      self.target_combo):
            combo.currentIndexChanged.connect(self.on_combo_current_index_changed)
        self.reset_button.clicked.connect(self.on_reset_button_clicked)
        self.table.activated.connect(self.on_table_activated)
        header.customContextMenuRequested.connect(self.on_header_custom_context_menu_requested)
        self.model.sig_lookups_changed.connect(self.on_model_lookups_changed)
        # The model's own signals too: a measure added or deleted behind the filter
        # changes the total, not the shown rows.
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged,
                       self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self.on_proxy_rows_changed)
        self.proxy.sig_filter_changed.connect(self.update_count)
        self.update_count()

    # --- building --------------------------------------------------------------------------

    def _combo(self, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible_name)
        combo.setToolTip(accessible_name)
        # Not AdjustToContents: seven combos as wide as their longest entry ("Stadtverwaltung
        # und interkulturelle Öffnung") made the page wider than a 1366 px laptop beside the
        # search panel, and the count and the last filters were cut off. They share the row
        # and elide; the open list still shows every entry whole (``_fit_popup``).
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        return combo

    @staticmethod
    def _fit_popup(combo: QComboBox) -> None:
        """The open list as wide as its longest entry, however narrow the combo."""
        view = combo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth()
                             + view.verticalScrollBar().sizeHint().width())

    def _fill_combos(self) -> None:
        self._fill_field_combo()
        self.status_combo.addItem(self.tr("Alle Status"), None)
        for key, label in labels.items(enums.STATUS):
            self.status_combo.addItem(label, key)
        self.kind_combo.addItem(self.tr("Alle Arten"), None)
        for key, label in labels.items(enums.KIND):
            self.kind_combo.addItem(label, key)
        self.kind_combo.addItem(self.tr("ohne Art"), WITHOUT)
        self.steering_combo.addItem(self.tr("Alle Voten"), None)
        for key, label in labels.items(enums.STEERING_DECISION):
            self.steering_combo.addItem(label, key)
        self.steering_combo.addItem(self.tr("ohne Votum"), WITHOUT)
        self.indicators_combo.addItem(self.tr("Indikatoren: alle"), None)
        self.indicators_combo.addItem(self.tr("mit Indikatoren"), True)
        self.indicators_combo.addItem(self.tr("ohne Indikatoren"), False)
        self.implementation_combo.addItem(self.tr("Umsetzung: alle"), None)
        for key, label in labels.items(enums.IMPLEMENTATION_STATUS):
            self.implementation_combo.addItem(label, key)
        self.implementation_combo.addItem(self.tr("ohne Umsetzungsstand"), WITHOUT)
        self.target_combo.addItem(self.tr("Zielwert: alle"), None)
        self.target_combo.addItem(self.tr("Zielwert erreicht"), controlling.REACHED)
        self.target_combo.addItem(self.tr("Zielwert verfehlt"), controlling.MISSED)
        self.target_combo.addItem(self.tr("Zielwert offen"), controlling.OPEN)
        self.target_combo.setToolTip(self.tr(
            "Nach dem neuesten Messwert der Indikatoren: erreicht, wenn alle ihren Zielwert "
            "erreicht haben; verfehlt, wenn einer ihn im Zieljahr oder danach nicht erreicht "
            "hat; sonst offen. Maßnahmen ohne Indikatoren erscheinen hier nicht."))

    def _fill_field_combo(self) -> None:
        current = self.field_combo.currentData()
        self.field_combo.blockSignals(True)
        self.field_combo.clear()
        self.field_combo.addItem(self.tr("Alle Handlungsfelder"), None)
        for field_id, label in self.model.action_fields():
            self.field_combo.addItem(label, field_id)
        self.field_combo.setCurrentIndex(max(0, self.field_combo.findData(current)))
        self._fit_popup(self.field_combo)
        self.field_combo.blockSignals(False)
        if self.field_combo.currentData() != current:  # the chosen field was deleted
            self.proxy.set_action_field(self.field_combo.currentData())

    # --- columns ---------------------------------------------------------------------------

    def _apply_hidden_columns(self) -> None:
        hidden = set(self._settings.hidden_columns)
        for column, key in enumerate(COLUMN_KEYS):
            self.table.setColumnHidden(column, key in hidden)

    def set_column_visible(self, column: int, visible: bool) -> None:
        """Show or hide a column and remember the choice for the next start."""
        if not visible and self._visible_count() <= 1:
            return  # the last visible column stays: an empty table helps nobody
        self.table.setColumnHidden(column, not visible)
        self._settings.hidden_columns = [key for c, key in enumerate(COLUMN_KEYS)
                                         if self.table.isColumnHidden(c)]

    def _visible_count(self) -> int:
        return sum(not self.table.isColumnHidden(c) for c in range(len(COLUMN_KEYS)))

    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column."""
        menu = QMenu(self)
        menu.setTitle(self.tr("Spalten"))
        last = self._visible_count() <= 1
        for column in range(len(COLUMN_KEYS)):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(str(title), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(not (last and action.isChecked()))
            action.setData(column)
            action.toggled.connect(
                lambda checked, c=column: self.set_column_visible(c, checked))
            menu.addAction(action)
        menu.addSeparator()
        show_all = menu.addAction(self.tr("Alle Spalten anzeigen"))
        show_all.triggered.connect(self.show_all_columns)
        return menu

    def show_all_columns(self) -> None:
        for column in range(len(COLUMN_KEYS)):
            self.table.setColumnHidden(column, False)
        self._settings.hidden_columns = []

    # --- reactions -------------------------------------------------------------------------

    def update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 von %2 Maßnahmen")
                                 .replace("%1", format_count(shown))
                                 .replace("%2", format_count(total)))

    def on_proxy_rows_changed(self, *_args: Any) -> None:
        """Rows came or went through an edit; during a filter change, which may remove
        rows range by range thousands of times, the count waits for its end."""
        if not self.proxy.filtering:
            self.update_count()

    def on_text_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)

    def on_text_edit_return_pressed(self) -> None:
        """Enter in the filter goes to the first row, so Enter again opens it."""
        if self.proxy.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def on_lead_edit_text_changed(self, text: str) -> None:
        self.proxy.set_lead(text)

    def on_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_action_field(self.field_combo.currentData())
        self.proxy.set_status(self.status_combo.currentData())
        self.proxy.set_kind(self.kind_combo.currentData())
        self.proxy.set_steering_decision(self.steering_combo.currentData())
        self.proxy.set_has_indicators(self.indicators_combo.currentData())
        self.proxy.set_implementation(self.implementation_combo.currentData())
        self.proxy.set_target(self.target_combo.currentData())

    def on_reset_button_clicked(self) -> None:
        for widget in (self.text_edit, self.lead_edit, self.field_combo, self.status_combo,
                       self.kind_combo, self.steering_combo, self.indicators_combo,
                       self.implementation_combo, self.target_combo):
            widget.blockSignals(True)
        self.text_edit.clear()
        self.lead_edit.clear()
        for combo in (self.field_combo, self.status_combo, self.kind_combo,
                      self.steering_combo, self.indicators_combo, self.implementation_combo,
                      self.target_combo):
            combo.setCurrentIndex(0)
        for widget in (self.text_edit, self.lead_edit, self.field_combo, self.status_combo,
                       self.kind_combo, self.steering_combo, self.indicators_combo,
                       self.implementation_combo, self.target_combo):
            widget.blockSignals(False)
        self.proxy.clear_filters()

    def on_table_activated(self, index: QModelIndex) -> None:
        measure_id = index.data(RecordIdRole)
        if measure_id:
            self._hub.select("measure", measure_id)

    def on_header_custom_context_menu_requested(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu().popup(header.mapToGlobal(pos))

    def on_model_lookups_changed(self) -> None:
        self._fill_field_combo()

    def selected_measure_id(self) -> str | None:
        """The measure of the current row, if any (for actions of the main window)."""
        index = self.table.currentIndex()
        value = index.data(RecordIdRole) if index.isValid() else None
        return value if isinstance(value, str) else None
