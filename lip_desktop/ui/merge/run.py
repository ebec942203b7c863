"""``Datei → Katalog zusammenführen …``: choose the other catalogue, merge it off the GUI
thread with a progress dialog that can be cancelled, then show the German report.

The merge itself (``service.merge.merge``) is one transaction after a verified backup;
a cancelled or refused merge has changed nothing. The report is the same text the
command line prints (``MergeReport.lines()``), selectable so it can be copied into a mail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model.changes import Outcome
from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.model.values import MergeReport
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.worker import Progress, TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("merge", text)


def merge_filter() -> str:
    """Both kinds of source a merge reads, then each alone."""
    return ";;".join((_tr("LIP-Katalog oder Austauschdatei (*.lip *.json)"),
                      _tr("LIP-Katalog (*.lip)"), _tr("LIP-Austauschdatei (*.json)")))


class MergeReportDialog(QDialog):
    """The report of one merge; "Konflikte anzeigen" when conflicts are open."""

    def __init__(self, report: MergeReport, show_conflicts: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeReport")
        self.setWindowTitle(self.tr("Katalog zusammengeführt"))
        self.report = report
        self.text = QPlainTextEdit("\n".join(report.lines()))
        self.text.setObjectName("mergeReportText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Bericht des Zusammenführens"))
        self.text.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        close.setAccessibleName(self.tr("Schließen"))
        self.conflicts_button: QPushButton | None = None
        if report.open_conflicts > 0:
            self.conflicts_button = buttons.addButton(
                self.tr("&Konflikte anzeigen"), QDialogButtonBox.ButtonRole.ActionRole)
            self.conflicts_button.setObjectName("mergeShowConflicts")
            self.conflicts_button.setAccessibleName(self.tr("Konflikte anzeigen"))
            self.conflicts_button.setDefault(True)
            self.conflicts_button.clicked.connect(
                lambda: self.on_conflicts_button_clicked(show_conflicts))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def on_conflicts_button_clicked(self, show_conflicts: Callable[[], None]) -> None:
        self.accept()
        show_conflicts()


def merge_catalogue(window: QMainWindow, hub: CatalogueHub, runner: TaskRunner,
                    settings: Settings, show_conflicts: Callable[[], None],
                    path: Path | None = None) -> None:
    """Ask for the other catalogue (unless ``path``), merge it in the background and show
    the report. Refusals come as the German message box of the other imports."""
    if path is None:
        path = dialogs.open_file(window, _tr("Katalog zusammenführen"),
                                 settings.export_folder, merge_filter())
    if path is None:
        return
    source = path

    def work(progress: Progress) -> Outcome[MergeReport]:
        def step(done: int, total: int, _text: str) -> bool:
            return progress(done, total)

        try:
            return hub.service.merge.merge(source, progress=step)
        except LipError as error:
            if error.code == "cancelled" and not isinstance(error, CancelledError):
                raise CancelledError from error  # the runner says so in the status bar
            raise

    def done(outcome: Any) -> None:
        hub.broadcast(outcome.changes)
        report: MergeReport = outcome.value
        window.statusBar().showMessage(report.lines()[0], 8000)
        dialog = MergeReportDialog(report, show_conflicts, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    runner.start(_tr("Katalog wird zusammengeführt …"), work, done)
