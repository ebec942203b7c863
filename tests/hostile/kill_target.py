"""Child process for the kill tests: runs one operation in a loop until it is killed.

``python kill_target.py restore CATALOGUE BACKUP1 BACKUP2``: restores alternately forever.
``python kill_target.py open CATALOGUE``: opens once (migrating an old catalogue), exits.
Prints ``ready`` when the imports are done, so the parent's random delay lands in the
operation and not in the interpreter start.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    from lip_desktop.model.catalogue import Catalogue, restore

    what, path = sys.argv[1], Path(sys.argv[2])
    print("ready", flush=True)
    if what == "restore":
        sources = [Path(p) for p in sys.argv[3:]]
        n = 0
        while True:
            restore(path, sources[n % len(sources)])
            n += 1
    elif what == "open":
        Catalogue.open(path).close()


if __name__ == "__main__":
    main()
