"""Datei → Mit Server verbinden …: the saved connection list, and opening a server catalogue.

The dialog only chooses a connection (the list lives in the settings, without passwords).
``ServerConnector`` then opens it the way libpq users expect: first without a password
(``PGPASSWORD`` or ``.pgpass`` may serve it), and only when the server asks for one with
the password kept in the system's credential store, else with one asked for. A password
goes to the driver only (``Catalogue.open(password=…)``), never into the address, the
settings, a log or a message.

Connecting runs on the window's background worker: ``connect_timeout`` is 10 s and an
older catalogue is migrated on opening, and a window that freezes that long looks
crashed. The worker's progress dialog (shown after 0.4 s) says what is going on; its
"Abbrechen" cannot cut a connection attempt short, but the answer then waits for at most
those 10 s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import connections
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.model.connections import DEFAULT_PORT, SavedConnection
from lip_desktop.model.errors import LipError
from lip_desktop.model.server import ServerAddress
from lip_desktop.ui import dialogs
from lip_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from lip_desktop.ui.worker import Progress, TaskRunner


def ask_password(parent: QWidget, address: ServerAddress) -> str | None:
    """The password asked for ``address`` (echo hidden); None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("passwordDialog")
    dialog.setWindowTitle(QApplication.translate("server_dialog", "Passwort"))
    dialog.setLabelText(QApplication.translate("server_dialog", "Passwort für %1:")
                        .replace("%1", address.display))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


class ServerDialog(QDialog):
    """The saved connections and the fields of a new one; ``chosen`` after "Verbinden"."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Mit Server verbinden"))
        self._settings = settings
        self.chosen: SavedConnection | None = None
        self.saved_list = QListWidget()
        self.saved_list.setAccessibleName(self.tr("Gespeicherte Verbindungen"))
        self.saved_list.currentItemChanged.connect(self.on_saved_list_current_item_changed)
        self.saved_list.itemActivated.connect(lambda _item: self.on_connect_clicked())
        self.name_edit = QLineEdit()
        self.host_edit = QLineEdit()
        self.port_edit = QSpinBox()
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.login_edit = QLineEdit()
        self.remember_box = QCheckBox(
            self.tr("Passwort im &Anmeldespeicher des Systems speichern"))
        self.store_note = QLabel()
        self.store_note.setWordWrap(True)
        if not connections.store_available():
            self.remember_box.setEnabled(False)
            self.store_note.setText(self.tr(
                "Auf diesem Rechner gibt es keinen Anmeldespeicher; das Passwort wird bei "
                "jeder Verbindung abgefragt."))
        else:
            self.store_note.hide()
        self.remove_button = QPushButton(self.tr("Aus Liste &entfernen"))
        self.remove_button.clicked.connect(self.on_remove_clicked)
        form = QFormLayout()
        for label, field, name in (
            (self.tr("&Name:"), self.name_edit, self.tr("Name der Verbindung")),
            (self.tr("&Server:"), self.host_edit, self.tr("Server")),
            (self.tr("&Port:"), self.port_edit, self.tr("Port")),
            (self.tr("&Datenbank:"), self.database_edit, self.tr("Datenbank")),
            (self.tr("An&meldename:"), self.login_edit, self.tr("Anmeldename")),
        ):
            field.setAccessibleName(name)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("&Verbinden"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setDefault(True)
        # Return in a field means "Verbinden": Cancel must not become the default button
        # by having had the focus first (an auto-default button takes over the default).
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.on_connect_clicked)
        list_label = QLabel(self.tr("&Gespeicherte Verbindungen:"))
        list_label.setBuddy(self.saved_list)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.saved_list, 1)
        left.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.remember_box)
        right.addWidget(self.store_note)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 360)  # fits 1366×768 with room to spare
        self._fill_list()
        if self.saved_list.count():
            self.saved_list.setCurrentRow(0)
            self.saved_list.setFocus()
        else:
            self.host_edit.setFocus()

    def _fill_list(self) -> None:
        self.saved_list.clear()
        for item in self._settings.server_connections:
            entry = QListWidgetItem(f"{item.name} – {item.login}@{item.host}:{item.port}/"
                                    f"{item.database}")
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.saved_list.addItem(entry)
        self.remove_button.setEnabled(self.saved_list.count() > 0)

    def on_saved_list_current_item_changed(self, current: QListWidgetItem | None,
                                           _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        item = current.data(Qt.ItemDataRole.UserRole)
        if not isinstance(item, SavedConnection):
            return
        self.name_edit.setText(item.name)
        self.host_edit.setText(item.host)
        self.port_edit.setValue(item.port)
        self.database_edit.setText(item.database)
        self.login_edit.setText(item.login)

    def on_remove_clicked(self) -> None:
        row = self.saved_list.currentRow()
        if row < 0:
            return
        kept = self._settings.server_connections
        del kept[row]
        self._settings.server_connections = kept
        self._fill_list()

    def connection(self) -> SavedConnection:
        return SavedConnection(self.name_edit.text().strip(), self.host_edit.text().strip(),
                               self.port_edit.value(), self.database_edit.text().strip(),
                               self.login_edit.text().strip())

    def on_connect_clicked(self) -> None:
        chosen = self.connection()
        try:
            address = chosen.address()
        except LipError as error:
            dialogs.show_error(self, error, self.tr("Mit Server verbinden"))
            return
        chosen = SavedConnection.of(address, chosen.name)
        kept = [c for c in self._settings.server_connections
                if (c.host, c.port, c.database, c.login)
                != (chosen.host, chosen.port, chosen.database, chosen.login)]
        self._settings.server_connections = [chosen, *kept]
        self.chosen = chosen
        self.accept()


class ServerConnector(QObject):
    """Opens a server catalogue for a window: without a password first, then with the
    kept one, then with one asked for; the catalogue goes to ``on_opened``."""

    #: An attempt finished (opened, refused or given up); for tests and the status bar.
    sig_attempt_finished = Signal()

    def __init__(self, parent: QWidget, runner: TaskRunner, actor: Callable[[], str],
                 on_opened: Callable[[Catalogue], object]) -> None:
        super().__init__(parent)
        self._parent = parent
        self._runner = runner
        self._actor = actor
        self._on_opened = on_opened

    def open(self, address: ServerAddress, *, remember: bool = False) -> None:
        """Start opening ``address``; ``remember`` keeps an asked password in the store."""
        self._attempt(address, None, remember=remember, source="none")

    def _attempt(self, address: ServerAddress, password: str | None, *, remember: bool,
                 source: str) -> None:
        actor = self._actor()

        def work(_progress: Progress) -> Catalogue | LipError:
            try:
                return Catalogue.open(address, actor=actor, password=password)
            except LipError as error:  # answered in the GUI thread (ask, retry, message)
                return error

        def done(result: Catalogue | LipError) -> None:
            self._answer(address, password, result, remember=remember, source=source)

        self._runner.start(self.tr("Verbindung zu %1 …").replace("%1", address.display),
                           work, done)

    def _answer(self, address: ServerAddress, password: str | None,
                result: Catalogue | LipError, *, remember: bool, source: str) -> None:
        if not self._next_step(address, password, result, remember=remember, source=source):
            self.sig_attempt_finished.emit()

    def _next_step(self, address: ServerAddress, password: str | None,
                   result: Catalogue | LipError, *, remember: bool, source: str) -> bool:
        """Deal with one attempt's result; True when another attempt was started."""
        if isinstance(result, Catalogue):
            if source == "asked" and remember and password is not None:
                connections.save_password(address, password)
            self._on_opened(result)
            return False
        if not connections.needs_password(result) or source == "asked":
            dialogs.show_error(self._parent, result, self.tr("Mit Server verbinden"))
            return False
        if source == "none":
            kept = connections.saved_password(address)
            if kept is not None:
                self._attempt(address, kept, remember=remember, source="kept")
                return True
        elif source == "kept":
            connections.forget_password(address)  # wrong by now: ask, keep the new one
            remember = True
        asked = ask_password(self._parent, address)
        if asked is None:
            return False
        self._attempt(address, asked, remember=remember, source="asked")
        return True
