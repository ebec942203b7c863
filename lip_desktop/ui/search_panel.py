"""The search panel: one line to find any text in the catalogue, results as you type.

The matching itself is ``model.search.SearchIndex`` (Qt-free, tested without a window);
this panel only types, waits and shows. Typing restarts a 150 ms timer, so a fast
typist triggers one search, not one per key; ``search_now`` runs it at once (tests,
Enter). The index follows the catalogue lazily: a ``Changes`` broadcast only marks it
stale, and the next search rebuilds it from one snapshot read, so a burst of edits
costs one rebuild, and none at all while nobody searches (on 21,000 measures a rebuild
takes about a second, see ``bench/bench_workspace_lists.py``).

Activating a result (double-click, Enter) selects its record through the hub; hits in
positions, compromises, indicators and comments lead to the measure or goal they are
about (see ``SearchHit``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import crashlog, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.records import SPECS
from lip_desktop.model.search import SearchHit, SearchIndex
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import FIRST_PRIVATE_ROLE, RecordIdRole, RecordTypeRole

Index = QModelIndex | QPersistentModelIndex

#: The record type of a hit (what ``hub.select`` gets).
#: The record id of a hit.
#: The ``SearchHit`` itself.
HitRole: Final = FIRST_PRIVATE_ROLE

#: Milliseconds of quiet typing before the search runs.
DEBOUNCE_MS: Final = 150
#: Pause after the last edit before the index is rebuilt in the background.
REBUILD_DELAY_MS: Final = 600
#: Results shown at most; more would not be read, and cost time to lay out.
MAX_RESULTS: Final = 200
#: Record types whose hits show the type in front ("Person: …"); the others have codes.
_TYPE_PREFIX: Final = ("strategy_section", "person", "group", "session")


class SearchResultModel(QAbstractListModel):
    """The hits of the last search, one row each, replaced as a whole by ``set_hits``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f"{hit.field_label}: {hit.snippet}" if hit.snippet else hit.field_label
            return f"{self.heading(hit)}\n{where}" if where else self.heading(hit)
        if role == RecordTypeRole:
            return hit.record_type
        if role == RecordIdRole:
            return hit.record_id
        if role == HitRole:
            return hit
        return None

    def heading(self, hit: SearchHit) -> str:
        """The record a hit leads to: ``BIL-M1.1 Mehrsprachige …``, ``Person: Birgit Sommer``
        (types without codes are named, so a person is not mistaken for a measure)."""
        name = f"{hit.code} {hit.title}".strip()
        if hit.record_type in _TYPE_PREFIX and hit.record_type in SPECS:
            return f"{SPECS[hit.record_type].label}: {name}"
        return name

    def text(self, hit: SearchHit) -> str:
        """One line: the record, then where the words were found and the context."""
        heading = self.heading(hit)
        if hit.snippet:
            return f"{heading} — {hit.field_label}: {hit.snippet}"
        if hit.source_type != hit.record_type and hit.field_label:
            return f"{heading} — {hit.field_label}"
        return heading


class _SearchEdit(QLineEdit):
    """The search line; arrow down moves into the results (keyboard users)."""

    sig_down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.sig_down_pressed.emit()
            return
        super().keyPressEvent(event)


class _IndexJob(QRunnable):
    """Builds a search index in a pool thread (its own database connection)."""

    class Signals(QObject):
        sig_built = Signal(int, object)  # generation, SearchIndex
        sig_failed = Signal(object)  # the exception: a bug, shown on the GUI thread

    def __init__(self, catalogue: Any, generation: int) -> None:
        super().__init__()
        self.signals = self.Signals()
        self._catalogue = catalogue
        self._generation = generation

    def run(self) -> None:
        try:
            index = queries.search_index(self._catalogue)
        except Exception as exc:  # every error goes back to the GUI thread
            if not self._catalogue.closed:  # closed meanwhile: the panel rebuilds on demand
                self.signals.sig_failed.emit(exc)
            return
        self.signals.sig_built.emit(self._generation, index)


class SearchPanel(QWidget):
    """Search line, count and results; embed it with ``SearchPanel(hub)``.

    After an edit the index is rebuilt in the background (a second for 21,000
    measures), so typing never waits for it: until the new index is there, typed
    searches use the previous one. An explicit search (Enter) uses a fresh index.
    """

    #: A search ran: (query, number of hits shown). For the status bar and tests.
    sig_search_finished = Signal(str, int)

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._index: SearchIndex | None = None
        self._stale = True
        self._generation = 0  # counts catalogue changes; a job's index is for one of them
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[_IndexJob] = set()
        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self.rebuild_timer.timeout.connect(self.start_rebuild)

        self.edit = _SearchEdit()
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(self.tr("Suchen … (Strg+F)"))
        self.edit.setAccessibleName(self.tr("Im ganzen Katalog suchen"))
        self.edit.setToolTip(self.tr("Findet alle Einträge, die alle eingegebenen Wörter "
                                     "enthalten; Groß- und Kleinschreibung, ä/ae, ö/oe, "
                                     "ü/ue und ß/ss sind gleich."))
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl der Treffer"))
        self.count_label.setWordWrap(True)
        self.model = SearchResultModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Suchergebnisse"))
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.edit)
        layout.addWidget(self.count_label)
        layout.addWidget(self.results, 1)
        self.setFocusProxy(self.edit)
        QWidget.setTabOrder(self.edit, self.results)

        self.edit.textChanged.connect(self.on_edit_text_changed)
        self.edit.returnPressed.connect(self.on_edit_return_pressed)
        self.edit.sig_down_pressed.connect(self.on_edit_down_pressed)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.results.activated.connect(self.on_results_activated)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    # --- public ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: focus the search line with its text selected, ready to type over."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def search_now(self) -> None:
        """Run the search for the current text at once (the timer calls this too)."""
        self.timer.stop()
        query = self.edit.text().strip()
        if not query:
            self.model.set_hits([])
            self.count_label.clear()
            self.sig_search_finished.emit("", 0)
            return
        self._search_with(self.index(), query)

    def _search_with(self, index: SearchIndex, query: str | None = None) -> None:
        query = self.edit.text().strip() if query is None else query
        if not query:
            return
        hits = index.search(query, MAX_RESULTS + 1)
        more = len(hits) > MAX_RESULTS
        hits = hits[:MAX_RESULTS]
        self.model.set_hits(hits)
        if not hits:
            self.count_label.setText(self.tr("Keine Treffer"))
        elif more:
            self.count_label.setText(self.tr("Die ersten %1 Treffer – bitte genauer suchen")
                                     .replace("%1", str(MAX_RESULTS)))
        elif len(hits) == 1:
            self.count_label.setText(self.tr("1 Treffer"))
        else:
            self.count_label.setText(self.tr("%1 Treffer").replace("%1", str(len(hits))))
        self.sig_search_finished.emit(query, len(hits))

    def index(self) -> SearchIndex:
        """The search index, rebuilt first if the catalogue changed since it was built."""
        if self._index is None or self._stale:
            self._index = queries.search_index(self._hub.catalogue)
            self._stale = False
        return self._index

    def start_rebuild(self) -> None:
        """Rebuild the index in the background for the current state of the catalogue."""
        if not self.isVisible():
            return  # a hidden panel rebuilds on its next search
        job = _IndexJob(self._hub.catalogue, self._generation)
        job.signals.sig_built.connect(self.on_job_built)
        job.signals.sig_failed.connect(self.on_job_failed)
        self._jobs.add(job)
        self._pool.start(job)

    def on_job_built(self, generation: int, index: SearchIndex) -> None:
        self._jobs = {j for j in self._jobs if j._generation > generation}
        if generation != self._generation:
            return  # the catalogue changed again meanwhile; a newer job follows
        self._index = index
        self._stale = False
        if self.edit.text().strip():
            self.search_now()

    def on_job_failed(self, exc: BaseException) -> None:
        dialogs.show_bug(self, exc, crashlog.log_exception(exc))

    def on_timer_timeout(self) -> None:
        """A typed search: with a rebuild under way, the previous index answers."""
        if self._stale and self._index is not None and self._jobs:
            self._search_with(self._index)
        else:
            self.search_now()

    def wait_for_rebuild(self, msecs: int = 30_000) -> bool:
        """Block until a background rebuild is done (closing, tests)."""
        return self._pool.waitForDone(msecs)

    @property
    def stale(self) -> bool:
        """True when the next search rebuilds the index first."""
        return self._stale

    def hideEvent(self, event: QHideEvent) -> None:
        """A pending search must not run once the panel is gone (its catalogue may be
        closed by then)."""
        self.timer.stop()
        self.rebuild_timer.stop()
        super().hideEvent(event)

    # --- reactions -------------------------------------------------------------------------

    def on_edit_text_changed(self, _text: str) -> None:
        self.timer.start()

    def on_edit_return_pressed(self) -> None:
        """Enter: search at once and go to the first result (Enter again opens it)."""
        self.search_now()
        self.on_edit_down_pressed()

    def on_edit_down_pressed(self) -> None:
        if self.model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.setCurrentIndex(self.model.index(0, 0))

    def on_results_activated(self, index: QModelIndex) -> None:
        record_type, record_id = index.data(RecordTypeRole), index.data(RecordIdRole)
        if record_type and record_id:
            self._hub.select(record_type, record_id)

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        """Mark the index stale (rebuilt on the next search, see the module docstring)
        and drop shown hits whose record was deleted, so none leads nowhere."""
        self._stale = True
        self._generation += 1
        self.rebuild_timer.start()
        gone: set[str] = set()
        for ids in changes.deleted.values():
            gone |= ids
        if gone:
            hits = [self.model.hit(row) for row in range(self.model.rowCount())]
            kept = [h for h in hits if h.record_id not in gone and h.source_id not in gone]
            if len(kept) != len(hits):
                self.model.set_hits(kept)
