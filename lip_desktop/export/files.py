"""Writing exports and reading returned office files safely.

Every export is built in memory as bytes, checked by reading it back, and only then
written atomically next to the target and moved into place: a failed export never
damages the previous file. Returned office files are untrusted: before any parser sees
them, the zip container is checked against size and entry-count limits (zip bombs).
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

from lip_desktop.model.errors import LipError, os_error
from lip_desktop.model.files import atomic_write

#: Limits for returned office files: far above any real LIP document, far below harm.
MAX_FILE_BYTES: Final = 100 * 1024 * 1024
MAX_ENTRIES: Final = 5_000
MAX_UNPACKED_BYTES: Final = 500 * 1024 * 1024
MAX_RATIO: Final = 200  # uncompressed / compressed per entry


def write_verified(path: Path, data: bytes, verify: Callable[[bytes], None], *,
                   protected: Iterable[Path | str] = ()) -> None:
    """Check ``data`` with ``verify`` (reads it back, raises on a problem), then write
    it atomically: the previous file stays intact when anything fails. A catalogue,
    its companions, a backup and the ``protected`` catalogues are never overwritten."""
    verify(data)
    atomic_write(path, data, protected=protected)


def read_office_file(path: Path, kind: str) -> bytes:
    """The bytes of a returned .docx/.xlsx, refused if it is not a sane zip container.

    ``kind`` is "Word" or "Excel", for the message.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LipError("office_file_too_large", path=str(path),
                           reason=f"{size // (1024 * 1024)} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise LipError("file_not_found", path=str(path)) from None
    except OSError as exc:
        raise os_error(exc, path, reading=True) from None
    check_office_zip(data, path, kind)
    return data


def check_office_zip(data: bytes, path: Path | str, kind: str) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise LipError("bad_office_file", path=str(path), kind=kind,
                       reason="kein Office-Dokument (kein ZIP-Container)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise LipError("office_file_too_large", path=str(path),
                           reason=f"{len(infos)} Teile")
        total = 0
        for info in infos:
            total += info.file_size
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO \
                    and info.file_size > 1024 * 1024:
                raise LipError("office_file_too_large", path=str(path),
                               reason=f"verdächtig stark komprimierter Teil {info.filename}")
        if total > MAX_UNPACKED_BYTES:
            raise LipError("office_file_too_large", path=str(path),
                           reason=f"{total // (1024 * 1024)} MB entpackt")
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names:
            raise LipError("bad_office_file", path=str(path), kind=kind,
                           reason="der Office-Inhaltsindex fehlt")
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise LipError("bad_office_file", path=str(path), kind=kind,
                           reason="enthält Makros; bitte als .docx/.xlsx ohne Makros speichern")


#: A request the C allocator serves outside its small-chunk lists (see ``release_tree``).
_MERGE_REQUEST: Final = 4096


def release_tree(root: Any) -> None:
    """Free a large lxml tree a child at a time, from the last child back.

    A tree goes with one ``xmlFreeDoc`` when its last reference does, and that call holds
    the GIL for its whole length: for the body of a 21,000-measure draft over a second,
    and the window cannot repaint meanwhile (``bench/bench_responsiveness.py``). A tree
    held by python-docx's objects is worse: they form reference cycles, so the tree went
    in the collector's next pass, on whichever thread, the GUI thread included. Unlinked
    one child at a time, each piece goes at once, and other threads get their turn in
    between. ``root`` is empty afterwards.

    Every 64 children a block above Python's small-object limit is asked for and given
    back: the C allocator (glibc) keeps the millions of freed small nodes unmerged until
    the next such request, and merging them all at once there took a second, in
    whatever ran next (bench/bench_responsiveness.py). Asked for as we go, each merge is
    small. Elsewhere the request costs a few microseconds.
    """
    removed = 0
    while True:  # not ``len(root)``: lxml counts the children along their list
        try:
            del root[-1]
        except IndexError:
            return
        removed += 1
        if removed % 64 == 0:
            bytes(_MERGE_REQUEST)


def discard_workbook(workbook: Any) -> None:
    """Close a write-only openpyxl workbook that will not be saved (a cancelled or failed
    export) and remove its sheets' temporary files now.

    Each sheet of such a workbook streams into a temporary file through two suspended
    generators. Left to the garbage collector they were closed in any order, each raising
    in a finaliser ("Exception ignored …" on the console), and the files stayed in the
    temp folder until the program ended (or for good, after a crash). Closed here in
    their own order: the rows first, then the sheet.
    """
    for sheet in getattr(workbook, "worksheets", ()):
        rows, writer = getattr(sheet, "_rows", None), getattr(sheet, "_writer", None)
        if rows is not None:
            with contextlib.suppress(Exception):
                rows.close()
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()


def release_workbook(workbook: Any) -> None:
    """Let an openpyxl workbook that was built in memory go without the collector.

    Every cell points back to its sheet and the sheet holds every cell, so a saved
    workbook is one large reference cycle. A job pauses the collector (``model/
    collector.py``), and the workbooks of a return-sheet export (eleven of them, a
    third of a million cells at 21,000 measures) were all left to one collector pass
    at the job's end: 0.4 s in which the window could not repaint. With the cells
    dropped from their sheets each workbook goes by reference counting, at once.
    """
    for sheet in workbook.worksheets:
        sheet._cells.clear()  # openpyxl keeps a sheet's cells only there
