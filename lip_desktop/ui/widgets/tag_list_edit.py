"""A list of short texts (partners, target groups) edited one entry at a time.

Partners and target groups repeat across measures ("Migrant*innenselbstorganisationen"),
and the Word draft and the measure list group by them, so spelling them the same way
matters more than typing speed: the line edit completes from the entries already used in
the catalogue. Every add and every removal is a finished edit on its own (committed at
once, undoable), so there is no separate "apply" step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TagListEdit(QWidget):
    """Entries as a wrapping list of chips; Enter in the line edit adds, Entf removes."""

    #: An entry was added or removed by the user.
    sig_value_committed = Signal()

    def __init__(self, parent: QWidget | None = None, *,
                 suggestions: Callable[[], Iterable[str]] | None = None) -> None:
        super().__init__(parent)
        self._suggestions = suggestions

        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("Eintrag eingeben und mit Enter hinzufügen"))
        self._completion_model = QStringListModel(self)
        completer = QCompleter(self._completion_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line_edit.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Hinzufügen"))

        self.list = QListWidget()
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.setEnabled(False)

        entry = QHBoxLayout()
        entry.addWidget(self.line_edit, 1)
        entry.addWidget(self.add_button)
        chips = QHBoxLayout()
        chips.addWidget(self.list, 1)
        chips.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chips)
        layout.addLayout(entry)

        self.line_edit.returnPressed.connect(self.on_line_edit_return_pressed)
        self.add_button.clicked.connect(self.on_line_edit_return_pressed)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.list.itemSelectionChanged.connect(self.on_list_item_selection_changed)
        self.line_edit.installEventFilter(self)
        self.list.installEventFilter(self)

    # --- value -------------------------------------------------------------------------

    def value(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def setValue(self, value: Iterable[str] | None) -> None:
        self.list.clear()
        for text in value or ():
            self._append(text)

    def input_error(self) -> str | None:
        return None

    def focus_widgets(self) -> list[QWidget]:
        return [self.list, self.remove_button, self.line_edit, self.add_button]

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)
        self.line_edit.setAccessibleName(self.tr("%1: neuer Eintrag").replace("%1", name))
        self.add_button.setAccessibleName(self.tr("%1: Eintrag hinzufügen").replace("%1", name))
        self.remove_button.setAccessibleName(
            self.tr("%1: ausgewählte Einträge entfernen").replace("%1", name))

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.line_edit.setAccessibleDescription(description)

    # --- editing -----------------------------------------------------------------------

    def add(self, text: str) -> bool:
        """Add an entry as if typed; blank and repeated entries are ignored (the repeat is
        selected instead, so the user sees it is already there)."""
        text = " ".join(text.split())
        if not text:
            return False
        existing = self.list.findItems(text, Qt.MatchFlag.MatchFixedString)
        if existing:
            self.list.setCurrentItem(existing[0])
            return False
        self._append(text)
        self.sig_value_committed.emit()
        return True

    def remove_rows(self, rows: Iterable[int]) -> None:
        """Remove entries by row (as the Entfernen button does) and commit."""
        removed = False
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < self.list.count():
                self.list.takeItem(row)
                removed = True
        if removed:
            self.sig_value_committed.emit()

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        self.list.addItem(item)

    def _refresh_suggestions(self) -> None:
        if self._suggestions is None:
            return
        taken = set(self.value())
        self._completion_model.setStringList(
            sorted({s for s in self._suggestions() if s not in taken}, key=str.casefold))

    # --- handlers ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() == QEvent.Type.FocusIn:
            # Suggestions are read when needed: the catalogue may have grown since.
            self._refresh_suggestions()
        elif (watched is self.list and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent)
              and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.on_remove_button_clicked()
            return True
        return super().eventFilter(watched, event)

    def on_line_edit_return_pressed(self) -> None:
        if self.add(self.line_edit.text()):
            self.line_edit.clear()

    def on_remove_button_clicked(self) -> None:
        self.remove_rows(self.list.row(item) for item in self.list.selectedItems())

    def on_list_item_selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
