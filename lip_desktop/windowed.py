"""The windowed program of the bundle (``LIP Desktop.exe``; ``lip-desktop`` on Linux).

It is what a double-click on a ``.lip`` file, a file dropped on the program or the Start
menu starts: without a console. So before anything else its output, Python's warnings
and Qt's messages are sent to the rotating log (:mod:`lip_desktop.logsetup`), and a
failure before the window is up becomes a German dialog instead of a silent exit. The
arguments are those of the command line (``lip-desktop KATALOG.lip`` opens it); a
command such as ``export-word`` also works but reports only into the log.

``LIP_DESKTOP_SMOKE_TEST=MS`` closes the window MS milliseconds after start and exits
with 3 if Qt complained or an error was logged meanwhile (used by the bundle check).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lip_desktop import logsetup

SMOKE_ENV = "LIP_DESKTOP_SMOKE_TEST"
EXIT_SMOKE_PROBLEMS = 3
#: Qt messages that are noise of the platform, not problems of the app: the offscreen
#: platform (CI has no screen) cannot pass window size hints to a window manager.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


class _ErrorCounter(logging.Handler):
    """Counts error records (bugs caught by the crash hook) for the smoke test."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    log: Path | None
    try:
        log = logsetup.configure(capture_warnings=True)
    except Exception:  # no writable data folder: still try to start
        log = None
    logsetup.redirect_console()
    logsetup.install_qt_message_handler()

    from lip_desktop import cli  # noqa: PLC0415

    try:
        cli_args = cli.with_open_command(args)
        if cli_args and cli_args[0] != "open":
            return cli.main(cli_args)  # a command: its messages land in the log
        return _run_window(cli_args[1:])
    except SystemExit as stop:  # usage error from argparse: already written to the log
        return stop.code if isinstance(stop.code, int) else 2
    except Exception as exc:  # the window never came up: say so in German
        from lip_desktop.model import crashlog  # noqa: PLC0415

        try:
            log = crashlog.log_exception(exc)
        except Exception:  # the log folder itself is the problem
            log = None
        logsetup.show_startup_failure(exc, log)
        return 1


def _run_window(open_args: list[str]) -> int:
    from lip_desktop import cli  # noqa: PLC0415

    # the CLI's parser (its ``open`` command only: the same answer, built faster)
    parsed = cli._parser(only_open=True).parse_args(["open", *open_args])
    return open_window(list(parsed.paths or []), demo=parsed.demo)


def open_window(paths: list[Path | str], *, demo: bool = False) -> int:
    """Open the first catalogue of ``paths`` (or the demo/last one) in the window.

    Shared by both programs (``lip-desktop-cli KATALOG`` opens the window too), so the
    note about further paths and the smoke-test mode behave the same in both.
    """
    from lip_desktop import cli  # noqa: PLC0415
    from lip_desktop.ui.app import run  # noqa: PLC0415

    note = cli.more_paths_note(paths) if len(paths) > 1 else None
    if note:
        print(note, file=sys.stderr)  # the windowed program: into the log
    smoke = os.environ.get(SMOKE_ENV, "").strip()
    if not smoke:
        return run(paths[0] if paths else None, demo=demo, note=note)
    counter = _ErrorCounter()
    logging.getLogger(logsetup.LOGGER).addHandler(counter)
    from lip_desktop.ui import dialogs  # noqa: PLC0415

    # A dialog would wait for a click forever: bugs are in the log already, messages
    # (a catalogue that cannot be opened) are counted as problems.
    dialogs.show_bug = lambda parent, exc, log: None
    dialogs.warn = lambda parent, title, text: counter.records.append(text)
    dialogs.inform = lambda parent, title, text: counter.records.append(text)
    try:
        code = run(paths[0] if paths else None, demo=demo, note=note,
                   quit_after_ms=int(smoke))
    finally:
        logging.getLogger(logsetup.LOGGER).removeHandler(counter)
    problems = [*(m for m in logsetup.qt_problems if m not in HARMLESS_QT_MESSAGES),
                *counter.records]
    for problem in problems:
        print(f"Problem beim Start: {problem}", file=sys.stderr)
    return EXIT_SMOKE_PROBLEMS if problems else code
