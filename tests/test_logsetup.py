"""The log of the windowed program: rotating files, warnings, console output, Qt."""

from __future__ import annotations

import logging
import sys
import warnings
from pathlib import Path

import pytest

from lip_desktop import logsetup
from lip_desktop.model import crashlog


def _flush() -> None:
    for handler in logging.getLogger(logsetup.LOGGER).handlers:
        handler.flush()


def test_log_files_rotate_and_keep_a_bounded_number(
        fresh_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crashlog, "LOG_MAX_BYTES", 2_000)
    assert logsetup.configure() == fresh_log
    logger = logging.getLogger("lip_desktop.test")
    for n in range(400):
        logger.info("Zeile %d mit etwas Text, damit die Datei wächst", n)
    _flush()
    files = sorted(p.name for p in fresh_log.parent.glob("lip-desktop.log*"))
    assert "lip-desktop.log.1" in files
    assert len(files) == crashlog.LOG_BACKUP_COUNT + 1
    assert all(p.stat().st_size <= 2_200 for p in fresh_log.parent.glob("lip-desktop.log*"))
    assert "Zeile 399" in fresh_log.read_text(encoding="utf-8")


def test_python_warnings_go_to_the_log_in_the_windowed_program(fresh_log: Path) -> None:
    logsetup.configure(capture_warnings=True)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("veraltete Funktion zum Test", DeprecationWarning, stacklevel=1)
    _flush()
    assert "veraltete Funktion zum Test" in fresh_log.read_text(encoding="utf-8")


def test_print_goes_to_the_log_when_there_is_no_console(
        fresh_log: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logsetup.configure()
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert logsetup.redirect_console()
    print("Ausgabe ohne Konsole")
    print("Fehler ohne Konsole", file=sys.stderr)
    _flush()
    text = fresh_log.read_text(encoding="utf-8")
    assert "INFO lip_desktop.console: Ausgabe ohne Konsole" in text
    assert "WARNING lip_desktop.console: Fehler ohne Konsole" in text


def test_console_is_left_alone_when_there_is_one(fresh_log: Path) -> None:
    before = sys.stdout
    assert not logsetup.redirect_console()
    assert sys.stdout is before


def test_qt_messages_go_to_the_log(fresh_log: Path, qtbot: object) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    logsetup.configure()
    logsetup.install_qt_message_handler()
    try:
        qWarning("Qt-Warnung zum Test")
    finally:
        qInstallMessageHandler(None)
    _flush()
    assert "WARNING lip_desktop.qt: Qt-Warnung zum Test" in fresh_log.read_text(
        encoding="utf-8")
    assert logsetup.qt_problems == ["Qt-Warnung zum Test"]


def test_startup_failure_text_is_german_and_names_the_log(tmp_path: Path) -> None:
    text = logsetup.startup_failure_text(RuntimeError("Plattform fehlt"),
                                         tmp_path / "lip-desktop.log")
    assert text.startswith("LIP Desktop konnte nicht gestartet werden.")
    assert "RuntimeError: Plattform fehlt" in text
    assert str(tmp_path / "lip-desktop.log") in text
    assert "Traceback" not in text
