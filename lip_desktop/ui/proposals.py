"""The review view: wording proposals from reviewed Word drafts, to accept or reject.

Each row is one reviewer's proposal for one field, ordered by action field and record.
The pane below shows the field's text against the proposal word by word, the way Word
shows tracked changes (struck through: removed by the reviewer; underlined: added), the
comments attached to the change, and a text box to edit the wording before accepting.
"Übernehmen", "Ablehnen" and "Bearbeitet übernehmen" decide the selected proposals as one
undoable step (``DecideProposals`` through the hub). An outdated proposal (its field was
changed since the draft) is shown against the current text and cannot be accepted.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from lip_desktop.model.commands import DecideProposal, DecideProposals
from lip_desktop.model.values import ProposalEntry
from lip_desktop.ui.decision_list import (
    DecisionList,
    DecisionTableModel,
    DecisionTexts,
    word_diff_html,
)
from lip_desktop.ui.hub import CatalogueHub

COL_AREA, COL_RECORD, COL_FIELD, COL_AUTHOR, COL_STATUS, COL_NEW = range(6)


class ProposalTableModel(DecisionTableModel[ProposalEntry]):
    """Every proposal, by action field, record and field (decided ones too, marked)."""

    CELL = 60

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Handlungsfeld"), self.tr("Eintrag"), self.tr("Feld"),
                self.tr("von"), self.tr("Status"), self.tr("Vorschlag"))

    def status_label(self, status: str) -> str:
        return {"open": self.tr("offen"), "accepted": self.tr("übernommen"),
                "rejected": self.tr("abgelehnt"), "outdated": self.tr("veraltet")
                }.get(status, status)

    def fetch(self) -> list[ProposalEntry]:
        entries = self._hub.service.proposals.proposals()
        return sorted(entries, key=lambda e: (e.area == "Strategieteil", e.area, e.record,
                                              e.field_label, e.author))

    def full_text(self, e: ProposalEntry, column: int) -> str:
        if column == COL_AREA:
            return e.area
        if column == COL_RECORD:
            return e.record
        if column == COL_FIELD:
            return e.field_label
        if column == COL_AUTHOR:
            return e.author or self.tr("unbekannt")
        if column == COL_STATUS:
            return self.status_label(e.status)
        return e.new_text

    def record_of(self, e: ProposalEntry) -> tuple[str, str]:
        return (e.subject_type, e.subject_id)


class ProposalView(DecisionList[ProposalEntry]):
    """The proposal table, the selected proposal's difference and the decisions."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProposalTableModel(hub, self)
        self.build_table(hub, "proposal", self.tr("Änderungsvorschläge"),
                         ((COL_AREA, 140), (COL_RECORD, 240), (COL_FIELD, 110),
                          (COL_AUTHOR, 140), (COL_STATUS, 90)))
        self.build_detail("proposal", DecisionTexts(
            detail=self.tr("Bisheriger und vorgeschlagener Text"),
            edited_label=self.tr("Text vor dem Übernehmen &bearbeiten:"),
            edited=self.tr("Vorgeschlagener Text, bearbeitbar")))
        self.accept_button = QPushButton(self.tr("Über&nehmen"))
        self.accept_button.setObjectName("proposalAccept")
        self.accept_button.setToolTip(self.tr("Den vorgeschlagenen Text übernehmen"))
        self.reject_button = QPushButton(self.tr("&Ablehnen"))
        self.reject_button.setObjectName("proposalReject")
        self.reject_button.setToolTip(self.tr("Den Vorschlag ablehnen; der Text bleibt"))
        self.edited_button = QPushButton(self.tr("Bearbeite&t übernehmen"))
        self.edited_button.setObjectName("proposalAcceptEdited")
        self.edited_button.setToolTip(self.tr("Den bearbeiteten Text übernehmen"))
        self.accept_button.clicked.connect(self.on_accept_button_clicked)
        self.reject_button.clicked.connect(self.on_reject_button_clicked)
        self.edited_button.clicked.connect(self.on_edited_button_clicked)
        self.finish((self.accept_button, self.reject_button, self.edited_button))

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        row = self.table.currentIndex().row()
        self.model.refresh()
        count = self.model.rowCount()
        open_count = sum(1 for e in self.model.rows if e.status == "open")
        if not count:
            self.summary.setText(self.tr("Keine Änderungsvorschläge."))
        else:
            self.summary.setText(self.tr("%1 Änderungsvorschläge, davon %2 offen")
                                 .replace("%1", str(count)).replace("%2", str(open_count)))
        if count and not self.table.selectionModel().hasSelection():
            self.select_rows([min(max(row, 0), count - 1)])
        self.on_table_selection_changed()

    # --- selection and detail ----------------------------------------------------------

    def on_table_selection_changed(self, *_args: Any) -> None:
        chosen = self.selected()
        deciding = bool(chosen) and all(e.status == "open" for e in chosen)
        self.accept_button.setEnabled(deciding)
        self.reject_button.setEnabled(deciding)
        one = deciding and len(chosen) == 1
        self.edited_button.setEnabled(one)
        self.edited.setEnabled(one)
        self.edited_label.setEnabled(one)
        entry = self.current() if chosen else None
        if entry is None:
            self.heading.setText(self.tr("Kein Vorschlag gewählt."))
            self.legend.clear()
            self.detail.clear()
            self.edited.clear()
            return
        self._show(entry, len(chosen))

    def _show(self, entry: ProposalEntry, count: int) -> None:
        author = entry.author or self.tr("unbekannt")
        heading = self.tr("%1 – %2, Vorschlag von %3 (%4)").replace("%1", entry.record) \
            .replace("%2", entry.field_label).replace("%3", author) \
            .replace("%4", self.model.status_label(entry.status))
        if count > 1:
            heading += " " + self.tr("– %1 Vorschläge gewählt; die Entscheidung gilt für alle."
                                     ).replace("%1", str(count))
        self.heading.setText(heading)
        if entry.status == "outdated":
            self.legend.setText(self.tr(
                "Veraltet: Das Feld wurde seit dem Entwurf geändert. Verglichen wird der "
                "heutige Text mit dem Vorschlag; übernehmen lässt er sich nicht."))
            base = entry.current_text
        else:
            self.legend.setText(self.tr(
                "Durchgestrichen: vom Prüfenden gestrichen. Unterstrichen: eingefügt."))
            base = entry.old_text
        self.detail.setHtml(self.diff_html(base, entry.new_text, entry.thread))
        if self.edited.property("proposal_id") != entry.id:
            self.edited.setPlainText(entry.new_text)
            self.edited.setProperty("proposal_id", entry.id)

    def diff_html(self, old: str, new: str, thread: tuple[str, ...]) -> str:
        """Old against new, word by word, as Word shows tracked changes: deletions
        struck through, insertions underlined, in the palette's no/yes colours."""
        out = word_diff_html(old, new)
        if thread:
            lines = "<br>".join(html.escape(line) for line in thread)
            out += f"<hr><p><b>{html.escape(self.tr('Kommentare'))}:</b><br>{lines}</p>"
        return out

    # --- deciding ----------------------------------------------------------------------

    def on_accept_button_clicked(self) -> None:
        self.decide(accept=True)

    def on_reject_button_clicked(self) -> None:
        self.decide(accept=False)

    def on_edited_button_clicked(self) -> None:
        self.decide(accept=True, edited=self.edited.toPlainText())

    def decide(self, *, accept: bool, edited: str | None = None) -> bool:
        """Decide the selected open proposals as one undo step; False when refused."""
        chosen = [e for e in self.selected() if e.status == "open"]
        if not chosen or (edited is not None and len(chosen) != 1):
            return False
        steps = [DecideProposal(e.id, accept, edited, f"{e.record} – {e.field_label}")
                 for e in chosen]
        command = steps[0] if len(steps) == 1 else DecideProposals(steps)
        done = self.hub.run_undoable(command)
        self.table.setFocus()
        return done

