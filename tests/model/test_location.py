"""Warnings for catalogues on network shares and in cloud-synced folders.

The Windows rules run on Linux through ``platform="win32"`` and injected drive types and
environment; the POSIX rules through an injected mount table.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from lip_desktop.model.location import (
    DRIVE_REMOTE,
    parse_bsd_mount_output,
    parse_proc_mounts,
    storage_warning,
    system_mounts,
)

DRIVE_FIXED = 3


def local_drives(root: str) -> int:
    return DRIVE_FIXED


def z_is_remote(root: str) -> int:
    assert root.endswith("\\")
    return DRIVE_REMOTE if root.upper() == "Z:\\" else DRIVE_FIXED


def win(
    path: str,
    *,
    env: dict[str, str] | None = None,
    drive_type: Callable[[str], int] = local_drives,
) -> str | None:
    return storage_warning(
        PureWindowsPath(path), platform="win32", env=env or {}, drive_type=drive_type
    )


# --- Windows: network ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        r"\\rathaus-fs01\ag-integration\LIP\plan.lip",
        "//rathaus-fs01/ag-integration/LIP/plan.lip",
        r"\\?\UNC\rathaus-fs01\ag-integration\plan.lip",
        "//?/UNC/rathaus-fs01/ag-integration/plan.lip",
    ],
)
def test_windows_unc_paths_are_network(path: str) -> None:
    warning = win(path)
    assert warning is not None
    assert warning.startswith("Die Katalogdatei liegt auf einem Netzlaufwerk (")
    assert r"\\rathaus-fs01\ag-integration" in warning
    assert "lokale Festplatte" in warning
    assert "in einen lokalen Ordner kopieren" in warning


def test_windows_mapped_network_drive() -> None:
    warning = win(r"Z:\Projekte\plan.lip", drive_type=z_is_remote)
    assert warning is not None
    assert "Netzlaufwerk (Laufwerk Z:)" in warning
    # the same check through the extended-length prefix and a lower-case letter
    assert win(r"\\?\z:\Projekte\plan.lip", drive_type=z_is_remote) == warning


def test_windows_local_drive_is_fine() -> None:
    assert win(r"C:\Users\anna\Documents\LIP\plan.lip", drive_type=z_is_remote) is None
    assert win(r"\\?\C:\Users\anna\plan.lip", drive_type=z_is_remote) is None


def test_windows_drive_type_failure_gives_no_warning() -> None:
    def broken(root: str) -> int:
        raise OSError("no such drive")

    assert win(r"Q:\plan.lip", drive_type=broken) is None


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows fallback")
def test_windows_rules_without_drive_probe_off_windows() -> None:
    # Not on Windows and no probe injected: the drive type is unknown, not remote.
    assert storage_warning(PureWindowsPath(r"Z:\plan.lip"), platform="win32", env={}) is None


# --- Windows: cloud folders ------------------------------------------------------------


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"])
def test_windows_onedrive_from_environment(variable: str) -> None:
    env = {variable: r"C:\Users\anna\Stadtcloud"}  # a folder whose name says nothing
    warning = win(r"c:\users\ANNA\stadtcloud\LIP\plan.lip", env=env)
    assert warning is not None
    assert "OneDrive" in warning
    assert "Cloud-Ordner" in warning
    assert win(r"C:\Users\anna\Documents\plan.lip", env=env) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\anna\OneDrive\plan.lip", "OneDrive"),
        (r"C:\Users\anna\OneDrive - Landeshauptstadt Hannover\AG\plan.lip", "OneDrive"),
        (r"D:\Dropbox\plan.lip", "Dropbox"),
        (r"C:\Users\anna\Dropbox (Stadt)\plan.lip", "Dropbox"),
        (r"C:\Users\anna\Google Drive\plan.lip", "Google Drive"),
        (r"C:\Users\anna\iCloudDrive\LIP\plan.lip", "iCloud"),
    ],
)
def test_windows_cloud_folder_names(path: str, service: str) -> None:
    warning = win(path)
    assert warning is not None
    assert f"von {service} synchronisiert" in warning
    assert "OneDrive, Dropbox, Google Drive oder iCloud" in warning


def test_network_wins_over_cloud_and_file_name_is_not_a_folder() -> None:
    warning = win(r"\\srv\share\OneDrive\plan.lip")
    assert warning is not None and "Netzlaufwerk" in warning
    assert win(r"C:\Users\anna\OneDrive.lip") is None
    assert win(r"C:\Users\anna\OneDriveAlt\plan.lip") is None


# --- Linux and macOS -------------------------------------------------------------------

MOUNTS = [
    ("/", "ext4"),
    ("/home", "ext4"),
    ("/mnt/nas", "nfs4"),
    ("/mnt/nas/local-cache", "ext4"),
    ("/media/stadt share", "cifs"),
    ("/run/user/1000/gvfs", "fuse.gvfsd-fuse"),
    ("/Volumes/Projekte", "smbfs"),
    ("/srv/ssh", "fuse.sshfs"),
]


def posix(path: str, mounts: list[tuple[str, str]] = MOUNTS) -> str | None:
    return storage_warning(PurePosixPath(path), platform="linux-test", mounts=mounts)


@pytest.mark.parametrize(
    ("path", "fstype"),
    [
        ("/mnt/nas/LIP/plan.lip", "nfs4"),
        ("/media/stadt share/plan.lip", "cifs"),
        ("/run/user/1000/gvfs/smb-share:server=fs,share=ag/plan.lip", "fuse.gvfsd-fuse"),
        ("/Volumes/Projekte/plan.lip", "smbfs"),
        ("/srv/ssh/plan.lip", "fuse.sshfs"),
    ],
)
def test_posix_network_filesystems(path: str, fstype: str) -> None:
    warning = posix(path)
    assert warning is not None
    assert warning.startswith("Die Katalogdatei liegt auf einem Netzlaufwerk (")
    assert fstype in warning


@pytest.mark.parametrize(
    "fstype", ["nfs", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "davfs"]
)
def test_posix_every_listed_network_type(fstype: str) -> None:
    assert posix("/data/plan.lip", [("/", "ext4"), ("/data", fstype)]) is not None


def test_posix_longest_mount_point_decides() -> None:
    # A local disk mounted inside the NFS tree is local.
    assert posix("/mnt/nas/local-cache/plan.lip") is None
    # "/mnt/nasty" is not below "/mnt/nas": compared by components, not characters.
    assert posix("/mnt/nasty/plan.lip") is None
    assert posix("/home/anna/LIP/plan.lip") is None


def test_posix_no_mount_table_no_warning() -> None:
    assert posix("/mnt/nas/plan.lip", []) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/anna/Dropbox/LIP/plan.lip", "Dropbox"),
        ("/home/anna/OneDrive/plan.lip", "OneDrive"),
        ("/home/anna/Google Drive/plan.lip", "Google Drive"),
        ("/Users/anna/Library/CloudStorage/OneDrive-Personal/plan.lip", "OneDrive"),
        ("/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.org/plan.lip", "Google Drive"),
        ("/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/plan.lip", "iCloud"),
    ],
)
def test_posix_cloud_folders(path: str, service: str) -> None:
    warning = posix(path)
    assert warning is not None
    assert f"von {service} synchronisiert" in warning


def test_posix_symlink_into_share_is_resolved(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX symlinks")
    share = tmp_path / "share"
    share.mkdir()
    link = tmp_path / "Dokumente"
    link.symlink_to(share, target_is_directory=True)
    mounts = [("/", "ext4"), (str(share.resolve()), "cifs")]
    warning = storage_warning(link / "plan.lip", mounts=mounts)
    assert warning is not None and "cifs" in warning


def test_local_temp_folder_on_this_machine(tmp_path: Path) -> None:
    # The real system answers without error; a test folder is normally local.
    assert storage_warning(tmp_path / "plan.lip", mounts=[("/", "ext4")], env={}) is None


def test_parse_proc_mounts_unescapes_spaces() -> None:
    text = "/dev/sda1 / ext4 rw,relatime 0 0\n//fs/ag /media/stadt\\040share cifs rw 0 0\ngarbage\n"
    assert parse_proc_mounts(text) == [("/", "ext4"), ("/media/stadt share", "cifs")]


def test_parse_macos_mount_output() -> None:
    text = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//anna@fs01/Projekte on /Volumes/Projekte (smbfs, nodev, nosuid, mounted by anna)\n"
        "map auto_home on /System/Volumes/Data/home (autofs, automounted, nobrowse)\n"
    )
    assert parse_bsd_mount_output(text) == [
        ("/", "apfs"),
        ("/Volumes/Projekte", "smbfs"),
        ("/System/Volumes/Data/home", "autofs"),
    ]


def test_system_mounts_reads_this_machine() -> None:
    table = system_mounts()
    if sys.platform.startswith("linux"):
        assert any(point == "/" for point, _fstype in table)
    assert all(isinstance(p, str) and isinstance(t, str) for p, t in table)
