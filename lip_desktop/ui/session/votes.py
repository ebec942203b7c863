"""Votes in a live session: open a vote, enter ballots or counts, close it.

The facilitator types what the room decides while the room watches, so every entry is
one click (yes/no) or one spin box (dots, resistance, a score, a place in a ranking) and
is stored at once through the service; there is no "save" step that could be forgotten
before the laptop sleeps. Only anonymous totals of a score or ranked poll are stored with
a button, since their figures are checked together and half-typed totals are impossible.

The UI never counts. Each ballot goes to ``cast_ballot``/``set_counts``, which checks it
against the vote's rule (``model.voting``), recomputes and stores the result; the panel
then shows the *stored* result. When the model refuses (a non-member, too many dots, a
closed vote) the hub shows its German message and the grid is reloaded from storage, so
what is on screen is always what is in the catalogue.

``VotePanel(hub, session_id, clock)`` is embedded by the live session window, which also
connects ``sig_show_vote`` to the projector's ``show_vote``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes, Outcome
from lip_desktop.model.records import Vote
from lip_desktop.model.services import CatalogueService
from lip_desktop.model.values import VoteState
from lip_desktop.model.vote_wording import (
    number_text,
    outcome_line,
    percent_text,
    points_text,
    question_on,
    rule_line,
    side_line,
    yes_no_line,
)
from lip_desktop.model.voting import CHOICES, SIDES, borda_places, dots_left
from lip_desktop.ui import a11y, dialogs, labels, palette
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.session.ballot_keys import BallotKeys
from lip_desktop.ui.session.clock import Clock
from lip_desktop.ui.session.widgets import NotesEdit
from lip_desktop.ui.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex

#: The status-quo option of systemic consensing: its resistance shows how much the group
#: wants any change at all, so it is offered with every new consent vote.
PASSIVE_OPTION: Final = "Passivlösung (alles bleibt, wie es ist)"
#: The vote id of a row in ``VoteListModel``.
VoteIdRole: Final = Qt.ItemDataRole.UserRole + 1
#: An option list item's subject ``(subject_type, subject_id)`` or None.
_SubjectRole: Final = Qt.ItemDataRole.UserRole + 2
#: Marks the passive option the form added itself (removed again when leaving consent).
_AutoRole: Final = Qt.ItemDataRole.UserRole + 3

_ENTRY_HEIGHT: Final = 44  # large enough to hit on a laptop touchpad while talking
#: Ballot rows are lower: twenty voters are entered by keyboard (``ballot_keys``).
_BALLOT_HEIGHT: Final = 32


# --- texts ------------------------------------------------------------------------------


def outcome_text(method: str, result: Mapping[str, Any] | None,
                 labels: Mapping[str, str]) -> str:
    """The short outcome for the vote list; "–" before there is any result."""
    return outcome_line(method, result, labels) if result else "–"


def subject_title(hub: CatalogueHub, subject_type: str | None, subject_id: str | None
                  ) -> str | None:
    """"Maßnahme BIL-M1.2 „Titel“" for an agenda item's or vote's subject, None if none."""
    if not subject_type or not subject_id:
        return None
    record = hub.service.structure.get_record(subject_type, subject_id)
    kind = labels.label(enums.SUBJECT_TYPE, subject_type)
    if subject_type == "compromise":
        text = record.text if len(record.text) <= 80 else record.text[:79] + "…"
        return f"{kind} „{text}“"
    code = getattr(record, "code", None)
    return f"{kind} {code} „{record.title}“" if code else f"{kind} „{record.title}“"


def subject_question(hub: CatalogueHub, subject_type: str | None,
                     subject_id: str | None) -> str:
    """The usual question on a subject: "Soll die Maßnahme BIL-M1.2 „…“ beschlossen
    werden?"; empty without a subject (the facilitator types a free question)."""
    title = subject_title(hub, subject_type, subject_id)
    if title is None:
        return ""
    return question_on(subject_type, title)


# --- the session's votes -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VoteSummary:
    """One vote of the session as the list shows it (read in two queries for all)."""

    id: str
    question: str
    method: str
    status: str
    result: dict[str, Any] | None
    labels: dict[str, str]  # option id -> label, in option order

    @property
    def outcome(self) -> str:
        return outcome_text(self.method, self.result, self.labels)


def read_session_votes(hub: CatalogueHub, session_id: str) -> list[VoteSummary]:
    """The session's votes in their order, with stored results and option labels."""
    return [VoteSummary(v.id, v.question, v.method, v.status, v.result, v.labels)
            for v in queries.session_votes(hub.catalogue, session_id)]


class VoteListModel(ListTableModel[VoteSummary]):
    """The session's votes: Frage, Verfahren, Status, Ergebnis (the stored outcome)."""

    HEADERS: Final = ("Frage", "Verfahren", "Status", "Ergebnis")

    def __init__(self, hub: CatalogueHub, session_id: str, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._session_id = session_id
        self.rows = self.fetch()

    def fetch(self) -> list[VoteSummary]:
        return read_session_votes(self._hub, self._session_id)

    def vote(self, row: int) -> VoteSummary:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        # Literal tr() calls, so pyside6-lupdate finds them (HEADERS stays the German key).
        return (self.tr("Frage"), self.tr("Verfahren"), self.tr("Status"), self.tr("Ergebnis"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        vote = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return (vote.question, labels.label(enums.VOTE_METHOD, vote.method),
                    labels.label(enums.VOTE_STATUS, vote.status),
                    vote.outcome)[index.column()]
        if role == VoteIdRole:
            return vote.id
        return None


class RankingModel(ListTableModel[dict[str, Any]]):
    """The stored ranking of a dots, consent, score or ranked vote, best first, as the
    model ranked it."""

    DOTS_HEADERS: Final = ("Rang", "Option", "Punkte")
    CONSENT_HEADERS: Final = ("Rang", "Option", "Widerstand Ø", "Akzeptanz", "Widerstand Σ")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._method = "dots"
        self._labels: dict[str, str] = {}

    def set_vote(self, vote: Vote | None) -> None:
        self.beginResetModel()
        if vote is None:
            self.rows, self._labels = [], {}
        else:
            self._method = vote.method
            self.rows = list((vote.result or {}).get("ranking") or [])
            self._labels = {o.id: o.label for o in vote.options}
        self.endResetModel()

    def entry(self, row: int) -> dict[str, Any]:
        return self.rows[row]

    def headers(self) -> tuple[str, ...]:
        if self._method == "consent":
            return (self.tr("Rang"), self.tr("Option"), self.tr("Widerstand Ø"),
                    self.tr("Akzeptanz"), self.tr("Widerstand Σ"))
        if self._method == "score":
            return (self.tr("Rang"), self.tr("Option"), self.tr("Mittelwert"),
                    self.tr("Bewertungen"))
        if self._method == "ranked":
            return self.tr("Rang"), self.tr("Option"), self.tr("Punkte"), self.tr("Platz 1")
        return self.tr("Rang"), self.tr("Option"), self.tr("Punkte")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return f"{entry['rank']}."
            if column == 1:
                return self._labels.get(entry["option_id"], entry["option_id"])
            if self._method == "dots":
                return str(entry["points"])
            if self._method == "score":
                if column == 2:
                    return "–" if entry["mean"] is None else number_text(entry["mean"])
                return str(entry["raters"])
            if self._method == "ranked":
                return str(entry["points"] if column == 2 else entry["first"])
            if column == 2:
                return "–" if entry["mean"] is None else number_text(entry["mean"])
            if column == 3:
                return "–" if entry["acceptance"] is None else percent_text(entry["acceptance"])
            return str(entry["total"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _ranking_view(model: RankingModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(QCoreApplication.translate("RankingModel", "Rangfolge"))
    return view


def _big(widget: QWidget, factor: float = 1.3, bold: bool = False) -> None:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


# --- the new-vote form ------------------------------------------------------------------


class NewVoteForm(QWidget):
    """"Neue Abstimmung": question, method, rule (from the group's defaults, editable)
    and options. Inline instead of a dialog: the facilitator keeps the grid of the last
    vote in view, and tests need no modal loop."""

    #: A vote was opened; its id.
    sig_opened = Signal(str)
    sig_cancelled = Signal()

    def __init__(self, hub: CatalogueHub, session_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._session_id = session_id
        self._subject: tuple[str, str] | None = None

        self.question = QLineEdit(self)
        self.question.setPlaceholderText(self.tr("Worüber wird abgestimmt?"))
        self.subject_check = QCheckBox(self)
        self.subject_check.setToolTip(self.tr(
            "Die Abstimmung wird mit diesem Eintrag verknüpft (Protokoll, Export)."))
        self.method = QComboBox(self)
        for key, label in labels.items(enums.VOTE_METHOD):
            self.method.addItem(label, key)

        # rule, one page per method
        self.quorum = QSpinBox(self)
        self.quorum.setRange(0, 999)
        self.quorum.setSpecialValueText(self.tr("kein Quorum"))
        self.majority = QComboBox(self)
        for key, label in labels.items(enums.MAJORITY):
            self.majority.addItem(label, key)
        self.parity = QCheckBox(
            self.tr("Parität: doppelte Mehrheit (Verwaltung und extern je für sich)"), self)
        self.dots_per_person = QSpinBox(self)
        self.dots_per_person.setRange(1, 99)
        self.max_per_option = QSpinBox(self)
        self.max_per_option.setRange(0, 99)
        self.max_per_option.setSpecialValueText(self.tr("unbegrenzt"))
        self.scale_max = QSpinBox(self)
        self.scale_max.setRange(1, 99)
        self.score_min = QSpinBox(self)
        self.score_min.setRange(-99, 98)
        self.score_max = QSpinBox(self)
        self.score_max.setRange(-98, 99)
        self.max_ranks = QSpinBox(self)
        self.max_ranks.setRange(0, 99)
        self.max_ranks.setSpecialValueText(self.tr("alle Optionen"))

        self.rule_pages = QStackedWidget(self)
        yes_no_page = QWidget(self.rule_pages)
        form = QFormLayout(yes_no_page)
        form.addRow(self.tr("Quorum (mindestens anwesend)"), self.quorum)
        form.addRow(self.tr("Mehrheit"), self.majority)
        form.addRow(self.parity)
        dots_page = QWidget(self.rule_pages)
        form = QFormLayout(dots_page)
        form.addRow(self.tr("Punkte je Person"), self.dots_per_person)
        form.addRow(self.tr("höchstens je Option"), self.max_per_option)
        consent_page = QWidget(self.rule_pages)
        form = QFormLayout(consent_page)
        form.addRow(self.tr("Widerstand von 0 bis"), self.scale_max)
        score_page = QWidget(self.rule_pages)
        form = QFormLayout(score_page)
        form.addRow(self.tr("Bewertung von"), self.score_min)
        form.addRow(self.tr("bis"), self.score_max)
        ranked_page = QWidget(self.rule_pages)
        form = QFormLayout(ranked_page)
        form.addRow(self.tr("Plätze je Person höchstens"), self.max_ranks)
        form.addRow(QLabel(self.tr("Borda-Punkte: Platz 1 erhält die meisten"), ranked_page))
        # one page per method, in the order of enums.VOTE_METHOD
        for page in (yes_no_page, dots_page, consent_page, score_page, ranked_page):
            self.rule_pages.addWidget(page)

        # options
        self.options_box = QGroupBox(self.tr("Optionen"), self)
        self.options = QListWidget(self.options_box)
        self.options.setAccessibleName(self.tr("Optionen"))
        self.option_text = QLineEdit(self.options_box)
        self.option_text.setPlaceholderText(self.tr("neue Option"))
        self.add_option_button = QPushButton(self.tr("Hinzufügen"), self.options_box)
        self.remove_option_button = QPushButton(self.tr("Entfernen"), self.options_box)
        self.goal_measures_button = QPushButton(self.tr("Maßnahmen des Ziels übernehmen"),
                                                self.options_box)
        row = QHBoxLayout()
        row.addWidget(self.option_text, 1)
        row.addWidget(self.add_option_button)
        row.addWidget(self.remove_option_button)
        box = QVBoxLayout(self.options_box)
        box.addWidget(self.options)
        box.addLayout(row)
        box.addWidget(self.goal_measures_button)

        self.open_button = QPushButton(self.tr("Abstimmung öffnen"), self)
        self.open_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Abbrechen"), self)

        top = QFormLayout()
        top.addRow(self.tr("Frage"), self.question)
        top.addRow(self.tr("Bezug"), self.subject_check)
        top.addRow(self.tr("Verfahren"), self.method)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Neue Abstimmung"), self)
        _big(title, 1.2, bold=True)
        layout.addWidget(title)
        layout.addLayout(top)
        rule_box = QGroupBox(self.tr("Regel"), self)
        QVBoxLayout(rule_box).addWidget(self.rule_pages)
        layout.addWidget(rule_box)
        layout.addWidget(self.options_box, 3)
        layout.addStretch(1)  # yes/no has no options: keep the form together at the top
        layout.addLayout(buttons)

        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.add_option_button.clicked.connect(self.add_typed_option)
        self.option_text.returnPressed.connect(self.add_typed_option)
        self.remove_option_button.clicked.connect(self.remove_selected_option)
        self.goal_measures_button.clicked.connect(self.add_goal_measures)
        self.open_button.clicked.connect(self.open_vote)
        self.cancel_button.clicked.connect(self.sig_cancelled)
        self._on_method_changed()

    # --- filling ---------------------------------------------------------------------

    def prefill(self, current_item: Any, method: str = "yes_no") -> None:
        """Start afresh: the question on the current agenda item's subject (if any) and
        every method's rule as the group's defaults."""
        self._subject = None
        question = ""
        if current_item is not None and current_item.subject_type and current_item.subject_id:
            self._subject = (current_item.subject_type, current_item.subject_id)
            question = subject_question(self._hub, *self._subject)
        self.question.setText(question)
        title = subject_title(self._hub, *self._subject) if self._subject else None
        self.subject_check.setText(title or self.tr("kein Bezug"))
        self.subject_check.setChecked(self._subject is not None)
        self.subject_check.setEnabled(self._subject is not None)
        self.goal_measures_button.setEnabled(bool(self._subject and self._subject[0] == "goal"))
        self.options.clear()
        self.load_group_defaults()
        self.method.setCurrentIndex(max(0, self.method.findData(method)))
        self._on_method_changed()

    def load_group_defaults(self) -> None:
        """Put the group's default rules into the rule fields (the service fills in the
        general defaults where the group has none)."""
        group_id = self._hub.service.meetings.get_meeting(self._session_id).group_id
        defaults = self._hub.service.people.group_vote_defaults
        yes_no = defaults(group_id, "yes_no")
        self.quorum.setValue(yes_no["quorum_min_present"] or 0)
        self.majority.setCurrentIndex(max(0, self.majority.findData(yes_no["majority"])))
        self.parity.setChecked(bool(yes_no["parity"]))
        dots = defaults(group_id, "dots")
        self.dots_per_person.setValue(dots["dots_per_person"])
        self.max_per_option.setValue(dots["max_per_option"] or 0)
        self.scale_max.setValue(defaults(group_id, "consent")["scale_max"])
        score = defaults(group_id, "score")
        self.score_min.setValue(score["scale_min"])
        self.score_max.setValue(score["scale_max"])
        self.max_ranks.setValue(defaults(group_id, "ranked")["max_ranks"] or 0)

    def current_method(self) -> str:
        return str(self.method.currentData())

    def rule(self) -> dict[str, Any]:
        """The rule as edited, in interchange form; the service checks it."""
        method = self.current_method()
        if method == "yes_no":
            return {"quorum_min_present": self.quorum.value() or None,
                    "majority": self.majority.currentData(),
                    "parity": self.parity.isChecked()}
        if method == "dots":
            return {"dots_per_person": self.dots_per_person.value(),
                    "max_per_option": self.max_per_option.value() or None}
        if method == "score":
            return {"scale_min": self.score_min.value(), "scale_max": self.score_max.value()}
        if method == "ranked":
            return {"max_ranks": self.max_ranks.value() or None}
        return {"scale_max": self.scale_max.value()}

    def option_labels(self) -> list[str]:
        return [self.options.item(i).text() for i in range(self.options.count())]

    def add_option(self, label: str, subject: tuple[str, str] | None = None,
                   auto: bool = False) -> QListWidgetItem | None:
        label = label.strip()
        if not label:
            return None
        item = QListWidgetItem(label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(_SubjectRole, subject)
        item.setData(_AutoRole, auto)
        if auto or self._passive_row() < 0:
            self.options.addItem(item)
        else:  # the status quo stays last, where the room expects it
            self.options.insertItem(self._passive_row(), item)
        return item

    def add_typed_option(self) -> None:
        if self.add_option(self.option_text.text()) is not None:
            self.option_text.clear()

    def remove_selected_option(self) -> None:
        for item in self.options.selectedItems():
            self.options.takeItem(self.options.row(item))

    def add_goal_measures(self) -> None:
        """The measures of the agenda item's goal as options, linked to them."""
        if not self._subject or self._subject[0] != "goal":
            return
        rows = queries.measures_of_goal(self._hub.catalogue, self._subject[1])
        present = {self.options.item(i).data(_SubjectRole) for i in range(self.options.count())}
        for measure_id, code, title in rows:
            if ("measure", measure_id) not in present:
                self.add_option(f"{code} {title}" if code else title, ("measure", measure_id))

    def _passive_row(self) -> int:
        return next((i for i in range(self.options.count())
                     if self.options.item(i).text() == PASSIVE_OPTION), -1)

    def _on_method_changed(self, _index: int = 0) -> None:
        method = self.current_method()
        self.rule_pages.setCurrentIndex(list(enums.VOTE_METHOD).index(method))
        self.options_box.setVisible(method != "yes_no")
        row = self._passive_row()
        if method == "consent" and row < 0:
            self.add_option(PASSIVE_OPTION, auto=True)
        elif method != "consent" and row >= 0 and self.options.item(row).data(_AutoRole):
            self.options.takeItem(row)

    # --- opening ---------------------------------------------------------------------

    def open_vote(self) -> str | None:
        """Open the vote as entered; a refusal (no question, no options, a bad rule) is
        shown by the hub and the form stays open."""
        method = self.current_method()
        labels: list[str] = []
        subjects: list[tuple[str, str] | None] = []
        if method != "yes_no":
            for i in range(self.options.count()):
                item = self.options.item(i)
                if item.text().strip():
                    labels.append(item.text().strip())
                    subjects.append(item.data(_SubjectRole))
        subject = self._subject if self.subject_check.isChecked() else None
        question = self.question.text().strip()
        rule = self.rule()
        state = self._hub.run_without_undo(lambda s: s.votes.open_vote(
            self._session_id, question, method, rule, labels,
            subject_type=subject[0] if subject else None,
            subject_id=subject[1] if subject else None, option_subjects=subjects))
        if state is None:
            return None
        self.sig_opened.emit(state.vote.id)
        return state.vote.id


# --- ballot entry ------------------------------------------------------------------------


class _Entry(QWidget):
    """Common ground of the entry grids: the shown vote and the way back to storage."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.state: VoteState | None = None

    @property
    def vote_id(self) -> str:
        assert self.state is not None
        return self.state.vote.id

    @property
    def editable(self) -> bool:
        return self.state is not None and self.state.vote.status == "open"

    def set_state(self, state: VoteState) -> None:
        raise NotImplementedError

    def _submit(self, operation: Callable[[CatalogueService], Outcome[VoteState]]) -> bool:
        """Store one entry. The hub's broadcast refreshes the panel on success; after a
        refusal the grid shows the stored state again (the spin box springs back)."""
        if self._hub.run_without_undo(operation) is not None:
            return True
        if self.state is not None:
            self.set_state(self._hub.service.votes.get_vote(self.vote_id))
        return False


def _voter_shape(state: VoteState) -> tuple[tuple[str, str, str], ...]:
    """What a grid's rows or columns are built from: a change rebuilds it."""
    return tuple((v.person_id, v.display, v.side) for v in state.voters)


def _voter_label(name: str, side: str, parent: QWidget) -> QLabel:
    # One line per voter: twenty voters fit the live window's height at 1366×768.
    label = QLabel(f"{name} ({labels.label(enums.SIDE, side)})", parent)
    label.setToolTip(f"{name} – {labels.label(enums.SIDE, side)}")
    label.setWordWrap(True)
    return label


class YesNoEntry(_Entry):
    """Yes/no: one row per voter with large Ja / Nein / Enthaltung buttons, or the totals
    of a show of hands per side; the stored result below."""

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        self.take_back: dict[str, QToolButton] = {}
        self.keys: BallotKeys | None = None
        self._voter_ids: tuple[tuple[str, str, str], ...] = ()

        self.ballots_mode = QRadioButton(self.tr("Einzelstimmen"), self)
        self.counts_mode = QRadioButton(self.tr("Handzeichen (Summen je Seite)"), self)
        self.ballots_mode.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.ballots_mode)
        modes.addButton(self.counts_mode)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.ballots_mode)
        mode_row.addWidget(self.counts_mode)
        mode_row.addStretch(1)

        self.pages = QStackedWidget(self)
        self.grid_area = QScrollArea(self.pages)
        self.grid_area.setWidgetResizable(True)
        self.pages.addWidget(self.grid_area)

        counts_page = QWidget(self.pages)
        grid = QGridLayout(counts_page)
        self.count_spins: dict[tuple[str, str], QSpinBox] = {}
        for column, choice in enumerate(CHOICES, start=1):
            header = QLabel(labels.label(enums.CHOICE, choice), counts_page)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        for row, side in enumerate(SIDES, start=1):
            grid.addWidget(QLabel(labels.label(enums.SIDE, side), counts_page), row, 0)
            for column, choice in enumerate(CHOICES, start=1):
                spin = QSpinBox(counts_page)
                spin.setRange(0, 999)
                spin.setKeyboardTracking(False)
                spin.setMinimumHeight(_ENTRY_HEIGHT)
                _big(spin, 1.4)
                spin.setAccessibleName(f"{labels.label(enums.SIDE, side)} "
                                       f"{labels.label(enums.CHOICE, choice)}")
                spin.valueChanged.connect(self.store_counts)
                self.count_spins[side, choice] = spin
                grid.addWidget(spin, row, column)
        self.discard_counts_button = QPushButton(self.tr("Summen verwerfen"), counts_page)
        self.discard_counts_button.setToolTip(self.tr(
            "Summen löschen, um stattdessen Einzelstimmen zu erfassen"))
        self.discard_counts_button.clicked.connect(self.discard_counts)
        grid.addWidget(self.discard_counts_button, len(SIDES) + 1, 0, 1, len(CHOICES) + 1)
        grid.setRowStretch(len(SIDES) + 2, 1)
        self.pages.addWidget(counts_page)

        self.result_label = QLabel(self)
        _big(self.result_label, 1.4, bold=True)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.side_label = QLabel(self)
        self.side_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(mode_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.side_label)
        self.counts_mode.toggled.connect(self._on_mode)

    def button(self, person_id: str, choice: str) -> QPushButton:
        return self.buttons[person_id][choice]

    def _on_mode(self, counts: bool) -> None:
        self.pages.setCurrentIndex(1 if counts else 0)

    def _build_grid(self, state: VoteState) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setVerticalSpacing(2)
        self.buttons, self.take_back = {}, {}
        for row, voter in enumerate(state.voters):
            grid.addWidget(_voter_label(voter.display, voter.side, holder), row, 0)
            self.buttons[voter.person_id] = {}
            for column, choice in enumerate(CHOICES, start=1):
                button = QPushButton(labels.label(enums.CHOICE, choice), holder)
                button.setCheckable(True)
                button.setMinimumHeight(_BALLOT_HEIGHT)
                button.setMinimumWidth(110)
                _big(button, 1.3)
                button.setAccessibleName(f"{voter.display}: {labels.label(enums.CHOICE, choice)}")
                button.setAccessibleDescription(self.tr(
                    "Pfeiltasten wechseln, J/N/E oder 1/2/3 stimmen, Eingabe: nächste Person"))
                button.setStyleSheet(a11y.toggle_style(palette.current().choice(choice)))
                button.clicked.connect(
                    lambda _c=False, p=voter.person_id, ch=choice: self.cast(p, ch))
                self.buttons[voter.person_id][choice] = button
                grid.addWidget(button, row, column)
            undo = QToolButton(holder)
            undo.setText("↺")
            undo.setToolTip(self.tr("Stimme zurücknehmen"))
            undo.setAccessibleName(f"{voter.display}: " + self.tr("Stimme zurücknehmen"))
            undo.clicked.connect(lambda _c=False, p=voter.person_id: self.remove(p))
            self.take_back[voter.person_id] = undo
            grid.addWidget(undo, row, len(CHOICES) + 1)
        if not state.voters:
            grid.addWidget(QLabel(self.tr("Niemand stimmberechtigt: bitte die Anwesenheit "
                                          "der Mitglieder erfassen."), holder), 0, 0)
        grid.setRowStretch(len(state.voters) + 1, 1)
        grid.setColumnStretch(len(CHOICES) + 2, 1)
        self.grid_area.setWidget(holder)  # deletes the previous grid
        self._voter_ids = _voter_shape(state)
        self.keys = BallotKeys(
            [(pid, [buttons[c] for c in CHOICES]) for pid, buttons in self.buttons.items()],
            CHOICES, self.cast, self.remove, self.grid_area, holder)

    def set_state(self, state: VoteState) -> None:
        other_vote = self.state is None or self.state.vote.id != state.vote.id
        self.state = state
        vote = state.vote
        if _voter_shape(state) != self._voter_ids or not self.buttons:
            self._build_grid(state)
        chosen = {b["person_id"]: b["choice"] for b in vote.ballots}
        editable = self.editable
        for person_id, buttons in self.buttons.items():
            for choice, button in buttons.items():
                button.setChecked(chosen.get(person_id) == choice)
                button.setEnabled(editable)
            self.take_back[person_id].setEnabled(editable and person_id in chosen)
        counts = vote.counts or {}
        for (side, choice), spin in self.count_spins.items():
            spin.blockSignals(True)
            spin.setValue(int(counts.get(side, {}).get(choice, 0)))
            spin.blockSignals(False)
            spin.setEnabled(editable)
        self.discard_counts_button.setEnabled(editable and bool(vote.counts))
        # A vote holds ballots or counts: show the kind it has; empty ones keep the mode.
        if vote.counts:
            self.counts_mode.setChecked(True)
        elif vote.ballots or other_vote:
            self.ballots_mode.setChecked(True)
        self.ballots_mode.setEnabled(editable)
        self.counts_mode.setEnabled(editable)
        self._show_result(vote)

    def _show_result(self, vote: Vote) -> None:
        result = vote.result
        if not result:
            self.result_label.setText("–")
            self.side_label.setText("")
            return
        self.result_label.setText(yes_no_line(result))
        if vote.rule.get("parity"):
            self.side_label.setText("\n".join(side_line(side, result["by_side"][side])
                                                for side in SIDES))
        else:
            self.side_label.setText("")

    # --- entering --------------------------------------------------------------------

    def cast(self, person_id: str, choice: str) -> bool:
        return self._submit(lambda s: s.votes.cast_ballot(self.vote_id, person_id, choice=choice))

    def remove(self, person_id: str) -> bool:
        return self._submit(lambda s: s.votes.remove_ballot(self.vote_id, person_id))

    def store_counts(self, _value: int = 0) -> bool:
        counts: dict[str, Any] = {
            side: {choice: self.count_spins[side, choice].value() for choice in CHOICES}
            for side in SIDES}
        return self._submit(lambda s: s.votes.set_counts(self.vote_id, counts))

    def discard_counts(self) -> bool:
        return self._submit(lambda s: s.votes.set_counts(self.vote_id, None))


#: The two figures per option of anonymous totals, per method (interchange keys).
_COUNT_KEYS: Final[dict[str, tuple[str, str]]] = {
    "score": ("total", "raters"),
    "ranked": ("points", "first"),
}


class PointsEntry(_Entry):
    """Dots, consent, score and ranked polls: options × present voters, one spin box per
    cell, the stored ranking beside it. A cell holds the points (dots), the resistance
    (consent) or the score (score), "–" where the voter gave none; in a ranked poll it
    holds the place the voter gives the option (1 = first), "–" for unranked, and each
    change stores the voter's whole ranking. Score and ranked polls may instead take
    anonymous totals per option (a card count), stored with a button."""

    def __init__(self, hub: CatalogueHub, method: str, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.method = method
        self.spins: dict[tuple[str, str], QSpinBox] = {}  # (option_id, person_id)
        self.remaining: dict[str, QLabel] = {}  # person_id -> "noch 1 Punkt" (dots)
        self.count_spins: dict[tuple[str, str], QSpinBox] = {}  # (option_id, key)
        self._shape: tuple[Any, ...] = ()
        self._empty = 0

        self.grid_area = QScrollArea(self)
        self.grid_area.setWidgetResizable(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.ranking = RankingModel(self)
        self.ranking_view = _ranking_view(self.ranking, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.grid_area)
        self.ballots_mode = QRadioButton(self.tr("Einzelstimmen"), self)
        self.counts_mode = QRadioButton(self.tr("Summen (anonyme Auszählung)"), self)
        self.ballots_mode.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.ballots_mode)
        modes.addButton(self.counts_mode)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.ballots_mode)
        mode_row.addWidget(self.counts_mode)
        mode_row.addStretch(1)
        self.counts_area = QScrollArea(self.pages)
        self.counts_area.setWidgetResizable(True)
        self.pages.addWidget(self.counts_area)
        self.store_counts_button = QPushButton(self.tr("Summen speichern"), self)
        self.discard_counts_button = QPushButton(self.tr("Summen verwerfen"), self)
        self.discard_counts_button.setToolTip(self.tr(
            "Summen löschen, um stattdessen Einzelstimmen zu erfassen"))
        counts_buttons = QHBoxLayout()
        counts_buttons.addStretch(1)
        counts_buttons.addWidget(self.discard_counts_button)
        counts_buttons.addWidget(self.store_counts_button)
        self.counts_buttons = QWidget(self)
        self.counts_buttons.setLayout(counts_buttons)
        has_counts = method in _COUNT_KEYS
        for widget in (self.ballots_mode, self.counts_mode, self.counts_buttons):
            widget.setVisible(has_counts)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.ranking_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(mode_row)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.counts_buttons)
        self.counts_mode.toggled.connect(self._on_mode)
        self.store_counts_button.clicked.connect(self.store_counts)
        self.discard_counts_button.clicked.connect(self.discard_counts)

    def spin(self, option_id: str, person_id: str) -> QSpinBox:
        return self.spins[option_id, person_id]

    @property
    def unrated(self) -> int:
        """The value of a cell without a ballot, shown as "–" (dots: 0 points)."""
        return self._empty

    def _on_mode(self, counts: bool) -> None:
        self.pages.setCurrentIndex(1 if counts else 0)
        self.counts_buttons.setVisible(counts)

    def _cell_range(self, state: VoteState) -> tuple[int, int]:
        """(lowest, highest) value of a cell; in all but dots the lowest means "none"."""
        rule = state.vote.rule
        if self.method == "dots":
            return 0, int(rule.get("dots_per_person", 1))
        if self.method == "score":
            return int(rule["scale_min"]) - 1, int(rule["scale_max"])
        if self.method == "ranked":
            return 0, borda_places(rule, len(state.vote.options))
        return -1, int(rule.get("scale_max", 10))

    def _build_grid(self, state: VoteState) -> None:
        vote = state.vote
        holder = QWidget()
        grid = QGridLayout(holder)
        self.spins, self.remaining = {}, {}
        low, top = self._cell_range(state)
        self._empty = low
        for column, voter in enumerate(state.voters, start=1):
            label = _voter_label(voter.display, voter.side, holder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        for row, option in enumerate(vote.options, start=1):
            option_label = QLabel(option.label, holder)
            option_label.setWordWrap(True)
            grid.addWidget(option_label, row, 0)
            for column, voter in enumerate(state.voters, start=1):
                spin = QSpinBox(holder)
                spin.setRange(low, top)
                if self.method != "dots":
                    spin.setSpecialValueText("–")
                spin.setKeyboardTracking(False)
                spin.setMinimumHeight(_ENTRY_HEIGHT - 8)
                _big(spin, 1.3)
                spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
                spin.setAccessibleName(f"{option.label} – {voter.display}")
                if self.method == "ranked":
                    spin.setToolTip(self.tr("Platz in der Rangfolge (1 = erster Platz), "
                                            "– = nicht gereiht"))
                spin.valueChanged.connect(
                    lambda value, o=option.id, p=voter.person_id: self.store(o, p, value))
                self.spins[option.id, voter.person_id] = spin
                grid.addWidget(spin, row, column)
        if self.method == "dots":
            row = len(vote.options) + 1
            grid.addWidget(QLabel(self.tr("übrig"), holder), row, 0)
            for column, voter in enumerate(state.voters, start=1):
                label = QLabel(holder)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.remaining[voter.person_id] = label
                grid.addWidget(label, row, column)
        if not state.voters:
            grid.addWidget(QLabel(self.tr("Niemand stimmberechtigt: bitte die Anwesenheit "
                                          "der Mitglieder erfassen."), holder), 0, 0)
        grid.setRowStretch(len(vote.options) + 2, 1)
        grid.setColumnStretch(len(state.voters) + 1, 1)
        self.grid_area.setWidget(holder)
        if self.method in _COUNT_KEYS:
            self._build_counts(state)

    def _build_counts(self, state: VoteState) -> None:
        holder = QWidget()
        grid = QGridLayout(holder)
        self.count_spins = {}
        keys = _COUNT_KEYS[self.method]
        heads = {"total": self.tr("Summe der Bewertungen"), "raters": self.tr("Bewertungen"),
                 "points": self.tr("Punkte"), "first": self.tr("Platz 1")}
        for column, key in enumerate(keys, start=1):
            label = QLabel(heads[key], holder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
        for row, option in enumerate(state.vote.options, start=1):
            option_label = QLabel(option.label, holder)
            option_label.setWordWrap(True)
            grid.addWidget(option_label, row, 0)
            for column, key in enumerate(keys, start=1):
                spin = QSpinBox(holder)
                spin.setRange(-9999 if key == "total" else 0, 9999)
                spin.setMinimumHeight(_ENTRY_HEIGHT - 8)
                _big(spin, 1.3)
                spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
                spin.setAccessibleName(f"{option.label} – {heads[key]}")
                self.count_spins[option.id, key] = spin
                grid.addWidget(spin, row, column)
        grid.setRowStretch(len(state.vote.options) + 1, 1)
        grid.setColumnStretch(len(keys) + 1, 1)
        self.counts_area.setWidget(holder)

    def _stored_cells(self, vote: Vote) -> dict[tuple[str, str], int]:
        """(option_id, person_id) -> the value a cell shows for the stored ballots."""
        if self.method == "ranked":
            return {(option_id, b["person_id"]): place
                    for b in vote.ballots
                    for place, option_id in enumerate(b["ranking"], start=1)}
        key = {"dots": "points", "consent": "resistance", "score": "score"}[self.method]
        return {(b["option_id"], b["person_id"]): b[key] for b in vote.ballots}

    def set_state(self, state: VoteState) -> None:
        other_vote = self.state is None or self.state.vote.id != state.vote.id
        self.state = state
        vote = state.vote
        shape = (_voter_shape(state), tuple((o.id, o.label) for o in vote.options),
                 tuple(sorted(vote.rule.items())))
        if shape != self._shape:
            self._build_grid(state)
            self._shape = shape
        stored = self._stored_cells(vote)
        editable = self.editable and not vote.counts
        for cell, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(int(stored.get(cell, self._empty)))
            spin.blockSignals(False)
            spin.setEnabled(editable)
        if self.method == "dots":
            for person_id, label in self.remaining.items():
                left = dots_left(vote.rule, vote.ballots, person_id)
                label.setText("noch " + points_text(left))
        if self.method in _COUNT_KEYS:
            self._show_counts(vote, other_vote)
        # The rule is in the panel's header; say only why the grid may be locked.
        self.note.setText(self.tr("Summen erfasst (keine Einzelstimmen).") if vote.counts
                          else "")
        self.note.setVisible(bool(vote.counts))
        self.ranking.set_vote(vote)

    def _show_counts(self, vote: Vote, other_vote: bool) -> None:
        counts = vote.counts or {}
        editable = self.editable and not vote.ballots
        for (option_id, key), spin in self.count_spins.items():
            spin.setValue(int(counts.get(option_id, {}).get(key, 0)))
            spin.setEnabled(editable)
        self.store_counts_button.setEnabled(editable)
        self.discard_counts_button.setEnabled(self.editable and bool(vote.counts))
        # A vote holds ballots or counts: show the kind it has; empty ones keep the mode.
        if vote.counts:
            self.counts_mode.setChecked(True)
        elif vote.ballots or other_vote:
            self.ballots_mode.setChecked(True)
        self._on_mode(self.counts_mode.isChecked())
        self.ballots_mode.setEnabled(self.editable)
        self.counts_mode.setEnabled(self.editable)

    def store(self, option_id: str, person_id: str, value: int) -> bool:
        if self.method == "dots":  # 0 points takes the person's dots off this option
            return self._submit(lambda s: s.votes.cast_ballot(
                self.vote_id, person_id, option_id=option_id, points=value))
        if self.method == "ranked":
            return self._store_ranking(option_id, person_id)
        if value == self._empty:
            return self._submit(lambda s: s.votes.remove_ballot(self.vote_id, person_id, option_id))
        if self.method == "score":
            return self._submit(lambda s: s.votes.cast_ballot(
                self.vote_id, person_id, option_id=option_id, score=value))
        return self._submit(lambda s: s.votes.cast_ballot(
            self.vote_id, person_id, option_id=option_id, resistance=value))

    def ranking_of(self, person_id: str, changed: str | None = None) -> list[str]:
        """A voter's column as a ranking: options by the place typed, the option just
        changed before another with the same place (typing 1 puts it first and moves
        the former first down); gaps close when the stored ranking is shown again."""
        assert self.state is not None
        order = [o.id for o in self.state.vote.options]
        places = {o: self.spins[o, person_id].value() for o in order}
        ranked = [o for o in order if places[o] > 0]
        return sorted(ranked, key=lambda o: (places[o], o != changed, order.index(o)))

    def _store_ranking(self, option_id: str, person_id: str) -> bool:
        ranking = self.ranking_of(person_id, option_id)
        if not ranking:
            return self._submit(lambda s: s.votes.remove_ballot(self.vote_id, person_id))
        return self._submit(lambda s: s.votes.cast_ballot(self.vote_id, person_id,
                                                          ranking=ranking))

    def store_counts(self) -> bool:
        """Store the typed totals; the model checks that ballots could have made them."""
        counts: dict[str, dict[str, int]] = {option_id: {} for option_id, _ in self.count_spins}
        for (option_id, key), spin in self.count_spins.items():
            counts[option_id][key] = spin.value()
        return self._submit(lambda s: s.votes.set_counts(self.vote_id, counts))

    def discard_counts(self) -> bool:
        return self._submit(lambda s: s.votes.set_counts(self.vote_id, None))


# --- the panel ---------------------------------------------------------------------------


class VotePanel(QWidget):
    """The votes of one session: the list, a new vote, entry, closing, annotation.

    Embedded as a tab of the live session window. It refreshes itself from the hub's
    change broadcast, so ballots entered anywhere (another panel, the command line
    through the same hub) show up here.
    """

    #: The facilitator wants the room to see this vote (connect to the projector).
    sig_show_vote = Signal(str)

    def __init__(self, hub: CatalogueHub, session_id: str, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._session_id = session_id
        self._clock = clock
        self._vote_id: str | None = None

        self.model = VoteListModel(hub, session_id, self)
        self.list_view = QTableView(self)
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.list_view.setAccessibleName(self.tr("Abstimmungen der Sitzung"))

        self.new_button = QPushButton(self.tr("Neue Abstimmung …"), self)
        self.new_round_button = QPushButton(self.tr("Neue Runde"), self)
        self.new_round_button.setToolTip(self.tr(
            "Eine neue Abstimmung mit derselben Frage, Regel und denselben Optionen"))
        self.project_button = QPushButton(self.tr("Auf dem Beamer zeigen"), self)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.new_round_button)
        list_buttons.addStretch(1)
        list_buttons.addWidget(self.project_button)
        list_box = QWidget(self)
        box = QVBoxLayout(list_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list_view)
        box.addLayout(list_buttons)

        # entry page
        self.question_label = QLabel(self)
        _big(self.question_label, 1.3, bold=True)
        self.question_label.setWordWrap(True)
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.entries = QStackedWidget(self)
        self.empty_page = QLabel(self.tr("Keine Abstimmung gewählt. „Neue Abstimmung …“ "
                                         "legt eine an."), self.entries)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes_no = YesNoEntry(hub, self.entries)
        self.dots = PointsEntry(hub, "dots", self.entries)
        self.consent = PointsEntry(hub, "consent", self.entries)
        self.score = PointsEntry(hub, "score", self.entries)
        self.ranked = PointsEntry(hub, "ranked", self.entries)
        for page in (self.empty_page, self.yes_no, self.dots, self.consent, self.score,
                     self.ranked):
            self.entries.addWidget(page)
        self.close_button = QPushButton(self.tr("Abstimmung schließen"), self)
        self.close_button.setMinimumHeight(_ENTRY_HEIGHT)
        self._stored_note = ""
        self.note_edit = NotesEdit(self)
        self.note_edit.setPlaceholderText(self.tr(
            "Anmerkung zur Abstimmung (nur Protokoll, nicht auf dem Beamer)"))
        self.note_edit.setMaximumHeight(60)  # the ballot grid needs the height
        self.note_edit.setAccessibleName(self.tr("Anmerkung"))
        self.save_note_button = QPushButton(self.tr("Anmerkung speichern"), self)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_side = QVBoxLayout()
        note_side.addWidget(self.save_note_button)
        note_side.addStretch(1)
        note_row.addLayout(note_side)
        entry_page = QWidget(self)
        entry = QVBoxLayout(entry_page)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.question_label)
        entry.addWidget(self.info_label)
        entry.addWidget(self.entries, 1)
        line = QFrame(entry_page)
        line.setFrameShape(QFrame.Shape.HLine)
        entry.addWidget(line)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        close_row.addWidget(self.close_button)
        entry.addLayout(close_row)
        entry.addWidget(QLabel(self.tr("Anmerkung"), entry_page))
        entry.addLayout(note_row)

        self.form = NewVoteForm(hub, session_id, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(entry_page)
        self.pages.addWidget(self.form)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(list_box)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([90, 900])  # the list of votes stays short; entry takes the rest
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list_view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.list_view.clicked.connect(lambda _index: self.pages.setCurrentIndex(0))
        self.new_button.clicked.connect(self.show_new_vote_form)
        self.new_round_button.clicked.connect(self.new_round)
        self.project_button.clicked.connect(self._project)
        self.close_button.clicked.connect(self.close_vote)
        self.save_note_button.clicked.connect(self._on_save_note_clicked)
        self.note_edit.sig_commit_requested.connect(self.save_note)
        self.form.sig_opened.connect(self._on_opened)
        self.form.sig_cancelled.connect(lambda: self.pages.setCurrentIndex(0))
        hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)

        if self.model.rowCount():  # the latest vote is the one the room is on
            self.select_vote(self.model.vote(self.model.rowCount() - 1).id)
        else:
            self._show_vote(None)

    # --- selection -------------------------------------------------------------------

    @property
    def vote_id(self) -> str | None:
        """The vote shown for entry, if any."""
        return self._vote_id

    def current_entry(self) -> _Entry | None:
        page = self.entries.currentWidget()
        return page if isinstance(page, _Entry) else None

    def select_vote(self, vote_id: str) -> None:
        row = self.model.row_of(vote_id)
        if row < 0:
            return
        self.list_view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        if self._vote_id != vote_id:  # the row was already current
            self._show_vote(vote_id)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_vote(current.data(VoteIdRole) if current.isValid() else None)

    def _show_vote(self, vote_id: str | None) -> None:
        changed = vote_id != self._vote_id
        if changed:
            self._save_pending_note()
        self._vote_id = vote_id
        if vote_id is None:
            self.entries.setCurrentWidget(self.empty_page)
            self.question_label.setText("")
            self.info_label.setText("")
            self.note_edit.set_stored_text("")
            self._stored_note = ""
            self._update_buttons(None)
            return
        self._stored_note = self._hub.service.votes.vote_note(vote_id)
        # Keeps what is being typed; after a switch the typed note was committed above.
        self.note_edit.set_stored_text(self._stored_note)
        self._refresh_vote()

    def _refresh_vote(self) -> None:
        if self._vote_id is None:
            return
        state = self._hub.service.votes.get_vote(self._vote_id)
        vote = state.vote
        entry = {"yes_no": self.yes_no, "dots": self.dots, "consent": self.consent,
                 "score": self.score, "ranked": self.ranked}[vote.method]
        entry.set_state(state)
        self.entries.setCurrentWidget(entry)
        self.question_label.setText(vote.question)
        status = labels.label(enums.VOTE_STATUS, vote.status)
        self.info_label.setText(
            f"{labels.label(enums.VOTE_METHOD, vote.method)} · {status} · "
            f"{rule_line(vote.method, vote.rule)} · "
            + self.tr("%1 stimmberechtigt").replace("%1", str(len(state.voters))))
        self._update_buttons(vote)

    def _update_buttons(self, vote: Vote | None) -> None:
        self.close_button.setEnabled(vote is not None and vote.status == "open")
        self.new_round_button.setEnabled(vote is not None and vote.status == "closed")
        self.project_button.setEnabled(vote is not None)
        self.note_edit.setEnabled(vote is not None)
        self.save_note_button.setEnabled(vote is not None)

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        """Votes, attendance (who may vote), people and groups change what is shown."""
        if not (changes.touched("vote") or self._session_id in changes.touched("session")
                or changes.touched("person") or changes.touched("group")):
            return
        self.model.refresh()
        if self._vote_id is not None and self.model.row_of(self._vote_id) < 0:
            self._show_vote(None)
            return
        if self._vote_id is not None:
            # a reset (a new vote elsewhere) lost the selection: put it back
            if not self.list_view.selectionModel().currentIndex().isValid():
                self.select_vote(self._vote_id)
            self._refresh_vote()

    # --- actions ---------------------------------------------------------------------

    def show_new_vote_form(self) -> None:
        """The form, prefilled from the current agenda item and the group's defaults."""
        state = self._hub.service.meetings.live_state(self._session_id, self._clock.now())
        self.form.prefill(state.current_item)
        self.pages.setCurrentWidget(self.form)
        self.form.question.setFocus()

    def _on_opened(self, vote_id: str) -> None:
        self.model.refresh()
        self.select_vote(vote_id)
        self.pages.setCurrentIndex(0)

    def new_round(self) -> str | None:
        """A new vote with the same question, rule, subject and options as the selected
        one (a closed vote is never reopened: a new round is a new vote)."""
        if self._vote_id is None:
            return None
        vote = self._hub.service.votes.get_vote(self._vote_id).vote
        subjects: list[tuple[str, str] | None] = [
            (o.subject_type, o.subject_id) if o.subject_type and o.subject_id else None
            for o in vote.options]
        state = self._hub.run_without_undo(lambda s: s.votes.open_vote(
            self._session_id, vote.question, vote.method, vote.rule,
            [o.label for o in vote.options], subject_type=vote.subject_type,
            subject_id=vote.subject_id, option_subjects=subjects))
        if state is None:
            return None
        self.model.refresh()
        self.select_vote(state.vote.id)
        return state.vote.id

    def close_vote(self) -> bool:
        """Freeze the selected vote after asking: no ballot can change afterwards."""
        vote_id = self._vote_id
        if vote_id is None:
            return False
        if not dialogs.ask(self, self.tr("Abstimmung schließen"), self.tr(
                "Abstimmung schließen? Danach können Stimmen und Ergebnis nicht mehr "
                "geändert werden; eine Anmerkung bleibt möglich.")):
            return False
        return self._hub.run_without_undo(lambda s: s.votes.close_vote(vote_id)) is not None

    def save_note(self) -> bool:
        """Store the annotation (also after closing: it changes no figure)."""
        vote_id = self._vote_id
        if vote_id is None:
            return False
        note = self.note_edit.toPlainText()
        if note == self._stored_note:
            return True
        if self._hub.run_without_undo(lambda s: s.votes.annotate_vote(vote_id, note)) is None:
            return False
        self._stored_note = note
        return True

    def _on_save_note_clicked(self) -> None:
        self.note_edit.commit()
        self.save_note()

    def _save_pending_note(self) -> None:
        """Switching votes must not lose a typed annotation."""
        if self._vote_id is not None and self.note_edit.dirty:
            self.note_edit.commit()

    def _project(self) -> None:
        if self._vote_id is not None:
            self.sig_show_vote.emit(self._vote_id)

