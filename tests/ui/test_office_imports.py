"""The office exports and imports load their file libraries (openpyxl, python-docx; a
quarter to a third of a second each) in the background worker, not on the GUI thread,
which would freeze the window for that long at the first use (issue 14,
bench/bench_responsiveness.py)."""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Callable, Iterator
from importlib.abc import MetaPathFinder
from pathlib import Path
from typing import Any

import pytest

from lip_desktop.ui import controlling, office
from lip_desktop.ui.main_window import MainWindow


class ImportWatch(MetaPathFinder):
    """Records which thread imports each watched module (a finder that finds nothing)."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.threads: dict[str, bool] = {}

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        if fullname in self.names:
            self.threads[fullname] = threading.current_thread() is threading.main_thread()


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], ImportWatch]]:
    watches: list[ImportWatch] = []

    def start(name: str) -> ImportWatch:
        # imported afresh, as at a session's first use; afterwards the module object
        # the other tests patch is back, in sys.modules and on its package alike
        module = importlib.import_module(name)
        package, _, child = name.rpartition(".")
        monkeypatch.delitem(sys.modules, name)
        monkeypatch.setattr(sys.modules[package], child, module)
        w = ImportWatch({name})
        sys.meta_path.insert(0, w)
        watches.append(w)
        return w

    yield start
    for w in watches:
        sys.meta_path.remove(w)


def run(window: MainWindow, qtbot: Any, start: Callable[[], None]) -> None:
    with qtbot.waitSignal(window.runner.sig_task_finished, timeout=60_000):
        start()
    window.runner.wait()


CASES = {
    "measure list": ("lip_desktop.export.excel", "xlsx",
                     lambda w, p: office.export_excel(w, w.hub)),
    "return sheets": ("lip_desktop.export.returns", None,
                      lambda w, p: controlling.export_returns(w, w.hub, 2025, p.parent)),
    "returned sheets": ("lip_desktop.export.returns", None,
                        lambda w, p: controlling.import_returns(w, w.hub, [p])),
    "decisions": ("lip_desktop.export.decisions", "xlsx",
                  lambda w, p: office.import_decisions(w, w.hub)),
    "reviewed draft": ("lip_desktop.export.review", "docx",
                       lambda w, p: office.import_review(w, w.hub)),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_file_library_is_imported_in_the_worker(
        case: str, window: MainWindow, qtbot: Any, answers: Any, tmp_path: Path,
        watch: Callable[[str], ImportWatch]) -> None:
    module, suffix, start = CASES[case]
    path = tmp_path / f"datei.{suffix or 'xlsx'}"
    if suffix:
        answers.files.append(path)  # the file dialog's answer
    seen = watch(module)
    run(window, qtbot, lambda: start(window, path))
    assert seen.threads == {module: False}  # imported, and not on the GUI thread
