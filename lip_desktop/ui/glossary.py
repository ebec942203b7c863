"""The terminology list of the catalogue and the report of outdated terms in its texts.

The LIP 2.0 agreed on wording (e.g. „Menschen mit internationaler Geschichte“ instead of
„Menschen mit Migrationshintergrund“). The rules are catalogue content, edited here with
undoable commands; finding the terms is the model's job (``model.terminology`` via
``checks.term_hits``), this dialog only lists what it finds and jumps to the record.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.checks import TermHit, term_hits
from lip_desktop.model.commands import AddRecord, DeleteRecord
from lip_desktop.model.records import SPECS
from lip_desktop.model.terminology import TermRule
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole
from lip_desktop.ui.seen import seen_edit
from lip_desktop.ui.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex


RULE_TERM, RULE_REPLACEMENT, RULE_NOTE = 0, 1, 2
HIT_RECORD, HIT_FIELD, HIT_FOUND, HIT_REPLACEMENT = 0, 1, 2, 3



class TermRuleModel(ListTableModel[TermRule]):
    """The terminology rules (Begriff, Ersatz, Hinweis), edited in place (undoable)."""

    KEYS: Final = ("term", "replacement", "note")
    WATCHES = ("terminology",)
    EDITABLE = frozenset({RULE_TERM, RULE_REPLACEMENT, RULE_NOTE})

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self.rows = self.fetch()

    def fetch(self) -> list[TermRule]:
        return queries.term_rules(self._hub.catalogue)

    def rule(self, row: int) -> TermRule:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Begriff"), self.tr("Ersatz"), self.tr("Hinweis"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return (r.term, r.replacement, r.note)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RULE_NOTE:
            return r.note or None
        if role == RecordIdRole:
            return r.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        r = self.rows[index.row()]
        key = self.KEYS[index.column()]
        if getattr(r, key) == value:
            return True
        return self._hub.run_undoable(seen_edit("terminology", r.id, {key: value}, r,
                                                label=self.tr("Begriffsregel ändern")))


class TermReportModel(ListTableModel[TermHit]):
    """Outdated terms found in the catalogue's texts (Eintrag, Feld, Gefunden, Vorschlag).

    Filled by ``set_hits``; the dialog decides when the (whole-catalogue) check runs.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_hits(self, hits: list[TermHit]) -> None:
        self.beginResetModel()
        self.rows = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> TermHit:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Eintrag"), self.tr("Feld"), self.tr("Gefunden"),
                self.tr("Vorschlag"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        h = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == HIT_RECORD:
                spec = SPECS.get(h.record_type)
                return f"{spec.label} {h.record}" if spec else h.record
            return (h.field, h.found, h.replacement)[column - 1]
        if role == Qt.ItemDataRole.ToolTipRole and column == HIT_REPLACEMENT:
            return h.note or None
        if role == RecordTypeRole:
            return h.record_type
        if role == RecordIdRole:
            return h.record_id
        return None


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    return view


class GlossaryDialog(QDialog):
    """Tab "Begriffe" (the rules, editable) and tab "Bericht" (where outdated terms occur).

    Non-modal: open it with ``GlossaryDialog(hub, window).show()`` so a double-click in
    the report can take the user to the record (``hub.select``) while it stays open.
    """

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Begriffe"))
        self.setObjectName("glossaryDialog")
        self.rule_model = TermRuleModel(hub, self)
        self.report_model = TermReportModel(self)
        self._report_stale = True
        self._build()
        self._connect()
        self._update_buttons()

    def _build(self) -> None:
        # rules
        self.rule_table = _table(self.tr("Begriffsregeln"))
        self.rule_table.setModel(self.rule_model)
        self.new_term = QLineEdit()
        self.new_term.setPlaceholderText(self.tr("Begriff"))
        self.new_term.setAccessibleName(self.tr("Neuer Begriff"))
        self.new_replacement = QLineEdit()
        self.new_replacement.setPlaceholderText(self.tr("Ersatz"))
        self.new_replacement.setAccessibleName(self.tr("Ersatz für den neuen Begriff"))
        self.new_note = QLineEdit()
        self.new_note.setPlaceholderText(self.tr("Hinweis"))
        self.new_note.setAccessibleName(self.tr("Hinweis zur neuen Regel"))
        self.add_button = QPushButton(self.tr("Regel hinzufügen"))
        self.add_button.setAccessibleName(self.tr("Regel hinzufügen"))
        self.remove_button = QPushButton(self.tr("Regel entfernen …"))
        self.remove_button.setAccessibleName(self.tr("Ausgewählte Regel entfernen"))
        rules_page = QWidget()
        form = QHBoxLayout()
        for w in (self.new_term, self.new_replacement, self.new_note, self.add_button):
            form.addWidget(w)
        rules_layout = QVBoxLayout(rules_page)
        rules_layout.addWidget(self.rule_table)
        rules_layout.addLayout(form)
        rules_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        # report
        self.report_table = _table(self.tr("Gefundene veraltete Begriffe"))
        self.report_table.setModel(self.report_model)
        self.report_summary = QLabel()
        self.report_summary.setAccessibleName(self.tr("Ergebnis der Prüfung"))
        report_hint = QLabel(self.tr("Doppelklick öffnet den Eintrag. Der Text wird nicht "
                                     "automatisch geändert."))
        report_hint.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Eintrag öffnen"))
        self.open_button.setAccessibleName(self.tr("Eintrag der Fundstelle öffnen"))
        report_page = QWidget()
        report_layout = QVBoxLayout(report_page)
        report_layout.addWidget(self.report_summary)
        report_layout.addWidget(self.report_table)
        hint_row = QHBoxLayout()
        hint_row.addWidget(report_hint, 1)
        hint_row.addWidget(self.open_button)
        report_layout.addLayout(hint_row)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Begriffe und Bericht"))
        self.tabs.addTab(rules_page, self.tr("&Begriffe"))
        self.tabs.addTab(report_page, self.tr("Be&richt"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Schließen"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        for order in ((self.rule_table, self.new_term, self.new_replacement, self.new_note,
                       self.add_button, self.remove_button),
                      (self.report_table, self.open_button)):
            for first, second in pairwise(order):
                QWidget.setTabOrder(first, second)
        self.resize(720, 420)

    def _connect(self) -> None:
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.new_note.returnPressed.connect(self.on_add_button_clicked)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.rule_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.report_table.doubleClicked.connect(self.on_report_table_double_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.report_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.report_model.modelReset.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.buttons.rejected.connect(self.reject)

    # --- rules -------------------------------------------------------------------------

    def selected_rule_id(self) -> str | None:
        rows = self.rule_table.selectionModel().selectedRows()
        return self.rule_model.rule(rows[0].row()).id if rows else None

    def select_rule(self, rule_id: str) -> None:
        row = self.rule_model.row_of(rule_id)
        if row >= 0:
            self.rule_table.selectRow(row)

    def on_add_button_clicked(self) -> None:
        term = self.new_term.text().strip()
        replacement = self.new_replacement.text().strip()
        note = self.new_note.text().strip()
        if not term:
            self.new_term.setFocus()
            return
        command = AddRecord(self.tr("Begriffsregel hinzufügen"),
                            lambda s: s.people.add_term_rule(term, replacement,
                                                             note), "terminology")
        if self.hub.run_undoable(command) and command.record_id is not None:
            for edit in (self.new_term, self.new_replacement, self.new_note):
                edit.clear()
            self.select_rule(command.record_id)
            self.new_term.setFocus()

    def on_remove_button_clicked(self) -> None:
        rule_id = self.selected_rule_id()
        if rule_id is None:
            return
        rule = self.rule_model.rule(self.rule_model.row_of(rule_id))
        if dialogs.ask(self, self.tr("Regel entfernen"),
                       self.tr("Die Regel für „%1“ entfernen?").replace("%1", rule.term)):
            self.hub.run_undoable(DeleteRecord("terminology", rule_id,
                                          self.tr("Begriffsregel entfernen")))

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_rule_id() is not None)
        self.open_button.setEnabled(self.report_table.selectionModel().hasSelection())

    # --- report ------------------------------------------------------------------------

    def refresh_report(self) -> None:
        """Check every text of the catalogue now (well under a second even for a large
        catalogue: one document load, one compiled expression)."""
        hits = term_hits(queries.catalogue_document(self.hub.catalogue))
        self.report_model.set_hits(hits)
        self._report_stale = False
        if not hits:
            text = self.tr("Keine veralteten Begriffe gefunden.")
        elif len(hits) == 1:
            text = self.tr("1 veralteter Begriff gefunden.")
        else:
            text = self.tr("%1 veraltete Begriffe gefunden.").replace("%1", str(len(hits)))
        self.report_summary.setText(text)

    def on_tabs_current_changed(self, index: int) -> None:
        if index == 1 and self._report_stale:
            self.refresh_report()

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        # Any text (or rule) may have changed: check again now if the report is on
        # screen, else when it is next shown.
        if changes.empty:
            return
        self._report_stale = True
        if self.tabs.currentIndex() == 1 and self.isVisible():
            self.refresh_report()

    def on_report_table_double_clicked(self, index: QModelIndex) -> None:
        hit = self.report_model.hit(index.row())
        self.hub.select(hit.record_type, hit.record_id)

    def on_open_button_clicked(self) -> None:
        rows = self.report_table.selectionModel().selectedRows()
        if rows:
            self.on_report_table_double_clicked(rows[0])

