#!/usr/bin/env python3
"""Extract the UI strings (German source) and build the English translation.

    .venv/bin/python scripts/update_translations.py

``pyside6-lupdate`` collects every ``self.tr(...)``/``translate(...)`` string of
``lip_desktop/ui`` into ``resources/translations/lip_desktop_en.ts`` (keeping existing
English translations); ``pyside6-lrelease`` compiles it to the ``.qm`` file the app
loads when the language is set to English. German needs no file: it is the source.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "lip_desktop_en.ts"
QM = ROOT / "lip_desktop" / "translations" / "lip_desktop_en.qm"


def tool(name: str) -> str:
    folder = Path(sys.executable).parent
    candidate = folder / (f"{name}.exe" if sys.platform == "win32" else name)
    return str(candidate) if candidate.exists() else name


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "lip_desktop" / "ui").rglob("*.py"))
    TS.parent.mkdir(parents=True, exist_ok=True)
    QM.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *sources, "-source-language", "de_DE",
                    "-target-language", "en_GB", "-ts", str(TS)], check=True)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
