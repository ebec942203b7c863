"""Implementation controlling from the window: the departments' return sheets out and
back in, and the yearly controlling report.

``Datei → Abfrage an Fachbereiche …`` writes one workbook per responsible unit into a
folder; ``Datei → Rückläufe einlesen …`` applies returned workbooks, each file all or
nothing (a refused file is named with its reasons and does not stop the others);
``Datei → Controllingbericht …`` writes the Word report. Building and applying run on the
background worker with progress and cancel, like the other exports; the rules live in
``model/`` (``services.implementation``, ``model/returns.py``, ``model/controlling.py``),
the files in ``export/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lip_desktop.model import queries
from lip_desktop.model.collector import released
from lip_desktop.model.errors import InterchangeError, LipError
from lip_desktop.ui import dialogs
from lip_desktop.ui.hub import CatalogueHub
from lip_desktop.ui.office import (
    DOCX_FILTER,
    XLSX_FILTER,
    choose_target,
    show_warnings,
)
from lip_desktop.ui.saving import Written, after_writing, protected_paths, write_in_worker
from lip_desktop.ui.settings import Settings
from lip_desktop.ui.worker import Progress, share


def default_year() -> int:
    """Reports are asked for and written early in the year about the year before."""
    return date.today().year - 1


class YearDialog(QDialog):
    """The reporting year and, for the return sheets, the target folder."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 folder: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(default_year())
        self.year.setAccessibleName(self.tr("Berichtsjahr"))
        form = QFormLayout()
        form.addRow(self.tr("&Berichtsjahr:"), self.year)
        self.folder: QLineEdit | None = None
        if folder is not None:
            self.folder = QLineEdit(folder)
            self.folder.setAccessibleName(self.tr("Zielordner"))
            browse = QPushButton(self.tr("&Durchsuchen …"))
            browse.clicked.connect(self.on_browse_clicked)
            row = QHBoxLayout()
            row.addWidget(self.folder, 1)
            row.addWidget(browse)
            form.addRow(self.tr("&Zielordner:"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def on_browse_clicked(self) -> None:
        assert self.folder is not None
        chosen = dialogs.choose_folder(self, self.tr("Zielordner wählen"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def chosen_folder(self) -> Path | None:
        if self.folder is None or not self.folder.text().strip():
            return None
        return Path(self.folder.text().strip())


def _ask_year(window: Any, title: str, folder: str | None) -> tuple[int, Path | None] | None:
    dialog = YearDialog(title, window, folder=folder)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.year.value(), dialog.chosen_folder()


# --- return sheets --------------------------------------------------------------------


def export_returns(window: Any, hub: CatalogueHub, year: int | None = None,
                   folder: Path | None = None) -> None:
    """Write the return sheets of ``year`` into ``folder`` (asked when None)."""
    title = QCoreApplication.translate("MainWindow", "Abfrage an Fachbereiche")
    if year is None or folder is None:
        answer = _ask_year(window, title, str(folder or Settings().export_folder))
        if answer is None:
            return
        year, folder = answer
        if folder is None:
            dialogs.warn(window, title, QCoreApplication.translate(
                "MainWindow", "Bitte einen Zielordner angeben."))
            return
    target = folder
    protected = hub.catalogue.own_files
    catalogue = hub.catalogue

    def work(progress: Progress) -> Any:
        # read in the worker too: at 21,000 measures the read alone takes seconds; and
        # openpyxl is imported here, not on the GUI thread (a third of a second)
        from lip_desktop.export.returns import (  # noqa: PLC0415
            build_return_sheets,
            write_return_files,
        )

        with released(queries.export_document(catalogue)) as doc:  # not one cascade
            files, warnings = build_return_sheets(doc, year, progress=progress)
        return files, warnings, write_return_files(target, files, protected=protected)

    def done(result: Any) -> None:
        files, warnings, written = result
        if not files:
            nothing = QCoreApplication.translate(
                "MainWindow", "Keine Maßnahme ist vereinbart oder hat einen Umsetzungsstand; "
                "es wurde keine Abfrage geschrieben.")
            dialogs.inform(window, title, nothing)
            return
        show_warnings(window, QCoreApplication.translate(
            "MainWindow", "Abfrage an Fachbereiche: Hinweise"), warnings)
        line = QCoreApplication.translate("MainWindow", "%1: %2 Maßnahmen, %3 Indikatoren")
        lines = "\n".join(line.replace("%1", f.file_name).replace("%2", str(f.measures))
                          .replace("%3", str(f.indicators)) for f in files[:40])
        head = QCoreApplication.translate("MainWindow", "%1 Abfragen für %2 geschrieben in %3:")
        dialogs.inform(window, title, head.replace("%1", str(len(written)))
                       .replace("%2", str(year)).replace("%3", str(target)) + "\n\n" + lines)

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Abfragen werden erstellt …"), work, done)


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one returned file: its summary, or why it was refused."""

    name: str
    text: str
    refused: bool


def _refusal(name: str, error: LipError) -> FileResult:
    reasons = error.message
    if isinstance(error, InterchangeError) and error.warnings:
        reasons += "\n" + "\n".join(error.warnings[:10])
    refused = QCoreApplication.translate("MainWindow", "%1: abgelehnt, nichts übernommen.")
    return FileResult(name, refused.replace("%1", name) + "\n" + reasons, True)


def import_returns(window: Any, hub: CatalogueHub, paths: list[Path] | None = None) -> None:
    """Apply returned sheets; each file all or nothing, refusals listed by file."""
    title = QCoreApplication.translate("MainWindow", "Rückläufe einlesen")
    if paths is None:
        paths = dialogs.open_files(
            window, QCoreApplication.translate("MainWindow", "Rückläufe der Fachbereiche wählen"),
            Settings().export_folder, XLSX_FILTER)
    if not paths:
        return
    chosen = list(paths)

    def work(progress: Progress) -> Any:
        # the readers' modules (openpyxl) are imported here, not on the GUI thread
        from lip_desktop.export.files import read_office_file  # noqa: PLC0415
        from lip_desktop.export.returns import read_return_sheet  # noqa: PLC0415

        results: list[FileResult] = []
        changes = []
        for n, path in enumerate(chosen):
            if not progress(n, len(chosen)):
                break  # files applied so far stay applied: each is its own unit
            try:
                sheet = read_return_sheet(read_office_file(path, "Excel"), str(path))
                outcome = hub.service.implementation.apply_returns(sheet)
            except LipError as error:
                results.append(_refusal(path.name, error))
                continue
            s = outcome.value
            changes.append(outcome.changes)
            applied = QCoreApplication.translate(
                "MainWindow", "%1 (%2, %3): %4 Berichte neu, %5 geändert, "
                "%6 Umsetzungsstände, %7 Messwerte übernommen.")
            results.append(FileResult(path.name, applied
                .replace("%1", path.name).replace("%2", sheet.unit)
                .replace("%3", str(sheet.year)).replace("%4", str(s.reports_created))
                .replace("%5", str(s.reports_updated)).replace("%6", str(s.states_changed))
                .replace("%7", str(s.values_set)), False))
        return results, changes

    def done(result: Any) -> None:
        results, changes = result
        for c in changes:
            hub.broadcast(c)
        refused = sum(r.refused for r in results)
        head = QCoreApplication.translate("MainWindow", "%1 von %2 Dateien übernommen.").replace(
            "%1", str(len(results) - refused)).replace("%2", str(len(chosen)))
        text = head + "\n\n" + "\n\n".join(r.text for r in results)
        if refused:
            dialogs.warn(window, title, text)
        else:
            dialogs.inform(window, title, text)

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Rückläufe werden eingelesen …"), work, done)


# --- controlling report ---------------------------------------------------------------


def export_controlling(window: Any, hub: CatalogueHub, year: int | None = None) -> None:
    """The controlling report of ``year`` (asked when None), saved where the user says.

    The catalogue is read (one query per table) and the document built in the
    background.
    """
    from lip_desktop.export.controlling import (  # noqa: PLC0415
        build_controlling_report,
        report_file_name,
        verify_controlling,
    )

    if year is None:
        answer = _ask_year(
            window, QCoreApplication.translate("MainWindow", "Controllingbericht"), None)
        if answer is None:
            return
        year = answer[0]
    path = choose_target(
        window, QCoreApplication.translate("MainWindow", "Controllingbericht speichern"),
        report_file_name(hub.catalogue.base_name, year), DOCX_FILTER, ".docx")
    if path is None:
        return
    catalogue, chosen_year = hub.catalogue, year
    protected = protected_paths(window)

    def work(progress: Progress) -> Written:
        # read, verified and written in the worker too: at 21,000 measures the read alone
        # takes seconds
        data = queries.controlling_data(catalogue, chosen_year)
        result = build_controlling_report(data, progress=share(progress, 0, 80))
        return write_in_worker(result, path, verify_controlling, protected,
                               share(progress, 80, 20))

    def done(written: Written) -> None:
        after_writing(window, written, verify_controlling, DOCX_FILTER, finished)

    def finished(written: Written) -> None:
        show_warnings(window, QCoreApplication.translate(
            "MainWindow", "Controllingbericht: Hinweise"), written.result.warnings)
        message = QCoreApplication.translate("MainWindow", "Controllingbericht geschrieben: %1")
        window.statusBar().showMessage(message.replace("%1", str(written.path)), 8000)

    window.runner.start(QCoreApplication.translate(
        "MainWindow", "Controllingbericht wird erstellt …"), work, done)
