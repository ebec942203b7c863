"""What happened to a record, and what reviewers said about it.

``RecordSidePanel`` sits beside the editor: tab "Verlauf" lists the record's change
history (who changed which field, from what to what), tab "Kommentare" its review
comments (from returned Word drafts or typed in here), each of which can be marked
"erledigt". ``OpenCommentsView`` lists every comment still open across the catalogue,
so nothing a reviewer wrote gets lost before the next draft goes out.

Both follow ``hub.sig_catalogue_changed``: they re-read only when a change names the
shown record or a review comment.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import enums, queries
from lip_desktop.model.changes import Changes
from lip_desktop.model.errors import LipError
from lip_desktop.model.records import SPECS, ReviewComment, record_name
from lip_desktop.model.values import HistoryEntry
from lip_desktop.ui import labels
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.roles import RecordIdRole, RecordTypeRole
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex


HIST_WHEN, HIST_WHO, HIST_FIELD, HIST_CHANGE = 0, 1, 2, 3
COMMENT_DONE, COMMENT_AUTHOR, COMMENT_DATE, COMMENT_SOURCE, COMMENT_TEXT = 0, 1, 2, 3, 4
OPEN_SUBJECT, OPEN_AUTHOR, OPEN_DATE, OPEN_SOURCE, OPEN_TEXT = 0, 1, 2, 3, 4

#: Record types a review comment can be about (the others have no "Kommentare" tab).
COMMENT_SUBJECTS: Final = frozenset(enums.SUBJECT_TYPE)

_SHORT: Final = 60  # characters of a value shown in the table; the tooltip has more
_LONG: Final = 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def german_time(value: str | None) -> str:
    """``2026-11-25T14:03:27`` -> ``25.11.2026 14:03``; unreadable values as they are."""
    if not value:
        return "–"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return moment.strftime("%d.%m.%Y %H:%M")


def _enum_labels(record_type: str, key: str) -> Mapping[Any, str] | None:
    """The German labels of an enumerated field, where the stored value is a key."""
    if key == "status":
        return {"session": enums.SESSION_STATUS, "compromise": enums.COMPROMISE_STATUS,
                "vote": enums.VOTE_STATUS}.get(record_type, enums.STATUS)
    by_key: dict[str, Mapping[Any, str]] = {
        "kind": enums.KIND, "origin": enums.ORIGIN, "priority": enums.PRIORITY,
        "steering_decision": enums.STEERING_DECISION, "side": enums.SIDE,
        "role": enums.ROLE, "source": enums.COMMENT_SOURCE, "method": enums.VOTE_METHOD,
        "subject_type": enums.SUBJECT_TYPE,
    }
    return by_key.get(key)


def readable(value: Any, record_type: str = "", key: str = "", limit: int = _SHORT) -> str:
    """A history value as short German text: labels for keys, "ja"/"nein", lists joined,
    long text cut with "…"."""
    if value is None or value in ("", []):
        return "–"
    if isinstance(value, bool):
        return _tr("ja") if value else _tr("nein")
    mapping = _enum_labels(record_type, key)
    if mapping is not None and not isinstance(value, list | dict) and value in mapping:
        return labels.label(mapping, value)
    if isinstance(value, float):
        text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        text = text.removesuffix(",00")
    elif isinstance(value, list):
        text = ", ".join(readable(v, record_type, key, limit) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def subject_label(record_type: str, values: Mapping[str, Any]) -> str:
    """``Maßnahme BIL-M1.1 Elternlotsen …`` or ``Ziel Übergänge gestalten``."""
    spec = SPECS.get(record_type)
    kind = spec.label if spec else record_type
    code = values.get("code")
    title = next((values[k] for k in ("title", "name", "term", "question", "text")
                  if isinstance(values.get(k), str) and values[k].strip()), "")
    title = title if len(title) <= 50 else title[:49] + "…"
    return " ".join(p for p in (kind, code or "", title) if p)


# --- history ---------------------------------------------------------------------------


class HistoryModel(ListTableModel[HistoryEntry]):
    """The change history of one record, newest first (Wann, Wer, Feld, Änderung)."""

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._record: tuple[str, str] | None = None
        self._names: dict[str, str] = {}  # person names for membership entries

    def set_record(self, record_type: str | None, record_id: str | None = None) -> None:
        """Show the history of a record (None: nothing); also used to re-read it."""
        self.beginResetModel()
        if record_type is None or record_id is None:
            self._record, self.rows = None, []
        else:
            self._record = (record_type, record_id)
            self.rows = self._hub.service.history.entries(record_type, record_id)
            self._names = self._person_names(self.rows)
        self.endResetModel()

    def entry(self, row: int) -> HistoryEntry:
        return self.rows[row]

    def _person_names(self, entries: Iterable[HistoryEntry]) -> dict[str, str]:
        ids = {e.field.partition(":")[2] for e in entries
               if e.field and e.field.startswith("member:")}
        if not ids:
            return {}
        return queries.person_names(self._hub.catalogue, ids)

    def field_label(self, e: HistoryEntry) -> str:
        if e.action == "create":
            return self.tr("angelegt")
        if e.action == "delete":
            return self.tr("gelöscht")
        key = e.field or ""
        kind, _, rest = key.partition(":")
        if kind == "member" and rest:
            return self.tr("Mitglied %1").replace(
                "%1", self._names.get(rest, self.tr("(gelöschte Person)")))
        if kind == "vote_defaults" and rest:
            return self.tr("Abstimmungsregel (%1)").replace(
                "%1", labels.label(enums.VOTE_METHOD, rest))
        spec = SPECS.get(e.record_type)
        if spec is not None and key in spec.fields:
            return spec.fields[key].label
        return key

    def change_text(self, e: HistoryEntry, limit: int = _SHORT) -> str:
        if e.action in ("create", "delete"):
            values = e.new if e.action == "create" else e.old
            spec = SPECS.get(e.record_type)
            if isinstance(values, dict) and spec is not None:
                return readable(record_name(spec, values), limit=limit)
            return ""
        key = e.field or ""
        if key.startswith("member:"):
            key = "role"
        elif key.startswith("vote_defaults:"):
            return self.tr("geändert")
        old = readable(e.old, e.record_type, key, limit)
        new = readable(e.new, e.record_type, key, limit)
        return f"{old} → {new}"

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Wann"), self.tr("Wer"), self.tr("Feld"), self.tr("alt → neu"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == HIST_WHEN:
                return german_time(e.at)
            if column == HIST_WHO:
                return e.actor
            return self.field_label(e) if column == HIST_FIELD else self.change_text(e)
        if role == Qt.ItemDataRole.ToolTipRole and column == HIST_CHANGE:
            return self.change_text(e, _LONG)
        return None


# --- comments of one record ------------------------------------------------------------


def read_comments(hub: CatalogueHub, subject_type: str | None = None,
                  subject_id: str | None = None, *, open_only: bool = False
                  ) -> list[ReviewComment]:
    """Review comments, oldest first; of one record, or (``open_only``) the open ones."""
    return queries.review_comments(hub.catalogue, subject_type, subject_id,
                                   open_only=open_only)


class CommentModel(ListTableModel[ReviewComment]):
    """The review comments of one record (erledigt, Autor*in, Datum, Quelle, Kommentar);
    the checkbox marks a comment as dealt with (stored at once)."""

    WATCHES = ("review_comment",)
    CHECKABLE = frozenset({COMMENT_DONE})

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self._subject: tuple[str, str] | None = None

    def comment(self, row: int) -> ReviewComment:
        return self.rows[row]

    def set_subject(self, subject_type: str | None, subject_id: str | None = None) -> None:
        if subject_type in COMMENT_SUBJECTS and subject_id is not None:
            self._subject = (subject_type, subject_id)
        else:
            self._subject = None
        self.reset_rows(self.fetch())

    def fetch(self) -> list[ReviewComment]:
        return [] if self._subject is None else read_comments(self._hub, *self._subject)

    def follows(self, changes: Changes) -> bool:
        return self._subject is not None and super().follows(changes)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("erledigt"), self.tr("Autor*in"), self.tr("Datum"),
                self.tr("Quelle"), self.tr("Kommentar"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COMMENT_DONE:
            return Qt.CheckState.Checked if c.resolved else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COMMENT_DONE:
                return None if role == Qt.ItemDataRole.DisplayRole else (
                    self.tr("erledigt") if c.resolved else self.tr("offen"))
            if column == COMMENT_AUTHOR:
                return c.author
            if column == COMMENT_DATE:
                return german_time(c.created_at)
            if column == COMMENT_SOURCE:
                return labels.label(enums.COMMENT_SOURCE, c.source)
            return readable(c.text, limit=200)
        if role == Qt.ItemDataRole.ToolTipRole and column == COMMENT_TEXT:
            return c.text
        if role == RecordIdRole:
            return c.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != COMMENT_DONE \
                or role != Qt.ItemDataRole.CheckStateRole:
            return False
        c = self.rows[index.row()]
        resolved = Qt.CheckState(value) == Qt.CheckState.Checked \
            if isinstance(value, int | Qt.CheckState) else bool(value)
        if resolved == c.resolved:
            return True
        done = self._hub.run_without_undo(lambda s: s.review.set_comment_resolved(c.id, resolved))
        return done is not None


# --- all open comments -----------------------------------------------------------------


def _subject_names(hub: CatalogueHub, comments: Iterable[ReviewComment]
                   ) -> dict[tuple[str, str], str]:
    """``(type, id) -> "Maßnahme BIL-M1.1 …"`` with one query per subject type."""
    wanted: dict[str, set[str]] = {}
    for c in comments:
        wanted.setdefault(c.subject_type, set()).add(c.subject_id)
    return {key: subject_label(key[0], values)
            for key, values in queries.subject_values(hub.catalogue, wanted).items()}


class OpenCommentsModel(ListTableModel[ReviewComment]):
    """All unresolved review comments (Bezug, Autor*in, Datum, Quelle, Kommentar),
    optionally only those of one source (``set_source``)."""

    #: Comments, and the records they are about (their titles show in "Bezug").
    WATCHES = ("review_comment", *COMMENT_SUBJECTS)

    def __init__(self, hub: CatalogueHub, parent: QObject | None = None) -> None:
        super().__init__(parent, hub=hub)
        self._hub = hub
        self._source: str | None = None
        self._names: dict[tuple[str, str], str] = {}
        self.rows = self.fetch()

    def comment(self, row: int) -> ReviewComment:
        return self.rows[row]

    def row_signature(self, row: ReviewComment) -> object:
        return row, self._names.get((row.subject_type, row.subject_id))

    @property
    def source(self) -> str | None:
        return self._source

    def set_source(self, source: str | None) -> None:
        """Only comments from ``word_review`` or ``manual``; None shows all."""
        self._source = source
        self.reset_rows(self.fetch())

    def fetch(self) -> list[ReviewComment]:
        comments = [c for c in read_comments(self._hub, open_only=True)
                    if self._source is None or c.source == self._source]
        self._names = _subject_names(self._hub, comments)
        return comments

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Bezug"), self.tr("Autor*in"), self.tr("Datum"),
                self.tr("Quelle"), self.tr("Kommentar"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == OPEN_SUBJECT:
                return self._names.get((c.subject_type, c.subject_id),
                                       self.tr("(gelöschter Eintrag)"))
            if column == OPEN_AUTHOR:
                return c.author
            if column == OPEN_DATE:
                return german_time(c.created_at)
            if column == OPEN_SOURCE:
                return labels.label(enums.COMMENT_SOURCE, c.source)
            return readable(c.text, limit=200)
        if role == Qt.ItemDataRole.ToolTipRole and column == OPEN_TEXT:
            return c.text
        if role == RecordTypeRole:
            return c.subject_type
        if role == RecordIdRole:
            return c.subject_id
        return None


# --- widgets ---------------------------------------------------------------------------


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)
    return view


class RecordSidePanel(QWidget):
    """History and comments of the record shown in the editor.

    Embed it beside the editor and call ``show_record(record_type, record_id)`` whenever
    the current record changes (e.g. from ``hub.sig_record_selected``); ``clear()`` shows
    nothing. Comments can be added to goals, measures, compromises and strategy
    sections (the subjects a review comment can refer to).
    """

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setObjectName("recordSidePanel")
        self.history_model = HistoryModel(hub, self)
        self.comment_model = CommentModel(hub, self)
        self._record: tuple[str, str] | None = None
        self._build()
        self._connect()
        self.clear()

    @property
    def record(self) -> tuple[str, str] | None:
        """(record type, id) shown, or None."""
        return self._record

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("sidePanelTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(self.tr("Gewählter Eintrag"))

        self.history_table = _table(self.tr("Änderungsverlauf"))
        self.history_table.setModel(self.history_model)
        history_page = QWidget()
        QVBoxLayout(history_page).addWidget(self.history_table)

        self.comment_table = _table(self.tr("Kommentare"))
        self.comment_table.setModel(self.comment_model)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Neuer Kommentar"))
        self.comment_edit.setPlaceholderText(self.tr("Kommentar …"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(90)
        self.add_comment_button = QPushButton(self.tr("Kommentar hinzufügen"))
        self.add_comment_button.setAccessibleName(self.tr("Kommentar hinzufügen"))
        comments_page = QWidget()
        comments_layout = QVBoxLayout(comments_page)
        comments_layout.addWidget(self.comment_table)
        comments_layout.addWidget(self.comment_edit)
        comments_layout.addWidget(self.add_comment_button, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Verlauf und Kommentare"))
        self.tabs.addTab(history_page, self.tr("&Verlauf"))
        self.tabs.addTab(comments_page, self.tr("&Kommentare"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs)
        QWidget.setTabOrder(self.tabs, self.history_table)
        QWidget.setTabOrder(self.history_table, self.comment_table)
        QWidget.setTabOrder(self.comment_table, self.comment_edit)
        QWidget.setTabOrder(self.comment_edit, self.add_comment_button)

    def _connect(self) -> None:
        self.hub.sig_catalogue_changed.connect(self.on_hub_catalogue_changed)
        self.add_comment_button.clicked.connect(self.on_add_comment_button_clicked)
        self.comment_edit.textChanged.connect(self._update_buttons)

    def clear(self) -> None:
        self._record = None
        self.history_model.set_record(None)
        self.comment_model.set_subject(None)
        self.title_label.setText(self.tr("Kein Eintrag gewählt"))
        self.tabs.setTabEnabled(1, False)
        self._update_buttons()

    def show_record(self, record_type: str, record_id: str | None) -> None:
        """Show a record's history and comments; ``record_id`` None clears the panel."""
        if record_id is None:
            self.clear()
            return
        self._record = (record_type, record_id)
        self._update_title()
        self.history_model.set_record(record_type, record_id)
        self.comment_model.set_subject(record_type, record_id)
        commentable = record_type in COMMENT_SUBJECTS
        self.tabs.setTabEnabled(1, commentable)
        self.tabs.setTabToolTip(1, "" if commentable else self.tr(
            "Kommentare gibt es zu Zielen, Maßnahmen, Kompromissen und Strategieteilen."))
        self._update_buttons()

    def _update_title(self) -> None:
        assert self._record is not None
        rt, rid = self._record
        try:
            record = self.hub.record(rt, rid)
        except LipError:
            self.title_label.setText(self.tr("Eintrag gelöscht"))
            return
        values = {k: getattr(record, k, None) for k in ("code", "title", "name", "term",
                                                        "question", "text")}
        self.title_label.setText(subject_label(rt, values))

    def on_hub_catalogue_changed(self, changes: Changes) -> None:
        if self._record is None:
            return
        rt, rid = self._record
        if rid in changes.touched(rt):
            self._update_title()
            self.history_model.set_record(rt, rid)

    def on_add_comment_button_clicked(self) -> None:
        text = self.comment_edit.toPlainText().strip()
        if self._record is None or not text:
            return
        rt, rid = self._record
        author = Settings().user_name
        added = self.hub.run_without_undo(lambda s: s.review.add_review_comment(rt, rid, text,
                                                                                author=author))
        if added is not None:
            self.comment_edit.clear()
            row = self.comment_model.row_of(added.id)
            if row >= 0:
                self.comment_table.selectRow(row)

    def _update_buttons(self) -> None:
        self.add_comment_button.setEnabled(
            self._record is not None and self._record[0] in COMMENT_SUBJECTS
            and bool(self.comment_edit.toPlainText().strip()))


class OpenCommentsView(QWidget):
    """Every review comment not yet dealt with, across the catalogue.

    Embed it as a workspace page: ``OpenCommentsView(hub)``. Double-click (or Enter)
    on a comment selects its record (``hub.select``); "Als erledigt markieren" resolves
    the selected comment, which then leaves the list.
    """

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setObjectName("openCommentsView")
        self.model = OpenCommentsModel(hub, self)
        self._build()
        self._connect()
        self._update()

    def _build(self) -> None:
        self.source_combo = QComboBox()
        self.source_combo.setAccessibleName(self.tr("Quelle der Kommentare"))
        self.source_combo.addItem(self.tr("alle Quellen"), None)
        for key, label in labels.items(enums.COMMENT_SOURCE):
            self.source_combo.addItem(label, key)
        source_label = QLabel(self.tr("&Quelle:"))
        source_label.setBuddy(self.source_combo)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Anzahl offener Kommentare"))
        self.table = _table(self.tr("Offene Kommentare"))
        self.table.setModel(self.model)
        self.open_button = QPushButton(self.tr("Eintrag öffnen"))
        self.open_button.setAccessibleName(self.tr("Eintrag des Kommentars öffnen"))
        self.resolve_button = QPushButton(self.tr("Als erledigt markieren"))
        self.resolve_button.setAccessibleName(
            self.tr("Ausgewählten Kommentar als erledigt markieren"))

        top = QHBoxLayout()
        top.addWidget(source_label)
        top.addWidget(self.source_combo)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.resolve_button)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.source_combo, self.table)
        QWidget.setTabOrder(self.table, self.open_button)
        QWidget.setTabOrder(self.open_button, self.resolve_button)

    def _connect(self) -> None:
        self.source_combo.currentIndexChanged.connect(self.on_source_combo_changed)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.resolve_button.clicked.connect(self.on_resolve_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.model.modelReset.connect(self._update)
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.model.dataChanged.connect(self._update)

    def selected_comment(self) -> ReviewComment | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.comment(rows[0].row()) if rows else None

    def on_source_combo_changed(self, _index: int) -> None:
        self.model.set_source(self.source_combo.currentData())

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        c = self.model.comment(index.row())
        self.hub.select(c.subject_type, c.subject_id)

    def on_open_button_clicked(self) -> None:
        c = self.selected_comment()
        if c is not None:
            self.hub.select(c.subject_type, c.subject_id)

    def on_resolve_button_clicked(self) -> None:
        c = self.selected_comment()
        if c is not None:
            self.hub.run_without_undo(lambda s: s.review.set_comment_resolved(c.id, True))

    def _update(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 offener Kommentar") if n == 1 else
                                 self.tr("%1 offene Kommentare").replace("%1", str(n)))
        selected = self.selected_comment() is not None
        self.open_button.setEnabled(selected)
        self.resolve_button.setEnabled(selected)
