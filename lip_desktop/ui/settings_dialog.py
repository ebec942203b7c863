"""The user's own settings: name, export folder, language.

These belong to the person at this computer, not to the catalogue, so they live in
``QSettings`` behind the ``Settings`` facade. The name matters most: it is written into
the change history and onto manual comments, which is how a group later sees who changed
what.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.catalogue import default_actor
from lip_desktop.ui import a11y, dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.settings import Settings


class SettingsDialog(QDialog):
    """Ihr Name, Standardordner für Exporte, Sprache; OK saves.

    ``SettingsDialog(hub, window).exec()``; ``hub`` may be None when no catalogue is open.
    On OK the name also becomes ``hub.catalogue.actor``: the services stamp each history
    entry with the catalogue's actor at the moment of the edit, so from the next edit on
    the history carries the new name without reopening the catalogue. (The main window
    should open catalogues with ``actor=Settings().user_name`` for the same reason.)
    """

    def __init__(self, hub: CatalogueHub | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Einstellungen"))
        self.setObjectName("settingsDialog")
        self._settings = Settings()
        self._build()
        self._load()
        self._connect()

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Ihr Name"))
        self.name_edit.setPlaceholderText(default_actor())
        name_hint = QLabel(self.tr("Erscheint im Änderungsverlauf und an Ihren Kommentaren."))
        name_hint.setWordWrap(True)

        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Standardordner für Exporte"))
        self.browse_button = QPushButton(self.tr("Durchsuchen …"))
        self.browse_button.setAccessibleName(self.tr("Ordner für Exporte auswählen"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Sprache"))
        self.language_combo.addItem("Deutsch", "de")  # each language in its own name
        self.language_combo.addItem("English", "en")
        language_hint = QLabel(self.tr("wirkt beim nächsten Start"))

        self.contrast_combo = QComboBox()
        self.contrast_combo.setAccessibleName(self.tr("Kontrast"))
        self.contrast_combo.addItem(self.tr("wie im System eingestellt"), "system")
        self.contrast_combo.addItem(self.tr("Hoher Kontrast"), "high")
        self.contrast_combo.addItem(self.tr("Normal"), "normal")
        self.contrast_combo.setToolTip(self.tr(
            "Hoher Kontrast: Statusfarben und Beamer folgen den Farben des Systems"))

        # Labels with buddies: Alt+letter jumps to the field, screen readers name it.
        form = QFormLayout()
        form.addRow(self.tr("Ihr &Name:"), self.name_edit)
        form.addRow("", name_hint)
        folder_label = QLabel(self.tr("Standardordner für &Exporte:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Sprache:"), self.language_combo)
        form.addRow("", language_hint)
        form.addRow(self.tr("&Kontrast:"), self.contrast_combo)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("OK"))
        ok.setAccessibleName(self.tr("Einstellungen speichern"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Abbrechen"))
        cancel.setAccessibleName(self.tr("Abbrechen"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.name_edit, self.folder_edit)
        QWidget.setTabOrder(self.folder_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.contrast_combo)
        QWidget.setTabOrder(self.contrast_combo, ok)
        QWidget.setTabOrder(ok, cancel)

    def _load(self) -> None:
        self.name_edit.setText(self._settings.user_name)
        self.folder_edit.setText(self._settings.export_folder)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._settings.language)))
        self.contrast_combo.setCurrentIndex(
            max(0, self.contrast_combo.findData(self._settings.contrast)))

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self.on_browse_button_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def on_browse_button_clicked(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Standardordner für Exporte"),
                                       self.folder_edit.text())
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def accept(self) -> None:
        """Save and close; a folder that does not exist is refused (exports would fail)."""
        folder = self.folder_edit.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            dialogs.warn(self, self.tr("Ordner nicht gefunden"),
                         self.tr("Den Ordner „%1“ gibt es nicht.").replace("%1", folder))
            self.folder_edit.setFocus()
            return
        name = self.name_edit.text().strip() or default_actor()
        self._settings.user_name = name
        if folder:
            self._settings.export_folder = str(Path(folder).expanduser())
        self._settings.language = str(self.language_combo.currentData())
        self._settings.contrast = str(self.contrast_combo.currentData())
        a11y.set_high_contrast(self._settings.high_contrast)
        if self.hub is not None:
            self.hub.catalogue.actor = name
        super().accept()
