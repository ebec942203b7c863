"""Writing exports and reading returned office files safely.

Every export is built in memory as bytes, checked by reading it back, and only then
written atomically next to the target and moved into place: a failed export never
damages the previous file. Returned office files are untrusted: before any parser sees
them, the zip container is checked against size and entry-count limits (zip bombs).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

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
