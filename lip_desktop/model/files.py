"""Writing files so that a failure never leaves a half file behind.

Content is written to a temporary file in the target's folder, flushed to disk and then
moved over the target in one step (``os.replace``). On Windows a target that is open in
Word or Excel cannot be replaced: that becomes a clear German message, and the previous
file stays as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from lip_desktop.model.errors import LipError


def atomic_write(path: Path, data: bytes) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise LipError("cannot_write", path=str(path), reason="Der Ordner existiert nicht.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise LipError("cannot_write", path=str(path), reason=_reason(exc)) from None
    tmp = Path(tmp_name)
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
    if isinstance(exc, PermissionError):
        return ("keine Schreibrechte, oder die Datei ist in einem anderen Programm "
                "(z. B. Word oder Excel) geöffnet. Bitte dort schließen oder einen anderen "
                "Namen wählen.")
    if isinstance(exc, IsADirectoryError):
        return "Dort liegt ein Ordner."
    return exc.strerror or str(exc)
