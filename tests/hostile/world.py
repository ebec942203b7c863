"""The scene of the hostile tests: two catalogues named ``plan.lip`` in two folders.

Both have the same catalogue id (one was copied from the other, as teams do), so only
the recorded path keeps their backups apart: the hardest case for "never restore the
other one". A has more measures than B and another title, so a mix-up shows.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from support import create_from


@dataclass
class World:
    data_dir: Path
    a: Path
    b: Path
    good_a: bytes
    title_a: str
    title_b: str
    measures_a: int
    measures_b: int


def build(root: Path, *, measures: int = 60) -> World:
    from sqlalchemy import text

    from lip_desktop.model import defaults
    from lip_desktop.model.catalogue import Catalogue
    from lip_desktop.model.services import CatalogueService

    data_dir = root / "appdata"
    os.environ["LIP_DESKTOP_DATA_DIR"] = str(data_dir)
    a = root / "gruppe-a" / "plan.lip"
    b = root / "gruppe-b" / "plan.lip"
    a.parent.mkdir(parents=True)
    b.parent.mkdir(parents=True)
    cat: Any = create_from(a, defaults.new_catalogue_document("Katalog A"))
    service = CatalogueService(cat)
    field = service.structure.add_action_field("Gesundheit").value
    goal = service.structure.add_goal(field.id, "Gesund aufwachsen").value
    for n in range(measures):  # enough pages that damage in the middle hits table data
        service.structure.add_measure(goal.id, f"Maßnahme {n}", description="Text " * 60)
    cat.close()  # a "close" backup of A, recorded with A's path
    b.write_bytes(a.read_bytes())  # a copy: same catalogue id
    with Catalogue.open(b) as cat_b:  # an "open" backup of B, recorded with B's path
        CatalogueService(cat_b).structure.update_catalogue(title="Katalog B")
        with cat_b.unit() as session:
            session.execute(text("DELETE FROM measure WHERE rowid % 2 = 0"))
    # B's backups are newer than A's and sit in the same folder (same id).
    title, count = read_title_and_count(b)
    assert title == "Katalog B"
    return World(data_dir, a, b, a.read_bytes(), "Katalog A", "Katalog B", measures, count)


def read_title_and_count(path: Path) -> tuple[str, int]:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        title = conn.execute("SELECT title FROM catalogue").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM measure").fetchone()[0]
    finally:
        conn.close()
    return str(title), int(count)
