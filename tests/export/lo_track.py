"""Review a Word draft in LibreOffice through its UNO interface: switch on change
recording, replace words, save as Word 2007 XML.

Run with the system Python that has ``uno`` (``/usr/bin/python3``), not the project's
virtual environment, so this file imports nothing from the project. The tracked changes
in the result are written by LibreOffice itself, which is what a reviewer without Word
sends back. A search text is an ICU regular expression (LibreOffice's own, ``$`` is a
paragraph end) that must match exactly once in the draft; anything else is an error,
never a silent partial review.

    /usr/bin/python3 lo_track.py IN.docx OUT.docx --author "Name" \
        --replace "Muster" "neu" [--replace ...]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import uno  # type: ignore[import-not-found]  # only under the system Python
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

CONNECT_SECONDS = 30.0


def prop(name: str, value: Any) -> Any:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def start_office(profile: Path, pipe: str) -> subprocess.Popen[bytes]:
    """A private headless instance: its own profile, so it neither meets a running
    LibreOffice of the user nor leaves a recovery dialog behind."""
    return subprocess.Popen(
        ["/usr/bin/soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def connect(pipe: str, office: subprocess.Popen[bytes]) -> Any:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            return resolver.resolve(
                f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if office.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.25)


def set_author(context: Any, given_name: str, surname: str) -> None:
    """LibreOffice stamps a tracked change with the user profile's name."""
    provider = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", context)
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
    access.setPropertyValue("givenname", given_name)
    access.setPropertyValue("sn", surname)
    access.commitChanges()


def review(context: Any, source: Path, target: Path,
           replacements: list[tuple[str, str]]) -> None:
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    document = desktop.loadComponentFromURL(source.resolve().as_uri(), "_blank", 0,
                                            (prop("Hidden", True),))
    try:
        document.setPropertyValue("RecordChanges", True)
        for pattern, new in replacements:
            search = document.createReplaceDescriptor()
            search.SearchString = pattern
            search.ReplaceString = new
            search.SearchCaseSensitive = True
            search.SearchRegularExpression = True
            count = document.findAll(search).getCount()
            if count != 1:
                raise SystemExit(f"{pattern!r} matches {count} times in the draft, not once")
            document.replaceAll(search)
        document.storeToURL(target.resolve().as_uri(),
                            (prop("FilterName", "MS Word 2007 XML"),))
    finally:
        document.close(True)


def quit_office(context: Any, office: subprocess.Popen[bytes]) -> None:
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    with contextlib.suppress(Exception):  # the bridge drops while the office quits
        desktop.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        office.wait(timeout=10)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--author", required=True, help="given name and surname")
    parser.add_argument("--replace", nargs=2, action="append", default=[],
                        metavar=("PATTERN", "NEW"))
    args = parser.parse_args(argv)
    given_name, _, surname = args.author.partition(" ")
    with tempfile.TemporaryDirectory(prefix="lo-track-") as tmp:
        pipe = f"lip_lo_track_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        office = start_office(Path(tmp) / "profile", pipe)
        context = None
        try:
            context = connect(pipe, office)
            set_author(context, given_name, surname)
            review(context, args.source, args.target,
                   [(pattern, new) for pattern, new in args.replace])
        finally:
            if context is not None:
                quit_office(context, office)
            # the whole process group: soffice starts soffice.bin as its child
            with contextlib.suppress(ProcessLookupError):
                os.killpg(office.pid, signal.SIGKILL)
            office.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
