"""Every modal question and message goes through here, so tests can answer them.

Modal dialogs block an offscreen test forever (PITFALLS.md). Widgets call these
functions; tests replace them with ``monkeypatch.setattr(dialogs, "ask", ...)``.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from lip_desktop.model.crashlog import CrashReport
from lip_desktop.model.errors import LipError

CATALOGUE_FILTER = "LIP-Katalog (*.lip)"
JSON_FILTER = "LIP-Austauschdatei (*.json)"
DOCX_FILTER = "Word-Dokument (*.docx)"
XLSX_FILTER = "Excel-Arbeitsmappe (*.xlsx)"


def _translated_filter(file_filter: str) -> str:
    """The file-dialog filter in the UI language; the constants above stay the German key."""
    # Literal translate() calls, so pyside6-lupdate finds them.
    known = {
        CATALOGUE_FILTER: QCoreApplication.translate("dialogs", "LIP-Katalog (*.lip)"),
        JSON_FILTER: QCoreApplication.translate("dialogs", "LIP-Austauschdatei (*.json)"),
        DOCX_FILTER: QCoreApplication.translate("dialogs", "Word-Dokument (*.docx)"),
        XLSX_FILTER: QCoreApplication.translate("dialogs", "Excel-Arbeitsmappe (*.xlsx)"),
    }
    return known.get(file_filter, file_filter)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; No is the default so Enter never deletes by accident."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, error: LipError, title: str = "") -> None:
    """A known problem: its German message, nothing else."""
    warn(parent, title or QCoreApplication.translate("dialogs", "Nicht möglich"),
         error.message)


def show_bug(parent: QWidget | None, exc: BaseException, log: Path | None) -> None:
    """An unexpected error: a short note, the traceback under "Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Unerwarteter Fehler"))
    text = QCoreApplication.translate(
        "dialogs", "Ein unerwarteter Fehler ist aufgetreten. Ihre bestätigten Eingaben sind "
        "gespeichert; das Programm läuft weiter.")
    if log is not None:
        text += "\n\n" + QCoreApplication.translate(
            "dialogs", "Protokolldatei: %1").replace("%1", str(log))
    box.setText(text)
    box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.exec()


def offer_crash_report(parent: QWidget | None, report: CrashReport) -> bool:
    """A hard crash of an earlier run: its report under "Details", copy or delete it.

    True when the user chose to delete the report file; False keeps it.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("dialogs", "Absturz beim letzten Mal"))
    box.setText(QCoreApplication.translate(
        "dialogs", "LIP Desktop wurde am %1 unerwartet beendet. Ihre bestätigten Eingaben "
        "sind gespeichert. Der Absturzbericht hilft, den Fehler zu finden; Sie können ihn "
        "kopieren und an den Support schicken.").replace(
            "%1", report.written.strftime("%d.%m.%Y %H:%M")))
    box.setInformativeText(QCoreApplication.translate(
        "dialogs", "Bericht: %1").replace("%1", str(report.path)))
    box.setDetailedText(report.text)
    copy = box.addButton(QCoreApplication.translate("dialogs", "Kopieren"),
                         QMessageBox.ButtonRole.ActionRole)
    delete = box.addButton(QCoreApplication.translate("dialogs", "Löschen"),
                           QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("dialogs", "Behalten"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    while True:
        box.exec()
        if box.clickedButton() is not copy:
            return box.clickedButton() is delete
        QApplication.clipboard().setText(report.text)


def open_file(parent: QWidget | None, title: str, folder: str = "",
              file_filter: str = CATALOGUE_FILTER) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, _translated_filter(file_filter))
    return Path(name) if name else None


def open_files(parent: QWidget | None, title: str, folder: str = "",
               file_filter: str = CATALOGUE_FILTER) -> list[Path]:
    """Several files at once (returned sheets); an empty list when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(parent, title, folder,
                                            _translated_filter(file_filter))
    return [Path(n) for n in names]


def save_file(parent: QWidget | None, title: str, suggestion: str = "",
              file_filter: str = CATALOGUE_FILTER) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion,
                                          _translated_filter(file_filter))
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    """A folder (e.g. the default export folder); None when cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None
