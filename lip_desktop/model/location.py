"""Where a catalogue lives: a file or a server; warn before a file is edited where SQLite
cannot store it safely.

SQLite's write-ahead log relies on shared memory and byte-range locks that network file
systems (SMB, NFS, sshfs, ...) implement incompletely or not at all, and cloud sync
clients (OneDrive, Dropbox, ...) copy the database file and its ``-wal``/``-shm``
companions independently, at arbitrary moments. Both have destroyed SQLite databases in
practice. We cannot prevent users from opening such files, but we can tell them clearly,
before anything is written, and say what to do instead.

Everything the check needs from the operating system (platform, mount table, environment,
drive type) can be injected, so the Windows rules are tested on Linux and vice versa.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

#: How the address of a catalogue on a PostgreSQL server starts (``model/server.py``).
SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_address(text: object) -> bool:
    """Whether ``text`` names a catalogue on a server rather than a file (cheap: the
    command line asks this before anything heavy is imported)."""
    return isinstance(text, str) and text.strip().lower().startswith(SERVER_SCHEMES)


#: ``GetDriveTypeW`` result for a mapped network drive.
DRIVE_REMOTE = 4

NETWORK_WARNING = (
    "Die Katalogdatei liegt auf einem Netzlaufwerk ({detail}). SQLite braucht für sicheres "
    "Speichern eine lokale Festplatte: bitte den Katalog in einen lokalen Ordner kopieren."
)
CLOUD_WARNING = (
    "Die Katalogdatei liegt in einem Cloud-Ordner, der von {service} synchronisiert wird "
    "({folder}). Die Synchronisierung kann die Katalogdatei und ihre Begleitdateien "
    "(-wal, -shm) getrennt kopieren oder zurücksetzen und so den Katalog beschädigen: "
    "bitte den Katalog in einen lokalen Ordner außerhalb von OneDrive, Dropbox, "
    "Google Drive oder iCloud kopieren."
)

#: File system types (as in /proc/mounts or macOS ``mount``) that live on another machine.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs",
        "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "davfs", "fuse.davfs2",
        "lustre", "gpfs", "beegfs", "ncpfs", "coda", "afpfs", "webdav",
        # GNOME mounts SMB/SFTP shares opened in the file manager below /run/user/*/gvfs.
        "fuse.gvfsd-fuse",
        # rclone and s3fs mount cloud storage as a file system.
        "fuse.rclone", "fuse.s3fs",
    }
)  # fmt: skip

# Environment variables the OneDrive client sets to its folders.
_ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def storage_warning(
    path: PurePath,
    *,
    platform: str = sys.platform,
    mounts: Sequence[tuple[str, str]] | None = None,
    env: Mapping[str, str] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """German warning if ``path`` is on a network share or in a cloud-synced folder.

    Returns ``None`` when nothing suspicious was found; the check errs on the side of
    silence when the system cannot be asked (no /proc, no ``mount``), because a false
    alarm on every start would teach users to ignore the real one.

    ``platform``, ``mounts`` (``(mountpoint, fstype)`` pairs), ``env`` and ``drive_type``
    (``GetDriveTypeW`` for a root like ``"Z:\\\\"``) default to the running system; when
    ``platform`` is not the running one the path is treated as a pure path and only the
    injected values are used.
    """
    environ: Mapping[str, str] = os.environ if env is None else env
    candidates = _candidate_paths(path, platform)
    if platform == "win32":
        probe = drive_type
        if probe is None:
            probe = _system_drive_type if platform == sys.platform else _unknown_drive_type
        for candidate in candidates:
            warning = _windows_network(PureWindowsPath(candidate), probe)
            if warning:
                return warning
        for candidate in candidates:
            warning = _windows_cloud(PureWindowsPath(candidate), environ)
            if warning:
                return warning
        return None
    table = mounts
    if table is None:
        table = system_mounts(platform) if platform == sys.platform else []
    for candidate in candidates:
        warning = _posix_network(PurePosixPath(candidate), table)
        if warning:
            return warning
    for candidate in candidates:
        warning = _cloud_component(PurePosixPath(candidate))
        if warning:
            return warning
    return None


def _candidate_paths(path: PurePath, platform: str) -> list[str]:
    """The path as given and, on the running system, with links resolved.

    Both matter: a symlink in a local folder may point onto a share, and on Windows the
    drive letter of a mapped drive is only recognisable *before* resolution while the
    UNC form appears after it.
    """
    given = str(path)
    if platform != sys.platform:
        return [given]
    try:
        absolute = str(Path(given).absolute())
        resolved = str(Path(given).resolve(strict=False))
    except (OSError, RuntimeError, ValueError):  # RuntimeError: symlink loop
        return [given]
    result: list[str] = []
    for item in (absolute, resolved):
        if item not in result:
            result.append(item)
    return result


# --- Windows ---------------------------------------------------------------------------


def _normalise_windows(path: PureWindowsPath) -> PureWindowsPath:
    r"""Strip the ``\\?\`` and ``\\.\`` prefixes so UNC paths look like UNC paths."""
    text = str(path).replace("/", "\\")
    if text.startswith(("\\\\?\\", "\\\\.\\")):
        rest = text[4:]
        if rest[:4].upper() == "UNC\\":
            return PureWindowsPath("\\\\" + rest[4:])
        if rest[1:2] == ":":
            return PureWindowsPath(rest)
    return PureWindowsPath(text)


def _windows_network(path: PureWindowsPath, drive_type: Callable[[str], int]) -> str | None:
    norm = _normalise_windows(path)
    drive = norm.drive
    if drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\")):
        return NETWORK_WARNING.format(detail=f"Freigabe {drive}")
    if len(drive) == 2 and drive[1] == ":":
        try:
            kind = drive_type(drive.upper() + "\\")
        except OSError:
            return None
        if kind == DRIVE_REMOTE:
            return NETWORK_WARNING.format(detail=f"Laufwerk {drive.upper()}")
    return None


def _windows_cloud(path: PureWindowsPath, env: Mapping[str, str]) -> str | None:
    norm = _normalise_windows(path)
    for name in _ONEDRIVE_ENV:
        value = env.get(name, "").strip()
        if not value:
            continue
        root = _normalise_windows(PureWindowsPath(value))
        # PureWindowsPath compares case-insensitively, like the file system.
        if root.is_absolute() and norm.is_relative_to(root):
            return CLOUD_WARNING.format(service="OneDrive", folder=str(root))
    return _cloud_component(norm)


def _system_drive_type(root: str) -> int:
    """``GetDriveTypeW`` for a drive root such as ``"Z:\\\\"`` (0 = unknown elsewhere)."""
    if sys.platform == "win32":
        import ctypes  # noqa: PLC0415 - Windows only; not imported before a file's paint
        from ctypes import wintypes  # noqa: PLC0415 - only exists on Windows builds

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        get_drive_type = kernel32.GetDriveTypeW
        get_drive_type.argtypes = [wintypes.LPCWSTR]
        get_drive_type.restype = wintypes.UINT
        return int(get_drive_type(root))
    return 0


def _unknown_drive_type(root: str) -> int:
    return 0


# --- Linux, macOS and other POSIX systems -----------------------------------------------


def system_mounts(platform: str = sys.platform) -> list[tuple[str, str]]:
    """The running system's mount table as ``(mountpoint, fstype)`` pairs.

    Linux has ``/proc/self/mounts``; macOS and the BSDs have no such file, so their
    ``mount`` command is asked instead. Any failure gives an empty table (no warning).
    """
    proc = Path("/proc/self/mounts")
    if platform.startswith("linux") or proc.exists():
        try:
            return parse_proc_mounts(proc.read_text(encoding="utf-8", errors="surrogateescape"))
        except OSError:
            return []
    import subprocess  # noqa: PLC0415 - macOS/BSD only (about 8 ms, with locale and signal)

    for command in ("/sbin/mount", "/usr/sbin/mount", "/bin/mount"):
        if Path(command).exists():
            try:
                result = subprocess.run(
                    [command], capture_output=True, text=True, timeout=5, check=False
                )
            except (OSError, subprocess.SubprocessError):
                return []
            return parse_bsd_mount_output(result.stdout)
    return []


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    r"""Parse /proc/mounts; the kernel writes spaces in mount points as ``\040``."""
    table: list[tuple[str, str]] = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            table.append((_unescape_octal(fields[1]), fields[2]))
    return table


def _unescape_octal(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        chunk = text[i + 1 : i + 4]
        if text[i] == "\\" and len(chunk) == 3 and all(c in "01234567" for c in chunk):
            out.append(chr(int(chunk, 8)))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def parse_bsd_mount_output(text: str) -> list[tuple[str, str]]:
    """Parse macOS/BSD ``mount`` lines: ``//u@srv/share on /Volumes/share (smbfs, ...)``."""
    table: list[tuple[str, str]] = []
    for line in text.splitlines():
        head, sep, options = line.rpartition(" (")
        if not sep:
            continue
        _source, on, mountpoint = head.partition(" on ")
        if not on:
            continue
        fstype = options.split(",", 1)[0].rstrip(")").strip()
        table.append((mountpoint, fstype))
    return table


def _posix_network(path: PurePosixPath, mounts: Sequence[tuple[str, str]]) -> str | None:
    best: tuple[int, str, str] | None = None
    for mountpoint, fstype in mounts:
        point = PurePosixPath(mountpoint)
        if not point.is_absolute() or not path.is_relative_to(point):
            continue
        depth = len(point.parts)
        # ">=": for the same mount point the later line is the one on top (over-mounts).
        if best is None or depth >= best[0]:
            best = (depth, mountpoint, fstype)
    if best is None:
        return None
    _depth, mountpoint, fstype = best
    if fstype.lower() in NETWORK_FILESYSTEMS:
        return NETWORK_WARNING.format(detail=f"{fstype} unter {mountpoint}")
    return None


# --- cloud folders, all systems ---------------------------------------------------------


def _cloud_service(folder: str) -> str | None:
    """Which sync service a folder name belongs to, if any (case-insensitive)."""
    name = folder.casefold()
    if name == "onedrive" or name.startswith(("onedrive - ", "onedrive-")):
        return "OneDrive"  # "OneDrive - Stadt X" (business), "OneDrive-Personal" (macOS)
    if name == "dropbox" or name.startswith(("dropbox (", "dropbox-")):
        return "Dropbox"  # "Dropbox (Firma)" is the Dropbox Business folder
    if name in {"google drive", "googledrive"} or name.startswith("googledrive-"):
        return "Google Drive"  # "GoogleDrive-user@example.org" under ~/Library/CloudStorage
    if name in {"iclouddrive", "icloud drive", "com~apple~clouddocs", "mobile documents"}:
        return "iCloud"
    return None


def _cloud_component(path: PurePath) -> str | None:
    parts = path.parent.parts
    anchor_offset = 1 if path.anchor else 0
    for index in range(anchor_offset, len(parts)):
        service = _cloud_service(parts[index])
        if service:
            folder = type(path)(*parts[: index + 1])
            return CLOUD_WARNING.format(service=service, folder=str(folder))
    return None
