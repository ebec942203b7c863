"""Attacks on the files around a catalogue, as the outside trial made them: exports
aimed at the catalogue, two imports racing for one new file, the writer lock bypassed
through links or by deleting the lock file, and operating-system errors in English."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lip_desktop import cli
from lip_desktop.model import storage
from lip_desktop.model.errors import CatalogueOpenError, os_error, os_error_reason
from lip_desktop.model.lockfile import WriterLock, lock_path_for

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "contract" / "example-small.json"

EXPORTS = ("export-json", "export-word", "export-excel")


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "plan.lip"
    assert run(capsys, "import-json", path, EXAMPLE)[0] == 0
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- item 3: no export over the catalogue --------------------------------------------


@pytest.mark.parametrize("command", EXPORTS)
def test_export_refuses_the_catalogue_itself_its_links_and_companions(
        plan: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = plan.parent
    (folder / "link.lip").symlink_to(plan)
    os.link(plan, folder / "hard.docx")
    (folder / "plan.lip-wal").write_bytes(b"")  # companions, present or not
    before = _snapshot(folder)
    targets = [plan, folder / "link.lip", folder / "hard.docx", folder / "sub" / ".." / "plan.lip",
               folder / "plan.lip-wal", folder / "plan.lip-shm", folder / "plan.lip.lock"]
    for target in targets:
        code, out, err = run(capsys, command, plan, target)
        assert code == 1, (target, out)
        assert "darf sie nicht überschreiben" in err and "Traceback" not in err
    assert _snapshot(folder) == before
    assert run(capsys, "check", plan)[0] in (0, 1)  # still opens as a catalogue


def test_export_refuses_another_catalogue_and_a_backup(
        plan: Path, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "andere.lip"
    assert run(capsys, "new", other)[0] == 0
    before = other.read_bytes()
    code, _, err = run(capsys, "export-excel", plan, other)
    assert code == 1 and "Katalogdatei oder Sicherung" in err
    assert other.read_bytes() == before
    backups = [p for p in (data_dir / "Sicherungen").rglob("*") if p.is_file()]
    assert backups
    code, _, err = run(capsys, "export-json", plan, backups[0])
    assert code == 1 and "darf sie nicht überschreiben" in err
    code, _, err = run(capsys, "export-json", plan, backups[0].parent / "neu.json")
    assert code == 1 and "Sicherungen" in err


def test_refused_word_export_does_not_raise_the_draft_version(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def version() -> int:
        run(capsys, "export-json", plan, tmp_path / "x.json")
        doc = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
        return int(doc["catalogue"]["draft_version"])

    before = version()
    code, _, _ = run(capsys, "export-word", plan, plan, "--next-version")
    assert code == 1
    assert version() == before


def test_export_to_a_normal_file_still_works(plan: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "liste.xlsx"
    assert run(capsys, "export-excel", plan, out)[0] == 0
    assert run(capsys, "export-excel", plan, out)[0] == 0  # overwriting an export is fine


# --- item 10: exclusive creation ---------------------------------------------------------


RACER = """
import sys, time
from pathlib import Path
from lip_desktop.model import storage
from lip_desktop.model.errors import LipError
target, flags = Path(sys.argv[1]), Path(sys.argv[2])
def populate(engine):
    (flags / sys.argv[3]).touch()
    deadline = time.monotonic() + 60
    while len(list(flags.iterdir())) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
try:
    storage.create_file(target, populate)
    print("ok")
except LipError as exc:
    print(exc.code, exc.message)
"""


def test_two_imports_into_the_same_new_file_one_wins_one_is_refused(tmp_path: Path) -> None:
    """Both processes pass the 'does not exist yet' check and build their file; only one
    may then claim the name, the other is refused in German."""
    target = tmp_path / "neu.lip"
    flags = tmp_path / "flags"
    flags.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(target), str(flags), name],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env) for name in ("a", "b")]
    outputs = [p.communicate(timeout=120) for p in procs]
    answers = sorted(out.strip() for out, _err in outputs)
    assert len(answers) == 2 and answers[1] == "ok", outputs
    assert answers[0].startswith("already_exists") and "gibt es schon" in answers[0]
    assert storage.identify(target) == storage.SCHEMA_VERSION
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_cli_import_never_replaces_a_file_created_meanwhile(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "neu.lip"
    real_create = storage.create_file

    def racing(path: Path, populate: Any) -> None:
        path.write_bytes(b"the other import was faster")
        real_create(path.with_name("unused.lip"), populate)  # exercise the real one too
        real_create(path, populate)

    monkeypatch.setattr(storage, "create_file", racing)
    code, _, err = run(capsys, "import-json", target, EXAMPLE)
    assert code == 1 and "gibt es schon" in err
    assert target.read_bytes() == b"the other import was faster"


# --- item 11: the writer lock cannot be bypassed ------------------------------------------

HOLDER = """
import sys, time
from pathlib import Path
from lip_desktop.model.lockfile import WriterLock
lock = WriterLock.acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def held(tmp_path: Path) -> Any:
    catalogue = tmp_path / "plan.lip"
    catalogue.write_bytes(b"SQLite format 3\x00" + bytes(200))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(catalogue)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "locked", proc.stderr.read() if proc.stderr else ""
    yield catalogue
    proc.kill()
    proc.communicate()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need admin rights there")
def test_lock_holds_through_a_symbolic_link(held: Path) -> None:
    link = held.parent / "verknuepfung.lip"
    link.symlink_to(held)
    with pytest.raises(CatalogueOpenError) as caught:
        WriterLock.acquire(link)
    assert caught.value.code == "locked"
    assert "bereits geöffnet" in caught.value.message


def test_lock_holds_through_a_hard_link(held: Path) -> None:
    other = held.parent / "zweiter-name.lip"
    os.link(held, other)
    with pytest.raises(CatalogueOpenError) as caught:
        WriterLock.acquire(other)
    assert caught.value.code == "locked"


@pytest.mark.skipif(sys.platform == "win32", reason="Windows cannot delete an open lock file")
def test_lock_holds_after_the_lock_file_was_deleted(held: Path) -> None:
    lock_path_for(held).unlink()
    with pytest.raises(CatalogueOpenError) as caught:
        WriterLock.acquire(held)
    assert caught.value.code == "locked"


def test_released_lock_can_be_taken_through_any_name(tmp_path: Path) -> None:
    catalogue = tmp_path / "plan.lip"
    catalogue.write_bytes(b"x")
    os.link(catalogue, tmp_path / "b.lip")
    WriterLock.acquire(catalogue).release()
    WriterLock.acquire(tmp_path / "b.lip").release()
    WriterLock.acquire(catalogue).release()


# --- item 14: operating-system errors in German, naming the file ---------------------------


@pytest.mark.parametrize(("number", "german"), [
    (errno.ENOSPC, "Datenträger ist voll"), (errno.EISDIR, "Ordner"),
    (errno.EACCES, "keine Berechtigung"), (errno.EROFS, "schreibgeschützt"),
])
def test_os_errors_have_one_german_text(number: int, german: str) -> None:
    exc = OSError(number, os.strerror(number), "/x/plan.docx")
    assert german in os_error_reason(exc)
    message = os_error(exc).message
    assert "/x/plan.docx" in message and os.strerror(number) not in message


def test_a_full_disk_during_an_export_is_german(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self.fh, name)

    monkeypatch.setattr(os, "fdopen", lambda fd, mode="r": FullDisk(real_fdopen(fd, mode)))
    out = tmp_path / "plan.json"
    code, _, err = run(capsys, "export-json", plan, out)
    assert code == 1 and "Datenträger ist voll" in err and str(out) in err
    assert "No space" not in err and not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_directory_given_as_a_file_is_german_for_every_command(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ordner"
    folder.mkdir()
    session = json.loads(EXAMPLE.read_text(encoding="utf-8"))["sessions"][0]["id"]
    for args in (("import-json", plan, folder), ("export-json", plan, folder),
                 ("export-word", plan, folder), ("export-excel", plan, folder),
                 ("import-decisions", plan, folder), ("import-review", plan, folder),
                 ("export-minutes", plan, session, folder), ("check", folder),
                 ("renumber", folder), ("restore", plan, folder)):
        code, _, err = run(capsys, *args)
        assert code == 1, args
        assert "Unerwarteter" not in err and "Is a directory" not in err, (args, err)
        assert str(folder) in err or "gibt es nicht" in err, (args, err)


@pytest.mark.parametrize(("number", "english", "german"), [
    (errno.EROFS, "Read-only file system", "schreibgeschützt"),
    (errno.EACCES, "Permission denied", "Berechtigung"),
])
def test_a_read_only_target_is_german(
        plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, number: int, english: str, german: str) -> None:
    """Injected, because root (which runs CI here) ignores mode bits."""
    from lip_desktop.model import files

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise OSError(number, english)

    monkeypatch.setattr(files, "create_temp", refuse)
    out = tmp_path / "x.json"
    code, _, err = run(capsys, "export-json", plan, out)
    assert code == 1 and german in err and english not in err and str(out) in err
