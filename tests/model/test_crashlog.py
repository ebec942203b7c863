"""Crash files: a hard crash leaves one behind, a clean exit does not, each is offered once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lip_desktop.model import appdirs, crashlog

CHILD = """
import sys
from lip_desktop.model import crashlog
crashlog.install()
if sys.argv[1] == "crash":
    import faulthandler
    faulthandler._sigsegv()
"""


def _run_child(mode: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, appdirs.DATA_DIR_ENV: str(data_dir)}
    return subprocess.run([sys.executable, "-c", CHILD, mode], env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def test_a_clean_exit_leaves_no_crash_file(data_dir: Path) -> None:
    result = _run_child("clean", data_dir)
    assert result.returncode == 0, result.stderr
    assert list((data_dir / appdirs.LOG_FOLDER).glob("absturz*")) == []
    assert crashlog.previous_crashes() == []


def test_a_hard_crash_is_found_at_the_next_start_and_offered_once(data_dir: Path) -> None:
    result = _run_child("crash", data_dir)
    assert result.returncode != 0
    reports = crashlog.previous_crashes()
    assert len(reports) == 1
    assert "Fatal Python error" in reports[0].text
    assert "Segmentation fault" in reports[0].text

    crashlog.mark_seen(reports[0])
    assert crashlog.previous_crashes() == []
    kept = list((data_dir / appdirs.LOG_FOLDER).glob("*" + crashlog.SEEN_SUFFIX))
    assert len(kept) == 1  # kept for the support, not offered again


def test_deleting_a_report_removes_its_file(data_dir: Path) -> None:
    folder = appdirs.ensure_dir(appdirs.log_dir())
    (folder / "absturz-4242.log").write_text("Fatal Python error: Aborted\n", "utf-8")
    (folder / "absturz-4243.log").write_text("", "utf-8")  # a running instance's own file
    [report] = crashlog.previous_crashes()
    crashlog.delete(report)
    assert not report.path.exists()
    assert crashlog.previous_crashes() == []


def test_log_exception_writes_the_traceback(data_dir: Path) -> None:
    try:
        raise ValueError("kaputt")
    except ValueError as exc:
        path = crashlog.log_exception(exc)
    text = path.read_text("utf-8")
    assert "Unerwarteter Fehler" in text
    assert 'raise ValueError("kaputt")' in text
