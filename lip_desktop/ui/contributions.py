"""The contributions view and the import dialog of public participation.

The view lists every contribution (one query per table, filtered in memory, so 20,000
rows filter without a query per row or per keystroke), with filters by step, channel,
action field and status. Below the list: the selected contribution's full text, and the
decisions, each one undo step through the hub (``SetContributionState(s)``): link it to
the goal or measure it fed (then "berücksichtigt"), "nicht übernehmen" with the reason
(kept as a comment about the contribution), "Dublette", or back to "neu". The rules are
in ``model/contributions.py``; this module only shows and asks.

The import dialog shows the first rows of the file and one combo box per target (text,
action field, date of receipt); the choice of columns is the only thing it adds to what
``lip-desktop import-contributions`` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import dates, enums, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.collector import released
from lip_desktop.model.commands import SetContributionState, SetContributionStates
from lip_desktop.model.contributions import (
    ColumnMapping,
    ContributionEntry,
    ContributionFilter,
    ContributionState,
    ParticipationTable,
    filtered,
)
from lip_desktop.ui import dialogs, labels
from lip_desktop.ui.decision_list import DecisionList, DecisionTableModel
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.worker import Progress, checkpoint

Index = QModelIndex | QPersistentModelIndex

COL_SOURCE, COL_CHANNEL, COL_FIELD, COL_RECEIVED, COL_STATUS, COL_OUTCOME, COL_TEXT = range(7)
_CELL: Final = 80
#: Rows of the file shown in the import dialog's preview.
PREVIEW_ROWS: Final = 5


class ContributionTableModel(DecisionTableModel[ContributionEntry]):
    """The contributions the filter lets through; ``all_rows`` holds every one."""

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.flt = ContributionFilter()
        self.all_rows: list[ContributionEntry] = []

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Beteiligungsschritt"), self.tr("Kanal"), self.tr("Feld"),
                self.tr("Eingang"), self.tr("Status"), self.tr("Verknüpft mit / Grund"),
                self.tr("Beitrag"))

    def fetch(self) -> list[ContributionEntry]:
        self.all_rows = self._hub.service.contributions.entries()
        return filtered(self.all_rows, self.flt)

    def set_filter(self, flt: ContributionFilter) -> None:
        """Another filter: the rows already read, filtered again (no query)."""
        self.flt = flt
        self.reset_rows(filtered(self.all_rows, flt))

    def update_entries(self, fresh: Sequence[ContributionEntry]) -> None:
        """Rows a decision changed, read again on their own: ``dataChanged`` for those
        rows when the filter keeps the same rows, a reset (in memory) otherwise."""
        by_id = {e.id: e for e in fresh}
        self.all_rows = [by_id.get(e.id, e) for e in self.all_rows]
        kept = filtered(self.all_rows, self.flt)
        if [e.id for e in kept] != [e.id for e in self.rows]:
            self.reset_rows(kept)
            return
        changed = [n for n, e in enumerate(self.rows) if e.id in by_id]
        self.rows = kept
        self.emit_rows(changed)

    def full_text(self, e: ContributionEntry, column: int) -> str:
        if column == COL_SOURCE:
            return e.source
        if column == COL_CHANNEL:
            return labels.label(enums.CONTRIBUTION_CHANNEL, e.channel)
        if column == COL_FIELD:
            return e.action_field or "–"
        if column == COL_RECEIVED:
            return dates.german(e.received_at) if e.received_at else "–"
        if column == COL_STATUS:
            return labels.label(enums.CONTRIBUTION_STATUS, e.status)
        if column == COL_OUTCOME:
            return e.subject or e.reason
        return e.text

    def record_of(self, e: ContributionEntry) -> tuple[str, str]:
        return ("contribution", e.id)


class ContributionView(DecisionList[ContributionEntry]):
    """Filters, the list, the selected contribution and the decisions."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices_stale = True
        self.model = ContributionTableModel(hub, self)
        self.build_table(hub, "contribution", self.tr("Beiträge aus der Bürgerbeteiligung"),
                         ((COL_SOURCE, 160), (COL_CHANNEL, 120), (COL_FIELD, 60),
                          (COL_RECEIVED, 90), (COL_STATUS, 110), (COL_OUTCOME, 200)))

        self.source_filter = self._filter_combo("contributionSourceFilter",
                                                self.tr("Filter Beteiligungsschritt"))
        self.channel_filter = self._filter_combo("contributionChannelFilter",
                                                 self.tr("Filter Kanal"))
        for key, text in labels.items(enums.CONTRIBUTION_CHANNEL):
            self.channel_filter.addItem(text, key)
        self.field_filter = self._filter_combo("contributionFieldFilter",
                                               self.tr("Filter Handlungsfeld"))
        self.status_filter = self._filter_combo("contributionStatusFilter",
                                                self.tr("Filter Status"))
        for key, text in labels.items(enums.CONTRIBUTION_STATUS):
            self.status_filter.addItem(text, key)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("Schri&tt:"), self.source_filter),
                            (self.tr("&Kanal:"), self.channel_filter),
                            (self.tr("Handlungs&feld:"), self.field_filter),
                            (self.tr("Stat&us:"), self.status_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self.on_filter_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("contributionDetail")
        self.detail.setAccessibleName(self.tr("Text des Beitrags"))

        self.link_target = QComboBox()
        self.link_target.setObjectName("contributionLinkTarget")
        self.link_target.setAccessibleName(self.tr("Ziel oder Maßnahme, in die der Beitrag "
                                                   "eingeflossen ist"))
        self.link_target.setEditable(True)
        self.link_target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.link_target.model(), self.link_target)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Lotsinnen" finds BIL-M1.1
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.link_target.setCompleter(completer)
        link_label = QLabel(self.tr("Verknüpfen &mit:"))
        link_label.setBuddy(self.link_target)
        self.link_button = QPushButton(self.tr("&Verknüpfen"))
        self.link_button.setObjectName("contributionLink")
        self.link_button.setToolTip(self.tr("Der Beitrag ist in dieses Ziel oder diese "
                                            "Maßnahme eingeflossen (berücksichtigt)"))
        self.reason = QLineEdit()
        self.reason.setObjectName("contributionReason")
        self.reason.setAccessibleName(self.tr("Grund, warum der Beitrag nicht übernommen "
                                              "wird"))
        reason_label = QLabel(self.tr("&Grund:"))
        reason_label.setBuddy(self.reason)
        self.not_taken_button = QPushButton(self.tr("Nicht übernehmen"))
        self.not_taken_button.setObjectName("contributionNotTaken")
        self.not_taken_button.setToolTip(self.tr("Mit dem Grund als nicht übernommen "
                                                 "markieren (Eingabetaste im Feld Grund)"))
        self.duplicate_button = QPushButton(self.tr("Dubl&ette"))
        self.duplicate_button.setObjectName("contributionDuplicate")
        self.reset_button = QPushButton(self.tr("Zu&rücksetzen"))
        self.reset_button.setObjectName("contributionReset")
        self.reset_button.setToolTip(self.tr("Wieder als neu markieren"))
        self.link_button.clicked.connect(self.on_link_button_clicked)
        self.not_taken_button.clicked.connect(self.on_not_taken_button_clicked)
        self.reason.returnPressed.connect(self.on_not_taken_button_clicked)
        self.duplicate_button.clicked.connect(self.on_duplicate_button_clicked)
        self.reset_button.clicked.connect(self.on_reset_button_clicked)

        grid = QGridLayout()
        grid.addWidget(link_label, 0, 0)
        grid.addWidget(self.link_target, 0, 1)
        grid.addWidget(self.link_button, 0, 2)
        grid.addWidget(reason_label, 1, 0)
        grid.addWidget(self.reason, 1, 1)
        grid.addWidget(self.not_taken_button, 1, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.duplicate_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.detail, 1)
        pane_layout.addLayout(grid)
        pane_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self.on_table_selection_changed)
        selection.currentChanged.connect(self.on_table_selection_changed)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.on_table_selection_changed()

    def _filter_combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("alle"), None)
        return combo

    # --- reading -----------------------------------------------------------------------

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        """Only what concerns contributions: a decision (or its undo) re-reads just the
        contributions it changed; an import or a changed goal, measure or action field
        the whole list. Undo steps broadcast their changes too, so the undo stack needs
        no signal of its own here."""
        if any(changes.touched(t) for t in ("goal", "measure", "action_field")):
            self._choices_stale = True
        elif not changes.touched("contribution"):
            return
        elif not (changes.created.get("contribution") or changes.deleted.get("contribution")) \
                and self.isVisible() and not self._stale:
            self.model.update_entries(self.hub.service.contributions.entries_of(
                changes.updated.get("contribution", frozenset())))
            self._show_summary()
            self.on_table_selection_changed()
            return
        self.on_list_maybe_changed()

    def refresh(self) -> None:
        """Read the list again (one query per table) and the choices when they changed."""
        self._stale = False
        row = self.table.currentIndex().row()
        if self._choices_stale:
            self._fill_choices()
        self._fill_sources()
        self.model.refresh()
        self._show_summary()
        count = self.model.rowCount()
        if count and not self.table.selectionModel().hasSelection():
            self.select_rows([min(max(row, 0), count - 1)])
        self.on_table_selection_changed()

    def _fill_choices(self) -> None:
        self._choices_stale = False
        catalogue = self.hub.catalogue
        kept_field = self.field_filter.currentData()
        self.field_filter.blockSignals(True)
        self.field_filter.clear()
        self.field_filter.addItem(self.tr("alle"), None)
        for f in queries.action_fields(catalogue):
            self.field_filter.addItem(f.label, f.id)
        self.field_filter.addItem(self.tr("ohne Handlungsfeld"), "")
        self.field_filter.setCurrentIndex(max(0, self.field_filter.findData(kept_field)))
        self.field_filter.blockSignals(False)
        self.link_target.clear()
        for c in queries.subject_choices(catalogue):
            self.link_target.addItem(c.label, (c.subject_type, c.id))
        self.link_target.setCurrentIndex(-1)

    def _fill_sources(self) -> None:
        sources = self.hub.service.contributions.sources()
        shown = [self.source_filter.itemData(i) for i in range(1, self.source_filter.count())]
        if shown == sources:
            return
        kept = self.source_filter.currentData()
        self.source_filter.blockSignals(True)
        self.source_filter.clear()
        self.source_filter.addItem(self.tr("alle"), None)
        for source in sources:
            self.source_filter.addItem(source, source)
        self.source_filter.setCurrentIndex(max(0, self.source_filter.findData(kept)))
        self.source_filter.blockSignals(False)
        self.model.flt = self._filter()

    def _filter(self) -> ContributionFilter:
        return ContributionFilter(source=self.source_filter.currentData(),
                                  channel=self.channel_filter.currentData(),
                                  action_field_id=self.field_filter.currentData(),
                                  status=self.status_filter.currentData())

    def on_filter_changed(self, _index: int = 0) -> None:
        self.model.set_filter(self._filter())
        self._show_summary()
        if self.model.rowCount():
            self.select_rows([0])
        self.on_table_selection_changed()

    def _show_summary(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows)
        if not total:
            self.summary.setText(self.tr("Keine Beiträge. Einlesen: Datei → Beteiligung "
                                         "einlesen …"))
        elif shown == total:
            self.summary.setText(self.tr("%1 Beiträge").replace("%1", str(total)))
        else:
            self.summary.setText(self.tr("%1 von %2 Beiträgen").replace("%1", str(shown))
                                 .replace("%2", str(total)))

    # --- selection and detail ----------------------------------------------------------

    def on_table_selection_changed(self, *_args: Any) -> None:
        chosen = self.selected()
        for widget in (self.link_button, self.not_taken_button, self.duplicate_button,
                       self.reset_button, self.link_target, self.reason):
            widget.setEnabled(bool(chosen))
        entry = self.current() if chosen else None
        if entry is None:
            self.detail.setPlainText(self.tr("Kein Beitrag gewählt."))
            return
        lines = [entry.text, "",
                 self.tr("Status: %1").replace(
                     "%1", labels.label(enums.CONTRIBUTION_STATUS, entry.status))]
        if entry.subject:
            lines.append(self.tr("Eingeflossen in: %1").replace("%1", entry.subject))
        if entry.reason:
            lines.append(self.tr("Grund: %1").replace("%1", entry.reason))
        if len(chosen) > 1:
            lines.append(self.tr("%1 Beiträge gewählt; die Entscheidung gilt für alle.")
                         .replace("%1", str(len(chosen))))
        self.detail.setPlainText("\n".join(lines))

    # --- deciding ----------------------------------------------------------------------

    def on_link_button_clicked(self) -> None:
        index = self.link_target.findText(self.link_target.currentText())
        if index < 0:
            self.hub.sig_status.emit(self.tr("Bitte ein Ziel oder eine Maßnahme aus der "
                                             "Liste wählen."))
            self.link_target.setFocus()
            return
        subject_type, subject_id = self.link_target.itemData(index)
        self.decide(ContributionState("considered", subject_type, subject_id))

    def on_not_taken_button_clicked(self) -> None:
        if self.decide(ContributionState("not_taken"), reason=self.reason.text()):
            self.reason.clear()

    def on_duplicate_button_clicked(self) -> None:
        self.decide(ContributionState("duplicate"))

    def on_reset_button_clicked(self) -> None:
        self.decide(ContributionState("new"))

    def decide(self, after: ContributionState, *, reason: str = "") -> bool:
        """Decide the selected contributions as one undo step; False when refused."""
        chosen = self.selected()
        if not chosen:
            return False
        steps = [SetContributionState(e.id, after, reason) for e in chosen]
        command = steps[0] if len(steps) == 1 else SetContributionStates(steps)
        done = self.hub.run_undoable(command)
        self.table.setFocus()
        return done


class ImportContributionsDialog(QDialog):
    """Which column holds what, the participation step and the channel, with a preview
    of the first rows of the file."""

    def __init__(self, table: ParticipationTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importContributionsDialog")
        self.setWindowTitle(self.tr("Beteiligung einlesen: %1").replace("%1", table.name))
        self.table = table
        self.source = QLineEdit()
        self.source.setObjectName("contributionSource")
        self.source.setAccessibleName(self.tr("Beteiligungsschritt"))
        self.source.setPlaceholderText(self.tr("z. B. Online-Umfrage 2021"))
        self.channel = QComboBox()
        self.channel.setObjectName("contributionChannel")
        self.channel.setAccessibleName(self.tr("Kanal"))
        for key, text in labels.items(enums.CONTRIBUTION_CHANNEL):
            self.channel.addItem(text, key)
        self.text_column = self._column_combo("contributionTextColumn",
                                              self.tr("Spalte mit dem Beitragstext"),
                                              optional=False)
        self.field_column = self._column_combo("contributionFieldColumn",
                                               self.tr("Spalte mit dem Handlungsfeld"))
        self.date_column = self._column_combo("contributionDateColumn",
                                              self.tr("Spalte mit dem Eingangsdatum"))
        self._guess()
        form = QFormLayout()
        form.addRow(self.tr("&Beteiligungsschritt:"), self.source)
        form.addRow(self.tr("&Kanal:"), self.channel)
        form.addRow(self.tr("&Text des Beitrags:"), self.text_column)
        form.addRow(self.tr("&Handlungsfeld (Kürzel oder Name):"), self.field_column)
        form.addRow(self.tr("&Eingangsdatum (sonst heute):"), self.date_column)
        self.preview = QTableWidget(min(PREVIEW_ROWS, len(table.rows)), len(table.headers))
        self.preview.setObjectName("contributionPreview")
        self.preview.setAccessibleName(self.tr("Die ersten Zeilen der Datei"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setHorizontalHeaderLabels(
            [h or self.tr("Spalte %1").replace("%1", str(n + 1))
             for n, h in enumerate(table.headers)])
        for r, row in enumerate(table.rows[:PREVIEW_ROWS]):
            for c, value in enumerate(row[:len(table.headers)]):
                one_line = " ".join(value.split())
                self.preview.setItem(r, c, QTableWidgetItem(one_line[:_CELL]))
        note = QLabel(self.tr(
            "Gelesen wird alles oder nichts: Zeilen ohne Text, Tabellenformeln oder "
            "unbekannte Handlungsfelder werden mit Zeilennummer genannt, und nichts wird "
            "übernommen. Eine schon eingelesene Zeile wird nicht doppelt übernommen."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.source.textChanged.connect(self.on_source_text_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Vorschau:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.on_source_text_changed(self.source.text())

    def _column_combo(self, name: str, accessible: str, *, optional: bool = True
                      ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        if optional:
            combo.addItem(self.tr("(keine)"), None)
        for n, heading in enumerate(self.table.headers):
            combo.addItem(heading or self.tr("Spalte %1").replace("%1", str(n + 1)), n)
        return combo

    def _guess(self) -> None:
        """Preselect the columns whose headings say what they hold; the user checks."""
        def pick(combo: QComboBox, words: Sequence[str]) -> None:
            for n, heading in enumerate(self.table.headers):
                if any(w in heading.casefold() for w in words):
                    combo.setCurrentIndex(combo.findData(n))
                    return
        pick(self.text_column, ("beitrag", "antwort", "text", "idee", "anregung"))
        pick(self.field_column, ("handlungsfeld", "feld", "thema", "bereich"))
        pick(self.date_column, ("datum", "eingang", "zeit"))

    def on_source_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(text=self.text_column.currentData(),
                             field=self.field_column.currentData(),
                             date=self.date_column.currentData())

    def choices(self) -> tuple[ColumnMapping, str, str]:
        """(columns, participation step, channel) as chosen."""
        return self.mapping(), self.source.text().strip(), self.channel.currentData()


class SubjectContributions(QWidget):
    """Under a goal's or measure's form: how many contributions fed it, and which."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subjectContributions")
        self.hub = hub
        self.subject: tuple[str, str] | None = None
        self.heading = QLabel()
        self.heading.setObjectName("subjectContributionsCount")
        self.list = QTextBrowser()
        self.list.setObjectName("subjectContributionsList")
        self.list.setAccessibleName(self.tr("Beiträge aus der Beteiligung zu diesem Eintrag"))
        self.list.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

    def show_subject(self, subject_type: str, subject_id: str) -> None:
        self.subject = (subject_type, subject_id)
        self.reload()

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self.subject is not None and changes.touched("contribution"):
            self.reload()

    def reload(self) -> None:
        if self.subject is None:
            return
        entries = self.hub.service.contributions.for_subject(*self.subject)
        n = len(entries)
        if n == 0:
            self.heading.setText(self.tr("Aus der Beteiligung: keine Beiträge"))
        elif n == 1:
            self.heading.setText(self.tr("Aus der Beteiligung: 1 Beitrag"))
        else:
            self.heading.setText(self.tr("Aus der Beteiligung: %1 Beiträge")
                                 .replace("%1", str(n)))
        self.list.setPlainText("\n".join(f"• {e.source}: {' '.join(e.text.split())}"
                                         for e in entries))
        self.list.setVisible(n > 0)


def import_contributions(window: Any, hub: CatalogueHub) -> None:
    """Datei → Beteiligung einlesen …: choose the file, read it (worker), choose the
    columns (dialog), store all or nothing (worker), say what was added."""
    from lip_desktop.export.participation import read_participation_file  # noqa: PLC0415

    path = dialogs.open_file(
        window, QCoreApplication.translate("ContributionView", "Umfrage-Export wählen"),
        Settings().export_folder,
        QCoreApplication.translate("ContributionView", "Umfrage-Export (*.csv *.xlsx)"))
    if path is None:
        return

    def read(_progress: Progress) -> ParticipationTable:
        return read_participation_file(path)

    def chosen(table: ParticipationTable) -> None:
        dialog = ImportContributionsDialog(table, window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        mapping, source, channel = dialog.choices()

        def store(_progress: Progress) -> Any:
            return hub.service.contributions.import_table(table, mapping, source=source,
                                                          channel=channel)

        window.runner.start(
            QCoreApplication.translate("ContributionView", "Beiträge werden übernommen …"),
            store, lambda outcome: stored(outcome, table.name))

    def stored(outcome: Any, name: str) -> None:
        hub.broadcast(outcome.changes)
        summary = outcome.value
        text = QCoreApplication.translate(
            "ContributionView", "%1: %2 Beiträge aus „%3“ eingelesen.").replace(
            "%1", name).replace("%2", str(summary.added)).replace("%3", summary.source)
        if summary.known:
            text += " " + QCoreApplication.translate(
                "ContributionView", "%1 Zeilen waren schon eingelesen.").replace(
                "%1", str(summary.known))
        dialogs.inform(window, QCoreApplication.translate(
            "ContributionView", "Beteiligung eingelesen"), text)
        if hasattr(window, "show_contributions"):
            window.show_contributions()

    window.runner.start(
        QCoreApplication.translate("ContributionView", "Datei wird gelesen …"), read, chosen)


def export_participation(window: Any, hub: CatalogueHub) -> None:
    """Datei → Bericht zur Bürgerbeteiligung (Word) …"""
    from lip_desktop.export.files import write_verified  # noqa: PLC0415
    from lip_desktop.export.participation import (  # noqa: PLC0415
        verify_participation_report,
        write_participation_report,
    )

    suggestion = str(Path(Settings().export_folder or ".") / "Bericht Beteiligung.docx")
    path = dialogs.save_file(
        window, QCoreApplication.translate("ContributionView",
                                           "Bericht zur Bürgerbeteiligung speichern"),
        suggestion, dialogs.DOCX_FILTER)
    if path is None:
        return

    def work(progress: Progress) -> Any:
        with released(queries.export_document(hub.catalogue)) as doc:  # not one cascade
            result = write_participation_report(doc)
        checkpoint(progress, 1, 2)  # "Abbrechen" meanwhile: no file written
        write_verified(path, result.data, verify_participation_report,
                       protected=hub.catalogue.own_files)
        return result

    def done(result: Any) -> None:
        text = QCoreApplication.translate("ContributionView", "Geschrieben: %1").replace(
            "%1", str(path))
        if result.warnings:
            text += "\n\n" + "\n".join(result.warnings)
        dialogs.inform(window, QCoreApplication.translate(
            "ContributionView", "Bericht zur Bürgerbeteiligung"), text)

    window.runner.start(QCoreApplication.translate(
        "ContributionView", "Bericht wird geschrieben …"), work, done)
