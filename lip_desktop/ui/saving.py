"""Exports written in the background: verified, written atomically, another name offered.

Reading a large export back and writing tens of megabytes (with ``fsync``) takes seconds
at 21,000 measures; done on the GUI thread, as it was, that froze the window (issue 14:
no export may block it for more than 100 ms). So the job that builds an export also
verifies and writes it (``write_in_worker``, with the export's bar and its "Abbrechen"),
and the GUI thread only receives the outcome (``after_writing``): the result to show,
or the refusal of a locked or read-only target, answered with another name whose write
runs in the worker again. The built bytes are kept meanwhile, so nothing is built twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from lip_desktop.model.errors import CancelledError, LipError
from lip_desktop.ui import dialogs
from lip_desktop.ui.worker import Progress

#: Refusals of a target the user can answer by choosing another file name.
RETRY_CODES: Final = frozenset({"cannot_write", "output_is_catalogue"})

Verify = Callable[[bytes], None]


@dataclass(frozen=True)
class Written:
    """What the worker hands back: the export's result (``ExportResult``) and where it
    went; or, with ``refusal``, the target it could not be written to."""

    result: Any
    path: Path
    refusal: LipError | None = None


def already_verified(data: bytes) -> None:
    """For exports whose job read the bytes back itself (with its own progress)."""


def protected_paths(window: Any) -> list[Path]:
    """The open catalogue's own files: an export never overwrites them (read on the GUI
    thread)."""
    hub = getattr(window, "hub", None)
    return list(hub.catalogue.own_files) if hub is not None else []


def write_in_worker(result: Any, path: Path, verify: Verify, protected: Sequence[Path],
                    progress: Progress) -> Written:
    """In the worker: check "Abbrechen" a last time, verify ``result.data`` and write it
    atomically to ``path``.

    A cancelled export leaves neither the file nor a temporary file behind. A refusal
    the user can answer with another name (``RETRY_CODES``) is returned, not raised; any
    other error (a broken export, a full disk) reaches the runner's error dialog.
    """
    from lip_desktop.export.files import write_verified  # noqa: PLC0415

    if not progress(0, 1):
        raise CancelledError()
    try:
        write_verified(path, result.data, verify, protected=protected)
    except LipError as error:
        if error.code not in RETRY_CODES:
            raise
        return Written(result, path, error)
    progress(1, 1)
    return Written(result, path)


def after_writing(window: Any, written: Written, verify: Verify, file_filter: str,
                  on_written: Callable[[Written], None]) -> None:
    """On the GUI thread: hand a written export to ``on_written``; for a refused
    target ask for another name and write there, in the worker again."""
    if written.refusal is None:
        on_written(written)
        return
    question = (written.refusal.message + "\n\n"
                + QCoreApplication.translate("MainWindow", "Unter einem anderen Namen speichern?"))
    if not dialogs.ask(
            window,
            QCoreApplication.translate("MainWindow", "Datei kann nicht geschrieben werden"),
            question):
        return
    other = dialogs.save_file(window, QCoreApplication.translate("MainWindow", "Speichern unter"),
                              str(written.path), file_filter)
    if other is None:
        return
    protected = protected_paths(window)

    def work(progress: Progress) -> Written:
        return write_in_worker(written.result, other, verify, protected, progress)

    def done(again: Written) -> None:
        after_writing(window, again, verify, file_filter, on_written)

    window.runner.start(
        QCoreApplication.translate("MainWindow", "Datei wird geschrieben …"), work, done)
