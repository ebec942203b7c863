"""The desktop window as a facilitator starts it: open, see the catalogue, close safely."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from support import create_from

from lip_desktop.model import demo
from lip_desktop.model.catalogue import Catalogue
from lip_desktop.ui import app


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "notify", lambda _parent, title, text: shown.append((title, text)))
    return shown


def test_window_shows_the_catalogue_and_releases_it_on_close(
        qtbot: Any, tmp_path: Path, messages: list[tuple[str, str]]) -> None:
    path = tmp_path / "demo.lip"
    create_from(path, demo.demo_catalogue()).close()
    window = app.open_catalogue_window(path)
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    assert "LIP 2.0 – Wir sind Hannover (Demo)" in window.windowTitle()
    overview = window.centralWidget().text()
    assert "21 Maßnahmen" in overview and "7 Handlungsfelder" in overview
    window.close()
    # Closed: the writer lock is free again for the next program.
    Catalogue.open(path).close()
    assert messages == []


def test_opening_a_file_that_is_not_a_catalogue_tells_why(
        qtbot: Any, tmp_path: Path, messages: list[tuple[str, str]]) -> None:
    path = tmp_path / "brief.lip"
    path.write_text("Liebe Kolleginnen und Kollegen, …", encoding="utf-8")
    assert app.open_catalogue_window(path) is None
    assert messages and "keine LIP-Katalogdatei" in messages[0][1]
    assert path.read_text(encoding="utf-8").startswith("Liebe")


def test_demo_catalogue_is_created_once_in_the_data_folder(data_dir: Path) -> None:
    first = app.ensure_demo()
    assert first.parent == data_dir and first.exists()
    stamp = first.stat().st_mtime_ns
    assert app.ensure_demo() == first and first.stat().st_mtime_ns == stamp
