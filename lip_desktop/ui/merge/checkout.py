"""``Datei → Offline-Kopie für eine Sitzung …``: choose action fields and a new file, write
the copy off the GUI thread with a progress dialog that can be cancelled, then say what it
holds.

The copy itself is ``model/checkout.py`` (the same as ``lip-desktop checkout``): a new file
with the catalogue's ids and revision chains, written atomically, never over an existing
file. It comes back with ``Katalog zusammenführen …``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import queries
from lip_desktop.model.checkout import CheckoutReport, checkout
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.worker import Progress, TaskRunner


class CheckoutDialog(QDialog):
    """Which action fields the copy holds; none ticked: the whole catalogue."""

    def __init__(self, fields: Sequence[queries.FieldChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutDialog")
        self.setWindowTitle(self.tr("Offline-Kopie für eine Sitzung"))
        hint = QLabel(self.tr(
            "Die Kopie kann ohne Verbindung bearbeitet und später mit „Katalog "
            "zusammenführen …“ zurückgeführt werden. Handlungsfelder wählen (keines: der "
            "ganze Katalog):"))
        hint.setWordWrap(True)
        self.fields = QListWidget()
        self.fields.setObjectName("checkoutFields")
        self.fields.setAccessibleName(self.tr("Handlungsfelder der Kopie"))
        hint.setBuddy(self.fields)
        for field in fields:
            item = QListWidgetItem(field.label)
            item.setData(Qt.ItemDataRole.UserRole, field.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.fields.addItem(item)
        if self.fields.count():
            self.fields.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Weiter …"))
        ok.setObjectName("checkoutNext")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def chosen_codes(self) -> list[str]:
        out: list[str] = []
        for row in range(self.fields.count()):
            item = self.fields.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out


def offline_copy(window: QMainWindow, hub: CatalogueHub, runner: TaskRunner,
                 settings: Settings) -> CheckoutDialog:
    """Show the choice of fields (not modal for the event loop: tests and screen readers
    work in it); on "Weiter" ask for the new file and write the copy in the background."""
    dialog = CheckoutDialog(queries.action_fields(hub.service.catalogue), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(
        lambda: write_copy(window, hub, runner, settings, dialog.chosen_codes()))
    dialog.open()
    return dialog


def write_copy(window: QMainWindow, hub: CatalogueHub, runner: TaskRunner,
               settings: Settings, codes: Sequence[str], path: Path | None = None) -> None:
    """Ask for the new file (unless ``path``) and write the copy off the GUI thread."""
    if path is None:
        folder = Path(settings.export_folder or Path.home())
        suggestion = folder / f"{hub.service.catalogue.path.stem}-offline.lip"
        title = QCoreApplication.translate("checkout", "Offline-Kopie speichern")
        path = dialogs.save_file(window, title, str(suggestion), dialogs.CATALOGUE_FILTER)
    if path is None:
        return
    if path.suffix.lower() != ".lip":
        path = path.with_name(path.name + ".lip")
    target = path
    catalogue = hub.service.catalogue

    def work(progress: Progress) -> CheckoutReport:
        def step(done: int, total: int, _text: str) -> bool:
            return progress(done, total)

        try:
            return checkout(catalogue, target, list(codes), progress=step)
        except LipError as error:
            if error.code == "cancelled" and not isinstance(error, CancelledError):
                raise CancelledError from error
            raise

    def done(report: Any) -> None:
        assert isinstance(report, CheckoutReport)
        window.statusBar().showMessage(report.lines()[0], 8000)
        dialogs.inform(window, QCoreApplication.translate("checkout", "Offline-Kopie geschrieben"),
                       "\n".join(report.lines()))

    runner.start(QCoreApplication.translate("checkout", "Offline-Kopie wird geschrieben …"),
                 work, done)
