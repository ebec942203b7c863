"""Where LIP Desktop's messages go: one rotating log file per user.

The windowed program (the bundle's ``LIP Desktop.exe``) has no console: what Python
prints, Python's warnings and Qt's own messages would vanish, and on Windows writing to
the missing ``sys.stderr`` even raises. So everything is routed into the log file in the
user's data folder, where support staff find it (``Protokolle/lip-desktop.log``; the
file itself and its rotation belong to :mod:`lip_desktop.model.crashlog`, which the
command line shares). A start-up failure (the
window never appears) is the one case that gets its own German dialog here, because the
usual bug dialog needs a running window.

Qt is imported only inside the functions that need it, so the command line can configure
logging without loading Qt.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Any, TextIO

from lip_desktop.model import crashlog

LOGGER = "lip_desktop"

#: Qt messages of level warning or worse since start (the bundle's smoke test counts them).
qt_problems: list[str] = []


def log_file() -> Path:
    """The current log file (the rotating file of :mod:`lip_desktop.model.crashlog`)."""
    return crashlog.log_file()


def configure(*, capture_warnings: bool = False) -> Path:
    """Make sure the rotating log file is attached to the ``lip_desktop`` logger.

    ``capture_warnings`` also sends Python's ``warnings`` there (``py.warnings``): the
    windowed program wants that; the command line keeps them on stderr.
    """
    path = crashlog.log_file()
    if capture_warnings:
        handler = crashlog.log_handler()
        logging.captureWarnings(True)
        warnings_logger = logging.getLogger("py.warnings")
        for old in [h for h in warnings_logger.handlers if h is not handler]:
            warnings_logger.removeHandler(old)
        warnings_logger.addHandler(handler)
        warnings_logger.propagate = False
    return path


class _LogStream:
    """A text stream for ``sys.stdout``/``sys.stderr`` that writes lines to the log."""

    def __init__(self, logger: logging.Logger, level: int) -> None:
        self._logger = logger
        self._level = level
        self._pending = ""
        self.encoding = "utf-8"
        self.errors = "replace"

    def write(self, text: str) -> int:
        self._pending += text
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self._logger.log(self._level, "%s", line)
        return len(text)

    def flush(self) -> None:
        if self._pending.strip():
            self._logger.log(self._level, "%s", self._pending)
        self._pending = ""

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        raise OSError("the log stream has no file descriptor")


def redirect_console(*, force: bool = False) -> bool:
    """Send ``print`` output into the log when there is no console (or ``force``).

    A windowed Windows program starts with ``sys.stdout`` and ``sys.stderr`` set to
    ``None``; on Linux the same program may have been started from a file manager with
    its output going nowhere. Returns whether the streams were replaced.
    """
    if not force and sys.stdout is not None and sys.stderr is not None:
        return False
    logger = logging.getLogger(f"{LOGGER}.console")
    out: Any = _LogStream(logger, logging.INFO)
    err: Any = _LogStream(logger, logging.WARNING)
    sys.stdout = out
    sys.stderr = err
    return True


def install_qt_message_handler() -> None:
    """Qt's ``qWarning``/``qCritical``/``qFatal`` go to the log, not to a console."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # noqa: PLC0415

    logger = logging.getLogger(f"{LOGGER}.qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        level = levels.get(kind, logging.WARNING)
        where = f" ({context.file}:{context.line})" if getattr(context, "file", None) else ""
        logger.log(level, "%s%s", message, where)
        if level >= logging.WARNING:
            qt_problems.append(message)
        if level == logging.CRITICAL:  # Qt aborts after a fatal message: keep the record
            for h in logging.getLogger(LOGGER).handlers:
                h.flush()

    qInstallMessageHandler(handler)


def startup_failure_text(exc: BaseException, log: Path | None) -> str:
    """The German text of the start-up failure dialog (also written to the log)."""
    text = ("LIP Desktop konnte nicht gestartet werden.\n\n"
            f"Grund: {type(exc).__name__}: {exc}\n\n")
    if log is not None:
        text += (f"Die Einzelheiten stehen in der Protokolldatei:\n{log}\n\n"
                 "Bitte schicken Sie diese Datei an die IT-Betreuung. Ihre Kataloge und "
                 "Sicherungen sind davon nicht betroffen.")
    else:
        text += ("Eine Protokolldatei konnte nicht angelegt werden. Ihre Kataloge und "
                 "Sicherungen sind davon nicht betroffen.")
    return text


def show_startup_failure(exc: BaseException, log: Path | None) -> None:
    """Tell the user in a German dialog that the program could not start.

    Works before any window exists (creates the ``QApplication`` if needed). When even
    Qt cannot be loaded, the text goes to stderr (in the windowed program: the log).
    Tests replace this function; it blocks until the dialog is closed.
    """
    text = startup_failure_text(exc, log)
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert app is not None
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("LIP Desktop – Start fehlgeschlagen")
        box.setText(text)
        box.setDetailedText(details)
        box.exec()
    except Exception:  # Qt itself is broken: the log is all we have
        stream: TextIO | None = sys.stderr
        if stream is not None:
            print(text, file=stream)
