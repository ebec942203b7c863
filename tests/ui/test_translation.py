"""The English translation: complete in the .ts, and loaded by the app when chosen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from lip_desktop.ui import app
from lip_desktop.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "lip_desktop_en.ts"


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """The app's English translators, removed afterwards so other tests stay German."""
    loaded = app.install_translations(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Datei") == "&File"
        yield
    finally:
        for translator in loaded:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Datei") == "&Datei"


def _state(message: ET.Element) -> str | None:
    translation = message.find("translation")
    assert translation is not None
    return translation.get("type")


def test_the_english_ts_has_no_unfinished_translations() -> None:
    root = ET.parse(TS).getroot()
    messages = [m for m in root.iter("message") if _state(m) not in ("vanished", "obsolete")]
    assert len(messages) > 300
    unfinished = [(m.findtext("source"), _state(m)) for m in messages
                  if _state(m) == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_placeholders_survive_the_translation() -> None:
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        english = message.findtext("translation") or ""
        for placeholder in ("%1", "%2"):
            assert (placeholder in source) == (placeholder in english), (source, english)
        assert ("&" in source) == ("&" in english), (source, english)


def test_main_window_menus_and_welcome_page_are_english(qtbot: Any, english: None) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert [a.text() for a in w.menuBar().actions()] == [
        "&File", "&Edit", "&View", "&Session", "&Help"]
    assert [b.text() for b in (w.welcome.new_button, w.welcome.open_button,
                               w.welcome.demo_button)] == [
        "&New Catalogue …", "&Open Catalogue …", "Open &Demo Catalogue"]
    w.close()


def test_menu_actions_are_english(qtbot: Any, english: None) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.act_new.text() == "&New Catalogue …"
    assert w.act_quit.text() == "&Quit"
    w.close()
