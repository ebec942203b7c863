"""Writing files so that a failure never leaves a half file behind.

Content is written to a temporary file in the target's folder, flushed to disk and then
moved over the target in one step (``os.replace``). On Windows a target that is open in
Word or Excel cannot be replaced: that becomes a clear German message, and the previous
file stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from lip_desktop.model.errors import LipError, os_error_reason
from lip_desktop.model.outputs import check_output_path


def atomic_write(path: Path, data: bytes, *, protected: Iterable[Path | str] = ()) -> None:
    """Write ``data`` to ``path`` in one step; refused if ``path`` is a catalogue, one of
    its companions or a backup (see ``outputs``), or one of the ``protected`` catalogues."""
    path = Path(path)
    check_output_path(path, protected)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise LipError("cannot_write", path=str(path), reason="Der Ordner existiert nicht.")
    try:
        fd, tmp = create_temp(folder, path.name)
    except OSError as exc:
        raise LipError("cannot_write", path=str(path), reason=_reason(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise LipError("cannot_write", path=str(path), reason=_reason(exc)) from None


def _reason(exc: OSError) -> str:
    return os_error_reason(exc)


#: Temporary files in a target's folder: ``.<final name>.<pid>.<random>.tmp``.
TEMP_SUFFIX = ".tmp"


def create_temp(folder: Path, final_name: str) -> tuple[int, Path]:
    """A new, exclusively created temporary file beside its future ``final_name``.

    Created with mode 0666 filtered by the user's umask (``mkstemp`` would give 0600, and
    the file keeps that mode after the rename: exports and restored catalogues that other
    people in the team cannot read). The writer's process id is part of the name so that
    ``remove_stale_temps`` can tell a file a killed process left behind from one that a
    running process is still writing.
    """
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        tmp = folder / f".{final_name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def remove_stale_temps(folder: Path, final_name_prefix: str = "", *,
                       max_age_seconds: float = 24 * 3600) -> list[Path]:
    """Delete temporary files (``create_temp`` names, also with their SQLite sidecars)
    whose writing process is gone, or that are older than ``max_age_seconds``.

    A killed import or backup cannot clean up after itself; the next one in the same
    folder does. Files of running processes (including this one) are left alone.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        base = name
        for extra in ("-wal", "-shm", "-journal"):
            if base.endswith(extra):
                base = base[: -len(extra)]
        if not base.startswith("." + final_name_prefix):
            continue
        parts = base.rsplit(".", 3)
        if len(parts) != 4 or not parts[1].isdigit() or "." + parts[3] != TEMP_SUFFIX:
            continue
        pid = int(parts[1])
        try:
            age = now - entry.stat().st_mtime
        except OSError:
            continue
        if pid == os.getpid() or (pid_alive(pid) and age < max_age_seconds):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed.append(entry)
    return removed


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs (on doubt: yes, so nothing is deleted)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel32.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
