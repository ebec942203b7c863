"""The windowed program: bare paths as a double-click passes them, start-up failures."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from support import create_from

from lip_desktop import cli, logsetup, windowed
from lip_desktop.model import demo
from lip_desktop.ui import app
from lip_desktop.ui.main_window import MainWindow


class RunRecorder:
    def __init__(self) -> None:
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def __call__(self, path: Any = None, **kwargs: Any) -> int:
        self.calls.append((path, kwargs))
        return 0


@pytest.fixture
def recorded_run(monkeypatch: pytest.MonkeyPatch) -> RunRecorder:
    recorder = RunRecorder()
    monkeypatch.setattr(app, "run", recorder)
    return recorder


@pytest.fixture
def qt_handler_restored() -> Any:
    yield
    qInstallMessageHandler(None)


@pytest.mark.parametrize("entry", [cli.main, windowed.main])
def test_bare_path_opens_that_catalogue(entry: Any, recorded_run: RunRecorder,
                                        fresh_log: Path, qt_handler_restored: Any) -> None:
    assert entry(["plan.lip"]) == 0
    assert recorded_run.calls == [(Path("plan.lip"), {"demo": False, "note": None})]


def test_several_paths_open_the_first_and_say_so(
        recorded_run: RunRecorder, fresh_log: Path, qt_handler_restored: Any,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert windowed.main(["a.lip", "b.lip", "c.lip"]) == 0
    path, kwargs = recorded_run.calls[0]
    assert path == Path("a.lip")
    assert kwargs["note"] == ("3 Kataloge übergeben; geöffnet wird nur der erste: a.lip. "
                              "Nicht geöffnet: b.lip, c.lip.")
    assert kwargs["note"] in capsys.readouterr().err


def test_commands_and_options_are_not_taken_for_paths() -> None:
    assert cli.with_open_command(["check", "plan.lip"]) == ["check", "plan.lip"]
    assert cli.with_open_command(["--help"]) == ["--help"]
    assert cli.with_open_command(["plan.lip"]) == ["open", "--", "plan.lip"]
    assert cli.with_open_command([]) == []


def test_startup_failure_shows_a_german_dialog_and_logs_the_traceback(
        monkeypatch: pytest.MonkeyPatch, fresh_log: Path, qt_handler_restored: Any) -> None:
    shown: list[str] = []

    def broken_run(*_args: Any, **_kwargs: Any) -> int:
        raise RuntimeError("Plattform-Plugin fehlt")

    monkeypatch.setattr(app, "run", broken_run)
    monkeypatch.setattr(logsetup, "show_startup_failure",
                        lambda exc, log: shown.append(logsetup.startup_failure_text(exc, log)))
    assert windowed.main(["plan.lip"]) == 1
    assert len(shown) == 1
    assert "konnte nicht gestartet werden" in shown[0] and str(fresh_log) in shown[0]
    log = fresh_log.read_text(encoding="utf-8")
    assert "Plattform-Plugin fehlt" in log and "Traceback" in log


#: The smoke start in its own process, looking at the window as it closes.
_SMOKE_DRIVER = """
import sys
from lip_desktop.ui.main_window import MainWindow
close = MainWindow.closeEvent
def look_then_close(window, event):
    if window.isVisible():
        print("SEEN", repr((window.windowTitle(), window.statusBar().currentMessage())),
              flush=True)
    close(window, event)
MainWindow.closeEvent = look_then_close
from lip_desktop import windowed
sys.exit(windowed.main(sys.argv[1:]))
"""


def test_windowed_program_opens_the_catalogue_and_shows_the_note(tmp_path: Path) -> None:
    """The real start: splash, window, catalogue, note in the status bar, then closed.

    In a process of its own: a real start runs the application's event loop to its end
    and quits it, and in the test process's shared QApplication no timer fired after that
    (the progress dialogs of later tests never showed)."""
    plan, other = tmp_path / "plan.lip", tmp_path / "anderer.lip"
    create_from(plan, demo.demo_catalogue()).close()
    create_from(other, demo.demo_catalogue()).close()
    env = {**os.environ, windowed.SMOKE_ENV: "400", "QT_QPA_PLATFORM": "offscreen",
           "LIP_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[2]),
                                          os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", _SMOKE_DRIVER, str(plan), str(other)],
                          env=env, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    seen = [ast.literal_eval(line[len("SEEN "):]) for line in done.stdout.splitlines()
            if line.startswith("SEEN ")]
    assert seen, "the window was not shown"
    title, status = seen[0]
    assert "plan.lip" in title
    assert "nur der erste: plan.lip" in status


def test_first_window_fits_a_small_screen(qtbot: Any) -> None:
    """The offscreen screen (800×800 here) is smaller than the 1280×800 first size, as
    the city's 1366×768 laptops are once the taskbar and title bar are taken off."""
    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.height() <= available.height() - 40
    assert window.width() <= available.width()
    assert window.windowState() & Qt.WindowState.WindowMaximized


OPEN_LINES = ([], ["open"], ["open", "plan.lip"], ["open", "--demo"],
              ["open", "a.lip", "b.lip"], ["open", "--", "--seltsam.lip"],
              ["open", "postgresql://lip@rathaus:5432/lip"],
              cli.with_open_command(["plan.lip"]))


@pytest.mark.parametrize("words", OPEN_LINES)
def test_a_window_start_parses_as_the_whole_command_line_does(words: list[str]) -> None:
    """``lip-desktop open …`` is parsed with the ``open`` command alone (built faster
    before the first paint): the answer is the one of the whole command line."""
    assert cli.opens_window(words)
    assert cli._parser(only_open=True).parse_args(words) == cli._parser().parse_args(words)


@pytest.mark.parametrize("words", (["open", "--falsch"], ["open", "-h"]))
def test_a_window_start_says_the_same_about_wrong_and_help_lines(
        words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    said = []
    for parser in (cli._parser(only_open=True), cli._parser()):
        with pytest.raises(SystemExit) as stop:
            parser.parse_args(words)
        said.append((stop.value.code, capsys.readouterr()))
    assert said[0] == said[1]


def test_other_commands_get_the_whole_command_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert not cli.opens_window(["check", "plan.lip"])
    assert not cli.opens_window(["--help"])
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "export-word" in capsys.readouterr().out  # every command still listed
