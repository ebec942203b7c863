"""Where a test's catalogues live (the ``backend`` fixture of tests/conftest.py): a plain
module, so test files import ``Backend`` by one name whichever conftest.py was loaded first."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class Backend:
    """Where a test's catalogues live: files in a folder, or databases on the test server.

    ``location`` gives a new, unused place for a catalogue (a path, or the address of a new
    empty database); ``copy`` a copy of a closed catalogue (a file copy, or a database
    cloned from it as template); ``remove`` and ``drop`` remove databases made here.
    """

    def __init__(self, name: str, cluster: Any = None) -> None:
        self.name = name
        self._cluster = cluster
        self._made: list[Any] = []

    def location(self, folder: Path, file_name: str) -> Path | str:
        if self._cluster is None:
            return folder / file_name
        url = self._cluster.new_database()
        self._made.append(url)
        return str(url.render_as_string())

    def copy(self, location: Path | str, folder: Path) -> Path | str:
        if self._cluster is None:
            import shutil

            assert isinstance(location, Path)
            target = folder / location.name
            shutil.copyfile(location, target)
            return target
        from sqlalchemy.engine import make_url

        url = self._cluster.new_database(template=make_url(str(location)).database)
        self._made.append(url)
        return str(url.render_as_string())

    def where(self, catalogue: Any) -> Path | str:
        """Where ``catalogue`` lives, for ``copy`` or opening again."""
        return catalogue.location if catalogue.server is not None else catalogue.path

    def remove(self, catalogue: Any) -> None:
        """Drop the database of ``catalogue`` (closed; made here) once its test is done;
        files go with ``tmp_path``."""
        if catalogue.server is None:
            return
        for url in [u for u in self._made if u.database == catalogue.server.database]:
            self._cluster.drop_database(url)
            self._made.remove(url)

    def drop(self) -> None:
        for url in self._made:
            self._cluster.drop_database(url)
        self._made.clear()
