"""The backups of the open catalogue: see them, make one now, go back to one.

A restore replaces the catalogue file, which needs the catalogue closed (Windows cannot
rename an open file, and the writer lock must be free). This dialog therefore only asks
and then emits ``sig_restore_requested(backup path)``; the main window closes the
catalogue, calls ``model.catalogue.restore(path, backup)`` (which backs up the current
state first and keeps the current file aside as ``…_ersetzt_<Zeit>.lip``), reopens the
file and clears the undo stack (its commands refer to the state before the restore).

``offer_restore_for_damaged`` is the question asked when opening a damaged file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.backups import BackupInfo
from lip_desktop.model.catalogue import Catalogue, DamagedCatalogueError
from lip_desktop.model.errors import LipError
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex

#: The backup's path (``Path``) on every row.
BackupPathRole: Final = Qt.ItemDataRole.UserRole + 1
#: A value that sorts the column correctly (datetime, reason key, size in bytes).
SortRole: Final = Qt.ItemDataRole.UserRole + 2

COL_DATE, COL_REASON, COL_SIZE = 0, 1, 2

_GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def _tr(text: str) -> str:
    return QCoreApplication.translate("backups", text)


def reason_label(reason: str) -> str:
    """German name of why a backup was made (the key is part of its file name)."""
    labels = {
        "open": _tr("Öffnen"),
        "interval": _tr("halbstündlich"),
        "migration": _tr("vor Aktualisierung"),
        "close": _tr("Schließen"),
        "restore": _tr("vor Wiederherstellung"),
        "manual": _tr("manuell"),
        "merge": _tr("vor Zusammenführen"),
    }
    return labels.get(reason, reason)


def size_label(size: int) -> str:
    """``512 KB``, ``3,4 MB`` (at least 1 KB: an empty-looking "0 KB" would alarm)."""
    if size < 1024 * 1024:
        return _tr("%1 KB").replace("%1", _GERMAN.toString(max(1, round(size / 1024))))
    return _tr("%1 MB").replace("%1", _GERMAN.toString(size / (1024 * 1024), "f", 1))


def when_label(moment: datetime) -> str:
    """``25.11.2026, 14:03 Uhr``: how the messages name a backup."""
    return _tr("%1 Uhr").replace("%1", moment.strftime("%d.%m.%Y, %H:%M"))


class BackupModel(ListTableModel[BackupInfo]):
    """Backups, newest first (Datum, Anlass, Größe). Read-only; ``reload`` re-reads."""

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.rows = catalogue.list_backups()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._catalogue.list_backups()
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self.rows[row]

    def row_key(self, row: BackupInfo) -> str:
        return str(row.path)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Datum"), self.tr("Anlass"), self.tr("Größe"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_DATE:
                # Seconds shown: an "open" and a "manual" backup often share a minute.
                return b.created.strftime("%d.%m.%Y %H:%M:%S")
            return reason_label(b.reason) if column == COL_REASON else size_label(b.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(b.path)
        if role == BackupPathRole:
            return b.path
        if role == SortRole:
            return (b.created, b.reason, b.size)[column]
        return None


class BackupsDialog(QDialog):
    """Lists the catalogue's backups; "Jetzt sichern" and "Wiederherstellen …".

    Open it with ``BackupsDialog(hub, window).open()`` and connect
    ``sig_restore_requested`` first: after the user confirmed a restore the dialog
    closes (``accept``) and then emits it with the backup's path, so no dialog of its own
    is in the way while the window closes and reopens the catalogue.
    """

    #: The user confirmed restoring this backup (``Path``). The receiver must close the
    #: catalogue, call ``catalogue.restore(catalogue_path, backup)``, reopen the file and
    #: clear the undo stack; the dialog itself changes nothing.
    sig_restore_requested = Signal(Path)

    def __init__(self, hub: CatalogueHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = hub.catalogue
        self.setWindowTitle(self.tr("Sicherungen"))
        self.setObjectName("backupsDialog")
        self.model = BackupModel(self.catalogue, self)
        self._build()
        self._connect()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "Sicherungen entstehen beim Öffnen, halbstündlich bei Änderungen, vor "
            "Aktualisierungen und beim Schließen. Alle von heute und gestern bleiben; von "
            "den älteren bleibt je Tag, Woche und Monat die neueste."))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Sicherungen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.resizeColumnsToContents()
        self.folder_label = QLabel(self.tr("Ordner: %1").replace(
            "%1", str(self.catalogue.backup_dir)))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Jetzt sichern"))
        self.backup_button.setAccessibleName(self.tr("Jetzt sichern"))
        self.restore_button = QPushButton(self.tr("Wiederherstellen …"))
        self.restore_button.setAccessibleName(self.tr("Ausgewählte Sicherung wiederherstellen"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Schließen"))
        if self.catalogue.readonly:
            hint = self.tr("Der Katalog ist nur zum Lesen geöffnet.")
            for b in (self.backup_button, self.restore_button):
                b.setToolTip(hint)

        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        QWidget.setTabOrder(self.table, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.restore_button)
        QWidget.setTabOrder(self.restore_button, close)
        self.resize(560, 380)

    def _connect(self) -> None:
        self.backup_button.clicked.connect(self.on_backup_button_clicked)
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.on_restore_button_clicked)

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def select_backup(self, path: Path) -> None:
        row = self.model.row_of(str(path))
        if row >= 0:
            self.table.selectRow(row)

    def on_backup_button_clicked(self) -> None:
        """A manual backup now (seconds even for large files; the user waits for it)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = self.catalogue.backup("manual")
        except LipError as error:
            QGuiApplication.restoreOverrideCursor()
            dialogs.show_error(self, error, self.tr("Sicherung fehlgeschlagen"))
            return
        QGuiApplication.restoreOverrideCursor()
        self.model.reload()
        self.select_backup(info.path)
        self._update_buttons()

    def on_restore_button_clicked(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.catalogue.readonly:
            return
        question = self.tr(
            "Den Katalog auf den Stand vom %1 zurücksetzen?\n\n"
            "Der jetzige Stand wird vorher gesichert, und die jetzige Datei wird unverändert "
            "beiseitegelegt (…_ersetzt_…). Der Katalog wird dazu geschlossen und wieder "
            "geöffnet; „Rückgängig“ gilt danach nur für neue Änderungen.").replace(
            "%1", when_label(backup.created))
        if dialogs.ask(self, self.tr("Sicherung wiederherstellen"), question):
            self.accept()
            self.sig_restore_requested.emit(backup.path)

    def _update_buttons(self) -> None:
        writable = not self.catalogue.readonly
        self.backup_button.setEnabled(writable)
        self.restore_button.setEnabled(writable and self.selected_backup() is not None)


def offer_restore_for_damaged(parent: QWidget | None,
                              error: DamagedCatalogueError) -> Path | None:
    """Asked when a catalogue cannot be opened because it is damaged.

    With a good backup: asks whether to restore it and returns its path when the user
    agrees (the caller then calls ``catalogue.restore(error.path, backup)`` and opens the
    file again). Without one: shows the error and returns None. The damaged file is never
    deleted; the restore keeps it aside.
    """
    if error.backup is None:
        dialogs.show_error(parent, error, _tr("Katalog beschädigt"))
        return None
    text = _tr(
        "Die Datei „%1“ ist beschädigt (%2). Sie wurde nicht verändert und wird beim "
        "Wiederherstellen unverändert beiseitegelegt.")
    text = text.replace("%1", error.path.name).replace(
        "%2", str(error.params.get("reason", "?")))
    if error.backup_facts is not None:
        # Which catalogue the backup holds, before it replaces anything.
        text += "\n\n" + _tr("Die Sicherung enthält den Katalog %1, gesichert von „%2“.").replace(
            "%1", error.backup_facts.summary()).replace("%2", str(error.path))
    text += "\n\n" + _tr("Die neueste gültige Sicherung vom %1 wiederherstellen?").replace(
        "%1", when_label(error.backup.created))
    if dialogs.ask(parent, _tr("Katalog beschädigt"), text):
        return error.backup.path
    return None
