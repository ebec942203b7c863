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


def test_every_enumeration_label_has_an_english_translation() -> None:
    from lip_desktop.model import enums
    from lip_desktop.ui import labels

    german = {text for name, value in vars(enums).items()
              if name.isupper() and isinstance(value, dict) for text in value.values()}
    root = ET.parse(TS).getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == labels.CONTEXT)
    translated = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")
                  if _state(m) not in ("vanished", "obsolete", "unfinished")}
    assert sorted(german - {k for k, v in translated.items() if v}) == []


def test_status_labels_and_vote_methods_are_english(qtbot: Any, english: None,
                                                    hub: Any) -> None:
    from lip_desktop.model import enums
    from lip_desktop.ui import labels
    from lip_desktop.ui.measure_list import COL_STATUS, MeasureTableModel
    from lip_desktop.ui.widgets.enum_combo import EnumCombo

    assert labels.label(enums.STATUS, "in_discussion") == "under discussion"
    assert labels.label(enums.VOTE_METHOD, "consent") == "Systemic consensing"
    assert labels.label(enums.STATUS, "unknown_key") == "unknown_key"
    model = MeasureTableModel(hub)
    shown = {model.index(row, COL_STATUS).data() for row in range(model.rowCount())}
    assert shown <= {"Draft", "under discussion", "agreed", "deferred", "rejected"}
    assert "agreed" in shown
    combo = EnumCombo(enums.STEERING_DECISION)
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "approval", "revision", "rejection"]
    combo.setCurrentIndex(1)
    assert combo.value() == "revise"


def test_the_live_session_panels_are_english(qtbot: Any, english: None, hub: Any) -> None:
    from lip_desktop.model import queries
    from lip_desktop.ui.session.live import TAB_CAPTURE, LiveSessionWindow

    session = next(s for s in queries.sessions_of(hub.catalogue) if s.status == "closed")
    window = LiveSessionWindow(hub, session.id)
    qtbot.addWidget(window)
    assert window.attendance.title() == "Attendance"
    assert window.attendance.attendance_label.text().startswith("present: administration ")
    assert window.tabs.tabText(TAB_CAPTURE) == "&Capture"
    assert window.parking.parking_goal_button.text() == "convert to goal …"
    assert window.decisions.decision_remove_button.text() == "Remove decision …"
    window.close()


def test_new_session_menu_settings_and_file_filters_are_english(qtbot: Any, english: None,
                                                                 hub: Any) -> None:
    from lip_desktop.model import queries
    from lip_desktop.ui import dialogs
    from lip_desktop.ui.session.live import LiveSessionWindow
    from lip_desktop.ui.settings_dialog import SettingsDialog

    session = next(s for s in queries.sessions_of(hub.catalogue) if s.status == "closed")
    window = LiveSessionWindow(hub, session.id)
    qtbot.addWidget(window)
    assert window.act_projector.text() == "P&rojector …"
    assert window.act_beamer_view.text() == "Projector &in Window (Single Screen)"
    window.close()
    settings = SettingsDialog()
    qtbot.addWidget(settings)
    combo = settings.contrast_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "as set in the system", "High contrast", "Normal"]
    assert dialogs._translated_filter(dialogs.CATALOGUE_FILTER) == "LIP catalogue (*.lip)"
    assert dialogs._translated_filter(dialogs.XLSX_FILTER) == "Excel workbook (*.xlsx)"
