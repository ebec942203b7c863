"""Generated attacks on catalogue files: every way the hostile trial damaged a file.

Each attack is a function ``(good bytes, path) -> None`` that leaves something damaged,
truncated or foreign at ``path``. They are generated (seeded, so a failure can be
repeated) rather than listed, so that new shapes of damage are tried as the catalogue
grows: truncation at every page boundary, zeroed and flipped pages, random bytes.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

Attack = Callable[[bytes, Path], None]
PAGE = 4096


def _write(content: bytes) -> Attack:
    def attack(_good: bytes, path: Path) -> None:
        path.write_bytes(content)
    return attack


def _truncate(pages: int) -> Attack:
    def attack(good: bytes, path: Path) -> None:
        path.write_bytes(good[: pages * PAGE])
    return attack


def _overwrite_page(page: int, fill: int | None, seed: int) -> Attack:
    def attack(good: bytes, path: Path) -> None:
        data = bytearray(good)
        rng = random.Random(seed)
        chunk = bytes([fill]) * PAGE if fill is not None else rng.randbytes(PAGE)
        data[page * PAGE:(page + 1) * PAGE] = chunk
        path.write_bytes(bytes(data))
    return attack


def _flip_bytes(seed: int, count: int) -> Attack:
    def attack(good: bytes, path: Path) -> None:
        data = bytearray(good)
        rng = random.Random(seed)
        for _ in range(count):
            at = rng.randrange(100, len(data))  # the header has its own attacks
            data[at] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
    return attack


def _zero_header(good: bytes, path: Path) -> None:
    path.write_bytes(b"\0" * 100 + good[100:])


def _directory(_good: bytes, path: Path) -> None:
    path.unlink(missing_ok=True)
    path.mkdir()


def _foreign_database(_good: bytes, path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.execute("INSERT INTO notes VALUES ('fremd')")
    conn.commit()
    conn.close()


def _sql(*statements: str) -> Attack:
    """Valid SQLite, but values no program path writes (another tool, damage in a cell)."""
    def attack(good: bytes, path: Path) -> None:
        path.write_bytes(good)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()
    return attack


def generate(good: bytes, *, seed: int = 13, random_cases: int = 12) -> dict[str, Attack]:
    """All attacks for a catalogue of ``good`` bytes, by a readable name; generated
    families are named ``family/detail`` (see ``family``)."""
    pages = len(good) // PAGE
    rng = random.Random(seed)
    attacks: dict[str, Attack] = {
        "leer": _write(b""),
        "json": _write(b'{"version": 1, "catalogue": {"title": "x"}}'),
        "text": _write(b"Protokoll der Sitzung\n" * 50),
        "zufall": _write(random.Random(seed).randbytes(len(good))),
        "kopf-genullt": _zero_header,
        "ordner": _directory,
        "fremde-datenbank": _foreign_database,
        "status-ungueltig": _sql("UPDATE measure SET status = 'kaputt'"),
        "text-kein-utf8": _sql("UPDATE measure SET title = CAST(X'4142FF43' AS TEXT)"),
        "halb-migriert": _sql("PRAGMA user_version = 2"),
        "katalogzeile-fehlt": _sql("DELETE FROM catalogue"),
    }
    for n in range(1, pages):
        attacks[f"abgeschnitten/{n}"] = _truncate(n)
    for n in range(random_cases):
        page = rng.randrange(1, pages)
        attacks[f"seite-genullt/{page}"] = _overwrite_page(page, 0, n)
        attacks[f"seite-zufall/{page}.{n}"] = _overwrite_page(page, None, n)
        attacks[f"bits/{n}"] = _flip_bytes(seed + n, rng.choice((1, 8, 64)))
    return attacks


def family(name: str) -> str:
    return name.split("/", maxsplit=1)[0]


#: The families ``generate`` makes, for parametrising tests before a catalogue exists.
FAMILIES = ("leer", "json", "text", "zufall", "kopf-genullt", "ordner", "fremde-datenbank",
            "status-ungueltig", "text-kein-utf8", "halb-migriert", "katalogzeile-fehlt",
            "abgeschnitten", "seite-genullt", "seite-zufall", "bits")
