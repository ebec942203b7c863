"""Backups through SQLite's backup API: complete, verified, rotated, restorable."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lip_desktop.model import appdirs
from lip_desktop.model.backups import (
    BackupInfo,
    list_backups,
    make_backup,
    newest_good_backup,
    restore_backup,
    rotate,
    select_to_keep,
    sqlite_uri,
    verify_backup,
)
from lip_desktop.model.errors import LipError

NOW = datetime(2026, 11, 25, 15, 30)
PAGE = 4096


def rows(path: Path) -> int:
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM t").fetchone()[0])
    finally:
        conn.close()


def journal_mode(path: Path) -> str:
    conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def wal_db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A WAL database whose last 300 rows (about 75 pages) are only in the WAL file."""
    conn = sqlite3.connect(tmp_path / "plan.lip", isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size={PAGE}")
        assert conn.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t(b) VALUES (randomblob(1000))", [()] * 300)
        conn.execute("COMMIT")
        yield conn
    finally:
        conn.close()


# --- making backups ---------------------------------------------------------------------


def test_backup_contains_rows_still_in_the_wal(tmp_path: Path, wal_db: sqlite3.Connection) -> None:
    main_file = tmp_path / "plan.lip"
    assert (tmp_path / "plan.lip-wal").stat().st_size > 300 * 1000
    # What a plain file copy would have saved: the table, but none of the rows.
    raw_copy = tmp_path / "kopie" / "plan.lip"
    raw_copy.parent.mkdir()
    shutil.copyfile(main_file, raw_copy)
    assert rows(raw_copy) == 0

    info = make_backup(wal_db, tmp_path / "sicherungen", "plan", "open", now=NOW)

    assert info.path == tmp_path / "sicherungen" / "plan_2026-11-25_15-30-00_open.lip"
    assert info == BackupInfo(info.path, NOW, "open", info.path.stat().st_size)
    assert rows(info.path) == 300
    assert journal_mode(info.path) == "delete"
    verify_backup(info.path)
    # One self-contained file and no temporary leftovers.
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_backup_name_gets_counter_when_taken(tmp_path: Path, wal_db: sqlite3.Connection) -> None:
    dest = tmp_path / "sicherungen"
    first = make_backup(wal_db, dest, "plan", "manual", now=NOW)
    second = make_backup(wal_db, dest, "plan", "manual", now=NOW)
    assert first.path.name == "plan_2026-11-25_15-30-00_manual.lip"
    assert second.path.name == "plan_2026-11-25_15-30-00_manual-2.lip"
    assert [b.path for b in list_backups(dest)] == [second.path, first.path]


def test_backup_stem_is_made_windows_safe(tmp_path: Path, wal_db: sqlite3.Connection) -> None:
    info = make_backup(wal_db, tmp_path / "s", 'Plan: "AG 3/4"?', "close", now=NOW)
    assert info.path.name == "Plan_ _AG 3_4___2026-11-25_15-30-00_close.lip"
    assert list_backups(tmp_path / "s") == [info]


def test_backup_refuses_bad_reason_and_open_transaction(
    tmp_path: Path, wal_db: sqlite3.Connection
) -> None:
    with pytest.raises(ValueError, match="reason"):
        make_backup(wal_db, tmp_path / "s", "plan", "weekly", now=NOW)
    wal_db.execute("BEGIN")
    wal_db.execute("INSERT INTO t(b) VALUES (x'00')")
    try:
        with pytest.raises(ValueError, match="transaction"):
            make_backup(wal_db, tmp_path / "s", "plan", "manual", now=NOW)
    finally:
        wal_db.execute("ROLLBACK")


def test_backup_of_a_damaged_source_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "kaputt.lip"
    make_multipage_db(source)
    corrupt_middle_page(source)
    conn = sqlite3.connect(sqlite_uri(source, "rw"), uri=True, isolation_level=None)
    try:
        with pytest.raises(LipError) as caught:
            make_backup(conn, tmp_path / "s", "kaputt", "open", now=NOW)
    finally:
        conn.close()
    assert caught.value.code == "backup_bad"
    assert list((tmp_path / "s").iterdir()) == []


def test_list_backups_ignores_foreign_files(tmp_path: Path) -> None:
    assert list_backups(tmp_path / "gibt-es-nicht") == []
    for name in [
        "notizen.txt",
        "plan_2026-11-25_15-30-00_open.lip.tmp",
        "plan_2026-13-45_15-30-00_open.lip",  # no such date
        "plan_2026-11-25_15-30-00_weekly.lip",  # no such reason
        ".plan_2026-11-25_15-30-00_open.lip.x1.tmp",
    ]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "plan_2026-11-24_09-00-00_open.lip").mkdir()  # a folder, not a backup
    (tmp_path / "mein_plan_2026-11-20_08-00-05_interval.lip").write_bytes(b"abc")
    (tmp_path / "mein_plan_2026-11-21_08-00-05_migration.lip").write_bytes(b"abcd")
    assert list_backups(tmp_path) == [
        BackupInfo(
            tmp_path / "mein_plan_2026-11-21_08-00-05_migration.lip",
            datetime(2026, 11, 21, 8, 0, 5),
            "migration",
            4,
        ),
        BackupInfo(
            tmp_path / "mein_plan_2026-11-20_08-00-05_interval.lip",
            datetime(2026, 11, 20, 8, 0, 5),
            "interval",
            3,
        ),
    ]


# --- rotation ---------------------------------------------------------------------------


def test_rotation_over_400_days() -> None:
    # Four backups a day (6, 10, 14, 18 o'clock) for 400 days; today (Wednesday,
    # 15:30) only three so far.
    created = [datetime(2026, 11, 25, hour) for hour in (6, 10, 14)]
    for days_back in range(1, 400):
        day = NOW.date() - timedelta(days=days_back)
        created += [datetime.combine(day, time(hour)) for hour in (6, 10, 14, 18)]

    keep = select_to_keep(created, NOW)

    yesterday = NOW.date() - timedelta(days=1)
    recent = {c for c in created if c.date() >= yesterday}
    assert len(recent) == 3 + 4
    evening = time(18)
    # Daily: the newest of each of the 14 days before yesterday.
    daily = {datetime.combine(NOW.date() - timedelta(days=n), evening) for n in range(2, 16)}
    # Weekly: the older backups start on Monday 23 November (ISO week 48); the newest of
    # week 48 is that Monday evening, of weeks 47 back to 41 their Sunday evening.
    weekly = {datetime(2026, 11, 23, 18)} | {
        datetime.combine(date.fromisocalendar(2026, week, 7), evening) for week in range(41, 48)
    }
    # Monthly: November (23rd again) and the last day of December 2025 to October 2026.
    month_ends = [date(2025, 12, 31)] + [
        date(2026, month + 1, 1) - timedelta(days=1) for month in range(1, 11)
    ]
    monthly = {datetime(2026, 11, 23, 18)} | {datetime.combine(d, evening) for d in month_ends}
    assert len(daily) == 14 and len(weekly) == 8 and len(monthly) == 12

    assert keep == recent | daily | weekly | monthly
    assert all(c.hour == 18 for c in keep - recent)  # only the newest of a day
    assert min(keep) == datetime(2025, 12, 31, 18)  # nothing older than 12 months


def test_rotation_keeps_history_after_a_long_break() -> None:
    # Daily backups from 11 April to Saturday 10 May 2025, then a break of 18 months:
    # counted in days *with backups*, the history survives the first start after it.
    last_use = datetime(2025, 5, 10, 17, 0)
    created = [last_use - timedelta(days=n) for n in range(30)]
    keep = select_to_keep(created, NOW)
    daily = {last_use - timedelta(days=n) for n in range(14)}  # 10 May back to 27 April
    weekly = {datetime(2025, 4, 13, 17), datetime(2025, 4, 20, 17)}  # Sundays beyond those
    assert keep == daily | weekly  # the newest of April (30th) is already a daily one


def test_rotation_small_counts_spelled_out() -> None:
    created = [
        datetime(2026, 11, 25, 9),  # today
        datetime(2026, 11, 24, 9),  # yesterday
        datetime(2026, 11, 24, 8),  # yesterday
        datetime(2026, 11, 22, 12),  # Sunday, week 47: daily 1, weekly 1, monthly 1
        datetime(2026, 11, 22, 11),  # same day, older: dropped
        datetime(2026, 11, 20, 9),  # daily 2
        datetime(2026, 11, 19, 9),  # beyond daily; same week and month: dropped
        datetime(2026, 11, 14, 9),  # week 46: weekly 2
        datetime(2026, 11, 7, 9),  # week 45: beyond weekly; November: dropped
        datetime(2026, 10, 31, 9),  # October: monthly 2
        datetime(2026, 9, 30, 9),  # September: beyond monthly
        datetime(2027, 1, 1, 0),  # in the future (wrong clock): kept
    ]
    keep = select_to_keep(created, NOW, daily=2, weekly=2, monthly=2)
    assert keep == {
        datetime(2026, 11, 25, 9),
        datetime(2026, 11, 24, 9),
        datetime(2026, 11, 24, 8),
        datetime(2026, 11, 22, 12),
        datetime(2026, 11, 20, 9),
        datetime(2026, 11, 14, 9),
        datetime(2026, 10, 31, 9),
        datetime(2027, 1, 1, 0),
    }


@settings(max_examples=150, deadline=None, database=None)
@given(
    st.lists(
        st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 11, 26)),
        max_size=60,
    )
)
def test_rotation_properties(created: list[datetime]) -> None:
    keep = select_to_keep(created, NOW, daily=3, weekly=2, monthly=2)
    assert keep <= set(created)
    if created:
        assert max(created) in keep
    recent = {c for c in created if c.date() >= NOW.date() - timedelta(days=1)}
    assert recent <= keep
    assert len(keep - recent) <= 3 + 2 + 2
    # Rotating again changes nothing.
    assert select_to_keep(sorted(keep), NOW, daily=3, weekly=2, monthly=2) == keep


def test_rotate_deletes_only_what_the_rule_drops(tmp_path: Path) -> None:
    names = {
        "plan_2026-11-25_09-00-00_open.lip": True,
        "plan_2026-11-10_09-00-00_open.lip": True,
        "plan_2026-11-10_08-00-00_interval.lip": False,
        "plan_2026-11-10_08-00-00_interval-2.lip": False,
        "plan_2026-11-09_08-00-00_close.lip": False,
        "fremd.lip": True,
    }
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    deleted = rotate(tmp_path, NOW, daily=1, weekly=0, monthly=0)
    assert sorted(p.name for p in deleted) == sorted(n for n, kept in names.items() if not kept)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        n for n, kept in names.items() if kept
    )


# --- verification and restore -----------------------------------------------------------


def make_multipage_db(path: Path, count: int = 200) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size={PAGE}")
        conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)")
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO t(b) VALUES (randomblob(1000))", [()] * count)
        conn.execute("COMMIT")
    finally:
        conn.close()


def corrupt_middle_page(path: Path) -> None:
    """Overwrite a whole b-tree page in the middle of the file.

    A whole page, because quick_check checks the structure of the b-trees, not the
    bytes of every stored value.
    """
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE
    assert pages > 20
    middle = (pages // 2) * PAGE
    data[middle : middle + PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def test_corrupted_backup_is_refused_and_skipped(
    tmp_path: Path, wal_db: sqlite3.Connection
) -> None:
    dest = tmp_path / "sicherungen"
    good = make_backup(wal_db, dest, "plan", "open", now=NOW - timedelta(hours=2))
    bad = make_backup(wal_db, dest, "plan", "interval", now=NOW)
    corrupt_middle_page(bad.path)
    before = bad.path.read_bytes()

    with pytest.raises(LipError) as caught:
        verify_backup(bad.path)
    assert caught.value.code == "backup_bad"
    assert str(bad.path) in caught.value.message
    assert bad.path.read_bytes() == before  # checking never changes a backup

    assert newest_good_backup(dest) == good
    verify_backup(good.path)


def test_verify_missing_and_foreign_files(tmp_path: Path) -> None:
    with pytest.raises(LipError) as caught:
        verify_backup(tmp_path / "fehlt.lip")
    assert caught.value.code == "backup_not_found"
    text = tmp_path / "brief.lip"
    text.write_bytes(b"Sehr geehrte Damen und Herren, " * 200)
    with pytest.raises(LipError) as caught:
        verify_backup(text)
    assert caught.value.code == "backup_bad"
    assert newest_good_backup(tmp_path) is None


def test_restore_keeps_damaged_target_aside(tmp_path: Path, wal_db: sqlite3.Connection) -> None:
    backup = make_backup(wal_db, tmp_path / "sicherungen", "plan", "open", now=NOW)
    target = tmp_path / "arbeit" / "plan.lip"
    target.parent.mkdir()
    make_multipage_db(target, count=100)
    corrupt_middle_page(target)
    wal = target.with_name("plan.lip-wal")
    wal.write_bytes(b"stale wal bytes" * 100)  # must not be replayed into the restore
    damaged, damaged_wal = target.read_bytes(), wal.read_bytes()

    aside = restore_backup(backup.path, target, now=datetime(2026, 11, 26, 8, 15, 1))

    assert aside == target.with_name("plan_ersetzt_2026-11-26_08-15-01.lip")
    assert aside.read_bytes() == damaged
    assert aside.with_name(aside.name + "-wal").read_bytes() == damaged_wal
    assert not wal.exists()
    assert rows(target) == 300
    verify_backup(target)
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(
        [target.name, aside.name, aside.name + "-wal"]
    )


def test_restore_twice_same_second_and_without_target(
    tmp_path: Path, wal_db: sqlite3.Connection
) -> None:
    backup = make_backup(wal_db, tmp_path / "s", "plan", "open", now=NOW)
    target = tmp_path / "neu.lip"
    assert restore_backup(backup.path, target, now=NOW) is None
    assert rows(target) == 300
    first = restore_backup(backup.path, target, now=NOW)
    second = restore_backup(backup.path, target, now=NOW)
    assert first is not None and second is not None
    assert first.name == "neu_ersetzt_2026-11-25_15-30-00.lip"
    assert second.name == "neu_ersetzt_2026-11-25_15-30-00_2.lip"
    assert rows(first) == rows(second) == rows(target) == 300


def test_restore_refuses_bad_backup_and_leaves_target(tmp_path: Path) -> None:
    target = tmp_path / "plan.lip"
    make_multipage_db(target, count=30)
    original = target.read_bytes()
    bad = tmp_path / "kaputt.lip"
    make_multipage_db(bad)
    corrupt_middle_page(bad)
    with pytest.raises(LipError) as caught:
        restore_backup(bad, target)
    assert caught.value.code == "backup_bad"
    assert target.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kaputt.lip", "plan.lip"]


# --- URIs -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "mode", "uri"),
    [
        (
            PureWindowsPath(r"C:\Users\Anna Müller\LIP\plan#1 50%?.lip"),
            "ro",
            "file:///C:/Users/Anna%20M%C3%BCller/LIP/plan%231%2050%25%3F.lip?mode=ro",
        ),
        (
            PureWindowsPath(r"\\rathaus-fs\ag share\plan.lip"),
            "rw",
            "file:////rathaus-fs/ag%20share/plan.lip?mode=rw",
        ),
        (PureWindowsPath("//srv/share/a/plan.lip"), "ro", "file:////srv/share/a/plan.lip?mode=ro"),
        (
            PureWindowsPath(r"\\?\UNC\srv\share\plan.lip"),
            "ro",
            "file:////srv/share/plan.lip?mode=ro",
        ),
        (PureWindowsPath(r"\\?\D:\x\plan.lip"), "rwc", "file:///D:/x/plan.lip?mode=rwc"),
        (
            PurePosixPath("/home/anna/a b/c?d#e%f.lip"),
            "ro",
            "file:///home/anna/a%20b/c%3Fd%23e%25f.lip?mode=ro",
        ),
    ],
)
def test_sqlite_uri_forms(path: PureWindowsPath | PurePosixPath, mode: str, uri: str) -> None:
    assert sqlite_uri(path, mode) == uri


def test_sqlite_uri_refuses_relative_pure_paths_and_bad_modes() -> None:
    with pytest.raises(ValueError):
        sqlite_uri(PureWindowsPath(r"LIP\plan.lip"), "ro")
    with pytest.raises(ValueError):
        sqlite_uri(PurePosixPath("LIP/plan.lip"), "ro")
    with pytest.raises(ValueError):
        sqlite_uri(PurePosixPath("/x.lip"), "memory")


def test_sqlite_uri_opens_awkward_real_paths(tmp_path: Path) -> None:
    folder = tmp_path / "Ordner mit #Raute, 100% & Fragezeichen?"
    if os.name == "nt":  # "?" is not allowed in Windows names
        folder = tmp_path / "Ordner mit #Raute, 100% & Leerzeichen"
    folder.mkdir()
    path = folder / "Plan für Bäume.lip"
    conn = sqlite3.connect(sqlite_uri(path, "rwc"), uri=True)
    try:
        conn.execute("CREATE TABLE t(x)")
        conn.commit()
    finally:
        conn.close()
    assert [p.name for p in folder.iterdir()] == [path.name]
    assert rows(path) == 0
    with pytest.raises(sqlite3.OperationalError):  # "rw" never creates a file
        sqlite3.connect(sqlite_uri(folder / "tippfehler.lip", "rw"), uri=True).close()
    assert not (folder / "tippfehler.lip").exists()


# --- application folders ----------------------------------------------------------------


def test_data_dir_override_and_backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(appdirs.DATA_DIR_ENV, str(tmp_path / "daten"))
    assert appdirs.data_dir() == tmp_path / "daten"
    folder = appdirs.backup_dir("0b5e2c9e-1111-4a4a-9c9c-123456789abc")
    assert folder == tmp_path / "daten" / "Sicherungen" / "0b5e2c9e-1111-4a4a-9c9c-123456789abc"
    assert not folder.exists()  # named, not created
    assert appdirs.ensure_dir(folder) == folder and folder.is_dir()
    if os.name != "nt":
        assert (tmp_path / "daten").stat().st_mode & 0o077 == 0
    assert appdirs.log_dir() == tmp_path / "daten" / "Protokolle"
    for bad in ["", "..", "a/b", "a\\b", "c:", " x"]:
        with pytest.raises(ValueError):
            appdirs.backup_dir(bad)


def test_ensure_dir_failure_is_cannot_write(tmp_path: Path) -> None:
    blocker = tmp_path / "datei"
    blocker.write_bytes(b"")
    with pytest.raises(LipError) as caught:
        appdirs.ensure_dir(blocker / "unter")
    assert caught.value.code == "cannot_write"


@pytest.mark.parametrize(
    ("platform", "env", "home", "expected"),
    [
        (
            "win32",
            {"LOCALAPPDATA": r"C:\Users\anna\AppData\Local", "APPDATA": r"C:\roaming"},
            PureWindowsPath(r"C:\Users\anna"),
            PureWindowsPath(r"C:\Users\anna\AppData\Local\LIP Desktop"),
        ),
        (
            "win32",
            {},
            PureWindowsPath(r"C:\Users\anna"),
            PureWindowsPath(r"C:\Users\anna\AppData\Local\LIP Desktop"),
        ),
        (
            "darwin",
            {"XDG_DATA_HOME": "/ignored"},
            PurePosixPath("/Users/anna"),
            PurePosixPath("/Users/anna/Library/Application Support/LIP Desktop"),
        ),
        (
            "linux",
            {"XDG_DATA_HOME": "/data/anna"},
            PurePosixPath("/home/anna"),
            PurePosixPath("/data/anna/lip-desktop"),
        ),
        (
            "linux",
            {"XDG_DATA_HOME": "relativ/ungueltig"},
            PurePosixPath("/home/anna"),
            PurePosixPath("/home/anna/.local/share/lip-desktop"),
        ),
        (
            "win32",
            {"LIP_DESKTOP_DATA_DIR": r"E:\portable\daten", "LOCALAPPDATA": r"C:\x"},
            PureWindowsPath(r"C:\Users\anna"),
            PureWindowsPath(r"E:\portable\daten"),
        ),
    ],
)
def test_data_dir_per_platform(
    platform: str,
    env: dict[str, str],
    home: PureWindowsPath | PurePosixPath,
    expected: PureWindowsPath | PurePosixPath,
) -> None:
    assert appdirs.data_dir_for(platform, env, home) == expected


def test_restore_from_a_wal_catalogue_leaves_no_litter(
    tmp_path: Path, wal_db: sqlite3.Connection
) -> None:
    # A catalogue copy (WAL mode, rows still in its WAL) chosen as the backup to restore.
    source = tmp_path / "plan.lip"
    target = tmp_path / "ziel" / "plan.lip"
    target.parent.mkdir()
    assert restore_backup(source, target) is None
    assert rows(target) == 300
    assert journal_mode(target) == "delete"
    assert [p.name for p in target.parent.iterdir()] == ["plan.lip"]


def test_failed_restore_puts_the_old_file_back(
    tmp_path: Path, wal_db: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lip_desktop.model import backups

    backup = make_backup(wal_db, tmp_path / "s", "plan", "open", now=NOW)
    target = tmp_path / "ziel" / "plan.lip"
    target.parent.mkdir()
    make_multipage_db(target, count=30)
    target.with_name("plan.lip-wal").write_bytes(b"wal")
    original = target.read_bytes()

    def disk_full(path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "_fsync_file", disk_full)
    with pytest.raises(LipError) as caught:
        restore_backup(backup.path, target, now=NOW)
    assert caught.value.code == "cannot_write"
    assert "voll" in caught.value.message
    assert target.read_bytes() == original
    assert sorted(p.name for p in target.parent.iterdir()) == ["plan.lip", "plan.lip-wal"]
