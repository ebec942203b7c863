"""One writer per catalogue: refusals name the holder, leftovers are taken over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from lip_desktop.model.errors import CatalogueOpenError
from lip_desktop.model.lockfile import (
    LOCK_OFFSET,
    LockInfo,
    WriterLock,
    acquire_writer_lock,
    format_since,
    lock_path_for,
    parse_info,
    read_lock_info,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "plan.lip"
    path.write_bytes(b"")
    return path


def test_lock_file_sits_next_to_the_catalogue(catalogue: Path) -> None:
    assert lock_path_for(catalogue) == catalogue.with_name("plan.lip.lock")
    with WriterLock.acquire(catalogue) as lock:
        assert lock.held
        content = json.loads(lock_path_for(catalogue).read_text(encoding="utf-8"))
        assert set(content) == {"user", "host", "pid", "since", "app"}
        assert content["pid"] == os.getpid()
        assert content["app"] == "LIP Desktop"
        # The locked byte lies far beyond the content, which stays readable.
        assert lock_path_for(catalogue).stat().st_size < LOCK_OFFSET
    assert not lock.held
    assert not lock_path_for(catalogue).exists()


def test_second_acquire_in_same_process_is_refused_with_holder(catalogue: Path) -> None:
    since = datetime(2026, 11, 25, 14, 3, tzinfo=timezone(timedelta(hours=1)))
    lock = acquire_writer_lock(catalogue, now=since)
    try:
        # Another spelling of the same path must not slip through.
        other_spelling = catalogue.parent / "." / catalogue.name
        with pytest.raises(CatalogueOpenError) as caught:
            WriterLock.acquire(other_spelling)
        error = caught.value
        assert error.code == "locked"
        assert error.params["path"] == str(other_spelling)
        assert error.params["user"] == lock.info.user
        assert error.params["host"] == lock.info.host
        assert error.params["since"] == format_since(since)
        assert error.params["pid"] == os.getpid()
        assert error.params["same_process"] is True
        assert "ist bereits geöffnet: von" in error.message
        # Refusing must not have disturbed the held lock or its file.
        assert lock.held
        assert read_lock_info(catalogue) == lock.info
    finally:
        lock.release()
    lock.release()  # twice is harmless
    with WriterLock.acquire(catalogue):
        pass


def test_hard_link_to_same_lock_file_conflicts(tmp_path: Path) -> None:
    a = tmp_path / "a" / "plan.lip"
    b = tmp_path / "b" / "plan.lip"
    a.parent.mkdir()
    b.parent.mkdir()
    with WriterLock.acquire(a):
        try:
            os.link(lock_path_for(a), lock_path_for(b))
        except OSError:
            pytest.skip("no hard links here")
        with pytest.raises(CatalogueOpenError):
            WriterLock.acquire(b)


def test_stale_lock_file_is_taken_over(catalogue: Path) -> None:
    lock_file = lock_path_for(catalogue)
    lock_file.write_text(
        json.dumps(
            {
                "user": "bernd",
                "host": "PC-ALT",
                "pid": 999999,
                "since": "2026-01-02T08:00:00",
                "app": "LIP Desktop",
            }
        ),
        encoding="utf-8",
    )
    assert read_lock_info(catalogue) == LockInfo(
        "bernd", "PC-ALT", 999999, datetime(2026, 1, 2, 8, 0), "LIP Desktop"
    )
    with WriterLock.acquire(catalogue) as lock:
        content = json.loads(lock_file.read_text(encoding="utf-8"))
        assert content["pid"] == os.getpid()
        assert (content["user"], content["host"]) == (lock.info.user, lock.info.host)
    assert not lock_file.exists()


def test_missing_folder_is_cannot_write(tmp_path: Path) -> None:
    with pytest.raises(CatalogueOpenError) as caught:
        WriterLock.acquire(tmp_path / "fehlt" / "plan.lip")
    assert caught.value.code == "cannot_write"


def test_parse_info_is_lenient() -> None:
    empty = LockInfo(None, None, None, None, None)
    assert parse_info(b"") == empty
    assert parse_info(b"\xff\xfe garbage") == empty
    assert parse_info(b"[1, 2]") == empty
    info = parse_info(
        json.dumps({"user": "a\x00nna" + "x" * 500, "pid": True, "since": "gestern"}).encode()
    )
    assert info.user is not None and info.user.startswith("anna") and len(info.user) == 200
    assert info.pid is None and info.since is None and info.host is None


def test_format_since() -> None:
    assert format_since(None) == "unbekannt"
    assert format_since(datetime(2026, 11, 25, 14, 3, 59)) == "25.11.2026, 14:03"
    aware = datetime(2026, 11, 25, 13, 3, tzinfo=UTC)
    assert format_since(aware) == aware.astimezone().strftime("%d.%m.%Y, %H:%M")


# --- a real second process ---------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from lip_desktop.model.lockfile import WriterLock
    lock = WriterLock.acquire(Path(sys.argv[1]))
    print("locked", flush=True)
    while True:
        time.sleep(60)
    """
)


def _start_holder(catalogue: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT), env.get("PYTHONPATH")]))
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(catalogue)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _wait_until_held_by(catalogue: Path, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        info = read_lock_info(catalogue)
        if info is not None and info.pid == proc.pid:
            return
        if proc.poll() is not None:
            _out, err = proc.communicate()
            pytest.fail(f"holder process ended early: {err}")
        time.sleep(0.02)
    pytest.fail("holder process did not take the lock in time")


def test_other_process_holds_lock_until_killed(catalogue: Path) -> None:
    with _start_holder(catalogue) as proc:
        try:
            _wait_until_held_by(catalogue, proc)
            with pytest.raises(CatalogueOpenError) as caught:
                WriterLock.acquire(catalogue)
            error = caught.value
            assert error.code == "locked"
            assert error.params["pid"] == proc.pid
            assert error.params["same_process"] is False
            assert error.params["user"] != "unbekannt"
            assert error.params["host"] != "unbekannt"
            assert error.params["since"] != "unbekannt"
            # Reading the holder's file did not break its lock: still refused.
            with pytest.raises(CatalogueOpenError):
                WriterLock.acquire(catalogue)
        finally:
            proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up
            proc.communicate()
    # The killed process left its lock file behind; the OS dropped its lock.
    assert lock_path_for(catalogue).exists()
    assert read_lock_info(catalogue) is not None
    with WriterLock.acquire(catalogue) as lock:
        assert read_lock_info(catalogue) == lock.info
        assert lock.info.pid == os.getpid()
