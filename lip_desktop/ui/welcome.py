"""The welcome page: recent catalogues, new, open, the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.location import is_server_address


class WelcomePage(QWidget):
    #: The user chose a catalogue to open: a file (Path) or a server address (str).
    sig_open_requested = Signal(object)
    #: Buttons: "new", "open", "server", "demo".
    sig_action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("<h1>LIP Desktop</h1><p>Kataloge der Expert*innengruppen des "
                               "Lokalen Integrationsplans</p>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        self._recent_model = QStringListModel(self)
        self.recent_view = QListView()
        self.recent_view.setModel(self._recent_model)
        self.recent_view.setAccessibleName(self.tr("Zuletzt geöffnete Kataloge"))
        self.recent_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.recent_view.activated.connect(self.on_recent_view_activated)
        self.new_button = QPushButton(self.tr("&Neuer Katalog …"))
        self.open_button = QPushButton(self.tr("Katalog ö&ffnen …"))
        self.server_button = QPushButton(self.tr("Mit Se&rver verbinden …"))
        self.demo_button = QPushButton(self.tr("&Demo-Katalog öffnen"))
        for button, action in ((self.new_button, "new"), (self.open_button, "open"),
                               (self.server_button, "server"), (self.demo_button, "demo")):
            button.clicked.connect(lambda _=False, a=action: self.sig_action_requested.emit(a))
        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.server_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        recent_box = QVBoxLayout()
        recent_label = QLabel(self.tr("Zuletzt geöffnet:"))
        recent_label.setBuddy(self.recent_view)
        recent_box.addWidget(recent_label)
        recent_box.addWidget(self.recent_view)
        row = QHBoxLayout()
        row.addLayout(recent_box, 3)
        row.addLayout(buttons, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addLayout(row, 1)
        self.setTabOrder(self.recent_view, self.new_button)
        self.setTabOrder(self.new_button, self.open_button)
        self.setTabOrder(self.open_button, self.server_button)
        self.setTabOrder(self.server_button, self.demo_button)

    def set_recent(self, paths: list[str]) -> None:
        self._recent_model.setStringList(paths)

    def on_recent_view_activated(self, index: object) -> None:
        text = self._recent_model.data(index, Qt.ItemDataRole.DisplayRole)  # type: ignore[arg-type]
        if text:
            entry = str(text)
            # A server address stays text: a path would fold its "//".
            self.sig_open_requested.emit(entry if is_server_address(entry) else Path(entry))
