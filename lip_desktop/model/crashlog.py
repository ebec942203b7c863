"""Unexpected errors and hard crashes: written to files in the app's data folder.

Known problems are ``LipError``s and get their German message. Everything else is a
bug: the log file (``logs/lip-desktop.log``) gets the traceback, the user a short
German note, and the program does not die mid-meeting. A *hard* crash (a segfault in
Qt, an abort) kills the process before any Python handler runs; ``faulthandler`` then
writes the stacks into this process's own crash file (``logs/absturz-<pid>.log``). A
clean exit removes that file while it is still empty, so a non-empty crash file found
at the next start is a crash of an earlier run; the UI offers it to the user once
(qutebrowser does the same). Qt-free, so the command line shares it.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING

from lip_desktop.model import appdirs

if TYPE_CHECKING:
    import logging.handlers

#: Crash files still to be offered; ``SEEN_SUFFIX`` marks one that was offered once.
CRASH_PATTERN = "absturz*.log"
SEEN_SUFFIX = ".gesehen"

#: Called with the error and the log file's path; the UI passes one that shows a dialog.
ShowBug = Callable[[BaseException, Path], None]

#: The log rotates at about 1 MB and keeps five old files: months of use, a few MB at most.
LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 5

_log_handler: logging.handlers.RotatingFileHandler | None = None
_fault_file: IO[str] | None = None


def log_file() -> Path:
    """The log file in the app's data folder, opened on first use.

    Follows the data folder if it changes (tests give each test its own).
    """
    global _log_handler  # noqa: PLW0603 - one log per process
    # Imported here, not at the top: ``logging.handlers`` brings socket, pickle and queue
    # (about 20 ms), and the crash hooks installed before the first window need none of it.
    import logging.handlers  # noqa: PLC0415

    path = appdirs.ensure_dir(appdirs.log_dir()) / "lip-desktop.log"
    if _log_handler is None or Path(_log_handler.baseFilename) != path.absolute():
        root = logging.getLogger("lip_desktop")
        if _log_handler is not None:
            root.removeHandler(_log_handler)
            _log_handler.close()
        # delay: the file is opened at the first record. Rotation renames the file; on
        # Windows that fails while another process has it open, which logging reports
        # and then carries on.
        _log_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8",
            delay=True)
        _log_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(_log_handler)
        root.setLevel(logging.INFO)
    return path


def log_handler() -> logging.Handler:
    """The handler writing the log file (set up if needed), for other loggers to share."""
    log_file()
    assert _log_handler is not None
    return _log_handler


def log_exception(exc: BaseException) -> Path:
    """Write the traceback of an unexpected error to the log; returns the log's path."""
    path = log_file()
    logging.getLogger("lip_desktop").error(
        "Unerwarteter Fehler\n%s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return path


@dataclass(frozen=True, slots=True)
class CrashReport:
    """A crash file left by an earlier run: where it is, when, and what it says."""

    path: Path
    written: datetime
    text: str


def previous_crashes(folder: Path | None = None) -> list[CrashReport]:
    """Non-empty crash files not offered yet, oldest first (this run's own is empty)."""
    folder = appdirs.log_dir() if folder is None else folder
    if not folder.is_dir():
        return []
    reports = []
    for path in sorted(folder.glob(CRASH_PATTERN)):
        if _fault_file is not None and path == Path(_fault_file.name):
            continue
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
            written = datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:  # another instance holds it (Windows) or it went meanwhile
            continue
        if text.strip():
            reports.append(CrashReport(path, written, text))
    return sorted(reports, key=lambda report: report.written)


def mark_seen(report: CrashReport) -> None:
    """Keep the file but never offer it again."""
    report.path.replace(report.path.with_name(report.path.name + SEEN_SUFFIX))


def delete(report: CrashReport) -> None:
    report.path.unlink(missing_ok=True)


def _open_fault_file() -> None:
    global _fault_file  # noqa: PLW0603 - one crash file per process
    folder = appdirs.ensure_dir(appdirs.log_dir())
    _fault_file = (folder / f"absturz-{os.getpid()}.log").open("w", encoding="utf-8")
    faulthandler.enable(_fault_file)
    atexit.register(_close_fault_file)


def _close_fault_file() -> None:
    """A clean exit: the crash file is empty and goes."""
    global _fault_file  # noqa: PLW0603
    if _fault_file is None:
        return
    faulthandler.disable()
    _fault_file.close()
    path = Path(_fault_file.name)
    _fault_file = None
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:  # the data folder went away; nothing to tidy
        pass


def install(show: ShowBug | None = None) -> None:
    """Route uncaught exceptions (main and other threads) and hard crashes to files.

    ``show`` is called for each uncaught error, on the thread that raised it; the UI's
    callable hands it to the GUI thread by signal. Without it, a German line on stderr.
    """
    if _fault_file is None:
        try:
            _open_fault_file()
        except OSError:  # no writable data folder: at least stacks on stderr
            faulthandler.enable()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        path = log_exception(exc)
        if show is not None:
            show(exc, path)
        else:
            print(f"Unerwarteter Fehler: {exc}. Details stehen in {path}.", file=sys.stderr)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
