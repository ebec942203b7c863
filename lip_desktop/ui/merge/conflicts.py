"""The conflict queue of the merge: a table of open conflicts and a pane to decide them.

Each row is one conflict (record, field, base, this catalogue's value, the other's, who
changed each and when). The pane below shows the selected conflict: for texts the
word-level difference the way Word shows tracked changes (struck through: only here;
underlined: only in the other catalogue), for whole records both versions as
"Label: Wert" lines. "Behalten", "Übernehmen" and "Eigenen Text übernehmen" decide the
selected conflicts as one undoable step (``ResolveConflicts`` through the hub), so
Bearbeiten → Rückgängig reopens them.

The queue is read when the view is shown and again after each change while it is
visible: a merge, a decision, its undo (the undo stack's index moves even when the
decision changed no field).
"""

from __future__ import annotations

import html
from typing import Any, Final

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from lip_desktop.model import conflict_wording as wording
from lip_desktop.model.commands import ResolveConflict, ResolveConflicts
from lip_desktop.model.values import ConflictEntry
from lip_desktop.ui.decision_list import DecisionList, DecisionTexts, word_diff_html
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole
from lip_desktop.ui.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex

COL_RECORD, COL_FIELD, COL_BASE, COL_MINE, COL_THEIRS, COL_MINE_BY, COL_THEIRS_BY = range(7)
#: Characters of a value in a table cell; the tool tip holds the whole value.
_CELL: Final = 60


class ConflictTableModel(ListTableModel[ConflictEntry]):
    """Open conflicts, in the engine's order (action field, record code, field)."""

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Datensatz"), self.tr("Feld"), self.tr("Basis"),
                self.tr("dieser Katalog"), self.tr("anderer Katalog"),
                self.tr("hier geändert von/am"), self.tr("dort geändert von/am"))

    def fetch(self) -> list[ConflictEntry]:
        return self._hub.service.merge.conflicts()

    def row_key(self, row: ConflictEntry) -> str:
        return str(row.id)

    def entry(self, row: int) -> ConflictEntry:
        return self.rows[row]

    def _full(self, e: ConflictEntry, column: int) -> str:
        if column == COL_RECORD:
            return wording.record_label(e)
        if column == COL_FIELD:
            return e.field_label
        if column in (COL_BASE, COL_MINE, COL_THEIRS):
            value = (e.base, e.mine, e.theirs)[column - COL_BASE]
            return wording.value_text(e.record_type, e.field, value)
        if column == COL_MINE_BY:
            return wording.changed_by(e.mine_by, e.mine_at)
        return wording.changed_by(e.theirs_by, e.theirs_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return wording.short(self._full(e, index.column()), _CELL)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._full(e, index.column())
        if role == RecordTypeRole:
            return e.record_type
        if role == RecordIdRole:
            return e.record_id
        return None


class ConflictView(DecisionList[ConflictEntry]):
    """The conflict table, the selected conflict's detail and the three decisions."""

    #: Conflicts were decided through this view (their ids), after the hub ran it.
    sig_conflicts_decided = Signal(list)

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictTableModel(hub, self)
        self.build_table(hub, "conflict", self.tr("Offene Konflikte"),
                         ((COL_RECORD, 220), (COL_FIELD, 110), (COL_BASE, 160),
                          (COL_MINE, 160), (COL_THEIRS, 160), (COL_MINE_BY, 150)))
        self.build_detail("conflict", DecisionTexts(
            detail=self.tr("Unterschied der beiden Fassungen"),
            edited_label=self.tr("Eigener Text:"),
            edited=self.tr("Eigener Text statt beider Fassungen")))
        self.keep_button = QPushButton(self.tr("Behal&ten"))
        self.keep_button.setObjectName("conflictKeep")
        self.keep_button.setToolTip(self.tr("Den Wert dieses Katalogs behalten"))
        self.keep_button.setAccessibleName(self.tr("Behalten: Wert dieses Katalogs"))
        self.take_button = QPushButton(self.tr("Über&nehmen"))
        self.take_button.setObjectName("conflictTake")
        self.take_button.setToolTip(self.tr("Den Wert des anderen Katalogs übernehmen"))
        self.take_button.setAccessibleName(self.tr("Übernehmen: Wert des anderen Katalogs"))
        self.edited_button = QPushButton(self.tr("&Eigenen Text übernehmen"))
        self.edited_button.setObjectName("conflictTakeEdited")
        self.edited_button.setAccessibleName(self.tr("Eigenen Text übernehmen"))
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.take_button.clicked.connect(self.on_take_button_clicked)
        self.edited_button.clicked.connect(self.on_edited_button_clicked)
        self.finish((self.keep_button, self.take_button, self.edited_button))

    # --- reading the queue ---------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the open conflicts; the current row stays where it was (the next
        conflict moves up into the place of a decided one)."""
        self._stale = False
        row = self.table.currentIndex().row()
        self.model.refresh()
        count = self.model.rowCount()
        if count == 1:
            self.summary.setText(self.tr("1 offener Konflikt"))
        else:
            self.summary.setText(self.tr("Keine offenen Konflikte.") if not count else
                                 self.tr("%1 offene Konflikte").replace("%1", str(count)))
        if count and not self.table.selectionModel().hasSelection():
            self.select_rows([min(max(row, 0), count - 1)])
        self.on_table_selection_changed()

    # --- selection and detail ----------------------------------------------------------

    def on_table_selection_changed(self, *_args: Any) -> None:
        chosen = self.selected()
        entry = self.current() if chosen else None
        self.keep_button.setEnabled(bool(chosen))
        self.take_button.setEnabled(bool(chosen))
        text_one = len(chosen) == 1 and chosen[0].is_text
        self.edited_button.setEnabled(text_one)
        self.edited.setEnabled(text_one)
        self.edited_label.setEnabled(text_one)
        if entry is None:
            self.heading.setText(self.tr("Kein Konflikt gewählt."))
            self.legend.clear()
            self.detail.clear()
            self.edited.clear()
            return
        self._show(entry, len(chosen))

    def _show(self, entry: ConflictEntry, count: int) -> None:
        heading = f"{wording.record_label(entry)} – {entry.field_label}"
        kind = wording.KIND_LABELS.get(entry.kind)
        if kind:
            heading += f" ({kind})"
        if count > 1:
            heading += " " + self.tr("– %1 Konflikte gewählt; die Entscheidung gilt für alle."
                                     ).replace("%1", str(count))
        self.heading.setText(heading)
        if entry.is_text:
            self.legend.setText(self.tr(
                "Durchgestrichen: nur in diesem Katalog. Unterstrichen: nur im anderen "
                "Katalog (%1).").replace("%1", entry.source))
            self.detail.setHtml(self.diff_html(entry))
            if self.edited.property("conflict_id") != entry.id:
                self.edited.setPlainText(entry.mine)
                self.edited.setProperty("conflict_id", entry.id)
        else:
            self.legend.setText(self.tr("Beide Fassungen des Datensatzes:"))
            self.detail.setHtml(self.versions_html(entry))
            self.edited.clear()
            self.edited.setProperty("conflict_id", None)

    def diff_html(self, entry: ConflictEntry) -> str:
        """This catalogue's text against the other's, word by word, like tracked
        changes: deletions struck through, insertions underlined, in the palette's
        no/yes colours (darker under high contrast); never colour alone."""
        base = wording.value_text(entry.record_type, entry.field, entry.base)
        diff = word_diff_html(str(entry.mine), str(entry.theirs))
        return (f"{diff}<hr><p><b>{html.escape(self.tr('Basis'))}:</b> "
                f"{html.escape(base).replace(chr(10), '<br>')}</p>"
                + self._who_html(entry))

    def versions_html(self, entry: ConflictEntry) -> str:
        """Whole records or other values: both versions (and the base) as lines."""
        sections = ((self.tr("Dieser Katalog"), entry.mine),
                    (self.tr("Anderer Katalog (%1)").replace("%1", entry.source), entry.theirs),
                    (self.tr("Basis"), entry.base))
        out = []
        for title, value in sections:
            text = wording.value_text(entry.record_type, entry.field, value)
            out.append(f"<p><b>{html.escape(title)}:</b><br>"
                       f"{html.escape(text).replace(chr(10), '<br>')}</p>")
        return "".join(out) + self._who_html(entry)

    def _who_html(self, entry: ConflictEntry) -> str:
        mine = wording.changed_by(entry.mine_by, entry.mine_at)
        theirs = wording.changed_by(entry.theirs_by, entry.theirs_at)
        return (f"<p>{html.escape(self.tr('Hier geändert von/am'))}: {html.escape(mine)}<br>"
                f"{html.escape(self.tr('Dort geändert von/am'))}: {html.escape(theirs)}</p>")

    # --- deciding ----------------------------------------------------------------------

    def on_keep_button_clicked(self) -> None:
        self.decide("mine")

    def on_take_button_clicked(self) -> None:
        self.decide("theirs")

    def on_edited_button_clicked(self) -> None:
        self.decide("edited", self.edited.toPlainText())

    def decide(self, take: str, value: Any = None) -> bool:
        """Decide the selected conflicts as one undo step; False when refused."""
        chosen = self.selected()
        if not chosen or (take == "edited" and (len(chosen) != 1 or not chosen[0].is_text)):
            return False
        steps = [ResolveConflict(e.id, take, value if take == "edited" else None,
                                 wording.record_label(e), e.field_label) for e in chosen]
        command = steps[0] if len(steps) == 1 else ResolveConflicts(steps)
        done = self.hub.run_undoable(command)  # the stack's index moves: refresh()
        if done:
            self.sig_conflicts_decided.emit([e.id for e in chosen])
        self.table.setFocus()
        return done

