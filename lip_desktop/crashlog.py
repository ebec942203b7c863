"""Unexpected errors: written to a log file with their traceback, shown briefly.

Known problems are ``LipError``s and get their German message. Everything else is a
bug: the user gets a short German note with the log file's path, the log gets the
details, and the program does not die mid-meeting. Installed by the CLI and the UI.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from lip_desktop.model import appdirs

_log_path: Path | None = None
_fault_file: IO[str] | None = None


def log_file() -> Path:
    """The log file, created on first use in the app's data folder."""
    global _log_path  # noqa: PLW0603 - one log per process
    if _log_path is None:
        folder = appdirs.ensure_dir(appdirs.log_dir())
        _log_path = folder / "lip-desktop.log"
        handler = logging.FileHandler(_log_path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("lip_desktop")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return _log_path


def log_exception(exc: BaseException) -> Path:
    path = log_file()
    logging.getLogger("lip_desktop").error(
        "Unerwarteter Fehler\n%s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return path


def install(show: object | None = None) -> None:
    """Route uncaught exceptions (main and worker threads) and hard crashes to the log."""
    global _fault_file  # noqa: PLW0603
    try:
        _fault_file = (appdirs.ensure_dir(appdirs.log_dir()) / "absturz.log").open(
            "a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    except OSError:
        faulthandler.enable()

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        path = log_exception(exc)
        if callable(show):
            show(exc, path)
        else:
            print(f"Unerwarteter Fehler: {exc}. Details stehen in {path}.", file=sys.stderr)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
