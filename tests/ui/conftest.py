"""UI fixtures: settings in a temp folder, dialogs answered, a hub on the demo catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import create_from

from lip_desktop.model import demo
from lip_desktop.ui import dialogs, settings


@pytest.fixture(autouse=True)
def qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qsettings")
    settings.use_folder(folder)
    return folder


class Answers:
    """Records every dialog; ``yes`` answers questions, ``files`` answers file dialogs."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.yes = True
        self.files: list[Path | None] = []
        #: answers of dialogs choosing several files, one list per dialog
        self.many: list[list[Path]] = []

    def texts(self) -> str:
        return "\n".join(f"{t}: {m}" for t, m in self.shown)


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()

    def record(_parent: Any, title: str, text: str) -> None:
        a.shown.append((title, text))

    def question(_parent: Any, title: str, text: str) -> bool:
        a.shown.append((title, text))
        return a.yes

    def error(_parent: Any, err: Any, title: str = "") -> None:
        a.shown.append((title or "Fehler", err.message))

    def bug(_parent: Any, exc: BaseException, _log: Any) -> None:
        a.shown.append(("Bug", repr(exc)))
        raise AssertionError(f"unexpected error shown to the user: {exc!r}") from exc

    def pick(*_args: Any, **_kwargs: Any) -> Path | None:
        return a.files.pop(0) if a.files else None

    monkeypatch.setattr(dialogs, "inform", record)
    monkeypatch.setattr(dialogs, "warn", record)
    monkeypatch.setattr(dialogs, "ask", question)
    monkeypatch.setattr(dialogs, "show_error", error)
    monkeypatch.setattr(dialogs, "show_bug", bug)
    monkeypatch.setattr(dialogs, "open_file", pick)
    monkeypatch.setattr(dialogs, "open_files", lambda *_a, **_k: a.many.pop(0) if a.many else [])
    monkeypatch.setattr(dialogs, "save_file", pick)
    monkeypatch.setattr(dialogs, "choose_folder", pick)
    return a


@pytest.fixture
def hub(tmp_path: Path, qtbot: Any) -> Iterator[Any]:
    """A hub on a fresh copy of the demo catalogue."""
    from lip_desktop.ui.hub import CatalogueHub

    cat = create_from(tmp_path / "demo.lip", demo.demo_catalogue())
    h = CatalogueHub(cat)
    yield h
    cat.close()


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, answers: Any) -> Iterator[Any]:
    """The main window, shown, on a fresh copy of the demo catalogue; background work is
    waited for before it closes."""
    from lip_desktop.ui.main_window import MainWindow

    path = tmp_path / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(path)
    w.wait_loaded()  # the editor, panels and docks follow the tree's first paint
    yield w
    w.runner.wait()
    w.close()


@pytest.fixture
def stack(qtbot: Any, hub: Any) -> Any:
    """The editor forms on the demo catalogue's hub, shown at a form's working size."""
    from lip_desktop.ui.forms import EditorStack

    editor = EditorStack(hub)
    qtbot.addWidget(editor)
    editor.resize(900, 1000)
    editor.show()
    qtbot.waitExposed(editor)
    return editor
